/**
 * The fixed vocabulary the sandbox account draws from: people, zones, settings, rules.
 * Wording follows Zendesk's own audit logs where known (the examples of
 * https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/audit-logs).
 */

/**
 * Rails zone names as Zendesk shows them in `time_zone`, with the IANA id it derives for
 * `iana_time_zone` (Rails' ActiveSupport::TimeZone::MAPPING). Kathmandu (+05:45),
 * Auckland and Sydney (southern DST) are there to catch zone arithmetic shortcuts.
 */
export const ZONES = {
  'Pacific Time (US & Canada)': 'America/Los_Angeles',
  'Central Time (US & Canada)': 'America/Chicago',
  'Eastern Time (US & Canada)': 'America/New_York',
  'Mexico City': 'America/Mexico_City',
  Brasilia: 'America/Sao_Paulo',
  UTC: 'UTC',
  London: 'Europe/London',
  Dublin: 'Europe/Dublin',
  Berlin: 'Europe/Berlin',
  Paris: 'Europe/Paris',
  Rome: 'Europe/Rome',
  Stockholm: 'Europe/Stockholm',
  Pretoria: 'Africa/Johannesburg',
  'New Delhi': 'Asia/Kolkata',
  Kathmandu: 'Asia/Kathmandu',
  Singapore: 'Asia/Singapore',
  Seoul: 'Asia/Seoul',
  Tokyo: 'Asia/Tokyo',
  Sydney: 'Australia/Sydney',
  Auckland: 'Pacific/Auckland',
} as const;

export type RailsZone = keyof typeof ZONES;

/** Zones every generated account has an admin in, whatever the seed. */
export const REQUIRED_ADMIN_ZONES: readonly RailsZone[] = [
  'Pacific Time (US & Canada)',
  'Berlin',
  'New Delhi',
  'Sydney',
  'UTC',
];

export interface Person {
  name: string;
  zone: RailsZone;
  locale: string;
}

/** Staff candidates. Accents and apostrophes are deliberate: they reach CSV and Markdown. */
export const PEOPLE: readonly Person[] = [
  { name: 'Maria Garcia', zone: 'Pacific Time (US & Canada)', locale: 'en-US' },
  { name: 'Emily Chen', zone: 'Pacific Time (US & Canada)', locale: 'en-US' },
  { name: 'Jordan Reyes', zone: 'Pacific Time (US & Canada)', locale: 'en-US' },
  { name: 'Noah Johnson', zone: 'Central Time (US & Canada)', locale: 'en-US' },
  { name: 'James Miller', zone: 'Eastern Time (US & Canada)', locale: 'en-US' },
  { name: 'Diego Hernández', zone: 'Mexico City', locale: 'es' },
  { name: 'Ana Souza', zone: 'Brasilia', locale: 'pt-BR' },
  { name: 'Sam Taylor', zone: 'UTC', locale: 'en-GB' },
  { name: 'Alex Morgan', zone: 'UTC', locale: 'en-US' },
  { name: 'Oliver Smith', zone: 'London', locale: 'en-GB' },
  { name: "Liam O'Connor", zone: 'Dublin', locale: 'en-GB' },
  { name: 'Lukas Schneider', zone: 'Berlin', locale: 'de' },
  { name: 'Anna Müller', zone: 'Berlin', locale: 'de' },
  { name: 'Hannah Weber', zone: 'Berlin', locale: 'de' },
  { name: 'Chloé Dubois', zone: 'Paris', locale: 'fr' },
  { name: 'Sofia Rossi', zone: 'Rome', locale: 'it' },
  { name: 'Ingrid Larsen', zone: 'Stockholm', locale: 'sv' },
  { name: 'Thabo Nkosi', zone: 'Pretoria', locale: 'en-US' },
  { name: 'Priya Sharma', zone: 'New Delhi', locale: 'en-US' },
  { name: 'Arjun Mehta', zone: 'New Delhi', locale: 'en-US' },
  { name: 'Ravi Iyer', zone: 'New Delhi', locale: 'en-US' },
  { name: 'Sujata Shrestha', zone: 'Kathmandu', locale: 'en-US' },
  { name: 'Mei Lin Tan', zone: 'Singapore', locale: 'en-US' },
  { name: 'Grace Kim', zone: 'Seoul', locale: 'ko' },
  { name: 'Kenji Tanaka', zone: 'Tokyo', locale: 'ja' },
  { name: 'Olivia Brown', zone: 'Sydney', locale: 'en-AU' },
  { name: 'Jack Wilson', zone: 'Sydney', locale: 'en-AU' },
  { name: 'Aroha Ngata', zone: 'Auckland', locale: 'en-AU' },
];

/** Zendesk locale ids for the locales above. */
export const LOCALE_IDS: Readonly<Record<string, number>> = {
  'en-US': 1,
  es: 2,
  de: 8,
  fr: 16,
  'pt-BR': 19,
  it: 22,
  sv: 34,
  ja: 67,
  ko: 69,
  'en-GB': 1176,
  'en-AU': 1177,
};

/** An account setting: booleans read "Turned on/off", others "Changed from X to Y". */
export interface Setting {
  label: string;
  values: readonly string[] | 'boolean';
}

export const SETTINGS: readonly Setting[] = [
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

export const RULE_UPDATES: readonly string[] = [
  'Conditions: Changed',
  'Actions: Changed',
  'Title: Changed',
  'Turned off',
  'Turned on',
  'Position: Changed from 3 to 5',
];

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

export const API_TOKENS: readonly string[] = [
  'Zapier integration',
  'Data warehouse export',
  'Slack bot',
  'Nightly backup script',
  'CI smoke tests',
];

/** What each action is called in `action_label`. */
export const ACTION_LABELS: Readonly<Record<string, string>> = {
  create: 'Created',
  update: 'Updated',
  destroy: 'Deleted',
  login: 'Signed in',
};
