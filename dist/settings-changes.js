import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  keepMemoryFlat,
  settingsChanges
} from "./chunks/chunk-5JUIQDOJ.js";
import {
  runProgram
} from "./chunks/chunk-BY5NUHZH.js";
import "./chunks/chunk-EB4K4YEU.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/settings-changes.ts
keepMemoryFlat();
await runProgram(settingsChanges);
