/** A fake GitHub with the Action's identity and marker key, for tests of what the Action reads and mends there. */
import { createGitHub, type Octokit, whoAmI } from '../../src/trail/github.ts';
import { markerKey, signedMarker } from '../../src/trail/marker.ts';
import type { Trust } from '../../src/trail/reported.ts';
import { createFakeGitHub, type FakeGitHub } from './fake-github.ts';

export const repository = { owner: 'acme', repo: 'audit' };

export interface OurGitHub {
  github: FakeGitHub;
  octokit: Octokit;
  trust: Trust;
  /** A marker this run would sign for `ids`, listed at `listed` (seconds). */
  sign(ids: number[], listed?: number): Promise<string>;
}

export async function withOurGitHub(fn: (context: OurGitHub) => Promise<void>): Promise<void> {
  const github = createFakeGitHub();
  const url = await github.start();
  try {
    const octokit = createGitHub(github.token, { baseUrl: url });
    const account = 'acme.zendesk.com';
    const trust: Trust = { identity: await whoAmI(octokit, repository), key: await markerKey('secret'), account };
    const sign = (ids: number[], listed = 1) => signedMarker(trust.key, { account, sourceTypes: ['account_setting'], ids, listed });
    await fn({ github, octokit, trust, sign });
  } finally {
    await github.close();
  }
}
