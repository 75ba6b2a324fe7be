import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  keepMemoryFlat,
  settingsChanges
} from "./chunks/chunk-6OST7ELE.js";
import {
  runProgram
} from "./chunks/chunk-OWV6P4UV.js";
import "./chunks/chunk-B2PZY75S.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/settings-changes.ts
keepMemoryFlat();
await runProgram(settingsChanges);
