import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsChangesProgram
} from "./chunks/chunk-6U4WTBTO.js";
import {
  runProgram
} from "./chunks/chunk-6VMFKPAH.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/settings-changes.ts
await runProgram(settingsChangesProgram);
