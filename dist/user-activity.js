import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivity
} from "./chunks/chunk-57CDWBR5.js";
import {
  runProgram
} from "./chunks/chunk-JFBOHUPJ.js";
import "./chunks/chunk-N652ZZAY.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivity);
