/**
 * Packs report rows into issue and comment bodies that GitHub accepts.
 *
 * GitHub refuses a body longer than 65,536 characters (422 "body is too long"). We
 * count UTF-16 code units (`String.length`), which is never less than the number of
 * characters GitHub counts, so a body that fits here fits there.
 */
/** GitHub's limit on an issue or comment body. */
export const MAX_BODY_LENGTH = 65_536;

/** Which body (1-based) holds the row of the audit log with this id; undefined when none does. */
export type Placement = (id: number) => number | undefined;

/** Which of several bodies this is (1-based), for a "part 2 of 3" header. */
export interface BodyPart {
  index: number;
  total: number;
}

export interface SplitOptions<T> {
  /**
   * The text before the rows (heading, window, table header); `part` is set when there
   * are several bodies. The first body's header may say where rows landed (the review
   * sections name a change's id only in the body holding its row): it is called without
   * `place` to be measured, and must then be at its longest, and with `place` once the
   * rows are placed, when it must be no longer.
   */
  header(part: BodyPart | undefined, place?: Placement): string;
  /**
   * One table row for `item`, without a line break. With `maxTextLength`, the row's
   * Zendesk text is cut to about that many characters and marked as shortened; the
   * id must stay. Called again with smaller values for a row that alone does not fit.
   */
  row(item: T, maxTextLength?: number): string;
  /** The audit-log id of `item`. */
  id(item: T): number;
  /**
   * The hidden marker that carries the ids of one body's rows (`markerDraft`), and what
   * it says of each: `items` are the body's, `index` which body it is (1-based), of
   * `total`.
   */
  marker(items: readonly T[], index: number, total: number): string;
  /**
   * How many characters `item` adds to its body's marker; by default its id and a
   * separator. An estimate that is short only makes bodies be packed again.
   */
  markerCost?(item: T): number;
  /** Most UTF-16 code units in one body; default `MAX_BODY_LENGTH`. */
  limit?: number;
}

/** One issue or comment body and the ids of the rows it lists. */
export interface Body {
  text: string;
  ids: number[];
}

/** Text lengths tried, in turn, for a row that alone would not fit in a body. */
const SHORTER_TEXT_LENGTHS = [200, 50, 10, 1];

