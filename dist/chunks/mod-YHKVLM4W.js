import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DNS_LABEL,
  isWhole,
  isZendeskId,
  wholeNumberOf
} from "./chunk-XP7TCBTF.js";
import "./chunk-PY5VAGIZ.js";

// src/sandbox/server.ts
import { once } from "node:events";
import { createServer } from "node:http";

// src/sandbox/replies.ts
function jsonReply(status, value, headers = {}) {
  return textReply(status, "application/json", JSON.stringify(value), headers);
}
function textReply(status, type, body, headers = {}) {
  return { status, headers: { "Content-Type": `${type}; charset=utf-8`, ...headers }, body };
}
var NO_ACCESS = "You do not have access to this page. Please contact the account owner of this help desk for further help.";
var UNAUTHORIZED = jsonReply(401, { error: "Couldn't authenticate you" }, { "WWW-Authenticate": 'Basic realm="Web Password"' });
var FORBIDDEN = jsonReply(403, { error: { title: "Forbidden", message: NO_ACCESS } });
var RECORD_NOT_FOUND = jsonReply(404, { error: "RecordNotFound", description: "Not found" });
var INVALID_ENDPOINT = jsonReply(404, { error: "InvalidEndpoint", description: "Not found" });
var INVALID_FILTER = "Invalid filter[created_at] specified; format is ?filter[created_at][]=YYYY-MM-DDTHH:MM:SSZ&filter[created_at][]=YYYY-MM-DDTHH:MM:SSZ";
var INVALID_CREATED_AT = jsonReply(400, { error: "InvalidValue", description: INVALID_FILTER });
var paginationError = (code, title) => jsonReply(400, { errors: [{ code, title }] });
var invalidPaginationParameter = (parameter) => paginationError("InvalidPaginationParameter", `${parameter} is not valid`);
var DEPTH = "Pagination requests using Offset Pagination are limited to page 100 or up to 10000 records (page * per_page)";
var PAGINATION_TOO_DEEP = paginationError("InvalidPaginationDepth", DEPTH);
var TOO_MANY = "Number of allowed API requests per minute exceeded";
function tooManyRequests(retryAfter) {
  return textReply(429, "text/plain", TOO_MANY, { "Retry-After": formatRetryAfter(retryAfter) });
}
var formatRetryAfter = (value) => typeof value === "number" ? String(Math.max(0, Math.ceil(value))) : value;
function faultReply(kind, retryAfter) {
  const retry = { "Retry-After": formatRetryAfter(retryAfter ?? 1) };
  const unavailable = { error: "ServiceUnavailable", description: "The service is temporarily unavailable. Please try again later." };
  const proxyPage = (title) => `<html>\r
<head><title>${title}</title></head>\r
<body>\r
<center><h1>${title}</h1></center>\r
<hr><center>nginx</center>\r
</body>\r
</html>\r
`;
  switch (kind) {
    case "429":
      return tooManyRequests(retryAfter ?? 1);
    case "503":
      return jsonReply(503, unavailable, retry);
    case "500":
      return jsonReply(500, { error: "InternalServerError", description: "Something went wrong. Please try again later." });
    case "502":
      return textReply(502, "text/html", proxyPage("502 Bad Gateway"));
    case "504":
      return textReply(504, "text/html", proxyPage("504 Gateway Time-out"));
    case "html":
      return textReply(503, "text/html", MAINTENANCE_PAGE, retryAfter === void 0 ? {} : retry);
  }
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

// src/sandbox/audit-log.ts
var MAX_PAGE_SIZE = 100;
var MAX_OFFSET_DEPTH = 1e4;
var FILTER_FIELDS = ["source_type", "source_id", "actor_id", "ip_address", "action"];
var AuditLogStore = class {
  #records = [];
  #ids = /* @__PURE__ */ new Set();
  maxId = 0;
  #origin;
  /** `origin`: the server's origin when a record is served, for its `url`. */
  constructor(origin) {
    this.#origin = origin;
  }
  has(id) {
    return this.#ids.has(id);
  }
  /** Stores a record; returns it. */
  add(record) {
    const last = this.#records.at(-1);
    if (!last || compare(last, record) < 0) this.#records.push(record);
    else this.#records.splice(this.#first((other) => compare(other, record) > 0), 0, record);
    this.#ids.add(record.id);
    this.maxId = Math.max(this.maxId, record.id);
    return record;
  }
  /** Every record, ascending, as copies. */
  all() {
    return this.#records.map((record) => structuredClone(this.served(record)));
  }
  /** Answers the query as the client wrote it: with `page[size]` a cursor page, else an offset page; links go to `base`. */
  list(query, base) {
    const params = new URLSearchParams(query);
    const filter = parseFilter(params);
    if (!filter) return INVALID_CREATED_AT;
    const link = (name, value) => {
      const kept = query.split("&").filter((pair) => pair !== "" && decodedName(pair) !== name);
      return `${base}?${[...kept, `${name}=${encodeURIComponent(value)}`].join("&")}`;
    };
    const size = params.get("page[size]");
    if (size === null) {
      const page2 = Math.max(1, wholeNumberOf(params.get("page")) ?? 1);
      const perPage = Math.min(MAX_PAGE_SIZE, Math.max(1, wholeNumberOf(params.get("per_page")) ?? MAX_PAGE_SIZE));
      if (page2 * perPage > MAX_OFFSET_DEPTH) return PAGINATION_TOO_DEEP;
      const [low, high] = this.#window(filter);
      const count = filter.fields.length === 0 ? high - low : countOf(this.#matching(filter, true));
      const records2 = take(this.#matching(filter, params.get("sort_order") === "asc"), (page2 - 1) * perPage, perPage);
      return jsonReply(200, {
        audit_logs: records2.map((record) => this.served(record)),
        next_page: page2 * perPage < count ? link("page", String(page2 + 1)) : null,
        previous_page: page2 > 1 ? link("page", String(page2 - 1)) : null,
        count
      });
    }
    const sort = params.get("sort") ?? "-created_at";
    if (sort !== "created_at" && sort !== "-created_at") return invalidPaginationParameter("sort");
    const pageSize = wholeNumberOf(size);
    if (!pageSize || pageSize > MAX_PAGE_SIZE) return invalidPaginationParameter("page[size]");
    const cursor = params.get("page[after]");
    const after = cursor === null ? void 0 : decodeCursor(cursor);
    if (cursor !== null && !after) return invalidPaginationParameter("page[after]");
    const records = take(this.#matching(filter, sort === "created_at", after), 0, pageSize + 1);
    const last = records[Math.min(records.length, pageSize) - 1];
    const afterCursor = last ? encodeCursor(last) : null;
    const page = {
      audit_logs: records.slice(0, pageSize).map((record) => this.served(record)),
      meta: { has_more: records.length > pageSize, after_cursor: afterCursor, before_cursor: null },
      links: { next: afterCursor && link("page[after]", afterCursor), prev: null }
    };
    return { ...jsonReply(200, page), cursorPage: true };
  }
  /** A record as served: resource URLs name where the sandbox is reached now. */
  served(record) {
    return { url: `${this.#origin()}/api/v2/audit_logs/${record.id}.json`, ...record };
  }
  /** The matching records in walk order, strictly after `after` (from the start when missing). */
  *#matching(filter, ascending, after) {
    let [low, high] = this.#window(filter);
    if (after && ascending) low = Math.max(low, this.#first((record) => compare(record, after) > 0));
    if (after && !ascending) high = Math.min(high, this.#first((record) => compare(record, after) >= 0));
    for (let step = 0; step < high - low; step++) {
      const record = this.#records[ascending ? low + step : high - 1 - step];
      if (filter.fields.every(([field, values]) => record[field] != null && values.has(String(record[field])))) yield record;
    }
  }
  /** The indexes [low, high) of the records inside the filter's time window. */
  #window({ from, to }) {
    const low = from === void 0 ? 0 : this.#first((record) => record.created_at >= from);
    const high = to === void 0 ? this.#records.length : this.#first((record) => record.created_at > to);
    return [low, Math.max(low, high)];
  }
  /** The first index where a monotone `test` turns true, or the length. */
  #first(test) {
    let [low, high] = [0, this.#records.length];
    while (low < high) {
      const middle = low + high >>> 1;
      if (test(this.#records[middle])) high = middle;
      else low = middle + 1;
    }
    return low;
  }
};
var compare = (a, b) => a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id;
function parseFilter(params) {
  const filter = { fields: [] };
  for (const field of FILTER_FIELDS) {
    const wanted = [...params.getAll(`filter[${field}]`), ...params.getAll(`filter[${field}][]`)].filter((value) => value !== "").map((value) => String(wholeNumberOf(value) ?? value));
    if (wanted.length) filter.fields.push([field, new Set(wanted)]);
  }
  const range = params.getAll("filter[created_at][]");
  if (params.has("filter[created_at]") || range.length > 0) {
    if (params.has("filter[created_at]") || range.length !== 2 || range.some((text) => parseZendeskTimestamp(text) === void 0)) {
      return void 0;
    }
    [filter.from, filter.to] = range;
  }
  return filter;
}
function countOf(items) {
  let count = 0;
  for (const _ of items) count++;
  return count;
}
function take(items, skip, count) {
  const taken = [];
  for (const item of items) {
    if (skip > 0) skip--;
    else if (taken.push(item) === count) break;
  }
  return taken;
}
var decodedName = (pair) => [...new URLSearchParams(pair).keys()][0];
function encodeCursor({ created_at, id }) {
  const json = JSON.stringify({ o: "created_at,id", v: [Date.parse(created_at) / 1e3, id] });
  return btoa(json).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function decodeCursor(cursor) {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) return void 0;
  try {
    const value = JSON.parse(atob(cursor.replace(/-/g, "+").replace(/_/g, "/")))?.v;
    if (!Array.isArray(value) || value.length !== 2 || !value.every((part) => Number.isSafeInteger(part))) return void 0;
    const [seconds, id] = value;
    return seconds >= FOUR_DIGIT_YEARS[0] && seconds <= FOUR_DIGIT_YEARS[1] ? { created_at: isoSeconds(seconds), id } : void 0;
  } catch {
    return void 0;
  }
}
var ZENDESK_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
var FOUR_DIGIT_YEARS = [-62167219200, 253402300799];
function isoSeconds(epochSeconds) {
  return new Date(epochSeconds * 1e3).toISOString().slice(0, 19) + "Z";
}
function parseZendeskTimestamp(text) {
  const milliseconds = Date.parse(text);
  const exact = ZENDESK_TIMESTAMP.test(text) && !Number.isNaN(milliseconds) && isoSeconds(milliseconds / 1e3) === text;
  return exact ? milliseconds / 1e3 : void 0;
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
    if (left > TIMER_SLACK_MS) timer = setTimeout(check2, left - TIMER_SLACK_MS);
    else immediate = setImmediate(check2);
  };
  const check2 = () => {
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

// src/sandbox/catalog.ts
var PEOPLE = [
  { name: "Maria Garcia", zone: "Pacific Time (US & Canada)", iana: "America/Los_Angeles", locale: "en-US", localeId: 1 },
  { name: "Emily Chen", zone: "Pacific Time (US & Canada)", iana: "America/Los_Angeles", locale: "en-US", localeId: 1 },
  { name: "Jordan Reyes", zone: "Pacific Time (US & Canada)", iana: "America/Los_Angeles", locale: "en-US", localeId: 1 },
  { name: "Noah Johnson", zone: "Central Time (US & Canada)", iana: "America/Chicago", locale: "en-US", localeId: 1 },
  { name: "James Miller", zone: "Eastern Time (US & Canada)", iana: "America/New_York", locale: "en-US", localeId: 1 },
  { name: "Diego Hernández", zone: "Mexico City", iana: "America/Mexico_City", locale: "es", localeId: 2 },
  { name: "Ana Souza", zone: "Brasilia", iana: "America/Sao_Paulo", locale: "pt-BR", localeId: 19 },
  { name: "Sam Taylor", zone: "UTC", iana: "UTC", locale: "en-GB", localeId: 1176 },
  { name: "Alex Morgan", zone: "UTC", iana: "UTC", locale: "en-US", localeId: 1 },
  { name: "Oliver Smith", zone: "London", iana: "Europe/London", locale: "en-GB", localeId: 1176 },
  { name: "Liam O'Connor", zone: "Dublin", iana: "Europe/Dublin", locale: "en-GB", localeId: 1176 },
  { name: "Lukas Schneider", zone: "Berlin", iana: "Europe/Berlin", locale: "de", localeId: 8 },
  { name: "Anna Müller", zone: "Berlin", iana: "Europe/Berlin", locale: "de", localeId: 8 },
  { name: "Hannah Weber", zone: "Berlin", iana: "Europe/Berlin", locale: "de", localeId: 8 },
  { name: "Chloé Dubois", zone: "Paris", iana: "Europe/Paris", locale: "fr", localeId: 16 },
  { name: "Sofia Rossi", zone: "Rome", iana: "Europe/Rome", locale: "it", localeId: 22 },
  { name: "Ingrid Larsen", zone: "Stockholm", iana: "Europe/Stockholm", locale: "sv", localeId: 34 },
  { name: "Thabo Nkosi", zone: "Pretoria", iana: "Africa/Johannesburg", locale: "en-US", localeId: 1 },
  { name: "Priya Sharma", zone: "New Delhi", iana: "Asia/Kolkata", locale: "en-US", localeId: 1 },
  { name: "Arjun Mehta", zone: "New Delhi", iana: "Asia/Kolkata", locale: "en-US", localeId: 1 },
  { name: "Ravi Iyer", zone: "New Delhi", iana: "Asia/Kolkata", locale: "en-US", localeId: 1 },
  { name: "Sujata Shrestha", zone: "Kathmandu", iana: "Asia/Kathmandu", locale: "en-US", localeId: 1 },
  { name: "Mei Lin Tan", zone: "Singapore", iana: "Asia/Singapore", locale: "en-US", localeId: 1 },
  { name: "Grace Kim", zone: "Seoul", iana: "Asia/Seoul", locale: "ko", localeId: 69 },
  { name: "Kenji Tanaka", zone: "Tokyo", iana: "Asia/Tokyo", locale: "ja", localeId: 67 },
  { name: "Olivia Brown", zone: "Sydney", iana: "Australia/Sydney", locale: "en-AU", localeId: 1177 },
  { name: "Jack Wilson", zone: "Sydney", iana: "Australia/Sydney", locale: "en-AU", localeId: 1177 },
  { name: "Aroha Ngata", zone: "Auckland", iana: "Pacific/Auckland", locale: "en-AU", localeId: 1177 }
];
var REQUIRED_ADMIN_ZONES = ["Pacific Time (US & Canada)", "Berlin", "New Delhi", "Sydney", "UTC"];
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
var API_TOKENS = ["Zapier integration", "Data warehouse export", "Slack bot", "Nightly backup script", "CI smoke tests"];
var ACTION_LABELS = {
  create: "Created",
  update: "Updated",
  destroy: "Deleted",
  login: "Signed in"
};

// src/sandbox/random.ts
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let mixed = Math.imul(state ^ state >>> 15, state | 1);
    mixed ^= mixed + Math.imul(mixed ^ mixed >>> 7, mixed | 61);
    return ((mixed ^ mixed >>> 14) >>> 0) / 4294967296;
  };
}
function randomStream(seed, purpose) {
  let hash = 2166136261 ^ seed >>> 0 ^ Math.floor(seed / 4294967296);
  for (const char of purpose) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return mulberry32(hash);
}
var integerBetween = (random, min, max) => min + Math.floor(random() * (max - min + 1));
var pick = (random, items) => items[Math.floor(random() * items.length)];
var exponential = (random, mean) => -Math.log(1 - random()) * mean;
function weightedIndex(random, weights, total) {
  let target = random() * total;
  for (let index = 0; index < weights.length; index++) {
    target -= weights[index];
    if (target < 0) return index;
  }
  return Math.max(0, weights.findLastIndex((weight) => weight > 0));
}
function shuffled(random, items) {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

// src/sandbox/generate.ts
var DEFAULT_MIX = { account_setting: 5, user: 3, trigger: 0.8, macro: 0.7, view: 0.5, apitoken: 0.3 };
var SOURCE_TYPES = Object.keys(DEFAULT_MIX);
var FIRST_RECORD_ID = 12e12;
var EVENT_KINDS = [
  ["account_setting", "update", 1],
  ["user", "login", 0.8],
  ["user", "update", 0.2],
  ...["trigger", "macro", "view"].flatMap((type) => [[type, "create", 0.2], [type, "update", 0.7], [type, "destroy", 0.1]]),
  ["apitoken", "create", 0.7],
  ["apitoken", "destroy", 0.3]
].map(([sourceType, action, share]) => ({ sourceType, action, share, adminsOnly: action !== "login" && sourceType !== "macro" }));
var LOGIN = EVENT_KINDS.findIndex((kind) => kind.action === "login");
var [ADMIN_COUNT, AGENT_COUNT, DAY] = [8, 12, 86400];
var SYSTEM_ACTOR = { id: -1, name: "Zendesk" };
function generateStaff(seed, nowSeconds, subdomain, ownerEmail) {
  const random = randomStream(seed, "staff");
  const people = choosePeople(random);
  const someId = () => integerBetween(random, 15e11, 1599999999999);
  const groupIds = Array.from({ length: 4 }, someId);
  const roleIds = Array.from({ length: 3 }, someId);
  const ownerCreatedAt = nowSeconds - integerBetween(random, 4 * 365 * DAY, 6 * 365 * DAY);
  const suspendedAgent = integerBetween(random, ADMIN_COUNT, people.length - 1);
  const taken = /* @__PURE__ */ new Set();
  const [owner, ...others] = people.map((person, index) => {
    const role = index < ADMIN_COUNT ? "admin" : "agent";
    return {
      id: 0,
      name: person.name,
      email: index === 0 ? ownerEmail : `${emailLocalPart(person.name)}@${subdomain}.example`,
      role,
      person,
      createdAt: index === 0 ? ownerCreatedAt : integerBetween(random, ownerCreatedAt + DAY, nowSeconds - 120 * DAY),
      lastLoginAt: nowSeconds - integerBetween(random, 100 * DAY, 400 * DAY),
      twoFactor: pick(random, [true, true, false, null]),
      suspended: index === suspendedAgent,
      customRoleId: role === "admin" ? roleIds[0] : pick(random, roleIds.slice(1)),
      defaultGroupId: pick(random, groupIds),
      addresses: addressesFor(random, taken)
    };
  });
  const members = [owner, ...others.sort((a, b) => a.createdAt - b.createdAt)];
  let id = integerBetween(random, 15e11, 151e10);
  for (const member of members) {
    member.id = id;
    id += integerBetween(random, 1e6, 9e8);
  }
  return { members, admins: members.filter((member) => member.role === "admin"), organizationId: someId() };
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
    time_zone: member.person.zone,
    iana_time_zone: member.person.iana,
    phone: null,
    shared_phone_number: null,
    photo: null,
    locale_id: member.person.localeId,
    locale: member.person.locale,
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
  for (const person of pool) if (chosen.length < ADMIN_COUNT + AGENT_COUNT && !chosen.includes(person)) chosen.push(person);
  return [...shuffled(random, chosen.slice(0, ADMIN_COUNT)), ...chosen.slice(ADMIN_COUNT)];
}
function addressesFor(random, taken) {
  const count = random() < 0.5 ? 1 : 2;
  const addresses = [];
  while (addresses.length < count) {
    const address = `${pick(random, ["192.0.2", "198.51.100", "203.0.113"])}.${integerBetween(random, 1, 254)}`;
    if (taken.has(address)) continue;
    taken.add(address);
    addresses.push(address);
  }
  if (random() < 0.2) {
    const hextet = () => integerBetween(random, 1, 65535).toString(16);
    addresses.push(`2001:db8:${hextet()}:${hextet()}::${hextet()}`);
  }
  return addresses;
}
var emailLocalPart = (name) => name.normalize("NFD").replace(/[\u0300-\u036f']/g, "").toLowerCase().split(/\s+/).join(".");
var SESSION_GAP_SECONDS = 90;
var SESSION_CONTINUES = 0.45;
var MAX_SESSION_SHARE = 0.5;
function createEventContext(seed, staff, subdomain) {
  const random = randomStream(seed, "sources");
  const ids = (count) => Array.from({ length: count }, () => sourceId(random));
  return {
    staff,
    subdomain,
    settingIds: ids(SETTINGS.length),
    ruleIds: { trigger: ids(RULES.trigger.length), macro: ids(RULES.macro.length), view: ids(RULES.view.length) },
    tokenIds: ids(API_TOKENS.length),
    settingValues: SETTINGS.map((setting) => integerBetween(random, 0, valueCount(setting.values) - 1))
  };
}
function eventRecord(context, random, event) {
  const { sourceType, action, actor } = event;
  const [source_id, source_label, change_description] = event.about ?? aboutEvent(context, random, sourceType, action, actor);
  return {
    action_label: ACTION_LABELS[action] ?? capitalise(action),
    actor_id: actor?.id ?? SYSTEM_ACTOR.id,
    source_id,
    source_type: sourceType,
    source_label,
    action,
    change_description,
    ip_address: actor?.addresses[0] ?? null,
    created_at: isoSeconds(event.seconds),
    actor_name: actor?.name ?? SYSTEM_ACTOR.name
  };
}
function aboutEvent(context, random, sourceType, action, actor) {
  const { members } = context.staff;
  switch (sourceType) {
    case "account_setting": {
      const setting = Math.floor(random() * SETTINGS.length);
      const count = valueCount(SETTINGS[setting].values);
      return settingChange(context, setting, (context.settingValues[setting] + 1 + Math.floor(random() * (count - 1))) % count);
    }
    case "user": {
      if (action === "login") {
        const how = `using ${pick(random, SIGN_IN_METHODS)} from https://${context.subdomain}.zendesk.com/access/login`;
        return [actor?.id ?? SYSTEM_ACTOR.id, `Team member: ${actor?.name ?? SYSTEM_ACTOR.name}`, `Successful sign-in ${how}`];
      }
      let target = Math.floor(random() * members.length);
      if (members[target] === actor) target = (target + 1) % members.length;
      return [members[target].id, `Team member: ${members[target].name}`, pick(random, USER_UPDATES)];
    }
    case "apitoken": {
      const token = Math.floor(random() * API_TOKENS.length);
      return [context.tokenIds[token], `API token: ${API_TOKENS[token]}`, lifecycleText(action)];
    }
    default: {
      const type = sourceType;
      const rule = Math.floor(random() * RULES[type].length);
      const [label, update] = [`${capitalise(type)}: ${RULES[type][rule]}`, pick(random, RULE_UPDATES)];
      return [context.ruleIds[type][rule], label, action === "update" ? update : lifecycleText(action)];
    }
  }
}
function settingChange(context, setting, to) {
  const { label, values } = SETTINGS[setting];
  const from = context.settingValues[setting];
  context.settingValues[setting] = to;
  const change = values === "boolean" ? to === 1 ? "Turned on" : "Turned off" : `Changed from ${values[from]} to ${values[to]}`;
  return [context.settingIds[setting], label, change];
}
function generateAuditLogs(context, seed, count, mix, start, end) {
  const random = randomStream(seed, "records");
  const { offsets, newSession } = spreadOverTime(random, count, end - start);
  const { kindWeights, totalWeight, signInChance } = sessionWeights(mix);
  const { members, admins } = context.staff;
  let id = integerBetween(random, FIRST_RECORD_ID, 2e13);
  let sessionActor = members[0];
  let signInFirst = false;
  const generated = [];
  for (let row = 0; row < count; row++) {
    if (newSession[row]) {
      sessionActor = random() < 0.6 ? pick(random, admins) : pick(random, members);
      signInFirst = random() < signInChance;
    }
    const kind = EVENT_KINDS[signInFirst ? LOGIN : weightedIndex(random, kindWeights, totalWeight)];
    signInFirst = false;
    const actor = chooseActor(random, kind, sessionActor, admins);
    const seconds = Math.floor(start + offsets[row]);
    id += integerBetween(random, 1, 1 << 20);
    const event = { sourceType: kind.sourceType, action: kind.action, actor, seconds };
    const record = { id, ...eventRecord(context, random, event) };
    if (actor && random() >= 0.85) record.ip_address = pick(random, actor.addresses);
    generated.push(record);
    if (kind.action === "login") actor.lastLoginAt = seconds;
  }
  return generated;
}
function sessionWeights(mix) {
  const kindWeights = EVENT_KINDS.map((kind) => (mix[kind.sourceType] ?? 0) * kind.share);
  const total = kindWeights.reduce((sum, weight) => sum + weight, 0);
  const loginShare = kindWeights[LOGIN] / total;
  const sessionShare = 1 - SESSION_CONTINUES;
  const signInChance = Math.min(1, loginShare / sessionShare);
  const forcedShare = sessionShare * signInChance;
  const others = total - kindWeights[LOGIN];
  const owed = (loginShare - forcedShare) / (1 - forcedShare);
  kindWeights[LOGIN] = owed <= 0 ? 0 : others === 0 ? 1 : owed * others / (1 - owed);
  return { kindWeights, totalWeight: kindWeights.reduce((sum, weight) => sum + weight, 0), signInChance };
}
function spreadOverTime(random, count, spanSeconds) {
  const offsets = new Float64Array(count);
  const newSession = new Uint8Array(count);
  let [sessionTotal, idleTotal] = [0, 0];
  for (let row = 0; row < count; row++) {
    const inSession = row > 0 && random() < SESSION_CONTINUES;
    const gap = exponential(random, inSession ? SESSION_GAP_SECONDS : 1);
    offsets[row] = gap;
    newSession[row] = inSession ? 0 : 1;
    if (inSession) sessionTotal += gap;
    else idleTotal += gap;
  }
  idleTotal += exponential(random, 1);
  const sessionScale = Math.min(1, spanSeconds * MAX_SESSION_SHARE / sessionTotal);
  const idleScale = (spanSeconds - sessionTotal * sessionScale) / idleTotal;
  let offset = 0;
  for (let row = 0; row < count; row++) {
    offset += offsets[row] * (newSession[row] ? idleScale : sessionScale);
    offsets[row] = Math.min(offset, spanSeconds - 1);
  }
  return { offsets, newSession };
}
function chooseActor(random, kind, sessionActor, admins) {
  if (kind.sourceType === "user" && kind.action === "update" && random() < 0.05) return void 0;
  if (kind.sourceType === "apitoken" && kind.action === "destroy" && random() < 0.25) return void 0;
  return !kind.adminsOnly || sessionActor.role === "admin" ? sessionActor : pick(random, admins);
}
function completeRecord(context, random, partial, id, now) {
  const seconds = partial.created_at === void 0 ? Math.floor(now) : parseCreatedAt(partial.created_at);
  const sourceType = partial.source_type ?? "account_setting";
  const action = partial.action ?? { user: "login", apitoken: "create" }[sourceType] ?? "update";
  const { members, admins } = context.staff;
  const { actor_id: actorId } = partial;
  const actor = actorId === void 0 ? pick(random, action === "login" ? members : admins) : members.find((one) => one.id === actorId);
  const generated = EVENT_KINDS.some((kind) => kind.sourceType === sourceType && kind.action === action);
  const label = capitalise(sourceType.replace(/[_/]/g, " "));
  const about = generated ? void 0 : [sourceId(random), label, lifecycleText(action)];
  const fields = eventRecord(context, random, { sourceType, action, actor, seconds, about });
  if (!actor && actorId !== void 0 && actorId !== SYSTEM_ACTOR.id) fields.actor_name = "Unknown user";
  const given = Object.entries(partial).filter(([field, value]) => value !== void 0 && field !== "id" && field !== "created_at");
  const record = { id, ...fields, ...Object.fromEntries(given) };
  if ("ip_address" in partial) record.ip_address = partial.ip_address ?? null;
  if (action === "login" && actor && seconds > actor.lastLoginAt) actor.lastLoginAt = seconds;
  return record;
}
function parseCreatedAt(text) {
  const seconds = Math.floor(Date.parse(text) / 1e3);
  if (typeof text === "string" && seconds >= FOUR_DIGIT_YEARS[0] && seconds <= FOUR_DIGIT_YEARS[1]) return seconds;
  throw new TypeError(`created_at must be an ISO 8601 time such as 2024-05-21T22:34:33Z, not ${JSON.stringify(text)}`);
}
var lifecycleText = (action) => action === "create" ? "Created" : action === "destroy" ? "Deleted" : "Updated";
var sourceId = (random) => integerBetween(random, 1e13, 29999999999999);
var valueCount = (values) => values === "boolean" ? 2 : values.length;
var capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

// src/sandbox/episodes.ts
var MINUTE = 60;
var STEPS = [
  // Someone hardens the account.
  { who: 0, at: 0, label: "Security: Require two-factor authentication for team members", to: "on" },
  { who: 0, at: 20, label: "Security: Password policy", to: "Medium" },
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
  { who: 2, at: 52 * MINUTE, label: "Security: Zendesk API token access", to: "flip" },
  { who: 2, at: 53 * MINUTE + 10, label: "Security: Zendesk API token access", to: "back" },
  { who: 2, at: 55 * MINUTE, label: "Security: Session expiration", to: "longer" },
  { who: 2, at: 56 * MINUTE + 30, label: "Tickets: Customers can attach files", to: "flip" },
  { who: 2, at: 57 * MINUTE + 40, label: "End users: Enable CAPTCHA for anonymous requests", to: "on" },
  { who: 2, at: 58 * MINUTE + 50, label: "Tickets: Customers can attach files", to: "back" },
  { who: 2, at: 61 * MINUTE, label: "Security: Session expiration", to: "shorter" }
];
var EPISODES_SPAN_SECONDS = STEPS.at(-1).at;
var GAP_SECONDS = 10 * MINUTE;
var MAX_AGE_SECONDS = 26 * 60 * MINUTE;
function valueIndex(values, to) {
  if (values === "boolean") return to === "on" ? 1 : to === "off" ? 0 : -1;
  return values.indexOf(to);
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
    const values = SETTINGS[setting].values;
    const change = (to2, seconds) => {
      const from2 = context.settingValues[setting];
      if (to2 < 0) throw new RangeError(`episode step ${step.label}: ${step.to} is not one of its values`);
      if (to2 === from2) return;
      before.set(setting, from2);
      const event = { sourceType: "account_setting", action: "update", actor: actors[step.who], seconds };
      records.push(eventRecord(context, random, { ...event, about: settingChange(context, setting, to2) }));
    };
    const from = context.settingValues[setting];
    const longest = values.length - 1;
    if (step.to === "longer" && from === longest) {
      change(longest - 4, start + step.at - 2 * MINUTE);
      change(longest - 2, start + step.at);
      continue;
    }
    const shorter = () => {
      const undone = before.get(setting);
      for (let index = from - 1; index >= 0; index--) if (index !== undone) return index;
      return -1;
    };
    const to = step.to === "back" ? before.get(setting) ?? -1 : step.to === "flip" ? 1 - from : step.to === "longer" ? longest : step.to === "shorter" ? shorter() : valueIndex(values, step.to);
    change(to, start + step.at);
  }
  return records;
}
var DAY2 = 86400;
var HOUR = 3600;
function unusedAddress(context) {
  const taken = new Set(context.staff.members.flatMap((member) => member.addresses));
  for (let host = 254; host > 0; host--) {
    const address = `203.0.113.${host}`;
    if (!taken.has(address)) return address;
  }
  throw new RangeError("no unused address left in 203.0.113.0/24");
}
function itemId(label) {
  let hash = 2166136261;
  for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return 3e13 + (hash >>> 0);
}
function smallHoursOfSunday(nowSeconds, daysAgo) {
  const day = Math.floor((nowSeconds - daysAgo * DAY2) / DAY2);
  const sunday = day - (day + 4) % 7;
  return nowSeconds - (sunday * DAY2 + 3 * HOUR + 7 * 60);
}
function scripted(context, random, nowSeconds) {
  const { members, admins } = context.staff;
  const owner = members[0];
  const [first, second, third, fourth, fifth] = shuffled(random, admins.filter((admin) => admin !== owner));
  const agents = shuffled(random, members.filter((member2) => member2.role === "agent"));
  const night = admins.find((admin) => admin.person.zone === "UTC") ?? owner;
  const token = (index) => [context.tokenIds[index], `API token: ${API_TOKENS[index]}`, ""];
  const member = (target, description) => [target.id, `Team member: ${target.name}`, description];
  const setting = (label, description) => [itemId(label), label, description];
  const rule = (type, index) => [
    context.ruleIds[type][index],
    `${type === "trigger" ? "Trigger" : "Macro"}: ${RULES[type][index]}`,
    "Deleted"
  ];
  const at = (days, hours) => days * DAY2 - hours * HOUR;
  const [createdToken, changedToken, deletedToken] = [token(1), token(2), token(4)];
  return [
    // A token and an OAuth client for an integration nobody announced.
    { actor: first, ago: at(27, 2), sourceType: "apitoken", action: "create", about: [createdToken[0], createdToken[1], "Created"] },
    {
      actor: first,
      ago: at(27, 2.1),
      sourceType: "apitoken",
      action: "update",
      about: [changedToken[0], changedToken[1], `Description changed from ${API_TOKENS[2]} to Nightly sync`]
    },
    // Logged as Panther's rules' records name the type (`api_token`), beside the reference's `apitoken`: accounts differ.
    { actor: second, ago: at(26, 3), sourceType: "api_token", action: "destroy", about: [deletedToken[0], deletedToken[1], "Deleted"] },
    {
      actor: first,
      ago: at(25, 4),
      sourceType: "oauth_client",
      action: "create",
      about: [itemId("OAuth client: Reporting exporter"), "OAuth client: Reporting exporter", "Created"]
    },
    {
      actor: first,
      ago: at(25, 4.05),
      sourceType: "oauth_client",
      action: "update",
      about: [itemId("OAuth client: Reporting exporter"), "OAuth client: Reporting exporter", "Redirect URLs: Changed"]
    },
    // Who holds power: the owner hands the account on, a role raised, another lowered.
    {
      actor: owner,
      ago: at(23, 5),
      sourceType: "account",
      action: "update",
      about: [itemId("Account: Account"), "Account: Account", `Owner changed from ${owner.name} to ${first.name}`]
    },
    {
      actor: second,
      ago: at(22, 6),
      sourceType: "user",
      action: "update",
      about: member(agents[0], "Role: Changed from Agent to Administrator")
    },
    {
      actor: second,
      ago: at(22, 5),
      sourceType: "user",
      action: "update",
      about: member(third, "Role: Changed from Administrator to Agent")
    },
    // Sign-in and access settings.
    {
      actor: third,
      ago: at(21, 2),
      sourceType: "account_setting",
      action: "update",
      about: setting("Agents: Agents can delete tickets", "Turned on")
    },
    {
      actor: fourth,
      ago: at(20, 3),
      sourceType: "account_setting",
      action: "update",
      about: setting("Team member authentication: Single sign-on (SSO)", "Turned on")
    },
    {
      actor: fourth,
      ago: at(20, 2.9),
      sourceType: "account_setting",
      action: "update",
      about: setting("Security: Allow customers to bypass IP restrictions", "Turned on")
    },
    // Panther's settings, as its records carry them: action `create`, activity type Updated, Enabled/Disabled.
    ...[
      [19, "Zendesk Support Mobile App Access", "Enabled"],
      [17, "Zendesk Support Mobile App Access", "Disabled"],
      [18, "Account Assumption", "Enabled"],
      [16, "Account Assumption", "Disabled"],
      [15, "Credit Card Redaction", "Disabled"],
      [13, "Credit Card Redaction", "Enabled"]
    ].map(([days, label, description]) => ({
      actor: fifth,
      ago: at(days, 4),
      sourceType: "account_setting",
      action: "create",
      actionLabel: "Updated",
      about: setting(label, description)
    })),
    {
      actor: third,
      ago: at(12, 3),
      sourceType: "account",
      action: "exported",
      about: [itemId("Account: Data export"), "Account: Data export", "Exported tickets"]
    },
    // Team members suspended and deleted.
    { actor: second, ago: at(11, 5), sourceType: "user", action: "update", about: member(agents[1], "Suspended: Turned on") },
    { actor: second, ago: at(11, 4), sourceType: "user", action: "destroy", about: member(agents[2], "Deleted") },
    // Twelve business rules deleted in six minutes.
    ...Array.from({ length: 12 }, (_, index) => ({
      actor: fourth,
      ago: at(9, 2) - index * 30,
      sourceType: index < 8 ? "trigger" : "macro",
      action: "destroy",
      about: index < 8 ? rule("trigger", index) : rule("macro", index - 8)
    })),
    // A change in the small hours of a Sunday.
    {
      actor: night,
      ago: smallHoursOfSunday(nowSeconds, 7),
      sourceType: "trigger",
      action: "update",
      about: [context.ruleIds.trigger[5], `Trigger: ${RULES.trigger[5]}`, "Conditions: Changed"]
    },
    // Signing in from the usual address, then from one never used before.
    {
      actor: fifth,
      ago: at(6, 8),
      sourceType: "user",
      action: "login",
      about: member(fifth, `Successful sign-in using Zendesk password from https://${context.subdomain}.zendesk.com/access/login`)
    },
    {
      actor: fifth,
      ago: at(4, 3),
      sourceType: "user",
      action: "login",
      about: member(fifth, `Successful sign-in using Zendesk password from https://${context.subdomain}.zendesk.com/access/login`),
      ip: unusedAddress(context)
    },
    // An admin turns off their own two-factor authentication.
    {
      actor: fifth,
      ago: at(4, 2.5),
      sourceType: "user",
      action: "update",
      about: member(fifth, "Two-factor authentication: Turned off")
    }
  ];
}
function detectionEpisodeRecords(context, seed, nowSeconds) {
  const random = randomStream(seed, "detection episodes");
  const now = Math.floor(nowSeconds);
  return scripted(context, random, now).map((episode) => {
    const { actor, sourceType, action, about } = episode;
    const record = eventRecord(context, random, { sourceType, action, actor, seconds: Math.floor(now - episode.ago), about });
    if (episode.ip) record.ip_address = episode.ip;
    if (episode.actionLabel) record.action_label = episode.actionLabel;
    if (action === "login" && actor.lastLoginAt < now - episode.ago) actor.lastLoginAt = Math.floor(now - episode.ago);
    return record;
  }).sort((a, b) => a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0);
}

// src/sandbox/oauth.ts
var KNOWN_SCOPES = ["read", "write", "auditlogs:read", "users:read", "users:write", "tickets:read"];
var DEMO_OAUTH_CLIENT = Object.freeze({
  identifier: "zendesk_audit_demo",
  secret: "sandbox-client-secret",
  allowedScopes: Object.freeze(["read", "auditlogs:read", "users:read"])
});
function checkClient(client) {
  for (const key of ["identifier", "secret"]) {
    if (typeof client[key] !== "string" || client[key] === "") throw new TypeError(`oauthClient.${key} must be a non-empty string`);
  }
  const unknown = client.allowedScopes.find((scope) => !KNOWN_SCOPES.includes(scope));
  if (unknown === void 0) return { ...client, allowedScopes: [...client.allowedScopes] };
  throw new RangeError(`oauthClient.allowedScopes: unknown scope ${JSON.stringify(unknown)}; expected some of ${KNOWN_SCOPES.join(", ")}`);
}
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
    const askedSeconds = typeof asked === "string" ? wholeNumberOf(asked) ?? asked : asked;
    if (askedSeconds !== void 0 && !isWhole(askedSeconds, ...LIFETIME_RANGE)) {
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

// src/sandbox/options.ts
var DEMO_CREDENTIALS = Object.freeze({
  email: "admin@sandbox.example",
  apiToken: "sandbox-api-token",
  oauthToken: "sandbox-oauth-token"
});
var FAULT_KINDS = ["429", "503", "500", "502", "504", "reset", "truncate", "slow", "html", "replay"];
function resolveOptions(options = {}) {
  const { clock = Date.now, plan = "enterprise", subdomain = "sandbox", chaos, oauthClient = DEMO_OAUTH_CLIENT } = options;
  const credentials = { ...options.credentials ?? DEMO_CREDENTIALS };
  const mix = { ...options.mix ?? DEFAULT_MIX };
  check(typeof clock === "function", "clock must be a function returning epoch milliseconds", TypeError);
  check(plan === "enterprise" || plan === "professional", `plan must be 'enterprise' or 'professional', not ${JSON.stringify(plan)}`);
  check(DNS_LABEL.test(subdomain), `subdomain must be a DNS label such as 'acme', not ${JSON.stringify(subdomain)}`);
  for (const key of ["email", "apiToken", "oauthToken"]) {
    const value = credentials[key];
    check(typeof value === "string" && value !== "", `credentials.${key} must be a non-empty string`, TypeError);
  }
  for (const [type, weight] of Object.entries(mix)) {
    check(SOURCE_TYPES.includes(type), `mix: unknown source type ${JSON.stringify(type)}; expected some of ${SOURCE_TYPES.join(", ")}`);
    checked(`mix.${type}`, weight, "not negative");
  }
  check(Object.values(mix).some((weight) => weight > 0), "mix needs at least one positive weight");
  const { tokenLifetimeSeconds: lifetime } = options;
  return {
    seed: checked("seed", options.seed ?? 1),
    records: checked("records", options.records ?? 400, "a whole number"),
    days: checked("days", options.days ?? 90, "positive"),
    now: checked("now", options.now ?? Math.floor(Date.now() / 36e5) * 36e5),
    clock,
    mix,
    plan,
    rateLimit: checked("rateLimit", options.rateLimit ?? 700, "a whole number"),
    rateWindowMs: checked("rateWindowMs", options.rateWindowMs ?? 6e4, "positive"),
    latencyMs: checked("latencyMs", options.latencyMs ?? 0, "not negative"),
    chaos: chaos && checkChaos(chaos),
    credentials,
    oauthClient: checkClient(oauthClient),
    tokenLifetimeSeconds: lifetime === void 0 ? void 0 : checked("tokenLifetimeSeconds", lifetime, "positive"),
    subdomain,
    episodes: options.episodes === true
  };
}
function normaliseFault(fault) {
  const normalised = typeof fault === "string" ? { kind: fault } : { ...fault };
  const { kind, ms } = normalised;
  const known = FAULT_KINDS.includes(kind);
  check(known, `unknown fault ${JSON.stringify(kind)}; expected one of ${FAULT_KINDS.join(", ")}`);
  if (ms !== void 0) checked("fault ms", ms, "not negative");
  return normalised;
}
function checkChaos(chaos) {
  const rate = checked("chaos.rate", chaos.rate);
  check(rate >= 0 && rate <= 1, `chaos.rate must be between 0 and 1, not ${rate}`);
  const kinds = chaos.kinds ?? [...FAULT_KINDS];
  check(kinds.length > 0, "chaos.kinds must name at least one fault");
  kinds.forEach(normaliseFault);
  return {
    seed: checked("chaos.seed", chaos.seed),
    rate,
    kinds: [...kinds],
    retryAfterMaxSeconds: checked("chaos.retryAfterMaxSeconds", chaos.retryAfterMaxSeconds ?? 2, "positive"),
    slowMs: checked("chaos.slowMs", chaos.slowMs ?? 2e3, "not negative")
  };
}
function checked(name, value, rule) {
  check(typeof value === "number" && Number.isFinite(value), `${name} must be a finite number, not ${String(value)}`, TypeError);
  const holds = !rule || { positive: value > 0, "not negative": value >= 0, "a whole number": wholeNumberOf(String(value)) !== void 0 }[rule];
  check(holds, `${name} must ${rule === "not negative" ? "not be negative" : `be ${rule}`}, not ${value}`);
  return value;
}
function check(ok, message, type = RangeError) {
  if (!ok) throw new type(message);
}

// src/sandbox/server.ts
function createSandbox(options = {}) {
  return new Sandbox(resolveOptions(options));
}
var REMEMBERED_WALKS = 256;
var MAX_BODY_BYTES = 64 * 1024;
var ENCODER = new TextEncoder();
var Sandbox = class {
  /** `lowestRemaining`: the least rate-limit budget any request left (Infinity without a limit), for clients meant to leave some. */
  stats = { requests: 0, byStatus: {}, faults: {}, lowestRemaining: Infinity };
  /** Every request received: path and query as sent, and whether it carried credentials (never their value). */
  requests = [];
  #options;
  #staff;
  #context;
  #store = new AuditLogStore(() => this.#origin());
  #oauth;
  #addedRandom;
  #chaosRandom;
  #injected = [];
  /** When the requests the rate limit counts were made, oldest first. */
  #counted = [];
  /** Each walk's (path and query but cursor) last cursor page, for `replay`: what a cache keyed by the request would serve. */
  #lastPages = /* @__PURE__ */ new Map();
  #sleepers = /* @__PURE__ */ new Set();
  #tokenRequests = { now: 0, most: 0 };
  #server;
  #url = "";
  constructor(options) {
    const { seed, subdomain } = this.#options = options;
    const now = Math.floor(options.now / 1e3);
    const start = now - Math.round(options.days * 86400);
    this.#staff = generateStaff(seed, now, subdomain, options.credentials.email);
    this.#context = createEventContext(seed, this.#staff, subdomain);
    const generated = generateAuditLogs(this.#context, seed, options.records, options.mix, start, now);
    for (const record of generated) this.#store.add(record);
    if (options.episodes) {
      const random = randomStream(seed, "episode ids");
      const last = generated.length ? Date.parse(generated.at(-1).created_at) / 1e3 : start;
      for (const record of episodeRecords(this.#context, seed, last, now)) this.#store.add({ id: this.#newId(random), ...record });
      for (const record of detectionEpisodeRecords(this.#context, seed, now)) this.#store.add({ id: this.#newId(random), ...record });
    }
    this.#oauth = new TokenIssuer(options.oauthClient, options.clock, options.tokenLifetimeSeconds);
    this.#chaosRandom = options.chaos && mulberry32(options.chaos.seed);
    this.#addedRandom = randomStream(seed, "added");
  }
  /** `http://127.0.0.1:PORT` once started, `''` before. */
  get url() {
    return this.#url;
  }
  /** Tokens minted at `POST /oauth/tokens` (how many, and each one), and the most token requests ever under way at once. */
  get tokens() {
    return { minted: this.#oauth.minted, issued: [...this.#oauth.issued], mostAtOnce: this.#tokenRequests.most };
  }
  /** Every token minted so far stops working now, as if it had expired. */
  expireTokens() {
    this.#oauth.expireAll();
  }
  /** Listens on `port` (default 0: any free port) and `host` (default 127.0.0.1); resolves to {@link url}. */
  async start(port = 0, host = "127.0.0.1") {
    if (this.#server) throw new Error(`the sandbox is already listening at ${this.#url}`);
    const server = createServer((request, response) => void this.#handle(request, response)).listen(port, host);
    await once(server, "listening");
    this.#server = server;
    return this.#url = `http://${host.includes(":") ? `[${host}]` : host}:${server.address().port}`;
  }
  /** Stops listening and drops open connections, so the process can exit. */
  async close() {
    const server = this.#server;
    this.#server = void 0;
    if (!server) return;
    const closed = new Promise((resolve) => server.close(resolve).closeAllConnections());
    for (const wake of this.#sleepers) wake();
    await closed;
  }
  /** Stores records and returns them, completed: ids above every other, `created_at` from the clock, an admin as actor. */
  addRecords(records) {
    return records.map((partial) => {
      const id = partial.id ?? this.#newId(this.#addedRandom);
      if (!isZendeskId(id)) throw new TypeError(`id must be a positive whole number, not ${String(id)}`);
      if (this.#store.has(id)) throw new RangeError(`an audit-log record with id ${id} already exists`);
      const record = completeRecord(this.#context, this.#addedRandom, partial, id, this.#options.clock() / 1e3);
      return structuredClone(this.#store.served(this.#store.add(record)));
    });
  }
  /** Every stored record, ascending by (created_at, id). Materialises all of them. */
  auditLogs() {
    return this.#store.all();
  }
  /** Every user of the account, as `GET /api/v2/users/{id}` returns them. */
  users() {
    return this.#staff.members.map((member) => userJson(this.#staff, member, this.#origin()));
  }
  /** The next requests, whatever their path, get these faults in order (before any chaos). */
  injectFaults(faults) {
    this.#injected.push(...faults.map(normaliseFault));
  }
  /** An id above every stored one, as Zendesk's grow. */
  #newId(random) {
    return Math.max(this.#store.maxId, FIRST_RECORD_ID) + integerBetween(random, 1, 1 << 20);
  }
  /** Resource `url` fields point here; before start, at the Zendesk address the subdomain would have. */
  #origin() {
    return this.#url || `https://${this.#options.subdomain}.zendesk.com`;
  }
  async #handle(request, response) {
    const tokens = this.#tokenRequests;
    const tokenRequest = request.method === "POST" && /^\/oauth\/tokens(?:\.json)?(?:\?|$)/.test(request.url ?? "");
    if (tokenRequest) tokens.most = Math.max(tokens.most, ++tokens.now);
    try {
      await this.#answer(request, response);
    } catch (error) {
      const reply = jsonReply(500, { error: "InternalServerError", description: String(error) });
      if (!response.headersSent) this.#write(request, response, reply);
    } finally {
      if (tokenRequest) tokens.now--;
    }
  }
  async #answer(request, response) {
    const arrived = performance.now();
    const { method = "GET", url: target = "/" } = request;
    const body = method === "POST" ? await readBody(request) : void 0;
    this.requests.push({ method, url: target, authorization: request.headers.authorization !== void 0 });
    this.stats.requests++;
    const fault = this.#nextFault();
    const replacing = fault && !["slow", "truncate", "replay"].includes(fault.kind) ? fault : void 0;
    const rate = this.#rateLimit(!replacing);
    if (rate?.allowed) this.stats.lowestRemaining = Math.min(this.stats.lowestRemaining, rate.remaining);
    if (fault?.kind === "slow") {
      this.#countFault("slow");
      await this.#sleep(fault.ms ?? 2e3);
    }
    let reply = replacing ? faultReply(replacing.kind, replacing.retryAfter) : rate && !rate.allowed ? tooManyRequests(rate.reset) : this.#route(method, target, request.headers, body);
    if (reply?.cursorPage && reply.status === 200) reply = this.#replay(reply, target, fault?.kind === "replay");
    if (fault?.kind === "truncate") this.#countFault("truncate");
    await this.#sleep(this.#options.latencyMs - (performance.now() - arrived));
    if (replacing) this.#countFault(replacing.kind);
    if (reply) this.#write(request, response, reply, rate?.headers, fault?.kind === "truncate");
    else request.socket.destroy();
  }
  /** The API itself: one request in, one reply out. */
  #route(method, target, headers, body) {
    const [path = "", query = ""] = target.split(/\?(.*)/s, 2);
    if (/^\/oauth\/tokens(?:\.json)?$/.test(path)) {
      return method === "POST" ? this.#oauth.grant(body ?? "", headers["content-type"]) : INVALID_ENDPOINT;
    }
    const grant = this.#authenticate(headers.authorization);
    if (!grant) return UNAUTHORIZED;
    if (method !== "GET" && method !== "HEAD") return INVALID_ENDPOINT;
    if (/^\/api\/v2\/audit_logs(?:\.json)?$/.test(path)) {
      if (!allows(grant, "auditlogs:read") || this.#options.plan !== "enterprise") return FORBIDDEN;
      const host = headers.host && /^[A-Za-z0-9.:[\]-]+$/.test(headers.host) ? `http://${headers.host}` : this.#origin();
      return this.#store.list(query, host + path);
    }
    const user = /^\/api\/v2\/users\/([^/]+?)(?:\.json)?$/.exec(path);
    if (!user) return INVALID_ENDPOINT;
    if (!allows(grant, "users:read")) return FORBIDDEN;
    const id = wholeNumberOf(user[1]);
    const member = this.#staff.members.find((candidate) => candidate.id === id);
    return member ? jsonReply(200, { user: userJson(this.#staff, member, this.#origin()) }) : RECORD_NOT_FOUND;
  }
  /** API-token basic auth (`{email}/token:{token}`) and the fixed OAuth token may do anything, a minted token what it allows. */
  #authenticate(header) {
    const { email, apiToken, oauthToken } = this.#options.credentials;
    const [scheme = "", value = ""] = (header ?? "").trim().split(/\s+/, 2);
    if (scheme.toLowerCase() === "bearer") return value === oauthToken ? { scopes: "all" } : this.#oauth.grantOf(value);
    if (scheme.toLowerCase() !== "basic") return void 0;
    try {
      const text = new TextDecoder().decode(Uint8Array.from(atob(value), (char) => char.charCodeAt(0)));
      return text === `${email}/token:${apiToken}` ? { scopes: "all" } : void 0;
    } catch {
      return void 0;
    }
  }
  /** The fault for the request arriving now, if any: injected ones first; chaos draws once per request it sees. */
  #nextFault() {
    const injected = this.#injected.shift();
    const { chaos, clock } = this.#options;
    const random = this.#chaosRandom;
    if (injected || !chaos || !random || random() >= chaos.rate) return injected;
    const kind = pick(random, chaos.kinds);
    const seconds = integerBetween(random, 1, Math.max(1, Math.floor(chaos.retryAfterMaxSeconds)));
    const retryAfter = random() < 0.25 ? new Date(Math.ceil(clock() / 1e3 + seconds) * 1e3).toUTCString() : seconds;
    return { kind, retryAfter, ms: chaos.slowMs };
  }
  /**
   * Zendesk's limit as a rolling window of `rateWindowMs`, full at the start. Refused requests are not counted: Zendesk does
   * not say, and the kinder reading keeps `Retry-After` exact. https://developer.zendesk.com/api-reference/introduction/rate-limits/
   */
  #rateLimit(count) {
    const { rateLimit: limit, rateWindowMs: windowMs } = this.#options;
    const now = this.#options.clock();
    if (limit === 0) return void 0;
    const counted = this.#counted;
    while (counted.length > 0 && counted[0] <= now - windowMs) counted.shift();
    const allowed = counted.length < limit;
    if (allowed && count) counted.push(now);
    const reset = String(counted.length === 0 ? 0 : Math.max(1, Math.ceil((counted[0] + windowMs - now) / 1e3)));
    const remaining = Math.max(0, limit - counted.length);
    const [all, left] = [String(limit), String(remaining)];
    const headers = {
      "X-Rate-Limit": all,
      "X-Rate-Limit-Remaining": left,
      "ratelimit-limit": all,
      "ratelimit-remaining": left,
      "ratelimit-reset": reset
    };
    return { allowed, remaining, reset, headers };
  }
  /** Remembers a cursor page as its walk's last, or for `replay` answers with the one remembered. */
  #replay(reply, target, replay) {
    const url = new URL(target, "http://sandbox");
    url.searchParams.delete("page[after]");
    url.searchParams.sort();
    const walk = `${url.pathname}?${url.searchParams}`;
    const last = this.#lastPages.get(walk);
    if (replay && last !== void 0) {
      this.#countFault("replay");
      return { ...reply, body: last };
    }
    this.#lastPages.delete(walk);
    this.#lastPages.set(walk, reply.body);
    if (this.#lastPages.size > REMEMBERED_WALKS) this.#lastPages.delete(this.#lastPages.keys().next().value);
    return reply;
  }
  #write(request, response, reply, headers = {}, truncate = false) {
    if (request.socket.destroyed || response.writableEnded) return;
    const body = ENCODER.encode(reply.body);
    response.writeHead(reply.status, { ...reply.headers, ...headers, "Content-Length": String(body.byteLength) });
    this.stats.byStatus[reply.status] = (this.stats.byStatus[reply.status] ?? 0) + 1;
    if (truncate) response.write(body.subarray(0, Math.floor(body.byteLength / 2)), () => request.socket.destroy());
    else response.end(body);
  }
  #countFault(kind) {
    this.stats.faults[kind] = (this.stats.faults[kind] ?? 0) + 1;
  }
  /** A delay that {@link close} cuts short. */
  #sleep(ms) {
    return new Promise((resolve) => {
      if (ms <= 0) return resolve();
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
async function readBody(request) {
  const decoder = new TextDecoder();
  let [text, size] = ["", 0];
  for await (const chunk of request) {
    if ((size += chunk.byteLength) > MAX_BODY_BYTES) break;
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}
export {
  DEFAULT_MIX,
  DEMO_CREDENTIALS,
  DEMO_OAUTH_CLIENT,
  FAULT_KINDS,
  SOURCE_TYPES,
  createSandbox
};
