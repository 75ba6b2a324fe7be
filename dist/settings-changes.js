import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  keepMemoryFlat,
  settingsChanges
} from "./chunks/chunk-ECT3HBZK.js";
import {
  runProgram
} from "./chunks/chunk-7AKSAEVV.js";
import "./chunks/chunk-B2PZY75S.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/settings-changes.ts
keepMemoryFlat();
await runProgram(settingsChanges);
