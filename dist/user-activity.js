import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivityProgram
} from "./chunks/chunk-V3LVCSRH.js";
import "./chunks/chunk-BJHBHBFA.js";
import {
  runProgram
} from "./chunks/chunk-PZAQETW7.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivityProgram);
