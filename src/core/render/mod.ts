/**
 * Renderers: audit-log records in, text out, no I/O. Records arrive as an
 * `AsyncIterable` and the `render*` generators yield as they go, so a large export
 * streams in constant memory.
 */
export { CSV_COLUMNS, type CsvOptions, csvRow, renderCsv, REVIEWED_CSV_COLUMNS } from './csv.ts';
export { ECS_VERSION, type EcsDocument, ecsDocument, type EcsOptions, renderEcs } from './ecs.ts';
export { type JsonOptions, renderJson, renderNdjson } from './json.ts';
export { type DetectionField, localize, localizeReviewed, REVIEW_FIELDS, type ReviewedAuditLog } from './localize.ts';
export {
  type HeaderOptions,
  type MarkdownOptions,
  markdownReport,
  MAX_TEXT_LENGTH,
  neutralise,
  renderMarkdown,
  reportHeader,
  reportRow,
  type RowOptions,
} from './markdown.ts';
export { OCSF_VERSION, type OcsfEvent, ocsfEvent, type OcsfOptions, renderOcsf } from './ocsf.ts';
export {
  type AccountActivity,
  type Lifecycle,
  type ObjectKind,
  type Party,
  severityLevel,
  type SiemEvent,
  siemEvent,
  type Source,
} from './siem-event.ts';
export { breakCommandsAfterLineStart, breakWorkflowCommands, escapeUnsafe, escapeUnsafeInJson, replaceUnsafe } from './unsafe.ts';
export {
  attentionIds,
  attentionSection,
  glanceSection,
  type ItemEnd,
  repeatedSection,
  reviewSections,
  runbookMarkdown,
  type SectionOptions,
  SENSITIVE_MARK,
  severityCounts,
  spanText,
} from './review.ts';
export { changeLine, detectionMark, NO_SETTING_UPDATES, renderText, type TextOptions, userDetails } from './text.ts';
