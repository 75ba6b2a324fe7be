import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsChangesProgram
} from "./chunks/chunk-DIY7KEPO.js";
import {
  runProgram
} from "./chunks/chunk-M6U3SDHO.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/settings-changes.ts
await runProgram(settingsChangesProgram);
