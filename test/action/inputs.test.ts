import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError } from '../../src/core/errors.ts';
import { readInputs, splitList } from '../../src/action/inputs.ts';

const env = { GITHUB_REPOSITORY: 'acme/audit' };
const base = {
  'zendesk-subdomain': 'acme',
  'zendesk-oauth-token': 'oauth-secret',
  'github-token': 'ghs_token',
};

function read(inputs: Record<string, string>) {
  return (name: string) => inputs[name] ?? '';
}

function refusal(inputs: Record<string, string>, environment: Record<string, string | undefined> = env): string {
  try {
    readInputs(read(inputs), environment);
  } catch (error) {
    assert.instance(error, InputError);
    const message = (error as Error).message;
    assert.not.match(message, '\n', 'one line');
    return message;
  }
  assert.unreachable(`expected ${JSON.stringify(inputs)} to be refused`);
  return '';
}

test('readInputs fills in the defaults of action.yml', () => {
  const inputs = readInputs(read(base), env);
  assert.equal(inputs.sourceTypes, ['account_setting']);
  assert.is(inputs.lookbackText, '48h');
  assert.is(inputs.lookback.total({ unit: 'hours' }), 48);
  assert.is(inputs.zone, 'UTC');
  assert.equal(inputs.labels, ['zendesk-audit']);
  assert.equal(inputs.assignees, []);
  assert.is(inputs.dryRun, false);
  assert.equal(inputs.repository, { owner: 'acme', repo: 'audit' });
  assert.is(inputs.baseUrl.href, 'https://acme.zendesk.com/');
  assert.equal(inputs.credentials, { oauthToken: 'oauth-secret' });
});

test('readInputs takes the email and API token pair', () => {
  const inputs = readInputs(
    read({ 'zendesk-subdomain': 'acme', 'zendesk-email': 'a@acme.com', 'zendesk-api-token': 'tok', 'github-token': 'g' }),
    env,
  );
  assert.equal(inputs.credentials, { email: 'a@acme.com', apiToken: 'tok' });
});

test('readInputs sends requests to the base URL but links to the subdomain when both are given', () => {
  const inputs = readInputs(read({ ...base, 'zendesk-base-url': 'https://proxy.example.com/zd' }), env);
  assert.is(inputs.baseUrl.href, 'https://proxy.example.com/zd');
  assert.is(inputs.account.origin, 'https://acme.zendesk.com');
});

test('readInputs accepts plain http to a loopback base URL without a subdomain', () => {
  const inputs = readInputs(read({ 'zendesk-base-url': 'http://127.0.0.1:8080', 'zendesk-oauth-token': 't', 'github-token': 'g' }), env);
  assert.is(inputs.baseUrl.origin, 'http://127.0.0.1:8080');
  assert.is(inputs.account.origin, 'http://127.0.0.1:8080');
});

test('readInputs splits labels and assignees on commas and newlines', () => {
  const inputs = readInputs(read({ ...base, labels: 'audit, zendesk\nsecurity,,audit', assignees: '@octocat,\n hubot ' }), env);
  assert.equal(inputs.labels, ['audit', 'zendesk', 'security']);
  assert.equal(inputs.assignees, ['octocat', 'hubot']);
});

test('readInputs reads several source types, a zone and dry-run', () => {
  const inputs = readInputs(
    read({ ...base, 'source-type': 'user, rule', 'time-zone': 'Europe/Berlin', 'dry-run': 'TRUE', lookback: '7d' }),
    env,
  );
  assert.equal(inputs.sourceTypes, ['user', 'rule']);
  assert.is(inputs.zone, 'Europe/Berlin');
  assert.is(inputs.dryRun, true);
  assert.is(inputs.lookback.days, 7);
});

test('readInputs refuses a run with no subdomain and no base URL, naming both inputs', () => {
  const message = refusal({ 'zendesk-oauth-token': 't', 'github-token': 'g' });
  assert.match(message, 'zendesk-subdomain');
  assert.match(message, 'zendesk-base-url');
});

test('readInputs refuses subdomains that are not a plain DNS label', () => {
  for (const subdomain of ['evil.com/x', 'a@b', 'x.y', '-acme']) {
    assert.match(refusal({ ...base, 'zendesk-subdomain': subdomain }), /^zendesk-subdomain: /, subdomain);
  }
  assert.match(refusal({ ...base, 'zendesk-subdomain': 'acme.zendesk.com' }), "use 'acme'");
});

test('readInputs refuses a plain http base URL to a host that is not loopback', () => {
  assert.match(refusal({ ...base, 'zendesk-base-url': 'http://zendesk.example.com' }), /^zendesk-base-url: .*https:/);
});

