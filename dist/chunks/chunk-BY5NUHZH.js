import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DNS_LABEL,
  checkWhole,
  isZendeskId,
  wholeNumberOf
} from "./chunk-EB4K4YEU.js";

// src/cli/main.ts
import process2 from "node:process";

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
function isClientCredentials(credentials) {
  return "clientId" in credentials;
}
function isApiToken(credentials) {
  return "apiToken" in credentials;
}
function base64(text) {
  let binary2 = "";
  for (const byte of new TextEncoder().encode(text)) binary2 += String.fromCharCode(byte);
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
function shown(text, redact) {
  const flat = redact(text.replace(UNPRINTABLE, " ").replace(/\s+/g, " ").trim()).trim();
  if (!flat) return void 0;
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL)}…` : flat;
}
function asText(value) {
  return typeof value === "string" && value.trim() ? value : void 0;
}
function asCode(value) {
  return typeof value === "string" && CODE.test(value) ? value : void 0;
}
function parseErrorBody(body, redact = (text) => text) {
  const text = body.trim();
  if (!text) return {};
  if (text.length > MAX_ERROR_BODY) return { message: `an error body of ${text.length} characters, not shown` };
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return parseTextBody(text, redact);
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
function parseTextBody(text, redact) {
  if (/^\s*</.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1];
    const words = title === void 0 ? void 0 : shown(title, redact);
    return { message: words ? `${words} (HTML page)` : "an HTML page instead of JSON" };
  }
  return { message: shown(text, redact) };
}
function failureText(error, known = []) {
  if (error instanceof InputError || error instanceof ZendeskError || known.some((kind) => error instanceof kind)) {
    return error.message;
  }
  if (error instanceof Error) return `unexpected ${error.name}: ${error.message}`;
  return `unexpected failure: ${String(error)}`;
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
    if (error.status === 429 || error.status >= 500) return error;
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
function unescape(match) {
  const [, percent, braced, unicode, hexByte, backslash, decimal, hexReference, name] = match;
  if (percent !== void 0 || hexByte !== void 0) return String.fromCharCode(parseInt(percent ?? hexByte, 16));
  if (unicode !== void 0) return String.fromCharCode(parseInt(unicode, 16));
  if (backslash !== void 0) return BACKSLASH_ESCAPES[backslash.toLowerCase()] ?? backslash;
  if (name !== void 0) return NAMED_REFERENCES[name.toLowerCase()];
  const code = braced !== void 0 ? parseInt(braced, 16) : decimal !== void 0 ? parseInt(decimal, 10) : parseInt(hexReference, 16);
  return code <= 1114111 ? String.fromCodePoint(code) : void 0;
}
function decodeOnce(reading) {
  const { text, starts, ends } = reading;
  const out = { text: "", starts: [], ends: [] };
  const pieces = [];
  let from = 0;
  let changed = false;
  for (const match of text.matchAll(ESCAPE)) {
    const decoded = unescape(match);
    if (decoded === void 0) continue;
    const at = match.index;
    pieces.push(text.slice(from, at));
    for (let index = from; index < at; index++) {
      out.starts.push(starts[index]);
      out.ends.push(ends[index]);
    }
    pieces.push(decoded);
    for (let unit = 0; unit < decoded.length; unit++) {
      out.starts.push(starts[at]);
      out.ends.push(ends[at + match[0].length - 1]);
    }
    from = at + match[0].length;
    changed = true;
  }
  if (!changed) return reading;
  pieces.push(text.slice(from));
  for (let index = from; index < text.length; index++) {
    out.starts.push(starts[index]);
    out.ends.push(ends[index]);
  }
  out.text = pieces.join("");
  return out;
}
function fold(text) {
  let reading = { text, starts: [], ends: [] };
  for (let index = 0; index < text.length; index++) {
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
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
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
  redact(text) {
    if (this.#pieces.size === 0 || !text) return text;
    const folded = fold(text);
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
      if (start >= from) out.push(text.slice(from, start), this.#replacement);
      from = Math.max(from, folded.ends[last]);
      index = last;
    }
    out.push(text.slice(from));
    return out.join("");
  }
};
function redactor(secrets, replacement = "[redacted]") {
  const set = new Redactor(secrets, replacement);
  return (text) => set.redact(text);
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
function isLoopback(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
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
function resolveBaseUrl(target, noAccountHint = "") {
  if (target.baseUrl) {
    let url;
    try {
      url = new URL(target.baseUrl);
    } catch {
      throw new InputError("the base URL is not a URL (not shown: it may hold a password); use e.g. https://acme.zendesk.com");
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new InputError(`base URL must use https: (got ${url.protocol})`);
    if (url.protocol === "http:" && !isLoopback(url.hostname)) {
      throw new InputError(`base URL ${url.origin} uses plain http: to a host that is not loopback; use https:`);
    }
    if (url.username || url.password) {
      throw new InputError("base URL must not carry a user name or password; credentials come from the environment");
    }
    if (url.search || url.hash) throw new InputError("base URL must not carry a query or a fragment");
    url.pathname = url.pathname.replace(/\/+$/, "");
    return url;
  }
  if (target.subdomain === void 0 || target.subdomain.trim() === "") {
    throw new InputError(`${NO_ACCOUNT}${noAccountHint}`);
  }
  return new URL(`https://${validateSubdomain(target.subdomain)}.zendesk.com`);
}

