// The seed program's way of listing (https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/audit-logs),
// ported as it is: offset pages (no page[size]), one request at a time, following
// next_page until it is null or a request fails. Zendesk refuses offset pages past
// 10,000 records (400 InvalidPaginationDepth), and so does the sandbox; the seed then
// prints an error and reports nothing. The seed also lists every page after the first
// twice; this port keeps each page once, which changes no request.
// Usage: node bench/seed-offset.mjs BASE_URL START END (ISO instants); credentials from the environment.
import process from 'node:process';

const [base, start, end] = process.argv.slice(2);
const auth = `Basic ${btoa(`${process.env.ZENDESK_USER_EMAIL}/token:${process.env.ZENDESK_API_TOKEN}`)}`;
const params = new URLSearchParams({ 'filter[source_type]': 'account_setting' });
params.append('filter[created_at][]', start);
params.append('filter[created_at][]', end);
let url = `${base}/api/v2/audit_logs.json?${params}`;
const logs = [];
let failed = '';
while (url) {
  const response = await fetch(url, { headers: { Authorization: auth } });
  if (response.status !== 200) {
    failed = `${response.status} ${await response.text()}`;
    break;
  }
  const page = await response.json();
  logs.push(...page.audit_logs);
  url = page.next_page;
}
for (const log of logs) process.stdout.write(`${JSON.stringify(log)}\n`);
if (failed) process.stderr.write(`Error: ${failed}\n`);
