import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/whole-number.ts
function wholeNumberOf(text) {
  return text != null && /^\d+$/.test(text) ? Number(text) : void 0;
}
function checkWhole(name, value, min, max = Number.MAX_SAFE_INTEGER) {
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  throw new RangeError(`${name} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ""}, got ${value}`);
}
function isZendeskId(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}

// src/core/auth/dns-label.ts
var DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

export {
  wholeNumberOf,
  checkWhole,
  isZendeskId,
  DNS_LABEL
};
