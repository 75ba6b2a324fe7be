/**
 * What OCSF 1.8.0 asks of the events `renderOcsf` writes, as read from the schema's
 * published JSON at its 1.8.0 release (github.com/ocsf/ocsf-schema, tag 1.8.0:
 * `events/base_event.json`, `events/iam/iam.json`, `events/iam/entity_management.json`,
 * `events/iam/account_change.json`, `events/iam/authentication.json`, `objects/*.json`,
 * `dictionary.json`, `categories.json`), the schema browsable at https://schema.ocsf.io/1.8.0/.
 * Not a test file itself: `ocsf.test.ts` checks every event against it.
 *
 * Per class and per object it lists the attributes it may carry with their type (the
 * dictionary's; `[]` an array, a name without `_t` an object), those `requirement:
 * required` (a class's include the base event's and the IAM category's, which it
 * extends), the `at_least_one` constraints (an object inherits `_entity`'s name-or-uid
 * unless it states its own), and the enumerations of its `_id` attributes: the
 * dictionary's values (0 Unknown, 99 Other) merged with the class's or object's own, as
 * the schema server shows them. Attributes of profiles (cloud, host, ...) are left out:
 * an event carries them only when `metadata.profiles` names the profile, and ours name none.
 */

/** The release these rules were read from. */
export const OCSF_SCHEMA_VERSION = '1.8.0';

/** `categories.json`: Identity & Access Management; a class's `class_uid` is `category_uid * 1000 + uid`. */
export const IAM_CATEGORY = { uid: 3, name: 'Identity & Access Management' } as const;

/** Rules of an object. */
export interface ObjectRules {
  url: string;
  /** Attribute names and types: `string_t`, `integer_t`, ... for scalars, an object's name for objects, `[]` for arrays. */
  attributes: Record<string, string>;
  required: string[];
  atLeastOne?: string[];
  enums?: Record<string, Record<number, string>>;
}

/** Rules of an event class. */
export interface ClassRules extends ObjectRules {
  /** `class_name`. */
  caption: string;
  /** `class_uid`. */
  uid: number;
}

/** The attributes every IAM event may carry: the base event's (`events/base_event.json`) and the category's (`events/iam/iam.json`). */
const IAM_EVENT_ATTRIBUTES = {
  activity_id: 'integer_t',
  activity_name: 'string_t',
  actor: 'actor',
  category_name: 'string_t',
  category_uid: 'integer_t',
  class_name: 'string_t',
  class_uid: 'integer_t',
  count: 'integer_t',
  duration: 'long_t',
  end_time: 'timestamp_t',
  enrichments: 'enrichment[]',
  http_request: 'http_request',
  http_response: 'http_response',
  message: 'string_t',
  metadata: 'metadata',
  observables: 'observable[]',
  raw_data: 'string_t',
  raw_data_hash: 'fingerprint',
  raw_data_size: 'long_t',
  severity: 'string_t',
  severity_id: 'integer_t',
  src_endpoint: 'network_endpoint',
  start_time: 'timestamp_t',
  status: 'string_t',
  status_code: 'string_t',
  status_detail: 'string_t',
  status_id: 'integer_t',
  time: 'timestamp_t',
  timezone_offset: 'integer_t',
  type_name: 'string_t',
  type_uid: 'long_t',
  unmapped: 'object',
};

/** What the base event requires of every event. */
const BASE_REQUIRED = ['activity_id', 'category_uid', 'class_uid', 'metadata', 'severity_id', 'time', 'type_uid'];

/** The base event's enumerations. */
const BASE_ENUMS = {
  severity_id: { 0: 'Unknown', 1: 'Informational', 2: 'Low', 3: 'Medium', 4: 'High', 5: 'Critical', 6: 'Fatal', 99: 'Other' },
  status_id: { 0: 'Unknown', 1: 'Success', 2: 'Failure', 99: 'Other' },
};

