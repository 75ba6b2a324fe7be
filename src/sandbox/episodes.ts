/**
 * Scripted stretches of history a reviewer should notice, so the demo always has them.
 *
 * The settings story, added after the generated records: an admin hardens security;
 * another one, half an hour later, turns two-factor authentication off, lowers the
 * password policy twice, turns CAPTCHA off, removes the IP restriction (among an
 * ordinary change) and turns two-factor back on minutes later; a third flips API token
 * access off and on, lengthens and shortens the session expiration, turns CAPTCHA back
 * on and switches attachments off and on again. Old values chain from the generated
 * history (each setting's current value), and steps whose new value is already the
 * current one are left out, so the history stays consistent for any seed.
 *
 * The detection episodes, spread over the 30 days before now so `--since 30d` finds
 * them: a record, or a few, for each built-in detection rule the settings story does
 * not show (API tokens and OAuth clients, an owner change, roles raised and lowered,
 * suspensions and deletions, single sign-on, credit-card redaction, user assumption,
 * mobile app access, an export, a burst of deletions, a sign-in from a new address, a
 * change in the small hours of a Sunday, a user turning off their own two-factor
 * authentication). Their settings are not among those the generator draws from, so
 * they chain with nothing; labels and descriptions are those real records carry
 * (Panther's Zendesk rules' test records, Zendesk's help centre).
 */
import { API_TOKENS, RULES, SETTINGS } from './catalog.ts';
import { type About, type EventContext, type EventFields, eventRecord, settingChange, type StaffMember } from './generate.ts';
import { pick, type Random, randomStream, shuffled } from './random.ts';

/** One step: which admin of the episode (0, 1, 2), seconds from the episodes' start, the setting and its new value. */
interface Step {
  who: number;
  at: number;
  label: string;
  /**
   * A value of the setting, `on` / `off` for switches, `flip` for the other state of a switch, `back`: the value before
   * the episode's last change of it, `longer`: a longer value (through a shorter one when it is the longest), or
   * `shorter`: a shorter value that does not undo the last change.
   */
  to: string;
}

const MINUTE = 60;
const STEPS: readonly Step[] = [
  // Someone hardens the account.
  { who: 0, at: 0, label: 'Security: Require two-factor authentication for team members', to: 'on' },
  { who: 0, at: 20, label: 'Security: Password policy', to: 'Medium' },
  { who: 0, at: 40, label: 'Security: Password policy', to: 'High' },
  { who: 0, at: 95, label: 'End users: Enable CAPTCHA for anonymous requests', to: 'on' },
  { who: 0, at: 150, label: 'Security: Allowed IP ranges', to: '198.51.100.0/24' },
  // Half an hour later, someone else undoes it, and covers one trace.
  { who: 1, at: 30 * MINUTE, label: 'Security: Require two-factor authentication for team members', to: 'off' },
  { who: 1, at: 31 * MINUTE + 10, label: 'Security: Password policy', to: 'Medium' },
  { who: 1, at: 32 * MINUTE + 30, label: 'End users: Enable CAPTCHA for anonymous requests', to: 'off' },
  { who: 1, at: 33 * MINUTE + 40, label: 'Localization: Default language', to: 'English' },
  { who: 1, at: 35 * MINUTE + 5, label: 'Security: Password policy', to: 'Low' },
  { who: 1, at: 36 * MINUTE + 20, label: 'Security: Allowed IP ranges', to: 'None' },
  { who: 1, at: 39 * MINUTE + 45, label: 'Security: Require two-factor authentication for team members', to: 'on' },
  // Ordinary work that still repeats and reverts.
  { who: 2, at: 52 * MINUTE, label: 'Security: Zendesk API token access', to: 'flip' },
  { who: 2, at: 53 * MINUTE + 10, label: 'Security: Zendesk API token access', to: 'back' },
  { who: 2, at: 55 * MINUTE, label: 'Security: Session expiration', to: 'longer' },
  { who: 2, at: 56 * MINUTE + 30, label: 'Tickets: Customers can attach files', to: 'flip' },
  { who: 2, at: 57 * MINUTE + 40, label: 'End users: Enable CAPTCHA for anonymous requests', to: 'on' },
  { who: 2, at: 58 * MINUTE + 50, label: 'Tickets: Customers can attach files', to: 'back' },
  { who: 2, at: 61 * MINUTE, label: 'Security: Session expiration', to: 'shorter' },
];

