/** The sandbox's options, their defaults, and the checks they get before anything starts. */
import { DNS_LABEL } from '../core/auth/dns-label.ts';
import { wholeNumberOf } from '../core/whole-number.ts';
import { DEFAULT_MIX, SOURCE_TYPES } from './generate.ts';
import { checkClient, DEMO_OAUTH_CLIENT, type OAuthClient } from './oauth.ts';

/** What the sandbox accepts, and what `--demo` signs in with. */
export const DEMO_CREDENTIALS = Object.freeze({
  email: 'admin@sandbox.example',
  apiToken: 'sandbox-api-token',
  oauthToken: 'sandbox-oauth-token',
});

/** The faults the sandbox can play, one per request. */
export const FAULT_KINDS = ['429', '503', '500', '502', '504', 'reset', 'truncate', 'slow', 'html', 'replay'] as const;
/**
 * `429`: plain text with `Retry-After` (default 1 s); `503`: JSON with `Retry-After` (default 1 s); `html`: a 503 HTML
 * maintenance page; `500`: JSON; `502`, `504`: a proxy's HTML page; `reset`: the connection dropped without an answer;
 * `truncate`: the full `Content-Length`, half the body, then the connection drops; `slow`: the answer after `ms` (default
 * 2000, or `chaos.slowMs`); `replay`: a cursor page answered with the body of the one served before it.
 */
export type FaultKind = (typeof FAULT_KINDS)[number];
/** A fault to inject: a kind, or a kind with its `Retry-After` (seconds or HTTP date) or delay. */
export type Fault = FaultKind | { kind: FaultKind; retryAfter?: number | string; ms?: number };

export interface ChaosOptions {
  /** Seed of the fault schedule, independent of the data's seed. */
  seed: number;
  /** Probability in [0, 1] that a request gets a fault. */
  rate: number;
  /** Which faults to draw from; default all of {@link FAULT_KINDS}. */
  kinds?: FaultKind[];
  /** `Retry-After` of 429 and 503 faults is drawn from 1..this; default 2. */
  retryAfterMaxSeconds?: number;
  /** Delay of `slow` faults; default 2000 ms. */
  slowMs?: number;
}

export interface SandboxOptions {
  /** Seed of the generated account; same seed and same `now`, same data. Default 1. */
  seed?: number;
  /** Generated audit-log records; default 400. */
  records?: number;
  /** The records spread over the `days` before `now`; default 90. */
  days?: number;
  /** Epoch ms the data is dated from; default the start of the current UTC hour, so a demo tried twice shows the same records. */
  now?: number;
  /** Current time for rate limiting and `addRecords`; default `Date.now`. */
  clock?: () => number;
  /** Relative weights of source types; default {@link DEFAULT_MIX}. `{account_setting: 1}` gives only settings changes. */
  mix?: Record<string, number>;
  /** `professional`: every audit-log request gets Zendesk's 403. Default `enterprise`. */
  plan?: 'enterprise' | 'professional';
  /** Requests per rolling window; default 700 (Enterprise); 0 = unlimited. */
  rateLimit?: number;
  /** Default 60 000. */
  rateWindowMs?: number;
  /** Added before every response, errors included; default 0. */
  latencyMs?: number;
  /** Random faults on a seeded schedule. */
  chaos?: ChaosOptions;
  /** Default {@link DEMO_CREDENTIALS}. */
  credentials?: { email: string; apiToken: string; oauthToken: string };
  /** The confidential OAuth client `POST /oauth/tokens` accepts; default {@link DEMO_OAUTH_CLIENT}. */
  oauthClient?: OAuthClient;
  /** Seconds (fractions allowed) minted tokens live, whatever the client asks, to see them expire mid-run; default its ask, else 1800. */
  tokenLifetimeSeconds?: number;
  /** Appears in sign-in descriptions and email addresses; default `sandbox`. */
  subdomain?: string;
  /**
   * Adds episodes.ts's scripted episodes (security weakened and restored, reverted changes; a record for each built-in
   * detection rule over the last 30 days); default false.
   */
  episodes?: boolean;
}

/** The options with every default filled in. */
export type ResolvedOptions = Required<Omit<SandboxOptions, 'chaos' | 'tokenLifetimeSeconds'>> & {
  chaos: Required<ChaosOptions> | undefined;
  tokenLifetimeSeconds: number | undefined;
};

