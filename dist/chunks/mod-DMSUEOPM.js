import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DNS_LABEL,
  wholeNumberOf
} from "./chunk-N652ZZAY.js";
import "./chunk-PLPO5PBA.js";

// src/sandbox/server.ts
import { createServer } from "node:http";

// src/sandbox/cursor.ts
function encodeCursor(position) {
  const json = JSON.stringify({ o: "created_at,id", v: [position.seconds, position.id] });
  return btoa(json).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function decodeCursor(cursor) {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) return void 0;
  try {
    const parsed = JSON.parse(atob(cursor.replace(/-/g, "+").replace(/_/g, "/")));
    if (typeof parsed !== "object" || parsed === null) return void 0;
    const value = parsed.v;
    if (!Array.isArray(value) || value.length !== 2 || !value.every((part) => Number.isSafeInteger(part))) return void 0;
    return { seconds: value[0], id: value[1] };
  } catch {
    return void 0;
  }
}

// src/sandbox/replies.ts
var ReplyError = class extends Error {
  reply;
  constructor(reply) {
    super(`${reply.status} ${reply.body}`);
    this.name = "ReplyError";
    this.reply = reply;
  }
};
function jsonReply(status, value, headers = {}) {
  return { status, headers: { "Content-Type": "application/json; charset=utf-8", ...headers }, body: JSON.stringify(value) };
}
function textReply(status, text, headers = {}) {
  return { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers }, body: text };
}
function htmlReply(status, html, headers = {}) {
  return { status, headers: { "Content-Type": "text/html; charset=utf-8", ...headers }, body: html };
}
function unauthorized() {
  return jsonReply(401, { error: "Couldn't authenticate you" }, { "WWW-Authenticate": 'Basic realm="Web Password"' });
}
function forbidden() {
  return jsonReply(403, {
    error: {
      title: "Forbidden",
      message: "You do not have access to this page. Please contact the account owner of this help desk for further help."
    }
  });
}
function recordNotFound() {
  return jsonReply(404, { error: "RecordNotFound", description: "Not found" });
}
function invalidEndpoint() {
  return jsonReply(404, { error: "InvalidEndpoint", description: "Not found" });
}
function invalidValue(description) {
  return jsonReply(400, { error: "InvalidValue", description });
}
function invalidCreatedAt() {
  return invalidValue(
    "Invalid filter[created_at] specified; format is ?filter[created_at][]=YYYY-MM-DDTHH:MM:SSZ&filter[created_at][]=YYYY-MM-DDTHH:MM:SSZ"
  );
}
function invalidPaginationParameter(parameter) {
  return jsonReply(400, { errors: [{ code: "InvalidPaginationParameter", title: `${parameter} is not valid` }] });
}
function paginationTooDeep() {
  return jsonReply(400, {
    errors: [
      {
        code: "InvalidPaginationDepth",
        title: "Pagination requests using Offset Pagination are limited to page 100 or up to 10000 records (page * per_page)"
      }
    ]
  });
}
function tooManyRequests(retryAfter) {
  return textReply(429, "Number of allowed API requests per minute exceeded", { "Retry-After": formatRetryAfter(retryAfter) });
}
function formatRetryAfter(retryAfter) {
  return typeof retryAfter === "number" ? String(Math.max(0, Math.ceil(retryAfter))) : retryAfter;
}

// src/sandbox/time.ts
var ZENDESK_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
function isoSeconds(epochSeconds) {
  return new Date(epochSeconds * 1e3).toISOString().slice(0, 19) + "Z";
}
function parseZendeskTimestamp(text) {
  if (!ZENDESK_TIMESTAMP.test(text)) return void 0;
  const milliseconds = Date.parse(text);
  if (Number.isNaN(milliseconds) || isoSeconds(milliseconds / 1e3) !== text) return void 0;
  return milliseconds / 1e3;
}

// src/sandbox/list-request.ts
var MAX_PAGE_SIZE = 100;
var MAX_OFFSET_DEPTH = 1e4;
function parseListRequest(params) {
  const filter = parseFilter(params);
  const size = params.get("page[size]");
  if (size !== null) {
    const sort = params.get("sort") ?? "-created_at";
    if (sort !== "created_at" && sort !== "-created_at") throw new ReplyError(invalidPaginationParameter("sort"));
    if (!/^\d+$/.test(size) || Number(size) < 1 || Number(size) > MAX_PAGE_SIZE) {
      throw new ReplyError(invalidPaginationParameter("page[size]"));
    }
    const request = { kind: "cursor", filter, ascending: sort === "created_at", size: Number(size) };
    const after = params.get("page[after]");
    if (after !== null) request.after = cursorParameter("page[after]", after);
    return request;
  }
  return {
    kind: "offset",
    filter,
    ascending: params.get("sort_order") === "asc",
    page: Math.max(1, wholeNumberOf(params.get("page")) ?? 1),
    // Larger pages are cut to 100 rather than refused.
    perPage: Math.min(MAX_PAGE_SIZE, Math.max(1, wholeNumberOf(params.get("per_page")) ?? MAX_PAGE_SIZE))
  };
}
var FILTER_FIELDS = ["source_type", "source_id", "actor_id", "ip_address", "action"];
function parseFilter(params) {
  const fields = [];
  for (const field of FILTER_FIELDS) {
    const wanted = values(params, `filter[${field}]`).map((value) => /^\d+$/.test(value) ? String(Number(value)) : value);
    if (wanted.length) fields.push([field, new Set(wanted)]);
  }
  const filter = { fields };
  const once = params.getAll("filter[created_at]");
  const range = params.getAll("filter[created_at][]");
  if (once.length > 0 || range.length > 0) {
    const [from, to] = range.map(parseZendeskTimestamp);
    if (once.length > 0 || range.length !== 2 || from === void 0 || to === void 0) {
      throw new ReplyError(invalidCreatedAt());
    }
    filter.from = from;
    filter.to = to;
  }
  return filter;
}
function values(params, name) {
  return [...params.getAll(name), ...params.getAll(`${name}[]`)].filter((value) => value !== "");
}
function cursorParameter(name, cursor) {
  const position = decodeCursor(cursor);
  if (!position) throw new ReplyError(invalidPaginationParameter(name));
  return position;
}