/** How long the episodes take, from their first step to their last. */
export const EPISODES_SPAN_SECONDS = STEPS.at(-1)!.at;
/** The episodes start this long after the last generated record, when there is room before now. */
const GAP_SECONDS = 10 * MINUTE;
/** ... and at most this long before now, so a 48-hour look-back (the Action's default) sees them. */
const MAX_AGE_SECONDS = 26 * 60 * MINUTE;

/** The index of `to` among the setting's values (`on` 1, `off` 0 for switches), or -1. */
function valueIndex(values: readonly string[] | 'boolean', to: string): number {
  if (values === 'boolean') return to === 'on' ? 1 : to === 'off' ? 0 : -1;
  return values.indexOf(to);
}

/**
 * The episodes' records (without ids), ascending. Advances `context.settingValues` as
 * the generated history does.
 */
export function episodeRecords(
  context: EventContext,
  seed: number,
  lastGeneratedSeconds: number,
  nowSeconds: number,
): EventFields[] {
  const random = randomStream(seed, 'episodes');
  const admins = [...context.staff.admins];
  const actors = [0, 1, 2].map(() => {
    const admin = pick(random, admins);
    admins.splice(admins.indexOf(admin), 1);
    return admin;
  });
  const latestStart = nowSeconds - EPISODES_SPAN_SECONDS - MINUTE;
  const start = Math.floor(Math.min(latestStart, Math.max(lastGeneratedSeconds + GAP_SECONDS, nowSeconds - MAX_AGE_SECONDS)));
  const records: EventFields[] = [];
  const before = new Map<number, number>();
  for (const step of STEPS) {
    const setting = SETTINGS.findIndex((candidate) => candidate.label === step.label);
    const values = SETTINGS[setting]!.values;
    const change = (to: number, seconds: number) => {
      const from = context.settingValues[setting]!;
      if (to < 0) throw new RangeError(`episode step ${step.label}: ${step.to} is not one of its values`);
      if (to === from) return;
      before.set(setting, from);
      const event = { sourceType: 'account_setting', action: 'update', actor: actors[step.who], seconds };
      records.push(eventRecord(context, random, { ...event, about: settingChange(context, setting, to) }));
    };
    const from = context.settingValues[setting]!;
    const longest = values.length - 1;
    if (step.to === 'longer' && from === longest) {
      // The longest already: shorter first, then longer again, without going back to where it was.
      change(longest - 4, start + step.at - 2 * MINUTE);
      change(longest - 2, start + step.at);
      continue;
    }
    const shorter = () => {
      const undone = before.get(setting);
      for (let index = from - 1; index >= 0; index--) if (index !== undone) return index;
      return -1;
    };
    const to = step.to === 'back'
      ? (before.get(setting) ?? -1)
      : step.to === 'flip'
      ? 1 - from
      : step.to === 'longer'
      ? longest
      : step.to === 'shorter'
      ? shorter()
      : valueIndex(values, step.to);
    change(to, start + step.at);
  }
  return records;
}

const DAY = 86_400;
const HOUR = 3600;

/** What one detection episode's record is: who, when (seconds before now), and about what. */
interface Scripted {
  actor: StaffMember;
  ago: number;
  sourceType: string;
  action: string;
  about: About;
  /** Where from, when not the actor's usual address. */
  ip?: string;
  /** The activity type, when not the action's usual one. */
  actionLabel?: string;
}

/** An address from the documentation ranges (RFC 5737) that no one of the team uses. */
function unusedAddress(context: EventContext): string {
  const taken = new Set(context.staff.members.flatMap((member) => member.addresses));
  for (let host = 254; host > 0; host--) {
    const address = `203.0.113.${host}`;
    if (!taken.has(address)) return address;
  }
  throw new RangeError('no unused address left in 203.0.113.0/24');
}

