/**
 * The marker that ends a reminder comment, so that the next run knows a reminder was
 * posted and when, and reminds once per period. Like a report's marker it is signed
 * (`mac.ts`), and only counts in a comment by the Action's own identity: another
 * workflow posting as `github-actions[bot]` has no key, so it cannot make a reminder be
 * skipped. It names the issue it belongs to and the time it was written, which must be
 * the comment's own (within `CLOCK_SKEW_MS`): one copied onto another issue, or posted
 * again later, counts for nothing.
 *
 *     <!-- zendesk-audit v4 reminder account=acme.zendesk.com issue=12 at=1796601238 mac=… -->
 */
import { MAC_LENGTH, macOf, macVerifiesUnderAny } from '../trail/mac.ts';

/** What a reminder's marker says. */
export interface ReminderClaim {
  account: string;
  issue: number;
  /** When it was written: whole seconds since 1970, GitHub's clock. */
  at: number;
}

/** How far a reminder's signed time may be from its comment's creation: runners' and GitHub's clocks differ. */
export const CLOCK_SKEW_MS = 10 * 60_000;

const VERSION = 'v4';
const REMINDER = new RegExp(
  `(?:^|\\n)<!-- zendesk-audit ${VERSION} reminder account=([a-z0-9.:-]+) issue=(\\d{1,10}) at=(\\d{1,12}) mac=([A-Za-z0-9_-]{${MAC_LENGTH}}) -->\\s*$`,
);

function fields(claim: ReminderClaim): string[] {
  return ['zendesk-audit reminder', VERSION, claim.account.toLowerCase(), String(claim.issue), String(claim.at)];
}

/** The signed marker of a reminder. */
export async function reminderMarker(key: CryptoKey, claim: ReminderClaim): Promise<string> {
  const account = claim.account.toLowerCase();
  return `<!-- zendesk-audit ${VERSION} reminder account=${account} issue=${claim.issue} at=${claim.at} mac=${await macOf(
    key,
    fields(claim),
  )} -->`;
}

/**
 * The reminder claim ending `body` when its MAC verifies under one of `keys`; undefined
 * for any other text.
 */
export async function verifiedReminder(body: string, keys: readonly CryptoKey[]): Promise<ReminderClaim | undefined> {
  const match = REMINDER.exec(body);
  if (!match) return undefined;
  const claim = { account: match[1]!, issue: Number(match[2]), at: Number(match[3]) };
  return (await macVerifiesUnderAny(keys, fields(claim), match[4]!)) ? claim : undefined;
}
