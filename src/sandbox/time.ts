/** Zendesk's timestamp format: UTC, second precision, `Z`. */
const ZENDESK_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The first and the last epoch second with a four-digit year, where the timestamps' text sorts as their times. */
export const FOUR_DIGIT_YEARS = [-62_167_219_200, 253_402_300_799] as const;

/** `1716330873` → `2024-05-21T22:34:33Z`. */
export function isoSeconds(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 19) + 'Z';
}

/** Epoch seconds of an exact `YYYY-MM-DDTHH:MM:SSZ`, or `undefined` for any other text, or an impossible date such as `2024-02-30T00:00:00Z`. */
export function parseZendeskTimestamp(text: string): number | undefined {
  const milliseconds = Date.parse(text);
  const exact = ZENDESK_TIMESTAMP.test(text) && !Number.isNaN(milliseconds) && isoSeconds(milliseconds / 1000) === text;
  return exact ? milliseconds / 1000 : undefined;
}
