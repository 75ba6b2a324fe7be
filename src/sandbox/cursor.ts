/**
 * Opaque pagination cursors. Like Zendesk's they are base64 JSON naming the sort key and
 * the position of a record (here base64url, so they need no escaping in a query). They
 * hold a position, not an index, so they stay correct when records are added between
 * pages.
 */
import type { Position } from './store.ts';

/** `{seconds, id}` → `eyJvIjoiY3JlYXRlZF9hdCxpZCIsInYiOlsxNzE2MzMwODczLDIzNjQ5MTE0NjkwODM5XX0`. */
export function encodeCursor(position: Position): string {
  const json = JSON.stringify({ o: 'created_at,id', v: [position.seconds, position.id] });
  return btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The position in a cursor, or `undefined` when it is not one of ours. */
export function decodeCursor(cursor: string): Position | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) return undefined;
  try {
    const parsed: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const value = (parsed as { v?: unknown }).v;
    if (!Array.isArray(value) || value.length !== 2 || !value.every((part) => Number.isSafeInteger(part))) return undefined;
    return { seconds: value[0] as number, id: value[1] as number };
  } catch {
    return undefined;
  }
}