test('readInputs refuses half-set, doubled and missing credentials', () => {
  const account = { 'zendesk-subdomain': 'acme', 'github-token': 'g' };
  assert.match(refusal({ ...account, 'zendesk-api-token': 't' }), 'zendesk-email is not');
  assert.match(refusal({ ...account, 'zendesk-email': 'a@acme.com' }), 'zendesk-api-token is not');
  assert.match(refusal({ ...account, 'zendesk-email': 'a@acme.com', 'zendesk-api-token': 't', 'zendesk-oauth-token': 'o' }), 'not both');
  assert.match(refusal({ ...account, 'zendesk-api-token': 't', 'zendesk-oauth-token': 'o' }), 'not both');
  assert.match(refusal(account), 'no Zendesk credentials');
});

test('readInputs takes the client credentials over an OAuth or API token, and refuses them half set', () => {
  const account = { 'zendesk-subdomain': 'acme', 'github-token': 'g' };
  const client = { 'zendesk-client-id': 'zendesk_audit', 'zendesk-client-secret': 'shh-secret' };
  assert.equal(readInputs(read({ ...account, ...client }), env).credentials, { clientId: 'zendesk_audit', clientSecret: 'shh-secret' });
  const all = { ...account, ...client, 'zendesk-oauth-token': 'o', 'zendesk-email': 'a@acme.com', 'zendesk-api-token': 't' };
  assert.equal(readInputs(read(all), env).credentials, { clientId: 'zendesk_audit', clientSecret: 'shh-secret' });
  assert.match(refusal({ ...account, 'zendesk-client-id': 'zendesk_audit' }), /^zendesk-client-id is set but zendesk-client-secret is not/);
  assert.match(
    refusal({ ...account, 'zendesk-client-secret': 'shh-secret' }),
    /^zendesk-client-secret is set but zendesk-client-id is not/,
  );
  assert.match(refusal(account), /^no Zendesk credentials: set zendesk-client-id and zendesk-client-secret/);
});

test('readInputs refuses look-backs that are zero, negative or not durations', () => {
  for (const lookback of ['0', '0h', '-5h', 'forever', '5 hours ago']) {
    assert.match(refusal({ ...base, lookback }), /^lookback: /, lookback);
  }
});

test('readInputs refuses an unknown time zone and names the input', () => {
  assert.match(refusal({ ...base, 'time-zone': 'Mars/Olympus' }), /^time-zone: unknown time zone/);
});

test('readInputs refuses a dry-run that is not true or false', () => {
  assert.match(refusal({ ...base, 'dry-run': 'yes' }), 'dry-run');
});

