/**
 * Detections for a stream of records: the record rules (`match.ts`) and the rules over
 * the window, computed from the records themselves with no state kept between runs:
 *
 * - bursts: 10 or more deletions or exports by one person within 10 minutes (every
 *   record of such a burst is marked);
 * - reverts: a change that the next change of the same setting undid within a day (both
 *   marked, as `review.ts` pairs them);
 * - a sign-in from an address its user had not used earlier in the baseline (a
 *   `SignInBaseline` the caller builds beforehand, so the answer does not depend on order);
 * - changes outside the working hours given.
 *
 * Streaming. Exports of a million records stream in `created_at` order, newest or oldest
 * first (ties by id, as Zendesk's cursor orders them), and a record's detections must
 * not depend on which. A record's burst detection depends only on records within 10
 * minutes of it, on either side; its revert detection only on the changes of the same
 * setting just before and just after it, within a day. So the detector holds a deletion
 * or export until the stream has moved 10 minutes past it, and a change with a from and
 * to value until the next change of its setting arrives or the stream has moved a day
 * past it, whichever comes first; then releases it with final detections, in the order
 * the records came. A held record holds back those after it, to keep that order; in a
 * busy account a setting's next change comes soon, and little is held.
 *
 * Memory: the records held (at most those within a day of the oldest held change, or
 * within 10 minutes of the oldest held deletion or export, whichever reaches further),
 * one entry per setting changed within the last day (the last change of each), the
 * deletions and exports of each person within the last 10 minutes, and the baseline (one
 * time per user and address). None of it grows with the length of the stream.
 */
import type { AuditLog } from '../types.ts';
import { spanText } from '../time/span.ts';
import { changeOf } from './change.ts';
import { createdAtMs } from './fields.ts';
import { compileRules, type RuleSet, type WindowRule } from './match.ts';
import { QUICK_REVERT_MS, type TimedChange, undoes } from './revert.ts';
import { compareSeverity, type Detection, highestSeverity, type Severity } from './rule.ts';
import { isSignIn, type SignInBaseline } from './sign-in-baseline.ts';
import type { WorkingHours } from './working-hours.ts';

/** A record with its detections, highest severity first, and the highest severity (null when none). */
export interface DetectedRecord {
  record: AuditLog;
  detections: readonly Detection[];
  severity: Severity | null;
}

export interface DetectorOptions {
  /** The rules in force; default the built-in ones (`compileRules()`). */
  rules?: RuleSet;
  /** With it, a change outside these hours is marked; without, the working-hours rule is off. */
  workingHours?: WorkingHours;
  /** Where users signed in from before; without it, the new-sign-in-IP rule is off. */
  baseline?: SignInBaseline;
}

/** A record waiting for its detections to be final. */
interface Pending extends TimedChange {
  record: AuditLog;
  id: number;
  /** The record rules' detections (shared, never changed). */
  found: readonly Detection[];
  /** How far (ms) the stream must move past this deletion or export before its detections are final (0: no such wait). */
  horizon: number;
  /** A change whose revert detection waits for the next change of its setting, or for the stream to move a day past it. */
  awaitsNext: boolean;
  /** What the window rules found: part of a burst; undone this long after; putting back a value set this long before. */
  inBurst: boolean;
  undoneAfterMs: number | undefined;
  putsBackAfterMs: number | undefined;
  newAddress: boolean;
  outOfHours: string | undefined;
}

const NOTHING: readonly DetectedRecord[] = Object.freeze([]);
/** The group of settings known by their label (records without a source id), whatever their source type. */
const BY_LABEL = Symbol('by label');
/** Every so many records, entries for settings and people no longer within reach are dropped. */
const SWEEP_EVERY = 8192;
/**
 * Revert reasons differ only by the spans they name (`3 minutes`, `5 hours`: some 145
 * texts within a day), so there are at most some 21,000 of them; the detections of this
 * many are kept to share.
 */
const MAX_REVERT_REASONS = 32_768;
/** `spanText` of each whole number of minutes, as it is asked for. */
const spanTexts: string[] = [];

/** `spanText(ms)`, remembered by its whole minutes (all the text depends on). */
function spanOf(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  return minutes < 100_000 ? (spanTexts[minutes] ??= spanText(ms)) : spanText(ms);
}

