import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsChangesProgram
} from "./chunks/chunk-5JOGSDZK.js";
import "./chunks/chunk-FCYAXDAT.js";
import {
  runProgram
} from "./chunks/chunk-JUMEGPGV.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/entry/settings-changes.ts
await runProgram(settingsChangesProgram);
