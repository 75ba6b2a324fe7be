import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  settingsChangesProgram
} from "./chunks/chunk-7VDCRPVY.js";
import "./chunks/chunk-II3VFHFX.js";
import {
  runProgram
} from "./chunks/chunk-LVD6L5M4.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/entry/settings-changes.ts
await runProgram(settingsChangesProgram);
