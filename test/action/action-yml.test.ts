import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULTS, SECRET_INPUTS } from '../../src/action/inputs.ts';
import { actionInputs } from './run-action.ts';

const text = readFileSync(join(resolve(import.meta.dirname, '..', '..'), 'action.yml'), 'utf8');

test('action.yml declares the inputs of SPEC section 5 with the defaults the code falls back to', () => {
  const inputs = actionInputs();
  assert.equal([...inputs.keys()], [
    'zendesk-subdomain',
    'zendesk-client-id',
    'zendesk-client-secret',
    'zendesk-oauth-token',
    'zendesk-email',
    'zendesk-api-token',
    'zendesk-base-url',
    'github-token',
    'source-type',
    'lookback',
    'time-zone',
    'labels',
    'assignees',
    'dry-run',
    'marker-key',
    'sensitive-settings',
    'sensitive-labels',
    'sensitive-assignees',
  ]);
  for (const [name, value] of Object.entries(DEFAULTS)) assert.is(inputs.get(name), value, name);
  assert.is(inputs.get('github-token'), '${{ github.token }}');
  for (const name of SECRET_INPUTS) assert.ok(inputs.has(name));
});

test('action.yml declares the three outputs and runs dist/index.js on node24', () => {
  for (const output of ['changes-count', 'issue-number', 'issue-url']) assert.match(text, new RegExp(`^  ${output}:$`, 'm'));
  assert.match(text, /^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m);
  assert.match(text, /^branding:$/m);
});

test.run();
