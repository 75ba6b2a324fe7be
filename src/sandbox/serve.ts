/** Runs the sandbox account on its own until Ctrl+C: `npm run sandbox -- --port 8080 --records 50000 --latency 20`. */
import process from 'node:process';
import { parseArgs } from 'node:util';
import { createSandbox } from './server.ts';
import { DEMO_OAUTH_CLIENT } from './oauth.ts';
import { DEMO_CREDENTIALS, type SandboxOptions } from './options.ts';

/** Every flag: the name of its value (none for a switch) and its help, for the usage text. */
const FLAGS: Record<string, [value: string, help: string]> = {
  port: ['N', 'port to listen on (default 8080; 0 picks a free one)'],
  host: ['HOST', 'address to listen on (default 127.0.0.1)'],
  records: ['N', 'generated audit-log records (default 400)'],
  days: ['N', 'spread over the last N days (default 90)'],
  seed: ['N', 'seed of the generated data (default 1)'],
  latency: ['MS', 'delay before every response (default 0)'],
  'rate-limit': ['N', 'requests per rolling minute, 0 for none (default 700)'],
  plan: ['PLAN', 'enterprise (default) or professional (403 on audit logs)'],
  chaos: ['RATE', 'share of requests, 0..1, that get a random fault (default 0)'],
  'token-lifetime': ['S', 'seconds a minted access token lives, whatever the client\nasks for (default: what it asks for, else 1800)'],
  episodes: [
    '',
    "add the demo's scripted episodes after the generated records:\ntwo-factor turned off and on again, the password policy lowered\ntwice, repeated and reverted changes, and a record for each\ndetection rule over the last 30 days (as --demo has them)",
  ],
  help: ['', 'show this help'],
};
const NUMBER_FLAGS = ['port', 'records', 'days', 'seed', 'latency', 'rate-limit', 'chaos', 'token-lifetime'] as const;

const USAGE = `Usage: npm run sandbox -- [options]

Serves a fake Zendesk account (audit logs and users) with generated data, for the
scripts, the Action and benchmarks. Prints where it listens and how to point the
scripts at it; runs until Ctrl+C.

Credentials it accepts: the OAuth client ${DEMO_OAUTH_CLIENT.identifier} (secret
${DEMO_OAUTH_CLIENT.secret}) at POST /oauth/tokens, the tokens it mints, the OAuth
token ${DEMO_CREDENTIALS.oauthToken}, and the API token ${DEMO_CREDENTIALS.apiToken}
of ${DEMO_CREDENTIALS.email}.

Options:
${
  Object.entries(FLAGS).map(([flag, [value, help]]) =>
    `  ${`--${flag} ${value}`.padEnd(16)}  ${help.replace(/\n/g, `\n${' '.repeat(20)}`)}\n`
  ).join('')
}
Examples:
  npm run sandbox -- --port 8080 --records 50000 --latency 20
  npm run sandbox -- --rate-limit 60 --chaos 0.05
  npm run sandbox -- --records 20000 --token-lifetime 3
`;

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  const number: Partial<Record<(typeof NUMBER_FLAGS)[number], number>> = {};
  let sandbox;
  try {
    ({ values } = parseArgs({
      options: Object.fromEntries(Object.entries(FLAGS).map(([flag, [value]]) => [flag, { type: value ? 'string' : 'boolean' } as const])),
    }));
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    for (const flag of NUMBER_FLAGS) {
      const text = values[flag] as string | undefined;
      if (text === undefined) continue;
      number[flag] = Number(text);
      const problem = `--${flag} needs a number, not ${JSON.stringify(text)}`;
      if (text.trim() === '' || !Number.isFinite(number[flag])) throw new RangeError(problem);
    }
    const plan = values.plan as SandboxOptions['plan'];
    const planProblem = `--plan must be enterprise or professional, not ${plan}`;
    if (plan && plan !== 'enterprise' && plan !== 'professional') throw new RangeError(planProblem);
    sandbox = createSandbox({
      seed: number.seed,
      records: number.records,
      days: number.days,
      latencyMs: number.latency,
      rateLimit: number['rate-limit'],
      plan,
      chaos: number.chaos ? { seed: number.seed ?? 1, rate: number.chaos } : undefined,
      tokenLifetimeSeconds: number['token-lifetime'],
      episodes: values.episodes === true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nRun 'npm run sandbox -- --help' for the options.\n`);
    return 2;
  }

  const { port = 8080, records = 400, days = 90, seed = 1, chaos, 'rate-limit': limit = 700, 'token-lifetime': lifetime } = number;
  const host = String(values.host ?? '127.0.0.1');
  let url: string;
  try {
    url = await sandbox.start(port, host);
  } catch (error) {
    process.stderr.write(`Could not listen on ${host}:${port}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stderr.write(
    `Zendesk sandbox listening on ${url}: ${records.toLocaleString('en-US')} audit-log records over ${days} days, seed ${seed}, ` +
      `${limit ? `${limit} requests per minute` : 'no rate limit'}${chaos ? `, faults on ${chaos * 100}% of requests` : ''}\n\n` +
      `${lifetime ? `Minted access tokens expire after ${lifetime} s.\n` : ''}\n` +
      `Point the scripts at it with its OAuth client (client credentials, as for a real account):\n  export ZENDESK_BASE_URL=${url}\n` +
      `  export ZENDESK_CLIENT_ID=${DEMO_OAUTH_CLIENT.identifier}\n  export ZENDESK_CLIENT_SECRET=${DEMO_OAUTH_CLIENT.secret}\n` +
      `or with a fixed OAuth token:\n  export ZENDESK_OAUTH_TOKEN=${DEMO_CREDENTIALS.oauthToken}\n` +
      'or with API-token auth (switched off by Zendesk on 2027-04-30):\n' +
      `  export ZENDESK_USER_EMAIL=${DEMO_CREDENTIALS.email}\n  export ZENDESK_API_TOKEN=${DEMO_CREDENTIALS.apiToken}\n\n` +
      'Press Ctrl+C to stop.\n',
  );

  await new Promise((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
  await sandbox.close();
  const { requests, byStatus } = sandbox.stats;
  const statuses = Object.entries(byStatus).map(([status, count]) => `${status}: ${count}`).join(', ');
  const { minted } = sandbox.tokens;
  process.stderr.write(
    `\nStopped after ${requests} request${requests === 1 ? '' : 's'}${statuses ? ` (${statuses})` : ''}` +
      `${minted ? `, ${minted} access token${minted === 1 ? '' : 's'} minted` : ''}.\n`,
  );
  return 0;
}

process.exitCode = await main();