// src/core/fetch/client.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var MAX_TIMER_MS = 2 ** 31 - 1;
function createClient(options) {
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
  const redact = (text) => {
    for (const secret of auth?.secrets() ?? []) hidden.add(secret);
    return hidden.redact(text);
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
      const { response, text } = await exchange(request, signal);
      const rateLimit = readRateLimit(response.headers);
      const retryAfterMs = response.ok ? void 0 : parseRetryAfter(response.headers.get("retry-after"), Date.now());
      answer = { status: response.status, rateLimit, retryAfterMs };
      options.onEvent?.({ type: "response", path: request.path, status: response.status, durationMs: Date.now() - started, rateLimit });
      return readAnswer(request, response, text, answer);
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
      const message = cause instanceof Error ? cause.cause?.message || cause.message : String(cause);
      const reason = timeout.signal.aborted ? `no complete answer within ${timeoutMs / 1e3} s` : `network error (${redact(message)})`;
      throw new ZendeskError(`${method} ${path}: ${reason}`, { cause, retriable: true });
    } finally {
      clearTimeout(timer);
      combined.unlink();
    }
  }
  function readAnswer(request, response, text, answer) {
    const { method, path } = request;
    if (!response.ok) {
      const detail = request.readError(text);
      const { status, statusText } = response;
      const hint = status === 401 && request.authorization ? auth?.hint : void 0;
      throw new ZendeskHttpError({ status, statusText, method, path, detail, retryAfterMs: answer.retryAfterMs, hint });
    }
    try {
      return { body: JSON.parse(text), status: response.status, headers: response.headers, rateLimit: answer.rateLimit };
    } catch (cause) {
      const what = /^\s*</.test(text) ? "an HTML page instead of JSON" : `incomplete JSON (${text.length} bytes)`;
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

// node_modules/temporal-polyfill/chunks/root.js
var NativeTemporal = globalThis.Temporal;

// node_modules/temporal-utils/dist/errorMessages.js
var expectedPositive = (entityName, num) => `Non-positive ${entityName}: ${num}`;
var expectedFinite = (entityName, num) => `Non-finite ${entityName}: ${num}`;
var forbiddenBigIntToNumber = (entityName) => `Cannot convert bigint to ${entityName}`;
var invalidObject = "Invalid object";
var numberOutOfRange = (entityName, val, min, max) => invalidEntity(entityName, val) + `; must be between ${min}-${max}`;
var invalidEntity = (fieldName, val) => `Invalid ${fieldName}: ${val}`;

// node_modules/temporal-utils/dist/utils.js
var nanoInMicro = 1e3;
var nanoInMilli = 1e6;
var nanoInSec = 1e9;
var nanoInMinute = 6e10;
var nanoInHour = 36e11;
function normalizeOptions(options) {
  if (options === void 0) {
    return /* @__PURE__ */ Object.create(null);
  }
  return requireObjectLike(options);
}
function toFiniteNumber(arg, entityName = "number") {
  if (typeof arg === "bigint") {
    throw new TypeError(forbiddenBigIntToNumber(entityName));
  }
  arg = Number(arg);
  if (!Number.isFinite(arg)) {
    throw new RangeError(expectedFinite(entityName, arg));
  }
  return arg;
}
function toIntegerWithTrunc(arg, entityName) {
  return Math.trunc(toFiniteNumber(arg, entityName)) || 0;
}
function toPositiveIntegerWithTruncation(arg, entityName) {
  return requireNumberIsPositive(toIntegerWithTrunc(arg, entityName), entityName);
}
function requireNumberIsPositive(num, entityName = "number") {
  if (num <= 0) {
    throw new RangeError(expectedPositive(entityName, num));
  }
  return num;
}
function constrainToRange(num, min, max) {
  return Math.min(Math.max(num, min), max);
}
function isObjectLike(arg) {
  return arg !== null && (typeof arg === "object" || typeof arg === "function");
}
function requireObjectLike(arg) {
  if (!isObjectLike(arg)) {
    throw new TypeError(invalidObject);
  }
  return arg;
}

// node_modules/temporal-polyfill/chunks/internal.js
var invalidEntity2 = invalidEntity;
var missingField = (fieldName) => `Missing ${fieldName}`;
var invalidBag = "Invalid bag";
var invalidChoice = (fieldName, val, choiceMap) => invalidEntity(fieldName, val) + "; must be " + Object.keys(choiceMap).join();
var forbiddenValueOf = "Cannot use valueOf";
var invalidCallingContext = "Invalid calling context";
var missingYear = (allowEra) => "Missing year" + (allowEra ? "/era/eraYear" : "");
var invalidLeapMonth = "Invalid leap month";
var invalidCalendar = (calendarId) => invalidEntity("Calendar", calendarId);
var exoticCalendarRequired = (calendarId, remedy) => `Unknown calendar ${calendarId}; might need ${remedy}`;
var invalidTimeZone = (calendarId) => invalidEntity("TimeZone", calendarId);
var outOfBoundsDate = "Out-of-bounds date";
var failedParse = (s) => `Cannot parse: ${s}`;
var constrainToRange2 = constrainToRange;
var isObjectLike2 = isObjectLike;
function throwRangeError(message) {
  throw new RangeError(message);
}
function throwTypeError(message) {
  throw new TypeError(message);
}
function clampProp(props, propName, min, max, overflow) {
  return clampEntity(propName, ((props2, propName2) => {
    const propVal = props2[propName2];
    return void 0 === propVal && throwTypeError(missingField(propName2)), propVal;
  })(props, propName), min, max, overflow);
}
function clampEntity(entityName, num, min, max, overflow, choices) {
  const clamped = constrainToRange2(num, min, max);
  return overflow && num !== clamped && throwRangeError(((entityName2, val, min2, max2, choices2) => choices2 ? numberOutOfRange(entityName2, choices2[val], choices2[min2], choices2[max2]) : numberOutOfRange(entityName2, val, min2, max2))(entityName, num, min, max, choices)), clamped;
}
function memoize(generator, MapClass = Map, maxSize = 1e4) {
  const map = new MapClass();
  return (key, ...otherArgs) => {
    if (map.has(key)) {
      return map.get(key);
    }
    map.size >= maxSize && map.clear();
    const val = generator(key, ...otherArgs);
    return map.set(key, val), val;
  };
}
var createNameDescriptors = (name) => createPropDescriptors({
  name
}, 1);
var createPropDescriptors = (propVals, readonly) => mapProps((value) => ({
  value,
  configurable: 1,
  writable: !readonly
}), propVals);
var createStringTagDescriptors = (value) => ({
  [Symbol.toStringTag]: {
    value,
    configurable: 1
  }
});
function mapProps(transformer, props) {
  const res = {};
  for (const propName in props) {
    res[propName] = transformer(props[propName], propName);
  }
  return res;
}
function zipPropsConst(propNames, propVal) {
  const res = {};
  for (const propName of propNames) {
    res[propName] = propVal;
  }
  return res;
}
function createPropGetters(propNames) {
  const getters = {};
  for (const propName of propNames) {
    getters[propName] = (slots) => slots[propName];
  }
  return getters;
}
function pluckProps(propNames, props, dest = /* @__PURE__ */ Object.create(null)) {
  for (const propName of propNames) {
    dest[propName] = props[propName];
  }
  return dest;
}
function allPropsEqual(propNames, props0, props1) {
  for (const propName of propNames) {
    if (props0[propName] !== props1[propName]) {
      return 0;
    }
  }
  return 1;
}
function zeroOutProps(propNames, clearUntilI, props) {
  const copy = {
    ...props
  };
  for (let i = 0; i < clearUntilI; i++) {
    copy[propNames[i]] = 0;
  }
  return copy;
}
function bindArgs(f, ...boundArgs) {
  return (...dynamicArgs) => f(...boundArgs, ...dynamicArgs);
}
function noop() {
}
function capitalize(s) {
  return s[0].toUpperCase() + s.substring(1);
}
function sortStrings(...strss) {
  return [].concat(...strss).sort();
}
function createRegExp(meat) {
  return new RegExp(`^${meat}$`);
}
function parseSubsecNano(fracStr) {
  return parseInt(fracStr.padEnd(9, "0"));
}
function parseInt0(s) {
  return void 0 === s ? 0 : parseInt(s);
}
function padNumber(digits, num) {
  return String(num).padStart(digits, "0");
}
var padNumber2 = /* @__PURE__ */ bindArgs(padNumber, 2);
function compareNumbers(a, b) {
  return Math.sign(a - b);
}
function compareBigInts(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function divFloorBigInt(num, denom) {
  const whole = num / denom;
  return num % denom < 0n ? whole - 1n : whole;
}
function divModFloorBigInt(num, divisor) {
  const quotient = divFloorBigInt(num, divisor);
  return [quotient, num - quotient * divisor];
}
function divModFloor(num, divisor) {
  return [Math.floor(num / divisor), modFloor(num, divisor)];
}
function modFloor(num, divisor) {
  return (num % divisor + divisor) % divisor;
}
function divTrunc(num, divisor) {
  return Math.trunc(num / divisor) || 0;
}
function modTrunc(num, divisor) {
  return num % divisor || 0;
}
function fabricateNearHalfFraction(halfCompare, sign = 1) {
  return sign * (0.5 + halfCompare / 5);
}
function hasHalf(num) {
  return 0.5 === Math.abs(num % 1);
}
var isoCalendarId = "iso8601";
var gregoryCalendarId = "gregory";
var gregoryEraOrigins = {
  "bce": -1,
  "ce": 0
};
function normalizeEraName(era) {
  const normalized = era.normalize("NFD").toLowerCase().replace(/[^a-z0-9]/g, "");
  return "bc" === normalized || "b" === normalized ? "bce" : "ad" === normalized || "a" === normalized ? "ce" : normalized;
}
var isoCalendarImpl = void 0;
var gregoryCalendarImpl = 0;
function getCalendarSlotId(calendar) {
  return calendar === isoCalendarImpl ? "iso8601" : 0 === calendar ? "gregory" : calendar.id;
}
var monthCodeRegExp = /^M(\d{2})(L?)$/;
function parseMonthCode(monthCode) {
  const m = monthCodeRegExp.exec(monthCode);
  return m || throwRangeError(((monthCode2) => `Invalid monthCode: ${monthCode2}`)(monthCode)), [parseInt(m[1]), Boolean(m[2])];
}
function formatMonthCode(monthCodeNumber, isLeapMonth) {
  return "M" + padNumber2(monthCodeNumber) + (isLeapMonth ? "L" : "");
}
function monthCodeNumberToMonth(monthCodeNumber, isLeapMonth, leapMonth) {
  return monthCodeNumber + (isLeapMonth || leapMonth && monthCodeNumber >= leapMonth ? 1 : 0);
}
var unitNameMap = {
  nanosecond: 0,
  microsecond: 1,
  millisecond: 2,
  second: 3,
  minute: 4,
  hour: 5,
  day: 6,
  week: 7,
  month: 8,
  year: 9
};
var unitNamesAsc = /* @__PURE__ */ Object.keys(unitNameMap);
var nanoInMicro2 = nanoInMicro;
var nanoInMilli2 = nanoInMilli;
var nanoInSec2 = nanoInSec;
var nanoInMinute2 = nanoInMinute;
var nanoInHour2 = nanoInHour;
var nanoInUtcDay = 864e11;
var unitNanoMap = [1, nanoInMicro2, nanoInMilli2, nanoInSec2, nanoInMinute2, nanoInHour2, nanoInUtcDay];
var bigNanoInMicro = /* @__PURE__ */ BigInt(nanoInMicro2);
var bigNanoInMilli = /* @__PURE__ */ BigInt(nanoInMilli2);
var bigNanoInSec = /* @__PURE__ */ BigInt(nanoInSec2);
var bigNanoInMinute = /* @__PURE__ */ BigInt(nanoInMinute2);
var bigNanoInHour = /* @__PURE__ */ BigInt(nanoInHour2);
var bigNanoInUtcDay = /* @__PURE__ */ BigInt(nanoInUtcDay);
function divideBigNanoToExactNumber(bigNano, divisorNano) {
  const days = Number(bigNano / bigNanoInUtcDay);
  const timeNano = Number(bigNano % bigNanoInUtcDay);
  return days * (nanoInUtcDay / divisorNano) + (Math.trunc(timeNano / divisorNano) + timeNano % divisorNano / divisorNano);
}
var timeFieldNamesAsc = /* @__PURE__ */ unitNamesAsc.slice(0, 6);
var timeGetters = /* @__PURE__ */ createPropGetters(timeFieldNamesAsc);
var yearFieldNamesAsc = ["year"];
var dayFieldNamesAsc = ["day"];
var calendarDateFieldNamesAsc = ["day", "month", "year"];
var offsetFieldNames = ["offset"];
var timeZoneFieldNames = ["timeZone"];
var eraYearFieldNames = ["era", "eraYear"];
var allYearFieldNames = ["era", "eraYear", "year"];
var monthFieldNames = ["month", "monthCode"];
var monthDayFieldNames = ["day", "month", "monthCode"];
var timeFieldNamesAlpha = /* @__PURE__ */ sortStrings(timeFieldNamesAsc);
var yearFieldNamesWithEraAlpha = /* @__PURE__ */ sortStrings(eraYearFieldNames, yearFieldNamesAsc);
var yearMonthFieldNamesAlpha = /* @__PURE__ */ sortStrings(monthFieldNames, yearFieldNamesAsc);
var yearMonthFieldNamesWithEraAlpha = /* @__PURE__ */ sortStrings(eraYearFieldNames, yearMonthFieldNamesAlpha);
var yearMonthCodeFieldNamesAlpha = /* @__PURE__ */ sortStrings(["monthCode"], yearFieldNamesAsc);
var yearMonthCodeFieldNamesWithEraAlpha = /* @__PURE__ */ sortStrings(eraYearFieldNames, yearMonthCodeFieldNamesAlpha);
var monthCodeDayFieldNamesAlpha = /* @__PURE__ */ sortStrings(dayFieldNamesAsc, ["monthCode"]);
var dateFieldNamesAlpha = /* @__PURE__ */ sortStrings(dayFieldNamesAsc, yearMonthFieldNamesAlpha);
var dateFieldNamesWithEraAlpha = /* @__PURE__ */ sortStrings(dayFieldNamesAsc, eraYearFieldNames, yearMonthFieldNamesAlpha);
var dateTimeFieldNamesAlpha = /* @__PURE__ */ sortStrings(dateFieldNamesAlpha, timeFieldNamesAsc);
var dateTimeFieldNamesWithEraAlpha = /* @__PURE__ */ sortStrings(dateFieldNamesWithEraAlpha, timeFieldNamesAsc);
var dateTimeAndOffsetFieldNamesAlpha = /* @__PURE__ */ sortStrings(dateFieldNamesAlpha, timeFieldNamesAsc, offsetFieldNames);
var dateTimeAndOffsetFieldNamesWithEraAlpha = /* @__PURE__ */ sortStrings(dateFieldNamesWithEraAlpha, timeFieldNamesAsc, offsetFieldNames);
var dateTimeAndZoneFieldNamesAlpha = /* @__PURE__ */ sortStrings(dateFieldNamesAlpha, timeFieldNamesAsc, offsetFieldNames, timeZoneFieldNames);
var dateTimeAndZoneFieldNamesWithEraAlpha = /* @__PURE__ */ sortStrings(dateFieldNamesWithEraAlpha, timeFieldNamesAsc, offsetFieldNames, timeZoneFieldNames);
var yearMonthCodeDayFieldNamesAlpha = /* @__PURE__ */ sortStrings(dayFieldNamesAsc, yearMonthCodeFieldNamesAlpha);
var yearMonthCodeDayFieldNamesWithEraAlpha = /* @__PURE__ */ sortStrings(dayFieldNamesAsc, eraYearFieldNames, yearMonthCodeFieldNamesAlpha);
var timeFieldDefaults = /* @__PURE__ */ zipPropsConst(timeFieldNamesAsc, 0);
function validateTimeFields(timeFields) {
  return constrainTimeFields(timeFields, 1), timeFields;
}
var maxValues = {
  hour: 23,
  minute: 59,
  second: 59
};
function constrainTimeFields(timeFields, overflow) {
  const constrainedFields = {};
  for (const fieldName of timeFieldNamesAsc) {
    constrainedFields[fieldName] = clampEntity(fieldName, timeFields[fieldName], 0, maxValues[fieldName] || 999, overflow);
  }
  return constrainedFields;
}
function timeFieldsToNano(timeFields) {
  return timeFieldsToSec(timeFields) * nanoInSec2 + timeFieldsToSubsecNano(timeFields);
}
function timeFieldsToMilli(timeFields) {
  return 1e3 * timeFieldsToSec(timeFields) + timeFields.millisecond;
}
function timeFieldsToSec(timeFields) {
  return 3600 * timeFields.hour + 60 * timeFields.minute + timeFields.second;
}
function timeFieldsToSubsecNano(timeFields) {
  return timeFields.millisecond * nanoInMilli2 + timeFields.microsecond * nanoInMicro2 + timeFields.nanosecond;
}
function nanoToTimeAndDay(nano) {
  const [dayDelta, timeNano] = divModFloor(nano, nanoInUtcDay);
  return [nanoToTimeFields(timeNano), dayDelta];
}
function nanoToTimeFields(timeNano) {
  const [timeMilli, nanoAfterMilli] = divModFloor(timeNano, nanoInMilli2);
  const [microsecond, nanosecond] = divModFloor(nanoAfterMilli, nanoInMicro2);
  return milliToTimeFields(timeMilli, microsecond, nanosecond);
}
function milliToTimeFields(timeMilli, microsecond = 0, nanosecond = 0) {
  const [hour, milliAfterHour] = divModFloor(timeMilli, 36e5);
  const [minute, milliAfterMinute] = divModFloor(milliAfterHour, 6e4);
  const [second, millisecond] = divModFloor(milliAfterMinute, 1e3);
  return {
    hour,
    minute,
    second,
    millisecond,
    microsecond,
    nanosecond
  };
}
function epochNanoToSecMod(epochNano) {
  const [epochSec, nano] = divModFloorBigInt(epochNano, bigNanoInSec);
  return [Number(epochSec), Number(nano)];
}
function epochNanoToMilli(epochNano) {
  return Number(divFloorBigInt(epochNano, bigNanoInMilli));
}
function isoDateTimeToEpochNano(isoDateTime) {
  return isoDateToEpochNano(isoDateTime) + BigInt(timeFieldsToNano(isoDateTime));
}
function isoDateTimeToEpochMilli(isoDateTime) {
  return isoDateToEpochMilli(isoDateTime) + timeFieldsToMilli(isoDateTime);
}
function isoDateToEpochNano(isoDate) {
  return BigInt(isoDateToEpochDays(isoDate)) * bigNanoInUtcDay;
}
function isoDateToEpochMilli(isoDate) {
  return 864e5 * isoDateToEpochDays(isoDate);
}
function isoDateToEpochDays(isoDate) {
  return isoPartsToEpochDays(isoDate.year, isoDate.month, isoDate.day);
}
function isoPartsToEpochDays(isoYear, isoMonth = 1, isoDay = 1) {
  const monthIndex = isoMonth - 1;
  return isoYear += Math.floor(monthIndex / 12), isoMonth = modFloor(monthIndex, 12), Date.UTC(isoYear % 400 - 400, isoMonth, 0) / 864e5 + 146097 * (divTrunc(isoYear, 400) + 1) + isoDay;
}
function epochNanoToIsoDateTime(epochNano) {
  const [epochDays, nanoAfterDay] = divModFloorBigInt(epochNano, bigNanoInUtcDay);
  return {
    ...epochDaysToIsoDate(Number(epochDays)),
    ...nanoToTimeFields(Number(nanoAfterDay))
  };
}
function epochDaysToIsoDate(epochDays) {
  const legacyDate = new Date(864e5 * modFloor(epochDays, 146097));
  return {
    year: legacyDate.getUTCFullYear() + 400 * Math.floor(epochDays / 146097),
    month: legacyDate.getUTCMonth() + 1,
    day: legacyDate.getUTCDate()
  };
}
var isoEpochFirstLeapYear = 1972;
function computeIsoMonthCodeParts(month) {
  return [month, 0];
}
function computeIsoYearMonthFieldsForMonthDay(monthCodeNumber, isLeapMonth) {
  if (!isLeapMonth) {
    return {
      year: 1972,
      month: monthCodeNumber
    };
  }
}
function computeIsoFieldsFromParts(year, month, day) {
  return {
    year,
    month,
    day
  };
}
function computeIsoDaysInMonth(year, month) {
  switch (month) {
    case 2:
      return computeIsoInLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
  }
  return 31;
}
function computeIsoDaysInYear(year) {
  return computeIsoInLeapYear(year) ? 366 : 365;
}
function computeIsoInLeapYear(year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}
function addIsoMonths(year, month, monthDelta) {
  return year += divTrunc(monthDelta, 12), (month += modTrunc(monthDelta, 12)) < 1 ? (year--, month += 12) : month > 12 && (year++, month -= 12), {
    year,
    month
  };
}
function diffIsoMonthSlots(year0, month0, year1, month1) {
  return 12 * (year1 - year0) + month1 - month0;
}
function computeIsoDayOfWeek(isoDate) {
  return modFloor(isoPartsToEpochDays(isoDate.year, isoDate.month, isoDate.day) + 4, 7) || 7;
}
function computeIsoDayOfYear(isoDate) {
  return isoPartsToEpochDays(isoDate.year, isoDate.month, isoDate.day) - isoPartsToEpochDays(isoDate.year) + 1;
}
function computeIsoWeekFields(isoDate) {
  let yearOfWeek = isoDate.year;
  let weekOfYear = Math.floor((computeIsoDayOfYear(isoDate) - computeIsoDayOfWeek(isoDate) + 10) / 7);
  let weeksInYear = computeIsoWeeksInYear(yearOfWeek);
  return weekOfYear < 1 ? weekOfYear = weeksInYear = computeIsoWeeksInYear(--yearOfWeek) : weekOfYear > weeksInYear && (weekOfYear = 1, weeksInYear = computeIsoWeeksInYear(++yearOfWeek)), {
    weekOfYear,
    yearOfWeek,
    De: weeksInYear
  };
}
function computeIsoWeeksInYear(year) {
  const y0DayOfWeek = computeIsoDayOfWeek({
    year,
    month: 1,
    day: 1
  });
  return 4 === y0DayOfWeek || 3 === y0DayOfWeek && computeIsoInLeapYear(year) ? 53 : 52;
}
function computeGregoryEraFields({ year }) {
  return year < 1 ? {
    era: "bce",
    eraYear: 1 - year
  } : {
    era: "ce",
    eraYear: year
  };
}
function validateIsoDateTimeFields(isoDateTime) {
  return validateIsoDateFields(isoDateTime), validateTimeFields(isoDateTime);
}
function validateIsoDateFields(isoInternals) {
  return constrainIsoDateFields(isoInternals, 1), isoInternals;
}
function constrainIsoDateFields(isoDate, overflow) {
  const { year } = isoDate;
  const month = clampProp(isoDate, "month", 1, 12, overflow);
  return {
    year,
    month,
    day: clampProp(isoDate, "day", 1, computeIsoDaysInMonth(year, month), overflow)
  };
}
function computeCalendarDateFields(calendar, isoDate) {
  return calendar ? calendar.de(isoDate) : isoDate;
}
function computeCalendarMonthCodeParts(calendar, year, month) {
  return calendar ? calendar.L(year, month) : computeIsoMonthCodeParts(month);
}
function computeCalendarEraFields(calendar, isoDate) {
  return 0 === calendar ? computeGregoryEraFields(isoDate) : calendar && calendar.h?.(isoDate) || {};
}
function computeCalendarIsoFieldsFromParts(calendar, year, month, day) {
  return calendar ? calendar.fe(year, month, day) : computeIsoFieldsFromParts(year, month, day);
}
function computeCalendarMonthsInYearForYear(calendar, year) {
  return calendar ? calendar.j(year) : 12;
}
function computeCalendarDaysInMonthForYearMonth(calendar, year, month) {
  return calendar ? calendar.o(year, month) : computeIsoDaysInMonth(year, month);
}
function computeCalendarMonthCode(calendar, isoDate) {
  const { year, month } = computeCalendarDateFields(calendar, isoDate);
  const [monthCodeNumber, isLeapMonth] = computeCalendarMonthCodeParts(calendar, year, month);
  return formatMonthCode(monthCodeNumber, isLeapMonth);
}
function computeCalendarInLeapYear(calendar, isoDate) {
  const { year } = computeCalendarDateFields(calendar, isoDate);
  return calendar ? calendar.q(year) : computeIsoInLeapYear(year);
}
function computeCalendarMonthsInYear(calendar, isoDate) {
  const { year } = computeCalendarDateFields(calendar, isoDate);
  return computeCalendarMonthsInYearForYear(calendar, year);
}
function computeCalendarDaysInMonth(calendar, isoDate) {
  const { year, month } = computeCalendarDateFields(calendar, isoDate);
  return computeCalendarDaysInMonthForYearMonth(calendar, year, month);
}
function computeCalendarDaysInYear(calendar, isoDate) {
  const { year } = computeCalendarDateFields(calendar, isoDate);
  return calendar ? calendar.i(year) : computeIsoDaysInYear(year);
}
function computeCalendarDayOfYear(calendar, isoDate) {
  if (!calendar) {
    return computeIsoDayOfYear(isoDate);
  }
  const { year } = computeCalendarDateFields(calendar, isoDate);
  const yearStartIsoDate = computeCalendarIsoFieldsFromParts(calendar, year, 1, 1);
  return isoDateToEpochDays(isoDate) - isoDateToEpochDays(yearStartIsoDate) + 1;
}
function computeCalendarWeekOfYear(calendar, isoDate) {
  return calendar === isoCalendarImpl ? computeIsoWeekFields(isoDate).weekOfYear : void 0;
}
function computeCalendarYearOfWeek(calendar, isoDate) {
  return calendar === isoCalendarImpl ? computeIsoWeekFields(isoDate).yearOfWeek : void 0;
}
var durationFieldNamesAsc = /* @__PURE__ */ unitNamesAsc.map((unitName) => unitName + "s");
var durationGetters = /* @__PURE__ */ createPropGetters(durationFieldNamesAsc);
var durationFieldNamesAlpha = /* @__PURE__ */ sortStrings(durationFieldNamesAsc);
var durationTimeFieldNamesAsc = /* @__PURE__ */ durationFieldNamesAsc.slice(0, 6);
var durationDateFieldNamesAsc = /* @__PURE__ */ durationFieldNamesAsc.slice(6);
var durationCalendarFieldNamesAsc = /* @__PURE__ */ durationDateFieldNamesAsc.slice(1);
var durationFieldDefaults = /* @__PURE__ */ zipPropsConst(durationFieldNamesAsc, 0);
var durationTimeFieldDefaults = /* @__PURE__ */ zipPropsConst(durationTimeFieldNamesAsc, 0);
var clearDurationFields = /* @__PURE__ */ bindArgs(zeroOutProps, durationFieldNamesAsc);
function requirePropDefined(optionName, optionVal) {
  return null == optionVal && throwRangeError(missingField(optionName)), optionVal;
}
var requireString = /* @__PURE__ */ bindArgs(requireType, "string");
function requireType(typeName, arg, entityName = typeName) {
  return typeof arg !== typeName && throwTypeError(invalidEntity2(entityName, arg)), arg;
}
function requireNumberIsInteger(num, entityName = "number") {
  return Number.isInteger(num) || throwRangeError(((entityName2, num2) => `Non-integer ${entityName2}: ${num2}`)(entityName, num)), num || 0;
}
function toString(arg) {
  return "symbol" == typeof arg && throwTypeError("Cannot convert Symbol to string"), String(arg);
}
function toPrimitiveWithStringHint(arg) {
  if (!isObjectLike(arg)) {
    return arg;
  }
  const exoticToPrimitive = arg[Symbol.toPrimitive];
  if (null != exoticToPrimitive) {
    "function" != typeof exoticToPrimitive && throwTypeError();
    const primitive = Reflect.apply(exoticToPrimitive, arg, ["string"]);
    return isObjectLike(primitive) && throwTypeError(), primitive;
  }
  return Date.prototype[Symbol.toPrimitive].call(arg, "string");
}
function toBigInt(bi) {
  return "boolean" == typeof bi ? BigInt(bi ? 1 : 0) : "string" == typeof bi ? BigInt(bi) : ("bigint" != typeof bi && throwTypeError(`Invalid bigint: ${bi}`), bi);
}
function toStrictInteger(arg, entityName) {
  return requireNumberIsInteger(toFiniteNumber(arg, entityName), entityName);
}
var smallestUnitStr = "smallestUnit";
var overflowMap = {
  constrain: 0,
  reject: 1
};
var epochDisambigMap = {
  compatible: 0,
  reject: 1,
  earlier: 2,
  later: 3
};
var offsetDisambigMap = {
  reject: 0,
  use: 1,
  prefer: 2,
  ignore: 3
};
var calendarDisplayMap = {
  auto: 0,
  never: 1,
  critical: 2,
  always: 3
};
var timeZoneDisplayMap = {
  auto: 0,
  never: 1,
  critical: 2
};
var offsetDisplayMap = {
  auto: 0,
  never: 1
};
var roundingModeMap = {
  floor: 0,
  halfFloor: 1,
  ceil: 2,
  halfCeil: 3,
  trunc: 4,
  halfTrunc: 5,
  expand: 6,
  halfExpand: 7,
  halfEven: 8
};
var roundingModeFuncs = [Math.floor, (num) => hasHalf(num) ? Math.floor(num) : Math.round(num), Math.ceil, (num) => hasHalf(num) ? Math.ceil(num) : Math.round(num), Math.trunc, (num) => hasHalf(num) ? Math.trunc(num) || 0 : Math.round(num), (num) => num < 0 ? Math.floor(num) : Math.ceil(num), (num) => Math.sign(num) * Math.round(Math.abs(num)) || 0, (num) => hasHalf(num) ? (num = Math.trunc(num) || 0) + num % 2 : Math.round(num)];
var directionMap = {
  previous: -1,
  next: 1
};
function coerceRoundingIncInteger(options) {
  const roundingInc = options.roundingIncrement;
  if (void 0 === roundingInc) {
    return 1;
  }
  const integer = toIntegerWithTrunc(roundingInc, "roundingIncrement");
  return (integer < 1 || integer > 10 ** 9) && throwRangeError(invalidEntity2("roundingIncrement", integer)), integer;
}
function coerceFractionalSecondDigits(options) {
  let subsecDigits = options.fractionalSecondDigits;
  if (void 0 !== subsecDigits) {
    if ("number" != typeof subsecDigits) {
      if ("auto" === toString(subsecDigits)) {
        return;
      }
      throwRangeError(invalidEntity2("fractionalSecondDigits", subsecDigits));
    }
    subsecDigits = clampEntity("fractionalSecondDigits", Math.floor(subsecDigits), 0, 9, 1);
  }
  return subsecDigits;
}
function coerceUnitOption(optionName, options, minUnit = 0, ensureDefined) {
  let unitStr = options[optionName];
  if (void 0 === unitStr) {
    return ensureDefined ? minUnit : void 0;
  }
  if (unitStr = toString(unitStr), "auto" === unitStr) {
    return ensureDefined ? minUnit : null;
  }
  let unit = unitNameMap[unitStr];
  return void 0 === unit && (unit = durationFieldNamesAsc.indexOf(unitStr)), unit < 0 && throwRangeError(invalidChoice(optionName, unitStr, unitNameMap)), unit;
}
function coerceChoiceOption(optionName, enumNameMap, options, defaultChoice = 0) {
  const enumArg = options[optionName];
  if (void 0 === enumArg) {
    return defaultChoice;
  }
  const enumStr = toString(enumArg);
  const enumNum = enumNameMap[enumStr];
  return void 0 === enumNum && throwRangeError(invalidChoice(optionName, enumStr, enumNameMap)), enumNum;
}
var coerceSmallestUnit = /* @__PURE__ */ bindArgs(coerceUnitOption, smallestUnitStr);
var coerceLargestUnit = /* @__PURE__ */ bindArgs(coerceUnitOption, "largestUnit");
var coerceTotalUnit = /* @__PURE__ */ bindArgs(coerceUnitOption, "unit");
var coerceOverflow = /* @__PURE__ */ bindArgs(coerceChoiceOption, "overflow", overflowMap);
var coerceEpochDisambig = /* @__PURE__ */ bindArgs(coerceChoiceOption, "disambiguation", epochDisambigMap);
var coerceOffsetDisambig = /* @__PURE__ */ bindArgs(coerceChoiceOption, "offset", offsetDisambigMap);
var coerceCalendarDisplay = /* @__PURE__ */ bindArgs(coerceChoiceOption, "calendarName", calendarDisplayMap);
var coerceTimeZoneDisplay = /* @__PURE__ */ bindArgs(coerceChoiceOption, "timeZoneName", timeZoneDisplayMap);
var coerceOffsetDisplay = /* @__PURE__ */ bindArgs(coerceChoiceOption, "offset", offsetDisplayMap);
var coerceRoundingMode = /* @__PURE__ */ bindArgs(coerceChoiceOption, "roundingMode", roundingModeMap);
var coerceDirection = /* @__PURE__ */ bindArgs(coerceChoiceOption, "direction", directionMap);
function normalizeOptionsOrString(options, optionName) {
  return "string" == typeof options ? ((optionName2, optionVal) => {
    const res = /* @__PURE__ */ Object.create(null);
    return res[optionName2] = optionVal, res;
  })(optionName, options) : requireObjectLike(options);
}
function validateRoundingInc(roundingInc, smallestUnit, allowManyLargeUnits, solarMode) {
  const upUnitNano = solarMode ? nanoInUtcDay : unitNanoMap[smallestUnit + 1];
  if (upUnitNano) {
    const incNano = roundingInc * unitNanoMap[smallestUnit];
    (upUnitNano % incNano || !solarMode && incNano === upUnitNano) && throwRangeError(invalidEntity2("roundingIncrement", roundingInc));
  } else {
    !allowManyLargeUnits && roundingInc > 1 && throwRangeError(invalidEntity2("roundingIncrement", roundingInc));
  }
  return roundingInc;
}
function validateUnitRange(optionName, unit, minUnit, maxUnit) {
  return null != unit && clampEntity(optionName, unit, minUnit, maxUnit, 1, unitNamesAsc), unit;
}
function checkLargestSmallestUnit(largestUnit, smallestUnit) {
  smallestUnit > largestUnit && throwRangeError("smallestUnit > largestUnit");
}
function refineDiffOptions(roundingModeInvert, options, defaultLargestUnit, maxUnit = 9, minUnit = 0, defaultRoundingMode = 4) {
  options = normalizeOptions(options);
  let largestUnit = coerceLargestUnit(options, minUnit);
  let roundingInc = coerceRoundingIncInteger(options);
  let roundingMode = coerceRoundingMode(options, defaultRoundingMode);
  let smallestUnit = coerceSmallestUnit(options, minUnit, 1);
  return largestUnit = validateUnitRange("largestUnit", largestUnit, minUnit, maxUnit), smallestUnit = validateUnitRange(smallestUnitStr, smallestUnit, minUnit, maxUnit), null == largestUnit ? largestUnit = Math.max(defaultLargestUnit, smallestUnit) : checkLargestSmallestUnit(largestUnit, smallestUnit), roundingInc = validateRoundingInc(roundingInc, smallestUnit, 1), roundingModeInvert && (roundingMode = ((roundingMode2) => roundingMode2 < 4 ? (roundingMode2 + 2) % 4 : roundingMode2)(roundingMode)), [largestUnit, smallestUnit, roundingInc, roundingMode];
}
function refineRoundingOptions(options, maxUnit = 6, solarMode) {
  let roundingInc = coerceRoundingIncInteger(options = normalizeOptionsOrString(options, smallestUnitStr));
  const roundingMode = coerceRoundingMode(options, 7);
  let smallestUnit = coerceSmallestUnit(options);
  return smallestUnit = requirePropDefined(smallestUnitStr, smallestUnit), smallestUnit = validateUnitRange(smallestUnitStr, smallestUnit, 0, maxUnit), roundingInc = validateRoundingInc(roundingInc, smallestUnit, void 0, solarMode), [smallestUnit, roundingInc, roundingMode];
}
function combineDateAndTime(isoDate, time) {
  return pluckProps(calendarDateFieldNamesAsc, isoDate, pluckProps(timeFieldNamesAsc, time));
}
var epochNanoMax = /* @__PURE__ */ BigInt(1e8) * bigNanoInUtcDay;
var epochNanoMin = /* @__PURE__ */ BigInt(-1e8) * bigNanoInUtcDay;
var plainDateEpochNanoMin = epochNanoMin - bigNanoInUtcDay;
function checkIsoYearMonthInBounds(isoDate) {
  const isoYearMonthIndex = 12 * isoDate.year + isoDate.month;
  return (isoYearMonthIndex < -3261848 || isoYearMonthIndex > 3309129) && throwRangeError(outOfBoundsDate), isoDate;
}
function checkIsoDateInBounds(isoDate, allowPlainDateLowerEdge = 1) {
  const epochNano = isoDateToEpochNano(isoDate);
  return (epochNano < (allowPlainDateLowerEdge ? plainDateEpochNanoMin : epochNanoMin) || epochNano > epochNanoMax) && throwRangeError(outOfBoundsDate), isoDate;
}
function checkIsoDateTimeInBounds(isoDateTime) {
  return checkIsoDateTimeEpochNanoInBounds(isoDateTimeToEpochNano(isoDateTime)), isoDateTime;
}
function checkIsoDateTimeEpochNanoInBounds(epochNano) {
  return (epochNano <= plainDateEpochNanoMin || epochNano >= epochNanoMax + bigNanoInUtcDay) && throwRangeError(outOfBoundsDate), epochNano;
}
function checkEpochNanoInBounds(epochNano) {
  return (epochNano < epochNanoMin || epochNano > epochNanoMax) && throwRangeError(outOfBoundsDate), epochNano;
}
function isoDateTimeAndOffsetToEpochNano(isoDateTime, offsetNano) {
  return checkEpochNanoInBounds(isoDateToEpochNano(isoDateTime) + BigInt(timeFieldsToNano(isoDateTime) - offsetNano));
}
function roundNumberToInc(num, roundingInc, roundingMode) {
  return roundWithMode(num / roundingInc, roundingMode) * roundingInc || 0;
}
function roundWithMode(num, roundingMode) {
  return roundingModeFuncs[roundingMode](num);
}
function totalRelativeUnit(wholeValue, sign, endEpochNano, moveValueToEpochNano) {
  const unitWindow = clampRelativeUnitValue(wholeValue, sign, moveValueToEpochNano, endEpochNano);
  return interpolateRelativeUnitWindow(unitWindow, Number(endEpochNano - unitWindow.N) / Number(unitWindow.te - unitWindow.N));
}
function roundRelativeUnitWindow(unitWindow, endEpochNano, roundingInc, roundingMode) {
  return roundNumberToInc(interpolateRelativeUnitWindow(unitWindow, computeEpochNanoFrac(endEpochNano, unitWindow.N, unitWindow.te)), roundingInc, roundingMode);
}
function clampRelativeUnitValue(startValue, valueDelta, moveValueToEpochNano, epochNanoProgress) {
  let unitWindow = computeRelativeUnitWindow(startValue, valueDelta, moveValueToEpochNano);
  return ((epochNanoProgress2, epochNano0, epochNano1, sign) => sign > 0 ? epochNano0 <= epochNanoProgress2 && epochNanoProgress2 <= epochNano1 : epochNano1 <= epochNanoProgress2 && epochNanoProgress2 <= epochNano0)(epochNanoProgress, unitWindow.N, unitWindow.te, Math.sign(valueDelta)) || (unitWindow = computeRelativeUnitWindow(startValue + valueDelta, valueDelta, moveValueToEpochNano)), unitWindow;
}
function computeRelativeUnitWindow(startValue, valueDelta, moveValueToEpochNano) {
  const endValue = startValue + valueDelta;
  return {
    ve: startValue,
    pe: endValue,
    N: moveValueToEpochNano(startValue),
    te: moveValueToEpochNano(endValue)
  };
}
function interpolateRelativeUnitWindow(unitWindow, fraction) {
  return unitWindow.ve + fraction * (unitWindow.pe - unitWindow.ve);
}
function computeEpochNanoFrac(epochNanoProgress, epochNano0, epochNano1) {
  const denomBig = epochNano1 - epochNano0;
  const numeratorBig = epochNanoProgress - epochNano0;
  if (!numeratorBig) {
    return 0;
  }
  const absNumerator = numeratorBig < 0n ? -numeratorBig : numeratorBig;
  const absDenom = denomBig < 0n ? -denomBig : denomBig;
  const fracSign = compareBigInts(numeratorBig, 0n) === compareBigInts(denomBig, 0n) ? 1 : -1;
  return compareBigInts(absNumerator, absDenom) <= 0 ? absNumerator === absDenom ? fracSign : fabricateNearHalfFraction(compareBigInts(2n * absNumerator, absDenom), fracSign) : Number(numeratorBig) / Number(denomBig);
}
function createEpochNanoSlots(epochNano) {
  return {
    epochNanoseconds: epochNano
  };
}
function createZonedEpochNanoSlots(epochNano, timeZone, calendar) {
  return {
    calendar,
    timeZone,
    epochNanoseconds: epochNano
  };
}
function createDateTimeSlots(isoDateTime, calendar) {
  return pluckProps(timeFieldNamesAsc, isoDateTime, createDateSlots(isoDateTime, calendar));
}
function createDateSlots(isoDate, calendar) {
  return pluckProps(calendarDateFieldNamesAsc, isoDate, {
    calendar
  });
}
function createTimeSlots(time) {
  return pluckProps(timeFieldNamesAsc, time);
}
function createDurationSlots(durationFields) {
  return pluckProps(durationFieldNamesAsc, durationFields, {
    sign: computeDurationSign(durationFields)
  });
}
function roundZonedEpochSlotsToUnit(slots, smallestUnit, roundingInc, roundingMode) {
  return createZonedEpochNanoSlots(6 === smallestUnit ? roundZonedEpochToDay(slots, roundingMode) : roundZonedEpochToTime(slots, smallestUnit, roundingInc, roundingMode), slots.timeZone, slots.calendar);
}
function computeZonedHoursInDay(slots) {
  const [epochNano0, epochNano1] = computeZonedDayEpochInterval(slots);
  return divideBigNanoToExactNumber(epochNano1 - epochNano0, nanoInHour2);
}
function computeZonedStartOfDay(slots) {
  const { timeZone, calendar } = slots;
  return createZonedEpochNanoSlots(getStartOfDayInstantFor(timeZone, combineDateAndTime(zonedEpochSlotsToIso(slots), timeFieldDefaults)), timeZone, calendar);
}
function roundRelativeDuration(durationFields, endEpochNano, largestUnit, smallestUnit, roundingInc, roundingMode, relativeOps, isZoned) {
  if (0 === smallestUnit && 1 === roundingInc) {
    return durationFields;
  }
  const sign = computeDurationSign(durationFields) || 1;
  const nudgeFunc = isUniformUnit(smallestUnit, isZoned) ? isZoned && smallestUnit < 6 && largestUnit >= 6 ? nudgeZonedTimeDuration : nudgeDayTimeDuration : nudgeRelativeDuration;
  let [roundedDurationFields, roundedEpochNano, grewBigUnit] = nudgeFunc(sign, durationFields, endEpochNano, largestUnit, smallestUnit, roundingInc, roundingMode, relativeOps);
  return grewBigUnit && 7 !== smallestUnit && (roundedDurationFields = ((durationFields2, endEpochNano2, largestUnit2, smallestUnit2, sign2, relativeOps2) => {
    for (let currentUnit = smallestUnit2 + 1; currentUnit <= largestUnit2; currentUnit++) {
      if (7 === currentUnit && 7 !== largestUnit2) {
        continue;
      }
      const baseDurationFields = clearDurationFields(currentUnit, durationFields2);
      baseDurationFields[durationFieldNamesAsc[currentUnit]] += sign2;
      const thresholdCompare = compareBigInts(endEpochNano2, moveRelativeMarkerToEpochNano(relativeOps2, baseDurationFields));
      if (thresholdCompare && thresholdCompare !== sign2) {
        break;
      }
      durationFields2 = baseDurationFields;
    }
    return durationFields2;
  })(roundedDurationFields, roundedEpochNano, largestUnit, Math.max(6, smallestUnit), sign, relativeOps)), roundedDurationFields;
}
function roundDayTimeDurationByInc(durationFields, nanoInc, roundingMode) {
  const maxUnit = Math.max(Math.min(getMaxDurationUnit(durationFields), 6), 3);
  return nanoToDurationDayTimeFields(roundBigNanoToInc(durationDayTimeToBigNano(durationFields), BigInt(nanoInc), roundingMode), maxUnit);
}
function roundZonedEpochToDay(slots, roundingMode) {
  const [epochNano0, epochNano1] = computeZonedDayEpochInterval(slots);
  return roundZonedEpochToBounds(slots.epochNanoseconds, epochNano0, epochNano1, roundingMode);
}
function roundZonedEpochToTime(slots, smallestUnit, roundingInc, roundingMode) {
  if (0 === smallestUnit && 1 === roundingInc) {
    return slots.epochNanoseconds;
  }
  const isoDateTime = zonedEpochSlotsToIso(slots);
  return getInstantPreferringOffset(slots.timeZone, roundDateTimeToUnit(isoDateTime, smallestUnit, roundingInc, roundingMode), isoDateTime.offsetNanoseconds);
}
function roundDateTimeToUnit(isoDateTime, smallestUnit, roundingInc, roundingMode) {
  return roundDateTimeToInc(isoDateTime, computeNanoInc(smallestUnit, roundingInc), roundingMode, unitNanoMap[smallestUnit + 1]);
}
function roundTimeToUnit(timeFields, smallestUnit, roundingInc, roundingMode) {
  return roundTimeToInc(timeFields, computeNanoInc(smallestUnit, roundingInc), roundingMode, unitNanoMap[smallestUnit + 1]);
}
function roundDateTimeToInc(isoDateTime, nanoInc, roundingMode, spanNano) {
  const [roundedTimeFields, dayDelta] = roundTimeToInc(isoDateTime, nanoInc, roundingMode, spanNano);
  const roundedIsoDateTime = combineDateAndTime(moveDateByDays(isoDateTime, dayDelta), roundedTimeFields);
  return checkIsoDateTimeInBounds(roundedIsoDateTime), roundedIsoDateTime;
}
function roundTimeToInc(timeFields, nanoInc, roundingMode, spanNano = nanoInUtcDay) {
  const timeNano = timeFieldsToNano(timeFields);
  const remainderNano = timeNano % spanNano;
  return nanoToTimeAndDay(timeNano - remainderNano + roundNumberToInc(remainderNano, nanoInc, roundingMode));
}
function nudgeRelativeDuration(sign, durationFields, endEpochNano, _largestUnit, smallestUnit, roundingInc, roundingMode, relativeOps) {
  const smallestUnitFieldName = durationFieldNamesAsc[smallestUnit];
  const baseDurationFields = clearDurationFields(smallestUnit, durationFields);
  7 === smallestUnit && (durationFields = {
    ...durationFields,
    weeks: durationFields.weeks + Math.trunc(durationFields.days / 7)
  });
  const truncedVal = divTrunc(durationFields[smallestUnitFieldName], roundingInc) * roundingInc;
  const nudgeWindow = clampRelativeUnitValue(truncedVal, roundingInc * sign, (value) => (baseDurationFields[smallestUnitFieldName] = value, moveRelativeMarkerToEpochNano(relativeOps, baseDurationFields)), endEpochNano);
  const roundedVal = roundRelativeUnitWindow(nudgeWindow, endEpochNano, roundingInc, roundingMode);
  return baseDurationFields[smallestUnitFieldName] = roundedVal, [baseDurationFields, roundedVal === nudgeWindow.pe ? nudgeWindow.te : nudgeWindow.N, roundedVal !== truncedVal];
}
function nudgeZonedTimeDuration(sign, durationFields, _endEpochNano, _largestUnit, smallestUnit, roundingInc, roundingMode, relativeOps) {
  const timeNano = Number(durationTimeToBigNano(durationFields));
  const nanoInc = computeNanoInc(smallestUnit, roundingInc);
  let roundedTimeNano = roundNumberToInc(timeNano, nanoInc, roundingMode);
  const dateDurationFields = {
    ...durationFields,
    ...durationTimeFieldDefaults
  };
  const dayEpochNano0 = relativeOps.X(dateDurationFields);
  const dayEpochNano1 = relativeOps.X({
    ...dateDurationFields,
    days: dateDurationFields.days + sign
  });
  const daySpanNano = Number(dayEpochNano1 - dayEpochNano0);
  Math.sign(daySpanNano) !== sign && throwRangeError("Out-of-bounds TimeZone gap");
  const beyondDayNano = roundedTimeNano - daySpanNano;
  let dayDelta = 0;
  let nudgedEpochNano;
  beyondDayNano && Math.sign(beyondDayNano) !== sign ? nudgedEpochNano = dayEpochNano0 + BigInt(roundedTimeNano) : (dayDelta += sign, roundedTimeNano = roundNumberToInc(beyondDayNano, nanoInc, roundingMode), nudgedEpochNano = dayEpochNano1 + BigInt(roundedTimeNano));
  const durationTimeFields = nanoToDurationTimeFields(roundedTimeNano);
  return [{
    ...durationFields,
    ...durationTimeFields,
    days: durationFields.days + dayDelta
  }, nudgedEpochNano, Boolean(dayDelta)];
}
function nudgeDayTimeDuration(sign, durationFields, endEpochNano, largestUnit, smallestUnit, roundingInc, roundingMode) {
  const bigNano = durationDayTimeToBigNano(durationFields);
  const roundedBigNano = roundBigNanoToInc(bigNano, computeBigNanoInc(smallestUnit, roundingInc), roundingMode);
  const nanoDiff = roundedBigNano - bigNano;
  const expandedBigUnit = Math.sign(Number(roundedBigNano / bigNanoInUtcDay) - Number(bigNano / bigNanoInUtcDay)) === sign;
  const roundedDayTimeFields = nanoToDurationDayTimeFields(roundedBigNano, Math.min(largestUnit, 6));
  return [{
    ...durationFields,
    ...roundedDayTimeFields
  }, endEpochNano + nanoDiff, expandedBigUnit];
}
function computeZonedDayEpochInterval(slots) {
  const { timeZone } = slots;
  const isoDateTime0 = combineDateAndTime(zonedEpochSlotsToIso(slots), timeFieldDefaults);
  const isoDateTime1 = combineDateAndTime(moveDateByDays(isoDateTime0, 1), timeFieldDefaults);
  return [getStartOfDayInstantFor(timeZone, isoDateTime0), getStartOfDayInstantFor(timeZone, isoDateTime1)];
}
function roundZonedEpochToBounds(epochNano, epochNano0, epochNano1, roundingMode) {
  return roundWithMode(computeEpochNanoFrac(epochNano < epochNano1 ? epochNano : epochNano1 - 1n, epochNano0, epochNano1), roundingMode) ? epochNano1 : epochNano0;
}
function roundToMinute(offsetNano) {
  return roundNumberToInc(offsetNano, nanoInMinute2, 7);
}
function roundBigNanoToInc(bigNano, bigNanoInc, roundingMode) {
  return roundBigNanoToIncWithTail(bigNano, bigNanoInc, roundingMode, bigNano / bigNanoInc % 2n);
}
function roundBigNanoToDayOriginInc(bigNano, bigNanoInc, roundingMode) {
  const [day, timeNano] = divModFloorBigInt(bigNano, bigNanoInUtcDay);
  const dayOriginNano = day * bigNanoInUtcDay;
  return dayOriginNano + roundBigNanoToIncWithTail(timeNano, bigNanoInc, roundingMode, dayOriginNano / bigNanoInc + timeNano / bigNanoInc & 1n);
}
function roundBigNanoToIncWithTail(bigNano, bigNanoInc, roundingMode, quotientTail) {
  const quotient = bigNano / bigNanoInc;
  const remainder = bigNano % bigNanoInc;
  let fraction = 0;
  remainder && (fraction = fabricateNearHalfFraction(compareBigInts(2n * (remainder < 0n ? -remainder : remainder), bigNanoInc), Math.sign(Number(remainder))));
  const roundedTail = roundWithMode(Number(quotientTail) + fraction, roundingMode);
  return (quotient - quotientTail + BigInt(roundedTail)) * bigNanoInc;
}
function computeNanoInc(smallestUnit, roundingInc) {
  return unitNanoMap[smallestUnit] * roundingInc;
}
function computeBigNanoInc(smallestUnit, roundingInc) {
  return BigInt(unitNanoMap[smallestUnit]) * BigInt(roundingInc);
}
var zonedEpochSlotsToIso = /* @__PURE__ */ memoize(_zonedEpochSlotsToIso, WeakMap);
function _zonedEpochSlotsToIso(slots) {
  const { epochNanoseconds, timeZone } = slots;
  const offsetNanoseconds = timeZone.B(epochNanoseconds);
  return {
    ...epochNanoToIsoDateTime(epochNanoseconds + BigInt(offsetNanoseconds)),
    offsetNanoseconds
  };
}
function getInstantPreferringOffset(timeZone, isoDateTime, offsetNano) {
  return getMatchingInstantFor(timeZone, isoDateTime, offsetNano, 2, 0);
}
function getMatchingInstantFor(timeZone, isoDateTime, offsetNano, offsetDisambig = 0, epochDisambig = 0, epochFuzzy, hasZ) {
  if (hasZ || void 0 !== offsetNano && 1 === offsetDisambig) {
    return isoDateTimeAndOffsetToEpochNano(isoDateTime, offsetNano || 0);
  }
  const possibleEpochNanos = timeZone.O(isoDateTime);
  if (void 0 !== offsetNano && 3 !== offsetDisambig) {
    checkIsoDateInBounds(isoDateTime, 0);
    const matchingEpochNano = ((possibleEpochNanos2, isoDateTime2, offsetNano2, fuzzy) => {
      const zonedEpochNano = isoDateTimeToEpochNano(isoDateTime2);
      fuzzy && (offsetNano2 = roundToMinute(offsetNano2));
      for (const possibleEpochNano of possibleEpochNanos2) {
        let possibleOffsetNano = Number(zonedEpochNano - possibleEpochNano);
        if (fuzzy && (possibleOffsetNano = roundToMinute(possibleOffsetNano)), possibleOffsetNano === offsetNano2) {
          return possibleEpochNano;
        }
      }
    })(possibleEpochNanos, isoDateTime, offsetNano, epochFuzzy);
    if (void 0 !== matchingEpochNano) {
      return matchingEpochNano;
    }
    0 === offsetDisambig && throwRangeError("Invalid TimeZone offset");
  }
  return getSingleInstantFor(timeZone, isoDateTime, epochDisambig, possibleEpochNanos);
}
function getSingleInstantFor(timeZone, isoDateTime, disambig = 0, possibleEpochNanos = timeZone.O(isoDateTime)) {
  if (1 === possibleEpochNanos.length) {
    return possibleEpochNanos[0];
  }
  if (1 === disambig && throwRangeError("Ambiguous offset"), possibleEpochNanos.length) {
    return possibleEpochNanos[3 === disambig ? 1 : 0];
  }
  const zonedEpochNano = isoDateTimeToEpochNano(isoDateTime);
  const gapNano = ((timeZone2, zonedEpochNano2) => {
    const startOffsetNano = timeZone2.B(zonedEpochNano2 - bigNanoInUtcDay);
    return ((gapNano2) => (gapNano2 > nanoInUtcDay && throwRangeError("Out-of-bounds TimeZone gap"), gapNano2))(timeZone2.B(zonedEpochNano2 + bigNanoInUtcDay) - startOffsetNano);
  })(timeZone, zonedEpochNano);
  const shiftedIsoDateTime = epochNanoToIsoDateTime(zonedEpochNano + BigInt(gapNano * (2 === disambig ? -1 : 1)));
  return (possibleEpochNanos = timeZone.O(shiftedIsoDateTime))[2 === disambig ? 0 : possibleEpochNanos.length - 1];
}
function getStartOfDayInstantFor(timeZone, isoDateTime) {
  const possibleEpochNanos = timeZone.O(isoDateTime);
  if (possibleEpochNanos.length) {
    return possibleEpochNanos[0];
  }
  const zonedEpochNanoDayBefore = isoDateTimeToEpochNano(isoDateTime) - bigNanoInUtcDay;
  return timeZone.C(zonedEpochNanoDayBefore, 1);
}
function moveYearMonth(calendar, isoDate, durationSlots, overflow = 0) {
  computeDurationSign(durationSlots) && clampEntity("unit", getMaxDurationUnit(durationSlots), 8, 9, 1, durationFieldNamesAsc);
  const first = checkIsoDateInBounds(moveToStartOfMonth(calendar, isoDate));
  return moveToStartOfMonth(calendar, moveDate(calendar, first, durationSlots, overflow));
}
function moveZonedEpochSlots(slots, durationFields, overflow = 0) {
  const { calendar, epochNanoseconds: epochNano, timeZone } = slots;
  const timeOnlyNano = durationTimeToBigNano(durationFields);
  let movedEpochNano = epochNano;
  if (durationHasDateParts(durationFields)) {
    const isoDateTime = zonedEpochSlotsToIso(slots);
    movedEpochNano = getSingleInstantFor(timeZone, combineDateAndTime(moveDate(calendar, isoDateTime, {
      ...durationFields,
      ...durationTimeFieldDefaults
    }, overflow), isoDateTime)) + timeOnlyNano;
  } else {
    movedEpochNano += timeOnlyNano;
  }
  return {
    ...slots,
    epochNanoseconds: checkEpochNanoInBounds(movedEpochNano)
  };
}
function moveDateTime(calendar, isoDateTime, durationFields, overflow = 0) {
  const [movedTimeFields, dayDelta] = moveTime(isoDateTime, durationFields);
  return checkIsoDateTimeInBounds(combineDateAndTime(moveDate(calendar, isoDateTime, {
    ...durationFields,
    ...durationTimeFieldDefaults,
    days: durationFields.days + dayDelta
  }, overflow), movedTimeFields));
}
function moveTime(timeFields, durationFields) {
  return moveTimeByNano(timeFields, durationTimeToBigNano(durationFields));
}
function moveEpochNano(epochNano, durationFields) {
  return moveEpochNanoByNano(epochNano, (clampEntity("unit", getMaxDurationUnit(fields = durationFields), 0, 5, 1, durationFieldNamesAsc), durationTimeToBigNano(fields)));
  var fields;
}
function moveDate(calendar, isoDate, durationFields, overflow = 0) {
  let { years, months, weeks, days } = durationFields;
  let movedIsoDate;
  if (days += Number(durationTimeToBigNano(durationFields) / bigNanoInUtcDay), years || months) {
    movedIsoDate = moveDateByCalendarUnits(calendar, isoDate, years, months, overflow);
  } else {
    if (!weeks && !days) {
      return isoDate;
    }
    movedIsoDate = isoDate;
  }
  return (weeks || days) && (movedIsoDate = moveDateByDays(movedIsoDate, 7 * weeks + days)), checkIsoDateInBounds(movedIsoDate);
}
function moveToStartOfMonth(calendar, isoDate) {
  return moveDateByDays(isoDate, 1 - computeCalendarDateFields(calendar, isoDate).day);
}
function moveDateByCalendarUnits(calendar, isoDate, years, months, overflow) {
  const dateParts = computeCalendarDateFields(calendar, isoDate);
  let { year, month, day } = dateParts;
  if (years) {
    const [monthCodeNumber, isLeapMonth] = computeCalendarMonthCodeParts(calendar, year, month);
    year += years, month = resolveMonthInMovedYear(calendar, monthCodeNumber, isLeapMonth, calendar ? calendar.p(year) : void 0, overflow), month = clampEntity("month", month, 1, computeCalendarMonthsInYearForYear(calendar, year), overflow);
  }
  if (months) {
    const yearMonthParts = addCalendarMonths(calendar, year, month, months);
    ({ year, month } = yearMonthParts);
  }
  return day = clampEntity("day", day, 1, computeCalendarDaysInMonthForYearMonth(calendar, year, month), overflow), computeCalendarIsoFieldsFromParts(calendar, year, month, day);
}
function addCalendarMonths(calendar, year, month, monthDelta) {
  return calendar ? calendar.ae(year, month, monthDelta) : addIsoMonths(year, month, monthDelta);
}
function resolveMonthInMovedYear(calendar, monthCodeNumber, isLeapMonth, targetLeapMonth, overflow) {
  if (isLeapMonth) {
    const leapMonthMeta = calendar ? calendar.l : void 0;
    if (void 0 !== targetLeapMonth && (leapMonthMeta < 0 || targetLeapMonth === monthCodeNumber + 1)) {
      return targetLeapMonth;
    }
    if (1 === overflow && throwRangeError(invalidLeapMonth), leapMonthMeta < 0) {
      return -leapMonthMeta;
    }
  }
  return monthCodeNumberToMonth(monthCodeNumber, 0, targetLeapMonth);
}
function moveTimeByNano(timeFields, durationBigNano) {
  const durDays = Number(durationBigNano / bigNanoInUtcDay);
  const durTimeNano = Number(durationBigNano % bigNanoInUtcDay);
  const [newTimeFields, overflowDays] = nanoToTimeAndDay(timeFieldsToNano(timeFields) + durTimeNano);
  return [newTimeFields, durDays + overflowDays];
}
function moveEpochNanoByNano(epochNano, deltaNano) {
  return checkEpochNanoInBounds(epochNano + deltaNano);
}
function moveDateByDays(isoDate, days) {
  return days ? epochDaysToIsoDate(isoDateToEpochDays(isoDate) + days) : isoDate;
}
function getCommonCalendar(a, b) {
  return getCalendarSlotId(a) !== getCalendarSlotId(b) && throwRangeError("Mismatching Calendars"), a;
}
function getCommonTimeZone(a, b) {
  return a.m !== b.m && throwRangeError("Mismatching TimeZones"), a;
}
function getZonedTimeZoneId(slots) {
  return slots.timeZone.id;
}
function diffZonedDateTimesRounded(calendar, startZoned, endZoned, largestUnit, smallestUnit, roundingInc, roundingMode) {
  return largestUnit < 6 ? diffEpochNanosRounded(startZoned.epochNanoseconds, endZoned.epochNanoseconds, largestUnit, smallestUnit, roundingInc, roundingMode) : ((calendar2, startZoned2, endZoned2, largestUnit2, smallestUnit2, roundingInc2, roundingMode2) => {
    const timeZone = getCommonTimeZone(startZoned2.timeZone, endZoned2.timeZone);
    const endEpochNano = endZoned2.epochNanoseconds;
    if (endEpochNano === startZoned2.epochNanoseconds) {
      return durationFieldDefaults;
    }
    let durationFields;
    return durationFields = diffZonedEpochsExact(timeZone, calendar2, startZoned2, endZoned2, largestUnit2), durationFields = roundRelativeDuration(durationFields, endEpochNano, largestUnit2, smallestUnit2, roundingInc2, roundingMode2, createZonedRelativeOps(calendar2, timeZone, startZoned2), 1), durationFields;
  })(calendar, startZoned, endZoned, largestUnit, smallestUnit, roundingInc, roundingMode);
}
function diffDateTimesRounded(calendar, startIsoDateTime, endIsoDateTime, largestUnit, smallestUnit, roundingInc, roundingMode) {
  return largestUnit <= 6 ? diffEpochNanosRounded(isoDateTimeToEpochNano(startIsoDateTime), isoDateTimeToEpochNano(endIsoDateTime), largestUnit, smallestUnit, roundingInc, roundingMode) : ((calendar2, startIsoDateTime2, endIsoDateTime2, largestUnit2, smallestUnit2, roundingInc2, roundingMode2) => {
    const endEpochNano = isoDateTimeToEpochNano(endIsoDateTime2);
    const sign = compareBigInts(endEpochNano, isoDateTimeToEpochNano(startIsoDateTime2));
    if (!sign) {
      return durationFieldDefaults;
    }
    let durationFields;
    return durationFields = diffDateTimesBig(calendar2, startIsoDateTime2, endIsoDateTime2, sign, largestUnit2), durationFields = roundRelativeDuration(durationFields, endEpochNano, largestUnit2, smallestUnit2, roundingInc2, roundingMode2, ((calendar3, origin) => ({
      ne: isoDateTimeToEpochNano(origin),
      X: (duration) => isoDateTimeToEpochNano(combineDateAndTime(moveDate(calendar3, origin, duration), origin))
    }))(calendar2, startIsoDateTime2)), durationFields;
  })(calendar, startIsoDateTime, endIsoDateTime, largestUnit, smallestUnit, roundingInc, roundingMode);
}
function diffYearMonthsRounded(calendar, startIsoDate, endIsoDate, largestUnit, smallestUnit, roundingInc, roundingMode) {
  const firstOfMonth0 = moveToStartOfMonth(calendar, startIsoDate);
  const firstOfMonth1 = moveToStartOfMonth(calendar, endIsoDate);
  return compareIsoDates(firstOfMonth0, firstOfMonth1) ? diffDateCalendarUnitsRounded(calendar, checkIsoDateInBounds(firstOfMonth0), checkIsoDateInBounds(firstOfMonth1), largestUnit, smallestUnit, roundingInc, roundingMode, 8) : durationFieldDefaults;
}
function diffDatesRounded(calendar, startIsoDate, endIsoDate, largestUnit, smallestUnit, roundingInc, roundingMode, smallestPrecision = 6) {
  return 6 === largestUnit ? diffEpochNanosRounded(isoDateToEpochNano(startIsoDate), isoDateToEpochNano(endIsoDate), largestUnit, smallestUnit, roundingInc, roundingMode) : diffDateCalendarUnitsRounded(calendar, startIsoDate, endIsoDate, largestUnit, smallestUnit, roundingInc, roundingMode, smallestPrecision);
}
function diffTimesRounded(plainTimeSlots0, plainTimeSlots1, largestUnit, smallestUnit, roundingInc, roundingMode) {
  const timeDiffNano = roundNumberToInc(timeFieldsToNano(plainTimeSlots1) - timeFieldsToNano(plainTimeSlots0), computeNanoInc(smallestUnit, roundingInc), roundingMode);
  return {
    ...durationFieldDefaults,
    ...nanoToDurationTimeFields(timeDiffNano, largestUnit)
  };
}
function diffDateCalendarUnitsRounded(calendar, startIsoDate, endIsoDate, largestUnit, smallestUnit, roundingInc, roundingMode, smallestPrecision = 6) {
  const endEpochNano = isoDateToEpochNano(endIsoDate);
  if (!compareIsoDates(startIsoDate, endIsoDate)) {
    return durationFieldDefaults;
  }
  let durationFields;
  return durationFields = diffCalendarDates(calendar, startIsoDate, endIsoDate, largestUnit), smallestUnit === smallestPrecision && 1 === roundingInc || (durationFields = roundRelativeDuration(durationFields, endEpochNano, largestUnit, smallestUnit, roundingInc, roundingMode, createDateRelativeOps(calendar, startIsoDate))), durationFields;
}
function diffEpochNanosRounded(startEpochNano, endEpochNano, largestUnit, smallestUnit, roundingInc, roundingMode) {
  return {
    ...durationFieldDefaults,
    ...nanoToDurationDayTimeFields(roundBigNanoToInc(endEpochNano - startEpochNano, computeBigNanoInc(smallestUnit, roundingInc), roundingMode), largestUnit)
  };
}
function diffZonedEpochsExact(timeZone, calendar, startZoned, endZoned, largestUnit) {
  return largestUnit < 6 ? {
    ...durationFieldDefaults,
    ...nanoToDurationDayTimeFields(endZoned.epochNanoseconds - startZoned.epochNanoseconds, largestUnit)
  } : ((timeZone2, startZoned2, endZoned2) => {
    const sign = compareBigInts(endZoned2.epochNanoseconds, startZoned2.epochNanoseconds);
    if (!sign) {
      return durationFieldDefaults;
    }
    if (!compareIsoDates(zonedEpochSlotsToIso(startZoned2), zonedEpochSlotsToIso(endZoned2))) {
      return {
        ...durationFieldDefaults,
        ...nanoToDurationDayTimeFields(endZoned2.epochNanoseconds - startZoned2.epochNanoseconds, 5)
      };
    }
    const [startIsoDateTime, endIsoDate, remainderNano] = prepareZonedEpochDiff(timeZone2, startZoned2, endZoned2, sign);
    return {
      ...(start = startIsoDateTime, end = endIsoDate, diffCalendarDates(calendar, start, end, largestUnit)),
      ...nanoToDurationTimeFields(remainderNano)
    };
    var start, end;
  })(timeZone, startZoned, endZoned);
}
function diffDateTimesExact(calendar, startIsoDateTime, endIsoDateTime, largestUnit) {
  const startEpochNano = isoDateTimeToEpochNano(startIsoDateTime);
  const endEpochNano = isoDateTimeToEpochNano(endIsoDateTime);
  const sign = compareBigInts(endEpochNano, startEpochNano);
  return sign ? largestUnit <= 6 ? {
    ...durationFieldDefaults,
    ...nanoToDurationDayTimeFields(endEpochNano - startEpochNano, largestUnit)
  } : diffDateTimesBig(calendar, startIsoDateTime, endIsoDateTime, sign, largestUnit) : durationFieldDefaults;
}
function diffDateTimesBig(calendar, startIsoDateTime, endIsoDateTime, sign, largestUnit) {
  let diffEndDate = endIsoDateTime;
  let timeNano = timeFieldsToNano(endIsoDateTime) - timeFieldsToNano(startIsoDateTime);
  return Math.sign(timeNano) === -sign && (diffEndDate = moveDateByDays(endIsoDateTime, -sign), timeNano += nanoInUtcDay * sign), {
    ...diffCalendarDates(calendar, startIsoDateTime, diffEndDate, largestUnit),
    ...nanoToDurationTimeFields(timeNano)
  };
}
function prepareZonedEpochDiff(timeZone, startZoned, endZoned, sign) {
  const startIsoDate = zonedEpochSlotsToIso(startZoned);
  const endIsoDate = zonedEpochSlotsToIso(endZoned);
  const endEpochNano = endZoned.epochNanoseconds;
  let dayCorrection = 0;
  const timeDiffNano = timeFieldsToNano(endIsoDate) - timeFieldsToNano(startIsoDate);
  Math.sign(timeDiffNano) === -sign && dayCorrection++;
  const maxDayCorrection = sign > 0 ? 2 : 1;
  for (; ; dayCorrection++) {
    const midIsoDate = moveDateByDays(endIsoDate, dayCorrection * -sign);
    const midEpochNano = getSingleInstantFor(timeZone, combineDateAndTime(midIsoDate, startIsoDate));
    if (dayCorrection === maxDayCorrection || compareBigInts(endEpochNano, midEpochNano) !== -sign) {
      return [startIsoDate, midIsoDate, Number(endEpochNano - midEpochNano)];
    }
  }
}
function diffCalendarDates(calendar, startIsoDate, endIsoDate, largestUnit) {
  if (largestUnit <= 7) {
    return ((asWeeks, start, end) => {
      const days = countIsoDays(start, end);
      return asWeeks ? {
        ...durationFieldDefaults,
        weeks: divTrunc(days, 7),
        days: modTrunc(days, 7)
      } : {
        ...durationFieldDefaults,
        days
      };
    })(7 === largestUnit, startIsoDate, endIsoDate);
  }
  const yearMonthDayStart = computeCalendarDateFields(calendar, startIsoDate);
  const yearMonthDayEnd = computeCalendarDateFields(calendar, endIsoDate);
  if (8 === largestUnit) {
    const { year: year02, month: month02, day: day02 } = yearMonthDayStart;
    const { year: year12, month: month12, day: day12 } = yearMonthDayEnd;
    const sign = Math.sign(compareNumbers(year12, year02) || compareNumbers(month12, month02) || countIsoDays(startIsoDate, endIsoDate));
    let months = 0;
    let days = 0;
    if (sign) {
      months = calendar ? calendar.ee(year02, month02, year12, month12) : diffIsoMonthSlots(year02, month02, year12, month12);
      let anchorIsoDate = moveDateByCalendarUnits(calendar, startIsoDate, 0, months, 0);
      sign * compareNumbers(day02, day12) > 0 && (months -= sign, anchorIsoDate = moveDateByCalendarUnits(calendar, startIsoDate, 0, months, 0)), days = countIsoDays(anchorIsoDate, endIsoDate);
    }
    return {
      ...durationFieldDefaults,
      months,
      days
    };
  }
  const { year: year0, month: month0, day: day0 } = yearMonthDayStart;
  let { year: year1, month: month1, day: day1 } = yearMonthDayEnd;
  let yearDiff = year1 - year0;
  let monthDiff = month1 - month0;
  let dayDiff = day1 - day0;
  if (yearDiff || monthDiff) {
    const sign = Math.sign(yearDiff || monthDiff);
    let daysInMonth1 = computeCalendarDaysInMonthForYearMonth(calendar, year1, month1);
    let dayCorrect = 0;
    if (Math.sign(day1 - day0) === -sign) {
      const origDaysInMonth1 = daysInMonth1;
      const yearMonthParts = addCalendarMonths(calendar, year1, month1, -sign);
      ({ year: year1, month: month1 } = yearMonthParts), yearDiff = year1 - year0, monthDiff = month1 - month0, daysInMonth1 = computeCalendarDaysInMonthForYearMonth(calendar, year1, month1), dayCorrect = sign < 0 ? -origDaysInMonth1 : daysInMonth1;
    }
    if (dayDiff = day1 - Math.min(day0, daysInMonth1) + dayCorrect, yearDiff) {
      const [monthCodeNumber0, isLeapMonth0] = computeCalendarMonthCodeParts(calendar, year0, month0);
      const [monthCodeNumber1, isLeapMonth1] = computeCalendarMonthCodeParts(calendar, year1, month1);
      const leapMonthMeta = calendar ? calendar.l : void 0;
      if (monthDiff = void 0 !== leapMonthMeta && isLeapMonth0 && !isLeapMonth1 && (leapMonthMeta < 0 ? sign > 0 && monthCodeNumber1 === -leapMonthMeta : sign < 0 && monthCodeNumber1 === monthCodeNumber0) ? 0 : monthCodeNumber1 - monthCodeNumber0 || Number(isLeapMonth1) - Number(isLeapMonth0), Math.sign(monthDiff) === -sign) {
        const monthCorrect = sign < 0 && -computeCalendarMonthsInYearForYear(calendar, year1);
        year1 -= sign, yearDiff = year1 - year0, monthDiff = month1 - resolveMonthInMovedYear(calendar, monthCodeNumber0, isLeapMonth0, calendar ? calendar.p(year1) : void 0, 0) + (monthCorrect || computeCalendarMonthsInYearForYear(calendar, year1));
      } else if (calendar) {
        const month0Projected = resolveMonthInMovedYear(calendar, monthCodeNumber0, isLeapMonth0, calendar.p(year1), 0);
        monthDiff = calendar.ee(year1, month0Projected, year1, month1);
      }
    }
  }
  return {
    ...durationFieldDefaults,
    years: yearDiff,
    months: monthDiff,
    days: dayDiff
  };
}
function compareIsoDates(isoDate0, isoDate1) {
  return compareNumbers(isoDate0.year, isoDate1.year) || compareNumbers(isoDate0.month, isoDate1.month) || compareNumbers(isoDate0.day, isoDate1.day);
}
function countIsoDays(startIsoDate, endIsoDate) {
  return isoDateToEpochDays(endIsoDate) - isoDateToEpochDays(startIsoDate);
}
function spanRelativeDuration(relativeToSlots, durationFields, largestUnit) {
  return isZonedEpochSlots(relativeToSlots) ? ((relativeToSlots2, durationFields2, largestUnit2) => {
    const { calendar, timeZone } = relativeToSlots2;
    const endSlots = moveZonedEpochSlots(relativeToSlots2, durationFields2);
    return [diffZonedEpochsExact(timeZone, calendar, relativeToSlots2, endSlots, largestUnit2), endSlots.epochNanoseconds, createZonedRelativeOps(calendar, timeZone, relativeToSlots2)];
  })(relativeToSlots, durationFields, largestUnit) : ((relativeToSlots2, durationFields2, largestUnit2) => {
    const { calendar } = relativeToSlots2;
    const origin = checkIsoDateTimeInBounds(combineDateAndTime(relativeToSlots2, timeFieldDefaults));
    const end = moveDateTime(calendar, origin, durationFields2);
    return [diffDateTimesExact(calendar, origin, end, largestUnit2), isoDateTimeToEpochNano(end), createDateRelativeOps(calendar, relativeToSlots2)];
  })(relativeToSlots, durationFields, largestUnit);
}
function moveRelativeEndpointToEpochNano(relativeToSlots, durationFields) {
  return isZonedEpochSlots(relativeToSlots) ? moveZonedEpochSlots(relativeToSlots, durationFields).epochNanoseconds : isoDateTimeToEpochNano(moveDateTime(relativeToSlots.calendar, combineDateAndTime(relativeToSlots, timeFieldDefaults), durationFields));
}
function moveRelativeMarkerToEpochNano(relativeOps, dateDuration) {
  return durationHasDateParts(dateDuration) ? relativeOps.X(dateDuration) : relativeOps.ne;
}
function createZonedRelativeOps(calendar, timeZone, slots) {
  const origin = zonedEpochSlotsToIso(slots);
  return {
    ne: slots.epochNanoseconds,
    X: (duration) => getSingleInstantFor(timeZone, combineDateAndTime(moveDate(calendar, origin, duration), origin))
  };
}
function createDateRelativeOps(calendar, origin) {
  return {
    ne: isoDateToEpochNano(origin),
    X: (duration) => isoDateToEpochNano(moveDate(calendar, origin, duration))
  };
}
function isZonedEpochSlots(slots) {
  return "timeZone" in slots;
}
function isUniformUnit(unit, isZoned) {
  return unit <= 6 - (isZoned ? 1 : 0);
}
function nanoToGivenFields(nano, largestUnit, fieldNames) {
  const fields = {};
  for (let unit = largestUnit; unit >= 0; unit--) {
    const divisor = unitNanoMap[unit];
    fields[fieldNames[unit]] = divTrunc(nano, divisor), nano = modTrunc(nano, divisor);
  }
  return fields;
}
var maxDurationSeconds = 2 ** 53;
function addDurationsWithoutRelativeTo(doSubtract, slots, otherSlots) {
  const maxUnit = Math.max(getMaxDurationUnit(slots), getMaxDurationUnit(otherSlots));
  return clampEntity("unit", maxUnit, 0, 6, 1, durationFieldNamesAsc), ((doSubtract2, slots2, otherSlots2, maxUnit2) => createDurationSlots(validateDurationFields(((a, b, largestUnit, doSubtract3) => {
    const combined = durationDayTimeToBigNano(a) + durationDayTimeToBigNano(b) * BigInt(doSubtract3 ? -1 : 1);
    return Number.isFinite(Number(combined / bigNanoInUtcDay)) || throwRangeError(outOfBoundsDate), {
      ...durationFieldDefaults,
      ...nanoToDurationDayTimeFields(combined, largestUnit)
    };
  })(slots2, otherSlots2, maxUnit2, doSubtract2))))(doSubtract, slots, otherSlots, maxUnit);
}
function roundDuration(refineRelativeTo, slots, options) {
  const durationLargestUnit = getMaxDurationUnit(slots);
  const [largestUnit, smallestUnit, roundingInc, roundingMode, relativeToSlots] = ((options2, defaultLargestUnit, refineRelativeTo2) => {
    options2 = normalizeOptionsOrString(options2, smallestUnitStr);
    let largestUnit2 = coerceLargestUnit(options2);
    const relativeToInternals = refineRelativeTo2(options2.relativeTo);
    let roundingInc2 = coerceRoundingIncInteger(options2);
    const roundingMode2 = coerceRoundingMode(options2, 7);
    let smallestUnit2 = coerceSmallestUnit(options2);
    return void 0 === largestUnit2 && void 0 === smallestUnit2 && throwRangeError("Required smallestUnit or largestUnit"), null == smallestUnit2 && (smallestUnit2 = 0), null == largestUnit2 && (largestUnit2 = Math.max(smallestUnit2, defaultLargestUnit)), checkLargestSmallestUnit(largestUnit2, smallestUnit2), roundingInc2 = validateRoundingInc(roundingInc2, smallestUnit2, 1), roundingInc2 > 1 && smallestUnit2 > 5 && largestUnit2 !== smallestUnit2 && throwRangeError("For calendar units with roundingIncrement > 1, use largestUnit = smallestUnit"), [largestUnit2, smallestUnit2, roundingInc2, roundingMode2, relativeToInternals];
  })(options, durationLargestUnit, refineRelativeTo);
  if (!relativeToSlots && Math.max(durationLargestUnit, largestUnit) <= 6) {
    return createDurationSlots(validateDurationFields(((durationFields, largestUnit2, smallestUnit2, roundingInc2, roundingMode2) => {
      const roundedBigNano = roundBigNanoToInc(durationDayTimeToBigNano(durationFields), computeBigNanoInc(smallestUnit2, roundingInc2), roundingMode2);
      return {
        ...durationFieldDefaults,
        ...nanoToDurationDayTimeFields(roundedBigNano, largestUnit2)
      };
    })(slots, largestUnit, smallestUnit, roundingInc, roundingMode)));
  }
  relativeToSlots || throwRangeError("Missing relativeTo");
  const isZoned = isZonedEpochSlots(relativeToSlots);
  if (!slots.sign && (!isZoned || largestUnit < 6)) {
    return slots;
  }
  const [balancedDuration, endEpochNano, relativeOps] = spanRelativeDuration(relativeToSlots, slots, largestUnit);
  return createDurationSlots(roundRelativeDuration(balancedDuration, endEpochNano, largestUnit, smallestUnit, roundingInc, roundingMode, relativeOps, isZoned));
}
function absDuration(slots) {
  return -1 === slots.sign ? negateDuration(slots) : slots;
}
function negateDuration(slots) {
  return createDurationSlots(negateDurationFields(slots));
}
function negateDurationFields(fields) {
  const res = {};
  for (const fieldName of durationFieldNamesAsc) {
    res[fieldName] = -1 * fields[fieldName] || 0;
  }
  return res;
}
function computeDurationSign(fields, fieldNames = durationFieldNamesAsc) {
  let sign = 0;
  for (const fieldName of fieldNames) {
    const fieldSign = Math.sign(fields[fieldName]);
    fieldSign && (sign && sign !== fieldSign && throwRangeError("Cannot mix duration signs"), sign = fieldSign);
  }
  return sign;
}
function validateDurationFields(fields) {
  for (const calendarUnit of durationCalendarFieldNamesAsc) {
    validateDurationCalendarUnit(calendarUnit, fields[calendarUnit]);
  }
  const bigNano = durationDayTimeToBigNano(fields);
  return validateDurationTimeUnit(Number(bigNano / bigNanoInSec)), fields;
}
function validateDurationCalendarUnit(unit, value) {
  return clampEntity(unit, value, -4294967295, 4294967295, 1);
}
function validateDurationTimeUnit(n) {
  Number.isSafeInteger(n) || throwRangeError("Out-of-bounds duration");
}
function durationDayTimeToBigNano(fields) {
  return BigInt(fields.days) * bigNanoInUtcDay + durationTimeToBigNano(fields);
}
function durationTimeToBigNano(fields) {
  return BigInt(fields.hours) * bigNanoInHour + BigInt(fields.minutes) * bigNanoInMinute + durationSubMinuteToBigNano(fields);
}
function durationSubMinuteToBigNano(fields) {
  return BigInt(fields.seconds) * bigNanoInSec + BigInt(fields.milliseconds) * bigNanoInMilli + BigInt(fields.microseconds) * bigNanoInMicro + BigInt(fields.nanoseconds);
}
function nanoToDurationDayTimeFields(bigNano, largestUnit = 6) {
  const days = Number(bigNano / bigNanoInUtcDay);
  const timeNano = Number(bigNano % bigNanoInUtcDay);
  const unitNano = unitNanoMap[largestUnit];
  const largestUnitVal = largestUnit <= 3 ? Number(bigNano / BigInt(unitNano)) : days * (nanoInUtcDay / unitNano) + divTrunc(timeNano, unitNano);
  Number.isFinite(largestUnitVal) || throwRangeError(outOfBoundsDate), largestUnit <= 3 && Math.abs(largestUnitVal) / (nanoInSec2 / unitNanoMap[largestUnit]) >= maxDurationSeconds && throwRangeError(outOfBoundsDate);
  const dayTimeFields = nanoToGivenFields(timeNano, largestUnit, durationFieldNamesAsc);
  return dayTimeFields[durationFieldNamesAsc[largestUnit]] = largestUnitVal, dayTimeFields;
}
function nanoToDurationTimeFields(nano, largestUnit = 5) {
  return nanoToGivenFields(nano, largestUnit, durationFieldNamesAsc);
}
function durationHasDateParts(fields) {
  return Boolean(computeDurationSign(fields, durationDateFieldNamesAsc));
}
function getMaxDurationUnit(fields) {
  let unit = 9;
  for (; unit > 0 && !fields[durationFieldNamesAsc[unit]]; unit--) {
  }
  return unit;
}
function compareZonedEpochSlots(zonedEpochSlots0, zonedEpochSlots1) {
  return compareBigInts(zonedEpochSlots0.epochNanoseconds, zonedEpochSlots1.epochNanoseconds);
}
function compareDurations(refineRelativeTo, durationSlots0, durationSlots1, options) {
  const relativeToSlots = refineRelativeTo(normalizeOptions(options).relativeTo);
  const maxUnit = Math.max(getMaxDurationUnit(durationSlots0), getMaxDurationUnit(durationSlots1));
  return allPropsEqual(durationFieldNamesAsc, durationSlots0, durationSlots1) ? 0 : isUniformUnit(maxUnit, relativeToSlots && isZonedEpochSlots(relativeToSlots)) ? compareBigInts(durationDayTimeToBigNano(durationSlots0), durationDayTimeToBigNano(durationSlots1)) : (relativeToSlots || throwRangeError("Missing relativeTo"), compareBigInts(moveRelativeEndpointToEpochNano(relativeToSlots, durationSlots0), moveRelativeEndpointToEpochNano(relativeToSlots, durationSlots1)));
}
function compareIsoDateTimeFields(isoDateTime0, isoDateTime1) {
  return compareIsoDateFields(isoDateTime0, isoDateTime1) || compareTimeFields(isoDateTime0, isoDateTime1);
}
function compareIsoDateFields(isoDate0, isoDate1) {
  return compareNumbers(isoDateToEpochDays(isoDate0), isoDateToEpochDays(isoDate1));
}
function compareTimeFields(timeFields0, timeFields1) {
  return compareNumbers(timeFieldsToNano(timeFields0), timeFieldsToNano(timeFields1));
}
function instantsEqual(instantSlots0, instantSlots1) {
  return !compareZonedEpochSlots(instantSlots0, instantSlots1);
}
function zonedDateTimesEqual(zonedDateTimeSlots0, zonedDateTimeSlots1) {
  return !compareZonedEpochSlots(zonedDateTimeSlots0, zonedDateTimeSlots1) && zonedDateTimeSlots0.timeZone.m === zonedDateTimeSlots1.timeZone.m && zonedDateTimeSlots0.calendar === zonedDateTimeSlots1.calendar;
}
function plainDateTimesEqual(plainDateTimeSlots0, plainDateTimeSlots1) {
  return !compareIsoDateTimeFields(plainDateTimeSlots0, plainDateTimeSlots1) && plainDateTimeSlots0.calendar === plainDateTimeSlots1.calendar;
}
function plainDatesEqual(plainDateSlots0, plainDateSlots1) {
  return !compareIsoDateFields(plainDateSlots0, plainDateSlots1) && plainDateSlots0.calendar === plainDateSlots1.calendar;
}
function plainYearMonthsEqual(plainYearMonthSlots0, plainYearMonthSlots1) {
  return !compareIsoDateFields(plainYearMonthSlots0, plainYearMonthSlots1) && plainYearMonthSlots0.calendar === plainYearMonthSlots1.calendar;
}
function plainMonthDaysEqual(plainMonthDaySlots0, plainMonthDaySlots1) {
  return !compareIsoDateFields(plainMonthDaySlots0, plainMonthDaySlots1) && plainMonthDaySlots0.calendar === plainMonthDaySlots1.calendar;
}
function plainTimesEqual(plainTimeSlots0, plainTimeSlots1) {
  return !compareTimeFields(plainTimeSlots0, plainTimeSlots1);
}
function getCalendarEraOrigins(calendar) {
  return 0 === calendar ? gregoryEraOrigins : calendar ? calendar.k : void 0;
}
function getCalendarFieldNames(calendar, fieldNames, fieldNamesWithEra = fieldNames) {
  return getCalendarEraOrigins(calendar) ? fieldNamesWithEra : fieldNames;
}
function resolveCalendarYear(fields, calendar) {
  const exoticCalendar = calendar || void 0;
  const eraOrigins = getCalendarEraOrigins(calendar);
  let { era, eraYear, year } = fields;
  if (void 0 !== year && (year = toIntegerWithTrunc(year, "year")), void 0 !== eraYear && (eraYear = toIntegerWithTrunc(eraYear, "eraYear")), void 0 !== era || void 0 !== eraYear) {
    void 0 !== era && void 0 !== eraYear || throwTypeError("Mismatching era/eraYear"), eraOrigins || throwRangeError("Forbidden era/eraYear");
    const normalizedEra = normalizeEraName(era);
    const eraOrigin = eraOrigins[normalizedEra];
    void 0 === eraOrigin && throwRangeError(((era2) => `Invalid era: ${era2}`)(era));
    const yearByEra = exoticCalendar?._ ? exoticCalendar._(eraYear, normalizedEra, eraOrigin) : eraYearToYear(eraYear, eraOrigin);
    void 0 !== year && year !== yearByEra && throwRangeError("Mismatching year/eraYear"), year = yearByEra;
  } else {
    void 0 === year && throwTypeError(missingYear(eraOrigins));
  }
  return year;
}
function resolveCalendarMonth(fields, calendar, year, monthCodeParts, overflow) {
  let { month, monthCode } = fields;
  if (void 0 !== monthCode) {
    const monthByCode = ((calendar2, monthCode2, year2, overflow2, monthCodeParts2 = parseMonthCode(monthCode2)) => {
      const leapMonth = calendar2 ? calendar2.p(year2) : void 0;
      const [monthCodeNumber, wantsLeapMonth] = monthCodeParts2;
      let month2 = monthCodeNumberToMonth(monthCodeNumber, wantsLeapMonth, leapMonth);
      if (wantsLeapMonth) {
        const leapMonthMeta = calendar2 ? calendar2.l : void 0;
        void 0 === leapMonthMeta && throwRangeError(invalidLeapMonth), leapMonthMeta > 0 ? (month2 > leapMonthMeta && throwRangeError(invalidLeapMonth), leapMonth !== month2 && (1 === overflow2 && throwRangeError(invalidLeapMonth), month2 = monthCodeNumberToMonth(monthCodeNumber, 0, leapMonth))) : (month2 !== -leapMonthMeta && throwRangeError(invalidLeapMonth), void 0 === leapMonth && 1 === overflow2 && throwRangeError(invalidLeapMonth));
      }
      return month2;
    })(calendar, monthCode, year, overflow, monthCodeParts);
    void 0 !== month && month !== monthByCode && throwRangeError("Mismatching month/monthCode"), month = monthByCode, overflow = 1;
  } else {
    void 0 === month && throwTypeError("Missing month/monthCode");
  }
  return clampEntity("month", month, 1, computeCalendarMonthsInYearForYear(calendar, year), overflow);
}
function resolveCalendarDay(fields, calendar, year, month, overflow) {
  return clampProp(fields, "day", 1, computeCalendarDaysInMonthForYearMonth(calendar, year, month), overflow);
}
function eraYearToYear(eraYear, eraOrigin) {
  return (eraOrigin + eraYear) * (Math.sign(eraOrigin) || 1) || 0;
}
function resolveTimeFields(fields, overflow) {
  return constrainTimeFields(pluckProps(timeFieldNamesAsc, {
    ...timeFieldDefaults,
    ...fields
  }), overflow);
}
var offsetRegExp = /^([+-])([01]\d|2[0-3])(?:(:?)([0-5]\d)(?:\3([0-5]\d)(?:[.,](\d{1,9}))?)?)?$/;
function parseOffsetNano(s) {
  const offsetNano = parseOffsetNanoMaybe(s);
  return void 0 === offsetNano && throwRangeError(failedParse(s)), offsetNano;
}
function parseOffsetNanoMaybe(s, onlyHourMinute) {
  const parts = offsetRegExp.exec(s);
  if (parts) {
    return onlyHourMinute && parts[5] && throwRangeError(failedParse(s)), /* @__PURE__ */ ((s2) => s2 && "+" !== s2 ? -1 : 1)(parts[1]) * (parseInt(parts[2]) * nanoInHour2 + parseInt0(parts[4]) * nanoInMinute2 + parseInt0(parts[5]) * nanoInSec2 + parseSubsecNano(parts[6] || ""));
  }
}
var dateFieldRefiners = {
  era: toString,
  month: toPositiveIntegerWithTruncation,
  monthCode(monthCode, fieldName) {
    return requireString(toPrimitiveWithStringHint(monthCode), fieldName);
  },
  day: toPositiveIntegerWithTruncation
};
var timeFieldRefiners = /* @__PURE__ */ zipPropsConst(timeFieldNamesAsc, toIntegerWithTrunc);
var durationFieldRefiners = /* @__PURE__ */ zipPropsConst(durationFieldNamesAsc, toStrictInteger);
var dateTimeFieldRefiners = /* @__PURE__ */ Object.assign({}, dateFieldRefiners, timeFieldRefiners);
var zonedDateTimeFieldRefiners = {
  offset(offsetString) {
    return parseOffsetNano(requireString(toPrimitiveWithStringHint(offsetString)));
  },
  ...dateTimeFieldRefiners
};
function readAndRefineBagFields(bag, validFieldNames, fieldRefiners, requiredFieldNames, disallowEmpty = !requiredFieldNames) {
  const res = {};
  let anyMatching = 0;
  for (const fieldName of validFieldNames) {
    let fieldVal = bag[fieldName];
    if (void 0 !== fieldVal) {
      anyMatching = 1;
      const refiner = fieldRefiners[fieldName];
      refiner && (fieldVal = refiner(fieldVal, fieldName)), res[fieldName] = fieldVal;
    } else {
      requiredFieldNames && requiredFieldNames.includes(fieldName) && throwTypeError(missingField(fieldName));
    }
  }
  return disallowEmpty && !anyMatching && throwTypeError("No valid fields: " + validFieldNames.join()), res;
}
function refineOverflowOptions(options) {
  return void 0 === options ? 0 : coerceOverflow(requireObjectLike(options));
}
function refineZonedFieldOptions(options, defaultOffsetDisambig = 0) {
  options = normalizeOptions(options);
  const epochDisambig = coerceEpochDisambig(options);
  const offsetDisambig = coerceOffsetDisambig(options, defaultOffsetDisambig);
  return [coerceOverflow(options), offsetDisambig, epochDisambig];
}
function refineEpochDisambigOptions(options) {
  return coerceEpochDisambig(normalizeOptions(options));
}
function refineCalendarDateFields(fields, calendar, allowMissingDay) {
  const eraOrigins = getCalendarEraOrigins(calendar);
  void 0 !== fields.year || void 0 !== fields.era && void 0 !== fields.eraYear || throwTypeError(missingYear(eraOrigins)), void 0 === fields.monthCode && void 0 === fields.month && throwTypeError("Missing month/monthCode"), allowMissingDay || void 0 !== fields.day || throwTypeError(missingField("day"));
  const monthCodeParts = parseMonthCodeField(fields);
  return [resolveCalendarYear(fields, calendar), monthCodeParts];
}
function refineMonthDayFields(fields, calendar) {
  const isIso = calendar === isoCalendarImpl;
  const eraOrigins = getCalendarEraOrigins(calendar);
  void 0 === fields.day && throwTypeError(missingField("day")), isIso || void 0 === fields.month || void 0 !== fields.year || void 0 !== fields.era && void 0 !== fields.eraYear || throwTypeError(missingYear(eraOrigins));
  const monthCodeParts = parseMonthCodeField(fields);
  return [void 0 !== fields.eraYear || void 0 !== fields.year ? resolveCalendarYear(fields, calendar) : void 0, monthCodeParts];
}
function createDateTimeFromRefinedFields(isoDate, timeFields = timeFieldDefaults, calendar) {
  const isoDateTime = combineDateAndTime(isoDate, timeFields);
  return checkIsoDateTimeInBounds(isoDateTime), createDateTimeSlots(isoDateTime, calendar);
}
function createDateFromRefinedFields(fields, calendar, year, monthCodeParts, overflow) {
  const month = resolveCalendarMonth(fields, calendar, year, monthCodeParts, overflow);
  return createDateSlots(checkIsoDateInBounds(computeCalendarIsoFieldsFromParts(calendar, year, month, resolveCalendarDay(fields, calendar, year, month, overflow))), calendar);
}
function createYearMonthFromRefinedFields(fields, calendar, year, monthCodeParts, overflow) {
  return createYearMonthFromCalendarParts(calendar, year, resolveCalendarMonth(fields, calendar, year, monthCodeParts, overflow));
}
function createMonthDayFromRefinedFields(fields, calendar, year, monthCodeParts, overflow) {
  const isIso = calendar === isoCalendarImpl;
  let yearMaybe = year;
  let day;
  let monthCodeNumber;
  let isLeapMonth;
  if (void 0 === yearMaybe && isIso && (yearMaybe = 1972), void 0 !== yearMaybe) {
    isIso || checkIsoDateInBounds(computeCalendarIsoFieldsFromParts(calendar, yearMaybe, 1, 1));
    const month = resolveCalendarMonth(fields, calendar, yearMaybe, monthCodeParts, overflow);
    day = resolveCalendarDay(fields, calendar, yearMaybe, month, overflow), [monthCodeNumber, isLeapMonth] = computeCalendarMonthCodeParts(calendar, yearMaybe, month);
  } else {
    void 0 === fields.monthCode && throwTypeError("Missing month/monthCode"), [monthCodeNumber, isLeapMonth] = monthCodeParts;
    const referenceYear = calendar ? calendar.re : 1972;
    if (void 0 !== referenceYear) {
      day = resolveCalendarDay(fields, calendar, referenceYear, resolveCalendarMonth(fields, calendar, referenceYear, monthCodeParts, overflow), overflow);
    } else {
      const constrainedDay = 0 === overflow && calendar ? calendar.ge?.(monthCodeNumber, isLeapMonth, fields.day) : void 0;
      day = void 0 !== constrainedDay ? constrainedDay : fields.day;
    }
  }
  return createMonthDayFromMonthCodeParts(calendar, monthCodeNumber, isLeapMonth, day, fields.day, overflow);
}
function createYearMonthFromCalendarParts(calendar, year, month) {
  return createDateSlots(checkIsoYearMonthInBounds(computeCalendarIsoFieldsFromParts(calendar, year, month, 1)), calendar);
}
function createMonthDayFromMonthCodeParts(calendar, monthCodeNumber, isLeapMonthArg, day, requestedDay, overflow) {
  let isLeapMonth = isLeapMonthArg;
  isLeapMonth && ((calendar && calendar.U?.[monthCodeNumber]) ?? 1 / 0) < requestedDay && (1 === overflow && throwRangeError(invalidLeapMonth), isLeapMonth = 0, day = constrainToRange2(requestedDay, 1, (calendar && calendar.R) ?? 1 / 0));
  let res = calendar ? calendar.u(monthCodeNumber, Boolean(isLeapMonth), day) : computeIsoYearMonthFieldsForMonthDay(monthCodeNumber, Boolean(isLeapMonth));
  for (; !res && 0 === overflow && day > 1; ) {
    day--, res = calendar ? calendar.u(monthCodeNumber, Boolean(isLeapMonth), day) : computeIsoYearMonthFieldsForMonthDay(monthCodeNumber, Boolean(isLeapMonth));
  }
  res || throwRangeError("Cannot guess year");
  const { year: finalYear, month: finalMonth } = res;
  return createDateSlots(checkIsoDateInBounds(computeCalendarIsoFieldsFromParts(calendar, finalYear, finalMonth, day)), calendar);
}
function parseMonthCodeField(fields) {
  if (void 0 !== fields.monthCode) {
    return parseMonthCode(fields.monthCode);
  }
}
var RawDateTimeFormat = Intl.DateTimeFormat;
function formatEpochMilliToPartsRecord(intlFormat, epochMilli) {
  epochMilli < -864e13 && throwRangeError(outOfBoundsDate);
  const parts = intlFormat.formatToParts(epochMilli);
  const hash = {};
  for (const part of parts) {
    hash[part.type] = part.value;
  }
  return hash;
}
var timeZonePeriodDaysByName = {
  "El_Aaiun": 16,
  "Tucuman": 12,
  "Tirane": 11,
  "Riga": 10,
  "Simferopol": 9,
  "Vienna": 9,
  "Tunis": 8,
  "Boa_Vista": 6,
  "Fortaleza": 6,
  "Maceio": 6,
  "Noronha": 6,
  "Recife": 6,
  "Gaza": 6,
  "Hebron": 6,
  "DeNoronha": 6
};
var minPossibleTransitionSec = -4e9;
function refineTimeDisplayTuple(options, maxSmallestUnit = 4) {
  const subsecDigits = coerceFractionalSecondDigits(options);
  const roundingMode = coerceRoundingMode(options, 4);
  const smallestUnit = coerceSmallestUnit(options);
  return [roundingMode, ...resolveSmallestUnitAndSubsecDigits(validateUnitRange(smallestUnitStr, smallestUnit, 0, maxSmallestUnit), subsecDigits)];
}
function refineDateDisplayOptions(options) {
  return coerceCalendarDisplay(normalizeOptions(options));
}
function refineTimeDisplayOptions(options, maxSmallestUnit) {
  return refineTimeDisplayTuple(normalizeOptions(options), maxSmallestUnit);
}
function resolveSmallestUnitAndSubsecDigits(smallestUnit, subsecDigits) {
  return null != smallestUnit ? [unitNanoMap[smallestUnit], smallestUnit < 4 ? 9 - 3 * smallestUnit : -1] : [void 0 === subsecDigits ? 1 : 10 ** (9 - subsecDigits), subsecDigits];
}
function formatInstantIso(refineTimeZoneString, instantSlots, options) {
  const [timeZoneArg, roundingMode, nanoInc, subsecDigits] = ((options2) => {
    const subsecDigits2 = coerceFractionalSecondDigits(options2 = normalizeOptions(options2));
    const roundingMode2 = coerceRoundingMode(options2, 4);
    const smallestUnit = coerceSmallestUnit(options2);
    return [options2.timeZone, roundingMode2, ...resolveSmallestUnitAndSubsecDigits(validateUnitRange(smallestUnitStr, smallestUnit, 0, 4), subsecDigits2)];
  })(options);
  const providedTimeZone = void 0 !== timeZoneArg;
  return ((providedTimeZone2, timeZone, epochNano, roundingMode2, nanoInc2, subsecDigits2) => {
    epochNano = roundBigNanoToDayOriginInc(epochNano, BigInt(nanoInc2), roundingMode2);
    const offsetNano = timeZone.B(epochNano);
    return formatIsoDateTimeFields(epochNanoToIsoDateTime(epochNano + BigInt(offsetNano)), subsecDigits2) + (providedTimeZone2 ? formatOffsetNano(roundToMinute(offsetNano)) : "Z");
  })(providedTimeZone, queryTimeZone(providedTimeZone ? refineTimeZoneString(timeZoneArg) : "UTC"), instantSlots.epochNanoseconds, roundingMode, nanoInc, subsecDigits);
}
function formatZonedDateTimeIso(zonedDateTimeSlots0, options) {
  const displayOptions = ((options2) => {
    options2 = normalizeOptions(options2);
    const calendarDisplay = coerceCalendarDisplay(options2);
    const subsecDigits = coerceFractionalSecondDigits(options2);
    const offsetDisplay = coerceOffsetDisplay(options2);
    const roundingMode = coerceRoundingMode(options2, 4);
    const smallestUnit = coerceSmallestUnit(options2);
    return [calendarDisplay, coerceTimeZoneDisplay(options2), offsetDisplay, roundingMode, ...resolveSmallestUnitAndSubsecDigits(validateUnitRange(smallestUnitStr, smallestUnit, 0, 4), subsecDigits)];
  })(options);
  return ((calendar, timeZoneId, timeZone, epochNano, calendarDisplay, timeZoneDisplay, offsetDisplay, roundingMode, nanoInc, subsecDigits) => {
    epochNano = roundBigNanoToDayOriginInc(epochNano, BigInt(nanoInc), roundingMode);
    const offsetNano = timeZone.B(epochNano);
    return formatIsoDateTimeFields(epochNanoToIsoDateTime(epochNano + BigInt(offsetNano)), subsecDigits) + formatOffsetNano(roundToMinute(offsetNano), offsetDisplay) + formatTimeZone(timeZoneId, timeZoneDisplay) + formatCalendar(calendar, calendarDisplay);
  })(zonedDateTimeSlots0.calendar, zonedDateTimeSlots0.timeZone.id, zonedDateTimeSlots0.timeZone, zonedDateTimeSlots0.epochNanoseconds, ...displayOptions);
}
function formatPlainDateTimeIso(plainDateTimeSlots0, options) {
  const displayOptions = ((options2) => (options2 = normalizeOptions(options2), [coerceCalendarDisplay(options2), ...refineTimeDisplayTuple(options2)]))(options);
  return ((calendar, isoDateTime, calendarDisplay, roundingMode, nanoInc, subsecDigits) => formatIsoDateTimeFields(roundDateTimeToInc(isoDateTime, nanoInc, roundingMode), subsecDigits) + formatCalendar(calendar, calendarDisplay))(plainDateTimeSlots0.calendar, plainDateTimeSlots0, ...displayOptions);
}
function formatPlainDateIso(plainDateSlots, options) {
  return calendar = plainDateSlots.calendar, isoDate = plainDateSlots, calendarDisplay = refineDateDisplayOptions(options), formatIsoDateFields(isoDate) + formatCalendar(calendar, calendarDisplay);
  var calendar, isoDate, calendarDisplay;
}
function formatPlainYearMonthIso(plainYearMonthSlots, options) {
  return formatDateLikeIso(plainYearMonthSlots.calendar, formatIsoYearMonthFields, plainYearMonthSlots, refineDateDisplayOptions(options));
}
function formatPlainMonthDayIso(plainMonthDaySlots, options) {
  return formatDateLikeIso(plainMonthDaySlots.calendar, formatIsoMonthDayFields, plainMonthDaySlots, refineDateDisplayOptions(options));
}
function formatDateLikeIso(calendar, formatSimple, isoDate, calendarDisplay) {
  const showCalendar = calendarDisplay > 1 || 0 === calendarDisplay && calendar !== isoCalendarImpl;
  return 1 === calendarDisplay ? calendar === isoCalendarImpl ? formatSimple(isoDate) : formatIsoDateFields(isoDate) : showCalendar ? formatIsoDateFields(isoDate) + formatCalendarId(getCalendarSlotId(calendar), 2 === calendarDisplay) : formatSimple(isoDate);
}
function formatPlainTimeIso(slots, options) {
  return ((fields, roundingMode, nanoInc, subsecDigits) => formatTimeFields(roundTimeToInc(fields, nanoInc, roundingMode)[0], subsecDigits))(slots, ...refineTimeDisplayOptions(options));
}
function formatDurationIso(slots, options) {
  const [roundingMode, nanoInc, subsecDigits] = refineTimeDisplayOptions(options, 3);
  return nanoInc > 1 && ((slots = {
    ...slots,
    ...roundDayTimeDurationByInc(slots, nanoInc, roundingMode)
  }).sign = computeDurationSign(slots), validateDurationFields(slots)), formatDurationSlots(slots, subsecDigits);
}
function formatDurationSlots(durationSlots, subsecDigits) {
  const { sign } = durationSlots;
  const abs = -1 === sign ? negateDurationFields(durationSlots) : durationSlots;
  const { hours, minutes } = abs;
  const bigNano = durationSubMinuteToBigNano(abs);
  const wholeSec = Number(bigNano / bigNanoInSec);
  const subsecNano = Number(bigNano % bigNanoInSec);
  validateDurationTimeUnit(wholeSec);
  const subsecNanoString = formatSubsecNano(subsecNano, subsecDigits);
  const forceSec = subsecDigits >= 0 || !sign || subsecNanoString;
  return (sign < 0 ? "-" : "") + "P" + formatDurationFragments({
    "Y": formatDurationNumber(abs.years),
    "M": formatDurationNumber(abs.months),
    "W": formatDurationNumber(abs.weeks),
    "D": formatDurationNumber(abs.days)
  }) + (hours || minutes || wholeSec || forceSec ? "T" + formatDurationFragments({
    "H": formatDurationNumber(hours),
    "M": formatDurationNumber(minutes),
    "S": formatDurationNumber(wholeSec, forceSec) + subsecNanoString
  }) : "");
}
function formatDurationFragments(fragObj) {
  const parts = [];
  for (const fragName in fragObj) {
    const fragVal = fragObj[fragName];
    fragVal && parts.push(fragVal, fragName);
  }
  return parts.join("");
}
function formatDurationNumber(n, force) {
  if (!n && !force) {
    return "";
  }
  const options = /* @__PURE__ */ Object.create(null);
  return options.useGrouping = 0, n.toLocaleString("fullwide", options);
}
function formatIsoDateTimeFields(isoDateTime, subsecDigits) {
  return formatIsoDateFields(isoDateTime) + "T" + formatTimeFields(isoDateTime, subsecDigits);
}
function formatIsoDateFields(isoDate) {
  return formatIsoYearMonthFields(isoDate) + "-" + padNumber2(isoDate.day);
}
function formatIsoYearMonthFields(isoDate) {
  const { year } = isoDate;
  return (year < 0 || year > 9999 ? getSignStr(year) + padNumber(6, Math.abs(year)) : padNumber(4, year)) + "-" + padNumber2(isoDate.month);
}
function formatIsoMonthDayFields(isoDate) {
  return padNumber2(isoDate.month) + "-" + padNumber2(isoDate.day);
}
function formatTimeFields(timeFields, subsecDigits) {
  const parts = [padNumber2(timeFields.hour), padNumber2(timeFields.minute)];
  return -1 !== subsecDigits && parts.push(padNumber2(timeFields.second) + ((millisecond, microsecond, nanosecond, subsecDigits2) => formatSubsecNano(millisecond * nanoInMilli2 + microsecond * nanoInMicro2 + nanosecond, subsecDigits2))(timeFields.millisecond, timeFields.microsecond, timeFields.nanosecond, subsecDigits)), parts.join(":");
}
function formatOffsetNano(offsetNano, offsetDisplay = 0) {
  if (1 === offsetDisplay) {
    return "";
  }
  const [hour, nanoRemainder0] = divModFloor(Math.abs(offsetNano), nanoInHour2);
  const [minute, nanoRemainder1] = divModFloor(nanoRemainder0, nanoInMinute2);
  const [second, nanoRemainder2] = divModFloor(nanoRemainder1, nanoInSec2);
  return getSignStr(offsetNano) + padNumber2(hour) + ":" + padNumber2(minute) + (second || nanoRemainder2 ? ":" + padNumber2(second) + formatSubsecNano(nanoRemainder2) : "");
}
function formatTimeZone(timeZoneId, timeZoneDisplay) {
  return 1 !== timeZoneDisplay ? "[" + (2 === timeZoneDisplay ? "!" : "") + timeZoneId + "]" : "";
}
function formatCalendar(calendar, calendarDisplay) {
  return calendarDisplay > 1 || 0 === calendarDisplay && calendar !== isoCalendarImpl ? formatCalendarId(getCalendarSlotId(calendar), 2 === calendarDisplay) : "";
}
function formatCalendarId(calendarId, isCritical) {
  return "[" + (isCritical ? "!" : "") + "u-ca=" + calendarId + "]";
}
var trailingZerosRE = /0+$/;
function formatSubsecNano(totalNano, subsecDigits) {
  let s = padNumber(9, totalNano);
  return s = void 0 === subsecDigits ? s.replace(trailingZerosRE, "") : s.slice(0, subsecDigits), s ? "." + s : "";
}
function getSignStr(num) {
  return num < 0 ? "-" : "+";
}
var icuRegExp = /^(AC|AE|AG|AR|AS|BE|BS|CA|CN|CS|CT|EA|EC|IE|IS|JS|MI|NE|NS|PL|PN|PR|PS|SS|VS)T$/;
var badCharactersRegExp = /[^\w\/:+-]+/;
function refineTimeZoneId(rawId) {
  return resolveTimeZoneId(requireString(rawId));
}
function resolveTimeZoneId(rawId) {
  return resolveTimeZoneRecord(rawId).id;
}
var resolveTimeZoneRecord = /* @__PURE__ */ memoize((rawId) => {
  const upperRawId = rawId.toUpperCase();
  const offsetRecord = ((upperRawId2) => {
    const offsetNano = parseOffsetNanoMaybe(upperRawId2, 1);
    if (void 0 !== offsetNano) {
      return {
        id: formatOffsetNano(offsetNano),
        Z: offsetNano,
        m: offsetNano
      };
    }
  })(upperRawId);
  if (offsetRecord) {
    return {
      kind: "fixed",
      ...offsetRecord
    };
  }
  const normId = "UTC" === upperRawId ? "UTC" : ((rawId2) => (badCharactersRegExp.test(rawId2) && throwRangeError(invalidTimeZone(rawId2)), icuRegExp.test(rawId2) && throwRangeError("Forbidden ICU TimeZone"), rawId2.toLowerCase().split("/").map((part, partI) => (part.length <= 3 || /\d/.test(part)) && !/etc|yap/.test(part) ? part.toUpperCase() : part.replace(/baja|dumont|[a-z]+/g, (a, i) => a.length <= 2 && !partI || "in" === a || "chat" === a ? a.toUpperCase() : a.length > 2 || !i ? capitalize(a).replace(/island|noronha|murdo|rivadavia|urville/, capitalize) : a)).join("/")))(rawId);
  return queryNamedTimeZoneRecord(normId);
});
var queryNamedTimeZoneRecord = /* @__PURE__ */ memoize((normId) => {
  if ("UTC" === normId) {
    return {
      kind: "utc",
      id: normId,
      m: normId
    };
  }
  const format = (upperNormId = normId.toUpperCase(), new RawDateTimeFormat("en-u-hc-h23", {
    calendar: "iso8601",
    timeZone: upperNormId,
    era: "short",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric"
  }));
  var upperNormId;
  return {
    kind: "named",
    id: normId,
    format,
    m: format.resolvedOptions().timeZone
  };
});
function queryTimeZone(rawTimeZoneId) {
  const record = resolveTimeZoneRecord(rawTimeZoneId);
  return queryTimeZoneRecord(record.id, record);
}
var queryTimeZoneRecord = /* @__PURE__ */ memoize((normTimeZoneId, record) => "named" === record.kind ? new IntlTimeZone(normTimeZoneId, record.m, record.format) : new FixedTimeZone(normTimeZoneId, record.m, "fixed" === record.kind ? record.Z : 0));
var FixedTimeZone = class {
  constructor(id, compareKey, offsetNano) {
    this.id = id, this.m = compareKey, this.Z = offsetNano;
  }
  B() {
    return this.Z;
  }
  O(isoDateTime) {
    return [isoDateTimeAndOffsetToEpochNano(isoDateTime, this.Z)];
  }
  C() {
  }
};
var IntlTimeZone = class {
  constructor(id, compareKey, format) {
    this.id = id, this.m = compareKey, this.me = ((computeOffsetSec, periodDays) => {
      const getSample = memoize(computeOffsetSec);
      const getSplit = memoize(createSplitTuple);
      const periodSec = 86400 * periodDays;
      function getOffsetSec(epochSec) {
        const [startEpochSec, endEpochSec] = computePeriod(epochSec, periodSec);
        const clampedStartEpochSec = clampIntlSampleEpochSec(startEpochSec);
        const clampedEndEpochSec = clampIntlSampleEpochSec(endEpochSec);
        const startOffsetSec = getSample(clampedStartEpochSec);
        const endOffsetSec = getSample(clampedEndEpochSec);
        return startOffsetSec === endOffsetSec ? startOffsetSec : pinch(getSplit(clampedStartEpochSec, clampedEndEpochSec), startOffsetSec, endOffsetSec, epochSec);
      }
      function searchTransition(searchEpochSec, direction, searchLimit, epochSec = searchEpochSec) {
        let [startEpochSec, endEpochSec] = computePeriod(searchEpochSec, periodSec);
        const inc = periodSec * direction;
        const inBounds = () => direction < 0 ? endEpochSec > searchLimit : startEpochSec < searchLimit;
        for (; inBounds(); ) {
          const clampedStartEpochSec = clampIntlSampleEpochSec(startEpochSec);
          const clampedEndEpochSec = clampIntlSampleEpochSec(endEpochSec);
          const startOffsetSec = getSample(clampedStartEpochSec);
          const endOffsetSec = getSample(clampedEndEpochSec);
          if (startOffsetSec !== endOffsetSec) {
            const split = getSplit(clampedStartEpochSec, clampedEndEpochSec);
            pinch(split, startOffsetSec, endOffsetSec);
            const transitionEpochSec = split[0];
            if ((compareNumbers(transitionEpochSec, epochSec) || 1) === direction) {
              return transitionEpochSec;
            }
          }
          startEpochSec += inc, endEpochSec += inc;
        }
      }
      function pinch(split, startOffsetSec, endOffsetSec, forEpochSec) {
        let offsetSec;
        let splitDurSec;
        for (; (void 0 === forEpochSec || void 0 === (offsetSec = forEpochSec < split[0] ? startOffsetSec : forEpochSec >= split[1] ? endOffsetSec : void 0)) && (splitDurSec = split[1] - split[0]); ) {
          const middleEpochSec = split[0] + Math.floor(splitDurSec / 2);
          computeOffsetSec(middleEpochSec) === endOffsetSec ? split[1] = middleEpochSec : split[0] = middleEpochSec + 1;
        }
        return offsetSec;
      }
      return {
        Ae(zonedEpochSec) {
          const wideOffsetSec0 = getOffsetSec(zonedEpochSec - 86400);
          const wideOffsetSec1 = getOffsetSec(zonedEpochSec + 86400);
          const wideUtcEpochSec0 = zonedEpochSec - wideOffsetSec0;
          const wideUtcEpochSec1 = zonedEpochSec - wideOffsetSec1;
          if (wideOffsetSec0 === wideOffsetSec1) {
            return [wideUtcEpochSec0];
          }
          const narrowOffsetSec0 = getOffsetSec(wideUtcEpochSec0);
          return narrowOffsetSec0 === getOffsetSec(wideUtcEpochSec1) ? [zonedEpochSec - narrowOffsetSec0] : wideOffsetSec0 > wideOffsetSec1 ? [wideUtcEpochSec0, wideUtcEpochSec1] : [];
        },
        ze: getOffsetSec,
        C(epochSec, direction) {
          if (!(direction > 0 && epochSec >= 864e10)) {
            if (direction < 0) {
              if (epochSec <= minPossibleTransitionSec) {
                return;
              }
              return epochSec > 4e9 ? searchTransition(epochSec, -1, epochSec - 94867200) ?? searchTransition(4e9, -1, minPossibleTransitionSec) : searchTransition(epochSec, -1, minPossibleTransitionSec);
            }
            return searchTransition(Math.max(epochSec, minPossibleTransitionSec) - 1, 1, Math.max(epochSec, Math.floor(Date.now() / 1e3)) + 94867200, epochSec);
          }
        }
      };
    })(/* @__PURE__ */ ((format2) => (epochSec) => {
      const intlParts = formatEpochMilliToPartsRecord(format2, 1e3 * epochSec);
      return 86400 * isoPartsToEpochDays(((intlParts2) => {
        const relatedYear = intlParts2.relatedYear;
        if (void 0 !== relatedYear) {
          return parseInt(relatedYear);
        }
        const year = parseInt(intlParts2.year);
        return void 0 !== intlParts2.era && "bce" === normalizeEraName(intlParts2.era) ? 1 - year : year;
      })(intlParts), parseInt(intlParts.month), parseInt(intlParts.day)) + 3600 * parseInt(intlParts.hour) + 60 * parseInt(intlParts.minute) + parseInt(intlParts.second) - epochSec;
    })(format), ((timeZoneId) => {
      const timeZoneName = timeZoneId.split("/").pop();
      return timeZonePeriodDaysByName[timeZoneName] || 19;
    })(id));
  }
  B(epochNano) {
    return this.me.ze(((epochNano2) => epochNanoToSecMod(epochNano2)[0])(epochNano)) * nanoInSec2;
  }
  O(isoDateTime) {
    const zonedEpochSec = 86400 * isoDateToEpochDays(isoDateTime) + timeFieldsToSec(isoDateTime);
    const subsecNano = timeFieldsToSubsecNano(isoDateTime);
    return this.me.Ae(zonedEpochSec).map((epochSec) => checkEpochNanoInBounds(BigInt(epochSec) * bigNanoInSec + BigInt(subsecNano)));
  }
  C(epochNano, direction) {
    const [epochSec, subsecNano] = epochNanoToSecMod(epochNano);
    const resEpochSec = this.me.C(epochSec + (direction > 0 || subsecNano ? 1 : 0), direction);
    if (void 0 !== resEpochSec) {
      return BigInt(resEpochSec) * bigNanoInSec;
    }
  }
};
function createSplitTuple(startEpochSec, endEpochSec) {
  return [startEpochSec, endEpochSec];
}
function computePeriod(epochSec, periodSec) {
  const startEpochSec = Math.floor(epochSec / periodSec) * periodSec;
  return [startEpochSec, startEpochSec + periodSec];
}
function clampIntlSampleEpochSec(epochSec) {
  return constrainToRange2(epochSec, -1e10, 864e10);
}
function refineMaybeZonedDateTimeObjectLike(refineTimeZoneString, calendar, bag) {
  const fields = readAndRefineBagFields(bag, getCalendarFieldNames(calendar, dateTimeAndZoneFieldNamesAlpha, dateTimeAndZoneFieldNamesWithEraAlpha), zonedDateTimeFieldRefiners, [], 0);
  const isZoned = void 0 !== fields.timeZone;
  const [year, monthCodeParts] = refineCalendarDateFields(fields, calendar);
  const isoDate = createDateFromRefinedFields(fields, calendar, year, monthCodeParts, 0);
  if (isZoned) {
    const timeFields = resolveTimeFields(fields);
    const timeZone = queryTimeZone(refineTimeZoneString(fields.timeZone));
    return {
      epochNanoseconds: getMatchingInstantFor(timeZone, combineDateAndTime(isoDate, timeFields), fields.offset),
      timeZone,
      calendar
    };
  }
  return isoDate;
}
function refineZonedDateTimeObjectLike(refineTimeZoneString, calendar, bag, options) {
  const fields = readAndRefineBagFields(bag, getCalendarFieldNames(calendar, dateTimeAndZoneFieldNamesAlpha, dateTimeAndZoneFieldNamesWithEraAlpha), zonedDateTimeFieldRefiners, timeZoneFieldNames, 0);
  const timeZoneId = refineTimeZoneString(fields.timeZone);
  const [year, monthCodeParts] = refineCalendarDateFields(fields, calendar);
  const [overflow, offsetDisambig, epochDisambig] = refineZonedFieldOptions(options);
  const isoDate = createDateFromRefinedFields(fields, calendar, year, monthCodeParts, overflow);
  const timeFields = resolveTimeFields(fields, overflow);
  const timeZone = queryTimeZone(timeZoneId);
  return createZonedEpochNanoSlots(getMatchingInstantFor(timeZone, combineDateAndTime(isoDate, timeFields), fields.offset, offsetDisambig, epochDisambig), timeZone, calendar);
}
function refinePlainDateTimeObjectLike(calendar, bag, options) {
  const fields = readAndRefineBagFields(bag, getCalendarFieldNames(calendar, dateTimeFieldNamesAlpha, dateTimeFieldNamesWithEraAlpha), dateTimeFieldRefiners, [], 0);
  const [year, monthCodeParts] = refineCalendarDateFields(fields, calendar);
  const overflow = refineOverflowOptions(options);
  return createDateTimeFromRefinedFields(createDateFromRefinedFields(fields, calendar, year, monthCodeParts, overflow), resolveTimeFields(fields, overflow), calendar);
}
function refinePlainDateObjectLike(calendar, bag, options, requireFields = []) {
  const fields = readAndRefineBagFields(bag, getCalendarFieldNames(calendar, dateFieldNamesAlpha, dateFieldNamesWithEraAlpha), dateFieldRefiners, requireFields);
  const [year, monthCodeParts] = refineCalendarDateFields(fields, calendar);
  return createDateFromRefinedFields(fields, calendar, year, monthCodeParts, refineOverflowOptions(options));
}
function refinePlainYearMonthObjectLike(calendar, bag, options, requireFields) {
  const fields = readAndRefineBagFields(bag, getCalendarFieldNames(calendar, yearMonthFieldNamesAlpha, yearMonthFieldNamesWithEraAlpha), dateFieldRefiners, requireFields);
  const [year, monthCodeParts] = refineCalendarDateFields(fields, calendar, 1);
  return createYearMonthFromRefinedFields(fields, calendar, year, monthCodeParts, refineOverflowOptions(options));
}
function refinePlainMonthDayObjectLike(calendar, calendarAbsent, bag, options) {
  const fields = readAndRefineBagFields(bag, getCalendarFieldNames(calendar, dateFieldNamesAlpha, dateFieldNamesWithEraAlpha), dateFieldRefiners, dayFieldNamesAsc, 0);
  calendarAbsent && void 0 !== fields.month && void 0 === fields.monthCode && void 0 === fields.year && (fields.year = 1972);
  const [year, monthCodeParts] = refineMonthDayFields(fields, calendar);
  return createMonthDayFromRefinedFields(fields, calendar, year, monthCodeParts, refineOverflowOptions(options));
}
function refinePlainTimeObjectLike(bag, options) {
  return resolveTimeFields(readAndRefineBagFields(bag, timeFieldNamesAlpha, timeFieldRefiners, [], 1), refineOverflowOptions(options));
}
function refineDurationObjectLike(bag) {
  const durationFields = readAndRefineBagFields(bag, durationFieldNamesAlpha, durationFieldRefiners);
  return createDurationSlots(validateDurationFields({
    ...durationFieldDefaults,
    ...durationFields
  }));
}
function throwFailedParse(s) {
  throwRangeError(failedParse(s));
}
function parseInstant(s) {
  const organized = parseDateTimeLike(s = requireString(toPrimitiveWithStringHint(s)));
  let offsetNano;
  return organized || throwFailedParse(s), organized.I ? offsetNano = 0 : organized.offset ? offsetNano = parseOffsetNano(organized.offset) : throwFailedParse(s), createEpochNanoSlots(isoDateTimeAndOffsetToEpochNano(organized, offsetNano));
}
function parseRelativeToSlots(s, resolveCalendar) {
  const organized = parseDateTimeLike(requireString(s));
  return organized && organized.timeZoneId ? finalizeZonedDateTime(organized, resolveCalendar, void 0) : finalizeDate(parsePlainDateLike(s), resolveCalendar);
}
function parseZonedDateTime(s, resolveCalendar, options) {
  const organized = parseDateTimeLike(requireString(s));
  return organized && organized.timeZoneId || throwFailedParse(s), finalizeZonedDateTime(organized, resolveCalendar, options);
}
function parsePlainDateTime(s, resolveCalendar) {
  const organized = parsePlainDateLike(s);
  return checkIsoDateTimeInBounds(organized), {
    ...combineDateAndTime(organized, organized),
    calendar: resolveCalendar(organized.calendarId)
  };
}
function parsePlainDate(s, resolveCalendar) {
  return finalizeDate(parsePlainDateLike(s), resolveCalendar);
}
function parsePlainYearMonth(s, resolveCalendar) {
  const organized = parseYearMonthOnly(requireString(s)) || parsePlainDateLike(s);
  const calendar = resolveCalendar(organized.calendarId);
  return createDateSlots(checkIsoYearMonthInBounds(moveToStartOfMonth(calendar, checkIsoYearMonthInBounds(organized))), calendar);
}
function parsePlainMonthDay(s, resolveCalendar) {
  const organized = parseMonthDayOnly(requireString(s)) || parsePlainDateLike(s);
  if ("iso8601" === organized.calendarId) {
    return createDateSlots({
      ...organized,
      year: 1972
    }, resolveCalendar("iso8601"));
  }
  const { calendar } = finalizeDate(organized, resolveCalendar);
  const { year: origYear, month: origMonth, day } = computeCalendarDateFields(calendar, organized);
  const [monthCodeNumber, isLeapMonth] = computeCalendarMonthCodeParts(calendar, origYear, origMonth);
  const yearMonthFields = calendar ? calendar.u(monthCodeNumber, isLeapMonth, day) : computeIsoYearMonthFieldsForMonthDay(monthCodeNumber, isLeapMonth);
  return yearMonthFields || throwRangeError("Cannot guess year"), createDateSlots(checkIsoDateInBounds(computeCalendarIsoFieldsFromParts(calendar, yearMonthFields.year, yearMonthFields.month, day)), calendar);
}
function parsePlainTime(s) {
  const organized = parseDateTimeLike(s = requireString(s)) || parseTimeOnly(s);
  return (!organized || !organized.qe || organized.I || parseYearMonthOnly(s) || parseMonthDayOnly(s)) && throwFailedParse(s), createTimeSlots(organized);
}
function parseDuration(s) {
  const parts = durationRegExp.exec(requireString(s));
  parts && !invalidDurationRegExp.test(s) || throwFailedParse(s);
  const fraction = nanoToGivenFields(3600 * parseSubsecNano(parts[7] || "") + 60 * parseSubsecNano(parts[9] || "") + parseSubsecNano(parts[11] || ""), 4, durationFieldNamesAsc);
  const durationFields = {
    ...fraction,
    years: parseInt0(parts[2]),
    months: parseInt0(parts[3]),
    weeks: parseInt0(parts[4]),
    days: parseInt0(parts[5]),
    hours: parseInt0(parts[6]),
    minutes: parseInt0(parts[8]) + fraction.minutes,
    seconds: parseInt0(parts[10]) + fraction.seconds
  };
  return createDurationSlots(validateDurationFields("-" === parts[1] ? negateDurationFields(durationFields) : durationFields));
}
function parseCalendarId(s) {
  const organized = parseDateTimeLike(s) || parseYearMonthOnly(s) || parseMonthDayOnly(s) || parseTimeOnly(s);
  return organized ? organized.calendarId : s;
}
function parseTimeZoneId(s) {
  const parsed = parseDateTimeLike(s);
  return parsed && (parsed.timeZoneId || parsed.I && "UTC" || parsed.offset) || s;
}
function parsePlainDateLike(s) {
  const organized = parseDateTimeLike(requireString(s));
  return organized && !organized.I || throwFailedParse(s), organized;
}
function finalizeZonedDateTime(organized, resolveCalendar, options) {
  const timeZone = queryTimeZone(resolveTimeZoneId(organized.timeZoneId));
  let epochNano;
  if (organized.qe) {
    const offsetNano = organized.offset ? parseOffsetNano(organized.offset) : void 0;
    const [, offsetDisambig, epochDisambig] = refineZonedFieldOptions(options);
    epochNano = getMatchingInstantFor(timeZone, organized, offsetNano, offsetDisambig, epochDisambig, !(timeZone.Z || void 0 === organized.offset || (offset = organized.offset, offset.length > 6)), organized.I);
  } else {
    refineZonedFieldOptions(options), epochNano = getStartOfDayInstantFor(timeZone, organized);
  }
  var offset;
  return checkEpochNanoInBounds(epochNano), createZonedEpochNanoSlots(epochNano, timeZone, resolveCalendar(organized.calendarId));
}
function finalizeDate(organized, resolveCalendar) {
  return createDateSlots(checkIsoDateInBounds(organized), resolveCalendar(organized.calendarId));
}
function timeRegExpStr(separatorIndex, leapSecondStr = "") {
  return `([01]\\d|2[0-3])(?:(:?)([0-5]\\d)(?:\\${separatorIndex}([0-5]\\d${leapSecondStr})(?:[.,](\\d{1,9}))?)?)?`;
}
var dateTimeRegExpStr = "((?!-0{6})[+-]\\d{6}|\\d{4})(-?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?:[Tt ]" + timeRegExpStr(6, "|60") + "(?:([Zz])|(([+-])" + timeRegExpStr(14) + "))?)?";
var yearMonthRegExp = /* @__PURE__ */ createRegExp("((?!-0{6})[+-]\\d{6}|\\d{4})-?(0[1-9]|1[0-2])(?:\\[!?([+-](?:[01]\\d|2[0-3])(?::?[0-5]\\d)?|[a-zA-Z._][\\w.+-]*(?:/[a-zA-Z._][\\w.+-]*)*)\\])?((?:\\[!?[a-z_][a-z\\d_-]*=[a-zA-Z\\d]+(?:-[a-zA-Z\\d]+)*\\])*)");
var monthDayRegExp = /* @__PURE__ */ createRegExp("(?:--)?(0[1-9]|1[0-2])-?(0[1-9]|[12]\\d|3[01])(?:\\[!?([+-](?:[01]\\d|2[0-3])(?::?[0-5]\\d)?|[a-zA-Z._][\\w.+-]*(?:/[a-zA-Z._][\\w.+-]*)*)\\])?((?:\\[!?[a-z_][a-z\\d_-]*=[a-zA-Z\\d]+(?:-[a-zA-Z\\d]+)*\\])*)");
var dateTimeRegExp = /* @__PURE__ */ createRegExp(dateTimeRegExpStr + "(?:\\[!?([+-](?:[01]\\d|2[0-3])(?::?[0-5]\\d)?|[a-zA-Z._][\\w.+-]*(?:/[a-zA-Z._][\\w.+-]*)*)\\])?((?:\\[!?[a-z_][a-z\\d_-]*=[a-zA-Z\\d]+(?:-[a-zA-Z\\d]+)*\\])*)");
var annotationRegExp = /\[(!?)([^=]+)=([^\]]+)/g;
var durationRegExp = /^([+-])?P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(?:T(?:(\d+)(?:[.,](\d{1,9}))?H)?(?:(\d+)(?:[.,](\d{1,9}))?M)?(?:(\d+)(?:[.,](\d{1,9}))?S)?)?$/i;
var invalidDurationRegExp = /[PT]$|[.,]\d+[HMS]./i;
function parseDateTimeLike(s) {
  const parts = dateTimeRegExp.exec(s);
  if (!parts) {
    return;
  }
  const organized = ((parts2) => ({
    year: parseInt(parts2[1]),
    month: parseInt(parts2[3]),
    day: parseInt(parts2[4]),
    ...nanoToTimeAndDay(parseSubsecNano(parts2[9] || ""))[0],
    hour: parseInt0(parts2[5]),
    minute: parseInt0(parts2[7]),
    second: Math.min(parseInt0(parts2[8]), 59),
    ...organizeAnnotationParts(parts2[18], parts2[19]),
    qe: !!parts2[5],
    I: !!parts2[10],
    offset: parts2[11]
  }))(parts);
  return validateIsoDateFields(organized);
}
function parseYearMonthOnly(s) {
  const parts = yearMonthRegExp.exec(s);
  return parts ? requireIsoCalendar(((parts2) => ({
    year: parseInt(parts2[1]),
    month: parseInt(parts2[2]),
    day: 1,
    ...organizeAnnotationParts(parts2[3], parts2[4])
  }))(parts)) : void 0;
}
function parseMonthDayOnly(s) {
  const parts = monthDayRegExp.exec(s);
  if (parts) {
    const organized = ((parts2) => ({
      year: 1972,
      month: parseInt(parts2[1]),
      day: parseInt(parts2[2]),
      ...organizeAnnotationParts(parts2[3], parts2[4])
    }))(parts);
    if (allPropsEqual(calendarDateFieldNamesAsc, isoDate = organized, constrainIsoDateFields(isoDate))) {
      return requireIsoCalendar(organized);
    }
  }
  var isoDate;
}
function requireIsoCalendar(organized) {
  return "iso8601" !== organized.calendarId && throwFailedParse(organized.calendarId), organized;
}
function parseTimeOnly(s) {
  const organized = parseDateTimeLike(s.replace(/^t?/i, "0000-01-01T"));
  return organized && !organized.I ? organized : void 0;
}
function organizeAnnotationParts(timeZoneId, s) {
  let calendarIsCritical;
  const calendarIds = [];
  return s.replace(annotationRegExp, (whole, criticalStr, key, value) => ("u-ca" === key ? (calendarIds.push(value.toLowerCase()), calendarIsCritical || (calendarIsCritical = criticalStr)) : criticalStr && throwFailedParse(whole), "")), calendarIds.length > 1 && calendarIsCritical && throwFailedParse(s), {
    timeZoneId,
    calendarId: calendarIds[0] || "iso8601"
  };
}
function mergeCalendarFields(calendar, baseFields, additionalFields) {
  const merged = Object.assign(/* @__PURE__ */ Object.create(null), baseFields);
  return spliceFields(merged, additionalFields, monthFieldNames), getCalendarEraOrigins(calendar) && (spliceFields(merged, additionalFields, allYearFieldNames), calendar && calendar.je && spliceFields(merged, additionalFields, monthDayFieldNames, eraYearFieldNames)), merged;
}
function spliceFields(dest, additional, allPropNames, deletablePropNames) {
  let anyMatching = 0;
  const nonMatchingPropNames = [];
  for (const propName of allPropNames) {
    void 0 !== additional[propName] ? anyMatching = 1 : nonMatchingPropNames.push(propName);
  }
  if (Object.assign(dest, additional), anyMatching) {
    for (const deletablePropName of deletablePropNames || nonMatchingPropNames) {
      delete dest[deletablePropName];
    }
  }
}
function mergeZonedDateTimeFields(calendar, zonedDateTimeSlots, modFields) {
  const validFieldNames = getCalendarFieldNames(calendar, dateTimeAndOffsetFieldNamesAlpha, dateTimeAndOffsetFieldNamesWithEraAlpha);
  const zonedSlots = zonedEpochSlotsToIso(zonedDateTimeSlots);
  const { year, month, day } = computeCalendarDateFields(calendar, zonedSlots);
  const origFields = {
    year,
    monthCode: computeMonthCode(calendar, year, month),
    day,
    hour: zonedSlots.hour,
    minute: zonedSlots.minute,
    second: zonedSlots.second,
    millisecond: zonedSlots.millisecond,
    microsecond: zonedSlots.microsecond,
    nanosecond: zonedSlots.nanosecond,
    offset: zonedSlots.offsetNanoseconds
  };
  const partialFields = readAndRefineBagFields(modFields, validFieldNames, zonedDateTimeFieldRefiners);
  const mergedCalendarFields = mergeCalendarFields(calendar, origFields, partialFields);
  return [{
    ...origFields,
    ...partialFields
  }, mergedCalendarFields];
}
function mergeDateTimeFields(calendar, plainDateTimeSlots, modFields) {
  const validFieldNames = getCalendarFieldNames(calendar, dateTimeFieldNamesAlpha, dateTimeFieldNamesWithEraAlpha);
  const { year, month, day } = computeCalendarDateFields(calendar, plainDateTimeSlots);
  const origFields = {
    year,
    monthCode: computeMonthCode(calendar, year, month),
    day,
    hour: plainDateTimeSlots.hour,
    minute: plainDateTimeSlots.minute,
    second: plainDateTimeSlots.second,
    millisecond: plainDateTimeSlots.millisecond,
    microsecond: plainDateTimeSlots.microsecond,
    nanosecond: plainDateTimeSlots.nanosecond
  };
  const partialFields = readAndRefineBagFields(modFields, validFieldNames, dateTimeFieldRefiners);
  const mergedCalendarFields = mergeCalendarFields(calendar, origFields, partialFields);
  return [{
    ...origFields,
    ...partialFields
  }, mergedCalendarFields];
}
function mergeDateFields(calendar, plainDateSlots, modFields) {
  const validFieldNames = getCalendarFieldNames(calendar, dateFieldNamesAlpha, dateFieldNamesWithEraAlpha);
  const { year, month, day } = computeCalendarDateFields(calendar, plainDateSlots);
  return mergeCalendarFields(calendar, {
    year,
    monthCode: computeMonthCode(calendar, year, month),
    day
  }, readAndRefineBagFields(modFields, validFieldNames, dateFieldRefiners));
}
function mergeYearMonthFields(calendar, plainYearMonthSlots, modFields) {
  const validFieldNames = getCalendarFieldNames(calendar, yearMonthFieldNamesAlpha, yearMonthFieldNamesWithEraAlpha);
  const { year, month } = computeCalendarDateFields(calendar, plainYearMonthSlots);
  return mergeCalendarFields(calendar, {
    year,
    monthCode: computeMonthCode(calendar, year, month)
  }, readAndRefineBagFields(modFields, validFieldNames, dateFieldRefiners));
}
function mergeMonthDayFields(calendar, plainMonthDaySlots, modFields) {
  const validFieldNames = getCalendarFieldNames(calendar, dateFieldNamesAlpha, dateFieldNamesWithEraAlpha);
  const { year, month, day } = computeCalendarDateFields(calendar, plainMonthDaySlots);
  return mergeCalendarFields(calendar, {
    monthCode: computeMonthCode(calendar, year, month),
    day
  }, readAndRefineBagFields(modFields, validFieldNames, dateFieldRefiners));
}
function createZonedDateTimeFromMergedFields(zonedDateTimeSlots, mergedAllFields, calendarFields, year, monthCodeParts, overflow, offsetDisambig, epochDisambig) {
  const { calendar, timeZone } = zonedDateTimeSlots;
  return createZonedEpochNanoSlots(getMatchingInstantFor(timeZone, combineDateAndTime(createDateFromRefinedFields(calendarFields, calendar, year, monthCodeParts, overflow), constrainTimeFields(mergedAllFields, overflow)), mergedAllFields.offset, offsetDisambig, epochDisambig), timeZone, calendar);
}
function createDateTimeFromMergedFields(mergedAllFields, calendarFields, calendar, year, monthCodeParts, overflow) {
  return createDateTimeFromRefinedFields(createDateFromRefinedFields(calendarFields, calendar, year, monthCodeParts, overflow), constrainTimeFields(mergedAllFields, overflow), calendar);
}
function mergeTimeFields(initialFields, modFields) {
  return {
    ...pluckProps(timeFieldNamesAlpha, initialFields),
    ...readAndRefineBagFields(modFields, timeFieldNamesAlpha, timeFieldRefiners)
  };
}
function mergeDurationFields(slots, fields) {
  return createDurationSlots((initialFields = slots, modFields = fields, validateDurationFields({
    ...initialFields,
    ...readAndRefineBagFields(modFields, durationFieldNamesAlpha, durationFieldRefiners)
  })));
  var initialFields, modFields;
}
function computeMonthCode(calendar, year, month) {
  const [monthCodeNumber, isLeapMonth] = computeCalendarMonthCodeParts(calendar, year, month);
  return formatMonthCode(monthCodeNumber, isLeapMonth);
}
function totalDuration(refineRelativeTo, slots, options) {
  const [totalUnit, relativeToSlots] = ((options2, refineRelativeTo2) => {
    const relativeToInternals = refineRelativeTo2((options2 = normalizeOptionsOrString(options2, "unit")).relativeTo);
    let totalUnit2 = coerceTotalUnit(options2);
    return totalUnit2 = requirePropDefined("unit", totalUnit2), [totalUnit2, relativeToInternals];
  })(options, refineRelativeTo);
  const maxDurationUnit = getMaxDurationUnit(slots);
  const maxUnit = Math.max(totalUnit, maxDurationUnit);
  const isZoned = relativeToSlots && isZonedEpochSlots(relativeToSlots);
  if (!relativeToSlots && isUniformUnit(maxUnit, isZoned)) {
    return totalDayTimeDuration(slots, totalUnit);
  }
  if (relativeToSlots || throwRangeError("Missing relativeTo"), !slots.sign && (!isZoned || totalUnit < 6)) {
    return 0;
  }
  const [balancedDuration, endEpochNano, relativeOps] = spanRelativeDuration(relativeToSlots, slots, totalUnit);
  return isUniformUnit(totalUnit, isZoned) ? totalDayTimeDuration(balancedDuration, totalUnit) : ((durationFields, endEpochNano2, totalUnit2, relativeOps2) => {
    const fieldName = durationFieldNamesAsc[totalUnit2];
    const baseDurationFields = clearDurationFields(totalUnit2, durationFields);
    return totalRelativeUnit(durationFields[fieldName], computeDurationSign(durationFields) || 1, endEpochNano2, (value) => (baseDurationFields[fieldName] = value, moveRelativeMarkerToEpochNano(relativeOps2, baseDurationFields)));
  })(balancedDuration, endEpochNano, totalUnit, relativeOps);
}
function totalDayTimeDuration(durationFields, totalUnit) {
  return divideBigNanoToExactNumber(durationDayTimeToBigNano(durationFields), unitNanoMap[totalUnit]);
}
function instantToZonedDateTime(instantSlots, timeZone, calendar) {
  return createZonedEpochNanoSlots(instantSlots.epochNanoseconds, timeZone, calendar);
}
function zonedDateTimeToInstant(zonedDateTimeSlots0) {
  return createEpochNanoSlots(zonedDateTimeSlots0.epochNanoseconds);
}
function zonedDateTimeToDateTime(zonedDateTimeSlots0) {
  return createDateTimeSlots(zonedEpochSlotsToIso(zonedDateTimeSlots0), zonedDateTimeSlots0.calendar);
}
function zonedDateTimeToDate(zonedDateTimeSlots0) {
  return createDateSlots(zonedEpochSlotsToIso(zonedDateTimeSlots0), zonedDateTimeSlots0.calendar);
}
function zonedDateTimeToTime(zonedDateTimeSlots0) {
  return createTimeSlots(zonedEpochSlotsToIso(zonedDateTimeSlots0));
}
function dateTimeToZonedDateTime(plainDateTimeSlots, timeZone, epochDisambig) {
  return createZonedEpochNanoSlots(checkEpochNanoInBounds(getSingleInstantFor(timeZone, plainDateTimeSlots, epochDisambig)), timeZone, plainDateTimeSlots.calendar);
}
function dateToZonedDateTime(plainDateSlots, timeZone, timeFields) {
  let epochNano;
  return epochNano = timeFields ? getSingleInstantFor(timeZone, combineDateAndTime(plainDateSlots, timeFields)) : getStartOfDayInstantFor(timeZone, combineDateAndTime(plainDateSlots, timeFieldDefaults)), createZonedEpochNanoSlots(epochNano, timeZone, plainDateSlots.calendar);
}
function yearMonthToDate(calendar, input, bag) {
  return mergeFieldsIntoDate(calendar, pluckProps(getCalendarFieldNames(calendar, yearMonthCodeFieldNamesAlpha, yearMonthCodeFieldNamesWithEraAlpha), input), readAndRefineBagFields(requireObjectLike(bag), dayFieldNamesAsc, dateFieldRefiners, []));
}
function monthDayToDate(calendar, input, bag) {
  const extraFieldNames = getCalendarFieldNames(calendar, yearFieldNamesAsc, yearFieldNamesWithEraAlpha);
  return mergeFieldsIntoDate(calendar, pluckProps(monthCodeDayFieldNamesAlpha, input), readAndRefineBagFields(requireObjectLike(bag), extraFieldNames, dateFieldRefiners, []));
}
function fieldsToMonthDay(calendar, input) {
  const refinedFields = readAndRefineBagFields(input, monthCodeDayFieldNamesAlpha, dateFieldRefiners);
  const [year, monthCodeParts] = refineMonthDayFields(refinedFields, calendar);
  return createMonthDayFromRefinedFields(refinedFields, calendar, year, monthCodeParts, 0);
}
function fieldsToYearMonth(calendar, input) {
  const refinedFields = readAndRefineBagFields(input, getCalendarFieldNames(calendar, yearMonthCodeFieldNamesAlpha, yearMonthCodeFieldNamesWithEraAlpha), dateFieldRefiners);
  const [year, monthCodeParts] = refineCalendarDateFields(refinedFields, calendar, 1);
  return createYearMonthFromRefinedFields(refinedFields, calendar, year, monthCodeParts, 0);
}
function mergeFieldsIntoDate(calendar, inputFields, extraFields) {
  const mergedFieldNames = getCalendarFieldNames(calendar, yearMonthCodeDayFieldNamesAlpha, yearMonthCodeDayFieldNamesWithEraAlpha);
  let mergedFields = mergeCalendarFields(calendar, inputFields, extraFields);
  mergedFields = readAndRefineBagFields(mergedFields, mergedFieldNames, dateFieldRefiners, []);
  const [year, monthCodeParts] = refineCalendarDateFields(mergedFields, calendar);
  return createDateFromRefinedFields(mergedFields, calendar, year, monthCodeParts, 0);
}
function epochMilliToInstant(epochMilli) {
  return createEpochNanoSlots(checkEpochNanoInBounds(BigInt(toStrictInteger(epochMilli)) * bigNanoInMilli));
}
function epochNanoToInstant(epochNano) {
  return createEpochNanoSlots(checkEpochNanoInBounds(toBigInt(epochNano)));
}
function applyPlainFormatTimeZone(options) {
  return options.timeZone = "UTC", ["full", "long"].includes(options.timeStyle) && (options.timeStyle = "medium"), options;
}
function applyZonedFormatTimeZone(options, timeZoneId) {
  return void 0 !== options.timeZone && throwTypeError("Cannot specify TimeZone"), options.timeZone = timeZoneId, options;
}
function checkResolvedCalendarCompatible(format, slots, strictCalendarCheck) {
  const resolvedCalendarId = format.resolvedOptions().calendar;
  !strictCalendarCheck && slots.calendar === isoCalendarImpl || getCalendarSlotId(slots.calendar) === resolvedCalendarId || throwRangeError("Mismatching Calendars");
}
function createOptionsTransformer(shapeFieldNames, invalidShapeFieldNames, ignoredFieldNames, defaultShapeFields, dateStyleReplacementFields) {
  const shapeFieldNameSet = new Set(shapeFieldNames);
  const invalidShapeFieldNameSet = new Set(invalidShapeFieldNames);
  const ignoredFieldNameSet = new Set(ignoredFieldNames);
  return (options, allowPartialOverlap) => {
    let dateStyle;
    let timeStyle;
    const granularShapeFields = {};
    const modifierFields = {};
    const otherFields = {};
    let hasInvalidGranularShapeFields = 0;
    let hasInvalidStyleFields = 0;
    for (const name of Object.keys(options)) {
      const value = options[name];
      void 0 === value || ignoredFieldNameSet.has(name) || (shapeFieldNameSet.has(name) ? "dateStyle" === name ? dateStyle = value : "timeStyle" === name ? timeStyle = value : granularShapeFields[name] = value : "era" === name ? modifierFields[name] = value : invalidShapeFieldNameSet.has(name) ? "dateStyle" === name || "timeStyle" === name ? hasInvalidStyleFields = 1 : hasInvalidGranularShapeFields = 1 : otherFields[name] = value);
    }
    const hasDateStyle = void 0 !== dateStyle;
    const hasTimeStyle = void 0 !== timeStyle;
    const hasAnyStyle = hasDateStyle || hasTimeStyle;
    const hasGranularShapeFields = Object.keys(granularShapeFields).length > 0;
    const hasInvalids = hasInvalidGranularShapeFields || hasInvalidStyleFields;
    const hasShapeFields = hasGranularShapeFields || hasDateStyle || hasTimeStyle;
    const hasModifierFields = Object.keys(modifierFields).length > 0;
    (!allowPartialOverlap && hasInvalids || allowPartialOverlap && hasInvalids && !hasShapeFields || hasAnyStyle && (hasGranularShapeFields || hasModifierFields || hasInvalidGranularShapeFields)) && throwTypeError("Invalid formatting options");
    const transformedOptions = {};
    return hasAnyStyle || hasShapeFields || Object.assign(transformedOptions, defaultShapeFields), Object.assign(transformedOptions, granularShapeFields, modifierFields, otherFields), hasDateStyle && (dateStyleReplacementFields ? Object.assign(transformedOptions, dateStyleReplacementFields[dateStyle]) : transformedOptions.dateStyle = dateStyle), hasTimeStyle && (transformedOptions.timeStyle = timeStyle), transformedOptions;
  };
}
var dateDefaultShapeFields = {
  year: "numeric",
  month: "numeric",
  day: "numeric"
};
var timeDefaultShapeFields = {
  hour: "numeric",
  minute: "numeric",
  second: "numeric"
};
var dateTimeDefaultShapeFields = /* @__PURE__ */ Object.assign({}, dateDefaultShapeFields, timeDefaultShapeFields);
var dateShapeFieldNames = ["weekday", "year", "month", "day", "dateStyle"];
var timeShapeFieldNames = ["dayPeriod", "hour", "minute", "second", "fractionalSecondDigits", "timeStyle"];
var dateTimeShapeFieldNames = /* @__PURE__ */ dateShapeFieldNames.concat(timeShapeFieldNames);
var yearMonthIgnoredFieldNames = /* @__PURE__ */ ["weekday", "day"].concat(timeShapeFieldNames);
var monthDayIgnoredFieldNames = /* @__PURE__ */ ["weekday", "year"].concat(timeShapeFieldNames);
var transformInstantOptions = /* @__PURE__ */ createOptionsTransformer(dateTimeShapeFieldNames, [], [], dateTimeDefaultShapeFields);
var transformZonedOptions = /* @__PURE__ */ createOptionsTransformer(dateTimeShapeFieldNames, [], [], {
  ...dateTimeDefaultShapeFields,
  timeZoneName: "short"
});
var transformDateTimeOptions = /* @__PURE__ */ createOptionsTransformer(dateTimeShapeFieldNames, [], ["timeZoneName"], dateTimeDefaultShapeFields);
var transformDateOptions = /* @__PURE__ */ createOptionsTransformer(dateShapeFieldNames, timeShapeFieldNames, ["timeZoneName"], dateDefaultShapeFields);
var transformTimeOptions = /* @__PURE__ */ createOptionsTransformer(timeShapeFieldNames, dateShapeFieldNames, ["timeZoneName", "era"], timeDefaultShapeFields);
var transformYearMonthOptions = /* @__PURE__ */ createOptionsTransformer(["year", "month", "dateStyle"], yearMonthIgnoredFieldNames, ["timeZoneName"], {
  year: "numeric",
  month: "numeric"
}, {
  full: {
    year: "numeric",
    month: "long"
  },
  long: {
    year: "numeric",
    month: "long"
  },
  medium: {
    year: "numeric",
    month: "short"
  },
  short: {
    year: "2-digit",
    month: "numeric"
  }
});
var transformMonthDayOptions = /* @__PURE__ */ createOptionsTransformer(["month", "day", "dateStyle"], monthDayIgnoredFieldNames, ["timeZoneName", "era"], {
  month: "numeric",
  day: "numeric"
}, {
  full: {
    month: "long",
    day: "numeric"
  },
  long: {
    month: "long",
    day: "numeric"
  },
  medium: {
    month: "short",
    day: "numeric"
  },
  short: {
    month: "numeric",
    day: "numeric"
  }
});
function zonedDateTimeWithPlainTime(zonedDateTimeSlots, plainTimeFields) {
  const { timeZone } = zonedDateTimeSlots;
  const newIsoDateTime = combineDateAndTime(zonedEpochSlotsToIso(zonedDateTimeSlots), plainTimeFields || timeFieldDefaults);
  return createZonedEpochNanoSlots(plainTimeFields ? getSingleInstantFor(timeZone, newIsoDateTime) : getStartOfDayInstantFor(timeZone, newIsoDateTime), timeZone, zonedDateTimeSlots.calendar);
}
function refineDirectionOptions(options) {
  const normalizedOptions = normalizeOptionsOrString(options, "direction");
  const res = coerceDirection(normalizedOptions, 0);
  return res || throwRangeError(invalidEntity2("direction", res)), res;
}
function getCurrentIsoDateTime(timeZone) {
  const epochNano = getCurrentEpochNano();
  const offsetNano = timeZone.B(epochNano);
  return epochNanoToIsoDateTime(epochNano + BigInt(offsetNano));
}
function getCurrentEpochNano() {
  return BigInt(Date.now()) * bigNanoInMilli;
}
function getCurrentTimeZoneId() {
  return new RawDateTimeFormat().resolvedOptions().timeZone || "UTC";
}

// node_modules/temporal-polyfill/chunks/apiHelpers.js
var PlainYearMonthBranding = "PlainYearMonth";
var PlainMonthDayBranding = "PlainMonthDay";
var PlainDateBranding = "PlainDate";
var PlainDateTimeBranding = "PlainDateTime";
var PlainTimeBranding = "PlainTime";
var ZonedDateTimeBranding = "ZonedDateTime";
var InstantBranding = "Instant";
var DurationBranding = "Duration";
function defineTemporalClass(branding, cls, getSlots, ...getterMaps) {
  return Object.defineProperties(cls, createNameDescriptors(branding)), Object.defineProperties(cls.prototype, createStringTagDescriptors("Temporal." + branding)), Object.defineProperties(cls.prototype, mapProps((getter) => ({
    get() {
      return getter(getSlots(this));
    },
    configurable: 1
  }), Object.assign({}, ...getterMaps))), cls;
}
var attachDebugString = "noop" !== noop.name || globalThis.process ? noop : (instance) => {
  Object.defineProperty(instance, "_str_", {
    value: instance.toJSON()
  });
};
function invalidRecordType() {
  throwTypeError(invalidCallingContext);
}
function forbiddenValueOf2() {
  throwTypeError(forbiddenValueOf);
}
var yearMonthFieldGetters$1 = {
  era(slots) {
    return computeCalendarEraFields(slots.calendar, slots).era;
  },
  eraYear(slots) {
    return computeCalendarEraFields(slots.calendar, slots).eraYear;
  },
  year(slots) {
    return computeCalendarDateFields(slots.calendar, slots).year;
  },
  month(slots) {
    return computeCalendarDateFields(slots.calendar, slots).month;
  },
  monthCode(slots) {
    return computeCalendarMonthCode(slots.calendar, slots);
  }
};
var dateFieldGetters$1 = {
  era(slots) {
    return computeCalendarEraFields(slots.calendar, slots).era;
  },
  eraYear(slots) {
    return computeCalendarEraFields(slots.calendar, slots).eraYear;
  },
  year(slots) {
    return computeCalendarDateFields(slots.calendar, slots).year;
  },
  month(slots) {
    return computeCalendarDateFields(slots.calendar, slots).month;
  },
  monthCode(slots) {
    return computeCalendarMonthCode(slots.calendar, slots);
  },
  day(slots) {
    return computeCalendarDateFields(slots.calendar, slots).day;
  }
};
var monthDayFieldGetters$1 = {
  monthCode(slots) {
    return computeCalendarMonthCode(slots.calendar, slots);
  },
  day(slots) {
    return computeCalendarDateFields(slots.calendar, slots).day;
  }
};
var yearMonthDerivedGetters = {
  daysInMonth(slots) {
    return computeCalendarDaysInMonth(slots.calendar, slots);
  },
  daysInYear(slots) {
    return computeCalendarDaysInYear(slots.calendar, slots);
  },
  monthsInYear(slots) {
    return computeCalendarMonthsInYear(slots.calendar, slots);
  },
  inLeapYear(slots) {
    return computeCalendarInLeapYear(slots.calendar, slots);
  }
};
var dateDerivedGetters = {
  dayOfWeek(slots) {
    return computeIsoDayOfWeek(slots);
  },
  dayOfYear(slots) {
    return computeCalendarDayOfYear(slots.calendar, slots);
  },
  weekOfYear(slots) {
    return computeCalendarWeekOfYear(slots.calendar, slots);
  },
  yearOfWeek(slots) {
    return computeCalendarYearOfWeek(slots.calendar, slots);
  },
  daysInWeek() {
    return 7;
  },
  daysInMonth(slots) {
    return computeCalendarDaysInMonth(slots.calendar, slots);
  },
  daysInYear(slots) {
    return computeCalendarDaysInYear(slots.calendar, slots);
  },
  monthsInYear(slots) {
    return computeCalendarMonthsInYear(slots.calendar, slots);
  },
  inLeapYear(slots) {
    return computeCalendarInLeapYear(slots.calendar, slots);
  }
};
function diffInstants(invert, instantSlots0, instantSlots1, options) {
  const [largestUnit, smallestUnit, roundingInc, roundingMode] = refineDiffOptions(invert, options, 3, 5);
  return createDiffDurationSlots(invert, diffEpochNanosRounded(instantSlots0.epochNanoseconds, instantSlots1.epochNanoseconds, largestUnit, smallestUnit, roundingInc, roundingMode));
}
function diffZonedDateTimes(invert, slots0, slots1, options) {
  const calendar = getCommonCalendar(slots0.calendar, slots1.calendar);
  const [largestUnit, smallestUnit, roundingInc, roundingMode] = refineDiffOptions(invert, options, 5);
  return createDiffDurationSlots(invert, diffZonedDateTimesRounded(calendar, slots0, slots1, largestUnit, smallestUnit, roundingInc, roundingMode));
}
function diffDateTimes(invert, plainDateTimeSlots0, plainDateTimeSlots1, options) {
  const calendar = getCommonCalendar(plainDateTimeSlots0.calendar, plainDateTimeSlots1.calendar);
  const [largestUnit, smallestUnit, roundingInc, roundingMode] = refineDiffOptions(invert, options, 6);
  return createDiffDurationSlots(invert, diffDateTimesRounded(calendar, plainDateTimeSlots0, plainDateTimeSlots1, largestUnit, smallestUnit, roundingInc, roundingMode));
}
function diffDates(invert, plainDateSlots0, plainDateSlots1, options) {
  const calendar = getCommonCalendar(plainDateSlots0.calendar, plainDateSlots1.calendar);
  const [largestUnit, smallestUnit, roundingInc, roundingMode] = refineDiffOptions(invert, options, 6, 9, 6);
  return createDiffDurationSlots(invert, diffDatesRounded(calendar, plainDateSlots0, plainDateSlots1, largestUnit, smallestUnit, roundingInc, roundingMode));
}
function diffYearMonths(invert, plainYearMonthSlots0, plainYearMonthSlots1, options) {
  const calendar = getCommonCalendar(plainYearMonthSlots0.calendar, plainYearMonthSlots1.calendar);
  const [largestUnit, smallestUnit, roundingInc, roundingMode] = refineDiffOptions(invert, options, 9, 9, 8);
  return createDiffDurationSlots(invert, diffYearMonthsRounded(calendar, plainYearMonthSlots0, plainYearMonthSlots1, largestUnit, smallestUnit, roundingInc, roundingMode));
}
function diffTimes(invert, plainTimeSlots0, plainTimeSlots1, options) {
  const [largestUnit, smallestUnit, roundingInc, roundingMode] = refineDiffOptions(invert, options, 5, 5);
  return createDiffDurationSlots(invert, diffTimesRounded(plainTimeSlots0, plainTimeSlots1, largestUnit, smallestUnit, roundingInc, roundingMode));
}
function createDiffDurationSlots(invert, durationFields) {
  return createDurationSlots(invert ? negateDurationFields(durationFields) : durationFields);
}
function withDateFields(slots, modFields, options) {
  const { calendar } = slots;
  const fields = mergeDateFields(calendar, slots, modFields);
  const [year, monthCodeParts] = refineCalendarDateFields(fields, calendar);
  const overflow = refineOverflowOptions(options);
  return createDateFromRefinedFields(fields, calendar, year, monthCodeParts, overflow);
}
function withDateTimeFields(slots, modFields, options) {
  const { calendar } = slots;
  const [mergedFields, calendarFields] = mergeDateTimeFields(calendar, slots, modFields);
  const [year, monthCodeParts] = refineCalendarDateFields(calendarFields, calendar);
  const overflow = refineOverflowOptions(options);
  return createDateTimeFromMergedFields(mergedFields, calendarFields, calendar, year, monthCodeParts, overflow);
}
function withYearMonthFields(slots, modFields, options) {
  const { calendar } = slots;
  const fields = mergeYearMonthFields(calendar, slots, modFields);
  const [year, monthCodeParts] = refineCalendarDateFields(fields, calendar, 1);
  const overflow = refineOverflowOptions(options);
  return createYearMonthFromRefinedFields(fields, calendar, year, monthCodeParts, overflow);
}
function withMonthDayFields(slots, modFields, options) {
  const { calendar } = slots;
  const fields = mergeMonthDayFields(calendar, slots, modFields);
  const [year, monthCodeParts] = refineMonthDayFields(fields, calendar);
  const overflow = refineOverflowOptions(options);
  return createMonthDayFromRefinedFields(fields, calendar, year, monthCodeParts, overflow);
}
function withTimeFields(slots, modFields, options) {
  const refinedFields = mergeTimeFields(slots, modFields);
  const overflow = refineOverflowOptions(options);
  return resolveTimeFields(refinedFields, overflow);
}
function withZonedDateTimeFields(slots, modFields, options) {
  const { calendar } = slots;
  const [mergedFields, calendarFields] = mergeZonedDateTimeFields(calendar, slots, modFields);
  const [year, monthCodeParts] = refineCalendarDateFields(calendarFields, calendar);
  const [overflow, offsetDisambig, epochDisambig] = refineZonedFieldOptions(options, 2);
  return createZonedDateTimeFromMergedFields(slots, mergedFields, calendarFields, year, monthCodeParts, overflow, offsetDisambig, epochDisambig);
}

// node_modules/temporal-polyfill/chunks/classApi-basic.js
function resolveBasicCalendarId(rawCalendarId) {
  const lowerRawCalendarId = requireString(rawCalendarId).toLowerCase();
  return lowerRawCalendarId === isoCalendarId ? isoCalendarImpl : lowerRawCalendarId === gregoryCalendarId ? gregoryCalendarImpl : void throwRangeError(exoticCalendarRequired(rawCalendarId, "temporal-polyfill/full"));
}
function resolveBasicCalendarArg(rawCalendarId = isoCalendarId) {
  return resolveBasicCalendarId(rawCalendarId);
}
var zonedDateTimeSlotsMap = /* @__PURE__ */ new WeakMap();
var ZonedDateTime = /* @__PURE__ */ defineTemporalClass(ZonedDateTimeBranding, class {
  constructor(epochNanoseconds, timeZoneId, calendar = void 0) {
    const epochNano = checkEpochNanoInBounds(toBigInt(epochNanoseconds));
    const timeZone = queryTimeZone(refineTimeZoneId(timeZoneId));
    const calendarImpl = resolveBasicCalendarArg(calendar);
    initZonedDateTime(this, createZonedEpochNanoSlots(epochNano, timeZone, calendarImpl));
  }
  static from(arg, options = void 0) {
    return createZonedDateTime(toZonedDateTimeSlots(arg, options));
  }
  static compare(arg0, arg1) {
    return compareZonedEpochSlots(toZonedDateTimeSlots(arg0), toZonedDateTimeSlots(arg1));
  }
  get calendarId() {
    return getCalendarSlotId(getZonedDateTimeSlots(this).calendar);
  }
  get timeZoneId() {
    return getZonedDateTimeSlots(this).timeZone.id;
  }
  get epochMilliseconds() {
    return epochNanoToMilli(getZonedDateTimeSlots(this).epochNanoseconds);
  }
  get epochNanoseconds() {
    return getZonedDateTimeSlots(this).epochNanoseconds;
  }
  get offset() {
    return formatOffsetNano(zonedEpochSlotsToIso(getZonedDateTimeSlots(this)).offsetNanoseconds);
  }
  get offsetNanoseconds() {
    return zonedEpochSlotsToIso(getZonedDateTimeSlots(this)).offsetNanoseconds;
  }
  get hoursInDay() {
    return computeZonedHoursInDay(getZonedDateTimeSlots(this));
  }
  with(mod, options = void 0) {
    return createZonedDateTime(withZonedDateTimeFields(getZonedDateTimeSlots(this), validateBag(mod), options));
  }
  withCalendar(calendarArg) {
    return createZonedDateTime({
      ...getZonedDateTimeSlots(this),
      calendar: refineCalendarArg(calendarArg)
    });
  }
  withTimeZone(timeZoneArg) {
    return createZonedDateTime({
      ...getZonedDateTimeSlots(this),
      timeZone: queryTimeZone(refineTimeZoneArg(timeZoneArg))
    });
  }
  withPlainTime(plainTimeArg = void 0) {
    return createZonedDateTime(zonedDateTimeWithPlainTime(getZonedDateTimeSlots(this), optionalToPlainTimeFields(plainTimeArg)));
  }
  add(durationArg, options = void 0) {
    const slots = getZonedDateTimeSlots(this);
    return createZonedDateTime(moveZonedEpochSlots(slots, toDurationSlots(durationArg), refineOverflowOptions(options)));
  }
  subtract(durationArg, options = void 0) {
    const slots = getZonedDateTimeSlots(this);
    return createZonedDateTime(moveZonedEpochSlots(slots, negateDurationFields(toDurationSlots(durationArg)), refineOverflowOptions(options)));
  }
  until(otherArg, options = void 0) {
    const slots = getZonedDateTimeSlots(this);
    const other = toZonedDateTimeSlots(otherArg);
    return createDuration(diffZonedDateTimes(0, slots, other, options));
  }
  since(otherArg, options = void 0) {
    const slots = getZonedDateTimeSlots(this);
    const other = toZonedDateTimeSlots(otherArg);
    return createDuration(diffZonedDateTimes(1, slots, other, options));
  }
  round(options) {
    const slots = getZonedDateTimeSlots(this);
    const [smallestUnit, roundingInc, roundingMode] = refineRoundingOptions(options);
    return createZonedDateTime(roundZonedEpochSlotsToUnit(slots, smallestUnit, roundingInc, roundingMode));
  }
  startOfDay() {
    return createZonedDateTime(computeZonedStartOfDay(getZonedDateTimeSlots(this)));
  }
  equals(otherArg) {
    return zonedDateTimesEqual(getZonedDateTimeSlots(this), toZonedDateTimeSlots(otherArg));
  }
  toInstant() {
    return createInstant(zonedDateTimeToInstant(getZonedDateTimeSlots(this)));
  }
  toPlainDateTime() {
    return createPlainDateTime(zonedDateTimeToDateTime(getZonedDateTimeSlots(this)));
  }
  toPlainDate() {
    return createPlainDate(zonedDateTimeToDate(getZonedDateTimeSlots(this)));
  }
  toPlainTime() {
    return createPlainTime(zonedDateTimeToTime(getZonedDateTimeSlots(this)));
  }
  toLocaleString(locales = void 0, options = {}) {
    const slots = getZonedDateTimeSlots(this);
    const format = new RawDateTimeFormat(locales, applyZonedFormatTimeZone(transformZonedOptions(options), getZonedTimeZoneId(slots)));
    return checkResolvedCalendarCompatible(format, slots), format.format(epochNanoToMilli(slots.epochNanoseconds));
  }
  toString(options = void 0) {
    return formatZonedDateTimeIso(getZonedDateTimeSlots(this), options);
  }
  toJSON() {
    return formatZonedDateTimeIso(getZonedDateTimeSlots(this));
  }
  getTimeZoneTransition(options) {
    const slots = getZonedDateTimeSlots(this);
    const newEpochNano = slots.timeZone.C(slots.epochNanoseconds, refineDirectionOptions(options));
    return void 0 !== newEpochNano ? createZonedDateTime({
      ...slots,
      epochNanoseconds: newEpochNano
    }) : null;
  }
  valueOf() {
    return forbiddenValueOf2();
  }
}, getZonedDateTimeIsoSlots, dateFieldGetters$1, dateDerivedGetters, timeGetters);
function createZonedDateTime(slots) {
  return initZonedDateTime(Object.create(ZonedDateTime.prototype), slots);
}
function getZonedDateTimeSlots(obj) {
  return getZonedDateTimeSlotsIfPresent(obj) || invalidRecordType();
}
function getZonedDateTimeIsoSlots(obj) {
  const slots = getZonedDateTimeSlots(obj);
  return {
    ...zonedEpochSlotsToIso(slots),
    calendar: slots.calendar
  };
}
function getZonedDateTimeSlotsIfPresent(obj) {
  return zonedDateTimeSlotsMap.get(obj);
}
function toZonedDateTimeSlots(arg, options) {
  if (isObjectLike2(arg)) {
    const ownSlots = getZonedDateTimeSlotsIfPresent(arg);
    if (ownSlots) {
      return refineZonedFieldOptions(options), ownSlots;
    }
    const calendar = getCalendarFromBag(arg);
    return refineZonedDateTimeObjectLike(refineTimeZoneArg, calendar, arg, options);
  }
  return parseZonedDateTime(arg, resolveBasicCalendarId, options);
}
function initZonedDateTime(instance, slots) {
  return zonedDateTimeSlotsMap.set(instance, slots), attachDebugString(instance), instance;
}
function refineTimeZoneArg(arg) {
  if (isObjectLike2(arg)) {
    const slots = getZonedDateTimeSlotsIfPresent(arg);
    return slots || throwTypeError(invalidTimeZone(arg)), slots.timeZone.id;
  }
  return ((arg2) => resolveTimeZoneId(parseTimeZoneId(requireString(arg2))))(arg);
}
var instantSlotsMap = /* @__PURE__ */ new WeakMap();
var Instant = /* @__PURE__ */ defineTemporalClass(InstantBranding, class {
  constructor(epochNanoseconds) {
    const epochNano = checkEpochNanoInBounds(toBigInt(epochNanoseconds));
    initInstant(this, createEpochNanoSlots(epochNano));
  }
  static from(arg) {
    return createInstant(toInstantSlots(arg));
  }
  static fromEpochMilliseconds(epochMilli) {
    return createInstant(epochMilliToInstant(epochMilli));
  }
  static fromEpochNanoseconds(epochNano) {
    return createInstant(epochNanoToInstant(epochNano));
  }
  static compare(a, b) {
    return compareZonedEpochSlots(toInstantSlots(a), toInstantSlots(b));
  }
  get epochMilliseconds() {
    return epochNanoToMilli(getInstantSlots(this).epochNanoseconds);
  }
  get epochNanoseconds() {
    return getInstantSlots(this).epochNanoseconds;
  }
  add(durationArg) {
    const slots = getInstantSlots(this);
    return createInstant(createEpochNanoSlots(moveEpochNano(slots.epochNanoseconds, toDurationSlots(durationArg))));
  }
  subtract(durationArg) {
    const slots = getInstantSlots(this);
    return createInstant(createEpochNanoSlots(moveEpochNano(slots.epochNanoseconds, negateDurationFields(toDurationSlots(durationArg)))));
  }
  until(otherArg, options = void 0) {
    return createDuration(diffInstants(0, getInstantSlots(this), toInstantSlots(otherArg), options));
  }
  since(otherArg, options = void 0) {
    return createDuration(diffInstants(1, getInstantSlots(this), toInstantSlots(otherArg), options));
  }
  round(options) {
    const slots = getInstantSlots(this);
    const [smallestUnit, roundingInc, roundingMode] = refineRoundingOptions(options, 5, 1);
    return createInstant(createEpochNanoSlots(roundBigNanoToDayOriginInc(slots.epochNanoseconds, computeBigNanoInc(smallestUnit, roundingInc), roundingMode)));
  }
  equals(otherArg) {
    return instantsEqual(getInstantSlots(this), toInstantSlots(otherArg));
  }
  toZonedDateTimeISO(timeZoneArg) {
    return createZonedDateTime(instantToZonedDateTime(getInstantSlots(this), queryTimeZone(refineTimeZoneArg(timeZoneArg))));
  }
  toLocaleString(locales = void 0, options = {}) {
    const slots = getInstantSlots(this);
    return new RawDateTimeFormat(locales, transformInstantOptions(options)).format(epochNanoToMilli(slots.epochNanoseconds));
  }
  toString(options = void 0) {
    return formatInstantIso(refineTimeZoneArg, getInstantSlots(this), options);
  }
  toJSON() {
    return formatInstantIso(refineTimeZoneArg, getInstantSlots(this));
  }
  valueOf() {
    return forbiddenValueOf2();
  }
});
function createInstant(slots) {
  return initInstant(Object.create(Instant.prototype), slots);
}
function getInstantSlots(obj) {
  return getInstantSlotsIfPresent(obj) || invalidRecordType();
}
function getInstantSlotsIfPresent(obj) {
  return instantSlotsMap.get(obj);
}
function toInstantSlots(arg) {
  if (isObjectLike2(arg)) {
    const ownSlots = getInstantSlotsIfPresent(arg);
    if (ownSlots) {
      return ownSlots;
    }
    const zonedDateTimeSlots = getZonedDateTimeSlotsIfPresent(arg);
    if (zonedDateTimeSlots) {
      return createEpochNanoSlots(zonedDateTimeSlots.epochNanoseconds);
    }
  }
  return parseInstant(arg);
}
var { toTemporalInstant } = {
  toTemporalInstant() {
    const epochMilli = Date.prototype.valueOf.call(this);
    return createInstant(createEpochNanoSlots(BigInt(requireNumberIsInteger(epochMilli)) * bigNanoInMilli));
  }
};
function initInstant(instance, slots) {
  return instantSlotsMap.set(instance, slots), attachDebugString(instance), instance;
}
var plainMonthDaySlotsMap = /* @__PURE__ */ new WeakMap();
var PlainMonthDay = /* @__PURE__ */ defineTemporalClass(PlainMonthDayBranding, class {
  constructor(isoMonth, isoDay, calendar = void 0, referenceIsoYear) {
    const isoMonthInt = toIntegerWithTrunc(isoMonth);
    const isoDayInt = toIntegerWithTrunc(isoDay);
    const calendarImpl = resolveBasicCalendarArg(calendar);
    const isoYearInt = toIntegerWithTrunc(referenceIsoYear ?? isoEpochFirstLeapYear);
    const fields = checkIsoDateInBounds(validateIsoDateFields({
      year: isoYearInt,
      month: isoMonthInt,
      day: isoDayInt
    }));
    initPlainMonthDay(this, createDateSlots(fields, calendarImpl));
  }
  static from(arg, options = void 0) {
    return createPlainMonthDay(toPlainMonthDaySlots(arg, options));
  }
  get calendarId() {
    return getCalendarSlotId(getPlainMonthDaySlots(this).calendar);
  }
  with(mod, options = void 0) {
    return createPlainMonthDay(withMonthDayFields(getPlainMonthDaySlots(this), validateBag(mod), options));
  }
  equals(otherArg) {
    return plainMonthDaysEqual(getPlainMonthDaySlots(this), toPlainMonthDaySlots(otherArg));
  }
  toPlainDate(bag) {
    const slots = getPlainMonthDaySlots(this);
    return createPlainDate(monthDayToDate(slots.calendar, this, bag));
  }
  toLocaleString(locales = void 0, options = {}) {
    const slots = getPlainMonthDaySlots(this);
    const format = new RawDateTimeFormat(locales, applyPlainFormatTimeZone(transformMonthDayOptions(options)));
    return checkResolvedCalendarCompatible(format, slots, 1), format.format(isoDateToEpochMilli(slots));
  }
  toString(options = void 0) {
    return formatPlainMonthDayIso(getPlainMonthDaySlots(this), options);
  }
  toJSON() {
    return formatPlainMonthDayIso(getPlainMonthDaySlots(this));
  }
  valueOf() {
    return forbiddenValueOf2();
  }
}, getPlainMonthDaySlots, monthDayFieldGetters$1);
function createPlainMonthDay(slots) {
  return initPlainMonthDay(Object.create(PlainMonthDay.prototype), slots);
}
function getPlainMonthDaySlots(obj) {
  return getPlainMonthDaySlotsIfPresent(obj) || invalidRecordType();
}
function getPlainMonthDaySlotsIfPresent(obj) {
  return plainMonthDaySlotsMap.get(obj);
}
function toPlainMonthDaySlots(arg, options) {
  if (isObjectLike2(arg)) {
    const ownSlots = getPlainMonthDaySlotsIfPresent(arg);
    if (ownSlots) {
      return refineOverflowOptions(options), ownSlots;
    }
    const calendarMaybe = extractCalendarFromBag(arg);
    return refinePlainMonthDayObjectLike(void 0 === calendarMaybe ? isoCalendarImpl : calendarMaybe, void 0 === calendarMaybe, arg, options);
  }
  const res = parsePlainMonthDay(arg, resolveBasicCalendarId);
  return refineOverflowOptions(options), res;
}
function initPlainMonthDay(instance, slots) {
  return plainMonthDaySlotsMap.set(instance, slots), attachDebugString(instance), instance;
}
var plainYearMonthSlotsMap = /* @__PURE__ */ new WeakMap();
var PlainYearMonth = /* @__PURE__ */ defineTemporalClass(PlainYearMonthBranding, class {
  constructor(isoYear, isoMonth, calendar = void 0, referenceIsoDay) {
    const isoYearInt = toIntegerWithTrunc(isoYear);
    const isoMonthInt = toIntegerWithTrunc(isoMonth);
    const calendarImpl = resolveBasicCalendarArg(calendar);
    const isoDayInt = toIntegerWithTrunc(referenceIsoDay ?? 1);
    const fields = checkIsoYearMonthInBounds(validateIsoDateFields({
      year: isoYearInt,
      month: isoMonthInt,
      day: isoDayInt
    }));
    initPlainYearMonth(this, createDateSlots(fields, calendarImpl));
  }
  static from(arg, options = void 0) {
    return createPlainYearMonth(toPlainYearMonthSlots(arg, options));
  }
  static compare(arg0, arg1) {
    return compareIsoDateFields(toPlainYearMonthSlots(arg0), toPlainYearMonthSlots(arg1));
  }
  get calendarId() {
    return getCalendarSlotId(getPlainYearMonthSlots(this).calendar);
  }
  with(mod, options = void 0) {
    return createPlainYearMonth(withYearMonthFields(getPlainYearMonthSlots(this), validateBag(mod), options));
  }
  add(durationArg, options = void 0) {
    const slots = getPlainYearMonthSlots(this);
    return createPlainYearMonth(createDateSlots(moveYearMonth(slots.calendar, slots, toDurationSlots(durationArg), refineOverflowOptions(options)), slots.calendar));
  }
  subtract(durationArg, options = void 0) {
    const slots = getPlainYearMonthSlots(this);
    return createPlainYearMonth(createDateSlots(moveYearMonth(slots.calendar, slots, negateDurationFields(toDurationSlots(durationArg)), refineOverflowOptions(options)), slots.calendar));
  }
  until(otherArg, options = void 0) {
    const slots = getPlainYearMonthSlots(this);
    const other = toPlainYearMonthSlots(otherArg);
    return createDuration(diffYearMonths(0, slots, other, options));
  }
  since(otherArg, options = void 0) {
    const slots = getPlainYearMonthSlots(this);
    const other = toPlainYearMonthSlots(otherArg);
    return createDuration(diffYearMonths(1, slots, other, options));
  }
  equals(otherArg) {
    return plainYearMonthsEqual(getPlainYearMonthSlots(this), toPlainYearMonthSlots(otherArg));
  }
  toPlainDate(bag) {
    const slots = getPlainYearMonthSlots(this);
    return createPlainDate(yearMonthToDate(slots.calendar, this, bag));
  }
  toLocaleString(locales = void 0, options = {}) {
    const slots = getPlainYearMonthSlots(this);
    const format = new RawDateTimeFormat(locales, applyPlainFormatTimeZone(transformYearMonthOptions(options)));
    return checkResolvedCalendarCompatible(format, slots, 1), format.format(isoDateToEpochMilli(slots));
  }
  toString(options = void 0) {
    return formatPlainYearMonthIso(getPlainYearMonthSlots(this), options);
  }
  toJSON() {
    return formatPlainYearMonthIso(getPlainYearMonthSlots(this));
  }
  valueOf() {
    return forbiddenValueOf2();
  }
}, getPlainYearMonthSlots, yearMonthFieldGetters$1, yearMonthDerivedGetters);
function createPlainYearMonth(slots) {
  return initPlainYearMonth(Object.create(PlainYearMonth.prototype), slots);
}
function getPlainYearMonthSlots(obj) {
  return getPlainYearMonthSlotsIfPresent(obj) || invalidRecordType();
}
function getPlainYearMonthSlotsIfPresent(obj) {
  return plainYearMonthSlotsMap.get(obj);
}
function toPlainYearMonthSlots(arg, options) {
  if (isObjectLike2(arg)) {
    const ownSlots = getPlainYearMonthSlotsIfPresent(arg);
    if (ownSlots) {
      return refineOverflowOptions(options), ownSlots;
    }
    const calendar = getCalendarFromBag(arg);
    return refinePlainYearMonthObjectLike(calendar, arg, options);
  }
  const res = parsePlainYearMonth(arg, resolveBasicCalendarId);
  return refineOverflowOptions(options), res;
}
function initPlainYearMonth(instance, slots) {
  return plainYearMonthSlotsMap.set(instance, slots), attachDebugString(instance), instance;
}
function getTemporalBrandingAndSlots(obj) {
  if (!isObjectLike2(obj)) {
    return;
  }
  let slots = getInstantSlotsIfPresent(obj);
  return slots ? [InstantBranding, slots] : (slots = getZonedDateTimeSlotsIfPresent(obj), slots ? [ZonedDateTimeBranding, slots] : (slots = getPlainDateTimeSlotsIfPresent(obj), slots ? [PlainDateTimeBranding, slots] : (slots = getPlainDateSlotsIfPresent(obj), slots ? [PlainDateBranding, slots] : (slots = getPlainTimeSlotsIfPresent(obj), slots ? [PlainTimeBranding, slots] : (slots = getPlainYearMonthSlotsIfPresent(obj), slots ? [PlainYearMonthBranding, slots] : (slots = getPlainMonthDaySlotsIfPresent(obj), slots ? [PlainMonthDayBranding, slots] : (slots = getDurationSlotsIfPresent(obj), slots ? [DurationBranding, slots] : void 0)))))));
}
function validateBag(bag) {
  return (getTemporalBrandingAndSlots(bag) || void 0 !== bag.calendar || void 0 !== bag.timeZone) && throwTypeError(invalidBag), bag;
}
var plainTimeSlotsMap = /* @__PURE__ */ new WeakMap();
var PlainTime = /* @__PURE__ */ defineTemporalClass(PlainTimeBranding, class {
  constructor(hour = 0, minute = 0, second = 0, millisecond = 0, microsecond = 0, nanosecond = 0) {
    const fields = validateTimeFields(mapProps(toIntegerWithTrunc, {
      hour,
      minute,
      second,
      millisecond,
      microsecond,
      nanosecond
    }));
    initPlainTime(this, createTimeSlots(fields));
  }
  static from(arg, options = void 0) {
    return createPlainTime(toPlainTimeSlots(arg, options));
  }
  static compare(arg0, arg1) {
    return compareTimeFields(toPlainTimeSlots(arg0), toPlainTimeSlots(arg1));
  }
  with(mod, options = void 0) {
    return createPlainTime(withTimeFields(getPlainTimeSlots(this), validateBag(mod), options));
  }
  add(durationArg) {
    const slots = getPlainTimeSlots(this);
    return createPlainTime(moveTime(slots, toDurationSlots(durationArg))[0]);
  }
  subtract(durationArg) {
    const slots = getPlainTimeSlots(this);
    return createPlainTime(moveTime(slots, negateDurationFields(toDurationSlots(durationArg)))[0]);
  }
  until(otherArg, options = void 0) {
    return createDuration(diffTimes(0, getPlainTimeSlots(this), toPlainTimeSlots(otherArg), options));
  }
  since(otherArg, options = void 0) {
    return createDuration(diffTimes(1, getPlainTimeSlots(this), toPlainTimeSlots(otherArg), options));
  }
  round(options) {
    const slots = getPlainTimeSlots(this);
    const [smallestUnit, roundingInc, roundingMode] = refineRoundingOptions(options, 5);
    return createPlainTime(roundTimeToUnit(slots, smallestUnit, roundingInc, roundingMode)[0]);
  }
  equals(other) {
    return plainTimesEqual(getPlainTimeSlots(this), toPlainTimeSlots(other));
  }
  toLocaleString(locales = void 0, options = {}) {
    const slots = getPlainTimeSlots(this);
    return new RawDateTimeFormat(locales, applyPlainFormatTimeZone(transformTimeOptions(options))).format(timeFieldsToMilli(slots));
  }
  toString(options = void 0) {
    return formatPlainTimeIso(getPlainTimeSlots(this), options);
  }
  toJSON() {
    return formatPlainTimeIso(getPlainTimeSlots(this));
  }
  valueOf() {
    return forbiddenValueOf2();
  }
}, getPlainTimeSlots, timeGetters);
function createPlainTime(slots) {
  return initPlainTime(Object.create(PlainTime.prototype), slots);
}
function getPlainTimeSlots(obj) {
  return getPlainTimeSlotsIfPresent(obj) || invalidRecordType();
}
function getPlainTimeSlotsIfPresent(obj) {
  return plainTimeSlotsMap.get(obj);
}
function toPlainTimeSlots(arg, options) {
  if (isObjectLike2(arg)) {
    const ownSlots = getPlainTimeSlotsIfPresent(arg);
    if (ownSlots) {
      return refineOverflowOptions(options), ownSlots;
    }
    const dateTimeSlots = getPlainDateTimeSlotsIfPresent(arg);
    if (dateTimeSlots) {
      return refineOverflowOptions(options), createTimeSlots(dateTimeSlots);
    }
    const zonedDateTimeSlots = getZonedDateTimeSlotsIfPresent(arg);
    return zonedDateTimeSlots ? (refineOverflowOptions(options), zonedDateTimeToTime(zonedDateTimeSlots)) : refinePlainTimeObjectLike(arg, options);
  }
  const timeSlots = parsePlainTime(arg);
  return refineOverflowOptions(options), timeSlots;
}
function optionalToPlainTimeFields(timeArg) {
  return void 0 === timeArg ? void 0 : toPlainTimeSlots(timeArg);
}
function initPlainTime(instance, slots) {
  return plainTimeSlotsMap.set(instance, slots), attachDebugString(instance), instance;
}
var plainDateTimeSlotsMap = /* @__PURE__ */ new WeakMap();
var PlainDateTime = /* @__PURE__ */ defineTemporalClass(PlainDateTimeBranding, class {
  constructor(isoYear, isoMonth, isoDay, hour = 0, minute = 0, second = 0, millisecond = 0, microsecond = 0, nanosecond = 0, calendar = void 0) {
    const fields = checkIsoDateTimeInBounds(validateIsoDateTimeFields(mapProps(toIntegerWithTrunc, {
      year: isoYear,
      month: isoMonth,
      day: isoDay,
      hour,
      minute,
      second,
      millisecond,
      microsecond,
      nanosecond
    })));
    const calendarImpl = resolveBasicCalendarArg(calendar);
    initPlainDateTime(this, createDateTimeSlots(fields, calendarImpl));
  }
  static from(arg, options = void 0) {
    return createPlainDateTime(toPlainDateTimeSlots(arg, options));
  }
  static compare(arg0, arg1) {
    const slots0 = toPlainDateTimeSlots(arg0);
    const slots1 = toPlainDateTimeSlots(arg1);
    return compareIsoDateTimeFields(slots0, slots1);
  }
  get calendarId() {
    return getCalendarSlotId(getPlainDateTimeSlots(this).calendar);
  }
  with(mod, options = void 0) {
    return createPlainDateTime(withDateTimeFields(getPlainDateTimeSlots(this), validateBag(mod), options));
  }
  withCalendar(calendarArg) {
    const slots = getPlainDateTimeSlots(this);
    return createPlainDateTime(createDateTimeSlots(slots, refineCalendarArg(calendarArg)));
  }
  withPlainTime(plainTimeArg = void 0) {
    const slots = getPlainDateTimeSlots(this);
    return createPlainDateTime(createDateTimeFromRefinedFields(slots, optionalToPlainTimeFields(plainTimeArg), slots.calendar));
  }
  add(durationArg, options = void 0) {
    const slots = getPlainDateTimeSlots(this);
    return createPlainDateTime(createDateTimeSlots(moveDateTime(slots.calendar, slots, toDurationSlots(durationArg), refineOverflowOptions(options)), slots.calendar));
  }
  subtract(durationArg, options = void 0) {
    const slots = getPlainDateTimeSlots(this);
    return createPlainDateTime(createDateTimeSlots(moveDateTime(slots.calendar, slots, negateDurationFields(toDurationSlots(durationArg)), refineOverflowOptions(options)), slots.calendar));
  }
  until(otherArg, options = void 0) {
    const slots = getPlainDateTimeSlots(this);
    const other = toPlainDateTimeSlots(otherArg);
    return createDuration(diffDateTimes(0, slots, other, options));
  }
  since(otherArg, options = void 0) {
    const slots = getPlainDateTimeSlots(this);
    const other = toPlainDateTimeSlots(otherArg);
    return createDuration(diffDateTimes(1, slots, other, options));
  }
  round(options) {
    const slots = getPlainDateTimeSlots(this);
    const [smallestUnit, roundingInc, roundingMode] = refineRoundingOptions(options);
    return createPlainDateTime(createDateTimeSlots(roundDateTimeToUnit(slots, smallestUnit, roundingInc, roundingMode), slots.calendar));
  }
  equals(otherArg) {
    return plainDateTimesEqual(getPlainDateTimeSlots(this), toPlainDateTimeSlots(otherArg));
  }
  toZonedDateTime(timeZoneArg, options = void 0) {
    return createZonedDateTime(dateTimeToZonedDateTime(getPlainDateTimeSlots(this), queryTimeZone(refineTimeZoneArg(timeZoneArg)), refineEpochDisambigOptions(options)));
  }
  toPlainDate() {
    const slots = getPlainDateTimeSlots(this);
    return createPlainDate(createDateSlots(slots, slots.calendar));
  }
  toPlainTime() {
    return createPlainTime(createTimeSlots(getPlainDateTimeSlots(this)));
  }
  toLocaleString(locales = void 0, options = {}) {
    const slots = getPlainDateTimeSlots(this);
    const format = new RawDateTimeFormat(locales, applyPlainFormatTimeZone(transformDateTimeOptions(options)));
    return checkResolvedCalendarCompatible(format, slots), format.format(isoDateTimeToEpochMilli(slots));
  }
  toString(options = void 0) {
    return formatPlainDateTimeIso(getPlainDateTimeSlots(this), options);
  }
  toJSON() {
    return formatPlainDateTimeIso(getPlainDateTimeSlots(this));
  }
  valueOf() {
    return forbiddenValueOf2();
  }
}, getPlainDateTimeSlots, dateFieldGetters$1, dateDerivedGetters, timeGetters);
function createPlainDateTime(slots) {
  return initPlainDateTime(Object.create(PlainDateTime.prototype), slots);
}
function getPlainDateTimeSlots(obj) {
  return getPlainDateTimeSlotsIfPresent(obj) || invalidRecordType();
}
function getPlainDateTimeSlotsIfPresent(obj) {
  return plainDateTimeSlotsMap.get(obj);
}
function toPlainDateTimeSlots(arg, options) {
  if (isObjectLike2(arg)) {
    const ownSlots = getPlainDateTimeSlotsIfPresent(arg);
    if (ownSlots) {
      return refineOverflowOptions(options), ownSlots;
    }
    const dateSlots = getPlainDateSlotsIfPresent(arg);
    if (dateSlots) {
      return refineOverflowOptions(options), createDateTimeSlots(combineDateAndTime(dateSlots, timeFieldDefaults), dateSlots.calendar);
    }
    const zonedDateTimeSlots = getZonedDateTimeSlotsIfPresent(arg);
    if (zonedDateTimeSlots) {
      return refineOverflowOptions(options), zonedDateTimeToDateTime(zonedDateTimeSlots);
    }
    const calendar = getCalendarFromBag(arg);
    return refinePlainDateTimeObjectLike(calendar, arg, options);
  }
  const res = parsePlainDateTime(arg, resolveBasicCalendarId);
  return refineOverflowOptions(options), res;
}
function initPlainDateTime(instance, slots) {
  return plainDateTimeSlotsMap.set(instance, slots), attachDebugString(instance), instance;
}
var plainDateSlotsMap = /* @__PURE__ */ new WeakMap();
var PlainDate = /* @__PURE__ */ defineTemporalClass(PlainDateBranding, class {
  constructor(isoYear, isoMonth, isoDay, calendar = void 0) {
    const fields = checkIsoDateInBounds(validateIsoDateFields(mapProps(toIntegerWithTrunc, {
      year: isoYear,
      month: isoMonth,
      day: isoDay
    })));
    const calendarImpl = resolveBasicCalendarArg(calendar);
    initPlainDate(this, createDateSlots(fields, calendarImpl));
  }
  static from(arg, options = void 0) {
    return createPlainDate(toPlainDateSlots(arg, options));
  }
  static compare(arg0, arg1) {
    return compareIsoDateFields(toPlainDateSlots(arg0), toPlainDateSlots(arg1));
  }
  get calendarId() {
    return getCalendarSlotId(getPlainDateSlots(this).calendar);
  }
  with(mod, options = void 0) {
    return createPlainDate(withDateFields(getPlainDateSlots(this), validateBag(mod), options));
  }
  withCalendar(calendarArg) {
    const slots = getPlainDateSlots(this);
    return createPlainDate(createDateSlots(slots, refineCalendarArg(calendarArg)));
  }
  add(durationArg, options = void 0) {
    const slots = getPlainDateSlots(this);
    return createPlainDate(createDateSlots(moveDate(slots.calendar, slots, toDurationSlots(durationArg), refineOverflowOptions(options)), slots.calendar));
  }
  subtract(durationArg, options = void 0) {
    const slots = getPlainDateSlots(this);
    return createPlainDate(createDateSlots(moveDate(slots.calendar, slots, negateDurationFields(toDurationSlots(durationArg)), refineOverflowOptions(options)), slots.calendar));
  }
  until(otherArg, options = void 0) {
    const slots = getPlainDateSlots(this);
    const other = toPlainDateSlots(otherArg);
    return createDuration(diffDates(0, slots, other, options));
  }
  since(otherArg, options = void 0) {
    const slots = getPlainDateSlots(this);
    const other = toPlainDateSlots(otherArg);
    return createDuration(diffDates(1, slots, other, options));
  }
  equals(otherArg) {
    return plainDatesEqual(getPlainDateSlots(this), toPlainDateSlots(otherArg));
  }
  toZonedDateTime(options) {
    const optionsObj = isObjectLike2(options) ? {
      timeZone: options.timeZone,
      plainTime: options.plainTime
    } : {
      timeZone: options
    };
    const slots = getPlainDateSlots(this);
    const timeZoneId = refineTimeZoneArg(optionsObj.timeZone);
    const plainTimeArg = optionsObj.plainTime;
    const timeFields = void 0 !== plainTimeArg ? toPlainTimeSlots(plainTimeArg) : void 0;
    return createZonedDateTime(dateToZonedDateTime(slots, queryTimeZone(timeZoneId), timeFields));
  }
  toPlainDateTime(plainTimeArg = void 0) {
    const slots = getPlainDateSlots(this);
    return createPlainDateTime(createDateTimeFromRefinedFields(slots, optionalToPlainTimeFields(plainTimeArg), slots.calendar));
  }
  toPlainYearMonth() {
    const slots = getPlainDateSlots(this);
    return createPlainYearMonth(fieldsToYearMonth(slots.calendar, this));
  }
  toPlainMonthDay() {
    const slots = getPlainDateSlots(this);
    return createPlainMonthDay(fieldsToMonthDay(slots.calendar, this));
  }
  toLocaleString(locales = void 0, options = {}) {
    const slots = getPlainDateSlots(this);
    const format = new RawDateTimeFormat(locales, applyPlainFormatTimeZone(transformDateOptions(options)));
    return checkResolvedCalendarCompatible(format, slots), format.format(isoDateToEpochMilli(slots));
  }
  toString(options = void 0) {
    return formatPlainDateIso(getPlainDateSlots(this), options);
  }
  toJSON() {
    return formatPlainDateIso(getPlainDateSlots(this));
  }
  valueOf() {
    return forbiddenValueOf2();
  }
}, getPlainDateSlots, dateFieldGetters$1, dateDerivedGetters);
function createPlainDate(slots) {
  return initPlainDate(Object.create(PlainDate.prototype), slots);
}
function getPlainDateSlots(obj) {
  return getPlainDateSlotsIfPresent(obj) || invalidRecordType();
}
function getPlainDateSlotsIfPresent(obj) {
  return plainDateSlotsMap.get(obj);
}
function toPlainDateSlots(arg, options) {
  if (isObjectLike2(arg)) {
    const ownSlots = getPlainDateSlotsIfPresent(arg);
    if (ownSlots) {
      return refineOverflowOptions(options), ownSlots;
    }
    const dateTimeSlots = getPlainDateTimeSlotsIfPresent(arg);
    if (dateTimeSlots) {
      return refineOverflowOptions(options), createDateSlots(dateTimeSlots, dateTimeSlots.calendar);
    }
    const zonedDateTimeSlots = getZonedDateTimeSlotsIfPresent(arg);
    if (zonedDateTimeSlots) {
      return refineOverflowOptions(options), zonedDateTimeToDate(zonedDateTimeSlots);
    }
    const calendar = getCalendarFromBag(arg);
    return refinePlainDateObjectLike(calendar, arg, options);
  }
  const res = parsePlainDate(arg, resolveBasicCalendarId);
  return refineOverflowOptions(options), res;
}
function initPlainDate(instance, slots) {
  return plainDateSlotsMap.set(instance, slots), attachDebugString(instance), instance;
}
function getCalendarFromBag(bag) {
  const calendar = extractCalendarFromBag(bag);
  return void 0 === calendar ? isoCalendarImpl : calendar;
}
function extractCalendarFromBag(bag) {
  const { calendar: calendarArg } = bag;
  if (void 0 !== calendarArg) {
    return refineCalendarArg(calendarArg);
  }
}
function refineCalendarArg(arg) {
  if (isObjectLike2(arg)) {
    const slots = getPlainDateSlotsIfPresent(arg) || getPlainDateTimeSlotsIfPresent(arg) || getZonedDateTimeSlotsIfPresent(arg) || getPlainMonthDaySlotsIfPresent(arg) || getPlainYearMonthSlotsIfPresent(arg);
    return slots || throwTypeError(invalidCalendar(arg)), slots.calendar;
  }
  return ((arg2) => resolveBasicCalendarId(parseCalendarId(requireString(arg2))))(arg);
}
var durationSlotsMap = /* @__PURE__ */ new WeakMap();
var Duration = /* @__PURE__ */ defineTemporalClass(DurationBranding, class {
  constructor(years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds2 = 0, milliseconds2 = 0, microseconds = 0, nanoseconds = 0) {
    const fields = validateDurationFields(mapProps(toStrictInteger, {
      years,
      months,
      weeks,
      days,
      hours,
      minutes,
      seconds: seconds2,
      milliseconds: milliseconds2,
      microseconds,
      nanoseconds
    }));
    initDuration(this, createDurationSlots(fields));
  }
  static from(arg) {
    return createDuration(toDurationSlots(arg));
  }
  static compare(durationArg0, durationArg1, options = void 0) {
    return compareDurations(refinePublicRelativeTo, toDurationSlots(durationArg0), toDurationSlots(durationArg1), options);
  }
  get sign() {
    return getDurationSlots(this).sign;
  }
  get blank() {
    return !getDurationSlots(this).sign;
  }
  with(mod) {
    return createDuration(mergeDurationFields(getDurationSlots(this), mod));
  }
  negated() {
    return createDuration(negateDuration(getDurationSlots(this)));
  }
  abs() {
    return createDuration(absDuration(getDurationSlots(this)));
  }
  add(otherArg) {
    return createDuration(addDurationsWithoutRelativeTo(0, getDurationSlots(this), toDurationSlots(otherArg)));
  }
  subtract(otherArg) {
    return createDuration(addDurationsWithoutRelativeTo(1, getDurationSlots(this), toDurationSlots(otherArg)));
  }
  round(roundTo) {
    return createDuration(roundDuration(refinePublicRelativeTo, getDurationSlots(this), roundTo));
  }
  total(totalOf) {
    return totalDuration(refinePublicRelativeTo, getDurationSlots(this), totalOf);
  }
  toLocaleString(locales = void 0, options) {
    const slots = getDurationSlots(this);
    return Intl.DurationFormat ? new Intl.DurationFormat(locales, options).format(slots) : formatDurationIso(slots, options);
  }
  toString(options = void 0) {
    return formatDurationIso(getDurationSlots(this), options);
  }
  toJSON() {
    return formatDurationIso(getDurationSlots(this));
  }
  valueOf() {
    return forbiddenValueOf2();
  }
}, getDurationSlots, durationGetters);
function createDuration(slots) {
  return initDuration(Object.create(Duration.prototype), slots);
}
function getDurationSlots(obj) {
  return getDurationSlotsIfPresent(obj) || invalidRecordType();
}
function getDurationSlotsIfPresent(obj) {
  return durationSlotsMap.get(obj);
}
function toDurationSlots(arg) {
  if (isObjectLike2(arg)) {
    return getDurationSlotsIfPresent(arg) || refineDurationObjectLike(arg);
  }
  return parseDuration(arg);
}
function refinePublicRelativeTo(relativeTo) {
  if (void 0 !== relativeTo) {
    if (isObjectLike2(relativeTo)) {
      const zonedDateTimeSlots = getZonedDateTimeSlotsIfPresent(relativeTo);
      if (zonedDateTimeSlots) {
        return zonedDateTimeSlots;
      }
      const dateSlots = getPlainDateSlotsIfPresent(relativeTo);
      if (dateSlots) {
        return dateSlots;
      }
      const dateTimeSlots = getPlainDateTimeSlotsIfPresent(relativeTo);
      if (dateTimeSlots) {
        return createDateSlots(dateTimeSlots, dateTimeSlots.calendar);
      }
      const calendar = getCalendarFromBag(relativeTo);
      return refineMaybeZonedDateTimeObjectLike(refineTimeZoneArg, calendar, relativeTo);
    }
    return parseRelativeToSlots(relativeTo, resolveBasicCalendarId);
  }
}
function initDuration(instance, slots) {
  return durationSlotsMap.set(instance, slots), attachDebugString(instance), instance;
}
var Now = /* @__PURE__ */ Object.defineProperties({}, {
  ...createStringTagDescriptors("Temporal.Now"),
  ...createPropDescriptors({
    timeZoneId() {
      return getCurrentTimeZoneId();
    },
    instant() {
      return createInstant(createEpochNanoSlots(getCurrentEpochNano()));
    },
    zonedDateTimeISO(timeZoneArg = getCurrentTimeZoneId()) {
      const timeZone = queryTimeZone(refineTimeZoneArg(timeZoneArg));
      return createZonedDateTime(createZonedEpochNanoSlots(getCurrentEpochNano(), timeZone));
    },
    plainDateTimeISO(timeZoneArg = getCurrentTimeZoneId()) {
      const isoDateTime = getCurrentIsoDateTime(queryTimeZone(refineTimeZoneArg(timeZoneArg)));
      return createPlainDateTime(createDateTimeSlots(isoDateTime));
    },
    plainDateISO(timeZoneArg = getCurrentTimeZoneId()) {
      const isoDateTime = getCurrentIsoDateTime(queryTimeZone(refineTimeZoneArg(timeZoneArg)));
      return createPlainDate(createDateSlots(isoDateTime));
    },
    plainTimeISO(timeZoneArg = getCurrentTimeZoneId()) {
      const isoDateTime = getCurrentIsoDateTime(queryTimeZone(refineTimeZoneArg(timeZoneArg)));
      return createPlainTime(createTimeSlots(isoDateTime));
    }
  })
});
var Temporal = /* @__PURE__ */ Object.defineProperties({}, {
  ...createStringTagDescriptors("Temporal"),
  ...createPropDescriptors({
    PlainYearMonth,
    PlainMonthDay,
    PlainDate,
    PlainTime,
    PlainDateTime,
    ZonedDateTime,
    Instant,
    Duration,
    Now
  })
});

// node_modules/temporal-polyfill/index.js
var Temporal2 = NativeTemporal || Temporal;
var toTemporalInstant2 = NativeTemporal ? Date.prototype.toTemporalInstant : toTemporalInstant;

// src/core/time/time.ts
function validateZone(zone) {
  try {
    return Temporal2.Now.zonedDateTimeISO(zone.trim()).timeZoneId;
  } catch {
    throw new InputError(`unknown time zone ${JSON.stringify(zone)}: use an IANA name such as Europe/Berlin or UTC`);
  }
}
function systemZone() {
  return Temporal2.Now.timeZoneId();
}
function utcSecond(instant) {
  return instant.toString({ smallestUnit: "second", roundingMode: "floor" });
}
var TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;
function digitsAt(text, start, digits) {
  let value = 0;
  for (let index = start; index < start + digits; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}
function zendeskSecond(text) {
  if (text.length !== 20 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 90) return Number.NaN;
  return Date.UTC(
    digitsAt(text, 0, 4),
    digitsAt(text, 5, 2) - 1,
    digitsAt(text, 8, 2),
    digitsAt(text, 11, 2),
    digitsAt(text, 14, 2),
    digitsAt(text, 17, 2)
  );
}
function epochMs(timestamp) {
  const fast = zendeskSecond(timestamp);
  if (!Number.isNaN(fast)) return fast;
  const match = TIMESTAMP.exec(timestamp);
  if (match) {
    const [, y, mo, d, h, mi, s, fraction] = match;
    const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, "0")) : 0;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  }
  return Temporal2.Instant.from(timestamp).epochMilliseconds;
}

// src/core/ip-address.ts
var IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
function isIpAddress(text) {
  if (IPV4.test(text)) return true;
  if (!text.includes(":") || !/^[0-9a-f:.]+$/i.test(text)) return false;
  try {
    new URL(`http://[${text}]/`);
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
  const text = String(value).trim();
  const id = wholeNumberOf(text) ?? Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
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
  let pages = 0;
  let records = 0;
  const { controller, unlink } = linkedController(options.signal);
  const walk = cursorPages(client, AUDIT_LOGS, params, "audit_logs", { signal: controller.signal });
  try {
    for (let page = await walk.next(); !page.done; ) {
      const ahead = options.readAhead ? walk.next() : void 0;
      ahead?.catch(() => {
      });
      const fresh = page.value.filter((log) => seen.add(log.id));
      records += fresh.length;
      for (const log of fresh) yield log;
      options.onEvent?.({ type: "page", pages: ++pages, records });
      page = await (ahead ?? walk.next());
    }
  } finally {
    unlink();
    controller.abort();
    void walk.return(void 0).catch(() => {
    });
  }
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
  const maxBuffered = 2 * state.concurrency * Math.max(state.sliceRecords, state.pageSize);
  const room = state.buffered + state.active * state.pageSize < maxBuffered;
  const mayFetch = (slice2) => !slice2.active && !slice2.done && slice2.buffered < 2 * state.sliceRecords;
  if (slices[head] && mayFetch(slices[head])) return { type: "fetch", index: head };
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

// src/core/fetch/slices.ts
function windowSeconds(window) {
  return { from: Math.floor(window.start.epochMilliseconds / 1e3), to: Math.floor(window.end.epochMilliseconds / 1e3) };
}
function rangeWindow(range) {
  return {
    start: Temporal2.Instant.fromEpochMilliseconds(range.from * 1e3),
    end: Temporal2.Instant.fromEpochMilliseconds(range.to * 1e3)
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
  return typeof count2 === "number" && Number.isSafeInteger(count2) && count2 >= 0 ? count2 : void 0;
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
  const count2 = await countAuditLogs(client, query, options);
  if (count2 !== void 0) options.onEvent?.({ type: "count", count: count2 });
  if (concurrency === 1 || count2 === void 0 || count2 < Math.max(1, minRecords)) return yield* auditLogs(client, query, once);
  const descending = query.order !== "asc";
  const range = windowSeconds(query.createdAt);
  const planned = planSlices(range, count2, { concurrency, sliceRecords, pageSize });
  const slices = descending ? planned.reverse().map((part) => newSlice(-part.to, -part.from)) : planned.map((part) => newSlice(part.from, part.to));
  const density = count2 / (range.to - range.from + 1);
  const state = { slices, head: 0, active: 0, buffered: 0, concurrency, sliceRecords, pageSize, density };
  let failure;
  let closed = false;
  let wake = () => {
  };
  let pages = 0;
  let records = 0;
  const stopWalks = () => slices.forEach((slice) => slice.controller?.abort());
  const fail = (error) => {
    if (closed || failure) return;
    failure = { error };
    stopWalks();
    wake();
  };
  const coordinate = (record) => {
    try {
      const seconds2 = Math.floor(epochMs(record.created_at) / 1e3);
      return descending ? -seconds2 : seconds2;
    } catch {
      return Number.NaN;
    }
  };
  function schedule() {
    while (!failure && !closed) {
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
    try {
      if (!slice.walk) {
        const createdAt = rangeWindow(descending ? { from: -slice.last, to: -slice.first } : { from: slice.first, to: slice.last });
        slice.walkLast = slice.last;
        slice.controller = new AbortController();
        const params = auditLogParams({ ...query, createdAt }, pageSize);
        slice.walk = cursorPages(client, AUDIT_LOGS, params, "audit_logs", { signal: slice.controller.signal });
      }
      const result = await slice.walk.next();
      if (result.done) slice.done = true;
      else receive(slice, result.value);
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
  if (options.signal?.aborted) onAbort();
  const seen = new RecentIds();
  schedule();
  try {
    for (; ; ) {
      if (failure) throw failure.error;
      const step = nextStep(state);
      if (step.type === "end") return;
      if (step.type === "wait") await new Promise((resolve) => wake = resolve);
      else if (step.type === "next") {
        if (++state.head >= 256) state.head -= slices.splice(0, state.head).length;
      } else if (step.type === "emit") {
        const head = slices[state.head];
        const page = head.pages.shift();
        head.buffered -= page.length;
        state.buffered -= page.length;
        schedule();
        for (const log of page) if (seen.add(log.id)) yield log;
      } else schedule();
    }
  } finally {
    closed = true;
    options.signal?.removeEventListener("abort", onAbort);
    stopWalks();
  }
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
  if (email && apiToken) return { email, apiToken };
  const clientPair = `${names.clientId} and ${names.clientSecret}`;
  if (apiToken) throw new InputError(`${names.apiToken} is set but ${names.email} is not: set both, or use ${clientPair}`);
  if (email) throw new InputError(`${names.email} is set but ${names.apiToken} is not: set both, or use ${clientPair}`);
  throw new InputError(`${settings.noneSet}: ${credentialChoices(names)} (${settings.noneHint})`);
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

// src/core/fetch/source-types.ts
var KNOWN_SOURCE_TYPES = [
  "account_setting",
  "apitoken",
  "brand",
  "group",
  "macro",
  "permission_set",
  "rule",
  "ticket",
  "ticket_form",
  "trigger",
  "user",
  "view",
  "zendesk/app_market/app"
];
function checkSourceTypes(types) {
  const unknown = [];
  for (const type of types) {
    if (KNOWN_SOURCE_TYPES.includes(type)) continue;
    const suggestion = closestMatch(type, KNOWN_SOURCE_TYPES);
    if (suggestion) throw new InputError(`source type ${JSON.stringify(type)} is not known: did you mean ${suggestion}?`);
    unknown.push(type);
  }
  if (unknown.length === 0) return void 0;
  const names = unknown.map((type) => JSON.stringify(type)).join(", ");
  return `source type ${names} is not one Zendesk is known to log (${KNOWN_SOURCE_TYPES.join(", ")}): if nothing is found, check the spelling`;
}

// src/core/time/time-range.ts
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseDate(text) {
  const trimmed = text.trim();
  if (DATE.test(trimmed)) {
    try {
      return Temporal2.PlainDate.from(trimmed, { overflow: "reject" });
    } catch {
    }
  }
  throw new InputError(`${JSON.stringify(text)} is not a date: write YYYY-MM-DD, e.g. 2024-05-21`);
}
function floorToSecond(instant) {
  return instant.round({ smallestUnit: "second", roundingMode: "floor" });
}
function startOfDay(date, zone) {
  return date.toZonedDateTime({ timeZone: zone }).toInstant();
}
function dayRange(first, last, zone) {
  if (Temporal2.PlainDate.compare(first, last) > 0) {
    throw new InputError(`the end date ${last} is before the start date ${first}`);
  }
  return {
    start: startOfDay(first, zone),
    end: startOfDay(last.add({ days: 1 }), zone).subtract({ seconds: 1 })
  };
}
function parseBound(text, zone, edge) {
  const trimmed = text.trim();
  if (DATE.test(trimmed) || !/[T ]\d/.test(trimmed)) {
    const date = parseDate(trimmed);
    return edge === "start" ? startOfDay(date, zone) : dayRange(date, date, zone).end;
  }
  try {
    return floorToSecond(Temporal2.Instant.from(trimmed));
  } catch {
    const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})(?:\[.*\])?$/i.test(trimmed);
    throw new InputError(
      hasOffset ? `${JSON.stringify(text)} is not a valid time: write e.g. 2024-05-21T15:34:33Z` : `${JSON.stringify(text)} has no zone: add Z or an offset (2024-05-21T15:34:33-07:00), or give a date`
    );
  }
}
function parseRange(start, end, zone, now = Temporal2.Now.instant()) {
  const window = { start: parseBound(start, zone, "start"), end: end ? parseBound(end, zone, "end") : floorToSecond(now) };
  if (Temporal2.Instant.compare(window.start, window.end) > 0) {
    throw new InputError(`the end (${end || "now"}) is before the start (${start})`);
  }
  return window;
}
var DURATION = /^(\d+)\s*(s|m|min|h|d|w)$/i;
var UNITS = { s: "seconds", m: "minutes", min: "minutes", h: "hours", d: "days", w: "weeks" };
function parseDuration2(text) {
  const trimmed = text.trim();
  let duration;
  const match = DURATION.exec(trimmed);
  if (match) {
    const unit = UNITS[match[2].toLowerCase()];
    try {
      duration = Temporal2.Duration.from({ [unit]: Number(match[1]) });
    } catch {
      duration = void 0;
    }
  } else if (/^P/i.test(trimmed)) {
    try {
      duration = Temporal2.Duration.from(trimmed.toUpperCase());
    } catch {
      duration = void 0;
    }
  }
  if (!duration) {
    throw new InputError(`${JSON.stringify(text)} is not a duration: write a whole number and a unit, e.g. 90m, 36h, 7d or 2w`);
  }
  if (duration.sign <= 0) throw new InputError(`the duration ${JSON.stringify(text)} must be longer than zero`);
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
    const zoned = Temporal2.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.zone);
    const previous = Temporal2.Instant.fromEpochMilliseconds(ms + 1).toZonedDateTimeISO(this.zone).getTimeZoneTransition("previous");
    const next = zoned.getTimeZoneTransition("next");
    const text = offsetText(zoned.offsetNanoseconds);
    return {
      start: previous ? previous.epochMilliseconds : -Infinity,
      end: next ? next.epochMilliseconds : Infinity,
      offsetMs: zoned.offsetNanoseconds / 1e6,
      offsetText: text,
      abbreviation: zoneAbbreviation(this.zone, ms, text)
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
      const zoned = Temporal2.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.zone);
      return `${zoned.toPlainDateTime().toString({ smallestUnit: "second" }).replace("T", " ")} ${this.#span(ms).abbreviation}`;
    }
    return `${parts.date} ${parts.time} ${parts.span.abbreviation}`;
  }
  /** `2024-05-21T15:34:33-07:00[America/Los_Angeles]`: Temporal's `ZonedDateTime` string. */
  iso(ms) {
    const parts = this.#parts(ms);
    if (!parts) return Temporal2.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(this.zone).toString();
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

// src/core/version.ts
var VERSION = "0.2.0";

// src/core/review/change.ts
var NAMED_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
var ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi;
function decodeEntities(text) {
  return text.replace(ENTITY, (whole, decimal, hex, name) => {
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
  const text = decodeEntities(description).trim();
  const changed = CHANGED_FROM.exec(text);
  if (changed) return Object.freeze({ change_from: changed[1], change_to: changed[2] });
  for (const [shape, from, to] of SWITCHES) {
    if (shape.test(text)) return Object.freeze({ change_from: from, change_to: to });
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

// src/core/render/localize.ts
var REVIEW_FIELDS = ["sensitive", "change_from", "change_to"];
function addedFields(record, clock, sensitivity2) {
  const added = { created_at_local: clock.iso(createdAtMs(record)) };
  if (sensitivity2) {
    const { change_from, change_to } = changeOf(record);
    added.sensitive = sensitivity2.record(record);
    added.change_from = change_from;
    added.change_to = change_to;
  }
  return added;
}
function withAdded(record, added) {
  const copy = { ...record };
  for (const key of Object.keys(added)) delete copy[key];
  return Object.assign(copy, added);
}
function localize(record, clock) {
  return withAdded(record, addedFields(record, clock));
}
function localizeReviewed(record, clock, sensitivity2) {
  return withAdded(record, addedFields(record, clock, sensitivity2));
}

// src/core/render/unsafe.ts
var BEYOND_C0 = "\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
var LONE_SURROGATE = "[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
var UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]|${LONE_SURROGATE}`, "g");
var UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, "g");
function replaceUnsafe(text, replacement) {
  return text.replace(UNSAFE, replacement);
}
function escapeUnsafeInJson(json) {
  return json.replace(UNSAFE_IN_JSON, unicodeEscape).replaceAll("##[", "#\\u0023[");
}
function unicodeEscape(character) {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function escapeUnsafe(text, keep = "") {
  return replaceUnsafe(text, (character) => keep.includes(character) ? character : unicodeEscape(character));
}
function breakWorkflowCommands(text) {
  return text.replace(/::/g, ":​:").replace(/##\[/g, "#​#[");
}
function breakCommandsAfterLineStart(text) {
  return text.replace(/([\r\n]\s*)::/g, "$1:​:").replace(/##\[/g, "#​#[");
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
var REVIEWED_CSV_COLUMNS = [...CSV_COLUMNS, ...REVIEW_FIELDS];
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
  let text = escapeUnsafe(typeof value === "string" ? value : JSON.stringify(value), CSV_KEPT);
  text = first ? breakWorkflowCommands(text) : breakCommandsAfterLineStart(text);
  if (FORMULA_START.test(text)) text = FORMULA_GUARD + text;
  return NEEDS_QUOTES.test(text) ? QUOTE + text.replaceAll(QUOTE, QUOTE + QUOTE) + QUOTE : text;
}
function csvRow(values) {
  return values.map((value, index) => csvCell(value, index === 0)).join(DELIMITER) + LINE_END;
}
async function* renderCsv(records, options) {
  const { sensitivity: sensitivity2 } = options;
  const columns = sensitivity2 ? REVIEWED_CSV_COLUMNS : CSV_COLUMNS;
  yield csvRow(columns);
  for await (const record of records) {
    const added = addedFields(record, options.clock, sensitivity2);
    yield csvRow(columns.map((column) => Object.hasOwn(added, column) ? added[column] : record[column]));
  }
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
  const clause = (direction) => ({
    source_type: SETTINGS,
    label: area.labels,
    ...area.notLabels ? { not_label: area.notLabels } : {},
    sense: area.sense,
    direction
  });
  return [
    { ...area.weakening, match: clause(["weakening", "unknown"]) },
    { ...area.strengthening, severity: "low", match: clause(["strengthening"]) }
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
  const text = normalizeValue(value);
  if (ON.has(text)) return 1;
  if (OFF.has(text) || text === "none") return 0;
  if (ENDLESS.has(text)) return Infinity;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const match = QUANTITY.exec(text);
  if (!match) return void 0;
  const count2 = /^\d/.test(match[1]) ? Number(match[1]) : NUMBER_WORDS[match[1]];
  const unit = UNIT_MS[match[2]];
  return count2 === void 0 || unit === void 0 ? void 0 : count2 * unit;
}
function compareQuantities(from, to) {
  const [before, after] = [quantity(from), quantity(to)];
  if (before === void 0 || after === void 0) return void 0;
  return after === before ? null : after > before ? 1 : -1;
}
function levelOf(levels, value) {
  const text = normalizeValue(value);
  return levels.findIndex((names) => names.some((name) => normalizeValue(name) === text));
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
function changeDirection(from, to, sense) {
  if (from === null || to === null) return "unknown";
  if (sense === "ip-ranges") return ipRangesDirection(from, to);
  if (typeof sense === "object") {
    const [before, after] = [levelOf(sense.levels, from), levelOf(sense.levels, to)];
    if (before < 0 || after < 0) return normalizeValue(from) === normalizeValue(to) ? null : "unknown";
    return before === after ? null : after > before ? "strengthening" : "weakening";
  }
  const more = compareQuantities(from, to);
  if (more === void 0) return normalizeValue(from) === normalizeValue(to) ? null : "unknown";
  if (more === null) return null;
  return more > 0 === (sense === "opens") ? "weakening" : "strengthening";
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

// src/core/review/rule.ts
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
function atLeast(severity, minimum) {
  return severity !== null && RANK[severity] >= RANK[minimum];
}
function isSensitive(severity) {
  return atLeast(severity, "medium");
}

// src/core/review/match.ts
var REMEMBERED2 = 2048;
var REMEMBERED_LENGTH2 = 200;
function anyOf(patterns) {
  const sources = [...new Set(patterns.flatMap((pattern) => pattern ? [pattern.source] : []))];
  if (sources.length === 0) return () => true;
  const union = new RegExp(sources.map((source) => `(?:${source})`).join("|"), "iu");
  const answers = /* @__PURE__ */ new Map();
  return (text) => {
    if (text.length > REMEMBERED_LENGTH2) return union.test(text);
    let answer = answers.get(text);
    if (answer === void 0) {
      answer = union.test(text);
      if (answers.size >= REMEMBERED2) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}
function candidates(all) {
  return {
    anyLabel: anyOf(all.map(({ clause }) => clause.label)),
    anyDescription: anyOf(all.map(({ clause }) => clause.description)),
    left: [0, 1, 2, 3].map(
      (matched) => all.filter(({ clause }) => (!clause.label || (matched & 1) !== 0) && (!clause.description || (matched & 2) !== 0))
    )
  };
}
var EMPTY = Object.freeze([]);
var MAX_CACHED_PAIRS = 4096;
function sourceTypeKey(sourceType) {
  return typeof sourceType === "string" ? sourceType.toLowerCase().replace(/[\s_/-]+/g, "") : "";
}
function clauses(match) {
  if (match === void 0) return [];
  return Array.isArray(match) ? match : [match];
}
function compileClause(clause) {
  return {
    types: clause.source_type ? new Set(clause.source_type.map(sourceTypeKey)) : void 0,
    actions: clause.action ? new Set(clause.action.map((action) => action.trim().toLowerCase())) : void 0,
    label: compilePatterns(clause.label ?? []),
    notLabel: compilePatterns(clause.not_label ?? []),
    description: compilePatterns(clause.description ?? []),
    notDescription: compilePatterns(clause.not_description ?? []),
    from: compilePatterns(clause.from ?? []),
    to: compilePatterns(clause.to ?? []),
    direction: clause.sense ? directionIn(clause.sense) : void 0,
    directions: clause.direction ? new Set(clause.direction) : void 0,
    self: clause.self === true
  };
}
function changesOf(description) {
  if (typeof description === "string" && description.includes("\n")) {
    const lines = description.split("\n").map(parseChange).filter((change) => change.change_from !== null || change.change_to !== null);
    if (lines.length > 0) return lines;
  }
  return [parseChange(description)];
}
function changeMatches(clause, change) {
  if (clause.from && (change.change_from === null || !clause.from.test(change.change_from))) return false;
  if (clause.to && (change.change_to === null || !clause.to.test(change.change_to))) return false;
  if (clause.directions) {
    const direction = clause.direction(change);
    if (direction === null || !clause.directions.has(direction)) return false;
  }
  return true;
}
function directionIn(sense) {
  const answers = /* @__PURE__ */ new Map();
  return ({ change_from: from, change_to: to }) => {
    if (from === null || to === null || from.length + to.length > REMEMBERED_LENGTH2) return changeDirection(from, to, sense);
    const key = `${from}\0${to}`;
    let answer = answers.get(key);
    if (answer === void 0) {
      answer = changeDirection(from, to, sense);
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
function clauseMatches(clause, view) {
  if (clause.label && !clause.label.test(view.label)) return false;
  if (clause.notLabel && clause.notLabel.test(view.label)) return false;
  if (clause.description && !clause.description.test(view.description)) return false;
  if (clause.notDescription && clause.notDescription.test(view.description)) return false;
  if (clause.self) {
    const { actor_id: actor, source_id: source } = view.record;
    if (typeof actor !== "number" || actor !== source) return false;
  }
  if (clause.from || clause.to || clause.directions) return view.changes.some((change) => changeMatches(clause, change));
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
      for (const clause of list2) {
        if ((!clause.types || clause.types.has(type)) && (!clause.actions || clause.actions.has(actionKey))) all.push({ rule, clause });
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
    for (const { rule, clause } of pool) {
      if (matched.at(-1) === rule) continue;
      if (clauseMatches(clause, view)) matched.push(rule);
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

// src/core/review/detector.ts
var NOTHING = Object.freeze([]);

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
var SENSITIVE_SUFFIX = " [sensitive]";
async function* renderText(records, options) {
  let count2 = 0;
  for await (const record of records) {
    count2 += 1;
    const mark = options.sensitivity?.record(record) ? SENSITIVE_SUFFIX : "";
    yield `${changeLine(record, options.clock)}${mark}
`;
  }
  if (count2 === 0) yield `${options.empty ?? NO_SETTING_UPDATES}
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

// src/core/render/ecs.ts
var IAM_TYPES = {
  create: "creation",
  read: "info",
  update: "change",
  delete: "deletion",
  other: "info"
};
var CONFIGURATION_TYPES = { ...IAM_TYPES, read: "access" };

// src/core/render/json.ts
function output(record, options) {
  return options.sensitivity ? localizeReviewed(record, options.clock, options.sensitivity) : localize(record, options.clock);
}
var INDENT = "  ";
function stringify(value, indent) {
  return escapeUnsafeInJson(JSON.stringify(value, null, indent));
}
async function* renderJson(records, options) {
  let first = true;
  for await (const record of records) {
    const element = INDENT + stringify(output(record, options), INDENT).replaceAll("\n", `
${INDENT}`);
    yield `${first ? "[\n" : ",\n"}${element}`;
    first = false;
  }
  yield first ? "[]\n" : "\n]\n";
}
function ndjsonLine(record, options) {
  const added = addedFields(record, options.clock, options.sensitivity);
  if (Object.keys(added).some((key) => key in record)) return stringify(withAdded(record, added));
  const own = JSON.stringify(record);
  const tail = JSON.stringify(added).slice(1, -1);
  return escapeUnsafeInJson(`${own.slice(0, -1)},${tail}}`);
}
async function* renderNdjson(records, options) {
  for await (const record of records) {
    yield `${ndjsonLine(record, options)}
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
function reviewChanges(records, sensitivity2) {
  const changes2 = records.map((record) => ({
    record,
    sensitive: sensitivity2.record(record),
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
    sensitive: chronological.filter((change) => change.sensitive),
    byActor: tally(changes2.map((change) => textOf(change.record.actor_name) || `user ${textOf(change.record.actor_id)}`)),
    byArea: tally(changes2.map((change) => areaOf(textOf(change.record.source_label)) || "(no label)")),
    repeated
  };
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
function cutIndex(text, count2) {
  if (text.length <= count2) return -1;
  let index = 0;
  for (let seen = 0; seen < count2; seen += 1) {
    const unit = text.charCodeAt(index);
    const isPair = unit >= 55296 && unit <= 56319 && (text.charCodeAt(index + 1) & 64512) === 56320;
    index += isPair ? 2 : 1;
    if (index >= text.length) return -1;
  }
  return index;
}
function codePointCount(text) {
  let count2 = 0;
  for (const _ of text) count2 += 1;
  return count2;
}
function breakLinks(text) {
  return text.replace(AT_SIGN, `@${ZERO_WIDTH_SPACE}`).replace(ISSUE_NUMBER, `#${ZERO_WIDTH_SPACE}`).replace(GH_PREFIX, `$1${ZERO_WIDTH_SPACE}`).replace(WWW_PREFIX, `$1${ZERO_WIDTH_SPACE}`).replace(URL_SCHEME, (scheme) => IPV6_GROUP.test(scheme) ? scheme : scheme + ZERO_WIDTH_SPACE);
}
function escapeSpecial(text) {
  return text.replace(SPECIAL2, (character) => ENTITIES[character] ?? (MARKDOWN_PUNCTUATION.test(character) ? `\\${character}` : character));
}
function neutralise(text, maxLength = MAX_TEXT_LENGTH) {
  if (!(maxLength === Infinity || Number.isSafeInteger(maxLength) && maxLength > 0)) {
    throw new RangeError(`maxLength must be a positive integer or Infinity, got ${maxLength}`);
  }
  const source = typeof text === "string" ? text : String(text ?? "");
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
function attentionItem(change, clock, end) {
  const { record } = change;
  const actor = inert(record.actor_name) || `user ${inert(record.actor_id)}`;
  const fields = [clock.text(change.at), actor, inert(record.source_label) || "—", changeText(change), end];
  return `- [ ] ${fields.join(SEPARATOR)}`;
}
function itemEndText(change, itemEnd) {
  const id = change.record.id;
  return itemEnd?.(id) ?? `audit log ${String(id)}`;
}
function attentionSection(review, clock, options = {}) {
  const { sensitive } = review;
  if (sensitive.length === 0) return "";
  const size = options.size ?? DEFAULT_REPORT_SIZE;
  const candidates2 = sensitive.slice(0, MAX_ATTENTION_ITEMS);
  const longest = candidates2.map((change) => attentionItem(change, clock, "").length + ITEM_END_ROOM);
  const shown2 = candidates2.slice(0, fitting(longest, size * SECTION_SHARES.attention - 200));
  const lines = [`### ${SENSITIVE_MARK} Needs attention: ${plural(sensitive.length, "sensitive change")}`, ""];
  for (const change of shown2) lines.push(attentionItem(change, clock, itemEndText(change, options.itemEnd)));
  if (shown2.length < sensitive.length) {
    lines.push("", `_…and ${plural(sensitive.length - shown2.length, "more sensitive change")}, marked ${SENSITIVE_MARK} in the table._`);
  }
  return `${lines.join("\n")}
`;
}
function tallyLine(label, tallies, budget) {
  const candidates2 = tallies.slice(0, MAX_GLANCE_NAMES).map((entry) => `${inert(entry.name, GLANCE_TEXT_LENGTH) || "—"} (${entry.count})`);
  const named = candidates2.slice(0, fitting(lengths(candidates2), budget - 100));
  const rest = tallies.slice(named.length);
  if (rest.length) {
    const changes2 = rest.reduce((sum, entry) => sum + entry.count, 0);
    named.push(`${plural(rest.length, "other")} (${changes2})`);
  }
  return `- **${label}:** ${named.join(", ")}`;
}
function glanceSection(review, size = DEFAULT_REPORT_SIZE) {
  if (review.changes.length < 2) return "";
  const budget = size * SECTION_SHARES.glance / 2;
  return ["### At a glance", "", tallyLine("By actor", review.byActor, budget), tallyLine("By area", review.byArea, budget), ""].join("\n");
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
var TABLE_COLUMNS = ["Actor", "Setting", "Change", "IP", "Audit log"];
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
  const heading = `## Zendesk audit: ${changes(options.count, neutralise(options.sourceType))}`;
  return [
    heading,
    "",
    `- **Window:** ${describeWindow(options.window, options.zone)}`,
    // A code span, not a bare URL: GFM would autolink that, and the only links we emit go to actor profiles.
    `- **Account:** \`${accountOrigin(options.account)}\``,
    ""
  ].join("\n");
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
function reportRow(record, options) {
  const origin = accountOrigin(options.account);
  const id = record.id;
  return tableRow([
    options.clock.text(createdAtMs(record)),
    actorCell(record, origin),
    options.sensitive ? `${SENSITIVE_MARK} ${textCell(record.source_label)}` : textCell(record.source_label),
    textCell(record.change_description),
    textCell(record.ip_address),
    isZendeskId(id) ? String(id) : textCell(id)
  ]);
}
function markdownReport(records, options) {
  const header = { window: options.window, zone: options.zone, sourceType: options.sourceType, account: options.account };
  if (records.length === 0) return `${introduction(header)}
No ${neutralise(options.sourceType)} changes were found in this window.
`;
  const review = reviewChanges(records, options.sensitivity ?? sensitivity());
  const sections = reviewSections(review, options.clock);
  const rows = review.changes.map(
    (change) => reportRow(change.record, { clock: options.clock, account: options.account, sensitive: change.sensitive })
  );
  return `${reportHeader({ ...header, count: records.length, sections })}${rows.join("\n")}
`;
}
async function* renderMarkdown(records, options) {
  const all = [];
  for await (const record of records) all.push(record);
  yield markdownReport(all, options);
}

// src/core/review/rules-file.ts
var BUILT_IN_IDS = BUILT_IN_RULES.map((rule) => rule.id);
var PATTERN_FIELDS = ["label", "not_label", "description", "not_description", "from", "to"];
var NAME_FIELDS = ["source_type", "action"];
var CLAUSE_FIELDS = [...NAME_FIELDS, ...PATTERN_FIELDS, "sense", "direction", "self"];

// src/cli/credentials.ts
function read(env, name) {
  const value = env[name]?.trim();
  return value ? value : void 0;
}
var SECRET_VARIABLES = ["ZENDESK_CLIENT_SECRET", "ZENDESK_OAUTH_TOKEN", "ZENDESK_API_TOKEN"];
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
  return {
    subdomain: flags.subdomain ?? read(env, "ZENDESK_SUBDOMAIN"),
    baseUrl: flags.baseUrl ?? read(env, "ZENDESK_BASE_URL")
  };
}

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
  const rate = state.records / (state.elapsedMs / 1e3);
  if (state.total !== void 0 && state.total > 0) {
    const share = Math.min(1, state.records / state.total);
    const filled = Math.round(share * BAR_WIDTH);
    parts.push(
      `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}% ${count(state.records)} of ${count(state.total)} records`
    );
    const waitMs = state.wait && state.wait.ms > 0 ? state.wait.ms : 0;
    if (steady) parts.push(`${count(rate)}/s`, `${formatDuration(waitMs + Math.max(0, state.total - state.records) / rate * 1e3)} left`);
  } else {
    parts.push(`Fetching: ${count(state.pages)} pages, ${count(state.records)} records`);
    if (steady) parts.push(`${count(rate)}/s`);
  }
  if (state.wait && state.wait.ms > 0) parts.push(`waiting ${Math.ceil(state.wait.ms / 1e3)} s ${state.wait.reason}`);
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
  let waitReason = "";
  let shown2 = false;
  let finished = false;
  let drawnAt = 0;
  let ticker;
  function draw(force = false) {
    const time = now();
    if (finished || time - started < QUIET_MS || !force && time - drawnAt < REDRAW_MS) return;
    drawnAt = time;
    const wait = waitUntil > time ? { ms: waitUntil - time, reason: waitReason } : void 0;
    stream.write(`\r\x1B[2K${progressLine({ pages, records, total, elapsedMs: time - started, wait, columns: stream.columns })}`);
    shown2 = true;
  }
  function clear() {
    if (shown2) stream.write("\r\x1B[2K");
    shown2 = false;
  }
  function waitUntilTime(until, reason) {
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

// src/cli/io.ts
var ClosedPipe = class extends Error {
  name = "ClosedPipe";
};
var Interrupted = class extends Error {
  name = "Interrupted";
  /** Records written before the stop, when known. */
  written;
  constructor(written) {
    super(
      written === void 0 ? "interrupted" : `interrupted: the output is partial, ${recordCount(written)} written`
    );
    this.written = written;
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
async function pipe(chunks, output2) {
  for await (const chunk of chunks) await output2.write(chunk);
}
function note(message) {
  process.stderr.write(`${message}
`);
}

// src/cli/main.ts
var EXIT = { ok: 0, zendesk: 1, usage: 2, interrupted: 130 };
function environmentRedactor(env) {
  let secrets = [];
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
function describeFailure(error) {
  if (error instanceof ClosedPipe) return { code: EXIT.ok };
  if (error instanceof Interrupted) return { code: EXIT.interrupted, message: error.message };
  if (error instanceof InputError) return { code: EXIT.usage, message: error.message };
  if (error instanceof ZendeskError) return { code: EXIT.zendesk, message: error.message };
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
  const argv = process2.argv.slice(2);
  const env = process2.env;
  const redact = environmentRedactor(env);
  try {
    await program(argv, env);
  } catch (error) {
    const { code, message } = describeFailure(error);
    if (message) process2.stderr.write(`error: ${breakCommandsAfterLineStart(escapeUnsafe(redact(message), "\n"))}
`);
    if (argv.includes("--debug")) process2.stderr.write(`${redact(details(error))}
`);
    process2.exitCode = code;
  }
}

// src/cli/flags.ts
import { parseArgs } from "node:util";
var COMMON_FLAGS = {
  tz: { type: "string" },
  format: { type: "string" },
  "base-url": { type: "string" },
  subdomain: { type: "string" },
  demo: { type: "boolean" },
  timeout: { type: "string" },
  "max-attempts": { type: "string" },
  "max-wait": { type: "string" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" }
};
var SENSITIVE_FLAG = { sensitive: { type: "string", multiple: true } };
var SENSITIVE_HELP = `  --sensitive PATTERN   count settings matching PATTERN as sensitive too (repeatable;
                        case-insensitive, from the start of a word, * for any text)`;
function chooseSensitivity(values) {
  try {
    return sensitivity(many(values, "sensitive"));
  } catch (error) {
    throw new InputError(`--sensitive: ${error.message}`);
  }
}
var ACCOUNT_HELP = `Account (credentials come only from the environment: ZENDESK_CLIENT_ID and
ZENDESK_CLIENT_SECRET of an OAuth client of kind Confidential, which mint a short-lived
token each run; or ZENDESK_OAUTH_TOKEN; or ZENDESK_USER_EMAIL and ZENDESK_API_TOKEN,
which Zendesk switches off on 2027-04-30):
  --demo                use the built-in sandbox account; no credentials needed
  --subdomain NAME      acme for https://acme.zendesk.com (default: $ZENDESK_SUBDOMAIN)
  --base-url URL        API origin for proxies and tests (default: $ZENDESK_BASE_URL)`;
function networkHelp(extra = "") {
  return `Network:
  --timeout DURATION    time allowed for one request (default 30s)
  --max-attempts N      attempts per request, the first included (default 6)
  --max-wait DURATION   most time one request may wait for retries (default 2m)
${extra}  --debug               print stack traces with errors
  -h, --help            show this help
  -V, -v, --version     print the version`;
}
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
var DEFAULT_RATE_RESERVE_PERCENT = 20;
function rateReserve(value, name) {
  if (value === void 0) return DEFAULT_RATE_RESERVE_PERCENT / 100;
  const match = /^\s*(\d{1,2})\s*%?\s*$/.exec(value);
  const percent = match ? Number(match[1]) : Number.NaN;
  if (!(percent >= 0 && percent <= 90)) {
    throw new InputError(`--${name} ${JSON.stringify(value)} must be a whole percentage from 0 to 90, e.g. 20 or 20%`);
  }
  return percent / 100;
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
  if (choices.includes(value)) return value;
  throw new InputError(`--${name} ${JSON.stringify(value)} is not one of ${choices.join(", ")}`);
}
function wholeNumber(value, name, fallback, min = 1, max = Number.MAX_SAFE_INTEGER) {
  if (value === void 0) return fallback;
  const number = wholeNumberOf(value.trim()) ?? Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new InputError(
      `--${name} ${JSON.stringify(value)} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ""}`
    );
  }
  return number;
}

// src/cli/prompt.ts
import process3 from "node:process";
import { createInterface } from "node:readline/promises";
function canPrompt() {
  return Boolean(process3.stdin.isTTY);
}
function openPrompter(input = process3.stdin, output2 = process3.stderr) {
  const terminal = createInterface({ input, output: output2 });
  return {
    async ask(question, check) {
      for (; ; ) {
        let answer;
        try {
          answer = (await terminal.question(question)).trim();
        } catch (error) {
          if (error.name !== "AbortError") throw error;
          output2.write("\n");
          throw new Interrupted();
        }
        try {
          return check(answer);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          output2.write(`  ${error.message}; try again
`);
        }
      }
    },
    close: () => terminal.close()
  };
}

// src/cli/session.ts
import process4 from "node:process";
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
function milliseconds(value, name) {
  if (value === void 0) return void 0;
  try {
    return parseDuration2(value).total({ unit: "milliseconds", relativeTo: Temporal2.Now.zonedDateTimeISO("UTC") });
  } catch (error) {
    throw new InputError(`--${name}: ${error.message}`);
  }
}
function networkOptions(values) {
  return {
    retry: {
      attempts: wholeNumber(single(values, "max-attempts"), "max-attempts", 6, 1, 100),
      maxWaitMs: milliseconds(single(values, "max-wait"), "max-wait")
    },
    timeoutMs: milliseconds(single(values, "timeout"), "timeout")
  };
}
async function resolveFetch() {
  if (typeof globalThis.fetch === "function") return globalThis.fetch;
  return (await import("./node-ponyfill-VQHQFXX7.js")).fetch;
}
async function openSession(values, env, zone, { reserveShare = 0, scopes = ["auditlogs:read"] } = {}) {
  const network = networkOptions(values);
  const progress = createProgress(process4.stderr);
  let warning;
  const common = {
    fetch: await resolveFetch(),
    retry: network.retry,
    timeoutMs: network.timeoutMs,
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
  const connect = (baseUrl2, credentials2) => ({
    client: createClient({ baseUrl: baseUrl2, credentials: credentials2, ...common }),
    account: baseUrl2,
    zone,
    clock: new ZoneClock(zone),
    progress
  });
  if (values.demo) {
    if (values["base-url"] !== void 0 || values.subdomain !== void 0) {
      throw new InputError("--demo uses the built-in sandbox account: leave out --base-url and --subdomain");
    }
    const { createSandbox, DEMO_OAUTH_CLIENT } = await import("./mod-BUA4AZ43.js");
    const sandbox = createSandbox({ episodes: true });
    const url = await sandbox.start();
    note(`Demo: the built-in sandbox account at ${url} (generated data, no credentials needed)`);
    const credentials2 = { clientId: DEMO_OAUTH_CLIENT.identifier, clientSecret: DEMO_OAUTH_CLIENT.secret };
    return {
      ...connect(new URL(url), credentials2),
      demo: true,
      demoUsers: sandbox.users().map((user) => ({ id: user.id, name: user.name })),
      close: () => sandbox.close()
    };
  }
  const target = accountFromEnv({ subdomain: single(values, "subdomain"), baseUrl: single(values, "base-url") }, env);
  const baseUrl = resolveBaseUrl(target, ", or try --demo");
  const credentials = credentialsFromEnv(env);
  if (isApiToken(credentials)) warning = API_TOKEN_WARNING;
  const destination = credentialDestinationWarning(baseUrl);
  if (destination) note(`warning: ${destination}`);
  return {
    ...connect(baseUrl, credentials),
    demo: false,
    close: async () => {
    }
  };
}

export {
  InputError,
  Temporal2 as Temporal,
  MAX_PAGE_SIZE,
  parseId,
  auditLogParams,
  auditLogs,
  PARALLEL_DEFAULTS,
  MAX_CONCURRENCY,
  parallelAuditLogs,
  closestMatch,
  checkSourceTypes,
  parseBound,
  parseRange,
  parseDuration2 as parseDuration,
  windowEndingAt,
  describeWindow,
  showUser,
  VERSION,
  localizeReviewed,
  escapeUnsafeInJson,
  renderCsv,
  renderText,
  userDetails,
  renderJson,
  renderNdjson,
  renderMarkdown,
  Interrupted,
  streamOutput,
  pipe,
  note,
  runProgram,
  COMMON_FLAGS,
  SENSITIVE_FLAG,
  SENSITIVE_HELP,
  chooseSensitivity,
  ACCOUNT_HELP,
  networkHelp,
  parseFlags,
  DEFAULT_RATE_RESERVE_PERCENT,
  rateReserve,
  single,
  many,
  choice,
  wholeNumber,
  canPrompt,
  openPrompter,
  chooseZone,
  openSession
};
