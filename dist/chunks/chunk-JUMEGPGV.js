import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DNS_LABEL,
  checkWhole,
  isWhole,
  isZendeskId,
  wholeNumberOf,
  wholeRange
} from "./chunk-XP7TCBTF.js";

// src/cli/temporal/installed-or-bundled.ts
var polyfill;
try {
  polyfill = await import("temporal-polyfill");
} catch {
  polyfill = await import("./temporal-polyfill-E3XNJOJO.js");
}
var { Temporal } = polyfill;

// src/core/errors.ts
var InputError = class extends Error {
  name = "InputError";
};
var ZendeskError = class extends Error {
  name = "ZendeskError";
  /** Whether trying the same request again may succeed. */
  retriable;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.retriable = options.retriable ?? false;
  }
};
var RETRIABLE_STATUS = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
function hintFor(status, path) {
  if (status === 401) return "check the email and API token, or the OAuth token";
  if (status === 403 && path.includes("/audit_logs")) {
    return "audit logs need the Enterprise plan and an admin's credentials";
  }
  if (status === 403) return "these credentials lack permission; use an admin account";
  if (status === 429) return "the account is over its API rate limit; try again in a minute";
  if (status >= 300 && status < 400) return "the server answered with a redirect, which is not followed: check the subdomain or base URL";
  if (status >= 500) return "Zendesk is having trouble; try again later";
  return void 0;
}
var ZendeskHttpError = class extends ZendeskError {
  name = "ZendeskHttpError";
  status;
  code;
  /** The server's own words, from the body. */
  description;
  method;
  /** Path without the query string, e.g. `/api/v2/audit_logs`. */
  path;
  /** Milliseconds the server asked us to wait (`Retry-After`), if it did. */
  retryAfterMs;
  constructor(init) {
    const { status, method, path, detail = {} } = init;
    const statusText = init.statusText || STATUS_TEXT[status] || "";
    const hint = init.hint ?? hintFor(status, path);
    const parts = [detail.message, hint].filter((part) => Boolean(part));
    super(`${method} ${path}: ${status}${statusText ? ` ${statusText}` : ""}${parts.length ? ` - ${parts.join(" - ")}` : ""}`, {
      retriable: RETRIABLE_STATUS.has(status)
    });
    this.status = status;
    this.code = detail.code;
    this.description = detail.message;
    this.method = method;
    this.path = path;
    this.retryAfterMs = init.retryAfterMs;
  }
};
var STATUS_TEXT = {
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout"
};
var MAX_DETAIL = 300;
var MAX_ERROR_BODY = 64 * 1024;
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
var CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
var FIELD = ": ";
var ENTRY = "; ";
function shown(text2, redact) {
  const flat = redact(text2.replace(UNPRINTABLE, " ").replace(/\s+/g, " ").trim()).trim();
  if (!flat) return void 0;
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL)}…` : flat;
}
function asText(value) {
  return typeof value === "string" && value.trim() ? value : void 0;
}
function asCode(value) {
  return typeof value === "string" && CODE.test(value) ? value : void 0;
}
function parseErrorBody(body, redact = (text2) => text2) {
  const text2 = body.trim();
  if (!text2) return {};
  if (text2.length > MAX_ERROR_BODY) return { message: `an error body of ${text2.length} characters, not shown` };
  let json;
  try {
    json = JSON.parse(text2);
  } catch {
    return parseTextBody(text2, redact);
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  const record = json;
  if (Array.isArray(record.errors) && record.errors.length > 0) {
    const entries = record.errors.map((entry) => entry && typeof entry === "object" ? entry : {});
    const messages = entries.map((entry) => asText(entry.title) ?? asCode(entry.code)).filter((message) => Boolean(message));
    return { code: asCode(entries[0]?.code), message: shown(messages.join(ENTRY), redact) };
  }
  const error = record.error;
  if (error && typeof error === "object") {
    const nested = error;
    const title = asText(nested.title);
    return { code: asCode(title), message: shown([title, asText(nested.message)].filter(Boolean).join(FIELD), redact) };
  }
  const code = asCode(error);
  const sentence = code === void 0 ? asText(error) : void 0;
  const words = [sentence ?? asText(record.description), describeDetails(record.details)].filter(Boolean).join(FIELD);
  return { code, message: shown(words, redact) ?? code };
}
function describeDetails(details2) {
  if (!details2 || typeof details2 !== "object") return void 0;
  const parts = [];
  for (const [field, problems] of Object.entries(details2)) {
    const list2 = Array.isArray(problems) ? problems : [problems];
    for (const problem of list2) {
      const description = asText(problem?.description);
      if (description) parts.push(`${field}${FIELD}${description}`);
    }
  }
  return parts.length ? parts.join(ENTRY) : void 0;
}
function parseTextBody(text2, redact) {
  if (/^\s*</.test(text2)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text2)?.[1] ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text2)?.[1];
    const words = title === void 0 ? void 0 : shown(title, redact);
    return { message: words ? `${words} (HTML page)` : "an HTML page instead of JSON" };
  }
  return { message: shown(text2, redact) };
}
function failureText(error, known = []) {
  if (error instanceof InputError || error instanceof ZendeskError || known.some((kind) => error instanceof kind)) {
    return error.message;
  }
  if (error instanceof Error) return `unexpected ${error.name}: ${error.message}`;
  return `unexpected failure: ${String(error)}`;
}

// src/core/suggest.ts
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = Array.from(
    { length: rows },
    (_, row) => Array.from({ length: cols }, (_2, col) => row === 0 ? col : col === 0 ? row : 0)
  );
  for (let row = 1; row < rows; row++) {
    for (let col = 1; col < cols; col++) {
      const cost = a[row - 1] === b[col - 1] ? 0 : 1;
      let best = Math.min(table[row - 1][col] + 1, table[row][col - 1] + 1, table[row - 1][col - 1] + cost);
      if (row > 1 && col > 1 && a[row - 1] === b[col - 2] && a[row - 2] === b[col - 1]) {
        best = Math.min(best, table[row - 2][col - 2] + 1);
      }
      table[row][col] = best;
    }
  }
  return table[a.length][b.length];
}
function closestMatch(word, candidates2) {
  const typed = word.toLowerCase();
  const allowed = typed.length <= 4 ? 1 : typed.length <= 8 ? 2 : 3;
  let best;
  let bestDistance = allowed + 1;
  for (const candidate of candidates2) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance === 0) return candidate === word ? void 0 : candidate;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// src/core/time/zone-names.ts
var ABBREVIATIONS = {
  PST: ["America/Los_Angeles"],
  PDT: ["America/Los_Angeles"],
  PT: ["America/Los_Angeles"],
  MDT: ["America/Denver"],
  MT: ["America/Denver"],
  CST: ["America/Chicago", "Asia/Shanghai"],
  CDT: ["America/Chicago"],
  CT: ["America/Chicago"],
  EDT: ["America/New_York"],
  ET: ["America/New_York"],
  AKST: ["America/Anchorage"],
  AKDT: ["America/Anchorage"],
  BRT: ["America/Sao_Paulo"],
  BST: ["Europe/London"],
  IST: ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"],
  CEST: ["Europe/Berlin", "Europe/Paris"],
  EEST: ["Europe/Athens", "Europe/Helsinki"],
  WEST: ["Europe/Lisbon"],
  MSK: ["Europe/Moscow"],
  SGT: ["Asia/Singapore"],
  HKT: ["Asia/Hong_Kong"],
  JST: ["Asia/Tokyo"],
  KST: ["Asia/Seoul"],
  AEST: ["Australia/Sydney", "Australia/Brisbane"],
  AEDT: ["Australia/Sydney"],
  ACST: ["Australia/Adelaide", "Australia/Darwin"],
  ACDT: ["Australia/Adelaide"],
  AWST: ["Australia/Perth"],
  NZST: ["Pacific/Auckland"],
  NZDT: ["Pacific/Auckland"],
  Z: ["UTC"]
};
function knownZones() {
  const supported = Intl.supportedValuesOf;
  try {
    return supported ? [...supported("timeZone"), "UTC"] : ["UTC"];
  } catch {
    return ["UTC"];
  }
}
function zoneSuggestions(typed) {
  const text2 = typed.trim();
  const abbreviated = ABBREVIATIONS[text2.toUpperCase()];
  if (abbreviated) return abbreviated;
  const nearest = closestMatch(text2, knownZones());
  return nearest ? [nearest] : [];
}

// src/core/time/time.ts
function validateZone(zone) {
  try {
    return Temporal.Now.zonedDateTimeISO(zone.trim()).timeZoneId;
  } catch {
    const suggestions = zoneSuggestions(zone);
    throw new InputError(
      suggestions.length ? `unknown time zone ${JSON.stringify(zone)}: did you mean ${[suggestions.slice(0, -1).join(", "), suggestions.at(-1)].filter(Boolean).join(" or ")}? (an IANA name)` : `unknown time zone ${JSON.stringify(zone)}: use an IANA name such as Europe/Berlin or UTC`
    );
  }
}
function systemZone() {
  return Temporal.Now.timeZoneId();
}
function utcSecond(instant) {
  return instant.toString({ smallestUnit: "second", roundingMode: "floor" });
}
var TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;
function digitsAt(text2, start, digits) {
  let value = 0;
  for (let index = start; index < start + digits; index++) {
    const digit = text2.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}
function zendeskSecond(text2) {
  if (text2.length !== 20 || text2.charCodeAt(4) !== 45 || text2.charCodeAt(7) !== 45 || text2.charCodeAt(10) !== 84 || text2.charCodeAt(13) !== 58 || text2.charCodeAt(16) !== 58 || text2.charCodeAt(19) !== 90) return Number.NaN;
  return Date.UTC(
    digitsAt(text2, 0, 4),
    digitsAt(text2, 5, 2) - 1,
    digitsAt(text2, 8, 2),
    digitsAt(text2, 11, 2),
    digitsAt(text2, 14, 2),
    digitsAt(text2, 17, 2)
  );
}
function epochMs(timestamp) {
  const fast = zendeskSecond(timestamp);
  if (!Number.isNaN(fast)) return fast;
  const match2 = TIMESTAMP.exec(timestamp);
  if (match2) {
    const [, y, mo, d, h, mi, s, fraction] = match2;
    const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, "0")) : 0;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  }
  return Temporal.Instant.from(timestamp).epochMilliseconds;
}

// src/core/time/zone-clock.ts
var NAMED_ZONE_LOCALES = ["en-US", "en-GB", "en-IN", "en-AU"];
function zoneAbbreviation(zone, epochMilliseconds, offsetText2) {
  const date = new Date(epochMilliseconds);
  for (const locale of NAMED_ZONE_LOCALES) {
    let name;
    try {
      name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" }).formatToParts(date).find((part) => part.type === "timeZoneName")?.value;
    } catch {
      break;
    }
    if (name && /^[A-Z]{2,5}$/.test(name)) return name;
  }
  return `UTC${offsetText2}`;
}
var DAY_MS = 864e5;
var TWO_DIGITS = Array.from({ length: 100 }, (_, value) => value < 10 ? `0${value}` : String(value));
function pad2(value) {
  return TWO_DIGITS[value] ?? String(value);
}
function civilFromDays(days) {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}
function offsetText(offsetNs) {
  const sign = offsetNs < 0 ? "-" : "+";
  const minutes = Math.round(Math.abs(offsetNs) / 6e10);
  return `${sign}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}
var ZoneClock = class {
  zone;
  #spans = [];
  #last;
  /** The local day last rendered and its `YYYY-MM-DD`: records come in time order, many to a day. */
  #lastDay = Number.NaN;
  #lastDate = "";
  constructor(zone) {
    this.zone = validateZone(zone);
  }
  /** The span of constant offset that contains `ms`. */
  #span(ms) {
    const last = this.#last;
    if (last && ms >= last.start && ms < last.end) return last;
    let low = 0;
    let high = this.#spans.length - 1;
    while (low <= high) {
      const middle = low + high >> 1;
      const span2 = this.#spans[middle];
      if (ms < span2.start) high = middle - 1;
      else if (ms >= span2.end) low = middle + 1;
      else return this.#last = span2;
    }
    const span = this.#lookUp(ms);
    this.#spans.splice(low, 0, span);
    return this.#last = span;
  }
  #lookUp(ms) {
    const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.zone);
    const previous = Temporal.Instant.fromEpochMilliseconds(ms + 1).toZonedDateTimeISO(this.zone).getTimeZoneTransition("previous");
    const next = zoned.getTimeZoneTransition("next");
    const text2 = offsetText(zoned.offsetNanoseconds);
    return {
      start: previous ? previous.epochMilliseconds : -Infinity,
      end: next ? next.epochMilliseconds : Infinity,
      offsetMs: zoned.offsetNanoseconds / 1e6,
      offsetText: text2,
      abbreviation: zoneAbbreviation(this.zone, ms, text2)
    };
  }
  /** Local date and time parts, or undefined outside years 0000-9999 (left to Temporal). */
  #parts(ms) {
    const span = this.#span(ms);
    const local = ms + span.offsetMs;
    const days = Math.floor(local / DAY_MS);
    if (days !== this.#lastDay) {
      const [year, month, day] = civilFromDays(days);
      if (year < 0 || year > 9999) return void 0;
      this.#lastDay = days;
      this.#lastDate = `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
    }
    const ofDay = local - days * DAY_MS;
    const seconds2 = Math.floor(ofDay / 1e3);
    const millis = ofDay - seconds2 * 1e3;
    return {
      date: this.#lastDate,
      time: `${pad2(Math.floor(seconds2 / 3600))}:${pad2(Math.floor(seconds2 / 60) % 60)}:${pad2(seconds2 % 60)}`,
      fraction: millis ? `.${String(millis).padStart(3, "0").replace(/0+$/, "")}` : "",
      span
    };
  }
  /** `2024-05-21 15:34:33 PDT`: what a person reads. */
  text(ms) {
    const parts = this.#parts(ms);
    if (!parts) {
      const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.zone);
      return `${zoned.toPlainDateTime().toString({ smallestUnit: "second" }).replace("T", " ")} ${this.#span(ms).abbreviation}`;
    }
    return `${parts.date} ${parts.time} ${parts.span.abbreviation}`;
  }
  /** `2024-05-21T15:34:33-07:00[America/Los_Angeles]`: Temporal's `ZonedDateTime` string. */
  iso(ms) {
    const parts = this.#parts(ms);
    if (!parts) return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.zone).toString();
    return `${parts.date}T${parts.time}${parts.fraction}${parts.span.offsetText}[${this.zone}]`;
  }
  /** The zone's offset from UTC at `ms`, in milliseconds: `-25_200_000` for PDT. */
  offsetMs(ms) {
    return this.#span(ms).offsetMs;
  }
  /** The zone's abbreviation at `ms`, e.g. `PDT`. */
  abbreviation(ms) {
    return this.#span(ms).abbreviation;
  }
};
function describeWindow(window, zone) {
  const local = new ZoneClock(zone);
  const utc = new ZoneClock("UTC");
  const start = window.start.epochMilliseconds;
  const end = window.end.epochMilliseconds;
  const inZone = `${local.text(start)} to ${local.text(end)}`;
  return local.zone === "UTC" ? inZone : `${inZone} (${utc.text(start)} to ${utc.text(end)})`;
}

// src/core/version.ts
var VERSION = "0.2.0";

// src/core/fetch/abort.ts
function linkedController(...signals) {
  const controller = new AbortController();
  const detach = [];
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    const onAbort = () => controller.abort(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    detach.push(() => signal.removeEventListener("abort", onAbort));
  }
  return { controller, unlink: () => detach.forEach((remove) => remove()) };
}

// src/core/auth/credentials.ts
var API_TOKEN_END = "2027-04-30";
function checkCredentials(credentials) {
  const fields = isClientCredentials(credentials) ? ["clientId", "clientSecret"] : "oauthToken" in credentials ? ["oauthToken"] : "apiToken" in credentials || "email" in credentials ? ["email", "apiToken"] : [];
  if (fields.length === 0) throw new TypeError("credentials need clientId and clientSecret, oauthToken, or email and apiToken");
  for (const field of fields) {
    const value = credentials[field];
    if (typeof value !== "string" || value.trim() === "") {
      throw new TypeError(
        `credentials.${field} must be a non-empty string, not ${value === "" ? "empty" : typeof value} (is its environment variable set?)`
      );
    }
  }
}
function isClientCredentials(credentials) {
  return "clientId" in credentials;
}
function isApiToken(credentials) {
  return "apiToken" in credentials;
}
function base64(text2) {
  let binary2 = "";
  for (const byte of new TextEncoder().encode(text2)) binary2 += String.fromCharCode(byte);
  return btoa(binary2);
}
function authorization(credentials) {
  return "oauthToken" in credentials ? `Bearer ${credentials.oauthToken}` : `Basic ${base64(`${credentials.email}/token:${credentials.apiToken}`)}`;
}
function headerForms(header, token) {
  return [header, header.slice(header.indexOf(" ") + 1), token];
}
function secretForms(credentials) {
  if (!credentials) return [];
  if (isClientCredentials(credentials)) return [credentials.clientSecret].filter((form) => form.length >= 4);
  const token = "oauthToken" in credentials ? credentials.oauthToken : credentials.apiToken;
  return headerForms(authorization(credentials), token).filter((form) => form.length >= 4);
}
function staticAuthenticator(credentials) {
  const header = authorization(credentials);
  const forms = secretForms(credentials);
  return {
    authorization: () => Promise.resolve(header),
    rejected: () => false,
    secrets: () => forms,
    hint: isApiToken(credentials) ? "check the email and API token" : "check the OAuth access token; it may have expired (OAuth client credentials mint a fresh one each run)"
  };
}

