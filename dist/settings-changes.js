import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  keepMemoryFlat,
  settingsChanges
} from "./chunks/chunk-ESECLC2Y.js";
import {
  runProgram
} from "./chunks/chunk-FOX7Z6HE.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/settings-changes.ts
keepMemoryFlat();
await runProgram(settingsChanges);
