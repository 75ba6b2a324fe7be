/** The account's team (admins and agents with names, zones, addresses and ids), and the user object each one is. */
import type { User } from '../core/types.ts';
import { PEOPLE, REQUIRED_ADMIN_ZONES } from './catalog.ts';
import { integerBetween, pick, type Random, randomStream, shuffled } from './random.ts';
import { isoSeconds } from './time.ts';

type Person = (typeof PEOPLE)[number];

const ADMIN_COUNT = 8;
const AGENT_COUNT = 12;
const DAY = 86_400;

/** Who Zendesk names as the actor of automatic changes: no user record, no IP address. */
export const SYSTEM_ACTOR = { id: -1, name: 'Zendesk' } as const;

/** The team: `members` ascending by id (= by creation), the first the account owner, and the `admins` among them. */
export type Staff = ReturnType<typeof generateStaff>;
/** One team member, times in epoch seconds; the first of `addresses` is where they usually work from. */
export type StaffMember = Staff['members'][number];

/** The team of a seed: the owner an admin with the credentials' email, an admin in each of {@link REQUIRED_ADMIN_ZONES}. */
export function generateStaff(seed: number, nowSeconds: number, subdomain: string, ownerEmail: string) {
  const random = randomStream(seed, 'staff');
  const people = choosePeople(random);
  const someId = () => integerBetween(random, 1_500_000_000_000, 1_599_999_999_999);
  const groupIds = Array.from({ length: 4 }, someId);
  const roleIds = Array.from({ length: 3 }, someId);
  const ownerCreatedAt = nowSeconds - integerBetween(random, 4 * 365 * DAY, 6 * 365 * DAY);
  const suspendedAgent = integerBetween(random, ADMIN_COUNT, people.length - 1);
  const taken = new Set<string>();
  const [owner, ...others] = people.map((person, index) => {
    const role: 'admin' | 'agent' = index < ADMIN_COUNT ? 'admin' : 'agent';
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
      customRoleId: role === 'admin' ? roleIds[0]! : pick(random, roleIds.slice(1)),
      defaultGroupId: pick(random, groupIds),
      addresses: addressesFor(random, taken),
    };
  });

  // Zendesk ids grow with creation time: number the team in the order they joined.
  const members = [owner!, ...others.sort((a, b) => a.createdAt - b.createdAt)];
  let id = integerBetween(random, 1_500_000_000_000, 1_510_000_000_000);
  for (const member of members) {
    member.id = id;
    id += integerBetween(random, 1_000_000, 900_000_000);
  }
  return { members, admins: members.filter((member) => member.role === 'admin'), organizationId: someId() };
}

/**
 * The user object `GET /api/v2/users/{id}` returns, with the field set of the example in
 * https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/audit-logs
 */
export function userJson(staff: Staff, member: StaffMember, origin: string): User {
  const admin = member.role === 'admin';
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
    user_fields: { social_messaging_user_info: null, whatsapp: null },
  };
}

function choosePeople(random: Random): Person[] {
  const pool = shuffled(random, PEOPLE);
  const chosen: Person[] = [];
  for (const zone of REQUIRED_ADMIN_ZONES) {
    const person = pool.find((candidate) => candidate.zone === zone && !chosen.includes(candidate));
    if (person) chosen.push(person);
  }
  for (const person of pool) if (chosen.length < ADMIN_COUNT + AGENT_COUNT && !chosen.includes(person)) chosen.push(person);
  // The owner (first) and the other admins come from the required zones first, in random order.
  return [...shuffled(random, chosen.slice(0, ADMIN_COUNT)), ...chosen.slice(ADMIN_COUNT)];
}

/** One to three addresses, none `taken` by someone else, from the documentation ranges (RFC 5737, RFC 3849). */
function addressesFor(random: Random, taken: Set<string>): string[] {
  const count = random() < 0.5 ? 1 : 2;
  const addresses: string[] = [];
  while (addresses.length < count) {
    const address = `${pick(random, ['192.0.2', '198.51.100', '203.0.113'])}.${integerBetween(random, 1, 254)}`;
    if (taken.has(address)) continue;
    taken.add(address);
    addresses.push(address);
  }
  if (random() < 0.2) {
    const hextet = () => integerBetween(random, 1, 0xffff).toString(16);
    addresses.push(`2001:db8:${hextet()}:${hextet()}::${hextet()}`);
  }
  return addresses;
}

const emailLocalPart = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f']/g, '').toLowerCase().split(/\s+/).join('.');