// src/sandbox/oauth.ts
var KNOWN_SCOPES = ["read", "write", "auditlogs:read", "users:read", "users:write", "tickets:read"];
var DEFAULT_LIFETIME_SECONDS = 1800;
var LIFETIME_RANGE = [300, 172800];
function allows(grant, needed) {
  return grant.scopes === "all" || grant.scopes.includes(needed) || grant.scopes.includes("read");
}
var TokenIssuer = class {
  /** Tokens minted so far. */
  minted = 0;
  /** Every token minted, in order: for tests that look for them where they must not be. */
  issued = [];
  #client;
  #clock;
  #lifetimeSeconds;
  #tokens = /* @__PURE__ */ new Map();
  /** `lifetimeSeconds` overrides what clients ask for (fractions allowed): to see tokens expire mid-run. */
  constructor(client, clock, lifetimeSeconds) {
    this.#client = client;
    this.#clock = clock;
    this.#lifetimeSeconds = lifetimeSeconds;
  }
  /** The grant of a live token, or undefined for an unknown or expired one. */
  grantOf(token) {
    const entry = this.#tokens.get(token);
    if (!entry) return void 0;
    if (this.#clock() >= entry.expiresAt) {
      this.#tokens.delete(token);
      return void 0;
    }
    return { scopes: entry.scopes };
  }
  /** Every token issued so far stops working now, as if each had reached its expiry. */
  expireAll() {
    this.#tokens.clear();
  }
  /** Answers one token request (JSON or form-encoded body). */
  grant(body, contentType) {
    const fields = parseBody(body, contentType);
    if (!fields) return oauthError(400, "invalid_request", "The request is missing a required parameter or is otherwise malformed.");
    if (fields.grant_type !== "client_credentials") {
      return oauthError(400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server.");
    }
    if (fields.client_id !== this.#client.identifier || fields.client_secret !== this.#client.secret) {
      return oauthError(
        401,
        "invalid_client",
        "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."
      );
    }
    const scope = fields.scope;
    if (scope !== void 0 && typeof scope !== "string") {
      return oauthError(400, "invalid_scope", "The requested scope is invalid, unknown, or malformed.");
    }
    const scopes = scope === void 0 ? [...this.#client.allowedScopes] : scope.split(" ").filter(Boolean);
    const known = KNOWN_SCOPES;
    if (scopes.length === 0 || scopes.some((name) => !known.includes(name) || !this.#client.allowedScopes.includes(name))) {
      return oauthError(400, "invalid_scope", "The requested scope is invalid, unknown, or malformed.");
    }
    const asked = fields.expires_in;
    const askedSeconds = typeof asked === "string" && /^\d+$/.test(asked) ? Number(asked) : asked;
    if (askedSeconds !== void 0 && !(Number.isInteger(askedSeconds) && askedSeconds >= LIFETIME_RANGE[0] && askedSeconds <= LIFETIME_RANGE[1])) {
      return oauthError(400, "invalid_request", `expires_in must be from ${LIFETIME_RANGE[0]} to ${LIFETIME_RANGE[1]} seconds.`);
    }
    const lifetime = this.#lifetimeSeconds ?? askedSeconds ?? DEFAULT_LIFETIME_SECONDS;
    this.#prune();
    const token = newToken();
    this.#tokens.set(token, { scopes, expiresAt: this.#clock() + lifetime * 1e3 });
    this.minted++;
    this.issued.push(token);
    const answer = { access_token: token, token_type: "bearer", scope: scopes.join(" ") };
    if (askedSeconds !== void 0) answer.expires_in = lifetime;
    return jsonReply(200, answer, { "Cache-Control": "no-store" });
  }
  #prune() {
    const now = this.#clock();
    for (const [token, entry] of this.#tokens) if (now >= entry.expiresAt) this.#tokens.delete(token);
  }
};
function oauthError(status, error, description) {
  return jsonReply(status, { error, error_description: description });
}
function parseBody(body, contentType) {
  if (/json/i.test(contentType ?? "") || body.trimStart().startsWith("{")) {
    try {
      const value = JSON.parse(body);
      return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
    } catch {
      return void 0;
    }
  }
  return Object.fromEntries(new URLSearchParams(body));
}
function newToken() {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `sandbox_at_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

// src/sandbox/catalog.ts
var ZONES = {
  "Pacific Time (US & Canada)": "America/Los_Angeles",
  "Central Time (US & Canada)": "America/Chicago",
  "Eastern Time (US & Canada)": "America/New_York",
  "Mexico City": "America/Mexico_City",
  Brasilia: "America/Sao_Paulo",
  UTC: "UTC",
  London: "Europe/London",
  Dublin: "Europe/Dublin",
  Berlin: "Europe/Berlin",
  Paris: "Europe/Paris",
  Rome: "Europe/Rome",
  Stockholm: "Europe/Stockholm",
  Pretoria: "Africa/Johannesburg",
  "New Delhi": "Asia/Kolkata",
  Kathmandu: "Asia/Kathmandu",
  Singapore: "Asia/Singapore",
  Seoul: "Asia/Seoul",
  Tokyo: "Asia/Tokyo",
  Sydney: "Australia/Sydney",
  Auckland: "Pacific/Auckland"
};
var REQUIRED_ADMIN_ZONES = [
  "Pacific Time (US & Canada)",
  "Berlin",
  "New Delhi",
  "Sydney",
  "UTC"
];
var PEOPLE = [
  { name: "Maria Garcia", zone: "Pacific Time (US & Canada)", locale: "en-US" },
  { name: "Emily Chen", zone: "Pacific Time (US & Canada)", locale: "en-US" },
  { name: "Jordan Reyes", zone: "Pacific Time (US & Canada)", locale: "en-US" },
  { name: "Noah Johnson", zone: "Central Time (US & Canada)", locale: "en-US" },
  { name: "James Miller", zone: "Eastern Time (US & Canada)", locale: "en-US" },
  { name: "Diego Hernández", zone: "Mexico City", locale: "es" },
  { name: "Ana Souza", zone: "Brasilia", locale: "pt-BR" },
  { name: "Sam Taylor", zone: "UTC", locale: "en-GB" },
  { name: "Alex Morgan", zone: "UTC", locale: "en-US" },
  { name: "Oliver Smith", zone: "London", locale: "en-GB" },
  { name: "Liam O'Connor", zone: "Dublin", locale: "en-GB" },
  { name: "Lukas Schneider", zone: "Berlin", locale: "de" },
  { name: "Anna Müller", zone: "Berlin", locale: "de" },
  { name: "Hannah Weber", zone: "Berlin", locale: "de" },
  { name: "Chloé Dubois", zone: "Paris", locale: "fr" },
  { name: "Sofia Rossi", zone: "Rome", locale: "it" },
  { name: "Ingrid Larsen", zone: "Stockholm", locale: "sv" },
  { name: "Thabo Nkosi", zone: "Pretoria", locale: "en-US" },
  { name: "Priya Sharma", zone: "New Delhi", locale: "en-US" },
  { name: "Arjun Mehta", zone: "New Delhi", locale: "en-US" },
  { name: "Ravi Iyer", zone: "New Delhi", locale: "en-US" },
  { name: "Sujata Shrestha", zone: "Kathmandu", locale: "en-US" },
  { name: "Mei Lin Tan", zone: "Singapore", locale: "en-US" },
  { name: "Grace Kim", zone: "Seoul", locale: "ko" },
  { name: "Kenji Tanaka", zone: "Tokyo", locale: "ja" },
  { name: "Olivia Brown", zone: "Sydney", locale: "en-AU" },
  { name: "Jack Wilson", zone: "Sydney", locale: "en-AU" },
  { name: "Aroha Ngata", zone: "Auckland", locale: "en-AU" }
];
var LOCALE_IDS = {
  "en-US": 1,
  es: 2,
  de: 8,
  fr: 16,
  "pt-BR": 19,
  it: 22,
  sv: 34,
  ja: 67,
  ko: 69,
  "en-GB": 1176,
  "en-AU": 1177
};
var SETTINGS = [
  {
    label: "Security: Session expiration",
    values: ["5 minutes", "10 minutes", "15 minutes", "30 minutes", "1 hour", "2 hours", "4 hours", "8 hours"]
  },
  { label: "Security: Password policy", values: ["Low", "Medium", "High", "Custom"] },
  { label: "Security: Require two-factor authentication for team members", values: "boolean" },
  { label: "Security: Allowed IP ranges", values: ["None", "198.51.100.0/24", "198.51.100.0/24 203.0.113.0/24"] },
  { label: "Security: Zendesk API token access", values: "boolean" },
  { label: "End users: Anybody can submit tickets", values: "boolean" },
  { label: "End users: Allow users to view and edit their profile data", values: "boolean" },
  { label: "End users: Ask users to register", values: "boolean" },
  { label: "End users: Enable CAPTCHA for anonymous requests", values: "boolean" },
  { label: "Tickets: Enable CCs", values: "boolean" },
  { label: "Tickets: Auto-assign tickets upon solve", values: "boolean" },
  { label: "Tickets: Customers can attach files", values: "boolean" },
  { label: "Tickets: Maximum attachment size", values: ["20 MB", "50 MB"] },
  { label: "Agents: Enable agent aliases", values: "boolean" },
  { label: "Satisfaction: Customer satisfaction ratings", values: "boolean" },
  { label: "Email: Personalized email replies", values: "boolean" },
  {
    label: "Localization: Time zone",
    values: ["(GMT-08:00) Pacific Time (US & Canada)", "(GMT+00:00) UTC", "(GMT+01:00) Berlin", "(GMT+05:30) New Delhi"]
  },
  { label: "Localization: Default language", values: ["English", "German", "French", "Spanish", "Japanese"] }
];
var RULES = {
  trigger: [
    "Notify requester and CCs of received request",
    "Notify requester and CCs of comment update",
    "Notify assignee of assignment",
    "Notify all agents of received request",
    "Auto-reply with articles",
    "Escalate VIP tickets to Tier 2",
    "Tag billing requests",
    "Route German tickets to the Berlin team",
    "Warn group before SLA breach"
  ],
  macro: [
    "Close and redirect to topics",
    "Downgrade and inform",
    "Take it!",
    "Customer not responding",
    "Refund approved",
    "Request more details",
    "Escalate to engineering",
    "Known issue: sign-in outage"
  ],
  view: [
    "Your unsolved tickets",
    "Unassigned tickets",
    "All unsolved tickets",
    "Recently updated tickets",
    "Pending tickets",
    "VIP queue",
    "Tickets breaching SLA",
    "Billing | awaiting reply"
  ]
};
var RULE_TITLES = { trigger: "Trigger", macro: "Macro", view: "View" };
var RULE_UPDATES = [
  "Conditions: Changed",
  "Actions: Changed",
  "Title: Changed",
  "Turned off",
  "Turned on",
  "Position: Changed from 3 to 5"
];
var USER_UPDATES = [
  "Role: Changed from Agent to Administrator",
  "Role: Changed from Light Agent to Agent",
  "Groups: Added to Billing",
  "Groups: Removed from Tier 2",
  "Two-factor authentication: Turned on",
  "Suspended: Turned on",
  "Suspended: Turned off",
  "Email: Changed"
];
var SIGN_IN_METHODS = ["Zendesk password", "Zendesk password", "Zendesk password", "Google"];
var API_TOKENS = [
  "Zapier integration",
  "Data warehouse export",
  "Slack bot",
  "Nightly backup script",
  "CI smoke tests"
];
var ACTION_LABELS = {
  create: "Created",
  update: "Updated",
  destroy: "Deleted",
  login: "Signed in",
  exported: "Exported"
};

// src/sandbox/random.ts
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ mixed >>> 15, mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ mixed >>> 7, mixed | 61);
    return ((mixed ^ mixed >>> 14) >>> 0) / 4294967296;
  };
}
function randomStream(seed, purpose) {
  let hash = 2166136261 ^ seed >>> 0 ^ Math.floor(seed / 4294967296);
  for (const char of purpose) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  }
  return mulberry32(hash);
}
function integerBetween(random, min, max) {
  return min + Math.floor(random() * (max - min + 1));
}
function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}
function weightedIndex(random, weights, total) {
  let target = random() * total;
  for (let index = 0; index < weights.length; index++) {
    target -= weights[index];
    if (target < 0) return index;
  }
  for (let index = weights.length - 1; index >= 0; index--) {
    if (weights[index] > 0) return index;
  }
  return 0;
}
function exponential(random, mean) {
  return -Math.log(1 - random()) * mean;
}
function shuffled(random, items) {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

// src/sandbox/staff.ts
var ADMIN_COUNT = 8;
var AGENT_COUNT = 12;
var DAY = 86400;
var SYSTEM_ACTOR = { id: -1, name: "Zendesk" };
function generateStaff(seed, nowSeconds, subdomain, ownerEmail) {
  const random = randomStream(seed, "staff");
  const people = choosePeople(random);
  const ipAddresses = [null];
  const groupIds = Array.from({ length: 4 }, () => integerBetween(random, 15e11, 1599999999999));
  const roleIds = Array.from({ length: 3 }, () => integerBetween(random, 15e11, 1599999999999));
  const ownerCreatedAt = nowSeconds - integerBetween(random, 4 * 365 * DAY, 6 * 365 * DAY);
  const suspendedAgent = integerBetween(random, ADMIN_COUNT, people.length - 1);
  const members = people.map((person, index) => {
    const role = index < ADMIN_COUNT ? "admin" : "agent";
    return {
      id: 0,
      name: person.name,
      email: index === 0 ? ownerEmail : `${emailLocalPart(person.name)}@${subdomain}.example`,
      role,
      zone: person.zone,
      locale: person.locale,
      createdAt: index === 0 ? ownerCreatedAt : integerBetween(random, ownerCreatedAt + DAY, nowSeconds - 120 * DAY),
      lastLoginAt: nowSeconds - integerBetween(random, 100 * DAY, 400 * DAY),
      twoFactor: pick(random, [true, true, false, null]),
      suspended: index === suspendedAgent,
      customRoleId: role === "admin" ? roleIds[0] : pick(random, roleIds.slice(1)),
      defaultGroupId: pick(random, groupIds),
      ipIndexes: addressesFor(random, ipAddresses)
    };
  });
  const owner = members[0];
  const byCreation = [owner, ...members.slice(1).sort((a, b) => a.createdAt - b.createdAt)];
  let id = integerBetween(random, 15e11, 151e10);
  for (const member of byCreation) {
    member.id = id;
    id += integerBetween(random, 1e6, 9e8);
  }
  const indexById = new Map(byCreation.map((member, index) => [member.id, index]));
  return {
    members: byCreation,
    admins: byCreation.flatMap((member, index) => member.role === "admin" ? [index] : []),
    ipAddresses,
    organizationId: integerBetween(random, 15e11, 1599999999999),
    indexById
  };
}
function userJson(staff, member, origin) {
  const admin = member.role === "admin";
  return {
    id: member.id,
    url: `${origin}/api/v2/users/${member.id}.json`,
    name: member.name,
    email: member.email,
    created_at: isoSeconds(member.createdAt),
    updated_at: isoSeconds(Math.max(member.createdAt, member.lastLoginAt)),
    time_zone: member.zone,
    iana_time_zone: ZONES[member.zone],
    phone: null,
    shared_phone_number: null,
    photo: null,
    locale_id: LOCALE_IDS[member.locale] ?? 1,
    locale: member.locale,
    organization_id: staff.organizationId,
    role: member.role,
    verified: true,
    external_id: null,
    tags: [],
    alias: null,
    active: true,
    shared: false,
    shared_agent: false,
    last_login_at: isoSeconds(member.lastLoginAt),
    two_factor_auth_enabled: member.twoFactor,
    signature: null,
    details: null,
    notes: null,
    role_type: admin ? 4 : 0,
    custom_role_id: member.customRoleId,
    moderator: admin,
    ticket_restriction: null,
    only_private_comments: false,
    restricted_agent: false,
    suspended: member.suspended,
    default_group_id: member.defaultGroupId,
    report_csv: admin,
    user_fields: { social_messaging_user_info: null, whatsapp: null }
  };
}
function choosePeople(random) {
  const pool = shuffled(random, PEOPLE);
  const chosen = [];
  for (const zone of REQUIRED_ADMIN_ZONES) {
    const person = pool.find((candidate) => candidate.zone === zone && !chosen.includes(candidate));
    if (person) chosen.push(person);
  }
  for (const person of pool) {
    if (chosen.length === ADMIN_COUNT + AGENT_COUNT) break;
    if (!chosen.includes(person)) chosen.push(person);
  }
  return [...shuffled(random, chosen.slice(0, ADMIN_COUNT)), ...chosen.slice(ADMIN_COUNT)];
}
function addressesFor(random, table) {
  const count = random() < 0.5 ? 1 : 2;
  const indexes = [];
  while (indexes.length < count) {
    const address = `${pick(random, ["192.0.2", "198.51.100", "203.0.113"])}.${integerBetween(random, 1, 254)}`;
    if (!table.includes(address)) indexes.push(table.push(address) - 1);
  }
  if (random() < 0.2) {
    const hextet = () => integerBetween(random, 1, 65535).toString(16);
    indexes.push(table.push(`2001:db8:${hextet()}:${hextet()}::${hextet()}`) - 1);
  }
  return indexes;
}
function emailLocalPart(name) {
  return name.normalize("NFD").replace(/[\u0300-\u036f']/g, "").toLowerCase().split(/\s+/).join(".");
}

// src/sandbox/api.ts
var ROUTES = [
  { pattern: /^\/api\/v2\/audit_logs(?:\.json)?$/, scope: "auditlogs:read", answer: (account, request) => listAuditLogs(account, request) },
  {
    pattern: /^\/api\/v2\/users\/([^/]+?)(?:\.json)?$/,
    scope: "users:read",
    answer: (account, _, match) => showUser(account, match[1])
  }
];
function answerApi(account, request) {
  const path = request.target.split("?", 1)[0];
  if (/^\/oauth\/tokens(?:\.json)?$/.test(path)) {
    return request.method === "POST" ? account.oauth.grant(request.body ?? "", request.contentType) : invalidEndpoint();
  }
  const grant = authenticates(request.authorization, account);
  if (!grant) return unauthorized();
  if (!isRead(request.method)) return invalidEndpoint();
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (!allows(grant, route.scope)) return forbidden();
    try {
      return route.answer(account, request, match);
    } catch (error) {
      if (error instanceof ReplyError) return error.reply;
      throw error;
    }
  }
  return invalidEndpoint();
}
function authenticates(header, account) {
  if (!header) return void 0;
  const { credentials } = account;
  const [scheme = "", value = ""] = header.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === "bearer") {
    return value === credentials.oauthToken ? { scopes: "all" } : account.oauth.grantOf(value);
  }
  if (scheme.toLowerCase() !== "basic") return void 0;
  try {
    const bytes = Uint8Array.from(atob(value), (char) => char.charCodeAt(0));
    return new TextDecoder().decode(bytes) === `${credentials.email}/token:${credentials.apiToken}` ? { scopes: "all" } : void 0;
  } catch {
    return void 0;
  }
}
function isRead(method) {
  return method === "GET" || method === "HEAD";
}
function listAuditLogs(account, request) {
  if (account.plan !== "enterprise") return forbidden();
  const [path, rawQuery = ""] = splitTarget(request.target);
  const list = parseListRequest(new URLSearchParams(rawQuery));
  const link = (drop, add) => linkWith(request.linkOrigin + path, rawQuery, drop, add);
  return list.kind === "cursor" ? cursorPage(account, list, link) : offsetPage(account, list, link);
}
function cursorPage(account, list, link) {
  const slice = account.store.walk(list.filter, list.ascending, list.after, list.size);
  const afterCursor = slice.last ? encodeCursor(slice.last) : null;
  const reply = jsonReply(200, {
    audit_logs: slice.records,
    meta: { has_more: slice.hasMore, after_cursor: afterCursor, before_cursor: null },
    links: { next: afterCursor && link(["page[after]"], ["page[after]", afterCursor]), prev: null }
  });
  return { ...reply, cursorPage: true };
}
function offsetPage(account, list, link) {
  if (list.page * list.perPage > MAX_OFFSET_DEPTH) return paginationTooDeep();
  const count = account.store.count(list.filter);
  const records = account.store.offset(list.filter, list.ascending, (list.page - 1) * list.perPage, list.perPage);
  return jsonReply(200, {
    audit_logs: records,
    next_page: list.page * list.perPage < count ? link(["page"], ["page", String(list.page + 1)]) : null,
    previous_page: list.page > 1 ? link(["page"], ["page", String(list.page - 1)]) : null,
    count
  });
}
function showUser(account, id) {
  const index = /^\d+$/.test(id) ? account.staff.indexById.get(Number(id)) : void 0;
  const member = index === void 0 ? void 0 : account.staff.members[index];
  return member ? jsonReply(200, { user: userJson(account.staff, member, account.origin()) }) : recordNotFound();
}
function splitTarget(target) {
  const separator = target.indexOf("?");
  return separator < 0 ? [target, void 0] : [target.slice(0, separator), target.slice(separator + 1)];
}
function linkWith(base, rawQuery, drop, [name, value]) {
  const kept = rawQuery.split("&").filter((pair) => pair !== "" && !drop.includes(decodedName(pair)));
  return `${base}?${[...kept, `${name}=${encodeURIComponent(value)}`].join("&")}`;
}
function decodedName(pair) {
  const name = pair.split("=", 1)[0].replace(/\+/g, " ");
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

// src/sandbox/events.ts
var EVENT_KINDS = [
  { sourceType: "account_setting", action: "update", share: 1, adminsOnly: true },
  { sourceType: "user", action: "login", share: 0.8, adminsOnly: false },
  { sourceType: "user", action: "update", share: 0.2, adminsOnly: true },
  ...["trigger", "macro", "view"].flatMap((sourceType) => [
    { sourceType, action: "create", share: 0.2, adminsOnly: sourceType !== "macro" },
    { sourceType, action: "update", share: 0.7, adminsOnly: sourceType !== "macro" },
    { sourceType, action: "destroy", share: 0.1, adminsOnly: sourceType !== "macro" }
  ]),
  { sourceType: "apitoken", action: "create", share: 0.7, adminsOnly: true },
  { sourceType: "apitoken", action: "destroy", share: 0.3, adminsOnly: true }
];
var LOGIN_KIND = EVENT_KINDS.findIndex((kind) => kind.action === "login");
var DEFAULT_MIX = {
  account_setting: 5,
  user: 3,
  trigger: 0.8,
  macro: 0.7,
  view: 0.5,
  apitoken: 0.3
};
var SOURCE_TYPES = Object.keys(DEFAULT_MIX);
var SYSTEM_ACTOR_INDEX = 255;
function createEventContext(seed, staff, subdomain) {
  const random = randomStream(seed, "sources");
  const ids = (count) => Array.from({ length: count }, () => integerBetween(random, 1e13, 29999999999999));
  return {
    staff,
    subdomain,
    settingIds: ids(SETTINGS.length),
    ruleIds: { trigger: ids(RULES.trigger.length), macro: ids(RULES.macro.length), view: ids(RULES.view.length) },
    tokenIds: ids(API_TOKENS.length),
    settingValues: SETTINGS.map((setting) => integerBetween(random, 0, valueCount(setting.values) - 1))
  };
}
function chooseDetail(context, random, kind, actor) {
  const { sourceType, action } = EVENT_KINDS[kind];
  switch (sourceType) {
    case "account_setting": {
      const setting = Math.floor(random() * SETTINGS.length);
      const count = valueCount(SETTINGS[setting].values);
      const from = context.settingValues[setting];
      const to = (from + 1 + Math.floor(random() * (count - 1))) % count;
      context.settingValues[setting] = to;
      return setting << 16 | from << 8 | to;
    }
    case "user": {
      if (action === "login") return Math.floor(random() * SIGN_IN_METHODS.length);
      const members = context.staff.members.length;
      let target = Math.floor(random() * members);
      if (target === actor) target = (target + 1) % members;
      return target << 8 | Math.floor(random() * USER_UPDATES.length);
    }
    case "apitoken":
      return Math.floor(random() * API_TOKENS.length);
    default: {
      const rules = RULES[sourceType];
      return Math.floor(random() * rules.length) << 8 | Math.floor(random() * RULE_UPDATES.length);
    }
  }
}
function sourceIdOf(context, kind, actor, detail) {
  const { sourceType, action } = EVENT_KINDS[kind];
  switch (sourceType) {
    case "account_setting":
      return context.settingIds[detail >>> 16];
    case "user": {
      const member = action === "login" ? actor : detail >>> 8;
      return context.staff.members[member]?.id ?? SYSTEM_ACTOR.id;
    }
    case "apitoken":
      return context.tokenIds[detail];
    default:
      return context.ruleIds[sourceType][detail >>> 8];
  }
}
function eventFields(context, kind, actor, detail, ip) {
  const { sourceType, action } = EVENT_KINDS[kind];
  const member = context.staff.members[actor];
  return {
    action_label: ACTION_LABELS[action],
    actor_id: member?.id ?? SYSTEM_ACTOR.id,
    source_id: sourceIdOf(context, kind, actor, detail),
    source_type: sourceType,
    ...describe(context, sourceType, action, member, detail),
    action,
    ip_address: context.staff.ipAddresses[ip] ?? null,
    actor_name: member?.name ?? SYSTEM_ACTOR.name
  };
}
function eventRecord(fields, seconds) {
  return {
    action_label: fields.action_label,
    actor_id: fields.actor_id,
    source_id: fields.source_id,
    source_type: fields.source_type,
    source_label: fields.source_label,
    action: fields.action,
    change_description: fields.change_description,
    ip_address: fields.ip_address,
    created_at: isoSeconds(seconds),
    actor_name: fields.actor_name
  };
}
function describe(context, sourceType, action, actor, detail) {
  switch (sourceType) {
    case "account_setting": {
      const setting = SETTINGS[detail >>> 16];
      const from = detail >>> 8 & 255;
      const to = detail & 255;
      const change_description = setting.values === "boolean" ? to === 1 ? "Turned on" : "Turned off" : `Changed from ${setting.values[from]} to ${setting.values[to]}`;
      return { source_label: setting.label, change_description };
    }
    case "user": {
      if (action === "login") {
        const method = SIGN_IN_METHODS[detail];
        return {
          source_label: `Team member: ${actor?.name ?? SYSTEM_ACTOR.name}`,
          change_description: `Successful sign-in using ${method} from https://${context.subdomain}.zendesk.com/access/login`
        };
      }
      const target = context.staff.members[detail >>> 8];
      return {
        source_label: `Team member: ${target?.name ?? "Unknown"}`,
        change_description: USER_UPDATES[detail & 255]
      };
    }
    case "apitoken":
      return { source_label: `API token: ${API_TOKENS[detail]}`, change_description: lifecycleText(action) };
    default: {
      const type = sourceType;
      return {
        source_label: `${RULE_TITLES[type]}: ${RULES[type][detail >>> 8]}`,
        change_description: action === "update" ? RULE_UPDATES[detail & 255] : lifecycleText(action)
      };
    }
  }
}
function lifecycleText(action) {
  return action === "create" ? "Created" : action === "destroy" ? "Deleted" : "Updated";
}
function valueCount(values2) {
  return values2 === "boolean" ? 2 : values2.length;
}