test('readInputs refuses bad source types, assignees and labels', () => {
  assert.match(refusal({ ...base, 'source-type': 'account setting' }), /^source-type: /);
  assert.match(refusal({ ...base, assignees: 'not a user' }), /^assignees: /);
  assert.match(refusal({ ...base, labels: 'x'.repeat(51) }), /^labels: /);
  assert.match(refusal({ ...base, labels: '🔒'.repeat(51) }), /^labels: .* is longer than GitHub's 50 characters$/);
  assert.match(refusal({ ...base, labels: ' , ' }), /^labels: /);
});

test('readInputs reads the actors to exclude, refusing what is no id', () => {
  assert.equal(readInputs(read(base), env).excludeActors, []);
  assert.equal(readInputs(read({ ...base, 'exclude-actors': '1509756491122,\n 42' }), env).excludeActors, [1509756491122, 42]);
  assert.match(refusal({ ...base, 'exclude-actors': '42, bot' }), /^exclude-actors: actor id "bot" is not an id/);
});

test('readInputs takes any well-formed source type, near misses of a list included: the account decides once the fetch finds none', () => {
  for (const types of ['user, rule', 'api_token', 'account_settings', 'custom_object_record']) {
    assert.equal(readInputs(read({ ...base, 'source-type': types }), env).sourceTypes, types.split(',').map((type) => type.trim()));
  }
});

test('readInputs needs GITHUB_REPOSITORY and a GitHub token', () => {
  assert.match(refusal(base, {}), 'GITHUB_REPOSITORY');
  assert.match(refusal(base, { GITHUB_REPOSITORY: 'no-slash' }), 'GITHUB_REPOSITORY');
  const { 'github-token': _, ...withoutToken } = base;
  assert.match(refusal(withoutToken), 'github-token');
});

test('splitList trims, drops empties and duplicates', () => {
  assert.equal(splitList(' a,b\n\nc , a '), ['a', 'b', 'c']);
  assert.equal(splitList(''), []);
});

test('readInputs counts a label in characters, as GitHub does: 26 emoji fit', () => {
  assert.equal(readInputs(read({ ...base, labels: '🔒'.repeat(26) }), env).labels, ['🔒'.repeat(26)]);
  assert.equal(readInputs(read({ ...base, labels: 'x'.repeat(50) }), env).labels, ['x'.repeat(50)]);
});

test('readInputs reads marker-key, and leaves it out when empty', () => {
  assert.is(readInputs(read({ ...base, 'marker-key': ' k3y ' }), env).markerKey, 'k3y');
  assert.is(readInputs(read(base), env).markerKey, undefined);
});

test('readInputs reads the sensitive- inputs, empty by default', () => {
  const plain = readInputs(read(base), env);
  assert.equal([plain.sensitiveSettings, plain.sensitiveLabels, plain.sensitiveAssignees], [[], [], []]);
  const inputs = readInputs(
    read({
      ...base,
      'sensitive-settings': 'attach files\nagent*aliases, Billing',
      'sensitive-labels': 'security, needs-review',
      'sensitive-assignees': '@octocat\nhubot',
    }),
    env,
  );
  assert.equal(inputs.sensitiveSettings, ['attach files', 'agent*aliases', 'Billing']);
  assert.equal(inputs.sensitiveLabels, ['security', 'needs-review']);
  assert.equal(inputs.sensitiveAssignees, ['octocat', 'hubot']);
});

test('readInputs refuses a sensitive pattern that matches everything, a bad login and a long label', () => {
  assert.match(refusal({ ...base, 'sensitive-settings': 'ok, *' }), /^sensitive-settings: sensitive pattern "\*" matches every setting/);
  assert.is(refusal({ ...base, 'sensitive-assignees': 'not a login' }), 'sensitive-assignees: "not a login" is not a GitHub user name');
  assert.match(refusal({ ...base, 'sensitive-labels': 'x'.repeat(51) }), /^sensitive-labels: "x+" is longer than GitHub's 50 characters$/);
});

test('readInputs reads the detection inputs: alerts from high by default, a 30-day baseline, no rules, no working hours', () => {
  const plain = readInputs(read(base), env);
  assert.is(plain.alertSeverity, 'high');
  assert.is(plain.baseline.total({ unit: 'days', relativeTo: '2026-01-01' }), 30);
  assert.equal(plain.severityLabels, {});
  assert.is(plain.rules, undefined);
  assert.is(plain.workingHours, undefined);
  const inputs = readInputs(
    read({
      ...base,
      'alert-severity': 'Medium',
      baseline: '7d',
      'severity-labels': 'high: security-high\nmedium: security-review, high: page-me',
      'working-hours': 'Mon-Fri 08:00-18:00',
      'time-zone': 'Europe/Berlin',
      rules: 'rules:\n  - id: zendesk.api-token-deleted\n    severity: medium\n',
    }),
    env,
  );
  assert.is(inputs.alertSeverity, 'medium');
  assert.is(inputs.baseline.total({ unit: 'days', relativeTo: '2026-01-01' }), 7);
  assert.equal(inputs.severityLabels, { high: ['security-high', 'page-me'], medium: ['security-review'] });
  assert.is(inputs.workingHours!.zone, 'Europe/Berlin', 'the zone of time-zone when the hours name none');
  assert.equal(inputs.rules, { name: 'rules input', text: 'rules:\n  - id: zendesk.api-token-deleted\n    severity: medium\n' });
  assert.is(readInputs(read({ ...base, 'alert-severity': 'none' }), env).alertSeverity, 'none');
  assert.equal(
    readInputs(read({ ...base, rules: '{"rules": []}' }), env).rules,
    { name: 'rules input', text: '{"rules": []}' },
    'JSON on one line',
  );
});

test('readInputs reads a rules file in the repository, and only there', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'zendesk-audit-workspace-'));
  try {
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, '.github', 'zendesk-rules.yml'), 'rules: []\n');
    const inWorkspace = { ...env, GITHUB_WORKSPACE: workspace };
    const inputs = readInputs(read({ ...base, rules: '.github/zendesk-rules.yml' }), inWorkspace);
    assert.equal(inputs.rules, { name: '.github/zendesk-rules.yml', text: 'rules: []\n' });
    assert.match(refusal({ ...base, rules: '../outside.yml' }, inWorkspace), /^rules: "\.\.\/outside\.yml" is outside the repository/);
    assert.match(refusal({ ...base, rules: '/etc/passwd' }, inWorkspace), /^rules: "\/etc\/passwd" is outside the repository/);
    assert.is(
      refusal({ ...base, rules: 'missing.yml' }, inWorkspace),
      'rules: cannot read missing.yml: no such file (check out the repository first: actions/checkout)',
    );
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});

test('readInputs refuses a bad alert-severity, severity-labels, working-hours and baseline, naming the input', () => {
  assert.is(refusal({ ...base, 'alert-severity': 'critical' }), 'alert-severity: "critical" is not high, medium, low or none');
  assert.match(refusal({ ...base, 'severity-labels': 'security-high' }), /^severity-labels: "security-high" is not severity: label/);
  assert.match(refusal({ ...base, 'severity-labels': 'urgent: x' }), /^severity-labels: "urgent" is not a severity/);
  assert.match(refusal({ ...base, 'severity-labels': `high: ${'x'.repeat(51)}` }), /^severity-labels: "x+" is longer than GitHub's 50/);
  assert.match(refusal({ ...base, 'working-hours': 'Mon-Fri 8-18' }), /^working-hours "Mon-Fri 8-18": /);
  assert.match(refusal({ ...base, baseline: 'a month' }), /^baseline: /);
});

test.run();
