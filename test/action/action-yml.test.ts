import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULTS, SECRET_INPUTS } from '../../src/action/inputs.ts';
import { actionInputs } from './run-action.ts';

const text = readFileSync(join(resolve(import.meta.dirname, '..', '..'), 'action.yml'), 'utf8');

test("action.yml declares the Action's inputs with the defaults the code falls back to", () => {
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
    'exclude-actors',
    'lookback',
    'time-zone',
    'labels',
    'assignees',
    'dry-run',
    'marker-key',
    'sensitive-settings',
    'sensitive-labels',
    'sensitive-assignees',
    'alert-severity',
    'rules',
    'working-hours',
    'baseline',
    'severity-labels',
    'reviewers',
    'review-within',
    'mode',
    'evidence-period',
    'evidence-format',
  ]);
  for (const [name, value] of Object.entries(DEFAULTS)) assert.is(inputs.get(name), value, name);
  assert.is(inputs.get('github-token'), '${{ github.token }}');
  for (const name of SECRET_INPUTS) assert.ok(inputs.has(name));
});

test('action.yml declares the seven outputs and runs dist/index.js on node24', () => {
  for (const output of ['changes-count', 'high-count', 'medium-count', 'issue-number', 'issue-url', 'overdue-count', 'evidence-file']) {
    assert.match(text, new RegExp(`^  ${output}:$`, 'm'));
  }
  assert.match(text, /^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m);
  assert.match(text, /^branding:$/m);
});

test('action.yml is ready for the Marketplace: a short description, branding, every input and output described', () => {
  // GitHub Marketplace: the description is shown in one line of at most 125 characters;
  // branding.icon is a Feather icon name and branding.color one of GitHub's eight colours
  // (https://docs.github.com/en/actions/sharing-automations/creating-actions/metadata-syntax-for-github-actions#branding).
  const description = /^description: (.+)$/m.exec(text)?.[1] ?? '';
  assert.ok(description.length > 20 && description.length <= 125, `description of ${description.length} characters`);
  assert.match(text, /^name: \S.{0,60}$/m);
  assert.match(text, /^branding:\n {2}icon: [a-z-]+\n {2}color: (white|black|yellow|blue|green|orange|red|purple|gray-dark)$/m);
  for (const block of text.split(/\n(?= {2}[a-z-]+:\n)/).slice(1)) {
    const name = /^ {2}([a-z-]+):/.exec(block)?.[1];
    if (name === 'using' || name === 'main') continue;
    assert.match(block, /\n {4}description: \S.{10,}/, `${name} has a description`);
  }
});

test.run();