// src/sandbox/complete.ts
var DEFAULT_ACTIONS = { user: "login", apitoken: "create" };
function completeRecord(context, random, partial, id, nowSeconds) {
  const seconds = partial.created_at === void 0 ? Math.floor(nowSeconds) : parseCreatedAt(partial.created_at);
  const sourceType = partial.source_type ?? "account_setting";
  const action = partial.action ?? DEFAULT_ACTIONS[sourceType] ?? "update";
  const { staff } = context;
  const actor = chooseActor(context, random, partial.actor_id, action);
  const member = staff.members[actor];
  const kind = EVENT_KINDS.findIndex((candidate) => candidate.sourceType === sourceType && candidate.action === action);
  let fields;
  if (kind >= 0) {
    const address = member ? member.ipIndexes[0] ?? 0 : 0;
    fields = eventFields(context, kind, actor, chooseDetail(context, random, kind, actor), address);
  } else {
    fields = {
      action_label: ACTION_LABELS[action] ?? capitalise(action),
      actor_id: member?.id ?? SYSTEM_ACTOR.id,
      source_id: integerBetween(random, 1e13, 29999999999999),
      source_type: sourceType,
      source_label: capitalise(sourceType.replace(/[_/]/g, " ")),
      action,
      change_description: lifecycleText(action),
      ip_address: member ? staff.ipAddresses[member.ipIndexes[0] ?? 0] ?? null : null,
      actor_name: member?.name ?? SYSTEM_ACTOR.name
    };
  }
  if (partial.actor_id !== void 0 && actor < 0) {
    fields.actor_id = partial.actor_id;
    fields.actor_name = "Unknown user";
    fields.ip_address = null;
  }
  if (partial.action !== void 0 && partial.action_label === void 0) {
    fields.action_label = ACTION_LABELS[partial.action] ?? capitalise(partial.action);
  }
  const given = Object.entries(partial).filter(([key, value]) => value !== void 0 && !["id", "created_at", "actor_id"].includes(key));
  const record = {
    id,
    ...eventRecord(fields, seconds),
    ...Object.fromEntries(given),
    ..."ip_address" in partial ? { ip_address: partial.ip_address ?? null } : {}
  };
  if (action === "login" && member && seconds > member.lastLoginAt) member.lastLoginAt = seconds;
  return { record, seconds };
}
function chooseActor(context, random, actorId, action) {
  const { staff } = context;
  if (actorId === SYSTEM_ACTOR.id) return SYSTEM_ACTOR_INDEX;
  if (actorId !== void 0) return staff.indexById.get(actorId) ?? -1;
  const candidates = action === "login" ? staff.members.map((_, index) => index) : staff.admins;
  return candidates[Math.floor(random() * candidates.length)] ?? 0;
}
function parseCreatedAt(text) {
  const milliseconds = Date.parse(text);
  if (typeof text !== "string" || Number.isNaN(milliseconds)) {
    throw new TypeError(`created_at must be an ISO 8601 time such as 2024-05-21T22:34:33Z, not ${JSON.stringify(text)}`);
  }
  return Math.floor(milliseconds / 1e3);
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/sandbox/episodes.ts
var MINUTE = 60;
var STEPS = [
  // Someone hardens the account.
  { who: 0, at: 0, label: "Security: Require two-factor authentication for team members", to: "on" },
  { who: 0, at: 40, label: "Security: Password policy", to: "High" },
  { who: 0, at: 95, label: "End users: Enable CAPTCHA for anonymous requests", to: "on" },
  { who: 0, at: 150, label: "Security: Allowed IP ranges", to: "198.51.100.0/24" },
  // Half an hour later, someone else undoes it, and covers one trace.
  { who: 1, at: 30 * MINUTE, label: "Security: Require two-factor authentication for team members", to: "off" },
  { who: 1, at: 31 * MINUTE + 10, label: "Security: Password policy", to: "Medium" },
  { who: 1, at: 32 * MINUTE + 30, label: "End users: Enable CAPTCHA for anonymous requests", to: "off" },
  { who: 1, at: 33 * MINUTE + 40, label: "Localization: Default language", to: "English" },
  { who: 1, at: 35 * MINUTE + 5, label: "Security: Password policy", to: "Low" },
  { who: 1, at: 36 * MINUTE + 20, label: "Security: Allowed IP ranges", to: "None" },
  { who: 1, at: 39 * MINUTE + 45, label: "Security: Require two-factor authentication for team members", to: "on" },
  // Ordinary work that still repeats and reverts.
  { who: 2, at: 55 * MINUTE, label: "Security: Session expiration", to: "8 hours" },
  { who: 2, at: 56 * MINUTE + 30, label: "Tickets: Customers can attach files", to: "flip" },
  { who: 2, at: 58 * MINUTE + 50, label: "Tickets: Customers can attach files", to: "back" },
  { who: 2, at: 61 * MINUTE, label: "Security: Session expiration", to: "4 hours" }
];
var EPISODES_SPAN_SECONDS = STEPS.at(-1).at;
var GAP_SECONDS = 10 * MINUTE;
var MAX_AGE_SECONDS = 26 * 60 * MINUTE;
var SETTING_KIND = EVENT_KINDS.findIndex((kind) => kind.sourceType === "account_setting" && kind.action === "update");
function valueIndex(values2, to) {
  if (values2 === "boolean") return to === "on" ? 1 : to === "off" ? 0 : -1;
  return values2.indexOf(to);
}
function episodeRecords(context, seed, lastGeneratedSeconds, nowSeconds) {
  const random = randomStream(seed, "episodes");
  const admins = [...context.staff.admins];
  const actors = [0, 1, 2].map(() => {
    const admin = pick(random, admins);
    admins.splice(admins.indexOf(admin), 1);
    return admin;
  });
  const latestStart = nowSeconds - EPISODES_SPAN_SECONDS - MINUTE;
  const start = Math.floor(Math.min(latestStart, Math.max(lastGeneratedSeconds + GAP_SECONDS, nowSeconds - MAX_AGE_SECONDS)));
  const records = [];
  const before = /* @__PURE__ */ new Map();
  for (const step of STEPS) {
    const setting = SETTINGS.findIndex((candidate) => candidate.label === step.label);
    const values2 = SETTINGS[setting].values;
    const from = context.settingValues[setting];
    const to = step.to === "back" ? before.get(setting) ?? -1 : step.to === "flip" ? 1 - from : valueIndex(values2, step.to);
    if (to < 0) throw new RangeError(`episode step ${step.label}: ${step.to} is not one of its values`);
    if (to === from) continue;
    before.set(setting, from);
    context.settingValues[setting] = to;
    const actor = actors[step.who];
    const member = context.staff.members[actor];
    const fields = eventFields(context, SETTING_KIND, actor, setting << 16 | from << 8 | to, member.ipIndexes[0] ?? 0);
    const seconds = start + step.at;
    records.push({ record: eventRecord(fields, seconds), seconds });
  }
  return records;
}

// src/sandbox/delay.ts
import { clearImmediate, setImmediate } from "node:timers";
var TIMER_SLACK_MS = 1.5;
function preciseDelay(ms, done) {
  const deadline = performance.now() + ms;
  let timer;
  let immediate;
  let cancelled = false;
  const wait = (left) => {
    if (left > TIMER_SLACK_MS) timer = setTimeout(check, left - TIMER_SLACK_MS);
    else immediate = setImmediate(check);
  };
  const check = () => {
    timer = immediate = void 0;
    if (cancelled) return;
    const left = deadline - performance.now();
    if (left <= 0) done();
    else wait(left);
  };
  wait(ms);
  return () => {
    cancelled = true;
    clearTimeout(timer);
    if (immediate) clearImmediate(immediate);
  };
}

// src/sandbox/options.ts
var DEMO_CREDENTIALS = Object.freeze({
  email: "admin@sandbox.example",
  apiToken: "sandbox-api-token",
  oauthToken: "sandbox-oauth-token"
});
var DEMO_OAUTH_CLIENT = Object.freeze({
  identifier: "zendesk_audit_demo",
  secret: "sandbox-client-secret",
  allowedScopes: Object.freeze(["read", "auditlogs:read", "users:read"])
});
var FAULT_KINDS = ["429", "503", "500", "502", "504", "reset", "truncate", "slow", "html", "replay"];
var HOUR_MS = 36e5;
function startOfHour(epochMs) {
  return Math.floor(epochMs / HOUR_MS) * HOUR_MS;
}
function resolveOptions(options = {}) {
  const clock = options.clock ?? Date.now;
  if (typeof clock !== "function") throw new TypeError("clock must be a function returning epoch milliseconds");
  const resolved = {
    seed: finite("seed", options.seed ?? 1),
    records: wholeNumber("records", options.records ?? 400),
    days: positive("days", options.days ?? 90),
    now: finite("now", options.now ?? startOfHour(Date.now())),
    clock,
    mix: checkMix(options.mix ?? DEFAULT_MIX),
    plan: options.plan ?? "enterprise",
    rateLimit: wholeNumber("rateLimit", options.rateLimit ?? 700),
    rateWindowMs: positive("rateWindowMs", options.rateWindowMs ?? 6e4),
    latencyMs: nonNegative("latencyMs", options.latencyMs ?? 0),
    chaos: options.chaos && checkChaos(options.chaos),
    credentials: { ...options.credentials ?? DEMO_CREDENTIALS },
    oauthClient: checkOAuthClient(options.oauthClient ?? DEMO_OAUTH_CLIENT),
    tokenLifetimeSeconds: options.tokenLifetimeSeconds === void 0 ? void 0 : positive("tokenLifetimeSeconds", options.tokenLifetimeSeconds),
    subdomain: options.subdomain ?? "sandbox",
    episodes: options.episodes === true
  };
  if (resolved.plan !== "enterprise" && resolved.plan !== "professional") {
    throw new RangeError(`plan must be 'enterprise' or 'professional', not ${JSON.stringify(resolved.plan)}`);
  }
  if (!DNS_LABEL.test(resolved.subdomain)) {
    throw new RangeError(`subdomain must be a DNS label such as 'acme', not ${JSON.stringify(resolved.subdomain)}`);
  }
  for (const key of ["email", "apiToken", "oauthToken"]) {
    if (typeof resolved.credentials[key] !== "string" || resolved.credentials[key] === "") {
      throw new TypeError(`credentials.${key} must be a non-empty string`);
    }
  }
  return resolved;
}
function checkOAuthClient(client) {
  for (const key of ["identifier", "secret"]) {
    if (typeof client[key] !== "string" || client[key] === "") throw new TypeError(`oauthClient.${key} must be a non-empty string`);
  }
  const known = KNOWN_SCOPES;
  for (const scope of client.allowedScopes) {
    if (!known.includes(scope)) {
      throw new RangeError(`oauthClient.allowedScopes: unknown scope ${JSON.stringify(scope)}; expected some of ${known.join(", ")}`);
    }
  }
  return { ...client, allowedScopes: [...client.allowedScopes] };
}
function normaliseFault(fault) {
  const normalised = typeof fault === "string" ? { kind: fault } : { ...fault };
  if (!FAULT_KINDS.includes(normalised.kind)) {
    throw new RangeError(`unknown fault ${JSON.stringify(normalised.kind)}; expected one of ${FAULT_KINDS.join(", ")}`);
  }
  if (normalised.ms !== void 0) nonNegative("fault ms", normalised.ms);
  return normalised;
}
function checkMix(mix) {
  let total = 0;
  for (const [sourceType, weight] of Object.entries(mix)) {
    if (!SOURCE_TYPES.includes(sourceType)) {
      throw new RangeError(`mix: unknown source type ${JSON.stringify(sourceType)}; expected some of ${SOURCE_TYPES.join(", ")}`);
    }
    total += nonNegative(`mix.${sourceType}`, weight);
  }
  if (total === 0) throw new RangeError("mix needs at least one positive weight");
  return { ...mix };
}
function checkChaos(chaos) {
  const rate = finite("chaos.rate", chaos.rate);
  if (rate < 0 || rate > 1) throw new RangeError(`chaos.rate must be between 0 and 1, not ${rate}`);
  const kinds = chaos.kinds ?? [...FAULT_KINDS];
  if (kinds.length === 0) throw new RangeError("chaos.kinds must name at least one fault");
  for (const kind of kinds) normaliseFault(kind);
  return {
    seed: finite("chaos.seed", chaos.seed),
    rate,
    kinds: [...kinds],
    retryAfterMaxSeconds: positive("chaos.retryAfterMaxSeconds", chaos.retryAfterMaxSeconds ?? 2),
    slowMs: nonNegative("chaos.slowMs", chaos.slowMs ?? 2e3)
  };
}
function finite(name, value) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new TypeError(`${name} must be a finite number, not ${String(value)}`);
  }
  return value;
}
function nonNegative(name, value) {
  if (finite(name, value) < 0) throw new RangeError(`${name} must not be negative, not ${value}`);
  return value;
}
function positive(name, value) {
  if (finite(name, value) <= 0) throw new RangeError(`${name} must be positive, not ${value}`);
  return value;
}
function wholeNumber(name, value) {
  if (!Number.isInteger(nonNegative(name, value))) throw new RangeError(`${name} must be a whole number, not ${value}`);
  return value;
}

