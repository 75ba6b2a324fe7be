import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  keepMemoryFlat,
  settingsChanges
} from "./chunks/chunk-JPMJ42OJ.js";
import {
  runProgram
} from "./chunks/chunk-NTRJAUPH.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/settings-changes.ts
keepMemoryFlat();
await runProgram(settingsChanges);
