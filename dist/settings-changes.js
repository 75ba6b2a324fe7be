import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  keepMemoryFlat,
  settingsChanges
} from "./chunks/chunk-EJUREV7T.js";
import {
  runProgram
} from "./chunks/chunk-PW5QC6ST.js";
import "./chunks/chunk-N652ZZAY.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/settings-changes.ts
keepMemoryFlat();
await runProgram(settingsChanges);