// src/core/auth/client-credentials.ts
var DEFAULT_TOKEN_LIFETIME_SECONDS = 1800;
var LIFETIME_RANGE = [300, 172800];
var RENEW_MARGIN_MS = 6e4;
var ClientCredentialsAuthenticator = class {
  hint;
  #credentials;
  #options;
  #now;
  #secrets;
  #current;
  #pending;
  /** Tokens minted so far. */
  mints = 0;
  constructor(credentials, options) {
    const lifetime = options.lifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS;
    if (!(lifetime >= LIFETIME_RANGE[0] && lifetime <= LIFETIME_RANGE[1])) {
      throw new RangeError(`lifetimeSeconds must be from ${LIFETIME_RANGE[0]} to ${LIFETIME_RANGE[1]}, got ${lifetime}`);
    }
    if (options.scopes.length === 0) throw new RangeError("scopes must name at least one scope");
    this.#credentials = credentials;
    this.#options = { ...options, lifetimeSeconds: lifetime };
    this.#now = options.now ?? Date.now;
    this.#secrets = credentials.clientSecret.length >= 4 ? [credentials.clientSecret] : [];
    this.hint = `a token minted from the OAuth client credentials${this.#named()} was refused: check that the admin who created the client is still an admin`;
  }
  async authorization(signal) {
    const current = this.#current;
    if (current && (current.renewAt === void 0 || this.#now() < current.renewAt)) return current.header;
    this.#current = void 0;
    this.#pending ??= this.#mint().finally(() => {
      this.#pending = void 0;
    });
    return (await abortable(this.#pending, signal)).header;
  }
  rejected(used) {
    if (this.#current?.header === used) this.#current = void 0;
    return true;
  }
  secrets() {
    return [...this.#secrets];
  }
  async #mint() {
    const scope = this.#options.scopes.join(" ");
    const body = {
      grant_type: "client_credentials",
      client_id: this.#credentials.clientId,
      client_secret: this.#credentials.clientSecret,
      // One space-separated string, not an array.
      scope,
      expires_in: this.#options.lifetimeSeconds
    };
    let answer;
    try {
      answer = await this.#options.requestToken(body) ?? {};
    } catch (error) {
      if (error instanceof ZendeskError) error.retriable = false;
      throw error instanceof ZendeskHttpError ? this.#refusal(error, scope) : error;
    }
    const accessToken = answer.access_token;
    if (typeof accessToken !== "string" || accessToken.trim() === "") {
      throw new ZendeskError("POST /oauth/tokens: the answer carries no access_token; check the base URL points at Zendesk");
    }
    if (typeof answer.token_type === "string" && answer.token_type.toLowerCase() !== "bearer") {
      throw new ZendeskError(`POST /oauth/tokens: the answer's token_type is not "bearer"; check the base URL points at Zendesk`);
    }
    const header = `Bearer ${accessToken}`;
    this.#secrets.push(...headerForms(header, accessToken).filter((form) => form.length >= 4));
    this.#options.onToken?.(accessToken);
    this.mints++;
    const expiresIn = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in * 1e3 : void 0;
    const token = { header };
    if (expiresIn !== void 0) token.renewAt = this.#now() + expiresIn - Math.min(RENEW_MARGIN_MS, expiresIn / 10);
    this.#current = token;
    return token;
  }
  #named() {
    return this.#options.names ? ` (${this.#options.names})` : "";
  }
  /** A refused grant, as one line that names the client credentials and the likely fix; of the server's words only the OAuth code (`oauth-error.ts`). */
  #refusal(error, scope) {
    if (error.status === 429 || error.status >= 500 || error.status >= 300 && error.status < 400 || error.status === 404) return error;
    const where = "Admin Center > Apps and integrations > APIs > OAuth clients";
    let hint;
    switch (error.code) {
      case "invalid_scope":
        hint = `the OAuth client${this.#named()} may not ask for "${scope}": add these scopes to its allowed scopes in ${where}`;
        break;
      case "unauthorized_client":
      case "unsupported_grant_type":
        hint = `the OAuth client${this.#named()} may not use the client credentials grant: only a client of kind Confidential can (${where})`;
        break;
      default:
        hint = error.status === 401 || error.code === "invalid_client" ? `Zendesk refused the OAuth client credentials${this.#named()}: check the client's Identifier (not its numeric id) and secret, and that its kind is Confidential` : `Zendesk refused to mint an access token from the OAuth client credentials${this.#named()}`;
    }
    return new ZendeskHttpError({
      status: error.status,
      method: "POST",
      path: "/oauth/tokens",
      detail: { code: error.code, message: error.code },
      hint
    });
  }
};
function abortable(promise, signal) {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

// src/core/fetch/bounded-body.ts
var MAX_BODY_BYTES = 4 * 1024 * 1024;
var BodyTooLarge = class extends Error {
  name = "BodyTooLarge";
  limit;
  constructor(limit) {
    super(`the body is larger than ${limit} bytes`);
    this.limit = limit;
  }
};
async function readBody(response, limit = MAX_BODY_BYTES) {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks = [];
  let bytes = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      reader.cancel().catch(() => {
      });
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}

// src/core/fetch/rate-limit.ts
function readRateLimit(headers) {
  const number = (...names) => names.map((name) => Number(headers.get(name)?.trim() || Number.NaN)).find(Number.isFinite);
  const reset = number("ratelimit-reset");
  return {
    limit: number("ratelimit-limit", "x-rate-limit"),
    remaining: number("ratelimit-remaining", "x-rate-limit-remaining"),
    resetMs: reset === void 0 ? void 0 : reset * 1e3
  };
}

// src/core/auth/oauth-error.ts
var OAUTH_ERROR_CODES = Object.freeze([
  "invalid_request",
  "invalid_client",
  "invalid_grant",
  "unauthorized_client",
  "unsupported_grant_type",
  "invalid_scope"
]);
function parseOAuthError(body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return {};
  }
  const code = json && typeof json === "object" ? json.error : void 0;
  return typeof code === "string" && OAUTH_ERROR_CODES.includes(code) ? { code, message: code } : {};
}

// src/core/auth/redact.ts
var MIN_SECRET_LENGTH = 4;
var MIN_FRAGMENT = 8;
var DECODE_LEVELS = 3;
var ESCAPE = /%([0-9a-f]{2})|\\u\{([0-9a-f]{1,6})\}|\\u([0-9a-f]{4})|\\x([0-9a-f]{2})|\\([/\\"'bfnrt])|&#(\d{1,7});?|&#x([0-9a-f]{1,6});?|&([a-z]{2,16});/gi;
var BACKSLASH_ESCAPES = { "/": "/", "\\": "\\", '"': '"', "'": "'", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
var NAMED_REFERENCES = {
  tab: "	",
  newline: "\n",
  nbsp: " ",
  excl: "!",
  quot: '"',
  num: "#",
  dollar: "$",
  percnt: "%",
  amp: "&",
  apos: "'",
  lpar: "(",
  rpar: ")",
  ast: "*",
  midast: "*",
  plus: "+",
  comma: ",",
  period: ".",
  sol: "/",
  colon: ":",
  semi: ";",
  lt: "<",
  equals: "=",
  gt: ">",
  quest: "?",
  commat: "@",
  lsqb: "[",
  lbrack: "[",
  bsol: "\\",
  rsqb: "]",
  rbrack: "]",
  hat: "^",
  lowbar: "_",
  underbar: "_",
  grave: "`",
  diacriticalgrave: "`",
  lcub: "{",
  lbrace: "{",
  verbar: "|",
  vert: "|",
  verticalline: "|",
  rcub: "}",
  rbrace: "}"
};
var PASSED_OVER = /[\s\p{Cc}\p{Cf}+:;]/u;
function unescape(match2) {
  const [, percent, braced, unicode, hexByte, backslash, decimal, hexReference, name] = match2;
  if (percent !== void 0 || hexByte !== void 0) return String.fromCharCode(parseInt(percent ?? hexByte, 16));
  if (unicode !== void 0) return String.fromCharCode(parseInt(unicode, 16));
  if (backslash !== void 0) return BACKSLASH_ESCAPES[backslash.toLowerCase()] ?? backslash;
  if (name !== void 0) return NAMED_REFERENCES[name.toLowerCase()];
  const code = braced !== void 0 ? parseInt(braced, 16) : decimal !== void 0 ? parseInt(decimal, 10) : parseInt(hexReference, 16);
  return code <= 1114111 ? String.fromCodePoint(code) : void 0;
}
function decodeOnce(reading) {
  const { text: text2, starts, ends } = reading;
  const out = { text: "", starts: [], ends: [] };
  const pieces = [];
  let from = 0;
  let changed = false;
  for (const match2 of text2.matchAll(ESCAPE)) {
    const decoded = unescape(match2);
    if (decoded === void 0) continue;
    const at = match2.index;
    pieces.push(text2.slice(from, at));
    for (let index = from; index < at; index++) {
      out.starts.push(starts[index]);
      out.ends.push(ends[index]);
    }
    pieces.push(decoded);
    for (let unit = 0; unit < decoded.length; unit++) {
      out.starts.push(starts[at]);
      out.ends.push(ends[at + match2[0].length - 1]);
    }
    from = at + match2[0].length;
    changed = true;
  }
  if (!changed) return reading;
  pieces.push(text2.slice(from));
  for (let index = from; index < text2.length; index++) {
    out.starts.push(starts[index]);
    out.ends.push(ends[index]);
  }
  out.text = pieces.join("");
  return out;
}
function fold(text2) {
  let reading = { text: text2, starts: [], ends: [] };
  for (let index = 0; index < text2.length; index++) {
    reading.starts.push(index);
    reading.ends.push(index + 1);
  }
  for (let level = 0; level < DECODE_LEVELS; level++) {
    const next = decodeOnce(reading);
    if (next === reading) break;
    reading = next;
  }
  const folded = { text: "", starts: [], ends: [] };
  const characters = [];
  for (let index = 0; index < reading.text.length; index++) {
    const character = reading.text[index];
    if (PASSED_OVER.test(character)) continue;
    const code = character.charCodeAt(0);
    characters.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : character);
    folded.starts.push(reading.starts[index]);
    folded.ends.push(reading.ends[index]);
  }
  folded.text = characters.join("");
  return folded;
}
function binary(bytes) {
  let text2 = "";
  for (const byte of bytes) text2 += String.fromCharCode(byte);
  return text2;
}
function base64Core(bytes, alignment) {
  const padded = btoa(binary(new Uint8Array([...new Array(alignment).fill(0), ...bytes])));
  return padded.slice(Math.ceil(alignment * 4 / 3), Math.floor((alignment + bytes.length) * 4 / 3));
}
var toBase64Url = (base642) => base642.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
function secretEncodings(secret) {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const bytes = new TextEncoder().encode(secret);
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  const whole = btoa(binary(bytes));
  const cores = [0, 1, 2].map((alignment) => base64Core(bytes, alignment));
  return [.../* @__PURE__ */ new Set([secret, binary(bytes), hex, whole, toBase64Url(whole), ...cores, ...cores.map(toBase64Url)])];
}
var Redactor = class {
  #replacement;
  #secrets = /* @__PURE__ */ new Set();
  /** The folded pieces to look for, by their length. */
  #pieces = /* @__PURE__ */ new Map();
  constructor(secrets = [], replacement = "[redacted]") {
    this.#replacement = replacement;
    for (const secret of secrets) this.add(secret);
  }
  /** Hides `secret` (and its encodings) from now on; empty and very short strings are ignored. */
  add(secret) {
    if (!secret || this.#secrets.has(secret)) return;
    this.#secrets.add(secret);
    for (const form of secretEncodings(secret)) {
      const folded = fold(form).text;
      if (folded.length < MIN_SECRET_LENGTH) continue;
      const length = Math.min(MIN_FRAGMENT, folded.length);
      const pieces = this.#pieces.get(length) ?? /* @__PURE__ */ new Set();
      this.#pieces.set(length, pieces);
      for (let start = 0; start + length <= folded.length; start++) pieces.add(folded.slice(start, start + length));
    }
  }
  /** `text` with every piece of every secret replaced. */
  redact(text2) {
    if (this.#pieces.size === 0 || !text2) return text2;
    const folded = fold(text2);
    const hidden = new Uint8Array(folded.text.length);
    for (const [length, pieces] of this.#pieces) {
      for (let start = 0; start + length <= folded.text.length; start++) {
        if (pieces.has(folded.text.slice(start, start + length))) hidden.fill(1, start, start + length);
      }
    }
    const out = [];
    let from = 0;
    for (let index = 0; index < hidden.length; index++) {
      if (!hidden[index]) continue;
      let last = index;
      while (last + 1 < hidden.length && hidden[last + 1]) last++;
      const start = folded.starts[index];
      if (start >= from) out.push(text2.slice(from, start), this.#replacement);
      from = Math.max(from, folded.ends[last]);
      index = last;
    }
    out.push(text2.slice(from));
    return out.join("");
  }
};
function redactor(secrets, replacement = "[redacted]") {
  const set = new Redactor(secrets, replacement);
  return (text2) => set.redact(text2);
}

// src/core/fetch/network-failure.ts
var NO_SUCH_HOST_CODES = /* @__PURE__ */ new Set(["ENOTFOUND"]);
var NO_SUCH_HOST_WORDS = /dns error: .*(?:Name or service not known|nodename nor servname provided|No such host is known)/i;
var REFUSED_CODES = /* @__PURE__ */ new Set(["ECONNREFUSED"]);
var REFUSED_WORDS = /Connection refused|actively refused/i;
var NOT_TLS_CODES = /* @__PURE__ */ new Set(["ERR_SSL_WRONG_VERSION_NUMBER", "ERR_SSL_PACKET_LENGTH_TOO_LONG", "ERR_SSL_HTTP_REQUEST"]);
var NOT_TLS_WORDS = /wrong version number|packet length too long|InvalidContentType/i;
function causes(error) {
  const chain = [];
  for (let current = error; current !== void 0 && current !== null && chain.length < 4; ) {
    chain.push(current);
    current = current.cause;
  }
  return chain;
}
function readNetworkFailure(error) {
  const chain = causes(error);
  const codes = chain.map((item) => item.code).filter((code) => typeof code === "string");
  const words = chain.map((item) => item instanceof Error ? item.message : typeof item === "string" ? item : "").join(" ");
  if (codes.some((code) => NO_SUCH_HOST_CODES.has(code)) || NO_SUCH_HOST_WORDS.test(words)) return { kind: "no-such-host" };
  if (codes.some((code) => REFUSED_CODES.has(code)) || REFUSED_WORDS.test(words)) return { kind: "refused" };
  if (codes.some((code) => NOT_TLS_CODES.has(code)) || NOT_TLS_WORDS.test(words)) return { kind: "not-tls" };
  if (/\bbad port\b/i.test(words)) return { kind: "blocked-port" };
  const innermost = [...chain].reverse().find((item) => item instanceof Error && item.message.trim());
  return { kind: "other", text: (innermost?.message ?? String(error)).replace(/\s+/g, " ").trim() };
}

// src/core/plural.ts
function plural(count2, noun) {
  return `${count2} ${noun}${count2 === 1 ? "" : "s"}`;
}

// src/core/fetch/retry.ts
var RETRY_DEFAULTS = { attempts: 6, maxWaitMs: 12e4, baseDelayMs: 500, maxDelayMs: 2e4 };
function parseRetryAfter(header, now) {
  const value = header?.trim();
  if (!value) return void 0;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1e3);
  if (!/[a-z]/i.test(value)) return void 0;
  const at = Date.parse(value);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}
function backoffDelay(attempt, options = {}, random = Math.random) {
  const base = options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs;
  const cap = options.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs;
  const step = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
var seconds = (ms) => ms < 1e4 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.round(ms / 1e3)} s`;
async function withRetry(operation, options = {}) {
  const attempts = checkWhole("attempts", options.attempts ?? RETRY_DEFAULTS.attempts, 1);
  const maxWaitMs = options.maxWaitMs ?? RETRY_DEFAULTS.maxWaitMs;
  if (!(maxWaitMs >= 0)) throw new RangeError(`maxWaitMs must be 0 or more, got ${maxWaitMs}`);
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await operation(attempt);
    } catch (error) {
      if (!(error instanceof ZendeskError) || !error.retriable || options.signal?.aborted) throw error;
      const asked = error instanceof ZendeskHttpError ? error.retryAfterMs : void 0;
      const delayMs = asked ?? backoffDelay(attempt, options, options.random);
      if (attempt >= attempts) {
        error.message += ` (gave up after ${plural(attempts, "attempt")}${waited ? ` and ${seconds(waited)} of waiting` : ""})`;
        throw error;
      }
      if (waited + delayMs > maxWaitMs) {
        error.message += asked !== void 0 ? ` (Zendesk asked to wait ${seconds(asked)}, beyond the ${seconds(maxWaitMs)} retry budget)` : ` (gave up after ${plural(attempt, "attempt")}: the ${seconds(maxWaitMs)} retry budget is spent)`;
        throw error;
      }
      const rateLimited = error instanceof ZendeskHttpError && error.status === 429;
      options.onRetry?.({ attempt, delayMs, error, serverAsked: asked !== void 0, rateLimited });
      await (options.sleep ?? sleep)(delayMs, options.signal);
      waited += delayMs;
    }
  }
}

// src/core/auth/base-url.ts
function isLoopback(hostname2) {
  const host = hostname2.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}
function credentialDestinationWarning(baseUrl) {
  const host = baseUrl.hostname.toLowerCase();
  if (host.endsWith(".zendesk.com") || isLoopback(host)) return void 0;
  return `the base URL is not a Zendesk account (*.zendesk.com): the Zendesk credentials go to ${host}`;
}
function validateSubdomain(subdomain) {
  const value = subdomain.trim();
  if (DNS_LABEL.test(value)) return value.toLowerCase();
  const bare = /^([a-z0-9-]+)\.zendesk\.com\/?$/i.exec(value.replace(/^https?:\/\//i, ""))?.[1];
  const hint = bare ? `; for ${value} use '${bare}'` : "";
  throw new InputError(
    `subdomain ${JSON.stringify(value)} is not a plain name such as 'acme' (for https://acme.zendesk.com)${hint}`
  );
}
var NO_ACCOUNT = "no Zendesk account given: set ZENDESK_SUBDOMAIN (e.g. acme for https://acme.zendesk.com)";
var API_PATH = /\/api\/v2\/?$/i;
function resolveBaseUrl(target, noAccountHint = "", baseUrlName = "base URL") {
  if (target.baseUrl) {
    let url;
    try {
      url = new URL(target.baseUrl);
    } catch {
      throw new InputError(`${baseUrlName} is not a URL (not shown: it may hold a password); use e.g. https://acme.zendesk.com`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new InputError(`${baseUrlName} must use https: (got ${url.protocol})`);
    if (url.protocol === "http:" && !isLoopback(url.hostname)) {
      throw new InputError(`${baseUrlName} ${url.origin} uses plain http: to a host that is not loopback; use https:`);
    }
    if (url.username || url.password) {
      throw new InputError(`${baseUrlName} must not carry a user name or password; credentials come from the environment`);
    }
    if (url.search || url.hash) throw new InputError(`${baseUrlName} must not carry a query or a fragment`);
    if (API_PATH.test(url.pathname)) {
      const origin = `${url.origin}${url.pathname.replace(API_PATH, "")}`;
      throw new InputError(`${baseUrlName} ends in /api/v2, which every request adds: drop it and use ${origin}`);
    }
    url.pathname = url.pathname.replace(/\/+$/, "");
    return url;
  }
  if (target.subdomain === void 0 || target.subdomain.trim() === "") {
    throw new InputError(`${NO_ACCOUNT}${noAccountHint}`);
  }
  return new URL(`https://${validateSubdomain(target.subdomain)}.zendesk.com`);
}

// src/core/fetch/wrong-address.ts
function settingOf(baseUrl, setting) {
  return setting ?? (isZendeskHost(baseUrl) ? "the subdomain" : "the base URL");
}
function isZendeskHost(baseUrl) {
  return baseUrl.hostname.toLowerCase().endsWith(".zendesk.com");
}
function networkFailureReason(failure, baseUrl, setting) {
  const where = settingOf(baseUrl, setting);
  const { host, hostname: hostname2, origin } = baseUrl;
  switch (failure.kind) {
    case "no-such-host":
      return { reason: `${hostname2} does not exist (the DNS knows no such name): check ${where}`, retriable: false };
    case "refused":
      return isLoopback(hostname2) ? {
        reason: `nothing listens at ${origin} (connection refused): check the port in ${where}, or start the server there`,
        retriable: false
      } : { reason: `network error (${host} refused the connection)`, retriable: true };
    case "not-tls":
      return {
        reason: isLoopback(hostname2) ? `${host} does not speak TLS (https:): for a plain-HTTP server on this machine write http:// in ${where}` : `${host} does not speak TLS (https:): check the port in ${where}`,
        retriable: false
      };
    case "blocked-port":
      return {
        reason: `port ${baseUrl.port} is one fetch never connects to (a blocked port): use another port in ${where}`,
        retriable: false
      };
    default:
      return { reason: `network error (${failure.text})`, retriable: true };
  }
}
function wrongAddressHint(status, path, baseUrl, setting) {
  const redirect = status >= 300 && status < 400;
  const missing = status === 404 && (path === "/oauth/tokens" || path.startsWith("/api/v2/audit_logs"));
  if (!redirect && !missing) return void 0;
  const where = settingOf(baseUrl, setting);
  if (isZendeskHost(baseUrl)) return `no Zendesk account answers at ${baseUrl.hostname}: check ${where}`;
  return redirect ? `the server redirects elsewhere, and redirects are not followed: check ${where}` : `no Zendesk API answers at ${baseUrl.origin}${baseUrl.pathname.replace(/\/+$/, "")}: check ${where}, e.g. https://acme.zendesk.com`;
}

// src/core/fetch/client.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var MAX_TIMER_MS = 2 ** 31 - 1;
function createClient(options) {
  if (options.credentials) checkCredentials(options.credentials);
  const baseUrl = new URL(options.baseUrl);
  const prefix = baseUrl.pathname.replace(/\/+$/, "");
  const fetcher = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retrying = (path, signal, operation) => withRetry(operation, { ...options.retry, signal, onRetry: (notice) => options.onEvent?.({ type: "retry", path, ...notice }) });
  const auth = !options.credentials ? void 0 : !isClientCredentials(options.credentials) ? staticAuthenticator(options.credentials) : new ClientCredentialsAuthenticator(options.credentials, {
    scopes: options.scopes ?? ["auditlogs:read"],
    lifetimeSeconds: options.tokenLifetimeSeconds,
    onToken: (token) => {
      options.onToken?.(token);
      options.onEvent?.({ type: "token" });
    },
    names: options.credentialNames,
    requestToken: async (body) => {
      const path = "/oauth/tokens";
      const url = new URL(prefix + path, baseUrl.origin);
      const token = { method: "POST", url, path, body: JSON.stringify(body), readError: parseOAuthError };
      return (await retrying(path, options.signal, () => send(token, options.signal))).body;
    }
  });
  const hidden = new Redactor();
  const redact = (text2) => {
    for (const secret of auth?.secrets() ?? []) hidden.add(secret);
    return hidden.redact(text2);
  };
  async function authorized(url, path, signal) {
    const readError = (body) => parseErrorBody(body, redact);
    const attempt = (authorization2) => send({ method: "GET", url, path, authorization: authorization2, readError }, signal, options.gate);
    const used = auth && await auth.authorization(signal);
    try {
      return await attempt(used);
    } catch (error) {
      if (!auth || used === void 0 || !(error instanceof ZendeskHttpError) || error.status !== 401 || !auth.rejected(used)) throw error;
      return attempt(await auth.authorization(signal));
    }
  }
  async function send(request, signal, gate) {
    const ticket = gate ? await gate.acquire(signal) : 0;
    let answer;
    try {
      options.onEvent?.({ type: "request", method: request.method, path: request.path });
      const started = Date.now();
      const { response, text: text2 } = await exchange(request, signal);
      const rateLimit = readRateLimit(response.headers);
      const retryAfterMs = response.ok ? void 0 : parseRetryAfter(response.headers.get("retry-after"), Date.now());
      answer = { status: response.status, rateLimit, retryAfterMs };
      options.onEvent?.({ type: "response", path: request.path, status: response.status, durationMs: Date.now() - started, rateLimit });
      return readAnswer(request, response, text2, answer);
    } finally {
      gate?.settle(ticket, answer);
    }
  }
  async function exchange(request, signal) {
    const { method, url, path, authorization: authorization2, body } = request;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), Math.min(timeoutMs, MAX_TIMER_MS));
    const combined = linkedController(timeout.signal, signal);
    const headers = { Accept: "application/json" };
    if (options.userAgent) headers["User-Agent"] = options.userAgent;
    if (authorization2) headers.Authorization = authorization2;
    if (body !== void 0) headers["Content-Type"] = "application/json";
    try {
      const response = await fetcher(url, { method, headers, body, signal: combined.controller.signal, redirect: "manual" });
      return { response, text: await readBody(response, MAX_BODY_BYTES) };
    } catch (cause) {
      if (signal?.aborted) throw cause;
      if (cause instanceof BodyTooLarge) {
        const size = `${cause.limit / 1024 / 1024} MiB`;
        throw new ZendeskError(
          `${method} ${path}: the answer was larger than ${size} (decompressed), far more than any Zendesk page; refused it (check the base URL points at Zendesk)`,
          { cause }
        );
      }
      if (timeout.signal.aborted) {
        throw new ZendeskError(`${method} ${path}: no complete answer within ${timeoutMs / 1e3} s`, { cause, retriable: true });
      }
      const { reason, retriable } = networkFailureReason(readNetworkFailure(cause), baseUrl, options.accountSetting);
      throw new ZendeskError(`${method} ${path}: ${redact(reason)}`, { cause, retriable });
    } finally {
      clearTimeout(timer);
      combined.unlink();
    }
  }
  function readAnswer(request, response, text2, answer) {
    const { method, path } = request;
    if (!response.ok) {
      const detail = request.readError(text2);
      const { status, statusText } = response;
      const hint = status === 401 && request.authorization ? auth?.hint : wrongAddressHint(status, path, baseUrl, options.accountSetting);
      throw new ZendeskHttpError({ status, statusText, method, path, detail, retryAfterMs: answer.retryAfterMs, hint });
    }
    try {
      return { body: JSON.parse(text2), status: response.status, headers: response.headers, rateLimit: answer.rateLimit };
    } catch (cause) {
      const what = /^\s*</.test(text2) ? "an HTML page instead of JSON" : `incomplete JSON (${text2.length} bytes)`;
      throw new ZendeskError(`${method} ${path}: ${response.status} with ${what}`, { cause, retriable: true });
    }
  }
  return {
    baseUrl,
    authenticator: auth,
    secrets: () => auth?.secrets() ?? [],
    get(path, params, requestOptions = {}) {
      const url = new URL(prefix + path, baseUrl.origin);
      if (params) url.search = params.toString();
      const { controller, unlink } = linkedController(requestOptions.signal, options.signal);
      return retrying(path, controller.signal, () => authorized(url, path, controller.signal)).finally(unlink);
    }
  };
}

// src/core/fetch/record-ids.ts
var INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;
function describeId(id) {
  if (typeof id === "number") return `the id ${id}${Math.abs(id) > Number.MAX_SAFE_INTEGER ? " (as read)" : ""}`;
  return id === void 0 || id === null ? "no id" : `${Array.isArray(id) ? "a list" : `a ${typeof id}`} as its id`;
}
function checkRecordIds(path, records) {
  const index = records.findIndex((record2) => !isZendeskId(record2?.id));
  if (index === -1) return;
  const record = records[index];
  const created = typeof record?.created_at === "string" && INSTANT.test(record.created_at) ? `, created ${record.created_at},` : "";
  throw new ZendeskError(
    `GET ${path}: Zendesk sent a record${created} with ${describeId(record?.id)}; an id must be a positive whole number below 2^53 to be read exactly, so the listing stopped rather than merge or misname records (report it to Zendesk)`
  );
}

// src/core/ip-address.ts
var IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
function isIpAddress(text2) {
  if (IPV4.test(text2)) return true;
  if (!text2.includes(":") || !/^[0-9a-f:.]+$/i.test(text2)) return false;
  try {
    new URL(`http://[${text2}]/`);
    return true;
  } catch {
    return false;
  }
}

// src/core/fetch/query.ts
var AUDIT_ACTIONS = ["create", "destroy", "exported", "login", "update"];
var MAX_PAGE_SIZE = 100;
var SOURCE_TYPE = /^[a-z][a-z0-9_]*(?:\/[a-z0-9_]+)*$/;
function list(value) {
  if (value === void 0) return [];
  return Array.isArray(value) ? value : [value];
}
function parseId(value, what) {
  const text2 = String(value).trim();
  const id = wholeNumberOf(text2);
  if (!isZendeskId(id)) {
    throw new InputError(`${what} ${JSON.stringify(String(value))} is not an id: use a positive whole number such as 1509756491122`);
  }
  return id;
}
function checkQuery(query) {
  for (const type of list(query.sourceType)) {
    if (!SOURCE_TYPE.test(type)) {
      throw new InputError(`source type ${JSON.stringify(type)} is not valid: use e.g. account_setting, user, rule or apitoken`);
    }
  }
  for (const action of list(query.action)) {
    if (!AUDIT_ACTIONS.includes(action)) {
      throw new InputError(`action ${JSON.stringify(action)} is not one of ${AUDIT_ACTIONS.join(", ")}`);
    }
  }
  for (const ip of list(query.ipAddress)) {
    if (!isIpAddress(ip)) {
      throw new InputError(
        `IP address ${JSON.stringify(ip)} is not valid: write an IPv4 or IPv6 address, e.g. 52.40.123.85 or 2001:db8::1`
      );
    }
  }
  for (const id of [...list(query.sourceId), ...list(query.actorId)]) parseId(id, "id");
  if (list(query.sourceId).length && !list(query.sourceType).length) {
    throw new InputError("a source id filter needs a source type too");
  }
  if (query.order !== void 0 && query.order !== "asc" && query.order !== "desc") {
    throw new InputError(`order ${JSON.stringify(query.order)} is not asc or desc`);
  }
}
function addFilter(params, name, values) {
  if (values.length === 1) params.append(`filter[${name}]`, String(values[0]));
  else for (const value of values) params.append(`filter[${name}][]`, String(value));
}
function auditLogParams(query, pageSize = MAX_PAGE_SIZE) {
  checkQuery(query);
  checkWhole("pageSize", pageSize, 1, MAX_PAGE_SIZE);
  const params = new URLSearchParams();
  addFilter(params, "source_type", list(query.sourceType));
  addFilter(params, "source_id", list(query.sourceId));
  addFilter(params, "actor_id", list(query.actorId));
  addFilter(params, "ip_address", list(query.ipAddress));
  addFilter(params, "action", list(query.action));
  if (query.createdAt) {
    const { start, end } = query.createdAt;
    params.append("filter[created_at][]", utcSecond(start));
    params.append("filter[created_at][]", utcSecond(end));
  }
  params.set("page[size]", String(pageSize));
  params.set("sort", query.order === "asc" ? "created_at" : "-created_at");
  return params;
}

// src/core/fetch/slices.ts
function windowSeconds(window) {
  return { from: Math.floor(window.start.epochMilliseconds / 1e3), to: Math.floor(window.end.epochMilliseconds / 1e3) };
}
function rangeWindow(range) {
  return {
    start: Temporal.Instant.fromEpochMilliseconds(range.from * 1e3),
    end: Temporal.Instant.fromEpochMilliseconds(range.to * 1e3)
  };
}
function splitSeconds(range, count2) {
  if (!Number.isSafeInteger(range.from) || !Number.isSafeInteger(range.to) || range.from > range.to) {
    throw new RangeError(`a range of seconds needs whole from <= to, got ${range.from}..${range.to}`);
  }
  checkWhole("count", count2, 1);
  const seconds2 = range.to - range.from + 1;
  const parts = Math.min(count2, seconds2);
  const slices = [];
  for (let index = 0; index < parts; index++) {
    slices.push({
      from: range.from + Math.floor(index * seconds2 / parts),
      to: range.from + Math.floor((index + 1) * seconds2 / parts) - 1
    });
  }
  return slices;
}
function planSlices(range, count2, options) {
  const bySize = Math.ceil(count2 / options.sliceRecords);
  const byWalks = Math.min(options.concurrency, Math.floor(count2 / (2 * options.pageSize)));
  return splitSeconds(range, Math.max(1, bySize, byWalks));
}
function uncovered(range, covered) {
  const gaps = [];
  let next = range.from;
  for (const run of covered) {
    if (run.from > next) gaps.push({ from: next, to: Math.min(run.from - 1, range.to) });
    next = Math.max(next, run.to + 1);
  }
  if (next <= range.to) gaps.push({ from: next, to: range.to });
  return gaps;
}
function recordSecond(record) {
  try {
    return Math.floor(epochMs(record.created_at) / 1e3);
  } catch {
    return Number.NaN;
  }
}
function walkedPast(range, descending, latest) {
  if (latest === void 0) return [];
  const run = descending ? { from: latest + 1, to: range.to } : { from: range.from, to: latest - 1 };
  return run.from <= run.to ? [run] : [];
}

// src/core/fetch/paginate.ts
var AUDIT_LOGS = "/api/v2/audit_logs";
var MAX_REPEATED_CURSORS = 3;
var RECENT_IDS = 1e4;
function nextCursor(page) {
  if (!page.meta?.has_more) return null;
  if (page.meta.after_cursor) return page.meta.after_cursor;
  const next = page.links?.next;
  const cursor = next ? new URL(next).searchParams.get("page[after]") : null;
  if (!cursor) throw new ZendeskError("Zendesk said there are more pages but gave no cursor to fetch them");
  return cursor;
}
async function* cursorPages(client, path, params, key, options = {}) {
  const followed = /* @__PURE__ */ new Set();
  let cursor = null;
  let repeats = 0;
  for (; ; ) {
    const pageParams = new URLSearchParams(params);
    if (cursor !== null) pageParams.set("page[after]", cursor);
    const { body } = await client.get(path, pageParams, { signal: options.signal });
    const items = body?.[key];
    if (!Array.isArray(items)) throw new ZendeskError(`GET ${path}: the response has no "${key}" list; is the base URL a Zendesk API?`);
    checkRecordIds(path, items);
    const next = nextCursor(body);
    if (next !== null && (followed.has(next) || next === cursor)) {
      if (++repeats > MAX_REPEATED_CURSORS) {
        throw new ZendeskError(
          `GET ${path}: Zendesk kept returning a page cursor it had already returned; stopped rather than loop or repeat records (try again later)`
        );
      }
      continue;
    }
    repeats = 0;
    if (cursor !== null) followed.add(cursor);
    yield items;
    if (next === null) return;
    cursor = next;
  }
}
var RecentIds = class {
  #ids = /* @__PURE__ */ new Set();
  /** The ids in the order they came, the oldest overwritten next; a slot not yet filled is undefined, which no set holds. */
  #ring;
  #next = 0;
  capacity;
  constructor(capacity = RECENT_IDS) {
    this.capacity = capacity;
    this.#ring = new Array(capacity);
  }
  add(id) {
    if (this.#ids.has(id)) return false;
    this.#ids.delete(this.#ring[this.#next]);
    this.#ring[this.#next] = id;
    this.#next = (this.#next + 1) % this.capacity;
    this.#ids.add(id);
    return true;
  }
};
async function* auditLogs(client, query, options = {}) {
  const params = auditLogParams(query, options.pageSize);
  const seen = new RecentIds();
  const descending = query.order !== "asc";
  let pages = 0;
  let records = 0;
  let latest;
  const { controller, unlink } = linkedController(options.signal, options.stop);
  const walk = cursorPages(client, AUDIT_LOGS, params, "audit_logs", { signal: controller.signal });
  try {
    for (let page = await walk.next(); !page.done; ) {
      const ahead = options.readAhead ? walk.next() : void 0;
      ahead?.catch(() => {
      });
      if (options.stop) latest = latestSecond(page.value, descending, latest);
      const fresh = page.value.filter((log) => seen.add(log.id));
      records += fresh.length;
      for (const log of fresh) yield log;
      options.onEvent?.({ type: "page", pages: ++pages, records });
      page = await (ahead ?? walk.next());
    }
  } catch (error) {
    if (!options.stop?.aborted || options.signal?.aborted) throw error;
    const covered = query.createdAt && walkedPast(windowSeconds(query.createdAt), descending, latest);
    options.onEvent?.({ type: "stopped", covered: covered || void 0 });
  } finally {
    unlink();
    controller.abort();
    void walk.return(void 0).catch(() => {
    });
  }
}
function latestSecond(page, descending, before) {
  let latest = before;
  for (const record of page) {
    const second = recordSecond(record);
    if (Number.isNaN(second)) continue;
    if (latest === void 0 || (descending ? second < latest : second > latest)) latest = second;
  }
  return latest;
}

// src/core/fetch/slice-planner.ts
var MIN_SPLIT_PAGES = 2;
function sliceState(first, last) {
  return { first, last, reached: first - 1, buffered: 0, active: false, done: false };
}
function nextStep(state) {
  const slot = state.active < state.concurrency && fetchOrSplit(state);
  if (slot) return slot;
  const head = state.slices[state.head];
  if (!head) return { type: "end" };
  if (head.buffered > 0) return { type: "emit" };
  return head.done && !head.active ? { type: "next" } : { type: "wait" };
}
function fetchOrSplit(state) {
  const { slices, head } = state;
  const room = state.buffered + state.active * state.pageSize < state.readAhead;
  const mayFetch = (slice2) => !slice2.active && !slice2.done && slice2.buffered < 2 * state.sliceRecords;
  const first = slices[head];
  if (first && mayFetch(first) && (room || first.buffered === 0)) return { type: "fetch", index: head };
  if (!room) return void 0;
  for (let index = head + 1; index < slices.length; index++) if (mayFetch(slices[index])) return { type: "fetch", index };
  let victim = -1;
  let most = MIN_SPLIT_PAGES * state.pageSize;
  const end = Math.min(slices.length, head + 2 * state.concurrency);
  for (let index = head; index < end; index++) {
    const slice2 = slices[index];
    if (slice2.done) continue;
    const left = slice2.last - Math.max(slice2.reached, slice2.first);
    const estimate = left * (slice2.rate ?? state.density);
    if (left >= 1 && estimate >= most) [victim, most] = [index, estimate];
  }
  if (victim < 0) return void 0;
  const slice = slices[victim];
  const kept = Math.max(slice.reached, slice.first);
  return { type: "split", index: victim, at: kept + Math.floor((slice.last - kept) / 2) };
}
function arrival(slice, walkLast, coordinates, pageSize) {
  let reached = slice.reached;
  let keep = 0;
  for (; keep < coordinates.length; keep++) {
    const at = coordinates[keep];
    if (at < slice.first || at > slice.last && slice.last === walkLast) return { keep: 0, reached, outside: keep };
    if (at > slice.last) break;
    if (at > reached) reached = at;
  }
  const rate = keep >= pageSize ? keep / Math.max(1, reached - slice.reached) : slice.rate;
  return { keep, reached, rate };
}
var READ_AHEAD_ROUND_TRIPS = 5;
var MIN_READ_AHEAD_PAGES = 4;
function readAhead(pace, sizes) {
  const least = MIN_READ_AHEAD_PAGES * sizes.pageSize;
  const most = 2 * sizes.concurrency * Math.max(sizes.sliceRecords, sizes.pageSize);
  const wanted = pace ? READ_AHEAD_ROUND_TRIPS * pace.roundTripMs * pace.drainPerMs : sizes.concurrency * sizes.pageSize;
  return Math.round(Math.min(most, Math.max(least, wanted)));
}
var SMOOTHING = 0.2;
function measured(pace, page) {
  if ("roundTripMs" in page) return { ...pace, roundTripMs: Math.min(pace.roundTripMs ?? Infinity, page.roundTripMs) };
  const value = page.records / Math.max(page.drainMs, 1e-3);
  return { ...pace, drainPerMs: pace.drainPerMs === void 0 ? value : pace.drainPerMs + SMOOTHING * (value - pace.drainPerMs) };
}
function paceOf(pace) {
  return pace.roundTripMs !== void 0 && pace.drainPerMs !== void 0 ? { roundTripMs: pace.roundTripMs, drainPerMs: pace.drainPerMs } : void 0;
}
function received(slices, head, whole) {
  const runs = [];
  const add = (from, to) => {
    if (to < from) return;
    const last = runs.at(-1);
    if (last && last.to + 1 >= from) last.to = Math.max(last.to, to);
    else runs.push({ from, to });
  };
  add(whole.from, (slices[head]?.first ?? whole.to + 1) - 1);
  for (let index = head; index < slices.length; index++) {
    const slice = slices[index];
    add(slice.first, slice.done ? slice.last : slice.reached - 1);
  }
  return runs;
}

// src/core/fetch/parallel.ts
var PARALLEL_DEFAULTS = { concurrency: 16, sliceRecords: 1e3, minRecords: 500 };
var MAX_CONCURRENCY = 64;
async function countAuditLogs(client, query, options = {}) {
  const params = auditLogParams(query);
  params.delete("page[size]");
  params.delete("sort");
  params.set("per_page", "1");
  const { body } = await client.get(AUDIT_LOGS, params, { signal: options.signal });
  const count2 = body?.count;
  return isWhole(count2, 0) ? count2 : void 0;
}
var newSlice = (first, last) => ({ ...sliceState(first, last), pages: [] });
async function* parallelAuditLogs(client, query, options = {}) {
  const concurrency = checkWhole("concurrency", options.concurrency ?? PARALLEL_DEFAULTS.concurrency, 1, MAX_CONCURRENCY);
  const sliceRecords = checkWhole("sliceRecords", options.sliceRecords ?? PARALLEL_DEFAULTS.sliceRecords, 1);
  const minRecords = checkWhole("minRecords", options.minRecords ?? PARALLEL_DEFAULTS.minRecords, 0);
  const pageSize = options.pageSize ?? MAX_PAGE_SIZE;
  auditLogParams(query, pageSize);
  const once = { ...options, readAhead: true };
  if (!query.createdAt || concurrency === 1 && !options.count) return yield* auditLogs(client, query, once);
  const counting = linkedController(options.signal, options.stop);
  let count2;
  try {
    count2 = await countAuditLogs(client, query, { signal: counting.controller.signal });
  } catch (error) {
    if (!options.stop?.aborted || options.signal?.aborted) throw error;
    options.onEvent?.({ type: "stopped", covered: [] });
    return;
  } finally {
    counting.unlink();
  }
  if (count2 !== void 0) options.onEvent?.({ type: "count", count: count2 });
  if (concurrency === 1 || count2 === void 0 || count2 < Math.max(1, minRecords)) return yield* auditLogs(client, query, once);
  const descending = query.order !== "asc";
  const range = windowSeconds(query.createdAt);
  const whole = walkOrder(range, descending);
  const planned = planSlices(range, count2, { concurrency, sliceRecords, pageSize });
  const slices = descending ? planned.reverse().map((part) => newSlice(-part.to, -part.from)) : planned.map((part) => newSlice(part.from, part.to));
  const density = count2 / (range.to - range.from + 1);
  const sizes = { concurrency, sliceRecords, pageSize };
  const state = { slices, head: 0, active: 0, buffered: 0, readAhead: readAhead(void 0, sizes), ...sizes, density };
  let pace = {};
  const pacedBy = (measure) => {
    pace = measured(pace, measure);
    state.readAhead = readAhead(paceOf(pace), sizes);
  };
  let failure;
  let closed = false;
  let stopAt;
  let wake = () => {
  };
  let pages = 0;
  let records = 0;
  const stopWalks = () => slices.forEach((slice) => slice.controller?.abort());
  const fail = (error) => {
    if (closed || failure || stopAt) return;
    failure = { error };
    stopWalks();
    wake();
  };
  const onStop = () => {
    if (closed || failure || stopAt) return;
    stopAt = inSeconds(received(slices, state.head, whole), descending);
    stopWalks();
    wake();
  };
  const coordinate = (record) => descending ? -recordSecond(record) : recordSecond(record);
  function schedule() {
    while (!failure && !closed && !stopAt) {
      const step = nextStep(state);
      if (step.type === "fetch") void fetchPage(slices[step.index]);
      else if (step.type !== "split") return;
      else {
        const slice = slices[step.index];
        slices.splice(step.index + 1, 0, newSlice(step.at + 1, slice.last));
        slice.last = step.at;
      }
    }
  }
  async function fetchPage(slice) {
    slice.active = true;
    state.active++;
    const started = performance.now();
    try {
      if (!slice.walk) {
        const createdAt = rangeWindow(descending ? { from: -slice.last, to: -slice.first } : { from: slice.first, to: slice.last });
        slice.walkLast = slice.last;
        slice.controller = new AbortController();
        const params = auditLogParams({ ...query, createdAt }, pageSize);
        slice.walk = cursorPages(client, AUDIT_LOGS, params, "audit_logs", { signal: slice.controller.signal });
      }
      const result = await slice.walk.next();
      if (stopAt) return;
      if (result.done) slice.done = true;
      else {
        pacedBy({ roundTripMs: performance.now() - started });
        receive(slice, result.value);
      }
    } catch (error) {
      fail(error);
    } finally {
      slice.active = false;
      state.active--;
      if (slice.done) slice.walk = slice.controller = void 0;
      wake();
      schedule();
    }
  }
  function receive(slice, page) {
    const seen2 = arrival(slice, slice.walkLast, page.map(coordinate), pageSize);
    if (seen2.outside !== void 0) {
      throw new ZendeskError(
        `GET ${AUDIT_LOGS}: Zendesk returned audit-log record ${page[seen2.outside].id} outside the requested time range; try again`
      );
    }
    slice.reached = seen2.reached;
    slice.rate = seen2.rate;
    if (seen2.keep < page.length) {
      slice.done = true;
      void slice.walk?.return(void 0).catch(() => void 0);
      page = page.slice(0, seen2.keep);
    }
    if (page.length > 0) {
      slice.pages.push(page);
      slice.buffered += page.length;
      state.buffered += page.length;
    }
    records += page.length;
    options.onEvent?.({ type: "page", pages: ++pages, records });
  }
  const onAbort = () => fail(options.signal.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  options.stop?.addEventListener("abort", onStop, { once: true });
  if (options.signal?.aborted) onAbort();
  if (options.stop?.aborted) onStop();
  const seen = new RecentIds();
  const take = (slice) => {
    const page = slice.pages.shift();
    slice.buffered -= page.length;
    state.buffered -= page.length;
    schedule();
    return page;
  };
  schedule();
  try {
    for (; ; ) {
      if (failure) throw failure.error;
      if (stopAt) {
        for (const slice of slices.slice(state.head)) {
          while (slice.pages.length > 0) for (const log of take(slice)) if (seen.add(log.id)) yield log;
        }
        options.onEvent?.({ type: "stopped", covered: stopAt });
        return;
      }
      const step = nextStep(state);
      if (step.type === "end") return;
      if (step.type === "wait") await new Promise((resolve) => wake = resolve);
      else if (step.type === "next") {
        if (++state.head >= 256) state.head -= slices.splice(0, state.head).length;
      } else if (step.type === "emit") {
        const page = take(slices[state.head]);
        const started = performance.now();
        for (const log of page) if (seen.add(log.id)) yield log;
        if (!stopAt) pacedBy({ records: page.length, drainMs: performance.now() - started });
      } else schedule();
    }
  } finally {
    closed = true;
    options.signal?.removeEventListener("abort", onAbort);
    options.stop?.removeEventListener("abort", onStop);
    stopWalks();
  }
}
function walkOrder(range, descending) {
  return descending ? { from: -range.to, to: -range.from } : range;
}
function inSeconds(runs, descending) {
  return descending ? runs.map((run) => walkOrder(run, true)).reverse() : runs;
}

// src/core/fetch/rate-gate.ts
var RateGate = class {
  #options;
  /** The account's requests per minute, from the latest answer that said. */
  #limit;
  /** Requests waiting for a ticket, first come first served; `detach` stops listening to the request's signal. */
  #waiters = [];
  #tickets = 0;
  /** Tickets of the requests in flight, each with the number of requests settled before it went. */
  #pending = /* @__PURE__ */ new Map();
  /** Requests settled so far, answered or not (a request that failed may still have been counted). */
  #settled = 0;
  /** Recently settled requests, oldest first, while a request in flight went before them: `[settled number, ticket]`. */
  #recent = [];
  #answered = false;
  #snapshot;
  /** The timer that pumps again, and when (epoch ms). */
  #timer;
  /** Until when (epoch ms) no request may go: the latest end of a `Retry-After` on a 429 or 503. */
  #holdUntil = 0;
  constructor(options = {}) {
    const { reserve = 0, reserveShare = 0, fallbackWaitMs = 1e3, now = Date.now } = options;
    checkWhole("reserve", reserve, 0);
    if (!(reserveShare >= 0 && reserveShare <= 0.9)) throw new RangeError(`reserveShare must be from 0 to 0.9, got ${reserveShare}`);
    if (!(fallbackWaitMs > 0)) throw new RangeError(`fallbackWaitMs must be positive, got ${fallbackWaitMs}`);
    this.#options = { reserve, reserveShare, fallbackWaitMs, now, onEvent: options.onEvent };
  }
  /** Requests of the budget left for the account's other clients. */
  get reserve() {
    return Math.max(this.#options.reserve, Math.ceil((this.#limit ?? 0) * this.#options.reserveShare));
  }
  /** Requests sent and not yet answered. */
  get inFlight() {
    return this.#pending.size;
  }
  /** Until when (epoch ms) every request is held by a `Retry-After`; 0 when none is. */
  get heldUntil() {
    return this.#holdUntil > this.#options.now() ? this.#holdUntil : 0;
  }
  /** Requests that may go now by the latest answer (Infinity when the server tells nothing). */
  get available() {
    if (this.heldUntil) return 0;
    if (!this.#answered) return this.inFlight === 0 ? 1 : 0;
    const snapshot = this.#snapshot;
    return snapshot ? snapshot.remaining - this.reserve - (this.#tickets - snapshot.ticket) : Infinity;
  }
  acquire(signal) {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) this.#waiters.splice(index, 1);
        reject(signal.reason);
        this.#pump();
      };
      const waiter = { resolve, detach: () => signal?.removeEventListener("abort", onAbort) };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiters.push(waiter);
      this.#pump();
    });
  }
  settle(ticket, answer) {
    const sentAfter = this.#pending.get(ticket);
    if (sentAfter === void 0) return;
    this.#pending.delete(ticket);
    const unseen = this.#unseenBy(ticket, sentAfter);
    this.#recent.push([++this.#settled, ticket]);
    this.#forgetOldSettled();
    if (answer) {
      this.#answered = true;
      const { limit, remaining, resetMs } = answer.rateLimit;
      const limited = answer.status === 429;
      const limitedMs = answer.retryAfterMs ?? resetMs ?? this.#options.fallbackWaitMs;
      const now = this.#options.now();
      const holdMs = limited ? limitedMs : answer.status === 503 ? answer.retryAfterMs : void 0;
      if (holdMs !== void 0 && holdMs > 0) this.#holdUntil = Math.max(this.#holdUntil, now + holdMs);
      if (limit !== void 0 && limit > 0) this.#limit = limit;
      if (limited || remaining !== void 0 && (!this.#snapshot || ticket >= this.#snapshot.ticket)) {
        this.#snapshot = {
          ticket: Math.max(ticket, this.#snapshot?.ticket ?? 0),
          remaining: limited ? 0 : remaining - unseen,
          resetAt: now + (limited ? limitedMs : resetMs ?? this.#options.fallbackWaitMs)
        };
      } else if (remaining === void 0 && this.#snapshot && ticket > this.#snapshot.ticket) {
        this.#snapshot = void 0;
      }
    }
    this.#pump();
  }
  /** Lets waiting requests go while the budget allows, else sets a timer for when it will. */
  #pump() {
    const held = this.heldUntil;
    if (held && this.#waiters.length > 0) return this.#wakeAt(held);
    while (this.#waiters.length > 0) {
      if (this.available < 1 && !this.#resetPassed()) break;
      const waiter = this.#waiters.shift();
      waiter.detach();
      this.#pending.set(++this.#tickets, this.#settled);
      waiter.resolve(this.#tickets);
    }
    if (this.#waiters.length > 0 && this.inFlight === 0 && this.#snapshot) this.#wakeAt(this.#snapshot.resetAt);
    else if (this.#waiters.length === 0) this.#stopTimer();
  }
  /** Requests numbered below `ticket` that the server may have counted after it: in flight, or settled since it went. */
  #unseenBy(ticket, sentAfter) {
    let unseen = 0;
    for (const pending of this.#pending.keys()) if (pending < ticket) unseen++;
    for (const [settled, other] of this.#recent) if (settled > sentAfter && other < ticket) unseen++;
    return unseen;
  }
  /** Forgets the requests that settled before every request now in flight went out. */
  #forgetOldSettled() {
    const oldest = Math.min(this.#settled, ...this.#pending.values());
    let drop = 0;
    while (drop < this.#recent.length && this.#recent[drop][0] <= oldest) drop++;
    if (drop > 0) this.#recent.splice(0, drop);
  }
  /** The budget was spent and nothing is in flight, but the reset time has passed: one request may go and bring the news. */
  #resetPassed() {
    const snapshot = this.#snapshot;
    if (!snapshot || this.inFlight > 0 || this.#options.now() < snapshot.resetAt) return false;
    this.#snapshot = { ticket: this.#tickets, remaining: this.reserve + 1, resetAt: snapshot.resetAt + this.#options.fallbackWaitMs };
    return true;
  }
  #wakeAt(at) {
    if (this.#timer && this.#timer.at <= at) return;
    this.#stopTimer();
    this.#options.onEvent?.({ type: "wait", until: at });
    const id = setTimeout(() => {
      this.#stopTimer();
      this.#pump();
    }, Math.max(0, at - this.#options.now()));
    this.#timer = { id, at };
  }
  #stopTimer() {
    clearTimeout(this.#timer?.id);
    this.#timer = void 0;
  }
};

// src/core/auth/read-credentials.ts
function credentialChoices(names) {
  return `set ${names.clientId} and ${names.clientSecret} (an OAuth client of kind Confidential), or ${names.oauthToken}, or ${names.email} and ${names.apiToken}`;
}
function readCredentials(read2, settings) {
  const { names } = settings;
  const clientId = read2(names.clientId);
  const clientSecret = read2(names.clientSecret);
  if (clientId && clientSecret) return { clientId, clientSecret };
  const client = `both (the OAuth client's Identifier and secret${settings.keptIn ? `, ${settings.keptIn}` : ""})`;
  if (clientId) throw new InputError(`${names.clientId} is set but ${names.clientSecret} is not: set ${client}`);
  if (clientSecret) throw new InputError(`${names.clientSecret} is set but ${names.clientId} is not: set ${client}`);
  const oauthToken = read2(names.oauthToken);
  const email = read2(names.email);
  const apiToken = read2(names.apiToken);
  if (settings.refuseMixed && oauthToken && (email || apiToken)) {
    throw new InputError(
      `both kinds of Zendesk credentials are set, an OAuth token and an API token: set ${names.oauthToken} or ${names.email} and ${names.apiToken}, not both`
    );
  }
  if (oauthToken) return { oauthToken };
  if (email && apiToken) return { email: checkedEmail(email, names), apiToken };
  const clientPair = `${names.clientId} and ${names.clientSecret}`;
  if (apiToken) throw new InputError(`${names.apiToken} is set but ${names.email} is not: set both, or use ${clientPair}`);
  if (email) throw new InputError(`${names.email} is set but ${names.apiToken} is not: set both, or use ${clientPair}`);
  throw new InputError(`${settings.noneSet}: ${credentialChoices(names)} (${settings.noneHint})`);
}
function checkedEmail(email, names) {
  if (/\/token\b/i.test(email)) {
    throw new InputError(
      `${names.email} holds more than an email (it has /token in it): set the address alone, e.g. admin@example.com, and the token in ${names.apiToken}; the /token part is added for you`
    );
  }
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw new InputError(
      `${names.email} is not an email address: set the address of the admin whose API token this is, e.g. admin@example.com`
    );
  }
  return email;
}

// src/core/fetch/source-types.ts
var DOCUMENTED_SOURCE_TYPES = ["account_setting", "apitoken", "rule", "ticket", "user", "zendesk/app_market/app"];
var KNOWN_SOURCE_TYPES = [
  ...DOCUMENTED_SOURCE_TYPES,
  "account",
  "api_token",
  "brand",
  "group",
  "macro",
  "oauth_client",
  "permission_set",
  "ticket_form",
  "trigger",
  "user_setting",
  "view"
];
var EVERY_TYPE = "all";
async function hasLogged(client, type, signal) {
  const { body } = await client.get("/api/v2/audit_logs", auditLogParams({ sourceType: type }, 1), { signal });
  return Array.isArray(body.audit_logs) && body.audit_logs.length > 0;
}
function nearestKnown(type) {
  return closestMatch(type, KNOWN_SOURCE_TYPES.filter((known) => known !== type));
}
async function* checkedSourceTypes(records, check) {
  const unseen = new Set(check.sourceTypes.filter((type) => type !== EVERY_TYPE));
  for await (const record of records) {
    if (unseen.size > 0) unseen.delete(record.source_type);
    yield record;
  }
  for (const type of unseen) {
    if (await hasLogged(check.client, type, check.signal)) continue;
    const what = `${check.setting ? `${check.setting}: ` : ""}source type ${JSON.stringify(type)}: this account has never logged one`;
    const nearest = nearestKnown(type);
    if (DOCUMENTED_SOURCE_TYPES.includes(type)) {
      check.onWarning?.(`${what}, so nothing can be found yet${nearest ? ` (did you mean ${nearest}?)` : ""}`);
    } else {
      const hint = nearest ? `did you mean ${nearest}?` : `check the spelling (Zendesk documents ${DOCUMENTED_SOURCE_TYPES.join(", ")})`;
      throw new InputError(`${what}: ${hint}`);
    }
  }
}

// src/core/time/time-range.ts
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseDate(text2) {
  const trimmed = text2.trim();
  if (DATE.test(trimmed)) {
    try {
      return Temporal.PlainDate.from(trimmed, { overflow: "reject" });
    } catch {
    }
  }
  throw new InputError(`${JSON.stringify(text2)} is not a date: write YYYY-MM-DD, e.g. 2024-05-21`);
}
function floorToSecond(instant) {
  return instant.round({ smallestUnit: "second", roundingMode: "floor" });
}
function startOfDay(date, zone) {
  return date.toZonedDateTime({ timeZone: zone }).toInstant();
}
function dayRange(first, last, zone) {
  if (Temporal.PlainDate.compare(first, last) > 0) {
    throw new InputError(`the end date ${last} is before the start date ${first}`);
  }
  return {
    start: startOfDay(first, zone),
    end: startOfDay(last.add({ days: 1 }), zone).subtract({ seconds: 1 })
  };
}
function parseBound(text2, zone, edge) {
  const trimmed = text2.trim();
  if (DATE.test(trimmed) || !/[T ]\d/.test(trimmed)) {
    const date = parseDate(trimmed);
    return edge === "start" ? startOfDay(date, zone) : dayRange(date, date, zone).end;
  }
  try {
    return floorToSecond(Temporal.Instant.from(trimmed));
  } catch {
    const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})(?:\[.*\])?$/i.test(trimmed);
    throw new InputError(
      hasOffset ? `${JSON.stringify(text2)} is not a valid time: write e.g. 2024-05-21T15:34:33Z` : `${JSON.stringify(text2)} has no zone: add Z or an offset (2024-05-21T15:34:33-07:00), or give a date`
    );
  }
}
function parseRange(start, end, zone, now = Temporal.Now.instant()) {
  const window = { start: parseBound(start, zone, "start"), end: end ? parseBound(end, zone, "end") : floorToSecond(now) };
  if (Temporal.Instant.compare(window.start, window.end) > 0) {
    throw new InputError(`the end (${end || "now"}) is before the start (${start})`);
  }
  return window;
}
var DURATION = /^(\d+)\s*(s|m|min|h|d|w)$/i;
var UNITS = { s: "seconds", m: "minutes", min: "minutes", h: "hours", d: "days", w: "weeks" };
function parseDuration(text2) {
  const trimmed = text2.trim();
  let duration;
  const match2 = DURATION.exec(trimmed);
  if (match2) {
    const unit = UNITS[match2[2].toLowerCase()];
    try {
      duration = Temporal.Duration.from({ [unit]: Number(match2[1]) });
    } catch {
      duration = void 0;
    }
  } else if (/^P/i.test(trimmed)) {
    try {
      duration = Temporal.Duration.from(trimmed.toUpperCase());
    } catch {
      duration = void 0;
    }
  }
  if (!duration) {
    throw new InputError(`${JSON.stringify(text2)} is not a duration: write a whole number and a unit, e.g. 90m, 36h, 7d or 2w`);
  }
  if (duration.sign <= 0) throw new InputError(`the duration ${JSON.stringify(text2)} must be longer than zero`);
  return duration;
}
function windowEndingAt(now, duration, zone) {
  const end = floorToSecond(now);
  let start;
  try {
    start = end.toZonedDateTimeISO(zone).subtract(duration).toInstant();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InputError(`the duration ${duration} reaches too far back, before any date Temporal knows: choose a shorter one`);
  }
  return { start, end };
}

// src/core/fetch/users.ts
async function showUser(client, id, options = {}) {
  const path = `/api/v2/users/${id}`;
  try {
    const { body } = await client.get(path, void 0, options);
    return body.user;
  } catch (error) {
    if (error instanceof ZendeskHttpError && error.status === 404) {
      throw new ZendeskHttpError({
        status: 404,
        method: "GET",
        path,
        detail: { code: error.code, message: `no user with id ${id} in this account` },
        hint: "check the id (the actor_id of an audit-log record)"
      });
    }
    throw error;
  }
}

// src/core/review/change.ts
var NAMED_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
var ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi;
function decodeEntities(text2) {
  return text2.replace(ENTITY, (whole, decimal, hex, name) => {
    if (name !== void 0) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = decimal !== void 0 ? Number(decimal) : Number.parseInt(hex, 16);
    if (code === 0 || code > 1114111 || code >= 55296 && code <= 57343) return whole;
    return String.fromCodePoint(code);
  });
}
var CHANGED_FROM = /^(?:[^\n]*?\s)?changed from\s+([\s\S]*?)\s+to\s+([\s\S]*?)\s*$/i;
var SWITCHES = [
  [/^(?:[^\n]*?:\s*)?turned on\.?$/i, "off", "on"],
  [/^(?:[^\n]*?:\s*)?turned off\.?$/i, "on", "off"],
  [/^(?:[^\n]*?:\s*)?enabled\.?$/i, "disabled", "enabled"],
  [/^(?:[^\n]*?:\s*)?disabled\.?$/i, "enabled", "disabled"]
];
var NONE = Object.freeze({ change_from: null, change_to: null });
var REMEMBERED = 4096;
var REMEMBERED_LENGTH = 200;
var remembered = /* @__PURE__ */ new Map();
function parseChange(description) {
  if (typeof description !== "string") return NONE;
  if (description.length > REMEMBERED_LENGTH) return readChange(description);
  let values = remembered.get(description);
  if (values === void 0) {
    values = readChange(description);
    if (remembered.size >= REMEMBERED) remembered.clear();
    remembered.set(description, values);
  }
  return values;
}
function readChange(description) {
  const text2 = decodeEntities(description).trim();
  const changed = CHANGED_FROM.exec(text2);
  if (changed) return Object.freeze({ change_from: changed[1], change_to: changed[2] });
  for (const [shape, from, to] of SWITCHES) {
    if (shape.test(text2)) return Object.freeze({ change_from: from, change_to: to });
  }
  return NONE;
}
function changeOf(record) {
  return parseChange(record.change_description);
}

// src/core/review/fields.ts
function createdAtMs(record) {
  const createdAt = record.created_at;
  if (typeof createdAt === "string") {
    try {
      const ms = epochMs(createdAt);
      if (Number.isFinite(ms)) return ms;
    } catch {
    }
  }
  throw new TypeError(`audit log ${String(record.id)} has no readable created_at: ${JSON.stringify(createdAt) ?? "undefined"}`);
}
function textOf(value) {
  if (typeof value === "string") return value;
  if (value === null || value === void 0) return "";
  if (typeof value === "object") return JSON.stringify(value) ?? "";
  return String(value);
}

// src/core/review/rule.ts
var SEVERITIES = ["high", "medium", "low"];
var DIRECTIONS = ["weakening", "strengthening", "unknown"];
var RANK = { high: 3, medium: 2, low: 1 };
function compareSeverity(a, b) {
  return RANK[a] - RANK[b];
}
function highestSeverity(detections) {
  let highest = null;
  for (const detection of detections) {
    if (highest === null || RANK[detection.severity] > RANK[highest]) highest = detection.severity;
  }
  return highest;
}
function atLeast(severity2, minimum) {
  return severity2 !== null && RANK[severity2] >= RANK[minimum];
}
function isSensitive(severity2) {
  return atLeast(severity2, "medium");
}
function parseSeverity(text2) {
  const severity2 = text2.trim().toLowerCase();
  if (SEVERITIES.includes(severity2)) return severity2;
  throw new InputError(`${JSON.stringify(text2)} is not a severity: write high, medium or low`);
}

// src/core/render/unsafe.ts
var BEYOND_C0 = "\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
var LONE_SURROGATE = "[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
var UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]|${LONE_SURROGATE}`, "g");
var UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, "g");
function replaceUnsafe(text2, replacement) {
  return text2.replace(UNSAFE, replacement);
}
function escapeUnsafeInJson(json) {
  return json.replace(UNSAFE_IN_JSON, unicodeEscape).replaceAll("##[", "#\\u0023[");
}
function unicodeEscape(character) {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function escapeUnsafe(text2, keep = "") {
  return replaceUnsafe(text2, (character) => keep.includes(character) ? character : unicodeEscape(character));
}
function breakWorkflowCommands(text2) {
  return text2.replace(/::/g, ":​:").replace(/##\[/g, "#​#[");
}
function breakCommandsAfterLineStart(text2) {
  return text2.replace(/([\r\n]\s*)::/g, "$1:​:").replace(/##\[/g, "#​#[");
}

// src/core/render/csv.ts
var CSV_COLUMNS = [
  "id",
  "created_at",
  "created_at_local",
  "actor_id",
  "actor_name",
  "source_type",
  "source_id",
  "source_label",
  "action",
  "action_label",
  "change_description",
  "ip_address"
];
var REVIEWED_CSV_COLUMNS = [...CSV_COLUMNS, "sensitive", "change_from", "change_to", "severity", "rules"];
var DELIMITER = ",";
var LINE_END = "\r\n";
var QUOTE = '"';
var NEEDS_QUOTES = /[",\r\n]/;
var FORMULA_START = /^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]|^[\t\r]/;
var CSV_KEPT = "\r\n	";
var FORMULA_GUARD = "'";
function csvCell(value, first) {
  if (value === null || value === void 0) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text2 = escapeUnsafe(typeof value === "string" ? value : JSON.stringify(value), CSV_KEPT);
  text2 = first ? breakWorkflowCommands(text2) : breakCommandsAfterLineStart(text2);
  if (FORMULA_START.test(text2)) text2 = FORMULA_GUARD + text2;
  return NEEDS_QUOTES.test(text2) ? QUOTE + text2.replaceAll(QUOTE, QUOTE + QUOTE) + QUOTE : text2;
}
function csvRow(values) {
  return values.map((value, index) => csvCell(value, index === 0)).join(DELIMITER) + LINE_END;
}
function csvValues(detected, clock) {
  const { record, detections, severity: severity2 } = detected;
  const values = CSV_COLUMNS.map(
    (column) => column === "created_at_local" ? clock.iso(createdAtMs(record)) : record[column]
  );
  const { change_from, change_to } = changeOf(record);
  values.push(isSensitive(severity2), change_from, change_to, severity2, detections.map((detection) => detection.rule).join(" "));
  return values;
}
async function* renderCsv(records, options) {
  yield csvRow(REVIEWED_CSV_COLUMNS);
  for await (const detected of records) yield csvRow(csvValues(detected, options.clock));
}

// src/core/time/span.ts
function spanText(ms) {
  const minutes = Math.floor(ms / 6e4);
  if (minutes < 1) return "under a minute";
  if (minutes < 120) return plural(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return plural(hours, "hour");
  return plural(Math.floor(hours / 24), "day");
}

// src/core/review/built-in-rules.ts
var HELP = "https://support.zendesk.com/hc/en-us/articles";
var SETTINGS = ["account_setting", "account"];
var USERS = ["user", "user_setting"];
var API_TOKENS = ["api_token"];
var TWO_FACTOR = ["two factor", "two step", "2fa", "multi factor", "mfa"];
var IP_RESTRICTION = ["ip restriction", "allowed ip", "ip range", "ip allowlist", "ip whitelist", "ip address restriction"];
var SSO = [
  "single sign on",
  "sso",
  "saml",
  "jwt",
  "json web token",
  "oidc",
  "openid connect",
  "remote authentication",
  "external authentication",
  "team member authentication",
  "staff member authentication",
  "end user authentication"
];
var PASSWORD_POLICY = ["password policy", "password security", "password level", "password strength", "password requirement"];
var PASSWORD_LEVELS = [["low"], ["medium"], ["high"], ["recommended"]];
var SESSION = ["session expiration", "session expiry", "session timeout", "session length", "session duration", "session lifetime"];
var ASSUMPTION = ["account assumption", "assumption duration", "assume user", "user assumption"];
var API_ACCESS = ["api token access", "token access", "api password access", "password access", "api access"];
var CREDIT_CARD_REDACTION = ["credit card redaction", "card redaction", "redact credit card"];
var MOBILE_APP_ACCESS = ["mobile app access", "support mobile app"];
var CAPTCHA = ["captcha"];
var ROLE_LEVELS = [
  ["account owner", "owner", "administrator (owner)", "admin (owner)"],
  ["administrator", "admin"],
  ["agent", "staff", "team lead", "advisor"],
  ["light agent", "contributor", "viewer"],
  ["end user", "customer"]
];
var ADMIN_ROLES = ["admin", "owner"];
var ROLE_CHANGE = ["role"];
function settingRules(area) {
  const clause2 = (direction) => ({
    source_type: SETTINGS,
    label: area.labels,
    ...area.notLabels ? { not_label: area.notLabels } : {},
    sense: area.sense,
    direction
  });
  return [
    { ...area.weakening, match: clause2(["weakening", "unknown"]) },
    { ...area.strengthening, severity: "low", match: clause2(["strengthening"]) }
  ];
}
var BUILT_IN_RULES = [
  // API tokens and OAuth clients: new ways into the account that outlive any password.
  {
    id: "zendesk.api-token-created",
    title: "API token created",
    severity: "high",
    match: { source_type: API_TOKENS, action: ["create"] },
    reason: "An API token acts for any verified user with their email address and works until someone deletes it.",
    runbook: `Confirm who needs the token and for what; if no one does, delete it in Admin Center > Apps and integrations > APIs > API tokens: ${HELP}/4408889192858`
  },
  {
    id: "zendesk.api-token-changed",
    title: "API token changed",
    severity: "high",
    match: { source_type: API_TOKENS, action: ["update"] },
    reason: "A token that is renamed or reactivated can hide what it is used for.",
    runbook: `Check the token's description and status against what its owner expects: ${HELP}/4408889192858`
  },
  {
    id: "zendesk.api-token-deleted",
    title: "API token deleted",
    severity: "low",
    match: { source_type: API_TOKENS, action: ["destroy"] },
    reason: "A deleted token closes a way in, but an integration that used it stops working.",
    runbook: `Make sure no integration still needs the token: ${HELP}/4408889192858`
  },
  {
    id: "zendesk.oauth-client-created",
    title: "OAuth client or token created",
    severity: "high",
    match: [
      { source_type: ["oauth_client", "oauth_token"], action: ["create"] },
      { label: ["oauth client", "oauth token"], action: ["create"] }
    ],
    reason: "An OAuth client can mint access tokens for the account; its secret is a lasting credential.",
    runbook: `Confirm the client is expected and scoped to what it needs; delete it in Admin Center > Apps and integrations > APIs > OAuth clients if not: ${HELP}/203663836`
  },
  {
    id: "zendesk.oauth-client-changed",
    title: "OAuth client changed",
    severity: "high",
    match: [
      { source_type: ["oauth_client", "oauth_token"], action: ["update"] },
      { label: ["oauth client", "oauth token"], action: ["update"] }
    ],
    reason: "A changed redirect URL, scope or secret can hand the account to someone else.",
    runbook: `Check the client's redirect URLs, scopes and owner in Admin Center > Apps and integrations > APIs > OAuth clients: ${HELP}/203663836`
  },
  ...settingRules({
    labels: API_ACCESS,
    sense: "opens",
    weakening: {
      id: "zendesk.api-token-access-on",
      title: "API token or password access turned on",
      severity: "high",
      reason: "With token or password access on, anyone holding a token or password can use the whole API.",
      runbook: `Turn it off unless an integration needs it, in Admin Center > Apps and integrations > APIs > API configuration: ${HELP}/8662004958746`
    },
    strengthening: {
      id: "zendesk.api-token-access-off",
      title: "API token or password access turned off",
      reason: "Fewer ways into the API; integrations that used tokens stop working.",
      runbook: `Make sure no integration still needs token access: ${HELP}/8662004958746`
    }
  }),
  // Who owns and administers the account.
  {
    id: "zendesk.account-owner-changed",
    title: "Account owner changed",
    severity: "high",
    match: [
      { description: ["owner changed from"] },
      { label: ["account owner"], action: ["create", "update"] }
    ],
    reason: "The account owner controls billing and every admin; only the current owner can hand the account on.",
    runbook: `Confirm the transfer with the previous owner; if they did not make it, contact Zendesk Customer Support: ${HELP}/4408822084634`
  },
  {
    id: "zendesk.role-raised-to-admin",
    title: "Role raised to admin or owner",
    severity: "high",
    match: {
      source_type: USERS,
      description: ROLE_CHANGE,
      to: ADMIN_ROLES,
      sense: { levels: ROLE_LEVELS },
      direction: ["weakening", "unknown"]
    },
    reason: "An admin can change every setting, create API tokens and read every ticket.",
    runbook: `Confirm the new admin with whoever approves access; if unexpected, set the role back and review what the user did since: ${HELP}/4408824375450`
  },
  {
    id: "zendesk.admin-demoted",
    title: "Admin or owner lost their role",
    severity: "medium",
    match: {
      source_type: USERS,
      description: ROLE_CHANGE,
      from: ADMIN_ROLES,
      sense: { levels: ROLE_LEVELS },
      direction: ["strengthening", "unknown"]
    },
    reason: "Taking admins away is how an intruder locks out those who would undo their changes.",
    runbook: `Confirm with the former admin that the change was expected: ${HELP}/4408824375450`
  },
  {
    id: "zendesk.team-member-suspended",
    title: "Team member suspended",
    severity: "medium",
    match: { source_type: USERS, description: ["suspended"], not_description: ["turned off", "disabled", "false"] },
    reason: "A suspended admin or agent cannot sign in; the audit log does not say whether they were an admin.",
    runbook: `Confirm the suspension with the team member's manager; unsuspend them if it was a mistake: ${HELP}/4408889293978`
  },
  {
    id: "zendesk.team-member-deleted",
    title: "Team member deleted",
    severity: "medium",
    match: { source_type: USERS, action: ["destroy"] },
    reason: "Deleting a team member cannot be undone; the audit log does not say whether they were an admin.",
    runbook: `Confirm the deletion was planned (an offboarding ticket): ${HELP}/4408821737498`
  },
  {
    id: "zendesk.team-member-two-factor-off",
    title: "A team member's two-factor authentication turned off",
    severity: "medium",
    match: {
      source_type: USERS,
      description: TWO_FACTOR,
      sense: "protects",
      direction: ["weakening", "unknown"]
    },
    reason: "Without two-factor authentication the account falls to a single stolen password.",
    runbook: `Ask the team member to set up two-factor authentication again: ${HELP}/4408829277466`
  },
  {
    id: "zendesk.self-change",
    title: "User changed their own role or two-factor authentication",
    severity: "medium",
    match: { source_type: USERS, description: [...ROLE_CHANGE, ...TWO_FACTOR], self: true },
    reason: "Access is granted by someone else; a change to one’s own role or second factor skips that check.",
    runbook: `Confirm the change with the user's manager or another admin: ${HELP}/4408824375450`
  },
  // Signing in: two-factor, single sign-on, IP restrictions, passwords, sessions.
  ...settingRules({
    labels: TWO_FACTOR,
    sense: "protects",
    weakening: {
      id: "zendesk.two-factor-off",
      title: "Two-factor requirement turned off or loosened",
      severity: "high",
      reason: "Without required two-factor authentication, one stolen password opens an agent or admin account.",
      runbook: `Turn the requirement back on in Admin Center > Account > Security > Team member authentication unless a change ticket explains it: ${HELP}/4408826974874`
    },
    strengthening: {
      id: "zendesk.two-factor-on",
      title: "Two-factor requirement turned on",
      reason: "Safer sign-in; agents are asked to set up two-factor authentication at their next sign-in.",
      runbook: `Tell the team before they are asked for a passcode: ${HELP}/4408826974874`
    }
  }),
  {
    id: "zendesk.sso-changed",
    title: "Single sign-on (SSO, SAML, JWT) changed",
    severity: "high",
    match: { source_type: SETTINGS, label: SSO, not_label: TWO_FACTOR },
    reason: "Whoever controls the sign-in configuration can sign in as anyone it names.",
    runbook: `Check the SSO configurations (remote login URL, certificate fingerprint, shared secret) with your identity team: ${HELP}/4408882188570`
  },
  ...settingRules({
    labels: IP_RESTRICTION,
    notLabels: ["bypass"],
    sense: "ip-ranges",
    weakening: {
      id: "zendesk.ip-restriction-weakened",
      title: "IP restriction turned off, or allowed ranges removed or widened",
      severity: "high",
      reason: "Agents and admins can now sign in from addresses that were kept out.",
      runbook: `Compare the allowed IP ranges with your office and VPN addresses in Admin Center > Account > Security > Advanced: ${HELP}/4408894156186`
    },
    strengthening: {
      id: "zendesk.ip-restriction-strengthened",
      title: "IP restriction added or narrowed",
      reason: "Fewer addresses may sign in; integrations calling from elsewhere may break.",
      runbook: `Make sure every integration's address is still allowed: ${HELP}/4408894156186`
    }
  }),
  {
    id: "zendesk.ip-restriction-bypass-on",
    title: "IP restriction bypass allowed",
    severity: "medium",
    match: { source_type: SETTINGS, label: ["bypass ip"], sense: "opens", direction: ["weakening", "unknown"] },
    reason: "Some users may now sign in from any address despite the IP restriction.",
    runbook: `Confirm who needs to bypass the restriction: ${HELP}/4408894156186`
  },
  ...settingRules({
    labels: PASSWORD_POLICY,
    sense: { levels: PASSWORD_LEVELS },
    weakening: {
      id: "zendesk.password-policy-lowered",
      title: "Password policy lowered",
      severity: "high",
      reason: "Weaker passwords are easier to guess and are checked against fewer rules.",
      runbook: `Set the password security level back to Recommended in Admin Center > Account > Security: ${HELP}/4408822149018`
    },
    strengthening: {
      id: "zendesk.password-policy-raised",
      title: "Password policy raised",
      reason: "Stronger passwords; existing ones that fall short expire in 5 days.",
      runbook: `Tell the team their passwords may need changing: ${HELP}/4408822149018`
    }
  }),
  ...settingRules({
    labels: SESSION,
    sense: "opens",
    weakening: {
      id: "zendesk.session-lengthened",
      title: "Session expiration lengthened",
      severity: "medium",
      reason: "A longer session keeps a forgotten or stolen browser session signed in longer.",
      runbook: `Confirm the new session length matches your policy: ${HELP}/4408822149018`
    },
    strengthening: {
      id: "zendesk.session-shortened",
      title: "Session expiration shortened",
      reason: "Idle sessions end sooner; agents sign in more often.",
      runbook: `Tell the team they will be signed out sooner: ${HELP}/4408822149018`
    }
  }),
  // Data: card numbers, exports, deletions; who else may act as a user.
  ...settingRules({
    labels: CREDIT_CARD_REDACTION,
    sense: "protects",
    weakening: {
      id: "zendesk.credit-card-redaction-off",
      title: "Credit-card redaction turned off",
      severity: "high",
      reason: "Card numbers in new tickets are stored and shown in full.",
      runbook: `Turn credit-card redaction back on: ${HELP}/4408822124314`
    },
    strengthening: {
      id: "zendesk.credit-card-redaction-on",
      title: "Credit-card redaction turned on",
      reason: "Card numbers in new tickets are redacted.",
      runbook: `Nothing to do unless a workflow needs the full numbers: ${HELP}/4408822124314`
    }
  }),
  ...settingRules({
    labels: ASSUMPTION,
    sense: "opens",
    weakening: {
      id: "zendesk.user-assumption-on",
      title: "User assumption turned on or extended",
      severity: "high",
      reason: "Someone else (Zendesk staff, or agents assuming users) can act as a user of the account.",
      runbook: `Turn account assumption off, or shorten its duration, unless a support case needs it: ${HELP}/4408824477082`
    },
    strengthening: {
      id: "zendesk.user-assumption-off",
      title: "User assumption turned off or shortened",
      reason: "Fewer people can act as a user of the account.",
      runbook: `Nothing to do: ${HELP}/4408824477082`
    }
  }),
  ...settingRules({
    labels: MOBILE_APP_ACCESS,
    sense: "opens",
    weakening: {
      id: "zendesk.mobile-app-access-on",
      title: "Mobile app access turned on",
      severity: "medium",
      reason: "Agents can work from phones, which are lost more easily than laptops.",
      runbook: `Confirm mobile access is wanted, and that devices are managed: ${HELP}/4408846407066`
    },
    strengthening: {
      id: "zendesk.mobile-app-access-off",
      title: "Mobile app access turned off",
      reason: "Agents can no longer use the mobile app.",
      runbook: `Tell agents who relied on the app: ${HELP}/4408846407066`
    }
  }),
  ...settingRules({
    labels: CAPTCHA,
    sense: "protects",
    weakening: {
      id: "zendesk.captcha-off",
      title: "CAPTCHA turned off",
      severity: "medium",
      reason: "Bots can submit requests and sign up without a check.",
      runbook: `Turn the CAPTCHA back on unless spam is handled elsewhere: https://support.zendesk.com/hc/en-us/search?query=CAPTCHA`
    },
    strengthening: {
      id: "zendesk.captcha-on",
      title: "CAPTCHA turned on",
      reason: "Anonymous requests are checked for bots.",
      runbook: `Nothing to do: https://support.zendesk.com/hc/en-us/search?query=CAPTCHA`
    }
  }),
  {
    id: "zendesk.data-exported",
    title: "Data exported",
    severity: "medium",
    match: { action: ["exported"] },
    reason: "An export copies tickets or users out of Zendesk, beyond its access controls.",
    runbook: `Confirm who asked for the export and where the file went; restrict exports to your email domain: ${HELP}/5388932900250`
  },
  {
    id: "zendesk.deletion-or-export-allowed",
    title: "Deletion or export allowed to more people",
    severity: "medium",
    match: {
      source_type: SETTINGS,
      action: ["create", "update"],
      label: ["ticket deletion", "delete ticket", "data export", "can delete", "can export"],
      sense: "opens",
      direction: ["weakening", "unknown"]
    },
    reason: "More people can delete or copy out the account’s data.",
    runbook: `Confirm who needs to delete or export data: ${HELP}/4408886165402`
  },
  // Over the window: computed from the records fetched, no state kept between runs.
  {
    id: "zendesk.burst",
    title: "Burst of deletions or exports",
    severity: "high",
    window: { kind: "burst", actions: ["destroy", "exported"], count: 10, within_minutes: 10 },
    reason: "One of 10 or more deletions or exports by the same actor within 10 minutes: mass deletion or copying out.",
    runbook: `Ask the actor what they were doing; if they cannot say, suspend them and restore from the audit log: ${HELP}/4408828001434`
  },
  {
    id: "zendesk.change-reverted",
    title: "Change undone within a day",
    severity: "medium",
    window: { kind: "revert", within_minutes: 24 * 60 },
    reason: "A setting changed and changed back within a day: a quick off-and-on can hide what happened in between.",
    runbook: `Look at what happened while the changed value stood: ${HELP}/4408828001434`
  },
  {
    id: "zendesk.new-sign-in-ip",
    title: "Sign-in from a new IP address",
    severity: "medium",
    window: { kind: "new-sign-in-ip" },
    reason: "A sign-in from an address this user had not signed in from earlier in the baseline.",
    runbook: `Confirm with the user that it was them (travel, a new network); if not, reset their password and sessions: ${HELP}/4408894156186`
  },
  {
    id: "zendesk.outside-working-hours",
    title: "Change outside working hours",
    severity: "low",
    window: { kind: "working-hours" },
    reason: "Made outside the working hours given.",
    runbook: `Confirm the change was planned out of hours: ${HELP}/4408828001434`
  }
];

// src/core/review/direction.ts
var ON = /* @__PURE__ */ new Set(["on", "enabled", "enable", "true", "yes", "required", "active", "activated", "allowed", "checked"]);
var OFF = /* @__PURE__ */ new Set(["off", "disabled", "disable", "false", "no", "not required", "inactive", "deactivated", "not allowed", "unchecked"]);
var ENDLESS = /* @__PURE__ */ new Set(["indefinitely", "indefinite", "forever", "unlimited", "always", "no limit"]);
var NUMBER_WORDS = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12
};
var MINUTE = 6e4;
var UNIT_MS = {
  s: 1e3,
  sec: 1e3,
  second: 1e3,
  m: MINUTE,
  min: MINUTE,
  minute: MINUTE,
  h: 60 * MINUTE,
  hr: 60 * MINUTE,
  hour: 60 * MINUTE,
  d: 1440 * MINUTE,
  day: 1440 * MINUTE,
  w: 7 * 1440 * MINUTE,
  week: 7 * 1440 * MINUTE,
  month: 30 * 1440 * MINUTE,
  year: 365 * 1440 * MINUTE
};
var QUANTITY = /^(\d+(?:\.\d+)?|[a-z]+)\s*([a-z]+?)s?$/;
function normalizeValue(value) {
  return value.trim().toLowerCase().replace(/[\s_-]+/g, " ");
}
function quantity(value) {
  const text2 = normalizeValue(value);
  if (ON.has(text2)) return 1;
  if (OFF.has(text2) || text2 === "none") return 0;
  if (ENDLESS.has(text2)) return Infinity;
  if (/^\d+(?:\.\d+)?$/.test(text2)) return Number(text2);
  const match2 = QUANTITY.exec(text2);
  if (!match2) return void 0;
  const count2 = /^\d/.test(match2[1]) ? Number(match2[1]) : NUMBER_WORDS[match2[1]];
  const unit = UNIT_MS[match2[2]];
  return count2 === void 0 || unit === void 0 ? void 0 : count2 * unit;
}
function compareQuantities(from, to) {
  const [before, after] = [quantity(from), quantity(to)];
  if (before === void 0 || after === void 0) return void 0;
  return after === before ? null : after > before ? 1 : -1;
}
function levelOf(levels, value) {
  const text2 = normalizeValue(value);
  return levels.findIndex((names) => names.some((name) => normalizeValue(name) === text2));
}
function ipv4Range(token) {
  const [address, bits] = token.split("/");
  const parts = address.split(".");
  if (parts.length !== 4) return void 0;
  let start = 0;
  let wildcards = 0;
  for (const part of parts) {
    if (part === "*") {
      wildcards++;
      start = start * 256;
      continue;
    }
    if (wildcards > 0 || !/^\d{1,3}$/.test(part) || Number(part) > 255) return void 0;
    start = start * 256 + Number(part);
  }
  let prefix = 32 - 8 * wildcards;
  if (bits !== void 0) {
    if (wildcards > 0 || !/^\d{1,2}$/.test(bits) || Number(bits) > 32) return void 0;
    prefix = Number(bits);
  }
  const size = 2 ** (32 - prefix);
  return { start: start - start % size, size };
}
function allowedRanges(value) {
  const tokens = value.trim().toLowerCase().split(/[\s,;]+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length === 1 && ["none", "-", "any", "all", "(none)", "empty"].includes(tokens[0])) return null;
  const ranges = [];
  const others = /* @__PURE__ */ new Set();
  for (const token of tokens) {
    const range = ipv4Range(token);
    if (range) ranges.push(range);
    else others.add(token);
  }
  return { ranges, others };
}
function within(inner, outer) {
  for (const other of inner.others) if (!outer.others.has(other)) return false;
  return inner.ranges.every(
    (range) => outer.ranges.some((wider) => range.start >= wider.start && range.start + range.size <= wider.start + wider.size)
  );
}
function ipRangesDirection(from, to) {
  const switched = compareSwitch(from, to);
  if (switched !== void 0) return switched === null ? null : switched > 0 ? "strengthening" : "weakening";
  const [before, after] = [allowedRanges(from), allowedRanges(to)];
  if (before === null && after === null) return null;
  if (before === null) return "strengthening";
  if (after === null) return "weakening";
  const narrower = within(after, before);
  const wider = within(before, after);
  if (narrower && wider) return null;
  return narrower ? "strengthening" : "weakening";
}
function compareSwitch(from, to) {
  const read2 = (value) => ON.has(normalizeValue(value)) ? 1 : OFF.has(normalizeValue(value)) ? 0 : void 0;
  const [before, after] = [read2(from), read2(to)];
  if (before === void 0 || after === void 0) return void 0;
  return before === after ? null : after - before;
}
function changeDirection(from, to, sense2) {
  if (from === null || to === null) return "unknown";
  if (sense2 === "ip-ranges") return ipRangesDirection(from, to);
  if (typeof sense2 === "object") {
    const [before, after] = [levelOf(sense2.levels, from), levelOf(sense2.levels, to)];
    if (before < 0 || after < 0) return normalizeValue(from) === normalizeValue(to) ? null : "unknown";
    return before === after ? null : after > before ? "strengthening" : "weakening";
  }
  const more = compareQuantities(from, to);
  if (more === void 0) return normalizeValue(from) === normalizeValue(to) ? null : "unknown";
  if (more === null) return null;
  return more > 0 === (sense2 === "opens") ? "weakening" : "strengthening";
}

// src/core/review/pattern.ts
var SEPARATORS = /[\s_-]+/;
var SPECIAL = /[.*+?^${}()|[\]\\]/g;
function patternSource(pattern) {
  return pattern.trim().split("*").map(
    (piece) => piece.split(SEPARATORS).map((word) => word.replace(SPECIAL, "\\$&")).join("[\\s_-]+")
  ).join(".*");
}
function patternProblem(pattern) {
  return /[^*\s_-]/.test(pattern) ? void 0 : `the pattern ${JSON.stringify(pattern)} matches everything: give some text`;
}
function compilePatterns(patterns) {
  const given = patterns.map((pattern) => pattern.trim()).filter(Boolean);
  if (given.length === 0) return void 0;
  for (const pattern of given) {
    const problem = patternProblem(pattern);
    if (problem) throw new TypeError(problem);
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${given.map(patternSource).join("|")})`, "iu");
}

// src/core/review/match.ts
var REMEMBERED2 = 2048;
var REMEMBERED_LENGTH2 = 200;
function anyOf(patterns) {
  const sources = [...new Set(patterns.flatMap((pattern) => pattern ? [pattern.source] : []))];
  if (sources.length === 0) return () => true;
  const union = new RegExp(sources.map((source) => `(?:${source})`).join("|"), "iu");
  const answers = /* @__PURE__ */ new Map();
  return (text2) => {
    if (text2.length > REMEMBERED_LENGTH2) return union.test(text2);
    let answer = answers.get(text2);
    if (answer === void 0) {
      answer = union.test(text2);
      if (answers.size >= REMEMBERED2) answers.clear();
      answers.set(text2, answer);
    }
    return answer;
  };
}
function candidates(all) {
  return {
    anyLabel: anyOf(all.map(({ clause: clause2 }) => clause2.label)),
    anyDescription: anyOf(all.map(({ clause: clause2 }) => clause2.description)),
    left: [0, 1, 2, 3].map(
      (matched) => all.filter(({ clause: clause2 }) => (!clause2.label || (matched & 1) !== 0) && (!clause2.description || (matched & 2) !== 0))
    )
  };
}
var EMPTY = Object.freeze([]);
var MAX_CACHED_PAIRS = 4096;
function sourceTypeKey(sourceType) {
  return typeof sourceType === "string" ? sourceType.toLowerCase().replace(/[\s_/-]+/g, "") : "";
}
function clauses(match2) {
  if (match2 === void 0) return [];
  return Array.isArray(match2) ? match2 : [match2];
}
function compileClause(clause2) {
  return {
    types: clause2.source_type ? new Set(clause2.source_type.map(sourceTypeKey)) : void 0,
    actions: clause2.action ? new Set(clause2.action.map((action) => action.trim().toLowerCase())) : void 0,
    label: compilePatterns(clause2.label ?? []),
    notLabel: compilePatterns(clause2.not_label ?? []),
    description: compilePatterns(clause2.description ?? []),
    notDescription: compilePatterns(clause2.not_description ?? []),
    from: compilePatterns(clause2.from ?? []),
    to: compilePatterns(clause2.to ?? []),
    direction: clause2.sense ? directionIn(clause2.sense) : void 0,
    directions: clause2.direction ? new Set(clause2.direction) : void 0,
    self: clause2.self === true
  };
}
function changesOf(description) {
  if (typeof description === "string" && description.includes("\n")) {
    const lines = description.split("\n").map(parseChange).filter((change) => change.change_from !== null || change.change_to !== null);
    if (lines.length > 0) return lines;
  }
  return [parseChange(description)];
}
function changeMatches(clause2, change) {
  if (clause2.from && (change.change_from === null || !clause2.from.test(change.change_from))) return false;
  if (clause2.to && (change.change_to === null || !clause2.to.test(change.change_to))) return false;
  if (clause2.directions) {
    const direction = clause2.direction(change);
    if (direction === null || !clause2.directions.has(direction)) return false;
  }
  return true;
}
function directionIn(sense2) {
  const answers = /* @__PURE__ */ new Map();
  return ({ change_from: from, change_to: to }) => {
    if (from === null || to === null || from.length + to.length > REMEMBERED_LENGTH2) return changeDirection(from, to, sense2);
    const key = `${from}\0${to}`;
    let answer = answers.get(key);
    if (answer === void 0) {
      answer = changeDirection(from, to, sense2);
      if (answers.size >= REMEMBERED2) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}
var RecordView = class {
  record;
  #changes;
  constructor(record) {
    this.record = record;
  }
  get label() {
    const label = this.record.source_label;
    return typeof label === "string" ? label : "";
  }
  get description() {
    const description = this.record.change_description;
    return typeof description === "string" ? description : "";
  }
  get changes() {
    return this.#changes ??= changesOf(this.record.change_description);
  }
};
function clauseMatches(clause2, view) {
  if (clause2.label && !clause2.label.test(view.label)) return false;
  if (clause2.notLabel && clause2.notLabel.test(view.label)) return false;
  if (clause2.description && !clause2.description.test(view.description)) return false;
  if (clause2.notDescription && clause2.notDescription.test(view.description)) return false;
  if (clause2.self) {
    const { actor_id: actor, source_id: source } = view.record;
    if (typeof actor !== "number" || actor !== source) return false;
  }
  if (clause2.from || clause2.to || clause2.directions) return view.changes.some((change) => changeMatches(clause2, change));
  return true;
}
function sensitiveRule(pattern, index) {
  return {
    id: `sensitive-${index + 1}`,
    title: `Sensitive setting (${JSON.stringify(pattern)})`,
    severity: "medium",
    match: { label: [pattern] },
    reason: `Its name matches ${JSON.stringify(pattern)}, a pattern given as sensitive.`,
    runbook: ""
  };
}
function rulesInForce(options) {
  const overrides = new Map((options.user?.overrides ?? []).map((override) => [override.id, override]));
  const builtIn = BUILT_IN_RULES.map((rule) => {
    const override = overrides.get(rule.id);
    return override ? { ...rule, ...override } : rule;
  });
  const sensitive = (options.sensitive ?? []).map((pattern) => pattern.trim()).filter(Boolean).map(sensitiveRule);
  return [...builtIn, ...options.user?.rules ?? [], ...sensitive].filter((rule) => rule.enabled !== false);
}
function detectionOf(rule) {
  return Object.freeze({ rule: rule.id, severity: rule.severity, reason: rule.reason, title: rule.title, runbook: rule.runbook });
}
function compileRules(options = {}) {
  const rules = rulesInForce(options);
  const detections = rules.map(detectionOf);
  const recordClauses = rules.map((rule) => clauses(rule.match).map(compileClause));
  const windows = /* @__PURE__ */ new Map();
  rules.forEach((rule, index) => {
    if (rule.window) windows.set(rule.window.kind, { spec: rule.window, detection: detections[index] });
  });
  const candidatesByPair = /* @__PURE__ */ new Map();
  let cachedPairs = 0;
  function candidatesFor(record) {
    const { source_type: sourceType, action } = record;
    let byAction = candidatesByPair.get(sourceType);
    const cached = byAction?.get(action);
    if (cached) return cached;
    const type = sourceTypeKey(sourceType);
    const actionKey = typeof action === "string" ? action.toLowerCase() : "";
    const all = [];
    recordClauses.forEach((list2, rule) => {
      for (const clause2 of list2) {
        if ((!clause2.types || clause2.types.has(type)) && (!clause2.actions || clause2.actions.has(actionKey))) all.push({ rule, clause: clause2 });
      }
    });
    const found = candidates(all);
    if (cachedPairs < MAX_CACHED_PAIRS && (typeof sourceType === "string" || sourceType == null) && (typeof action === "string" || action == null)) {
      if (!byAction) candidatesByPair.set(sourceType, byAction = /* @__PURE__ */ new Map());
      byAction.set(action, found);
      cachedPairs++;
    }
    return found;
  }
  function detect(record) {
    const { anyLabel, anyDescription, left } = candidatesFor(record);
    if (left[3].length === 0) return EMPTY;
    const view = new RecordView(record);
    const pool = left[(anyLabel(view.label) ? 1 : 0) | (anyDescription(view.description) ? 2 : 0)];
    if (pool.length === 0) return EMPTY;
    const matched = [];
    for (const { rule, clause: clause2 } of pool) {
      if (matched.at(-1) === rule) continue;
      if (clauseMatches(clause2, view)) matched.push(rule);
    }
    if (matched.length === 0) return EMPTY;
    const found = matched.map((rule) => detections[rule]);
    return found.length > 1 ? found.sort((a, b) => compareSeverity(b.severity, a.severity)) : found;
  }
  return {
    rules,
    detect,
    record: (record) => isSensitive(highestSeverity(detect(record))),
    window: (kind) => windows.get(kind)
  };
}

// src/core/review/revert.ts
var revertRule = BUILT_IN_RULES.find((rule) => rule.window?.kind === "revert").window;
var QUICK_REVERT_MS = revertRule.within_minutes * 6e4;
function settingKey(record) {
  const id = record.source_id;
  return typeof id === "number" ? `${textOf(record.source_type)}\0${id}` : `\0${textOf(record.source_label)}`;
}
function undoes(change, undo, withinMs = QUICK_REVERT_MS) {
  if (change.change_from === null || undo.change_to === null) return false;
  return undo.change_to === change.change_from && change.change_to !== change.change_from && undo.at - change.at <= withinMs;
}

// src/core/review/sign-in-baseline.ts
function isSignIn(record) {
  return record.action === "login";
}
function signInUser(record) {
  const { actor_id: actor, ip_address: address } = record;
  if (!isSignIn(record) || typeof actor !== "number" && typeof actor !== "string" || typeof address !== "string" || !address) {
    return void 0;
  }
  return typeof actor === "string" && /^\d+$/.test(actor) ? Number(actor) : actor;
}
var addressOf = (record) => record.ip_address.trim().toLowerCase();
var SignInBaseline = class _SignInBaseline {
  /** Per user: the first sign-in's time, and the first time from each address. */
  #users = /* @__PURE__ */ new Map();
  /** The baseline of `records` (sign-ins among them; others are ignored). */
  static of(records) {
    const baseline = new _SignInBaseline();
    for (const record of records) baseline.add(record);
    return baseline;
  }
  /** The baseline of a stream of records, such as a fetch with `filter[action]=login`. */
  static async from(records) {
    const baseline = new _SignInBaseline();
    for await (const record of records) baseline.add(record);
    return baseline;
  }
  /** Adds a sign-in (anything else is ignored); in any order. */
  add(record) {
    const id = signInUser(record);
    if (id === void 0) return;
    const at = createdAtMs(record);
    const address = addressOf(record);
    const user = this.#users.get(id);
    if (!user) {
      this.#users.set(id, { first: at, addresses: /* @__PURE__ */ new Map([[address, at]]) });
      return;
    }
    user.first = Math.min(user.first, at);
    const seen = user.addresses.get(address);
    if (seen === void 0 || at < seen) user.addresses.set(address, at);
  }
  /** How many (user, address) pairs the baseline holds: its memory. */
  get size() {
    let size = 0;
    for (const user of this.#users.values()) size += user.addresses.size;
    return size;
  }
  /**
   * Whether `record` is a sign-in from an address its user had not signed in from
   * earlier in the baseline, while they had signed in from another one: a user with no
   * earlier sign-in has no baseline to differ from. `at`: its time in epoch ms, when known.
   */
  isNewAddress(record, at) {
    const id = signInUser(record);
    if (id === void 0) return false;
    const user = this.#users.get(id);
    if (!user) return false;
    at ??= createdAtMs(record);
    if (user.first >= at) return false;
    const seen = user.addresses.get(addressOf(record));
    return seen === void 0 || seen >= at;
  }
};

// src/core/review/detector.ts
var NOTHING = Object.freeze([]);
var BY_LABEL = /* @__PURE__ */ Symbol("by label");
var SWEEP_EVERY = 8192;
var MAX_REVERT_REASONS = 32768;
var spanTexts = [];
function spanOf(ms) {
  const minutes = Math.floor(ms / 6e4);
  return minutes < 1e5 ? spanTexts[minutes] ??= spanText(ms) : spanText(ms);
}
function revertReason(putsBackAfterMs, undoneAfterMs) {
  const back = putsBackAfterMs === void 0 ? void 0 : `Undoes a change made ${spanOf(putsBackAfterMs)} earlier`;
  const undone = undoneAfterMs === void 0 ? void 0 : `ndone ${spanOf(undoneAfterMs)} later`;
  if (back && undone) return `${back}; itself u${undone}.`;
  return back ? `${back}.` : `U${undone}.`;
}
function personOf(record) {
  const actor = record.actor_id;
  return typeof actor === "number" && actor > 0 ? actor : void 0;
}
var Detector = class {
  #rules;
  #hours;
  #baseline;
  #burst;
  #burstActions;
  #burstMs;
  #revert;
  #revertMs;
  #newAddress;
  #outOfHours;
  /** Records not yet released, in the order pushed, from `#head` on. */
  #queue = [];
  #head = 0;
  /** The last record's time, and which way time runs in the stream (0 until two times differ). */
  #position;
  #ascending = 0;
  /** Per source type, per setting (its id, else its label): its last change seen. */
  #lastChange = /* @__PURE__ */ new Map();
  /** The working-hours detection for each local time it names. */
  #outOfHoursAt = /* @__PURE__ */ new Map();
  /** The revert detection for each reason: one object per reason (up to `MAX_REVERT_REASONS`). */
  #revertFor = /* @__PURE__ */ new Map();
  /** Per person, their deletions and exports within reach, in stream order. */
  #recent = /* @__PURE__ */ new Map();
  #pushed = 0;
  constructor(options = {}) {
    this.#rules = options.rules ?? compileRules();
    this.#hours = options.workingHours;
    this.#baseline = options.baseline;
    this.#burst = this.#rules.window("burst");
    this.#burstActions = new Set(this.#burst?.spec.actions ?? []);
    this.#burstMs = (this.#burst?.spec.within_minutes ?? 0) * 6e4;
    this.#revert = this.#rules.window("revert");
    this.#revertMs = this.#revert ? this.#revert.spec.within_minutes * 6e4 : QUICK_REVERT_MS;
    this.#newAddress = options.baseline ? this.#rules.window("new-sign-in-ip") : void 0;
    this.#outOfHours = options.workingHours ? this.#rules.window("working-hours") : void 0;
  }
  /** How many records are held back now: the detector's memory. */
  get held() {
    return this.#queue.length - this.#head;
  }
  /** Adds the next record of the stream; returns the records now final, in the order pushed. */
  push(record) {
    const at = createdAtMs(record);
    this.#advance(record, at);
    const id = Number(record.id);
    const pending = {
      record,
      at,
      id,
      found: this.#rules.detect(record),
      horizon: 0,
      awaitsNext: false,
      inBurst: false,
      undoneAfterMs: void 0,
      putsBackAfterMs: void 0,
      newAddress: this.#newAddress !== void 0 && this.#baseline.isNewAddress(record, at),
      outOfHours: void 0,
      change_from: null,
      change_to: null
    };
    const person = personOf(record);
    if (this.#outOfHours && person !== void 0 && !isSignIn(record) && !this.#hours.contains(at)) {
      pending.outOfHours = this.#hours.localText(at);
    }
    if (this.#burst && person !== void 0 && this.#burstActions.has(String(record.action))) this.#addToBurst(pending, person);
    if (this.#revert && !isSignIn(record)) this.#addChange(pending);
    this.#queue.push(pending);
    if (++this.#pushed % SWEEP_EVERY === 0) this.#sweep();
    return this.#release(false);
  }
  /** The records still held, with final detections: the stream has ended (the detector may start another). */
  flush() {
    const released = this.#release(true);
    this.#lastChange.clear();
    this.#recent.clear();
    this.#position = void 0;
    this.#ascending = 0;
    return released;
  }
  /** Moves the stream's position to `at`, refusing a record that goes back against the stream's order. */
  #advance(record, at) {
    const position = this.#position;
    if (position !== void 0 && at !== position) {
      const ascending = at > position ? 1 : -1;
      if (this.#ascending === 0) this.#ascending = ascending;
      else if (ascending !== this.#ascending) {
        throw new RangeError(
          `audit log ${String(record.id)} (${record.created_at}) is out of order: the detector needs records in created_at order, either way`
        );
      }
    }
    this.#position = at;
  }
  /** Records a deletion or export; when its person has made enough within the burst's span, marks them all. */
  #addToBurst(pending, person) {
    pending.horizon = Math.max(pending.horizon, this.#burstMs);
    let recent = this.#recent.get(person);
    if (!recent) this.#recent.set(person, recent = []);
    let first = 0;
    while (first < recent.length && Math.abs(pending.at - recent[first].at) > this.#burstMs) first++;
    if (first > 0) recent.splice(0, first);
    recent.push(pending);
    if (recent.length < this.#burst.spec.count) return;
    for (const member of recent) member.inBurst = true;
  }
  /** Records a change of a setting; when it and the setting's previous change are a revert, marks both. */
  #addChange(pending) {
    const values = changeOf(pending.record);
    pending.change_from = values.change_from;
    pending.change_to = values.change_to;
    pending.awaitsNext = values.change_from !== null || values.change_to !== null;
    const { source_type: type, source_id: id, source_label: label } = pending.record;
    const group = typeof id === "number" ? type : BY_LABEL;
    let settings = this.#lastChange.get(group);
    if (!settings) this.#lastChange.set(group, settings = /* @__PURE__ */ new Map());
    const key = typeof id === "number" ? id : String(label);
    const previous = settings.get(key);
    settings.set(key, pending);
    if (!previous) return;
    previous.awaitsNext = false;
    const previousFirst = previous.at < pending.at || previous.at === pending.at && previous.id < pending.id;
    const change = previousFirst ? previous : pending;
    const undo = previousFirst ? pending : previous;
    if (!undoes(change, undo, this.#revertMs)) return;
    change.undoneAfterMs = undo.putsBackAfterMs = Math.max(0, undo.at - change.at);
  }
  /** The record with its detections: the record rules', then the window rules' in the table's order, highest severity first. */
  #final(pending) {
    const { record, found } = pending;
    const reverted = pending.undoneAfterMs !== void 0 || pending.putsBackAfterMs !== void 0;
    if (!pending.inBurst && !reverted && !pending.newAddress && !pending.outOfHours) {
      return { record, detections: found, severity: found[0]?.severity ?? null };
    }
    const added = [];
    if (pending.inBurst) added.push(this.#burst.detection);
    if (reverted) added.push(this.#revertDetection(revertReason(pending.putsBackAfterMs, pending.undoneAfterMs)));
    if (pending.newAddress) added.push(this.#newAddress.detection);
    if (pending.outOfHours) added.push(this.#outOfHoursDetection(pending.outOfHours));
    const detections = found.length === 0 ? added : [...found, ...added];
    if (detections.length > 1) detections.sort((a, b) => compareSeverity(b.severity, a.severity));
    return { record, detections, severity: highestSeverity(detections) };
  }
  /** The revert detection with `reason`, made once per reason. */
  #revertDetection(reason) {
    let detection = this.#revertFor.get(reason);
    if (!detection) {
      if (this.#revertFor.size >= MAX_REVERT_REASONS) this.#revertFor.clear();
      detection = Object.freeze({ ...this.#revert.detection, reason });
      this.#revertFor.set(reason, detection);
    }
    return detection;
  }
  /** The working-hours detection of a change made at `localText`, made once per local time. */
  #outOfHoursDetection(localText) {
    let detection = this.#outOfHoursAt.get(localText);
    if (!detection) {
      detection = Object.freeze({ ...this.#outOfHours.detection, reason: `Made ${localText}, outside ${this.#hours.text}.` });
      this.#outOfHoursAt.set(localText, detection);
    }
    return detection;
  }
  /** Whether `pending` must wait for more of the stream, which is at `position`, before its detections are final. */
  #waits(pending, position) {
    const distance = Math.abs(position - pending.at);
    return pending.awaitsNext && distance <= this.#revertMs || pending.horizon > 0 && distance <= pending.horizon;
  }
  /** The held records from the front whose wait is over (all of them at the end). */
  #release(all) {
    const queue = this.#queue;
    const position = this.#position;
    let released;
    while (this.#head < queue.length) {
      const pending = queue[this.#head];
      if (!all && this.#waits(pending, position)) break;
      (released ??= []).push(this.#final(pending));
      queue[this.#head++] = void 0;
    }
    if (this.#head === queue.length) {
      queue.length = 0;
      this.#head = 0;
    } else if (this.#head > 4096 && this.#head * 2 > queue.length) {
      this.#queue = queue.slice(this.#head);
      this.#head = 0;
    }
    return released ?? NOTHING;
  }
  /** Drops the last changes and recent deletions that no later record can reach. */
  #sweep() {
    const position = this.#position;
    for (const [type, settings] of this.#lastChange) {
      for (const [key, change] of settings) if (Math.abs(position - change.at) > this.#revertMs) settings.delete(key);
      if (settings.size === 0) this.#lastChange.delete(type);
    }
    for (const [person, recent] of this.#recent) if (Math.abs(position - recent.at(-1).at) > this.#burstMs) this.#recent.delete(person);
  }
};
function detectAll(records, options = {}) {
  const times = records.map(createdAtMs);
  const order = records.map((_, index) => index).sort((a, b) => times[a] - times[b] || Number(records[a].id) - Number(records[b].id));
  const detector = new Detector(options);
  const results = new Array(records.length);
  let next = 0;
  const place = (done) => {
    for (const detected of done) results[order[next++]] = detected;
  };
  for (const index of order) place(detector.push(records[index]));
  place(detector.flush());
  return results;
}
function detectionFields(detected) {
  return {
    detections: detected.detections.map(({ rule, severity: severity2, reason }) => ({ rule, severity: severity2, reason })),
    severity: detected.severity
  };
}

// src/core/render/text.ts
var NO_SETTING_UPDATES = "No account setting updates found.";
var NAMED_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function terminalText(value) {
  return breakCommandsAfterLineStart(replaceUnsafe(textOf(value), (character) => NAMED_ESCAPES[character] ?? unicodeEscape(character)));
}
function verbOf(record) {
  return textOf(record.action_label || record.action).toLowerCase();
}
function changeLine(record, clock) {
  const at = clock.text(createdAtMs(record));
  return `ID: ${terminalText(record.id)}, At ${at} User: ${terminalText(record.actor_name)} with id: ${terminalText(record.actor_id)} ${terminalText(verbOf(record))} '${terminalText(record.source_label)}': ${terminalText(record.change_description)}`;
}
function detectionMark(detected) {
  const highest = detected.detections[0];
  return highest ? ` [${highest.severity}: ${terminalText(highest.title)}]` : "";
}
async function* renderText(records, options) {
  let count2 = 0;
  for await (const detected of records) {
    count2 += 1;
    yield `${changeLine(detected.record, options.clock)}${detectionMark(detected)}
`;
  }
  if (count2 === 0 && options.empty !== "") yield `${options.empty ?? NO_SETTING_UPDATES}
`;
}
function zoneOf(user) {
  const iana = terminalText(user.iana_time_zone);
  const rails = terminalText(user.time_zone);
  if (iana && rails && iana !== rails) return `${iana} (${rails})`;
  return iana || rails || "unknown";
}
function lastLoginOf(user, clock) {
  const lastLogin = user.last_login_at;
  if (typeof lastLogin !== "string" || !lastLogin) return "never";
  try {
    return clock.text(epochMs(lastLogin));
  } catch {
    return terminalText(lastLogin);
  }
}
function yesNo(value, yes, no) {
  if (value === true) return yes;
  if (value === false) return no;
  return "unknown";
}
function userDetails(user, clock) {
  const rows = [
    ["Name", terminalText(user.name) || "(none)"],
    ["Email", terminalText(user.email) || "(none)"],
    ["Role", terminalText(user.role) || "unknown"],
    ["Time zone", zoneOf(user)],
    ["Last login", lastLoginOf(user, clock)],
    ["2FA", yesNo(user.two_factor_auth_enabled, "on", "off")],
    ["Suspended", yesNo(user.suspended, "yes", "no")]
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return rows.map(([label, value]) => `  ${`${label}:`.padEnd(width)} ${value}`).join("\n");
}

// src/core/render/siem-event.ts
var USER_TYPES = /* @__PURE__ */ new Set(["user", "usersetting"]);
var GROUP_TYPES = /* @__PURE__ */ new Set(["group"]);
var ACCESS_TYPES = /* @__PURE__ */ new Set(["apitoken", "oauthclient", "oauthtoken", "oauthglobalclient", "customrole", "permissionset", "role"]);
var SUSPENSION = /suspen/i;
var UNSUSPENDED = /\bunsuspend/i;
var TWO_FACTOR2 = /\b(?:two[\s_-]*(?:factor|step)|2fa|multi[\s_-]*factor|mfa)\b/i;
var PASSWORD = /\bpassword/i;
var RESET = /\breset/i;
var ROLE = /\broles?\b/i;
var FAILED = /\b(?:fail|unsuccessful|denied|blocked|rejected)/i;
var PERSON_LABEL = /^(?:team member|staff member|agent|admin|administrator|end user|user|suspension state)\s*:\s*/i;
var LIFECYCLES = { create: "create", exported: "read", update: "update", destroy: "delete" };
function typeKey(value) {
  return textOf(value).toLowerCase().replace(/[\s_-]+/g, "");
}
function idText(value) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() ? value.trim() : void 0;
}
function nameText(value) {
  return typeof value === "string" && value.trim() ? value : void 0;
}
function actorOf(record) {
  const actor = record.actor_id;
  const party = { id: idText(actor), name: nameText(record.actor_name) };
  if (typeof actor === "number" && actor <= 0) party.system = true;
  return party;
}
function subjectOf(source) {
  return { id: source.id, name: source.name?.replace(PERSON_LABEL, "") || source.name };
}
function accountActivity(record) {
  const description = decodeEntities(textOf(record.change_description));
  const to = changeOf(record).change_to;
  const switched = to === null ? void 0 : quantity(to);
  if (SUSPENSION.test(description)) return UNSUSPENDED.test(description) || switched === 0 ? "enable" : "disable";
  if (TWO_FACTOR2.test(description) && (switched === 0 || switched === 1)) return switched === 1 ? "mfa-enable" : "mfa-disable";
  if (PASSWORD.test(description)) return RESET.test(description) ? "password-reset" : "password-change";
  if (ROLE.test(description)) return "role-change";
  if (record.action === "create") return "create";
  if (record.action === "destroy") return "delete";
  return void 0;
}
function messageOf(record) {
  const description = textOf(record.change_description);
  const who = textOf(record.actor_name) || `user ${textOf(record.actor_id) || "unknown"}`;
  return `${who} ${verbOf(record)} '${textOf(record.source_label)}'${description ? `: ${description}` : ""}`;
}
function siemEvent(record) {
  const address = typeof record.ip_address === "string" ? record.ip_address.trim() : "";
  const common = {
    lifecycle: LIFECYCLES[textOf(record.action)] ?? "other",
    source: { id: idText(record.source_id), name: nameText(record.source_label), type: textOf(record.source_type) },
    actor: actorOf(record),
    message: messageOf(record),
    ...isIpAddress(address) ? { ip: address } : {}
  };
  if (isSignIn(record)) {
    return { ...common, kind: "sign-in", user: common.actor, failed: FAILED.test(textOf(record.change_description)) };
  }
  const type = typeKey(record.source_type);
  if (USER_TYPES.has(type)) {
    const activity = accountActivity(record);
    const user = subjectOf(common.source);
    return activity ? { ...common, kind: "account", activity, user } : { ...common, kind: "object", object: "user", user };
  }
  const object = GROUP_TYPES.has(type) ? "group" : ACCESS_TYPES.has(type) ? "access" : "configuration";
  return { ...common, kind: "object", object };
}
var SEVERITY_LEVELS = { low: 2, medium: 3, high: 4 };
function severityLevel(severity2) {
  return severity2 === null ? 1 : SEVERITY_LEVELS[severity2];
}

// src/core/render/ecs.ts
var ECS_VERSION = "9.4.0";
var MAPPED = /* @__PURE__ */ new Set(["id", "action", "actor_id", "actor_name", "created_at"]);
var IAM_TYPES = {
  create: "creation",
  read: "info",
  update: "change",
  delete: "deletion",
  other: "info"
};
var CONFIGURATION_TYPES = { ...IAM_TYPES, read: "access" };
var IAM_SUBJECTS = { user: "user", group: "group", access: "admin" };
function categorization(event) {
  if (event.kind === "sign-in") return { category: ["authentication"], type: ["start"] };
  const object = event.kind === "account" ? "user" : event.object;
  if (object === "configuration") return { category: ["configuration"], type: [CONFIGURATION_TYPES[event.lifecycle]] };
  return { category: ["iam"], type: [IAM_SUBJECTS[object], IAM_TYPES[event.lifecycle]] };
}
function userFields(party) {
  if (party.id === void 0 && party.name === void 0) return void 0;
  return { ...party.id === void 0 ? {} : { id: party.id }, ...party.name === void 0 ? {} : { name: party.name } };
}
function distinct(values) {
  const present = [...new Set(values.filter((value) => value !== void 0))];
  return present.length ? present : void 0;
}
function relatedFields(event, target) {
  const ip = distinct([event.ip]);
  const user = distinct([event.actor.name, event.actor.id, target?.name, target?.id]);
  return ip || user ? { ...ip ? { ip } : {}, ...user ? { user } : {} } : void 0;
}
function rest(record, ipMapped) {
  const kept = {};
  for (const [key, value] of Object.entries(record)) {
    if (!MAPPED.has(key) && !(ipMapped && key === "ip_address")) kept[key] = value;
  }
  return kept;
}
function ecsDocument(detected, options = {}) {
  const { record } = detected;
  const event = siemEvent(record);
  const target = event.kind === "sign-in" ? void 0 : event.user && userFields(event.user);
  const actor = userFields(event.actor);
  return {
    "@timestamp": new Date(createdAtMs(record)).toISOString(),
    ecs: { version: ECS_VERSION },
    event: {
      kind: "event",
      module: "zendesk",
      dataset: "zendesk.audit",
      id: textOf(record.id),
      action: textOf(record.action),
      ...categorization(event),
      outcome: event.kind === "sign-in" && event.failed ? "failure" : "success",
      severity: severityLevel(detected.severity)
    },
    message: event.message,
    user: actor || target ? { ...actor, ...target ? { target } : {} } : void 0,
    source: event.ip === void 0 ? void 0 : { ip: event.ip },
    related: relatedFields(event, target),
    organization: options.account === void 0 ? void 0 : { id: options.account },
    zendesk: { audit: { ...rest(record, event.ip !== void 0), ...detectionFields(detected), ...changeOf(record) } }
  };
}
async function* renderEcs(records, options = {}) {
  for await (const detected of records) {
    yield `${escapeUnsafeInJson(JSON.stringify(ecsDocument(detected, options)))}
`;
  }
}

// src/core/render/localize.ts
var REVIEW_FIELDS = ["sensitive", "change_from", "change_to", "severity", "detections"];
function addedFields(detected, clock) {
  const { record } = detected;
  const { change_from, change_to } = changeOf(record);
  const { severity: severity2, detections } = detectionFields(detected);
  return {
    created_at_local: clock.iso(createdAtMs(record)),
    sensitive: isSensitive(severity2),
    change_from,
    change_to,
    severity: severity2,
    detections
  };
}
function withAdded(record, added) {
  const copy = { ...record };
  for (const key of Object.keys(added)) delete copy[key];
  return Object.assign(copy, added);
}
function localizeReviewed(detected, clock) {
  return withAdded(detected.record, addedFields(detected, clock));
}

// src/core/render/json.ts
var INDENT = "  ";
function stringify(value, indent) {
  return escapeUnsafeInJson(JSON.stringify(value, null, indent));
}
async function* renderJson(records, options) {
  let first = true;
  for await (const detected of records) {
    const element = INDENT + stringify(localizeReviewed(detected, options.clock), INDENT).replaceAll("\n", `
${INDENT}`);
    yield `${first ? "[\n" : ",\n"}${element}`;
    first = false;
  }
  yield first ? "[]\n" : "\n]\n";
}
function detectionJson({ rule, severity: severity2, reason }) {
  return `{"rule":${JSON.stringify(rule)},"severity":${JSON.stringify(severity2)},"reason":${JSON.stringify(reason)}}`;
}
var ADDED_KEYS = ["created_at_local", ...REVIEW_FIELDS];
function ndjsonLine(detected, clock) {
  const { record, severity: severity2, detections } = detected;
  for (const key of ADDED_KEYS) if (key in record) return stringify(withAdded(record, addedFields(detected, clock)));
  const { change_from, change_to } = changeOf(record);
  const own = JSON.stringify(record);
  const list2 = detections.length === 0 ? "[]" : detections.length === 1 ? `[${detectionJson(detections[0])}]` : `[${detections.map(detectionJson).join(",")}]`;
  return escapeUnsafeInJson(
    `${own.slice(0, -1)},"created_at_local":${JSON.stringify(clock.iso(createdAtMs(record)))},"sensitive":${isSensitive(severity2)},"change_from":${JSON.stringify(change_from)},"change_to":${JSON.stringify(change_to)},"severity":${severity2 === null ? "null" : JSON.stringify(severity2)},"detections":${list2}}`
  );
}
async function* renderNdjson(records, options) {
  for await (const detected of records) {
    yield `${ndjsonLine(detected, options.clock)}
`;
  }
}

// src/core/review/review.ts
function areaOf(label) {
  const index = label.indexOf(":");
  return (index > 0 ? label.slice(0, index) : label).trim();
}
function tally(names) {
  const counts = /* @__PURE__ */ new Map();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count2]) => ({ name, count: count2 })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function revertsOf(changes2) {
  const reverts = [];
  for (let index = 1; index < changes2.length; index++) {
    const change = changes2[index - 1];
    const undo = changes2[index];
    if (undoes(change, undo)) reverts.push({ change, undo, stoodMs: Math.max(0, undo.at - change.at) });
  }
  return reverts;
}
function severityTally(records) {
  const tally2 = { high: 0, medium: 0, low: 0 };
  for (const { severity: severity2 } of records) if (severity2) tally2[severity2]++;
  return tally2;
}
function reviewChanges(detected) {
  const changes2 = detected.map(({ record, detections, severity: severity2 }) => ({
    record,
    detections,
    severity: severity2,
    sensitive: isSensitive(severity2),
    at: createdAtMs(record),
    ...changeOf(record)
  }));
  const chronological = [...changes2].sort((a, b) => a.at - b.at || Number(a.record.id) - Number(b.record.id));
  const bySetting = /* @__PURE__ */ new Map();
  for (const change of chronological) {
    const key = settingKey(change.record);
    const list2 = bySetting.get(key);
    if (list2) list2.push(change);
    else bySetting.set(key, [change]);
  }
  const repeated = [];
  for (const list2 of bySetting.values()) {
    if (list2.length < 2) continue;
    const last = list2.at(-1);
    repeated.push({
      label: textOf(last.record.source_label),
      sensitive: list2.some((change) => change.sensitive),
      changes: list2,
      from: list2[0].change_from,
      to: last.change_to,
      reverts: revertsOf(list2)
    });
  }
  repeated.sort((a, b) => Number(b.sensitive) - Number(a.sensitive));
  return {
    changes: changes2,
    sensitive: SEVERITIES.flatMap((severity2) => chronological.filter((change) => change.sensitive && change.severity === severity2)),
    severities: severityTally(changes2),
    byActor: tally(changes2.map((change) => textOf(change.record.actor_name) || `user ${textOf(change.record.actor_id)}`)),
    byArea: tally(changes2.map((change) => areaOf(textOf(change.record.source_label)) || "(no label)")),
    repeated
  };
}

// src/core/render/neutralise.ts
var LINE_BREAK_MARK = " ↵ ";
var LINE_BREAKS = /\r\n|[\n\r\t\u2028\u2029]/g;
var REPLACEMENT_CHARACTER = "�";
var ZERO_WIDTH_SPACE = "​";
var ZERO_WIDTH_SPACE_ENTITY = "&#8203;";
var AT_SIGN = /@/g;
var ISSUE_NUMBER = /#(?=\d)/g;
var GH_PREFIX = /(gh)(?=-\d)/gi;
var WWW_PREFIX = /(www)(?=\.)/gi;
var URL_SCHEME = /[A-Za-z][A-Za-z0-9+.\-]*(?=:\S)/g;
var IPV6_GROUP = /^[0-9a-f]{1,4}$/i;
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  [ZERO_WIDTH_SPACE]: ZERO_WIDTH_SPACE_ENTITY
};
var MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~$]/;
var SPECIAL2 = /[&<>"\u200B\\`*_{}[\]()#+\-.!|~$]/g;
var MAX_TEXT_LENGTH = 1e3;
function cutIndex(text2, count2) {
  if (text2.length <= count2) return -1;
  let index = 0;
  for (let seen = 0; seen < count2; seen += 1) {
    const unit = text2.charCodeAt(index);
    const isPair = unit >= 55296 && unit <= 56319 && (text2.charCodeAt(index + 1) & 64512) === 56320;
    index += isPair ? 2 : 1;
    if (index >= text2.length) return -1;
  }
  return index;
}
function codePointCount(text2) {
  let count2 = 0;
  for (const _ of text2) count2 += 1;
  return count2;
}
function breakLinks(text2) {
  return text2.replace(AT_SIGN, `@${ZERO_WIDTH_SPACE}`).replace(ISSUE_NUMBER, `#${ZERO_WIDTH_SPACE}`).replace(GH_PREFIX, `$1${ZERO_WIDTH_SPACE}`).replace(WWW_PREFIX, `$1${ZERO_WIDTH_SPACE}`).replace(URL_SCHEME, (scheme) => IPV6_GROUP.test(scheme) ? scheme : scheme + ZERO_WIDTH_SPACE);
}
function escapeSpecial(text2) {
  return text2.replace(SPECIAL2, (character) => ENTITIES[character] ?? (MARKDOWN_PUNCTUATION.test(character) ? `\\${character}` : character));
}
function neutralise(text2, maxLength = MAX_TEXT_LENGTH) {
  if (!(maxLength === Infinity || isWhole(maxLength, 1))) {
    throw new RangeError(`maxLength must be a positive integer or Infinity, got ${maxLength}`);
  }
  const source = typeof text2 === "string" ? text2 : String(text2 ?? "");
  const cut = maxLength === Infinity ? -1 : cutIndex(source, maxLength);
  const kept = cut === -1 ? source : source.slice(0, cut);
  const visible = replaceUnsafe(
    kept.replace(LINE_BREAKS, LINE_BREAK_MARK),
    (character) => character === "\0" ? "" : REPLACEMENT_CHARACTER
  );
  const inert2 = escapeSpecial(breakLinks(visible));
  return cut === -1 ? inert2 : `${inert2} … \\[shortened from ${codePointCount(source)} characters\\]`;
}

// src/core/render/review.ts
var MAX_ATTENTION_ITEMS = 100;
var MAX_GLANCE_NAMES = 10;
var MAX_REPEATED_SETTINGS = 50;
var SECTION_TEXT_LENGTH = 120;
var GLANCE_TEXT_LENGTH = 40;
var SECTION_SHARES = { attention: 0.2, glance: 0.1, repeated: 0.1 };
var DEFAULT_REPORT_SIZE = 65536;
var ITEM_END_ROOM = 28;
var MAX_REVERTS_SHOWN = 3;
var MAX_DETECTIONS_SHOWN = 3;
var ADVICE_LENGTH = 300;
var SENSITIVE_MARK = "⚠";
var ARROW = "→";
var SEPARATOR = " · ";
function inert(value, length = SECTION_TEXT_LENGTH) {
  return neutralise(textOf(value), length);
}
function fitting(lengths2, budget) {
  let used = 0;
  let count2 = 0;
  for (const length of lengths2) {
    used += length + 1;
    if (used > budget) break;
    count2 += 1;
  }
  return count2;
}
function lengths(lines) {
  return lines.map((line) => line.length);
}
function changeText(change) {
  if (change.change_from !== null && change.change_to !== null) {
    return `${inert(change.change_from) || "(empty)"} ${ARROW} ${inert(change.change_to) || "(empty)"}`;
  }
  return inert(change.record.change_description) || "—";
}
function runbookMarkdown(runbook) {
  const line = runbook.trim();
  const start = line.lastIndexOf(" ") + 1;
  let url;
  try {
    url = new URL(line.slice(start));
  } catch {
  }
  if (url?.protocol !== "https:") return inert(line, ADVICE_LENGTH);
  const text2 = line.slice(0, start).trim().replace(/:$/, "");
  const destination = url.href.replace(/[()\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${inert(text2, ADVICE_LENGTH) || "runbook"}](${destination})`;
}
function detectionLine(detection) {
  const runbook = detection.runbook.trim() ? ` ${runbookMarkdown(detection.runbook)}` : "";
  return `  - **${inert(detection.title)}** (${detection.severity}): ${inert(detection.reason, ADVICE_LENGTH)}${runbook}`;
}
function attentionItem(change, clock, end) {
  const { record } = change;
  const actor = inert(record.actor_name) || `user ${inert(record.actor_id)}`;
  const fields = [clock.text(change.at), actor, inert(record.source_label) || "—", changeText(change), end];
  const shown2 = change.detections.slice(0, MAX_DETECTIONS_SHOWN).map(detectionLine);
  if (change.detections.length > shown2.length) shown2.push(`  - ${plural(change.detections.length - shown2.length, "more rule")}`);
  return [`- [ ] ${fields.join(SEPARATOR)}`, ...shown2].join("\n");
}
function severityCounts(counts, severities = SEVERITIES) {
  return severities.filter((severity2) => counts[severity2] > 0).map((severity2) => `${counts[severity2]} ${severity2}`).join(", ");
}
var SENSITIVE_SEVERITIES = ["high", "medium"];
var GROUP_HEADINGS = { high: "#### High", medium: "#### Medium", low: "#### Low" };
function itemEndText(change, itemEnd) {
  const id = change.record.id;
  return itemEnd?.(id) ?? `audit log ${String(id)}`;
}
function shownItems(review, clock, size = DEFAULT_REPORT_SIZE) {
  const candidates2 = review.sensitive.slice(0, MAX_ATTENTION_ITEMS);
  const longest = candidates2.map((change) => attentionItem(change, clock, "").length + ITEM_END_ROOM);
  return candidates2.slice(0, fitting(longest, size * SECTION_SHARES.attention - 250));
}
function attentionSection(review, clock, options = {}) {
  const { sensitive } = review;
  if (sensitive.length === 0) return "";
  const shown2 = shownItems(review, clock, options.size);
  const lines = [`### ${SENSITIVE_MARK} Needs attention: ${severityCounts(review.severities, SENSITIVE_SEVERITIES)}`];
  let group = null;
  for (const change of shown2) {
    if (change.severity !== group) lines.push("", GROUP_HEADINGS[group = change.severity], "");
    lines.push(attentionItem(change, clock, itemEndText(change, options.itemEnd)));
  }
  if (shown2.length < sensitive.length) {
    lines.push("", `_…and ${plural(sensitive.length - shown2.length, "more sensitive change")}, marked ${SENSITIVE_MARK} in the table._`);
  }
  return `${lines.join("\n")}
`;
}
function tallyLine(label, tallies, budget) {
  const candidates2 = tallies.slice(0, MAX_GLANCE_NAMES).map((entry) => `${inert(entry.name, GLANCE_TEXT_LENGTH) || "—"} (${entry.count})`);
  const named = candidates2.slice(0, fitting(lengths(candidates2), budget - 100));
  const rest2 = tallies.slice(named.length);
  if (rest2.length) {
    const changes2 = rest2.reduce((sum, entry) => sum + entry.count, 0);
    named.push(`${plural(rest2.length, "other")} (${changes2})`);
  }
  return `- **${label}:** ${named.join(", ")}`;
}
function glanceSection(review, size = DEFAULT_REPORT_SIZE) {
  if (review.changes.length < 2) return "";
  const budget = size * SECTION_SHARES.glance / 2;
  const severities = severityCounts(review.severities);
  return [
    "### At a glance",
    "",
    ...severities ? [`- **By severity:** ${severities}`] : [],
    tallyLine("By actor", review.byActor, budget),
    tallyLine("By area", review.byArea, budget),
    ""
  ].join("\n");
}
function revertText(effect) {
  const { change, stoodMs } = effect;
  const later = spanText(stoodMs);
  const from = change.change_from ?? "";
  const to = change.change_to ?? "";
  if ((from === "on" || from === "enabled") && (to === "off" || to === "disabled")) {
    return `turned ${to}, then ${from} again ${later} later`;
  }
  if ((from === "off" || from === "disabled") && (to === "on" || to === "enabled")) {
    return `turned ${to}, then ${from} again ${later} later`;
  }
  return `changed from ${inert(from) || "(empty)"} to ${inert(to) || "(empty)"}, then back ${later} later`;
}
function repeatedItem(effect) {
  const mark = effect.sensitive ? `${SENSITIVE_MARK} ` : "";
  const net = effect.from !== null && effect.to !== null ? `${inert(effect.from) || "(empty)"} ${ARROW} ${inert(effect.to) || "(empty)"}, ` : "";
  const back = effect.from !== null && effect.from === effect.to ? " (back where it started)" : "";
  const shown2 = effect.reverts.slice(0, MAX_REVERTS_SHOWN);
  let reverts = shown2.map((revert) => `; reverted: ${revertText(revert)}`).join("");
  if (shown2.length < effect.reverts.length) reverts += `; ${plural(effect.reverts.length - shown2.length, "more revert")}`;
  return `- ${mark}${inert(effect.label) || "—"}: ${net}changed ${effect.changes.length} times${back}${reverts}`;
}
function repeatedSection(review, size = DEFAULT_REPORT_SIZE) {
  const { repeated } = review;
  if (repeated.length === 0) return "";
  const items = repeated.slice(0, MAX_REPEATED_SETTINGS).map(repeatedItem);
  const shown2 = items.slice(0, fitting(lengths(items), size * SECTION_SHARES.repeated - 200));
  const lines = ["### Changed more than once", "", ...shown2];
  if (shown2.length < repeated.length) {
    lines.push("", `_…and ${plural(repeated.length - shown2.length, "more setting")} changed more than once._`);
  }
  return `${lines.join("\n")}
`;
}
function reviewSections(review, clock, options = {}) {
  const sections = [attentionSection(review, clock, options), glanceSection(review, options.size), repeatedSection(review, options.size)].filter(Boolean);
  if (sections.length === 0) return "";
  return `${sections.join("\n")}
### All changes

`;
}

// src/core/render/markdown.ts
var MISSING = "—";
var TABLE_COLUMNS = ["Severity", "Actor", "Setting", "Change", "IP", "Audit log"];
var TITLE_LENGTH = 80;
var SAFE_ORIGIN = /^https?:\/\/[A-Za-z0-9.\-]+(?::\d+)?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](?::\d+)?$/;
function accountOrigin(account) {
  const origin = account instanceof URL ? account.origin : "null";
  if (!SAFE_ORIGIN.test(origin)) {
    throw new TypeError(`account must be the http(s) URL of a Zendesk account, got ${String(account)}`);
  }
  return origin;
}
function changes(count2, kind) {
  return count2 === void 0 ? `${kind} changes` : plural(count2, `${kind} change`);
}
function introduction(options) {
  if (options.count !== void 0) checkWhole("count", options.count, 0);
  const { covered } = options;
  const heading = `## Zendesk audit: ${changes(options.count, neutralise(options.sourceType))}${covered ? " (partial)" : ""}`;
  return [
    heading,
    "",
    `- **Window:** ${describeWindow(options.window, options.zone)}`,
    ...covered ? [`- **Partial:** the run was stopped; ${coveredText(covered, options.zone)}`] : [],
    // A code span, not a bare URL: GFM would autolink that, and the only links we emit go to actor profiles and runbooks.
    `- **Account:** \`${accountOrigin(options.account)}\``,
    ...options.facts ?? [],
    ""
  ].join("\n");
}
function coveredText(covered, zone) {
  if (covered.length === 0) return "no stretch of the window was fetched whole";
  return `it covers only ${covered.map((stretch) => describeWindow(stretch, zone)).join("; ")}`;
}
function timeColumn(window, zone) {
  const clock = new ZoneClock(zone);
  const first = clock.abbreviation(window.start.epochMilliseconds);
  const last = clock.abbreviation(window.end.epochMilliseconds);
  return `Time (${first === last ? first : clock.zone})`;
}
function tableRow(cells) {
  return `| ${cells.join(" | ")} |`;
}
function reportHeader(options) {
  const columns = [timeColumn(options.window, options.zone), ...TABLE_COLUMNS];
  return `${introduction(options)}
${options.sections ?? ""}${tableRow(columns)}
${tableRow(columns.map(() => "---"))}
`;
}
function actorCell(record, origin) {
  const name = neutralise(textOf(record.actor_name));
  const id = record.actor_id;
  if (!isZendeskId(id)) return name || MISSING;
  return `[${name || `user ${id}`}](${origin}/agent/users/${id})`;
}
function textCell(value) {
  return neutralise(textOf(value)) || MISSING;
}
function severityCell({ detections, severity: severity2 }) {
  const highest = detections[0];
  if (!highest) return MISSING;
  const more = detections.length > 1 ? ` (+${detections.length - 1})` : "";
  return `${isSensitive(severity2) ? `${SENSITIVE_MARK} ` : ""}${highest.severity}: ${neutralise(highest.title, TITLE_LENGTH)}${more}`;
}
function reportRow(detected, options) {
  const { record } = detected;
  const origin = accountOrigin(options.account);
  const id = record.id;
  return tableRow([
    options.clock.text(createdAtMs(record)),
    severityCell(detected),
    actorCell(record, origin),
    textCell(record.source_label),
    textCell(record.change_description),
    textCell(record.ip_address),
    isZendeskId(id) ? String(id) : textCell(id)
  ]);
}
function markdownReport(records, options) {
  const { window, zone, sourceType, account, covered } = options;
  const header = { window, zone, sourceType, account, ...covered ? { covered } : {} };
  if (records.length === 0) {
    return `${introduction(header)}
No ${neutralise(sourceType)} changes were found in ${covered ? "what was fetched" : "this window"}.
`;
  }
  const sections = reviewSections(reviewChanges(records), options.clock);
  const rows = records.map((detected) => reportRow(detected, { clock: options.clock, account: options.account }));
  return `${reportHeader({ ...header, count: records.length, sections })}${rows.join("\n")}
`;
}
async function* renderMarkdown(records, options) {
  const all = [];
  for await (const record of records) all.push(record);
  const covered = typeof options.covered === "function" ? options.covered() : options.covered;
  yield markdownReport(all, { ...options, covered });
}

// src/core/render/ocsf.ts
var OCSF_VERSION = "1.8.0";
var CATEGORY = { uid: 3, name: "Identity & Access Management" };
var ENTITY_MANAGEMENT = { uid: 3004, name: "Entity Management" };
var ACCOUNT_CHANGE = { uid: 3001, name: "Account Change" };
var AUTHENTICATION = { uid: 3002, name: "Authentication" };
var OTHER = 99;
var ENTITY_ACTIVITIES = {
  create: [1, "Create"],
  read: [2, "Read"],
  update: [3, "Update"],
  delete: [4, "Delete"],
  other: [OTHER, "Other"]
};
var ACCOUNT_ACTIVITIES = {
  create: [1, "Create"],
  enable: [2, "Enable"],
  "password-change": [3, "Password Change"],
  "password-reset": [4, "Password Reset"],
  disable: [5, "Disable"],
  delete: [6, "Delete"],
  "mfa-enable": [10, "MFA Factor Enable"],
  "mfa-disable": [11, "MFA Factor Disable"],
  // The schema has no role change; Other's name is the source's to give.
  "role-change": [OTHER, "Other", "Role Change"]
};
var LOGON = [1, "Logon"];
var SEVERITY_CAPTIONS = { 1: "Informational", 2: "Low", 3: "Medium", 4: "High" };
var SYSTEM_USER = { type_id: 3, type: "System" };
var MANAGED_USER = 2;
var MANAGED_GROUP = 3;
function userObject(party) {
  return {
    uid: party.id,
    name: party.name ?? (party.id === void 0 ? "unknown" : void 0),
    ...party.system ? SYSTEM_USER : {}
  };
}
function entityOf(event) {
  const { id: uid, name, type } = event.source;
  const named = { uid, name: name ?? (uid === void 0 ? type || "unknown" : void 0) };
  if (event.kind === "object" && event.object === "user") {
    return { ...named, type: "User", type_id: MANAGED_USER, user: userObject(event.user ?? {}) };
  }
  if (event.kind === "object" && event.object === "group") return { ...named, type: "Group", type_id: MANAGED_GROUP, group: named };
  return { ...named, type: type || void 0, type_id: OTHER };
}
function classOf(event, record, options) {
  if (event.kind === "sign-in") {
    return {
      kind: AUTHENTICATION,
      activity: LOGON,
      // Authentication needs a service or a destination: the Zendesk account signed in to.
      attributes: { user: userObject(event.user), service: { name: "Zendesk", uid: options.account } }
    };
  }
  if (event.kind === "account") {
    return { kind: ACCOUNT_CHANGE, activity: ACCOUNT_ACTIVITIES[event.activity], attributes: { user: userObject(event.user) } };
  }
  const activity = ENTITY_ACTIVITIES[event.lifecycle];
  const description = textOf(record.change_description);
  return {
    kind: ENTITY_MANAGEMENT,
    activity: activity[0] === OTHER ? [OTHER, "Other", textOf(record.action_label || record.action) || "Other"] : activity,
    attributes: { entity: entityOf(event), comment: description || void 0 }
  };
}
function ocsfEvent(detected, options = {}) {
  const { record } = detected;
  const event = siemEvent(record);
  const { kind, activity: [activityId, caption, name = caption], attributes } = classOf(event, record, options);
  const severityId = severityLevel(detected.severity);
  const id = textOf(record.id);
  const failed = event.kind === "sign-in" && event.failed;
  return {
    category_uid: CATEGORY.uid,
    category_name: CATEGORY.name,
    class_uid: kind.uid,
    class_name: kind.name,
    activity_id: activityId,
    activity_name: name,
    type_uid: kind.uid * 100 + activityId,
    type_name: `${kind.name}: ${caption}`,
    severity_id: severityId,
    severity: SEVERITY_CAPTIONS[severityId],
    // The audit log records what was done; a sign-in's description says when it failed.
    status_id: failed ? 2 : 1,
    status: failed ? "Failure" : "Success",
    time: createdAtMs(record),
    timezone_offset: 0,
    message: event.message,
    metadata: {
      version: OCSF_VERSION,
      product: { name: "Zendesk", vendor_name: "Zendesk", feature: { name: "Audit log" } },
      uid: id,
      original_event_uid: id,
      original_time: textOf(record.created_at),
      tenant_uid: options.account,
      loggers: [{ name: "zendesk-audit", version: VERSION, product: { name: "zendesk-audit", version: VERSION } }]
    },
    actor: event.actor.id === void 0 && event.actor.name === void 0 ? void 0 : { user: userObject(event.actor) },
    src_endpoint: event.ip === void 0 ? void 0 : { ip: event.ip },
    ...attributes,
    unmapped: { zendesk: { audit_log: record, ...detectionFields(detected), ...changeOf(record) } }
  };
}
async function* renderOcsf(records, options = {}) {
  for await (const detected of records) {
    yield `${escapeUnsafeInJson(JSON.stringify(ocsfEvent(detected, options)))}
`;
  }
}

// src/core/review/sensitive.ts
function sensitivity(extra = [], user) {
  for (const pattern of extra) {
    if (pattern.trim() && patternProblem(pattern)) {
      throw new TypeError(`sensitive pattern ${JSON.stringify(pattern.trim())} matches every setting: give some text`);
    }
  }
  return compileRules({ sensitive: extra, ...user ? { user } : {} });
}

// src/core/review/rules-file.ts
var ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
var BUILT_IN_PREFIX = "zendesk.";
var BUILT_IN_IDS = BUILT_IN_RULES.map((rule) => rule.id);
var OVERRIDE_FIELDS = ["id", "severity", "enabled"];
var RULE_FIELDS = ["id", "title", "severity", "reason", "runbook", "match", "enabled"];
var PATTERN_FIELDS = ["label", "not_label", "description", "not_description", "from", "to"];
var NAME_FIELDS = ["source_type", "action"];
var CLAUSE_FIELDS = [...NAME_FIELDS, ...PATTERN_FIELDS, "sense", "direction", "self"];
var SENSES = ["protects", "opens", "ip-ranges"];
function pathText(path) {
  return path.map((part, index) => typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`).join("");
}
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function checkFields(value, allowed, path, fail, hint = "") {
  for (const field of Object.keys(value)) {
    if (allowed.includes(field)) continue;
    const near = closestMatch(field, allowed);
    fail([...path, field], `unknown field${near ? ` (did you mean ${near}?)` : ""}${hint}`, true);
  }
}
function text(value, path, fail) {
  if (typeof value !== "string" || !value.trim()) fail(path, "give some text");
  return value.trim();
}
function texts(value, path, fail) {
  const list2 = Array.isArray(value) ? value : [value];
  if (list2.length === 0) fail(path, "give at least one value");
  return list2.map((item, index) => text(item, Array.isArray(value) ? [...path, index] : path, fail));
}
function severity(value, path, fail) {
  const given = typeof value === "string" ? value.trim().toLowerCase() : value;
  if (!SEVERITIES.includes(given)) {
    fail(path, `${JSON.stringify(value)} is not a severity: write high, medium or low`);
  }
  return given;
}
function sense(value, path, fail) {
  if (typeof value === "string" && SENSES.includes(value)) return value;
  if (isObject(value)) {
    checkFields(value, ["levels"], path, fail);
    const levels = value.levels;
    if (!Array.isArray(levels) || levels.length < 2) fail([...path, "levels"], "list the levels, the most open first, at least two");
    return { levels: levels.map((level, index) => texts(level, [...path, "levels", index], fail)) };
  }
  return fail(path, `${JSON.stringify(value)} is not a sense: write protects, opens, ip-ranges, or levels: [...]`);
}
function clause(value, path, fail) {
  if (!isObject(value)) fail(path, "write the conditions as fields: source_type, action, label, description, ...");
  checkFields(value, CLAUSE_FIELDS, path, fail);
  if (Object.keys(value).length === 0) fail(path, "a match with no condition would match every record: give at least one");
  const result = {};
  for (const field of NAME_FIELDS) if (field in value) result[field] = texts(value[field], [...path, field], fail);
  for (const field of PATTERN_FIELDS) {
    if (!(field in value)) continue;
    const patterns = texts(value[field], [...path, field], fail);
    patterns.forEach((pattern, index) => {
      const problem = patternProblem(pattern);
      if (problem) fail(Array.isArray(value[field]) ? [...path, field, index] : [...path, field], problem);
    });
    result[field] = patterns;
  }
  if ("sense" in value) result.sense = sense(value.sense, [...path, "sense"], fail);
  if ("direction" in value) {
    if (!("sense" in value)) {
      fail([...path, "direction"], "a direction is read in a sense: add sense (protects, opens, ip-ranges or levels)", true);
    }
    result.direction = texts(value.direction, [...path, "direction"], fail).map((direction, index) => {
      if (!DIRECTIONS.includes(direction)) {
        fail(
          Array.isArray(value.direction) ? [...path, "direction", index] : [...path, "direction"],
          `${JSON.stringify(direction)} is not a direction: write weakening, strengthening or unknown`
        );
      }
      return direction;
    });
  }
  if ("self" in value) {
    if (typeof value.self !== "boolean") fail([...path, "self"], "write true or false");
    result.self = value.self;
  }
  return result;
}
function match(value, path, fail) {
  if (Array.isArray(value)) {
    if (value.length === 0) fail(path, "give at least one set of conditions");
    return value.map((item, index) => clause(item, [...path, index], fail));
  }
  return clause(value, path, fail);
}
function newRule(value, id, path, fail, builtIn = false) {
  checkFields(value, builtIn ? [...RULE_FIELDS, "window"] : RULE_FIELDS, path, fail);
  const windowed = builtIn && "window" in value;
  for (const field of ["title", "severity", windowed ? "window" : "match"]) if (!(field in value)) fail(path, `rule ${id} needs ${field}`);
  if (windowed && "match" in value) fail([...path, "match"], "a window rule matches by its kind", true);
  const title = text(value.title, [...path, "title"], fail);
  const rule = {
    id,
    title,
    severity: severity(value.severity, [...path, "severity"], fail),
    reason: "reason" in value ? text(value.reason, [...path, "reason"], fail) : title,
    runbook: "runbook" in value ? text(value.runbook, [...path, "runbook"], fail) : ""
  };
  if (!windowed) rule.match = match(value.match, [...path, "match"], fail);
  if ("enabled" in value) rule.enabled = enabled(value.enabled, [...path, "enabled"], fail);
  return rule;
}
function enabled(value, path, fail) {
  if (typeof value !== "boolean") fail(path, "write true or false");
  return value;
}
function ruleId(value, path, fail) {
  if (!("id" in value)) fail(path, "each rule needs an id, e.g. acme.attachments-off");
  const id = value.id;
  if (typeof id !== "string" || !ID.test(id)) {
    fail([...path, "id"], `${JSON.stringify(id)} is not an id: letters, digits, '.', '-' and '_', e.g. acme.attachments-off`);
  }
  return id;
}
function checkRules(value, file, fail) {
  if (value === null || value === void 0) fail([], "the file is empty: write rules: followed by a list of rules");
  if (!isObject(value)) fail([], "write rules: followed by a list of rules");
  checkFields(value, ["rules"], [], fail);
  if (!Array.isArray(value.rules)) fail(["rules"], "write a list of rules, each starting with - id:");
  const rules = [];
  const overrides = [];
  const seen = /* @__PURE__ */ new Set();
  value.rules.forEach((item, index) => {
    const path = ["rules", index];
    if (!isObject(item)) fail(path, "write a rule as fields: id, title, severity, match, ...");
    const id = ruleId(item, path, fail);
    if (seen.has(id)) fail([...path, "id"], `${id} is given twice`);
    seen.add(id);
    if (BUILT_IN_IDS.includes(id)) {
      checkFields(
        item,
        OVERRIDE_FIELDS,
        path,
        fail,
        `: a built-in rule takes only severity and enabled; to match other records, write a rule with an id of your own`
      );
      const override = { id };
      if ("severity" in item) override.severity = severity(item.severity, [...path, "severity"], fail);
      if ("enabled" in item) override.enabled = enabled(item.enabled, [...path, "enabled"], fail);
      if (!("severity" in item) && !("enabled" in item)) fail(path, `give ${id} a severity or enabled: false`);
      overrides.push(override);
    } else if (id.startsWith(BUILT_IN_PREFIX) || /^sensitive-\d+$/.test(id)) {
      const near = closestMatch(id, BUILT_IN_IDS);
      fail(
        [...path, "id"],
        `no built-in rule is called ${id}${near ? ` (did you mean ${near}?)` : ""}; ids of your own rules must not start with ${BUILT_IN_PREFIX}`
      );
    } else {
      rules.push(newRule(item, id, path, fail));
    }
  });
  return { file, rules, overrides };
}
async function loadYaml() {
  const loaded = await import("./dist-O4GNHTKE.js");
  return "parseDocument" in loaded ? loaded : loaded.default;
}
function nodeAt({ isMap, isSeq }, root, path, atKey) {
  let node = root;
  for (const [index, part] of path.entries()) {
    let next;
    if (isMap(node)) {
      const pair = node.items.find((item) => item.key?.value === part);
      next = atKey && index === path.length - 1 ? pair?.key : pair?.value;
    } else if (isSeq(node) && typeof part === "number") {
      next = node.items[part];
    }
    if (!next?.range) break;
    node = next;
  }
  return node;
}
async function parseRulesFile(text2, file) {
  const yaml = await loadYaml();
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(text2, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: "core" });
  const syntax = document.errors[0];
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    const message = syntax.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new InputError(`${file}:${line}:${col}: not valid YAML or JSON: ${message}`);
  }
  let value;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError(`${file}: ${error.message.split("\n")[0]}`);
  }
  const fail = (path, message, atKey = false) => {
    const node = nodeAt(yaml, document.contents, path, atKey);
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    throw new InputError(`${file}:${line}: ${path.length ? `${pathText(path)}: ` : ""}${message}`);
  };
  return checkRules(value, file, fail);
}

// src/core/review/working-hours.ts
var DAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
var SHORT_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
var DAY_MS2 = 864e5;
var EXAMPLE = "write days, hours and a zone, e.g. 'Mon-Fri 08:00-18:00 Europe/Berlin'";
var HOURS = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/;
function dayIndex(name, text2) {
  const lower = name.toLowerCase();
  const index = DAY_NAMES.findIndex((day) => lower === day || lower === day.slice(0, 3));
  if (index < 0) {
    throw new InputError(
      `working hours ${JSON.stringify(text2)}: ${JSON.stringify(name)} is not a day: write Mon, Tue, Wed, Thu, Fri, Sat or Sun`
    );
  }
  return index;
}
function parseDays(field, text2) {
  const days = /* @__PURE__ */ new Set();
  for (const item of field.split(",")) {
    const [first, last, extra] = item.split("-");
    if (!first || extra !== void 0 || last === "") throw new InputError(`working hours ${JSON.stringify(text2)}: ${EXAMPLE}`);
    const start = dayIndex(first, text2);
    const end = last === void 0 ? start : dayIndex(last, text2);
    for (let day = start; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === end) break;
    }
  }
  return days;
}
function minuteOf(hours, minutes, text2) {
  const [h, m] = [Number(hours), Number(minutes)];
  if (h > 24 || m > 59 || h === 24 && m > 0) {
    throw new InputError(`working hours ${JSON.stringify(text2)}: ${hours}:${minutes} is not a time of day: write 00:00 to 24:00`);
  }
  return h * 60 + m;
}
function parseWorkingHours(text2, defaultZone) {
  const fields = text2.trim().split(/\s+/).filter(Boolean);
  if (fields.length < 2 || fields.length > 3) throw new InputError(`working hours ${JSON.stringify(text2)}: ${EXAMPLE}`);
  const days = parseDays(fields[0], text2);
  const hours = HOURS.exec(fields[1]);
  if (!hours) {
    throw new InputError(
      `working hours ${JSON.stringify(text2)}: ${JSON.stringify(fields[1])} is not a range of hours: write e.g. 08:00-18:00`
    );
  }
  const startMinute = minuteOf(hours[1], hours[2], text2);
  const endMinute = minuteOf(hours[3], hours[4], text2);
  if (startMinute === endMinute) throw new InputError(`working hours ${JSON.stringify(text2)}: the hours start and end at the same time`);
  const zoneName = fields[2] ?? defaultZone;
  if (!zoneName) throw new InputError(`working hours ${JSON.stringify(text2)}: add a time zone, e.g. Europe/Berlin`);
  let clock;
  try {
    clock = new ZoneClock(zoneName);
  } catch (error) {
    throw new InputError(`working hours ${JSON.stringify(text2)}: ${error.message}`);
  }
  const minuteOfWeek = (ms) => {
    const localMs = ms + clock.offsetMs(ms);
    const day = Math.floor(localMs / DAY_MS2);
    return ((day + 3) % 7 + 7) % 7 * 1440 + Math.floor((localMs - day * DAY_MS2) / 6e4);
  };
  const local = (ms) => {
    const minute = minuteOfWeek(ms);
    return { weekday: Math.floor(minute / 1440), minute: minute % 1440 };
  };
  const texts2 = [];
  return {
    text: text2.trim(),
    days,
    startMinute,
    endMinute,
    zone: clock.zone,
    contains(ms) {
      const { weekday, minute } = local(ms);
      if (startMinute < endMinute) return days.has(weekday) && minute >= startMinute && minute < endMinute;
      return days.has(weekday) && minute >= startMinute || days.has((weekday + 6) % 7) && minute < endMinute;
    },
    localText(ms) {
      const ofWeek = minuteOfWeek(ms);
      let text3 = texts2[ofWeek];
      if (text3 === void 0) {
        const minute = ofWeek % 1440;
        const time = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
        text3 = texts2[ofWeek] = `${SHORT_NAMES[Math.floor(ofWeek / 1440)]} ${time} ${clock.zone}`;
      }
      return text3;
    }
  };
}

// src/core/export/scope.ts
var FILTER = /^filter\[([a-z_]+)\](?:\[\])?$/;
function exportScope(account, query, extra = {}) {
  const values = /* @__PURE__ */ new Map();
  const add = (name, value) => {
    let set = values.get(name);
    if (!set) values.set(name, set = /* @__PURE__ */ new Set());
    set.add(value);
  };
  for (const [key, value] of auditLogParams({ ...query, createdAt: void 0, order: void 0 })) {
    const name = FILTER.exec(key)?.[1];
    if (name) add(name, value);
  }
  for (const [name, value] of Object.entries(extra)) {
    if (values.has(name)) throw new TypeError(`the filter ${name} is one Zendesk is sent: give it in the query`);
    for (const one of typeof value === "string" ? [value] : value) add(name, one);
  }
  const filters = {};
  for (const name of [...values.keys()].sort()) filters[name] = [...values.get(name)].sort();
  return { account, filters };
}
function sourceTypesText(types) {
  if (!types?.length) return "every source type";
  return `source type${types.length > 1 ? "s" : ""} ${types.join(", ")}`;
}
function filtersText(filters) {
  const parts = Object.entries(filters).filter(([name]) => name !== "source_type").map(([name, values]) => `${name}=${values.join("|")}`);
  return parts.length ? parts.join(", ") : "no other filter";
}
function scopeDifference(written, wanted) {
  if (written.account !== wanted.account) return `account ${JSON.stringify(written.account)}, not ${JSON.stringify(wanted.account)}`;
  const types = ({ filters }) => filters.source_type ?? [];
  if (!sameValues(types(written), types(wanted))) {
    return `${sourceTypesText(written.filters.source_type)}, not ${sourceTypesText(wanted.filters.source_type)}`;
  }
  const names = /* @__PURE__ */ new Set([...Object.keys(written.filters), ...Object.keys(wanted.filters)]);
  for (const name of names) {
    if (!sameValues(written.filters[name] ?? [], wanted.filters[name] ?? [])) {
      return `${filtersText(written.filters)}, not ${filtersText(wanted.filters)}`;
    }
  }
  return void 0;
}
function sameValues(a, b) {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

// src/core/export/checkpoint.ts
var CHECKPOINT_FORMAT = "zendesk-audit checkpoint";
var CHECKPOINT_VERSION = 1;
var SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
function serializeCheckpoint(checkpoint) {
  const bySecond = /* @__PURE__ */ new Map();
  for (const [id, second] of checkpoint.written) {
    let ids = bySecond.get(second);
    if (!ids) bySecond.set(second, ids = []);
    ids.push(id);
  }
  const seconds2 = [...bySecond.keys()].sort((a, b) => a - b);
  const written = seconds2.map((second) => {
    const ids = bySecond.get(second).sort((a, b) => a - b);
    return `    ${JSON.stringify(utcSecond(Temporal.Instant.fromEpochMilliseconds(second * 1e3)))}: ${JSON.stringify(ids)}`;
  });
  const head = {
    format: CHECKPOINT_FORMAT,
    version: CHECKPOINT_VERSION,
    account: checkpoint.scope.account,
    filters: checkpoint.scope.filters,
    run_started_at: utcSecond(checkpoint.runStartedAt),
    read_through: utcSecond(checkpoint.readThrough),
    resume_from: utcSecond(checkpoint.resumeFrom)
  };
  const lines = Object.entries(head).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  lines.push(written.length ? `  "written": {
${written.join(",\n")}
  }` : '  "written": {}');
  return `{
${lines.join(",\n")}
}
`;
}
function unreadable(file, problem) {
  return new InputError(
    `${file} is not a checkpoint this release can resume from: ${problem}; restore it, or remove it and give the range to export`
  );
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function instantOf(file, field, value) {
  if (typeof value === "string" && SECOND.test(value)) {
    try {
      return Temporal.Instant.from(value);
    } catch {
    }
  }
  throw unreadable(file, `${field} is not a time such as 2024-06-01T12:00:00Z`);
}
function scopeOf(file, parsed) {
  const { account, filters } = parsed;
  if (typeof account !== "string" || !account) throw unreadable(file, "account is not a name");
  if (!isPlainObject(filters)) throw unreadable(file, "filters is not an object");
  const checked = {};
  for (const name of Object.keys(filters).sort()) {
    const values = filters[name];
    if (!Array.isArray(values) || values.some((value) => typeof value !== "string")) {
      throw unreadable(file, `filters.${name} is not a list of text`);
    }
    checked[name] = [...values].sort();
  }
  return { account, filters: checked };
}
function writtenOf(file, value, resumeFrom) {
  if (!isPlainObject(value)) throw unreadable(file, "written is not an object");
  const written = /* @__PURE__ */ new Map();
  const from = resumeFrom.epochMilliseconds / 1e3;
  for (const [time, ids] of Object.entries(value)) {
    const second = instantOf(file, `written's key ${JSON.stringify(time)}`, time).epochMilliseconds / 1e3;
    if (second < from) throw unreadable(file, `written holds ${time}, before resume_from`);
    if (!Array.isArray(ids) || !ids.every(isZendeskId)) throw unreadable(file, `written's ${time} is not a list of audit-log ids`);
    for (const id of ids) {
      if (written.has(id)) throw unreadable(file, `written holds id ${id} twice`);
      written.set(id, second);
    }
  }
  return written;
}
function parseCheckpoint(text2, file) {
  let parsed;
  try {
    parsed = JSON.parse(text2);
  } catch {
    throw unreadable(file, "it is not JSON");
  }
  if (!isPlainObject(parsed) || parsed.format !== CHECKPOINT_FORMAT) {
    throw unreadable(file, `it does not say "format": "${CHECKPOINT_FORMAT}"`);
  }
  const { version } = parsed;
  if (typeof version === "number" && Number.isInteger(version) && version > CHECKPOINT_VERSION) {
    throw new InputError(
      `${file} was written by a later zendesk-audit (checkpoint version ${version}): upgrade zendesk-audit to resume from it`
    );
  }
  if (version !== CHECKPOINT_VERSION) throw unreadable(file, `its version is not ${CHECKPOINT_VERSION}`);
  const resumeFrom = instantOf(file, "resume_from", parsed.resume_from);
  return {
    scope: scopeOf(file, parsed),
    runStartedAt: instantOf(file, "run_started_at", parsed.run_started_at),
    readThrough: instantOf(file, "read_through", parsed.read_through),
    resumeFrom,
    written: writtenOf(file, parsed.written, resumeFrom)
  };
}

// src/core/export/incremental.ts
var DEFAULT_LAG_SECONDS = 300;
var MAX_LAG_SECONDS = 86400;
var LAG = /^(\d+)\s*(s|m|min|h)?$/i;
var LAG_UNITS = { s: 1, m: 60, min: 60, h: 3600 };
function parseLag(text2) {
  const match2 = LAG.exec(text2.trim());
  const seconds2 = match2 ? Number(match2[1]) * LAG_UNITS[(match2[2] ?? "s").toLowerCase()] : Number.NaN;
  if (!Number.isSafeInteger(seconds2)) {
    throw new InputError(`lag ${JSON.stringify(text2)} is not a duration: write seconds, minutes or hours, e.g. 0, 90s, 5m or 1h`);
  }
  if (seconds2 > MAX_LAG_SECONDS) throw new InputError(`lag ${JSON.stringify(text2)} is longer than a day: write at most 24h`);
  return seconds2;
}
var epochSecond = (instant) => Math.floor(instant.epochMilliseconds / 1e3);
var instantAt = (second) => Temporal.Instant.fromEpochMilliseconds(second * 1e3);
function resumeWindow(checkpoint, first, now, file = "the checkpoint") {
  if (!checkpoint) return first;
  const end = instantAt(epochSecond(now));
  if (Temporal.Instant.compare(checkpoint.resumeFrom, end) > 0) {
    throw new InputError(
      `${file} resumes from ${utcSecond(checkpoint.resumeFrom)}, after the current time ${utcSecond(end)}: check the system clock`
    );
  }
  return { start: checkpoint.resumeFrom, end };
}
function resumePoint(window, startedAt, lagSeconds) {
  const readThrough = Math.min(epochSecond(window.end), epochSecond(startedAt) - 1);
  return { readThrough, resumeFrom: Math.max(readThrough - lagSeconds, epochSecond(window.start)) };
}
var IncrementalExport = class {
  /** The window this run reads. */
  window;
  /** Whether it resumes from a checkpoint (false on the first run). */
  resumed;
  #previous;
  #scope;
  #startedAt;
  #readThrough;
  #resumeFrom;
  /** The ids written this run that the next checkpoint keeps (created at `#resumeFrom` or later), to `created_at` in epoch seconds. */
  #written = /* @__PURE__ */ new Map();
  #count = 0;
  /** Whether `select` was given the records, and whether it read them to their end. */
  #selecting = false;
  #selected = false;
  constructor(options) {
    const { checkpoint, scope, now, lagSeconds = DEFAULT_LAG_SECONDS, file = "the checkpoint" } = options;
    if (!Number.isSafeInteger(lagSeconds) || lagSeconds < 0 || lagSeconds > MAX_LAG_SECONDS) {
      throw new RangeError(`lagSeconds must be a whole number from 0 to ${MAX_LAG_SECONDS}, got ${lagSeconds}`);
    }
    if (checkpoint) {
      const difference = scopeDifference(checkpoint.scope, scope);
      if (difference) {
        throw new InputError(
          `${file} is the checkpoint of ${difference}: give each account, source type and filter set a checkpoint file of its own`
        );
      }
    }
    this.#previous = checkpoint;
    this.#scope = scope;
    this.#startedAt = now;
    this.resumed = checkpoint !== void 0;
    this.window = resumeWindow(checkpoint, options.first, now, file);
    ({ readThrough: this.#readThrough, resumeFrom: this.#resumeFrom } = resumePoint(this.window, now, lagSeconds));
  }
  /** How many records this run has written (told by {@link wrote}). */
  get count() {
    return this.#count;
  }
  /** Whether `record` is yet to be written: its id is in neither the checkpoint nor this run's output. */
  isNew(record) {
    const id = Number(record.id);
    return !this.#previous?.written.has(id) && !this.#written.has(id);
  }
  /** Notes that `record` was written (handed to the output). */
  wrote(record) {
    this.#count++;
    const second = Math.floor(createdAtMs(record) / 1e3);
    if (second >= this.#resumeFrom) this.#written.set(Number(record.id), second);
  }
  /** The records yet to be written, each noted as written as it is handed on: for output that takes every one. */
  async *select(records) {
    this.#selecting = true;
    for await (const record of records) {
      if (!this.isNew(record)) continue;
      this.wrote(record);
      yield record;
    }
    this.#selected = true;
  }
  /**
   * The checkpoint to save once the output holds every record written: the next run
   * resumes from it. It claims the whole window was read, so it is refused (an `Error`)
   * when `select` stopped before the records' end.
   */
  checkpoint() {
    if (this.#selecting && !this.#selected) {
      throw new Error("the export stopped before the end of its window: its checkpoint would skip the records it did not read");
    }
    const written = /* @__PURE__ */ new Map();
    for (const [id, second] of this.#previous?.written ?? []) if (second >= this.#resumeFrom) written.set(id, second);
    for (const [id, second] of this.#written) written.set(id, second);
    const readThrough = Math.max(this.#readThrough, this.#previous ? epochSecond(this.#previous.readThrough) : -Infinity);
    return {
      scope: this.#scope,
      runStartedAt: this.#startedAt,
      readThrough: instantAt(readThrough),
      resumeFrom: instantAt(this.#resumeFrom),
      written
    };
  }
};

// src/cli/flag-groups.ts
import { readFileSync } from "node:fs";

// src/cli/credentials.ts
function read(env, name) {
  const value = env[name]?.trim();
  return value ? value : void 0;
}
var SECRET_VARIABLES = [
  "ZENDESK_CLIENT_SECRET",
  "ZENDESK_OAUTH_TOKEN",
  "ZENDESK_API_TOKEN",
  "GITHUB_TOKEN",
  "ZENDESK_MARKER_KEY"
];
var CLIENT_CREDENTIAL_NAMES = "ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET";
var VARIABLES = {
  clientId: "ZENDESK_CLIENT_ID",
  clientSecret: "ZENDESK_CLIENT_SECRET",
  oauthToken: "ZENDESK_OAUTH_TOKEN",
  email: "ZENDESK_USER_EMAIL",
  apiToken: "ZENDESK_API_TOKEN"
};
function credentialsFromEnv(env) {
  return readCredentials((name) => read(env, name), { names: VARIABLES, noneSet: "no credentials", noneHint: "or try --demo" });
}
var API_TOKEN_WARNING = `warning: Zendesk switches off API tokens on ${API_TOKEN_END} (and earlier after 30 days unused); move to an OAuth client of kind Confidential and set ZENDESK_CLIENT_ID and ZENDESK_CLIENT_SECRET instead (README, "Credentials")`;
function accountFromEnv(flags, env) {
  const subdomain = flags.subdomain ?? read(env, "ZENDESK_SUBDOMAIN");
  const baseUrl = flags.baseUrl ?? read(env, "ZENDESK_BASE_URL");
  const setting = baseUrl !== void 0 ? flags.baseUrl !== void 0 ? "--base-url" : "ZENDESK_BASE_URL" : flags.subdomain !== void 0 ? "--subdomain" : "ZENDESK_SUBDOMAIN";
  return { subdomain, baseUrl, setting };
}

// src/cli/flags.ts
import { parseArgs } from "node:util";
function versionAlias(argv, spec) {
  return argv.map((arg, index) => {
    if (arg !== "-v") return arg;
    const previous = argv[index - 1];
    const name = previous?.startsWith("--") && !previous.includes("=") ? previous.slice(2) : void 0;
    return name !== void 0 && spec[name]?.type === "string" ? arg : "-V";
  });
}
function unknownOption(option, spec) {
  const name = option.replace(/^-+/, "").split("=")[0];
  const nearest = closestMatch(name, Object.keys(spec));
  const hint = nearest ? `: did you mean --${nearest}?` : "";
  return new InputError(`unknown option ${option}${hint} (see --help)`);
}
function parseFlags(argv, spec) {
  try {
    const { values, positionals } = parseArgs({ args: versionAlias(argv, spec), options: spec, strict: true, allowPositionals: true });
    if (positionals.length) {
      throw new InputError(`unexpected argument ${JSON.stringify(positionals[0])}: every input is a --flag (see --help)`);
    }
    return values;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    const message = error.message.split("\n")[0].replace(/\. To specify a positional.*$/, "");
    const option = /'(-[^'\s]*)/.exec(message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw option ? unknownOption(option, spec) : new InputError(`unknown option ${message} (see --help)`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      if (/does not take an argument/.test(message)) throw new InputError(`option ${option} takes no value (see --help)`);
      const dash = /ambiguous/.test(message) ? `; for a value that starts with a dash write ${option}=VALUE` : "";
      throw new InputError(`option ${option} needs a value${dash} (see --help)`);
    }
    throw new InputError(`${message} (see --help)`);
  }
}
function readCommandLine(argv, spec, usage, read2) {
  const values = parseFlags(argv, spec);
  if (values.help) return { kind: "print", text: usage };
  if (values.version) return { kind: "print", text: `${VERSION}
` };
  return { kind: "run", options: read2(values) };
}
function single(values, name) {
  const value = values[name];
  if (value === void 0 || typeof value === "boolean") return void 0;
  if (Array.isArray(value)) throw new InputError(`--${name} is given more than once`);
  return value;
}
function many(values, name) {
  const value = values[name];
  const list2 = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return list2.flatMap((item) => item.split(",")).map((item) => item.trim()).filter(Boolean);
}
function choice(value, name, choices, fallback) {
  if (value === void 0) return fallback;
  const chosen = choices.find((option) => option.toLowerCase() === value.trim().toLowerCase());
  if (chosen !== void 0) return chosen;
  throw new InputError(`--${name} ${JSON.stringify(value)} is not one of ${choices.join(", ")}`);
}
function wholeNumber(value, name, fallback, min = 1, max = Number.MAX_SAFE_INTEGER) {
  if (value === void 0) return fallback;
  const number = wholeNumberOf(value.trim());
  if (!isWhole(number, min, max)) throw new InputError(`--${name} ${JSON.stringify(value)} must be ${wholeRange(min, max)}`);
  return number;
}
function percentage(value, name, fallback, maxPercent) {
  if (value === void 0) return fallback / 100;
  const percent = wholeNumberOf(/^\s*(\d+)\s*%?\s*$/.exec(value)?.[1]);
  if (!isWhole(percent, 0, maxPercent)) {
    throw new InputError(`--${name} ${JSON.stringify(value)} must be a whole percentage from 0 to ${maxPercent}, e.g. 20 or 20%`);
  }
  return percent / 100;
}

// src/cli/flag-groups.ts
var BASIC_FLAGS = {
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" }
};
function readBasic(values) {
  return { debug: Boolean(values.debug) };
}
var OUTPUT_FLAGS = {
  tz: { type: "string" },
  format: { type: "string" }
};
function readOutput(values, env, formats) {
  const format = choice(single(values, "format"), "format", formats, formats[0]);
  return { format, zone: chooseZone(single(values, "tz"), env) };
}
var POSIX_TZ = /^(?:[A-Za-z]{3,}|<[^>]+>)[+-]?\d|^\//;
function chooseZone(flag, env) {
  if (flag !== void 0) return validateZone(flag);
  const fromEnv = env.TZ?.trim().replace(/^:/, "");
  if (fromEnv) {
    const inDatabase = /\/zoneinfo\/(.+)$/.exec(fromEnv)?.[1];
    if (inDatabase) return validateZone(inDatabase);
    if (POSIX_TZ.test(fromEnv)) return systemZone();
    try {
      return validateZone(fromEnv);
    } catch {
      throw new InputError(
        `unknown time zone ${JSON.stringify(fromEnv)} in $TZ: set TZ to an IANA name such as Europe/Berlin or UTC, or pass --tz`
      );
    }
  }
  return systemZone();
}
var ACCOUNT_FLAGS = {
  "base-url": { type: "string" },
  subdomain: { type: "string" },
  demo: { type: "boolean" }
};
var ACCOUNT_HELP = `Account (credentials come only from the environment: ZENDESK_CLIENT_ID and
ZENDESK_CLIENT_SECRET of an OAuth client of kind Confidential, which mint a short-lived
token each run; or ZENDESK_OAUTH_TOKEN; or ZENDESK_USER_EMAIL and ZENDESK_API_TOKEN,
which Zendesk switches off on 2027-04-30):
  --demo                use the built-in sandbox account; no credentials needed
  --subdomain NAME      acme for https://acme.zendesk.com (default: $ZENDESK_SUBDOMAIN)
  --base-url URL        API origin for proxies and tests (default: $ZENDESK_BASE_URL)`;
function readAccount(values, env) {
  const subdomain = single(values, "subdomain");
  const baseUrl = single(values, "base-url");
  if (values.demo) {
    if (baseUrl !== void 0 || subdomain !== void 0) {
      throw new InputError("--demo uses the built-in sandbox account: leave out --base-url and --subdomain");
    }
    return { demo: true };
  }
  const account = accountFromEnv({ subdomain, baseUrl }, env);
  return {
    demo: false,
    // Nothing named at all: a new user may be trying it out, so the sandbox is offered too.
    baseUrl: resolveBaseUrl(account, ", or try --demo", account.setting),
    accountSetting: account.setting,
    credentials: credentialsFromEnv(env)
  };
}
function accountName(account) {
  if (account.demo) return "demo";
  const subdomain = /^([^.]+)\.zendesk\.com$/i.exec(account.baseUrl.hostname)?.[1];
  return subdomain ? subdomain.toLowerCase() : account.baseUrl.origin;
}
var NETWORK_FLAGS = {
  timeout: { type: "string" },
  "max-attempts": { type: "string" },
  "max-wait": { type: "string" }
};
function networkHelp(extra = "") {
  return `Network:
  --timeout DURATION    time allowed for one request (default 30s)
  --max-attempts N      attempts per request, the first included (default 6)
  --max-wait DURATION   most time one request may wait for retries (default 2m)
${extra}  --debug               print stack traces with errors
  -h, --help            show this help
  -V, -v, --version     print the version`;
}
function readNetwork(values, now) {
  const milliseconds = (name) => {
    const value = single(values, name);
    if (value === void 0) return void 0;
    try {
      return parseDuration(value).total({ unit: "milliseconds", relativeTo: now.toZonedDateTimeISO("UTC") });
    } catch (error) {
      throw new InputError(`--${name}: ${error.message}`);
    }
  };
  return {
    retry: { attempts: wholeNumber(single(values, "max-attempts"), "max-attempts", 6, 1, 100), maxWaitMs: milliseconds("max-wait") },
    timeoutMs: milliseconds("timeout")
  };
}
var REVIEW_FLAGS = {
  rules: { type: "string" },
  "working-hours": { type: "string" },
  sensitive: { type: "string", multiple: true }
};
var REVIEW_HELP = `  --rules FILE          a rules file, YAML or JSON: rules of your own, and built-in
                        rules given another severity or turned off (see the README)
  --working-hours HOURS mark changes made outside these hours (low), e.g.
                        'Mon-Fri 08:00-18:00 Europe/Berlin' (default zone: --tz)
  --sensitive PATTERN   mark settings matching PATTERN too, as medium (repeatable;
                        case-insensitive, from the start of a word, * for any text)`;
var MAX_FILE_BYTES = 1024 * 1024;
function readTextFile(path, flag, what) {
  try {
    const bytes = readFileSync(path);
    if (bytes.length > MAX_FILE_BYTES) throw new InputError(`${flag}: ${path} is larger than 1 MiB: ${what}`);
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${flag}: cannot read ${path}: ${fileProblem(error)}`);
  }
}
function fileProblem(error, missing = "no such file") {
  const code = error.code;
  return code === "ENOENT" ? missing : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : error instanceof TypeError ? "it is not UTF-8 text" : error.message;
}
function readRulesFile(path) {
  const text2 = readTextFile(path, "--rules", "a rules file is a list of rules");
  return { name: path, text: text2 };
}
function readReview(values, zone) {
  const sensitiveSettings = many(values, "sensitive");
  try {
    sensitivity(sensitiveSettings);
  } catch (error) {
    throw new InputError(`--sensitive: ${error.message}`);
  }
  const rules = single(values, "rules");
  const hours = single(values, "working-hours");
  let workingHours;
  try {
    workingHours = hours === void 0 ? void 0 : parseWorkingHours(hours, zone);
  } catch (error) {
    throw new InputError(error.message.replace(/^working hours /, "--working-hours "));
  }
  return {
    sensitiveSettings,
    ...rules === void 0 ? {} : { rulesFile: readRulesFile(rules) },
    ...workingHours ? { workingHours } : {}
  };
}
function readMinSeverity(values) {
  const level = single(values, "min-severity");
  if (values["sensitive-only"] && level !== void 0) {
    throw new InputError("--sensitive-only means --min-severity medium: give one of them");
  }
  if (values["sensitive-only"]) return "medium";
  if (level === void 0) return void 0;
  try {
    return parseSeverity(level);
  } catch (error) {
    throw new InputError(`--min-severity: ${error.message}`);
  }
}
var SHARED_FLAGS = { ...OUTPUT_FLAGS, ...ACCOUNT_FLAGS, ...NETWORK_FLAGS, ...BASIC_FLAGS };

// src/cli/io.ts
import process from "node:process";

// src/cli/progress.ts
var QUIET_MS = 1e3;
var REDRAW_MS = 100;
var STEADY_MS = 2e3;
var BAR_WIDTH = 20;
var NONE2 = { shown: false, event() {
}, waitForRateLimit() {
}, expect() {
}, page() {
}, clear() {
}, done() {
}, finish() {
} };
function count(value) {
  return Math.round(value).toLocaleString("en-US");
}
function recordCount(value) {
  return `${count(value)} record${value === 1 ? "" : "s"}`;
}
function formatDuration(ms) {
  const seconds2 = Math.max(0, ms / 1e3);
  if (seconds2 < 10) return `${(Math.round(seconds2 * 10) / 10).toFixed(1)} s`;
  const whole = Math.round(seconds2);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, "0")} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}
function progressLine(state) {
  const parts = [];
  const steady = state.elapsedMs >= STEADY_MS && state.records > 0;
  const waiting = state.wait && state.wait.ms > 0 ? state.wait : void 0;
  const rate = state.records / (Math.max(1, state.elapsedMs - (waiting?.sinceMs ?? 0)) / 1e3);
  if (state.total !== void 0 && state.total > 0) {
    const share = Math.min(1, state.records / state.total);
    const filled = Math.round(share * BAR_WIDTH);
    parts.push(
      `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}% ${count(state.records)} of ${count(state.total)} records`
    );
    const waitMs = waiting?.ms ?? 0;
    if (steady) parts.push(`${count(rate)}/s`, `${formatDuration(waitMs + Math.max(0, state.total - state.records) / rate * 1e3)} left`);
  } else {
    parts.push(`Fetching: ${count(state.pages)} pages, ${count(state.records)} records`);
    if (steady) parts.push(`${count(rate)}/s`);
  }
  if (waiting) parts.push(`waiting ${Math.ceil(waiting.ms / 1e3)} s ${waiting.reason}`);
  const line = parts.join(", ");
  const width = state.columns && state.columns > 10 ? state.columns - 1 : void 0;
  return width !== void 0 && line.length > width ? `${line.slice(0, width - 1)}…` : line;
}
function createProgress(stream, now = Date.now) {
  if (!stream.isTTY) return NONE2;
  const started = now();
  let pages = 0;
  let records = 0;
  let total;
  let waitUntil = 0;
  let waitSince = 0;
  let waitReason = "";
  let shown2 = false;
  let finished = false;
  let drawnAt = 0;
  let ticker;
  function draw(force = false) {
    const time = now();
    if (finished || time - started < QUIET_MS || !force && time - drawnAt < REDRAW_MS) return;
    drawnAt = time;
    const wait = waitUntil > time ? { ms: waitUntil - time, reason: waitReason, sinceMs: time - waitSince } : void 0;
    stream.write(`\r\x1B[2K${progressLine({ pages, records, total, elapsedMs: time - started, wait, columns: stream.columns })}`);
    shown2 = true;
  }
  function clear() {
    if (shown2) stream.write("\r\x1B[2K");
    shown2 = false;
  }
  function waitUntilTime(until, reason) {
    if (waitUntil <= now()) waitSince = now();
    waitUntil = until;
    waitReason = reason;
    draw(true);
    if (ticker !== void 0) return;
    ticker = setInterval(() => {
      if (now() >= waitUntil) {
        clearInterval(ticker);
        ticker = void 0;
      }
      draw(true);
    }, 1e3);
    ticker.unref?.();
  }
  function waitForRateLimit(until) {
    waitUntilTime(until, "for the rate limit");
  }
  function expect(expected) {
    total = expected;
    draw(true);
  }
  function page(progress) {
    pages = progress.pages;
    records = progress.records;
    draw();
  }
  function done() {
    finished = true;
    if (ticker !== void 0) clearInterval(ticker);
    ticker = void 0;
    clear();
  }
  return {
    shown: true,
    event(event) {
      if (event.type === "retry") waitUntilTime(now() + event.delayMs, event.rateLimited ? "for the rate limit" : "before a retry");
      else if (event.type === "wait") waitForRateLimit(event.until);
      else if (event.type === "count") expect(event.count);
      else if (event.type === "page") page(event);
    },
    waitForRateLimit,
    expect,
    page,
    clear,
    done,
    finish(written) {
      if (finished) return;
      done();
      stream.write(`${recordCount(written)} in ${formatDuration(now() - started)}
`);
    }
  };
}

// src/cli/partial.ts
function partialMessage(written, coverage) {
  const head = `interrupted: the output is partial, ${recordCount(written)} written`;
  if (!coverage) return head;
  const clock = new ZoneClock(coverage.zone);
  const text2 = (run) => `${clock.text(run.from * 1e3)} to ${clock.text(run.to * 1e3)}`;
  const instant = (seconds2) => clock.iso(seconds2 * 1e3).replace(/\[.*\]$/, "");
  const args = (run) => `--start ${instant(run.from)} --end ${instant(run.to)}`;
  const { covered } = coverage;
  const missing = uncovered(windowSeconds(coverage.window), covered);
  const lines = [
    covered.length === 0 ? `${head}: no stretch of the window was fetched whole` : covered.length === 1 ? `${head}, covering ${text2(covered[0])} of the window` : `${head}, covering ${covered.length} stretches of the window that do not touch:`,
    ...covered.length > 1 ? covered.map((run) => `  ${text2(run)}`) : []
  ];
  if (missing.length === 1) lines.push(`To fetch the rest, run the same command with ${args(missing[0])}`);
  else if (missing.length > 1) {
    lines.push(
      "To fetch the rest, run the same command once with each of:",
      ...missing.map((run) => `  ${args(run)}`)
    );
  }
  if (written > 0 && missing.length > 0) {
    lines.push("(A record of a second at the edge of a stretch may come again there, with the same id.)");
  }
  return lines.join("\n");
}

// src/cli/io.ts
var ClosedPipe = class extends Error {
  name = "ClosedPipe";
};
var Interrupted = class extends Error {
  name = "Interrupted";
  /** Records written before the stop, when known. */
  written;
  /** Which stretches of the window they cover, when known. */
  coverage;
  /** `after`: a line to say instead of what to run to fetch the rest (an incremental export's next run fetches it). */
  constructor(written, coverage, after) {
    super(written === void 0 ? "interrupted" : `${partialMessage(written, coverage)}${after ? `
${after}` : ""}`);
    this.written = written;
    this.coverage = coverage;
  }
};
function streamOutput(stream = process.stdout) {
  let closed = false;
  stream.on("error", (error) => {
    if (error.code === "EPIPE") closed = true;
    else throw error;
  });
  return {
    async write(chunk) {
      if (closed) throw new ClosedPipe();
      if (!stream.write(chunk)) {
        await new Promise((resolve) => {
          const done = () => {
            stream.off("drain", done);
            stream.off("error", done);
            stream.off("close", done);
            resolve();
          };
          stream.on("drain", done);
          stream.on("error", done);
          stream.on("close", done);
        });
      }
      if (closed) throw new ClosedPipe();
    }
  };
}
async function pipe(chunks, output) {
  for await (const chunk of chunks) await output.write(chunk);
}
function note(message) {
  process.stderr.write(`${message}
`);
}

// src/cli/main.ts
import process4 from "node:process";

// src/trail/github-error.ts
var GitHubError = class extends Error {
  name = "GitHubError";
  status;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.status = options.status;
  }
};

// src/cli/checkpoint-file.ts
import { closeSync, constants, fsyncSync, openSync, readFileSync as readFileSync2, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname } from "node:path";
import process2 from "node:process";
var CheckpointLocked = class extends Error {
  name = "CheckpointLocked";
};
var lockPath = (file) => `${file}.lock`;
function readOwner(path) {
  try {
    const parsed = JSON.parse(readFileSync2(path, "utf8"));
    if (Number.isSafeInteger(parsed.pid) && typeof parsed.host === "string" && typeof parsed.since === "string") {
      return parsed;
    }
  } catch {
  }
  return void 0;
}
function running(pid) {
  try {
    process2.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code !== "ESRCH";
  }
}
var sameOwner = (a, b) => a !== void 0 && b !== void 0 && a.pid === b.pid && a.host === b.host && a.since === b.since;
function create(path, owner) {
  let fd;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 384);
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw new InputError(`--checkpoint: cannot create the lock ${path}: ${fileProblem(error, "its directory does not exist")}`);
  }
  try {
    writeSync(fd, `${JSON.stringify(owner)}
`);
  } finally {
    closeSync(fd);
  }
  return true;
}
function acquireLock(file) {
  const path = lockPath(file);
  const owner = { pid: process2.pid, host: hostname(), since: (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d+Z$/, "Z") };
  let cleared;
  if (!create(path, owner)) {
    const found = readOwner(path);
    const stale = found !== void 0 && found.host === owner.host && !running(found.pid);
    const by = found ? `process ${found.pid} on ${found.host} since ${found.since}` : "a lock being written or unreadable";
    if (!stale) {
      throw new CheckpointLocked(`another export is using ${file} (${path}: ${by}); if none is running, remove ${path}`);
    }
    if (sameOwner(readOwner(path), found)) {
      try {
        unlinkSync(path);
      } catch {
      }
    }
    if (!create(path, owner)) {
      throw new CheckpointLocked(`another export took ${file} (${path}) as this one cleared a stale lock: try again later`);
    }
    cleared = `note: cleared a stale lock on ${file}: ${by}, which no longer runs (a killed run; the export resumes from its last checkpoint)`;
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process2.off("exit", release);
    if (sameOwner(readOwner(path), owner)) unlinkSync(path);
  };
  process2.on("exit", release);
  return { ...cleared ? { cleared } : {}, held: () => sameOwner(readOwner(path), owner), release };
}
function readCheckpointFile(file) {
  let text2;
  try {
    text2 = readFileSync2(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new InputError(`--checkpoint: cannot read ${file}: ${fileProblem(error)}`);
  }
  return parseCheckpoint(text2, file);
}
var UNSYNCABLE = /* @__PURE__ */ new Set(["EINVAL", "ENOTSUP", "EOPNOTSUPP", "EROFS", "EBADF"]);
function syncIfPossible(fd) {
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!UNSYNCABLE.has(error.code ?? "")) throw error;
  }
}
async function flushStdout(stream = process2.stdout) {
  await new Promise((resolve, reject) => stream.write("", (error) => error ? reject(error) : resolve()));
  const fd = stream.fd;
  if (typeof fd === "number") syncIfPossible(fd);
}
function saveCheckpointFile(file, text2) {
  const directory = dirname(file);
  const temporary = `${directory}/${basename(file)}.tmp-${process2.pid}`;
  const fd = openSync(temporary, "w", 384);
  try {
    writeSync(fd, text2);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  let dir;
  try {
    dir = openSync(directory, "r");
    syncIfPossible(dir);
  } catch (error) {
    if (!["EISDIR", "EPERM", "EACCES"].includes(error.code ?? "")) throw error;
  } finally {
    if (dir !== void 0) closeSync(dir);
  }
}

// src/cli/prompt.ts
import process3 from "node:process";
import { createInterface } from "node:readline/promises";
function canPrompt() {
  return Boolean(process3.stdin.isTTY);
}
function openPrompter(input = process3.stdin, output = process3.stderr) {
  const terminal = createInterface({ input, output });
  return {
    async ask(question, check) {
      for (; ; ) {
        let answer;
        try {
          answer = (await terminal.question(question)).trim();
        } catch (error) {
          if (error.name !== "AbortError") throw error;
          output.write("\n");
          throw new Interrupted();
        }
        try {
          return check(answer);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          output.write(`  ${error.message}; try again
`);
        }
      }
    },
    close: () => terminal.close()
  };
}

// src/cli/main.ts
var EXIT = { ok: 0, zendesk: 1, usage: 2, interrupted: 130 };
function environmentRedactor(env, also = []) {
  let secrets = [...also];
  try {
    secrets = secretForms(credentialsFromEnv(env));
  } catch {
  }
  for (const name of SECRET_VARIABLES) {
    const value = env[name]?.trim();
    if (value && value.length >= 4) secrets.push(value);
  }
  return redactor(secrets);
}
var DENO_FLAGS = "--allow-net --allow-env";
function denoPermission(error) {
  if (!(error instanceof Error) || error.name !== "NotCapable" && error.name !== "PermissionDenied") return void 0;
  const access = /Requires (\w+) access/.exec(error.message)?.[1] ?? "an";
  const flag = /--allow-[a-z-]+/.exec(error.message)?.[0];
  const needed = flag && !DENO_FLAGS.includes(flag) ? `${DENO_FLAGS} ${flag}` : DENO_FLAGS;
  return `Deno did not allow ${access} access: run with ${needed}, e.g. deno run ${needed} ${denoScript() ?? "scripts/settings-changes.js"} --demo`;
}
function denoScript() {
  const main = globalThis.Deno?.mainModule;
  if (!main) return void 0;
  const jsr = /^https:\/\/jsr\.io\/(@[^/]+\/[^/]+)\/[^/]+\/scripts\/([^/]+)\.js$/.exec(main);
  if (jsr) return `jsr:${jsr[1]}/${jsr[2]}`;
  const script = /\/(scripts\/[^/]+\.js)$/.exec(main)?.[1];
  return script ?? main;
}
function invokedAs() {
  const script = denoScript();
  return script === void 0 ? void 0 : `deno run ${DENO_FLAGS} ${script}`;
}
function describeFailure(error) {
  if (error instanceof ClosedPipe) return { code: EXIT.ok };
  const permission = denoPermission(error);
  if (permission) return { code: EXIT.usage, message: permission };
  if (error instanceof Interrupted) return { code: EXIT.interrupted, message: error.message };
  if (error instanceof InputError) return { code: EXIT.usage, message: error.message };
  if (error instanceof ZendeskError || error instanceof GitHubError) return { code: EXIT.zendesk, message: error.message };
  if (error instanceof CheckpointLocked) return { code: EXIT.zendesk, message: error.message };
  if (error instanceof Error && error.name === "AbortError") return { code: EXIT.interrupted, message: "cancelled" };
  return { code: EXIT.zendesk, message: `${failureText(error)} (run again with --debug for details)` };
}
function details(error) {
  const lines = [];
  for (let current = error; current; current = current.cause) {
    lines.push(current instanceof Error ? current.stack ?? current.message : String(current));
    if (!(current instanceof Error)) break;
  }
  return lines.join("\ncaused by: ");
}
async function runProgram(program) {
  let redact = (text2) => text2;
  let debug = false;
  try {
    const env = process4.env;
    redact = environmentRedactor(env);
    const context = { env, now: Temporal.Now.instant(), interactive: canPrompt(), command: invokedAs() };
    const invocation = program.read(process4.argv.slice(2), context);
    if (invocation.kind === "print") return await streamOutput().write(invocation.text);
    if (invocation.kind === "usage") {
      process4.stderr.write(invocation.text);
      process4.exitCode = EXIT.usage;
      return;
    }
    debug = invocation.options.debug;
    await program.run(invocation.options);
  } catch (error) {
    const { code, message } = describeFailure(error);
    if (message) process4.stderr.write(`error: ${breakCommandsAfterLineStart(escapeUnsafe(redact(message), "\n"))}
`);
    if (debug) process4.stderr.write(`${redact(details(error))}
`);
    process4.exitCode = code;
  }
}

// src/cli/session.ts
import process5 from "node:process";
async function openSession(options, { reserveShare = 0, scopes = ["auditlogs:read"] } = {}) {
  const { zone } = options;
  const progress = createProgress(process5.stderr);
  let warning;
  const common = {
    retry: options.retry,
    timeoutMs: options.timeoutMs,
    userAgent: `zendesk-audit/${VERSION}`,
    scopes,
    credentialNames: CLIENT_CREDENTIAL_NAMES,
    onEvent: (event) => {
      if (warning !== void 0) {
        progress.clear();
        note(warning);
        warning = void 0;
      }
      progress.event(event);
    },
    // One rate-limit budget for every request of the run, however many go at once.
    gate: new RateGate({ reserveShare, onEvent: progress.event })
  };
  const connect = (baseUrl2, credentials2, accountSetting) => ({
    client: createClient({ baseUrl: baseUrl2, credentials: credentials2, accountSetting, ...common }),
    account: baseUrl2,
    zone,
    clock: new ZoneClock(zone),
    progress
  });
  if (options.demo) {
    const { createSandbox, DEMO_OAUTH_CLIENT } = await import("./mod-YHKVLM4W.js");
    const sandbox = createSandbox({ episodes: true });
    const url = await sandbox.start();
    note(`Demo: the built-in sandbox account at ${url} (generated data, no credentials needed)`);
    const credentials2 = { clientId: DEMO_OAUTH_CLIENT.identifier, clientSecret: DEMO_OAUTH_CLIENT.secret };
    return {
      ...connect(new URL(url), credentials2),
      demo: true,
      close: () => sandbox.close()
    };
  }
  const { baseUrl, credentials } = options;
  if (isApiToken(credentials)) warning = API_TOKEN_WARNING;
  const destination = credentialDestinationWarning(baseUrl);
  if (destination) note(`warning: ${destination}`);
  return {
    ...connect(baseUrl, credentials, options.accountSetting),
    demo: false,
    close: async () => {
    }
  };
}

export {
  Temporal,
  InputError,
  closestMatch,
  utcSecond,
  MAX_PAGE_SIZE,
  parseId,
  auditLogParams,
  rangeWindow,
  auditLogs,
  PARALLEL_DEFAULTS,
  MAX_CONCURRENCY,
  parallelAuditLogs,
  checkedSourceTypes,
  parseBound,
  parseRange,
  parseDuration,
  windowEndingAt,
  ZoneClock,
  describeWindow,
  showUser,
  VERSION,
  SEVERITIES,
  atLeast,
  isSensitive,
  escapeUnsafeInJson,
  csvRow,
  renderCsv,
  compileRules,
  isSignIn,
  SignInBaseline,
  Detector,
  detectAll,
  renderText,
  userDetails,
  renderEcs,
  localizeReviewed,
  renderJson,
  renderNdjson,
  neutralise,
  renderMarkdown,
  renderOcsf,
  parseRulesFile,
  exportScope,
  serializeCheckpoint,
  DEFAULT_LAG_SECONDS,
  parseLag,
  IncrementalExport,
  GitHubError,
  accountFromEnv,
  readCommandLine,
  single,
  many,
  choice,
  wholeNumber,
  percentage,
  readBasic,
  readOutput,
  ACCOUNT_HELP,
  readAccount,
  accountName,
  networkHelp,
  readNetwork,
  REVIEW_FLAGS,
  REVIEW_HELP,
  readTextFile,
  readReview,
  readMinSeverity,
  SHARED_FLAGS,
  CheckpointLocked,
  acquireLock,
  readCheckpointFile,
  flushStdout,
  saveCheckpointFile,
  Interrupted,
  streamOutput,
  pipe,
  note,
  openPrompter,
  environmentRedactor,
  runProgram,
  openSession
};
