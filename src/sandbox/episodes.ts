/**
 * Scripted stretches of history a reviewer should notice, added after the generated
 * records so the demo always has them: an admin hardens security; another one, half an
 * hour later, turns two-factor authentication off, lowers the password policy twice,
 * turns CAPTCHA off, removes the IP restriction (among an ordinary change) and turns
 * two-factor back on minutes later; a third changes the session expiration twice and
 * switches attachments off and on again. Old values chain from the generated history
 * (each setting's current value), and steps whose new value is already the current
 * one are left out, so the history stays consistent for any seed.
 */
import { SETTINGS } from './catalog.ts';
import { type EventContext, type EventFields, eventRecord, settingChange } from './generate.ts';
import { pick, randomStream } from './random.ts';

/** One step: which admin of the episode (0, 1, 2), seconds from the episodes' start, the setting and its new value. */
interface Step {
  who: number;
  at: number;
  label: string;
  /** A value of the setting, `on` / `off` for switches, `flip` for the other state of a switch, or `back`: the value before the episode's last change of it. */
  to: string;
}

const MINUTE = 60;
const STEPS: readonly Step[] = [
  // Someone hardens the account.
  { who: 0, at: 0, label: 'Security: Require two-factor authentication for team members', to: 'on' },
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
  { who: 2, at: 55 * MINUTE, label: 'Security: Session expiration', to: '8 hours' },
  { who: 2, at: 56 * MINUTE + 30, label: 'Tickets: Customers can attach files', to: 'flip' },
  { who: 2, at: 58 * MINUTE + 50, label: 'Tickets: Customers can attach files', to: 'back' },
  { who: 2, at: 61 * MINUTE, label: 'Security: Session expiration', to: '4 hours' },
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
    const from = context.settingValues[setting]!;
    const to = step.to === 'back' ? (before.get(setting) ?? -1) : step.to === 'flip' ? 1 - from : valueIndex(values, step.to);
    if (to < 0) throw new RangeError(`episode step ${step.label}: ${step.to} is not one of its values`);
    if (to === from) continue;
    before.set(setting, from);
    const event = { sourceType: 'account_setting', action: 'update', actor: actors[step.who], seconds: start + step.at };
    records.push(eventRecord(context, random, { ...event, about: settingChange(context, setting, to) }));
  }
  return records;
}
