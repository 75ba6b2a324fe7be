#!/usr/bin/env node
/* @ts-self-types="./settings-changes.d.ts" */
// Lists account-setting changes in a date range. Run with --help; the code is in src/cli/.
import '../dist/settings-changes.js';
