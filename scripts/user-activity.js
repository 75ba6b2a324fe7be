#!/usr/bin/env node
/* @ts-self-types="./user-activity.d.ts" */
// Shows a user's details and recent audit-log activity. Run with --help; the code is in src/cli/.
import '../dist/user-activity.js';
