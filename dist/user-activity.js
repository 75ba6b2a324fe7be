import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivityProgram
} from "./chunks/chunk-ODVGZ7XC.js";
import {
  runProgram
} from "./chunks/chunk-JXDVW7FS.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivityProgram);