/**
 * A revert's reason, short (every reverted record carries it in JSON and CSV): a change
 * can both undo the one before it and be undone itself. The rule's title says the rest.
 *
 * @example revertReason(undefined, 180_000) // 'Undone 3 minutes later.'
 */
function revertReason(putsBackAfterMs: number | undefined, undoneAfterMs: number | undefined): string {
  const back = putsBackAfterMs === undefined ? undefined : `Undoes a change made ${spanOf(putsBackAfterMs)} earlier`;
  const undone = undoneAfterMs === undefined ? undefined : `ndone ${spanOf(undoneAfterMs)} later`;
  if (back && undone) return `${back}; itself u${undone}.`;
  return back ? `${back}.` : `U${undone}.`;
}

/** A person's id: system changes (no positive actor id) are neither bursts nor out of hours. */
function personOf(record: AuditLog): number | undefined {
  const actor: unknown = record.actor_id;
  return typeof actor === 'number' && actor > 0 ? actor : undefined;
}

/**
 * Detections record by record, for a stream in `created_at` order (either way).
 * `push` each record; it returns the records whose detections are now final, in the
 * order pushed; `flush` at the end returns the rest.
 *
 * @example
 * const detector = new Detector({ rules: compileRules(), baseline });
 * for await (const record of records) for (const done of detector.push(record)) write(done);
 * for (const done of detector.flush()) write(done);
 */
export class Detector {
  readonly #rules: RuleSet;
  readonly #hours: WorkingHours | undefined;
  readonly #baseline: SignInBaseline | undefined;
  readonly #burst: WindowRule<'burst'> | undefined;
  readonly #burstActions: ReadonlySet<string>;
  readonly #burstMs: number;
  readonly #revert: WindowRule<'revert'> | undefined;
  readonly #revertMs: number;
  readonly #newAddress: WindowRule<'new-sign-in-ip'> | undefined;
  readonly #outOfHours: WindowRule<'working-hours'> | undefined;
  /** Records not yet released, in the order pushed, from `#head` on. */
  #queue: (Pending | undefined)[] = [];
  #head = 0;
  /** The last record's time, and which way time runs in the stream (0 until two times differ). */
  #position: number | undefined;
  #ascending = 0;
  /** Per source type, per setting (its id, else its label): its last change seen. */
  readonly #lastChange = new Map<unknown, Map<unknown, Pending>>();
  /** The working-hours detection for each local time it names. */
  readonly #outOfHoursAt = new Map<string, Detection>();
  /** The revert detection for each reason: one object per reason (up to `MAX_REVERT_REASONS`). */
  readonly #revertFor = new Map<string, Detection>();
  /** Per person, their deletions and exports within reach, in stream order. */
  readonly #recent = new Map<number, Pending[]>();
  #pushed = 0;

  constructor(options: DetectorOptions = {}) {
    this.#rules = options.rules ?? compileRules();
    this.#hours = options.workingHours;
    this.#baseline = options.baseline;
    this.#burst = this.#rules.window('burst');
    this.#burstActions = new Set(this.#burst?.spec.actions ?? []);
    this.#burstMs = (this.#burst?.spec.within_minutes ?? 0) * 60_000;
    this.#revert = this.#rules.window('revert');
    this.#revertMs = this.#revert ? this.#revert.spec.within_minutes * 60_000 : QUICK_REVERT_MS;
    this.#newAddress = options.baseline ? this.#rules.window('new-sign-in-ip') : undefined;
    this.#outOfHours = options.workingHours ? this.#rules.window('working-hours') : undefined;
  }

  /** How many records are held back now: the detector's memory. */
  get held(): number {
    return this.#queue.length - this.#head;
  }

