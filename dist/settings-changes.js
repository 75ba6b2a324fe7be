import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsChangesProgram
} from "./chunks/chunk-TT5FBT2Z.js";
import {
  runProgram
} from "./chunks/chunk-JXDVW7FS.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/settings-changes.ts
await runProgram(settingsChangesProgram);
