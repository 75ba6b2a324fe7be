import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError,
  SEVERITIES,
  csvRow,
  describeWindow,
  escapeUnsafeInJson,
  isSensitive,
  neutralise,
  showUser
} from "./chunk-JUMEGPGV.js";

// src/trail/reviewers.ts
var GITHUB_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
var ID = /^[1-9]\d{0,15}$/;
function parseReviewers(text, source) {
  const reviewers = /* @__PURE__ */ new Map();
  text.replace(/\r\n?/g, "\n").split("\n").forEach((raw, index) => {
    const line = raw.replace(/(?:^|\s)#.*$/, "").trim();
    if (!line) return;
    const where = `${source}, line ${index + 1}`;
    const colon = line.indexOf(":");
    const login = (colon < 0 ? line : line.slice(0, colon)).trim().replace(/^@/, "");
    const who = colon < 0 ? "" : line.slice(colon + 1).trim();
    if (!who) throw new InputError(`${where}: write github-login: zendesk-user-id-or-email, e.g. alice: 1509756491122`);
    if (!GITHUB_LOGIN.test(login)) throw new InputError(`${where}: ${JSON.stringify(login)} is not a GitHub user name`);
    const person = reviewers.get(login.toLowerCase()) ?? { ids: /* @__PURE__ */ new Set(), emails: /* @__PURE__ */ new Set() };
    if (ID.test(who) && Number.isSafeInteger(Number(who))) person.ids.add(Number(who));
    else if (EMAIL.test(who)) person.emails.add(who.toLowerCase());
    else throw new InputError(`${where}: ${JSON.stringify(who)} is neither a Zendesk user id nor an email`);
    reviewers.set(login.toLowerCase(), person);
  });
  return reviewers;
}
function usesEmails(reviewers) {
  return [...reviewers.values()].some((person) => person.emails.size > 0);
}
function isSelf(reviewers, login, actorId, actorEmail) {
  const person = reviewers.get(login.toLowerCase());
  if (!person || actorId === null) return false;
  if (person.ids.has(actorId)) return true;
  return actorEmail !== void 0 && person.emails.has(actorEmail.toLowerCase());
}
async function actorEmails(client, ids) {
  const found = /* @__PURE__ */ new Map();
  for (const id of new Set(ids)) {
    const user = await showUser(client, id);
    if (typeof user.email === "string" && user.email) found.set(id, user.email.toLowerCase());
  }
  return found;
}

// src/trail/evidence.ts
var STATUSES = ["reviewed", "self-reviewed", "waiting", "overdue"];
var byTime = (a, b) => Date.parse(a.at) - Date.parse(b.at) || a.login.localeCompare(b.login);
var iso = (seconds) => seconds === null ? null : new Date(seconds * 1e3).toISOString().replace(".000Z", "Z");
function reportedAt(review) {
  return Date.parse(review.issue.created_at ?? "");
}
function signOffsIn(review, id) {
  const tick = review.ticks.get(id);
  return [...tick && tick !== "unattributed" ? [tick] : [], ...review.comments.get(id) ?? []];
}
function evidenceRows(reviews, options) {
  const changes = /* @__PURE__ */ new Map();
  const ordered = [...reviews].sort((a, b) => reportedAt(a) - reportedAt(b) || a.issue.number - b.issue.number);
  for (const review of ordered) {
    for (const change of review.changes) {
      const key = `${review.account} ${change.id}`;
      const listed = changes.get(key) ?? { account: review.account, id: change.id, reviews: [] };
      if (!listed.reviews.includes(review)) listed.reviews.push(review);
      changes.set(key, listed);
    }
  }
  const rows = [];
  for (const { account, id, reviews: listing } of changes.values()) {
    const first = listing[0];
    const { row } = first.changes.find((change) => change.id === id);
    const made = row.createdAt === null ? Number.NaN : row.createdAt * 1e3;
    if (!(made >= options.start && made <= options.end)) continue;
    const signOffs = listing.flatMap((review) => signOffsIn(review, id)).sort(byTime);
    const email = row.actorId === null ? void 0 : options.actorEmails?.get(row.actorId);
    const self = (signOff) => isSelf(options.reviewers, signOff.login, row.actorId, email);
    const accepted = signOffs.find((signOff) => !self(signOff));
    const own = signOffs.find(self);
    const sensitive = isSensitive(row.severity);
    const since = reportedAt(first);
    const status = accepted ? "reviewed" : own ? "self-reviewed" : sensitive && since < options.overdueBefore ? "overdue" : "waiting";
    const shown = accepted ?? own;
    const edited = listing.some((review) => {
      const part = review.changes.find((change) => change.id === id).part;
      return review.edited.includes(part) || review.edited.includes(1);
    });
    rows.push({
      id,
      account,
      created_at: iso(row.createdAt),
      actor_id: row.actorId,
      source_label: row.label,
      severity: row.severity,
      sensitive,
      report: { number: first.issue.number, url: first.issue.html_url ?? "" },
      status,
      reviewer: shown?.login ?? null,
      reviewed_at: shown?.at ?? null,
      hours_to_review: accepted ? Math.max(0, Math.round((Date.parse(accepted.at) - since) / 36e4) / 10) : null,
      edited_after_posting: edited
    });
  }
  return rows.sort((a, b) => (a.created_at ?? "").localeCompare(b.created_at ?? "") || a.id - b.id);
}
var zeroes = () => ({ reviewed: 0, "self-reviewed": 0, waiting: 0, overdue: 0 });
function summarise(rows) {
  const byStatus = zeroes();
  const bySeverity = Object.fromEntries([...SEVERITIES, "none"].map((severity) => [severity, zeroes()]));
  const hours = [];
  const edited = /* @__PURE__ */ new Set();
  for (const row of rows) {
    byStatus[row.status]++;
    bySeverity[row.severity ?? "none"][row.status]++;
    if (row.hours_to_review !== null) hours.push(row.hours_to_review);
    if (row.edited_after_posting) edited.add(row.report.number);
  }
  hours.sort((a, b) => a - b);
  const middle = Math.floor(hours.length / 2);
  const medianHours = hours.length === 0 ? null : hours.length % 2 ? hours[middle] : Math.round((hours[middle - 1] + hours[middle]) / 2 * 10) / 10;
  return { total: rows.length, byStatus, bySeverity, medianHours, editedReports: [...edited].sort((a, b) => a - b) };
}
async function evidenceRowsWithEmails(reviews, options, emailsOf) {
  const rows = evidenceRows(reviews, options);
  if (!emailsOf || !usesEmails(options.reviewers)) return rows;
  const actors = [...new Set(rows.filter((row) => row.reviewer !== null).map((row) => row.actor_id))];
  const ids = actors.filter((id) => id !== null);
  return ids.length === 0 ? rows : evidenceRows(reviews, { ...options, actorEmails: await emailsOf(ids) });
}

// src/trail/evidence-render.ts
var EVIDENCE_FORMATS = ["markdown", "csv", "json"];
var EVIDENCE_COLUMNS = [
  "id",
  "account",
  "created_at",
  "actor_id",
  "source_label",
  "severity",
  "sensitive",
  "report_number",
  "report_url",
  "status",
  "reviewer",
  "reviewed_at",
  "hours_to_review",
  "edited_after_posting"
];
var isoMs = (ms) => new Date(ms).toISOString().replace(".000Z", "Z");
function evidenceCsv(evidence) {
  const rows = evidence.rows.map(
    (row) => csvRow([
      row.id,
      row.account,
      row.created_at,
      row.actor_id,
      row.source_label,
      row.severity,
      row.sensitive,
      row.report.number,
      row.report.url,
      row.status,
      row.reviewer,
      row.reviewed_at,
      row.hours_to_review,
      row.edited_after_posting
    ])
  );
  return [csvRow(EVIDENCE_COLUMNS), ...rows].join("");
}
function summaryJson(summary) {
  return {
    total: summary.total,
    by_status: summary.byStatus,
    by_severity: summary.bySeverity,
    median_hours_to_review: summary.medianHours,
    edited_reports: summary.editedReports
  };
}
function evidenceJson(evidence) {
  const document = {
    repository: evidence.repository,
    author: evidence.author,
    period: { start: isoMs(evidence.period.start.epochMilliseconds), end: isoMs(evidence.period.end.epochMilliseconds) },
    generated_at: isoMs(evidence.generatedAt),
    review_within: evidence.reviewWithin,
    summary: summaryJson(summarise(evidence.rows)),
    notes: evidence.notes,
    rows: evidence.rows
  };
  return `${escapeUnsafeInJson(JSON.stringify(document, null, 2))}
`;
}
var STATUS_HEADINGS = ["Reviewed", "Self-reviewed", "Waiting", "Overdue"];
function countsTable(summary) {
  const line = (label, counts) => {
    const cells = STATUSES.map((status) => counts[status]);
    return `| ${label} | ${cells.join(" | ")} | ${cells.reduce((sum, count) => sum + count, 0)} |`;
  };
  const severities = [...SEVERITIES, "none"];
  return [
    `| Severity | ${STATUS_HEADINGS.join(" | ")} | Total |`,
    `| --- | ${STATUS_HEADINGS.map(() => "---:").join(" | ")} | ---: |`,
    ...severities.filter((severity) => STATUSES.some((status) => summary.bySeverity[severity][status] > 0)).map(
      (severity) => line(severity === "none" ? "no rule" : severity, summary.bySeverity[severity])
    ),
    line("**all**", summary.byStatus)
  ];
}
var EVIDENCE_TABLE_HEAD = [
  "| Audit log | Account | Made | Actor | Setting | Severity | Report | Status | Reviewer | Reviewed | Hours | Edited |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---: | --- |"
].join("\n");
function evidenceMarkdownRow(row, clock) {
  const time = (text) => text === null ? "—" : clock.text(Date.parse(text));
  const report = row.report.url ? `[#${row.report.number}](${row.report.url})` : `#${row.report.number}`;
  return `| ${[
    row.id,
    neutralise(row.account),
    time(row.created_at),
    row.actor_id ?? "—",
    neutralise(row.source_label) || "—",
    row.severity ?? "—",
    report,
    row.status,
    row.reviewer === null ? "—" : neutralise(row.reviewer),
    time(row.reviewed_at),
    row.hours_to_review ?? "—",
    row.edited_after_posting ? "**yes**" : "no"
  ].join(" | ")} |`;
}
function evidenceMarkdownHead(evidence, clock, facts = []) {
  const summary = summarise(evidence.rows);
  const median = summary.medianHours === null ? "none reviewed" : `${summary.medianHours} hours (of ${summary.byStatus.reviewed} reviewed change${summary.byStatus.reviewed === 1 ? "" : "s"})`;
  const notes = evidence.notes.length ? ["", "### Notes", "", ...evidence.notes.map((note) => `- ${neutralise(note, 2e3)}`)] : [];
  return [
    `## Zendesk audit evidence: ${summary.total} change${summary.total === 1 ? "" : "s"}`,
    "",
    `- **Repository:** \`${neutralise(evidence.repository)}\`, reports by \`${neutralise(evidence.author)}\``,
    `- **Period:** changes made from ${describeWindow(evidence.period, clock.zone)}`,
    `- **Drawn up:** ${clock.text(evidence.generatedAt)}`,
    `- **Review within:** ${neutralise(evidence.reviewWithin)}: a high or medium change not signed off by then is overdue`,
    `- **Median time to review:** ${median}`,
    ...facts,
    "",
    ...countsTable(summary),
    ...notes,
    "",
    "### Changes",
    ""
  ].join("\n");
}
function evidenceMarkdown(evidence, clock) {
  const rows = evidence.rows.map((row) => evidenceMarkdownRow(row, clock));
  return `${evidenceMarkdownHead(evidence, clock)}${EVIDENCE_TABLE_HEAD}
${rows.join("\n")}${rows.length ? "\n" : ""}`;
}
function renderEvidence(evidence, format, clock) {
  switch (format) {
    case "csv":
      return evidenceCsv(evidence);
    case "json":
      return evidenceJson(evidence);
    case "markdown":
      return evidenceMarkdown(evidence, clock);
  }
}

export {
  GITHUB_LOGIN,
  parseReviewers,
  usesEmails,
  actorEmails,
  evidenceRowsWithEmails,
  EVIDENCE_FORMATS,
  renderEvidence
};
