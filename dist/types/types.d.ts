/**
 * Shapes of the Zendesk resources this project reads, as the API returns them.
 * https://developer.zendesk.com/api-reference/ticketing/account-configuration/audit_logs/
 */
/** The fields of an audit-log record that Zendesk documents. Ids exceed 2^32 but stay below 2^53, so JSON numbers hold them. */
export interface AuditLogFields {
    url: string;
    id: number;
    action_label: string;
    actor_id: number;
    actor_name: string;
    source_id: number;
    source_type: string;
    source_label: string;
    /** `create`, `destroy`, `exported`, `login` or `update`. */
    action: string;
    change_description: string;
    /** Null for system actors. */
    ip_address: string | null;
    /** UTC, second precision: `2024-05-21T22:34:33Z`. */
    created_at: string;
}
/**
 * One audit-log record as the API returns it: the documented fields and any others, kept
 * as they came. (`Omit` over this type loses the named fields to the index signature: use
 * {@link AuditLogFields} for a part of a record.)
 */
export interface AuditLog extends AuditLogFields {
    [field: string]: unknown;
}
/** An audit-log record with the time it happened in the reader's zone. */
export interface LocalizedAuditLog extends AuditLog {
    /** Temporal `ZonedDateTime` text: `2024-05-21T15:34:33-07:00[America/Los_Angeles]`. */
    created_at_local: string;
}
/** A Zendesk user; only the fields this project reads are typed. */
export interface User {
    id: number;
    url: string;
    name: string;
    email: string | null;
    role: string;
    /** Rails-style name such as "Pacific Time (US & Canada)". */
    time_zone: string | null;
    /** IANA id such as "America/Los_Angeles". */
    iana_time_zone: string | null;
    last_login_at: string | null;
    two_factor_auth_enabled: boolean | null;
    suspended: boolean;
    active: boolean;
    [field: string]: unknown;
}
/** Cursor-pagination envelope of `GET /api/v2/audit_logs?page[size]=N`. */
export interface CursorPage {
    meta: {
        has_more: boolean;
        after_cursor: string | null;
        before_cursor: string | null;
    };
    links: {
        next: string | null;
        prev: string | null;
    };
    [key: string]: unknown;
}
