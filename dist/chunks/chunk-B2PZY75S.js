import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/dns-label.ts
var DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

// src/core/whole-number.ts
function wholeNumberOf(text) {
  return text != null && /^\d+$/.test(text) ? Number(text) : void 0;
}

export {
  DNS_LABEL,
  wholeNumberOf
};
