import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/whole-number.ts
function wholeNumberOf(text) {
  return text != null && /^\d+$/.test(text) ? Number(text) : void 0;
}
function isWhole(value, min, max = Number.MAX_SAFE_INTEGER) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min && value <= max;
}
function wholeRange(min, max = Number.MAX_SAFE_INTEGER) {
  return `a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ""}`;
}
function checkWhole(name, value, min, max = Number.MAX_SAFE_INTEGER) {
  if (isWhole(value, min, max)) return value;
  throw new RangeError(`${name} must be ${wholeRange(min, max)}, got ${value}`);
}
function isZendeskId(value) {
  return isWhole(value, 1);
}

// src/core/auth/dns-label.ts
var DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

export {
  wholeNumberOf,
  isWhole,
  wholeRange,
  checkWhole,
  isZendeskId,
  DNS_LABEL
};
