/** Throws a `ZendeskError` naming the first of `records` whose id is not exact, if any. */
export declare function checkRecordIds(path: string, records: readonly unknown[]): void;