  /** Adds the next record of the stream; returns the records now final, in the order pushed. */
  push(record: AuditLog): readonly DetectedRecord[] {
    const at = createdAtMs(record);
    this.#advance(record, at);
    const id = Number(record.id);
    const pending: Pending = {
      record,
      at,
      id,
      found: this.#rules.detect(record),
      horizon: 0,
      awaitsNext: false,
      inBurst: false,
      undoneAfterMs: undefined,
      putsBackAfterMs: undefined,
      newAddress: this.#newAddress !== undefined && this.#baseline!.isNewAddress(record, at),
      outOfHours: undefined,
      change_from: null,
      change_to: null,
    };
    const person = personOf(record);
    if (this.#outOfHours && person !== undefined && !isSignIn(record) && !this.#hours!.contains(at)) {
      pending.outOfHours = this.#hours!.localText(at);
    }
    if (this.#burst && person !== undefined && this.#burstActions.has(String(record.action))) this.#addToBurst(pending, person);
    if (this.#revert && !isSignIn(record)) this.#addChange(pending);
    this.#queue.push(pending);
    if (++this.#pushed % SWEEP_EVERY === 0) this.#sweep();
    return this.#release(false);
  }

  /** The records still held, with final detections: the stream has ended (the detector may start another). */
  flush(): readonly DetectedRecord[] {
    const released = this.#release(true);
    this.#lastChange.clear();
    this.#recent.clear();
    this.#position = undefined;
    this.#ascending = 0;
    return released;
  }

  /** Moves the stream's position to `at`, refusing a record that goes back against the stream's order. */
  #advance(record: AuditLog, at: number): void {
    const position = this.#position;
    if (position !== undefined && at !== position) {
      const ascending = at > position ? 1 : -1;
      if (this.#ascending === 0) this.#ascending = ascending;
      else if (ascending !== this.#ascending) {
        throw new RangeError(
          `audit log ${
            String(record.id)
          } (${record.created_at}) is out of order: the detector needs records in created_at order, either way`,
        );
      }
    }
    this.#position = at;
  }

  /** Records a deletion or export; when its person has made enough within the burst's span, marks them all. */
  #addToBurst(pending: Pending, person: number): void {
    pending.horizon = Math.max(pending.horizon, this.#burstMs);
    let recent = this.#recent.get(person);
    if (!recent) this.#recent.set(person, recent = []);
    let first = 0;
    while (first < recent.length && Math.abs(pending.at - recent[first]!.at) > this.#burstMs) first++;
    if (first > 0) recent.splice(0, first);
    recent.push(pending);
    if (recent.length < this.#burst!.spec.count) return;
    // All of them lie within the span of this one, on the side the stream came from: a burst.
    for (const member of recent) member.inBurst = true;
  }

  /** Records a change of a setting; when it and the setting's previous change are a revert, marks both. */
  #addChange(pending: Pending): void {
    const values = changeOf(pending.record);
    pending.change_from = values.change_from;
    pending.change_to = values.change_to;
    pending.awaitsNext = values.change_from !== null || values.change_to !== null;
    // As `settingKey`: a source id, else the label.
    const { source_type: type, source_id: id, source_label: label } = pending.record as Record<string, unknown>;
    const group = typeof id === 'number' ? type : BY_LABEL;
    let settings = this.#lastChange.get(group);
    if (!settings) this.#lastChange.set(group, settings = new Map());
    const key = typeof id === 'number' ? id : String(label);
    const previous = settings.get(key);
    settings.set(key, pending);
    if (!previous) return;
    // Its neighbours on both sides are known now: whatever this pair is, its revert detection is final.
    previous.awaitsNext = false;
    // Zendesk orders records of one second by id: the smaller id came first.
    const previousFirst = previous.at < pending.at || (previous.at === pending.at && previous.id < pending.id);
    const change = previousFirst ? previous : pending;
    const undo = previousFirst ? pending : previous;
    if (!undoes(change, undo, this.#revertMs)) return;
    change.undoneAfterMs = undo.putsBackAfterMs = Math.max(0, undo.at - change.at);
  }

  /** The record with its detections: the record rules', then the window rules' in the table's order, highest severity first. */
  #final(pending: Pending): DetectedRecord {
    const { record, found } = pending;
    const reverted = pending.undoneAfterMs !== undefined || pending.putsBackAfterMs !== undefined;
    // Record rules' detections come highest first.
    if (!pending.inBurst && !reverted && !pending.newAddress && !pending.outOfHours) {
      return { record, detections: found, severity: found[0]?.severity ?? null };
    }
    const added: Detection[] = [];
    if (pending.inBurst) added.push(this.#burst!.detection);
    if (reverted) added.push(this.#revertDetection(revertReason(pending.putsBackAfterMs, pending.undoneAfterMs)));
    if (pending.newAddress) added.push(this.#newAddress!.detection);
    if (pending.outOfHours) added.push(this.#outOfHoursDetection(pending.outOfHours));
    // Stable: a window rule's detection follows the record rules' of the same severity.
    const detections = found.length === 0 ? added : [...found, ...added];
    if (detections.length > 1) detections.sort((a, b) => compareSeverity(b.severity, a.severity));
    return { record, detections, severity: highestSeverity(detections) };
  }

  /** The revert detection with `reason`, made once per reason. */
  #revertDetection(reason: string): Detection {
    let detection = this.#revertFor.get(reason);
    if (!detection) {
      if (this.#revertFor.size >= MAX_REVERT_REASONS) this.#revertFor.clear();
      detection = Object.freeze({ ...this.#revert!.detection, reason });
      this.#revertFor.set(reason, detection);
    }
    return detection;
  }

  /** The working-hours detection of a change made at `localText`, made once per local time. */
  #outOfHoursDetection(localText: string): Detection {
    let detection = this.#outOfHoursAt.get(localText);
    if (!detection) {
      detection = Object.freeze({ ...this.#outOfHours!.detection, reason: `Made ${localText}, outside ${this.#hours!.text}.` });
      this.#outOfHoursAt.set(localText, detection);
    }
    return detection;
  }

  /** Whether `pending` must wait for more of the stream, which is at `position`, before its detections are final. */
  #waits(pending: Pending, position: number): boolean {
    const distance = Math.abs(position - pending.at);
    return (pending.awaitsNext && distance <= this.#revertMs) || (pending.horizon > 0 && distance <= pending.horizon);
  }

  /** The held records from the front whose wait is over (all of them at the end). */
  #release(all: boolean): readonly DetectedRecord[] {
    const queue = this.#queue;
    const position = this.#position!;
    let released: DetectedRecord[] | undefined;
    while (this.#head < queue.length) {
      const pending = queue[this.#head]!;
      if (!all && this.#waits(pending, position)) break;
      (released ??= []).push(this.#final(pending));
      queue[this.#head++] = undefined;
    }
    if (this.#head === queue.length) {
      queue.length = 0;
      this.#head = 0;
    } else if (this.#head > 4096 && this.#head * 2 > queue.length) {
      this.#queue = queue.slice(this.#head);
      this.#head = 0;
    }
    return released ?? NOTHING;
  }

  /** Drops the last changes and recent deletions that no later record can reach. */
  #sweep(): void {
    const position = this.#position!;
    for (const [type, settings] of this.#lastChange) {
      for (const [key, change] of settings) if (Math.abs(position - change.at) > this.#revertMs) settings.delete(key);
      if (settings.size === 0) this.#lastChange.delete(type);
    }
    for (const [person, recent] of this.#recent) if (Math.abs(position - recent.at(-1)!.at) > this.#burstMs) this.#recent.delete(person);
  }
}

/**
 * The records of a stream in `created_at` order (either way) with their detections, in
 * the same order, holding back only what the window rules need (see {@link Detector}).
 */
export async function* detectStream(records: AsyncIterable<AuditLog>, options: DetectorOptions = {}): AsyncGenerator<DetectedRecord> {
  const detector = new Detector(options);
  for await (const record of records) yield* detector.push(record);
  yield* detector.flush();
}

/** The detections of `records` in any order, returned in their order: for a window held in memory (the Action's). */
export function detectAll(records: readonly AuditLog[], options: DetectorOptions = {}): DetectedRecord[] {
  const times = records.map(createdAtMs);
  const order = records.map((_, index) => index).sort((a, b) => times[a]! - times[b]! || Number(records[a]!.id) - Number(records[b]!.id));
  const detector = new Detector(options);
  const results = new Array<DetectedRecord>(records.length);
  let next = 0;
  const place = (done: readonly DetectedRecord[]) => {
    for (const detected of done) results[order[next++]!] = detected;
  };
  for (const index of order) place(detector.push(records[index]!));
  place(detector.flush());
  return results;
}

/** What JSON and NDJSON records gain: `detections` as `{rule, severity, reason}` (empty when none) and the highest `severity` (or null). */
export function detectionFields(detected: DetectedRecord): {
  detections: { rule: string; severity: Severity; reason: string }[];
  severity: Severity | null;
} {
  return {
    detections: detected.detections.map(({ rule, severity, reason }) => ({ rule, severity, reason })),
    severity: detected.severity,
  };
}
