/**
 * The vocabulary the account draws from: people, settings, rules, tokens, worded as Zendesk's own audit logs where known
 * (the examples of https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/audit-logs).
 */

/**
 * Staff candidates: their zone as Zendesk's `time_zone` shows it, with the IANA id it derives (Rails' TimeZone::MAPPING),
 * and their locale and its Zendesk id. Kathmandu (+05:45), Auckland and Sydney (southern DST) catch zone arithmetic
 * shortcuts; the accents and apostrophes reach CSV and Markdown.
 */
export const PEOPLE: readonly { name: string; zone: string; iana: string; locale: string; localeId: number }[] = [
  { name: 'Maria Garcia', zone: 'Pacific Time (US & Canada)', iana: 'America/Los_Angeles', locale: 'en-US', localeId: 1 },
  { name: 'Emily Chen', zone: 'Pacific Time (US & Canada)', iana: 'America/Los_Angeles', locale: 'en-US', localeId: 1 },
  { name: 'Jordan Reyes', zone: 'Pacific Time (US & Canada)', iana: 'America/Los_Angeles', locale: 'en-US', localeId: 1 },
  { name: 'Noah Johnson', zone: 'Central Time (US & Canada)', iana: 'America/Chicago', locale: 'en-US', localeId: 1 },
  { name: 'James Miller', zone: 'Eastern Time (US & Canada)', iana: 'America/New_York', locale: 'en-US', localeId: 1 },
  { name: 'Diego Hernández', zone: 'Mexico City', iana: 'America/Mexico_City', locale: 'es', localeId: 2 },
  { name: 'Ana Souza', zone: 'Brasilia', iana: 'America/Sao_Paulo', locale: 'pt-BR', localeId: 19 },
  { name: 'Sam Taylor', zone: 'UTC', iana: 'UTC', locale: 'en-GB', localeId: 1176 },
  { name: 'Alex Morgan', zone: 'UTC', iana: 'UTC', locale: 'en-US', localeId: 1 },
  { name: 'Oliver Smith', zone: 'London', iana: 'Europe/London', locale: 'en-GB', localeId: 1176 },
  { name: "Liam O'Connor", zone: 'Dublin', iana: 'Europe/Dublin', locale: 'en-GB', localeId: 1176 },
  { name: 'Lukas Schneider', zone: 'Berlin', iana: 'Europe/Berlin', locale: 'de', localeId: 8 },
  { name: 'Anna Müller', zone: 'Berlin', iana: 'Europe/Berlin', locale: 'de', localeId: 8 },
  { name: 'Hannah Weber', zone: 'Berlin', iana: 'Europe/Berlin', locale: 'de', localeId: 8 },
  { name: 'Chloé Dubois', zone: 'Paris', iana: 'Europe/Paris', locale: 'fr', localeId: 16 },
  { name: 'Sofia Rossi', zone: 'Rome', iana: 'Europe/Rome', locale: 'it', localeId: 22 },
  { name: 'Ingrid Larsen', zone: 'Stockholm', iana: 'Europe/Stockholm', locale: 'sv', localeId: 34 },
  { name: 'Thabo Nkosi', zone: 'Pretoria', iana: 'Africa/Johannesburg', locale: 'en-US', localeId: 1 },
  { name: 'Priya Sharma', zone: 'New Delhi', iana: 'Asia/Kolkata', locale: 'en-US', localeId: 1 },
  { name: 'Arjun Mehta', zone: 'New Delhi', iana: 'Asia/Kolkata', locale: 'en-US', localeId: 1 },
  { name: 'Ravi Iyer', zone: 'New Delhi', iana: 'Asia/Kolkata', locale: 'en-US', localeId: 1 },
  { name: 'Sujata Shrestha', zone: 'Kathmandu', iana: 'Asia/Kathmandu', locale: 'en-US', localeId: 1 },
  { name: 'Mei Lin Tan', zone: 'Singapore', iana: 'Asia/Singapore', locale: 'en-US', localeId: 1 },
  { name: 'Grace Kim', zone: 'Seoul', iana: 'Asia/Seoul', locale: 'ko', localeId: 69 },
  { name: 'Kenji Tanaka', zone: 'Tokyo', iana: 'Asia/Tokyo', locale: 'ja', localeId: 67 },
  { name: 'Olivia Brown', zone: 'Sydney', iana: 'Australia/Sydney', locale: 'en-AU', localeId: 1177 },
  { name: 'Jack Wilson', zone: 'Sydney', iana: 'Australia/Sydney', locale: 'en-AU', localeId: 1177 },
  { name: 'Aroha Ngata', zone: 'Auckland', iana: 'Pacific/Auckland', locale: 'en-AU', localeId: 1177 },
];

