import type { NetworkFailure } from './network-failure.ts';
/**
 * What a failure without an answer means, and whether another try may help.
 *
 * @example networkFailureReason({ kind: 'refused' }, new URL('http://127.0.0.1:8080'), 'ZENDESK_BASE_URL')
 * // { reason: 'nothing listens at http://127.0.0.1:8080 (connection refused): check the port in ZENDESK_BASE_URL, or start the server there', retriable: false }
 */
export declare function networkFailureReason(failure: NetworkFailure, baseUrl: URL, setting?: string): {
    reason: string;
    retriable: boolean;
};
/**
 * The hint for an answer that says the base URL reaches no Zendesk account: a redirect
 * (never followed: the credentials stay with the configured origin), or a 404 from the
 * endpoints every account has (the token endpoint and the audit log). Undefined for
 * other answers (a 404 of `/api/v2/users/42` is an unknown user).
 */
export declare function wrongAddressHint(status: number, path: string, baseUrl: URL, setting?: string): string | undefined;
