/**
 * The detection table as records: for each row of the rule table (README, "Detections"),
 * records of that kind, laid out in time so that the rules over the window see what they
 * need (ten deletions within minutes, a change and its undoing, an earlier sign-in from
 * another address, a change at 03:00 with working hours from 04:00) and nothing else;
 * and the corpus's look-alikes, which must get no severity. Not a test file itself: the
 * scripts' and the Action's tests feed these records to the real programs.
 */
import type { Severity } from '../../../src/core/review/rule.ts';
import type { AuditLog } from '../../../src/core/types.ts';
import { LOOK_ALIKES, MATCHING } from './corpus.ts';

export interface TableRow {
  /** The row of the table, as the issue words it. */
  item: string;
  severity: Severity;
  /** The records of this kind, oldest first. */
  records: AuditLog[];
  /** Those that must get `severity` (the others, such as a first sign-in, get none). */
  marked: AuditLog[];
}

/** Working hours that leave out only 00:00 to 04:00 UTC, where the out-of-hours row's change is made. */
export const TABLE_WORKING_HOURS = 'Mon-Sun 04:00-24:00 UTC';

const MINUTE = 60_000;
const ALICE = { actor_id: 1500000000001, actor_name: 'Alice Admin' };
const BOB = { actor_id: 1500000000002, actor_name: 'Bob Agent' };

/** The corpus record that matches exactly `rules`. */
function corpus(...rules: string[]): AuditLog {
  const entry = MATCHING.find((candidate) => candidate.rules.join() === rules.join());
  if (!entry) throw new Error(`no corpus record matches exactly ${rules.join(', ')}`);
  return entry.record;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The table's rows and the look-alikes, every record with its own id and source id,
 * from `start` (epoch ms, 04:00 UTC of a day) on: one row every 20 minutes; the
 * out-of-hours change an hour before `start`.
 */
export function detectionTable(start: number): { rows: TableRow[]; lookAlikes: AuditLog[] } {
  let next = 41_000_000_000_000;
  let slot = 0;
  /** A copy of `record` with its own id and setting, at `offset` ms into the next slot (or at `at`). */
  const place = (record: AuditLog, offset = 0, fields: Partial<AuditLog> = {}): AuditLog => ({
    ...record,
    id: next++,
    source_id: record.source_type === 'user' && record.source_id === record.actor_id ? record.source_id : next + 500_000_000_000,
    created_at: iso(start + slot * 20 * MINUTE + offset),
    ...fields,
  });
  const row = (item: string, severity: Severity, make: () => AuditLog[], marked?: (records: AuditLog[]) => AuditLog[]): TableRow => {
    const records = make();
    slot++;
    return { item, severity, records, marked: marked ? marked(records) : records };
  };
  const setting = (label: string, description: string, fields: Partial<AuditLog> = {}) =>
    ({ ...corpus('zendesk.session-lengthened'), source_label: label, change_description: description, ...fields }) as AuditLog;
  const rows = [
    row('API token or OAuth client created or changed', 'high', () =>
      [
        corpus('zendesk.api-token-created'),
        corpus('zendesk.api-token-changed'),
        corpus('zendesk.oauth-client-created'),
        corpus('zendesk.oauth-client-changed'),
      ].map((record, index) => place(record, index * MINUTE))),
    row('API token access turned on', 'high', () => [place(corpus('zendesk.api-token-access-on'))]),
    row('account owner changed', 'high', () => [place(corpus('zendesk.account-owner-changed'))]),
    row('a role raised to admin or owner', 'high', () => [place(corpus('zendesk.role-raised-to-admin'))]),
    row('two-factor requirement turned off', 'high', () => [place(corpus('zendesk.two-factor-off'))]),
    row('SSO, JWT or SAML sign-in changed', 'high', () => [place(corpus('zendesk.sso-changed'))]),
    row('allowed IP ranges removed or widened, IP restriction turned off', 'high', () => [
      place(setting('Security: Allowed IP ranges', 'Changed from 198.51.100.0/24 to None')),
      place(setting('IP Restriction', 'Disabled'), MINUTE),
    ]),
    row('password policy lowered', 'high', () => [place(corpus('zendesk.password-policy-lowered'))]),
    row('credit-card redaction turned off', 'high', () => [place(corpus('zendesk.credit-card-redaction-off'))]),
    row('user assumption turned on', 'high', () => [place(setting('Account Assumption', 'Enabled'))]),
    row('a burst: 10 deletions by one actor within 10 minutes', 'high', () =>
      Array.from({ length: 10 }, (_, index) =>
        place(
          {
            ...corpus('zendesk.api-token-created'),
            ...ALICE,
            source_type: 'trigger',
            action: 'destroy',
            action_label: 'Deleted',
            source_label: `Trigger: Route tickets ${index}`,
            change_description: 'Deleted',
          },
          index * 30_000,
        ))),
    row('a sign-in from an IP address not seen for that user earlier', 'medium', () => {
      const signIn = (ip: string, offset: number) =>
        place({
          ...corpus('zendesk.api-token-created'),
          ...BOB,
          source_type: 'user',
          source_id: BOB.actor_id,
          source_label: `Team member: ${BOB.actor_name}`,
          action: 'login',
          action_label: 'Signed in',
          change_description: 'Successful sign-in using Zendesk password from https://acme.zendesk.com/access/login',
          ip_address: ip,
        }, offset);
      return [signIn('198.51.100.7', 0), signIn('203.0.113.9', 5 * MINUTE)];
    }, (records) => records.slice(1)),
    row('data exported', 'medium', () => [place(corpus('zendesk.data-exported'))]),
    row('an admin suspended or deleted', 'medium', () => [
      place(corpus('zendesk.team-member-suspended')),
      place(corpus('zendesk.team-member-deleted'), MINUTE),
    ]),
    row('mobile app access turned on', 'medium', () => [place(corpus('zendesk.mobile-app-access-on'))]),
    row('session expiry lengthened', 'medium', () => [place(corpus('zendesk.session-lengthened'))]),
    row('any change undone within a day', 'medium', () => {
      const first = place(setting('Tickets: Enable CCs', 'Turned off'));
      return [first, { ...place(setting('Tickets: Enable CCs', 'Turned on'), 5 * MINUTE), source_id: first.source_id }];
    }),
    row(
      'a user changing their own two-factor',
      'medium',
      () => [place(corpus('zendesk.team-member-two-factor-off', 'zendesk.self-change'))],
    ),
    row('two-factor turned on, IP restriction added, session shortened', 'low', () => [
      place(corpus('zendesk.two-factor-on')),
      place(setting('Security: Allowed IP ranges', 'Changed from None to 198.51.100.0/24'), MINUTE),
      place(corpus('zendesk.session-shortened'), 2 * MINUTE),
    ]),
    row('API token deleted', 'low', () => [place(corpus('zendesk.api-token-deleted'))]),
    row('a change outside working hours', 'low', () => [
      place(setting('Tickets: Enable CCs', 'Turned on'), 0, { created_at: iso(start - 53 * MINUTE) }),
    ]),
  ];
  const lookAlikes = LOOK_ALIKES.map((entry, index) => place(entry.record, index * MINUTE));
  return { rows, lookAlikes };
}

/** 04:00 UTC two days before `now`: a table laid out from it stays within a look-back of three days. */
export function tableStart(now: number): number {
  const day = Math.floor(now / 86_400_000) - 2;
  return day * 86_400_000 + 4 * 60 * MINUTE;
}