/** Fills in defaults; throws `RangeError` or `TypeError` naming the first bad option. */
export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  const { clock = Date.now, plan = 'enterprise', subdomain = 'sandbox', chaos, oauthClient = DEMO_OAUTH_CLIENT } = options;
  const credentials = { ...(options.credentials ?? DEMO_CREDENTIALS) };
  const mix = { ...(options.mix ?? DEFAULT_MIX) };
  check(typeof clock === 'function', 'clock must be a function returning epoch milliseconds', TypeError);
  check(plan === 'enterprise' || plan === 'professional', `plan must be 'enterprise' or 'professional', not ${JSON.stringify(plan)}`);
  check(DNS_LABEL.test(subdomain), `subdomain must be a DNS label such as 'acme', not ${JSON.stringify(subdomain)}`);
  for (const key of ['email', 'apiToken', 'oauthToken'] as const) {
    const value: unknown = credentials[key];
    check(typeof value === 'string' && value !== '', `credentials.${key} must be a non-empty string`, TypeError);
  }
  for (const [type, weight] of Object.entries(mix)) {
    check(SOURCE_TYPES.includes(type), `mix: unknown source type ${JSON.stringify(type)}; expected some of ${SOURCE_TYPES.join(', ')}`);
    checked(`mix.${type}`, weight, 'not negative');
  }
  check(Object.values(mix).some((weight) => weight > 0), 'mix needs at least one positive weight');
  const { tokenLifetimeSeconds: lifetime } = options;
  return {
    seed: checked('seed', options.seed ?? 1),
    records: checked('records', options.records ?? 400, 'a whole number'),
    days: checked('days', options.days ?? 90, 'positive'),
    now: checked('now', options.now ?? Math.floor(Date.now() / 3_600_000) * 3_600_000),
    clock,
    mix,
    plan,
    rateLimit: checked('rateLimit', options.rateLimit ?? 700, 'a whole number'),
    rateWindowMs: checked('rateWindowMs', options.rateWindowMs ?? 60_000, 'positive'),
    latencyMs: checked('latencyMs', options.latencyMs ?? 0, 'not negative'),
    chaos: chaos && checkChaos(chaos),
    credentials,
    oauthClient: checkClient(oauthClient),
    tokenLifetimeSeconds: lifetime === undefined ? undefined : checked('tokenLifetimeSeconds', lifetime, 'positive'),
    subdomain,
    episodes: options.episodes === true,
  };
}

/** Checks one fault and gives it its object form. */
export function normaliseFault(fault: Fault): { kind: FaultKind; retryAfter?: number | string; ms?: number } {
  const normalised = typeof fault === 'string' ? { kind: fault } : { ...fault };
  const { kind, ms } = normalised;
  const known = (FAULT_KINDS as readonly string[]).includes(kind);
  check(known, `unknown fault ${JSON.stringify(kind)}; expected one of ${FAULT_KINDS.join(', ')}`);
  if (ms !== undefined) checked('fault ms', ms, 'not negative');
  return normalised;
}

function checkChaos(chaos: ChaosOptions): Required<ChaosOptions> {
  const rate = checked('chaos.rate', chaos.rate);
  check(rate >= 0 && rate <= 1, `chaos.rate must be between 0 and 1, not ${rate}`);
  const kinds = chaos.kinds ?? [...FAULT_KINDS];
  check(kinds.length > 0, 'chaos.kinds must name at least one fault');
  kinds.forEach(normaliseFault);
  return {
    seed: checked('chaos.seed', chaos.seed),
    rate,
    kinds: [...kinds],
    retryAfterMaxSeconds: checked('chaos.retryAfterMaxSeconds', chaos.retryAfterMaxSeconds ?? 2, 'positive'),
    slowMs: checked('chaos.slowMs', chaos.slowMs ?? 2000, 'not negative'),
  };
}

/** `value` if it is a finite number and, when asked, `rule` holds; throws naming `name` otherwise. */
function checked(name: string, value: number, rule?: 'not negative' | 'positive' | 'a whole number'): number {
  check(typeof value === 'number' && Number.isFinite(value), `${name} must be a finite number, not ${String(value)}`, TypeError);
  const holds = !rule ||
    { positive: value > 0, 'not negative': value >= 0, 'a whole number': wholeNumberOf(String(value)) !== undefined }[rule];
  check(holds, `${name} must ${rule === 'not negative' ? 'not be negative' : `be ${rule}`}, not ${value}`);
  return value;
}

function check(ok: boolean, message: string, type: ErrorConstructor = RangeError): void {
  if (!ok) throw new type(message);
}
