import { type DetectedRecord } from '../review/detector.ts';
/** The OCSF release the events follow (`metadata.version`). */
export declare const OCSF_VERSION = "1.8.0";
export interface OcsfOptions {
    /** The Zendesk account (its subdomain): `metadata.tenant_uid`, and the `service` signed in to. */
    account?: string;
}
/** An OCSF event: the classification and the attributes below, and others its class allows. */
export interface OcsfEvent {
    category_uid: 3;
    class_uid: 3001 | 3002 | 3004;
    activity_id: number;
    type_uid: number;
    severity_id: 1 | 2 | 3 | 4;
    time: number;
    metadata: Record<string, unknown>;
    unmapped: {
        zendesk: Record<string, unknown>;
    };
    [attribute: string]: unknown;
}
/**
 * The OCSF event of a record with its detections. Attributes the record cannot fill are
 * left undefined, which JSON leaves out.
 *
 * @example ocsfEvent({ record, detections: [], severity: null }).type_uid // 300403 for a setting's update
 */
export declare function ocsfEvent(detected: DetectedRecord, options?: OcsfOptions): OcsfEvent;
/** OCSF events as NDJSON, one line per record, yielded as each arrives. */
export declare function renderOcsf(records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>, options?: OcsfOptions): AsyncGenerator<string>;
