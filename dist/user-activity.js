import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivityProgram
} from "./chunks/chunk-DJDM7D45.js";
import {
  runProgram
} from "./chunks/chunk-SK2NR5UO.js";
import "./chunks/chunk-XP7TCBTF.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivityProgram);