export const CLASSES: Record<string, ClassRules> = {
  entity_management: {
    caption: 'Entity Management',
    uid: 3004,
    url: 'https://schema.ocsf.io/1.8.0/classes/entity_management',
    required: [...BASE_REQUIRED, 'entity'],
    attributes: {
      ...IAM_EVENT_ATTRIBUTES,
      access_list: 'string_t[]',
      access_mask: 'integer_t',
      comment: 'string_t',
      entity: 'managed_entity',
      entity_result: 'managed_entity',
    },
    enums: {
      ...BASE_ENUMS,
      activity_id: {
        0: 'Unknown',
        1: 'Create',
        2: 'Read',
        3: 'Update',
        4: 'Delete',
        5: 'Move',
        6: 'Enroll',
        7: 'Unenroll',
        8: 'Enable',
        9: 'Disable',
        10: 'Activate',
        11: 'Deactivate',
        12: 'Suspend',
        13: 'Resume',
        99: 'Other',
      },
    },
  },
  account_change: {
    caption: 'Account Change',
    uid: 3001,
    url: 'https://schema.ocsf.io/1.8.0/classes/account_change',
    required: [...BASE_REQUIRED, 'user'],
    attributes: {
      ...IAM_EVENT_ATTRIBUTES,
      auth_factors: 'auth_factor[]',
      policies: 'policy[]',
      policy: 'policy',
      user: 'user',
      user_result: 'user',
    },
    enums: {
      ...BASE_ENUMS,
      activity_id: {
        0: 'Unknown',
        1: 'Create',
        2: 'Enable',
        3: 'Password Change',
        4: 'Password Reset',
        5: 'Disable',
        6: 'Delete',
        7: 'Attach Policy',
        8: 'Detach Policy',
        9: 'Lock',
        10: 'MFA Factor Enable',
        11: 'MFA Factor Disable',
        12: 'Unlock',
        99: 'Other',
      },
    },
  },
  authentication: {
    caption: 'Authentication',
    uid: 3002,
    url: 'https://schema.ocsf.io/1.8.0/classes/authentication',
    required: [...BASE_REQUIRED, 'user'],
    atLeastOne: ['service', 'dst_endpoint'],
    attributes: {
      ...IAM_EVENT_ATTRIBUTES,
      account_switch_type: 'string_t',
      account_switch_type_id: 'integer_t',
      auth_factors: 'auth_factor[]',
      auth_protocol: 'string_t',
      auth_protocol_id: 'integer_t',
      authentication_token: 'authentication_token',
      certificate: 'certificate',
      dst_endpoint: 'network_endpoint',
      is_cleartext: 'boolean_t',
      is_mfa: 'boolean_t',
      is_new_logon: 'boolean_t',
      is_remote: 'boolean_t',
      logon_process: 'process',
      logon_type: 'string_t',
      logon_type_id: 'integer_t',
      service: 'service',
      session: 'session',
      user: 'user',
    },
    enums: {
      ...BASE_ENUMS,
      activity_id: {
        0: 'Unknown',
        1: 'Logon',
        2: 'Logoff',
        3: 'Authentication Ticket',
        4: 'Service Ticket Request',
        5: 'Service Ticket Renew',
        6: 'Preauth',
        7: 'Account Switch',
        99: 'Other',
      },
    },
  },
};

