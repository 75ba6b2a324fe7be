import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Detector,
  SignInBaseline,
  atLeast,
  compileRules,
  isSignIn,
  parallelAuditLogs,
  parseRulesFile
} from "./chunk-JUMEGPGV.js";

// src/cli/detections.ts
async function compileReview(review) {
  const user = review.rulesFile ? await parseRulesFile(review.rulesFile.text, review.rulesFile.name) : void 0;
  return compileRules({ sensitive: review.sensitiveSettings, ...user ? { user } : {} });
}
var SIGN_IN_SOURCE_TYPE = "user";
var listOf = (value) => value === void 0 ? [] : Array.isArray(value) ? value : [value];
function baselineSource(query, rules) {
  const types = listOf(query.sourceType);
  const actions = listOf(query.action);
  const listsSignIns = (types.length === 0 || types.includes(SIGN_IN_SOURCE_TYPE)) && (actions.length === 0 || actions.includes("login"));
  if (!listsSignIns || !rules.window("new-sign-in-ip")) return "none";
  return query.order === "asc" && listOf(query.ipAddress).length === 0 ? "stream" : "fetch";
}
function fetchBaseline(client, query, options) {
  const signIns = { action: ["login"], actorId: query.actorId ?? [], order: "asc" };
  return SignInBaseline.from(parallelAuditLogs(client, query.createdAt ? { ...signIns, createdAt: query.createdAt } : signIns, options));
}
async function* detectRecords(records, options) {
  const { minSeverity, written, select } = options;
  const kept = (detected) => {
    if (select) {
      if (!select.isNew(detected.record)) return false;
      select.wrote(detected.record);
    }
    if (minSeverity !== void 0 && !atLeast(detected.severity, minSeverity)) return false;
    written.count++;
    return true;
  };
  const feed = options.feed ? options.baseline : void 0;
  const detector = new Detector({
    rules: options.rules,
    ...options.workingHours ? { workingHours: options.workingHours } : {},
    ...options.baseline ? { baseline: options.baseline } : {}
  });
  for await (const record of records) {
    if (feed && isSignIn(record)) feed.add(record);
    for (const detected of detector.push(record)) if (kept(detected)) yield detected;
  }
  for (const detected of detector.flush()) if (kept(detected)) yield detected;
}

export {
  compileReview,
  baselineSource,
  fetchBaseline,
  detectRecords
};
