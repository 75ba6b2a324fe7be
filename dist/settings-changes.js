import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsChangesProgram
} from "./chunks/chunk-4NGZ3SGQ.js";
import "./chunks/chunk-SNMPWXMM.js";
import {
  runProgram
} from "./chunks/chunk-6P2MKWW7.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/entry/settings-changes.ts
await runProgram(settingsChangesProgram);
