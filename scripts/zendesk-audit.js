#!/usr/bin/env node
/* @ts-self-types="./zendesk-audit.d.ts" */
// The package's command: `zendesk-audit settings-changes ...`, `zendesk-audit user-activity ...`.
// Run with --help; the code is in src/cli/.
import '../dist/zendesk-audit.js';
