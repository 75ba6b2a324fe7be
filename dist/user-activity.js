import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivity
} from "./chunks/chunk-FUTJWT4N.js";
import {
  runProgram
} from "./chunks/chunk-PW5QC6ST.js";
import "./chunks/chunk-N652ZZAY.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivity);