/** A source id for an item the generator does not draw from, the same for each record of it (FNV-1a over its label). */
function itemId(label: string): number {
  let hash = 0x811c9dc5;
  for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return 30_000_000_000_000 + (hash >>> 0);
}

/** Seconds before `now` of the Sunday 03:07 UTC on or before `daysAgo` days ago: outside anyone's working week. */
function smallHoursOfSunday(nowSeconds: number, daysAgo: number): number {
  const day = Math.floor((nowSeconds - daysAgo * DAY) / DAY);
  // 1970-01-01 was a Thursday: day 0 is weekday 4, counting from Sunday.
  const sunday = day - ((day + 4) % 7);
  return nowSeconds - (sunday * DAY + 3 * HOUR + 7 * 60);
}

/** The records of the detection episodes, each `ago` seconds before now. */
function scripted(context: EventContext, random: Random, nowSeconds: number): Scripted[] {
  const { members, admins } = context.staff;
  const owner = members[0]!;
  const [first, second, third, fourth, fifth] = shuffled(random, admins.filter((admin) => admin !== owner));
  const agents = shuffled(random, members.filter((member) => member.role === 'agent'));
  const night = admins.find((admin) => admin.person.zone === 'UTC') ?? owner;
  const token = (index: number): About => [context.tokenIds[index]!, `API token: ${API_TOKENS[index]}`, ''];
  const member = (target: StaffMember, description: string): About => [target.id, `Team member: ${target.name}`, description];
  const setting = (label: string, description: string): About => [itemId(label), label, description];
  const rule = (type: 'trigger' | 'macro', index: number): About => [
    context.ruleIds[type][index]!,
    `${type === 'trigger' ? 'Trigger' : 'Macro'}: ${RULES[type][index]}`,
    'Deleted',
  ];
  const at = (days: number, hours: number) => days * DAY - hours * HOUR;
  const [createdToken, changedToken, deletedToken] = [token(1), token(2), token(4)];
  return [
    // A token and an OAuth client for an integration nobody announced.
    { actor: first!, ago: at(27, 2), sourceType: 'apitoken', action: 'create', about: [createdToken[0], createdToken[1], 'Created'] },
    {
      actor: first!,
      ago: at(27, 2.1),
      sourceType: 'apitoken',
      action: 'update',
      about: [changedToken[0], changedToken[1], `Description changed from ${API_TOKENS[2]} to Nightly sync`],
    },
    // Logged as Panther's rules' records name the type (`api_token`), beside the reference's `apitoken`: accounts differ.
    { actor: second!, ago: at(26, 3), sourceType: 'api_token', action: 'destroy', about: [deletedToken[0], deletedToken[1], 'Deleted'] },
    {
      actor: first!,
      ago: at(25, 4),
      sourceType: 'oauth_client',
      action: 'create',
      about: [itemId('OAuth client: Reporting exporter'), 'OAuth client: Reporting exporter', 'Created'],
    },
    {
      actor: first!,
      ago: at(25, 4.05),
      sourceType: 'oauth_client',
      action: 'update',
      about: [itemId('OAuth client: Reporting exporter'), 'OAuth client: Reporting exporter', 'Redirect URLs: Changed'],
    },
    // Who holds power: the owner hands the account on, a role raised, another lowered.
    {
      actor: owner,
      ago: at(23, 5),
      sourceType: 'account',
      action: 'update',
      about: [itemId('Account: Account'), 'Account: Account', `Owner changed from ${owner.name} to ${first!.name}`],
    },
    {
      actor: second!,
      ago: at(22, 6),
      sourceType: 'user',
      action: 'update',
      about: member(agents[0]!, 'Role: Changed from Agent to Administrator'),
    },
    {
      actor: second!,
      ago: at(22, 5),
      sourceType: 'user',
      action: 'update',
      about: member(third!, 'Role: Changed from Administrator to Agent'),
    },
    // Sign-in and access settings.
    {
      actor: third!,
      ago: at(21, 2),
      sourceType: 'account_setting',
      action: 'update',
      about: setting('Agents: Agents can delete tickets', 'Turned on'),
    },
    {
      actor: fourth!,
      ago: at(20, 3),
      sourceType: 'account_setting',
      action: 'update',
      about: setting('Team member authentication: Single sign-on (SSO)', 'Turned on'),
    },
    {
      actor: fourth!,
      ago: at(20, 2.9),
      sourceType: 'account_setting',
      action: 'update',
      about: setting('Security: Allow customers to bypass IP restrictions', 'Turned on'),
    },
    // Panther's settings, as its records carry them: action `create`, activity type Updated, Enabled/Disabled.
    ...([
      [19, 'Zendesk Support Mobile App Access', 'Enabled'],
      [17, 'Zendesk Support Mobile App Access', 'Disabled'],
      [18, 'Account Assumption', 'Enabled'],
      [16, 'Account Assumption', 'Disabled'],
      [15, 'Credit Card Redaction', 'Disabled'],
      [13, 'Credit Card Redaction', 'Enabled'],
    ] as const).map(([days, label, description]): Scripted => ({
      actor: fifth!,
      ago: at(days, 4),
      sourceType: 'account_setting',
      action: 'create',
      actionLabel: 'Updated',
      about: setting(label, description),
    })),
    {
      actor: third!,
      ago: at(12, 3),
      sourceType: 'account',
      action: 'exported',
      about: [itemId('Account: Data export'), 'Account: Data export', 'Exported tickets'],
    },
    // Team members suspended and deleted.
    { actor: second!, ago: at(11, 5), sourceType: 'user', action: 'update', about: member(agents[1]!, 'Suspended: Turned on') },
    { actor: second!, ago: at(11, 4), sourceType: 'user', action: 'destroy', about: member(agents[2]!, 'Deleted') },
    // Twelve business rules deleted in six minutes.
    ...Array.from({ length: 12 }, (_, index): Scripted => ({
      actor: fourth!,
      ago: at(9, 2) - index * 30,
      sourceType: index < 8 ? 'trigger' : 'macro',
      action: 'destroy',
      about: index < 8 ? rule('trigger', index) : rule('macro', index - 8),
    })),
    // A change in the small hours of a Sunday.
    {
      actor: night,
      ago: smallHoursOfSunday(nowSeconds, 7),
      sourceType: 'trigger',
      action: 'update',
      about: [context.ruleIds.trigger[5]!, `Trigger: ${RULES.trigger[5]}`, 'Conditions: Changed'],
    },
    // Signing in from the usual address, then from one never used before.
    {
      actor: fifth!,
      ago: at(6, 8),
      sourceType: 'user',
      action: 'login',
      about: member(fifth!, `Successful sign-in using Zendesk password from https://${context.subdomain}.zendesk.com/access/login`),
    },
    {
      actor: fifth!,
      ago: at(4, 3),
      sourceType: 'user',
      action: 'login',
      about: member(fifth!, `Successful sign-in using Zendesk password from https://${context.subdomain}.zendesk.com/access/login`),
      ip: unusedAddress(context),
    },
    // An admin turns off their own two-factor authentication.
    {
      actor: fifth!,
      ago: at(4, 2.5),
      sourceType: 'user',
      action: 'update',
      about: member(fifth!, 'Two-factor authentication: Turned off'),
    },
  ];
}

/**
 * The detection episodes' records (without ids), ascending: for each built-in detection
 * rule the settings story does not show, a record of its kind within the 30 days before
 * `nowSeconds`.
 */
export function detectionEpisodeRecords(context: EventContext, seed: number, nowSeconds: number): EventFields[] {
  const random = randomStream(seed, 'detection episodes');
  const now = Math.floor(nowSeconds);
  return scripted(context, random, now)
    .map((episode) => {
      const { actor, sourceType, action, about } = episode;
      const record = eventRecord(context, random, { sourceType, action, actor, seconds: Math.floor(now - episode.ago), about });
      if (episode.ip) record.ip_address = episode.ip;
      if (episode.actionLabel) record.action_label = episode.actionLabel;
      if (action === 'login' && actor.lastLoginAt < now - episode.ago) actor.lastLoginAt = Math.floor(now - episode.ago);
      return record;
    })
    .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
}