// src/sandbox/faults.ts
var FaultPlan = class {
  #queue = [];
  #chaos;
  #random;
  #clock;
  constructor(chaos, clock) {
    this.#chaos = chaos;
    this.#random = chaos && mulberry32(chaos.seed);
    this.#clock = clock;
  }
  /** Queues faults for the next requests, in order. Checks them all before queueing any. */
  inject(faults) {
    this.#queue.push(...faults.map(normaliseFault));
  }
  /** The fault for the request arriving now, if any. Chaos draws once per request it sees. */
  next() {
    const injected = this.#queue.shift();
    if (injected) return injected;
    const chaos = this.#chaos;
    const random = this.#random;
    if (!chaos || !random || random() >= chaos.rate) return void 0;
    const kind = pick(random, chaos.kinds);
    const seconds = integerBetween(random, 1, Math.max(1, Math.floor(chaos.retryAfterMaxSeconds)));
    const retryAfter = random() < 0.25 ? new Date(Math.ceil(this.#clock() / 1e3 + seconds) * 1e3).toUTCString() : seconds;
    return { kind, retryAfter, ms: chaos.slowMs };
  }
};
function deliversAnswer(kind) {
  return kind === "slow" || kind === "truncate" || kind === "replay";
}
function faultReply(fault) {
  const retryAfter = formatRetryAfter(fault.retryAfter ?? 1);
  switch (fault.kind) {
    case "429":
      return tooManyRequests(retryAfter);
    case "503":
      return jsonReply(
        503,
        { error: "ServiceUnavailable", description: "The service is temporarily unavailable. Please try again later." },
        { "Retry-After": retryAfter }
      );
    case "500":
      return jsonReply(500, { error: "InternalServerError", description: "Something went wrong. Please try again later." });
    case "502":
      return htmlReply(502, proxyErrorPage("502 Bad Gateway"));
    case "504":
      return htmlReply(504, proxyErrorPage("504 Gateway Time-out"));
    case "html":
      return htmlReply(503, MAINTENANCE_PAGE, fault.retryAfter === void 0 ? {} : { "Retry-After": retryAfter });
    default:
      return void 0;
  }
}
function proxyErrorPage(title) {
  return [
    "<html>",
    `<head><title>${title}</title></head>`,
    "<body>",
    `<center><h1>${title}</h1></center>`,
    "<hr><center>nginx</center>",
    "</body>",
    "</html>",
    ""
  ].join("\r\n");
}
var MAINTENANCE_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Down for maintenance</title></head>
<body>
<h1>We'll be back soon</h1>
<p>This help desk is undergoing scheduled maintenance. Please try again in a few minutes.</p>
</body>
</html>
`;

// src/sandbox/generate.ts
var FIRST_RECORD_ID = 12e12;
var SESSION_GAP_SECONDS = 90;
var SESSION_CONTINUES = 0.45;
var MAX_SESSION_SHARE = 0.5;
function generateAuditLogs(options) {
  const { records, context } = options;
  const random = randomStream(options.seed, "records");
  const newSession = new Uint8Array(records);
  const offsets = spreadOverTime(random, new Float64Array(records), newSession, options.endSeconds - options.startSeconds);
  const { kindWeights, totalWeight, signInChance } = sessionWeights(options.mix);
  const { members, admins } = context.staff;
  let id = integerBetween(random, FIRST_RECORD_ID, 2e13);
  let sessionActor = 0;
  let signInFirst = false;
  const generated = [];
  for (let row = 0; row < records; row++) {
    if (newSession[row] === 1) {
      sessionActor = random() < 0.6 ? pickFrom(random, admins) : Math.floor(random() * members.length);
      signInFirst = random() < signInChance;
    }
    const kind = signInFirst ? LOGIN_KIND : weightedIndex(random, kindWeights, totalWeight);
    signInFirst = false;
    const actor = chooseActor2(random, kind, sessionActor, admins);
    const seconds = Math.floor(options.startSeconds + offsets[row]);
    id += integerBetween(random, 1, 1 << 20);
    const detail = chooseDetail(context, random, kind, actor);
    const ip = actor === SYSTEM_ACTOR_INDEX ? 0 : chooseAddress(random, members[actor]?.ipIndexes ?? [0]);
    if (kind === LOGIN_KIND) members[actor].lastLoginAt = seconds;
    generated.push({ record: { id, ...eventRecord(eventFields(context, kind, actor, detail, ip), seconds) }, seconds });
  }
  return generated;
}
function sessionWeights(mix) {
  const kindWeights = EVENT_KINDS.map((kind) => (mix[kind.sourceType] ?? 0) * kind.share);
  const total = kindWeights.reduce((sum, weight) => sum + weight, 0);
  const loginShare = kindWeights[LOGIN_KIND] / total;
  const sessionShare = 1 - SESSION_CONTINUES;
  const signInChance = Math.min(1, loginShare / sessionShare);
  const forcedShare = sessionShare * signInChance;
  const others = total - kindWeights[LOGIN_KIND];
  const owed = (loginShare - forcedShare) / (1 - forcedShare);
  kindWeights[LOGIN_KIND] = owed <= 0 ? 0 : others === 0 ? 1 : owed * others / (1 - owed);
  return { kindWeights, totalWeight: kindWeights.reduce((sum, weight) => sum + weight, 0), signInChance };
}
function spreadOverTime(random, offsets, newSession, spanSeconds) {
  let sessionTotal = 0;
  let idleTotal = 0;
  for (let row = 0; row < offsets.length; row++) {
    if (row > 0 && random() < SESSION_CONTINUES) {
      const gap = exponential(random, SESSION_GAP_SECONDS);
      offsets[row] = -gap;
      sessionTotal += gap;
    } else {
      const gap = exponential(random, 1);
      offsets[row] = gap;
      idleTotal += gap;
      newSession[row] = 1;
    }
  }
  idleTotal += exponential(random, 1);
  let sessionScale = 1;
  if (sessionTotal > spanSeconds * MAX_SESSION_SHARE) sessionScale = spanSeconds * MAX_SESSION_SHARE / sessionTotal;
  const idleScale = (spanSeconds - sessionTotal * sessionScale) / idleTotal;
  let offset = 0;
  for (let row = 0; row < offsets.length; row++) {
    const gap = offsets[row];
    offset += gap < 0 ? -gap * sessionScale : gap * idleScale;
    offsets[row] = Math.min(offset, spanSeconds - 1);
  }
  return offsets;
}
function chooseActor2(random, kind, sessionActor, admins) {
  const { sourceType, action, adminsOnly } = EVENT_KINDS[kind];
  if (sourceType === "user" && action === "update" && random() < 0.05) return SYSTEM_ACTOR_INDEX;
  if (sourceType === "apitoken" && action === "destroy" && random() < 0.25) return SYSTEM_ACTOR_INDEX;
  if (!adminsOnly || admins.includes(sessionActor)) return sessionActor;
  return pickFrom(random, admins);
}
function chooseAddress(random, addresses) {
  return (random() < 0.85 ? addresses[0] : addresses[Math.floor(random() * addresses.length)]) ?? 0;
}
function pickFrom(random, items) {
  return items[Math.floor(random() * items.length)] ?? 0;
}

// src/sandbox/rate-limit.ts
var RollingWindowLimiter = class {
  #limit;
  #windowMs;
  /** Times of the accepted requests still in the window, oldest first. */
  #accepted = [];
  constructor(limit, windowMs) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive whole number, not ${limit}`);
    if (!(windowMs > 0)) throw new RangeError(`windowMs must be positive, not ${windowMs}`);
    this.#limit = limit;
    this.#windowMs = windowMs;
  }
  /**
   * Counts a request at `now` if the window has room. Rejected requests are not counted:
   * a client that retries too early is not pushed further back. Zendesk does not document
   * either way; this is the kinder reading and keeps `Retry-After` exact.
   */
  take(now) {
    this.#expire(now);
    const allowed = this.#accepted.length < this.#limit;
    if (allowed) this.#accepted.push(now);
    return { ...this.peek(now), allowed };
  }
  /** The state at `now` without counting a request. */
  peek(now) {
    this.#expire(now);
    const used = this.#accepted.length;
    const oldest = this.#accepted[0];
    const resetSeconds = oldest === void 0 ? 0 : Math.max(1, Math.ceil((oldest + this.#windowMs - now) / 1e3));
    return { allowed: used < this.#limit, limit: this.#limit, remaining: Math.max(0, this.#limit - used), resetSeconds };
  }
  #expire(now) {
    while (this.#accepted.length > 0 && this.#accepted[0] <= now - this.#windowMs) this.#accepted.shift();
  }
};
function rateLimitHeaders(decision) {
  return {
    "X-Rate-Limit": String(decision.limit),
    "X-Rate-Limit-Remaining": String(decision.remaining),
    "ratelimit-limit": String(decision.limit),
    "ratelimit-remaining": String(decision.remaining),
    "ratelimit-reset": String(decision.resetSeconds)
  };
}

// src/sandbox/store.ts
var AuditLogStore = class {
  #entries = [];
  #byId = /* @__PURE__ */ new Map();
  #maxId = 0;
  #origin;
  /** `origin` gives the server's origin at the time a record is served (for `url`). */
  constructor(origin) {
    this.#origin = origin;
  }
  get maxId() {
    return this.#maxId;
  }
  has(id) {
    return this.#byId.has(id);
  }
  /** A copy of the record with this id, as served. */
  get(id) {
    const entry = this.#byId.get(id);
    return entry && structuredClone(this.#served(entry));
  }
  /** Stores a record at `seconds` (its `created_at`). */
  add(record, seconds) {
    const entry = { seconds, id: record.id, record };
    const entries = this.#entries;
    const last = entries[entries.length - 1];
    if (!last || compare(last, entry) < 0) entries.push(entry);
    else entries.splice(firstIndex(entries.length, (index) => compare(entries[index], entry) > 0), 0, entry);
    this.#byId.set(entry.id, entry);
    this.#maxId = Math.max(this.#maxId, entry.id);
  }
  /** Every record, ascending, as copies. */
  all() {
    return this.#entries.map((entry) => structuredClone(this.#served(entry)));
  }
  /** Up to `limit` matching records in walk order, strictly after `after` (from the start when missing). */
  walk(filter, ascending, after, limit) {
    const records = [];
    let last;
    for (const entry of this.#matching(filter, ascending, after)) {
      if (records.length === limit) return { records, hasMore: true, last };
      records.push(this.#served(entry));
      last = entry;
    }
    return { records, hasMore: false, last };
  }
  /** Skips `skip` matching records, then returns up to `take` (offset pagination). */
  offset(filter, ascending, skip, take) {
    const records = [];
    let skipped = 0;
    for (const entry of this.#matching(filter, ascending, void 0)) {
      if (skipped++ < skip) continue;
      if (records.length === take) break;
      records.push(this.#served(entry));
    }
    return records;
  }
  count(filter) {
    const [low, high] = this.#window(filter);
    if (!filter.fields?.length) return high - low;
    let count = 0;
    for (let index = low; index < high; index++) if (matches(filter, this.#entries[index].record)) count++;
    return count;
  }
  *#matching(filter, ascending, after) {
    const entries = this.#entries;
    let [low, high] = this.#window(filter);
    if (after && ascending) low = Math.max(low, firstIndex(entries.length, (index) => compare(entries[index], after) > 0));
    if (after && !ascending) high = Math.min(high, firstIndex(entries.length, (index) => compare(entries[index], after) >= 0));
    for (let step = 0; step < high - low; step++) {
      const entry = entries[ascending ? low + step : high - 1 - step];
      if (matches(filter, entry.record)) yield entry;
    }
  }
  /** The indexes [low, high) of the records inside the filter's time window. */
  #window(filter) {
    const entries = this.#entries;
    const { from, to } = filter;
    const low = from === void 0 ? 0 : firstIndex(entries.length, (index) => entries[index].seconds >= from);
    const high = to === void 0 ? entries.length : firstIndex(entries.length, (index) => entries[index].seconds > to);
    return [low, Math.max(low, high)];
  }
  /** Resource URLs name where the sandbox is reached now, so they are added as the record is served. */
  #served(entry) {
    return { url: `${this.#origin()}/api/v2/audit_logs/${entry.id}.json`, ...entry.record };
  }
};
function matches(filter, record) {
  return (filter.fields ?? []).every(([field, values2]) => record[field] != null && values2.has(String(record[field])));
}
function compare(a, b) {
  return a.seconds - b.seconds || a.id - b.id;
}
function firstIndex(length, test) {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

// src/sandbox/server.ts
function createSandbox(options = {}) {
  return new SandboxServer(resolveOptions(options));
}
var DEFAULT_SLOW_MS = 2e3;
var encoder = new TextEncoder();
var SandboxServer = class {
  stats = { requests: 0, byStatus: {}, faults: {}, lowestRemaining: Infinity };
  requests = [];
  #options;
  #staff;
  #context;
  #store;
  #account;
  #oauth;
  #tokenRequests = 0;
  #mostTokenRequests = 0;
  #limiter;
  #faults;
  #addedRandom;
  #sockets = /* @__PURE__ */ new Set();
  #sleepers = /* @__PURE__ */ new Set();
  #server;
  #url = "";
  /**
   * The last cursor page served to each walk (its path and query without the cursor), for
   * `replay`: a stale copy of the page before, as a cache keyed by the request would serve.
   * Not another walk's page, which no cache would serve: with walks running in parallel,
   * "the page served before" is otherwise some other query's.
   */
  #lastCursorBodies = /* @__PURE__ */ new Map();
  constructor(options) {
    this.#options = options;
    const nowSeconds = Math.floor(options.now / 1e3);
    this.#staff = generateStaff(options.seed, nowSeconds, options.subdomain, options.credentials.email);
    this.#context = createEventContext(options.seed, this.#staff, options.subdomain);
    const startSeconds = nowSeconds - Math.round(options.days * 86400);
    const origin = () => this.#origin();
    this.#store = new AuditLogStore(origin);
    const { seed, records, mix } = options;
    const generated = generateAuditLogs({ seed, records, mix, startSeconds, endSeconds: nowSeconds, context: this.#context });
    for (const { record, seconds } of generated) this.#store.add(record, seconds);
    if (options.episodes) {
      const episodeRandom = randomStream(options.seed, "episode ids");
      const last = generated.at(-1)?.seconds ?? startSeconds;
      for (const { record, seconds } of episodeRecords(this.#context, options.seed, last, nowSeconds)) {
        const id = Math.max(this.#store.maxId, FIRST_RECORD_ID) + integerBetween(episodeRandom, 1, 1 << 20);
        this.#store.add({ id, ...record }, seconds);
      }
    }
    this.#oauth = new TokenIssuer(options.oauthClient, options.clock, options.tokenLifetimeSeconds);
    this.#account = {
      store: this.#store,
      staff: this.#staff,
      plan: options.plan,
      credentials: options.credentials,
      oauth: this.#oauth,
      origin
    };
    this.#limiter = options.rateLimit > 0 ? new RollingWindowLimiter(options.rateLimit, options.rateWindowMs) : void 0;
    this.#faults = new FaultPlan(options.chaos, options.clock);
    this.#addedRandom = randomStream(options.seed, "added");
  }
  get url() {
    return this.#url;
  }
  get tokens() {
    return { minted: this.#oauth.minted, issued: [...this.#oauth.issued], mostAtOnce: this.#mostTokenRequests };
  }
  expireTokens() {
    this.#oauth.expireAll();
  }
  async start(port = 0, host = "127.0.0.1") {
    if (this.#server) throw new Error(`the sandbox is already listening at ${this.#url}`);
    const server = createServer((request, response) => void this.#handle(request, response));
    server.on("connection", (socket) => {
      this.#sockets.add(socket);
      socket.on("close", () => this.#sockets.delete(socket));
    });
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    this.#server = server;
    const { port: boundPort } = server.address();
    this.#url = `http://${host.includes(":") ? `[${host}]` : host}:${boundPort}`;
    return this.#url;
  }
  async close() {
    const server = this.#server;
    if (!server) return;
    this.#server = void 0;
    const closed = new Promise((resolve) => server.close(() => resolve()));
    for (const socket of this.#sockets) socket.destroy();
    for (const wake of this.#sleepers) wake();
    await closed;
  }
  addRecords(records) {
    return records.map((partial) => {
      const id = partial.id ?? Math.max(this.#store.maxId, FIRST_RECORD_ID) + integerBetween(this.#addedRandom, 1, 1 << 20);
      if (!Number.isSafeInteger(id) || id <= 0) throw new TypeError(`id must be a positive whole number, not ${String(id)}`);
      if (this.#store.has(id)) throw new RangeError(`an audit-log record with id ${id} already exists`);
      const { record, seconds } = completeRecord(this.#context, this.#addedRandom, partial, id, this.#options.clock() / 1e3);
      this.#store.add(record, seconds);
      return this.#store.get(id);
    });
  }
  auditLogs() {
    return this.#store.all();
  }
  users() {
    return this.#staff.members.map((member) => userJson(this.#staff, member, this.#origin()));
  }
  injectFaults(faults) {
    this.#faults.inject(faults);
  }
  /** Resource `url` fields point here; before start, at the Zendesk address the subdomain would have. */
  #origin() {
    return this.#url || `https://${this.#options.subdomain}.zendesk.com`;
  }
  async #handle(request, response) {
    const tokenRequest = request.method === "POST" && /^\/oauth\/tokens(?:\.json)?(?:\?|$)/.test(request.url ?? "");
    if (tokenRequest) this.#mostTokenRequests = Math.max(this.#mostTokenRequests, ++this.#tokenRequests);
    try {
      await this.#answer(request, response);
    } catch (error) {
      if (!response.headersSent && !request.socket.destroyed) {
        this.#write(request, response, jsonReply(500, { error: "InternalServerError", description: String(error) }));
      }
    } finally {
      if (tokenRequest) this.#tokenRequests--;
    }
  }
  async #answer(request, response) {
    const arrived = performance.now();
    const waitOutLatency = () => this.#sleep(this.#options.latencyMs - (performance.now() - arrived));
    const method = request.method ?? "GET";
    const target = request.url ?? "/";
    const authorization = request.headers.authorization;
    const requestBody = request.method === "POST" ? await readBody(request) : void 0;
    this.requests.push({ method, url: target, authorization: authorization !== void 0 });
    this.stats.requests++;
    const fault = this.#faults.next();
    const replacing = fault && !deliversAnswer(fault.kind) ? fault : void 0;
    const now = this.#options.clock();
    const rate = this.#limiter && (replacing ? this.#limiter.peek(now) : this.#limiter.take(now));
    const rateHeaders = rate ? rateLimitHeaders(rate) : {};
    if (rate?.allowed) this.stats.lowestRemaining = Math.min(this.stats.lowestRemaining, rate.remaining);
    if (fault?.kind === "slow") {
      this.#countFault("slow");
      await this.#sleep(fault.ms ?? DEFAULT_SLOW_MS);
    }
    if (replacing) {
      await waitOutLatency();
      this.#countFault(replacing.kind);
      const reply2 = faultReply(replacing);
      if (reply2) this.#write(request, response, withHeaders(reply2, rateHeaders));
      else request.socket.destroy();
      return;
    }
    let reply = rate && !rate.allowed ? tooManyRequests(rate.resetSeconds) : answerApi(this.#account, {
      method,
      target,
      authorization,
      linkOrigin: this.#linkOrigin(request),
      body: requestBody,
      contentType: request.headers["content-type"]
    });
    reply = withHeaders(reply, rateHeaders);
    if (reply.cursorPage && reply.status === 200) {
      const walk = walkKey(target);
      const last = this.#lastCursorBodies.get(walk);
      if (fault?.kind === "replay" && last !== void 0) {
        this.#countFault("replay");
        reply = { ...reply, body: last };
      } else {
        this.#lastCursorBodies.delete(walk);
        this.#lastCursorBodies.set(walk, reply.body);
        if (this.#lastCursorBodies.size > MAX_REMEMBERED_WALKS) this.#lastCursorBodies.delete(this.#lastCursorBodies.keys().next().value);
      }
    }
    const truncate = fault?.kind === "truncate";
    if (truncate) this.#countFault("truncate");
    const body = encoder.encode(reply.body);
    await waitOutLatency();
    this.#write(request, response, reply, truncate, body);
  }
  #write(request, response, reply, truncate = false, body = encoder.encode(reply.body)) {
    if (request.socket.destroyed || response.writableEnded) return;
    response.writeHead(reply.status, { ...reply.headers, "Content-Length": String(body.byteLength) });
    this.stats.byStatus[reply.status] = (this.stats.byStatus[reply.status] ?? 0) + 1;
    if (truncate) {
      response.write(body.subarray(0, Math.floor(body.byteLength / 2)), () => request.socket.destroy());
    } else {
      response.end(body);
    }
  }
  /** Links lead back the way the client came (its Host header), or to {@link url}. */
  #linkOrigin(request) {
    const host = request.headers.host;
    return host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `http://${host}` : this.#origin();
  }
  #countFault(kind) {
    this.stats.faults[kind] = (this.stats.faults[kind] ?? 0) + 1;
  }
  /** A delay that {@link close} cuts short. */
  #sleep(ms) {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        cancel();
        this.#sleepers.delete(wake);
        resolve();
      };
      const cancel = preciseDelay(ms, wake);
      this.#sleepers.add(wake);
    });
  }
};
var MAX_REMEMBERED_WALKS = 256;
var MAX_BODY_BYTES = 64 * 1024;
async function readBody(request) {
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for await (const chunk of request) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) break;
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}
function walkKey(target) {
  const url = new URL(target, "http://sandbox");
  url.searchParams.delete("page[after]");
  url.searchParams.sort();
  return `${url.pathname}?${url.searchParams}`;
}
function withHeaders(reply, headers) {
  return { ...reply, headers: { ...reply.headers, ...headers } };
}
export {
  DEFAULT_MIX,
  DEMO_CREDENTIALS,
  DEMO_OAUTH_CLIENT,
  FAULT_KINDS,
  SOURCE_TYPES,
  createSandbox
};
