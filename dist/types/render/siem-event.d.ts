import type { AuditLog } from '../types.ts';
import type { Severity } from '../review/rule.ts';
/** What happened to a person's account. */
export type AccountActivity = 'create' | 'delete' | 'enable' | 'disable' | 'password-change' | 'password-reset' | 'mfa-enable' | 'mfa-disable' | 'role-change';
/**
 * The kind of object a change is to: a person (a change none of the account activities
 * names, such as their groups or email), an agent group, a way into the account that is
 * no person (API tokens, OAuth clients, roles), or anything else the account is
 * configured with (settings, rules, apps, forms, brands, tickets).
 */
export type ObjectKind = 'user' | 'group' | 'access' | 'configuration';
/** What the record's `action` did to its object: `exported` reads it. */
export type Lifecycle = 'create' | 'read' | 'update' | 'delete' | 'other';
/** A person as the record names them; either may be missing. */
export interface Party {
    /** The Zendesk user id, as text. */
    id?: string;
    name?: string;
    /** Zendesk itself (no positive user id), not a person. */
    system?: boolean;
}
/** The object a record is about, as it names it. */
export interface Source {
    /** `source_id`, as text. */
    id?: string;
    /** `source_label`. */
    name?: string;
    /** `source_type`, as Zendesk wrote it (`account_setting`, `zendesk/app_market/app`). */
    type: string;
}
interface Common {
    lifecycle: Lifecycle;
    source: Source;
    /** Who acted. */
    actor: Party;
    /** The address the actor came from, when the record holds a valid one. */
    ip?: string;
    /** `Joe Agent updated 'Security: Session expiration': Changed from 10 minutes to 30 minutes`. */
    message: string;
}
/** A record read for a SIEM. */
export type SiemEvent = Common & ({
    kind: 'sign-in';
    user: Party;
    failed: boolean;
} | {
    kind: 'account';
    activity: AccountActivity;
    user: Party;
} | {
    kind: 'object';
    object: ObjectKind;
    user?: Party;
});
/**
 * What `record` is to a SIEM.
 *
 * @example siemEvent({ ...record, source_type: 'user', change_description: 'Suspended: Turned on' })
 *   // { kind: 'account', activity: 'disable', user: { id: '1509756499999', name: 'Emily Chen' }, ... }
 */
export declare function siemEvent(record: AuditLog): SiemEvent;
/**
 * A record's highest detection as a number, one scale for both formats: 4 high, 3
 * medium, 2 low, 1 none; OCSF's `severity_id` values High, Medium, Low and Informational
 * (the base event's `severity_id`, https://schema.ocsf.io/1.8.0/base_event).
 */
export declare function severityLevel(severity: Severity | null): 1 | 2 | 3 | 4;
export {};