/** Zones every generated account has an admin in, whatever the seed. */
export const REQUIRED_ADMIN_ZONES: readonly string[] = ['Pacific Time (US & Canada)', 'Berlin', 'New Delhi', 'Sydney', 'UTC'];

/** Account settings: switches read "Turned on/off", others "Changed from X to Y". */
export const SETTINGS: readonly { label: string; values: readonly string[] | 'boolean' }[] = [
  {
    label: 'Security: Session expiration',
    values: ['5 minutes', '10 minutes', '15 minutes', '30 minutes', '1 hour', '2 hours', '4 hours', '8 hours'],
  },
  { label: 'Security: Password policy', values: ['Low', 'Medium', 'High', 'Custom'] },
  { label: 'Security: Require two-factor authentication for team members', values: 'boolean' },
  { label: 'Security: Allowed IP ranges', values: ['None', '198.51.100.0/24', '198.51.100.0/24 203.0.113.0/24'] },
  { label: 'Security: Zendesk API token access', values: 'boolean' },
  { label: 'End users: Anybody can submit tickets', values: 'boolean' },
  { label: 'End users: Allow users to view and edit their profile data', values: 'boolean' },
  { label: 'End users: Ask users to register', values: 'boolean' },
  { label: 'End users: Enable CAPTCHA for anonymous requests', values: 'boolean' },
  { label: 'Tickets: Enable CCs', values: 'boolean' },
  { label: 'Tickets: Auto-assign tickets upon solve', values: 'boolean' },
  { label: 'Tickets: Customers can attach files', values: 'boolean' },
  { label: 'Tickets: Maximum attachment size', values: ['20 MB', '50 MB'] },
  { label: 'Agents: Enable agent aliases', values: 'boolean' },
  { label: 'Satisfaction: Customer satisfaction ratings', values: 'boolean' },
  { label: 'Email: Personalized email replies', values: 'boolean' },
  {
    label: 'Localization: Time zone',
    values: ['(GMT-08:00) Pacific Time (US & Canada)', '(GMT+00:00) UTC', '(GMT+01:00) Berlin', '(GMT+05:30) New Delhi'],
  },
  { label: 'Localization: Default language', values: ['English', 'German', 'French', 'Spanish', 'Japanese'] },
];

/** Business rules, by the source type their audit-log records carry. */
export const RULES = {
  trigger: [
    'Notify requester and CCs of received request',
    'Notify requester and CCs of comment update',
    'Notify assignee of assignment',
    'Notify all agents of received request',
    'Auto-reply with articles',
    'Escalate VIP tickets to Tier 2',
    'Tag billing requests',
    'Route German tickets to the Berlin team',
    'Warn group before SLA breach',
  ],
  macro: [
    'Close and redirect to topics',
    'Downgrade and inform',
    'Take it!',
    'Customer not responding',
    'Refund approved',
    'Request more details',
    'Escalate to engineering',
    'Known issue: sign-in outage',
  ],
  view: [
    'Your unsolved tickets',
    'Unassigned tickets',
    'All unsolved tickets',
    'Recently updated tickets',
    'Pending tickets',
    'VIP queue',
    'Tickets breaching SLA',
    'Billing | awaiting reply',
  ],
} as const;

export type RuleType = keyof typeof RULES;

export const RULE_UPDATES = [
  'Conditions: Changed',
  'Actions: Changed',
  'Title: Changed',
  'Turned off',
  'Turned on',
  'Position: Changed from 3 to 5',
];

/** What user updates, sign-ins and API tokens read. */
export const USER_UPDATES: readonly string[] = [
  'Role: Changed from Agent to Administrator',
  'Role: Changed from Light Agent to Agent',
  'Groups: Added to Billing',
  'Groups: Removed from Tier 2',
  'Two-factor authentication: Turned on',
  'Suspended: Turned on',
  'Suspended: Turned off',
  'Email: Changed',
];
export const SIGN_IN_METHODS: readonly string[] = ['Zendesk password', 'Zendesk password', 'Zendesk password', 'Google'];
export const API_TOKENS = ['Zapier integration', 'Data warehouse export', 'Slack bot', 'Nightly backup script', 'CI smoke tests'];

/** What each action is called in `action_label`. */
export const ACTION_LABELS: Readonly<Record<string, string>> = {
  create: 'Created',
  update: 'Updated',
  destroy: 'Deleted',
  login: 'Signed in',
};
