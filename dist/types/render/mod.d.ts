/**
 * Renderers: audit-log records in, text out, no I/O. Records arrive as an
 * `AsyncIterable` and the `render*` generators yield as they go, so a large export
 * streams in constant memory.
 */
export { CSV_COLUMNS, type CsvOptions, renderCsv } from './csv.ts';
export { type JsonOptions, renderJson, renderNdjson } from './json.ts';
export { localize } from './localize.ts';
export { type HeaderOptions, idMarker, MAX_TEXT_LENGTH, type MarkdownOptions, neutralise, readIdMarkers, renderMarkdown, reportHeader, reportRow, reportTitle, type RowOptions, type TitleOptions, } from './markdown.ts';
export { changeLine, NO_SETTING_UPDATES, renderText, type TextOptions, userDetails } from './text.ts';
