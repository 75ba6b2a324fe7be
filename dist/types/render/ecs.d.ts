import { type DetectedRecord } from '../review/detector.ts';
/** The ECS release the documents follow (`ecs.version`). */
export declare const ECS_VERSION = "9.4.0";
export interface EcsOptions {
    /** The Zendesk account (its subdomain): `organization.id`. */
    account?: string;
}
/** An ECS document: the fields below and the rest of the record under `zendesk.audit`. */
export interface EcsDocument {
    '@timestamp': string;
    ecs: {
        version: string;
    };
    event: {
        kind: 'event';
        module: 'zendesk';
        dataset: 'zendesk.audit';
        id: string;
        action: string;
        category: string[];
        type: string[];
        outcome: 'success' | 'failure';
        severity: number;
    };
    message: string;
    zendesk: {
        audit: Record<string, unknown>;
    };
    [field: string]: unknown;
}
/**
 * The ECS document of a record with its detections.
 *
 * @example ecsDocument({ record, detections: [], severity: null }).event.category // ['configuration'] for a setting's update
 */
export declare function ecsDocument(detected: DetectedRecord, options?: EcsOptions): EcsDocument;
/** ECS documents as NDJSON, one line per record, yielded as each arrives. */
export declare function renderEcs(records: AsyncIterable<DetectedRecord> | Iterable<DetectedRecord>, options?: EcsOptions): AsyncGenerator<string>;
