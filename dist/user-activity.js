import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivity
} from "./chunks/chunk-FKRCTN5S.js";
import {
  runProgram
} from "./chunks/chunk-5WNJ2DU7.js";
import "./chunks/chunk-N652ZZAY.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivity);
