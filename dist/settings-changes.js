import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  keepMemoryFlat,
  settingsChanges
} from "./chunks/chunk-TFUM5JJF.js";
import {
  runProgram
} from "./chunks/chunk-RO25WDHZ.js";
import "./chunks/chunk-SEMLH5K5.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/settings-changes.ts
keepMemoryFlat();
await runProgram(settingsChanges);
