import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsChangesProgram
} from "./chunks/chunk-LGG6VEYB.js";
import {
  runProgram
} from "./chunks/chunk-SK2NR5UO.js";
import "./chunks/chunk-XP7TCBTF.js";

// src/cli/entry/settings-changes.ts
await runProgram(settingsChangesProgram);
