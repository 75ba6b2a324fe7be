import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsChangesProgram
} from "./chunks/chunk-JO4GEOMR.js";
import {
  runProgram
} from "./chunks/chunk-YDJ4GIDC.js";
import "./chunks/chunk-XP7TCBTF.js";

// src/cli/entry/settings-changes.ts
await runProgram(settingsChangesProgram);
