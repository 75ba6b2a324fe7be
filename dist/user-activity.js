import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivity
} from "./chunks/chunk-CZQWLSSP.js";
import {
  runProgram
} from "./chunks/chunk-NTRJAUPH.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivity);
