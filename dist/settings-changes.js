import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsChangesProgram
} from "./chunks/chunk-OX6TKX2G.js";
import "./chunks/chunk-MQZ62HUL.js";
import {
  runProgram
} from "./chunks/chunk-USDBJYAL.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/entry/settings-changes.ts
await runProgram(settingsChangesProgram);