export const OBJECTS: Record<string, ObjectRules> = {
  metadata: {
    url: 'https://schema.ocsf.io/1.8.0/objects/metadata',
    required: ['product', 'version'],
    attributes: {
      correlation_uid: 'string_t',
      debug: 'string_t[]',
      event_code: 'string_t',
      extension: 'extension',
      extensions: 'extension[]',
      is_truncated: 'boolean_t',
      labels: 'string_t[]',
      log_format: 'string_t',
      log_level: 'string_t',
      log_name: 'string_t',
      log_provider: 'string_t',
      log_source: 'string_t',
      log_version: 'string_t',
      logged_time: 'timestamp_t',
      loggers: 'logger[]',
      modified_time: 'timestamp_t',
      original_event_uid: 'string_t',
      original_time: 'string_t',
      processed_time: 'timestamp_t',
      product: 'product',
      profiles: 'string_t[]',
      reporter: 'reporter',
      sequence: 'integer_t',
      source: 'string_t',
      tags: 'key_value_object[]',
      tenant_uid: 'string_t',
      total_queued_duration: 'timespan',
      transformation_info_list: 'transformation_info[]',
      transmit_time: 'timestamp_t',
      type: 'string_t',
      uid: 'string_t',
      untruncated_size: 'integer_t',
      version: 'string_t',
    },
  },
  product: {
    url: 'https://schema.ocsf.io/1.8.0/objects/product',
    required: [],
    atLeastOne: ['name', 'uid'],
    attributes: {
      cpe_name: 'string_t',
      feature: 'feature',
      lang: 'string_t',
      name: 'string_t',
      path: 'string_t',
      uid: 'string_t',
      url_string: 'url_t',
      vendor_name: 'string_t',
      version: 'string_t',
    },
  },
  feature: {
    url: 'https://schema.ocsf.io/1.8.0/objects/feature',
    required: [],
    atLeastOne: ['name', 'uid'],
    attributes: {
      name: 'string_t',
      uid: 'string_t',
      version: 'string_t',
    },
  },
  logger: {
    url: 'https://schema.ocsf.io/1.8.0/objects/logger',
    required: [],
    atLeastOne: ['name', 'uid'],
    attributes: {
      device: 'device',
      event_uid: 'string_t',
      is_truncated: 'boolean_t',
      log_format: 'string_t',
      log_level: 'string_t',
      log_name: 'string_t',
      log_provider: 'string_t',
      log_version: 'string_t',
      logged_time: 'timestamp_t',
      name: 'string_t',
      product: 'product',
      transmit_time: 'timestamp_t',
      uid: 'string_t',
      untruncated_size: 'integer_t',
      version: 'string_t',
    },
  },
  user: {
    url: 'https://schema.ocsf.io/1.8.0/objects/user',
    required: [],
    atLeastOne: ['account', 'name', 'uid'],
    attributes: {
      account: 'account',
      credential_uid: 'string_t',
      display_name: 'string_t',
      domain: 'string_t',
      email_addr: 'email_t',
      forward_addr: 'email_t',
      full_name: 'string_t',
      groups: 'group[]',
      has_mfa: 'boolean_t',
      ldap_person: 'ldap_person',
      name: 'string_t',
      org: 'organization',
      phone_number: 'string_t',
      programmatic_credentials: 'programmatic_credential[]',
      risk_level: 'string_t',
      risk_level_id: 'integer_t',
      risk_score: 'integer_t',
      type: 'string_t',
      type_id: 'integer_t',
      uid: 'string_t',
      uid_alt: 'string_t',
    },
    enums: {
      risk_level_id: { 0: 'Info', 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Critical', 99: 'Other' },
      type_id: { 0: 'Unknown', 1: 'User', 2: 'Admin', 3: 'System', 4: 'Service', 99: 'Other' },
    },
  },
  actor: {
    url: 'https://schema.ocsf.io/1.8.0/objects/actor',
    required: [],
    atLeastOne: ['process', 'user', 'invoked_by', 'session', 'app_name', 'app_uid'],
    attributes: {
      app_name: 'string_t',
      app_uid: 'string_t',
      authorizations: 'authorization[]',
      idp: 'idp',
      invoked_by: 'string_t',
      process: 'process',
      session: 'session',
      user: 'user',
    },
  },
  managed_entity: {
    url: 'https://schema.ocsf.io/1.8.0/objects/managed_entity',
    required: [],
    atLeastOne: ['name', 'uid', 'device', 'group', 'org', 'policy', 'user'],
    attributes: {
      data: 'json_t',
      device: 'device',
      email: 'email',
      group: 'group',
      location: 'location',
      name: 'string_t',
      org: 'organization',
      policy: 'policy',
      type: 'string_t',
      type_id: 'integer_t',
      uid: 'string_t',
      user: 'user',
      version: 'string_t',
    },
    enums: {
      type_id: {
        0: 'Unknown',
        1: 'Device',
        2: 'User',
        3: 'Group',
        4: 'Organization',
        5: 'Policy',
        6: 'Email',
        7: 'Network Zone',
        99: 'Other',
      },
    },
  },
  network_endpoint: {
    url: 'https://schema.ocsf.io/1.8.0/objects/network_endpoint',
    required: [],
    atLeastOne: ['ip', 'uid', 'name', 'hostname', 'svc_name', 'instance_uid', 'interface_uid', 'interface_name', 'domain'],
    attributes: {
      agent_list: 'agent[]',
      autonomous_system: 'autonomous_system',
      domain: 'string_t',
      fingerprints: 'fingerprint[]',
      hostname: 'hostname_t',
      hw_info: 'device_hw_info',
      instance_uid: 'string_t',
      interface_name: 'string_t',
      interface_uid: 'string_t',
      intermediate_ips: 'ip_t[]',
      ip: 'ip_t',
      isp: 'string_t',
      isp_org: 'string_t',
      location: 'location',
      mac: 'mac_t',
      mac_vendor: 'string_t',
      name: 'string_t',
      network_scope: 'string_t',
      network_scope_id: 'integer_t',
      os: 'os',
      owner: 'user',
      pool: 'group',
      port: 'port_t',
      proxy_endpoint: 'network_proxy',
      subnet_uid: 'string_t',
      svc_name: 'string_t',
      type: 'string_t',
      type_id: 'integer_t',
      uid: 'string_t',
      vlan_uid: 'string_t',
      vpc_uid: 'string_t',
      zone: 'string_t',
    },
    enums: {
      network_scope_id: { 0: 'Unknown', 1: 'Internal', 2: 'External', 99: 'Other' },
      type_id: {
        0: 'Unknown',
        1: 'Server',
        2: 'Desktop',
        3: 'Laptop',
        4: 'Tablet',
        5: 'Mobile',
        6: 'Virtual',
        7: 'IOT',
        8: 'Browser',
        9: 'Firewall',
        10: 'Switch',
        11: 'Hub',
        12: 'Router',
        13: 'IDS',
        14: 'IPS',
        15: 'Load Balancer',
        99: 'Other',
      },
    },
  },
  service: {
    url: 'https://schema.ocsf.io/1.8.0/objects/service',
    required: [],
    atLeastOne: ['name', 'uid'],
    attributes: {
      labels: 'string_t[]',
      name: 'string_t',
      tags: 'key_value_object[]',
      uid: 'string_t',
      version: 'string_t',
    },
  },
  group: {
    url: 'https://schema.ocsf.io/1.8.0/objects/group',
    required: [],
    atLeastOne: ['name', 'uid'],
    attributes: {
      desc: 'string_t',
      domain: 'string_t',
      name: 'string_t',
      privileges: 'string_t[]',
      type: 'string_t',
      uid: 'string_t',
      uid_alt: 'string_t',
    },
  },
};