interface Row<T> {
  item: T;
  id: number;
  text: string;
  /** What it adds to its body's marker. */
  markerCost: number;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function render<T>(options: SplitOptions<T>, header: string, rows: readonly Row<T>[], index: number, total: number): Body {
  // The marker carries the ids of this body's rows and nothing else, whatever the header mentions.
  const ids = rows.map((row) => row.id);
  let text = withNewline(header);
  for (const row of rows) text += `${row.text}\n`;
  return { text: `${text}\n${options.marker(rows.map((row) => row.item), index, total)}\n`, ids };
}

/**
 * What one row adds to a body: itself, its line break, and what it adds to the marker
 * (by default its id with a separator: a marker lists `1,2,3`; one separator per id
 * over-counts by one per body, which only makes the estimate safe).
 */
function cost<T>(row: Row<T>): number {
  return row.text.length + 1 + row.markerCost;
}

/** Greedy packing: rows in order, a new body whenever the next row would pass the room of the body it is in. */
function pack<T>(rows: readonly Row<T>[], firstRoom: number, room: number): Row<T>[][] {
  const groups: Row<T>[][] = [];
  let current: Row<T>[] = [];
  let used = 0;
  for (const row of rows) {
    const size = cost(row);
    if (current.length > 0 && used + size > (groups.length === 0 ? firstRoom : room)) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(row);
    used += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Splits the rows of `items` (in order) into bodies of at most `limit` characters:
 * each is the header, a run of rows and a marker with the ids of exactly those rows,
 * so every item appears, with its id, in exactly one body. One body when everything
 * fits; otherwise each header says "part i of n". A row that alone would not fit is
 * rendered again with shorter text (it keeps its id). No items, no bodies.
 *
 * @example splitBody(records, { header, row: (log) => reportRow(log, context), id: (log) => log.id, marker: (logs) => markerDraft({ ...claim, ids: logs.map((log) => log.id) }) })
 */
export function splitBody<T>(items: readonly T[], options: SplitOptions<T>): Body[] {
  const limit = options.limit ?? MAX_BODY_LENGTH;
  if (items.length === 0) return [];

  // Everything in one body, when it fits.
  const single = options.header(undefined);
  // Numbered with as many parts as items: at least as long as any real count.
  const markerBase = Math.max(options.marker([], 1, items.length).length, options.marker([], 2, items.length).length);
  const markerCost = (item: T) => options.markerCost?.(item) ?? String(options.id(item)).length + 1;
  const rows: Row<T>[] = items.map((item) => ({ item, id: options.id(item), text: options.row(item), markerCost: markerCost(item) }));
  const whole = single.length + 1 + markerBase + 2 + rows.reduce((sum, row) => sum + cost(row), 0);
  if (whole <= limit) {
    const body = render(options, options.header(undefined, () => 1), rows, 1, 1);
    if (body.text.length <= limit) return [body];
  }

  // Several bodies. There are at most as many as items, so a header numbered with that
  // many digits is at least as long as any real one. The first body's header may be
  // longer than the others' (the review sections): each gets its own room.
  const most = items.length;
  const firstHeader = Math.max(options.header({ index: 1, total: most }).length, single.length);
  const otherHeader = most < 2
    ? 0
    : Math.max(options.header({ index: 2, total: most }).length, options.header({ index: most, total: most }).length);
  // Header, its line break, the blank line before the marker, the marker's frame, its line break.
  const frame = 1 + 1 + markerBase + 1;
  let fixedFirst = firstHeader + frame;
  let fixed = otherHeader + frame;
  if (Math.max(fixedFirst, fixed) >= limit) {
    throw new RangeError(`a report header of ${Math.max(firstHeader, otherHeader)} characters leaves no room for rows within ${limit}`);
  }

  // A row is shortened to fit whichever body is smaller, so any body can take it.
  const largestFixed = Math.max(fixedFirst, fixed);
  for (const [index, row] of rows.entries()) {
    if (largestFixed + cost(row) <= limit) continue;
    rows[index] = shortened(items[index]!, row, limit - largestFixed, options);
  }

  // The estimate above is exact for a marker that grows by its ids alone; should a
  // marker be longer than estimated, the overflow is added to the fixed part and the
  // rows packed again.
  for (;;) {
    const groups = pack(rows, limit - fixedFirst, limit - fixed);
    const total = groups.length;
    const partOf = new Map<number, number>();
    groups.forEach((group, index) => group.forEach((row) => partOf.set(row.id, index + 1)));
    const place: Placement = (id) => partOf.get(id);
    const bodies = groups.map((group, index) =>
      render(options, options.header(total > 1 ? { index: index + 1, total } : undefined, place), group, index + 1, total)
    );
    const overflow = Math.max(...bodies.map((body) => body.text.length - limit));
    if (overflow <= 0) return bodies;
    fixedFirst += overflow;
    fixed += overflow;
    if (Math.max(fixedFirst, fixed) >= limit) throw new RangeError(`report bodies do not fit within ${limit} characters`);
  }
}

/** The row rendered with shorter and shorter text until it fits `room`. */
function shortened<T>(item: T, row: Row<T>, room: number, options: SplitOptions<T>): Row<T> {
  for (const length of SHORTER_TEXT_LENGTHS) {
    const text = options.row(item, length);
    const candidate = { ...row, text };
    if (cost(candidate) <= room) return candidate;
  }
  throw new RangeError(`the row of audit log ${row.id} does not fit in a body of ${room} characters even when shortened`);
}
