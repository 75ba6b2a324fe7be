import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivity
} from "./chunks/chunk-ILFSHRW5.js";
import {
  runProgram
} from "./chunks/chunk-4DZ5GNVX.js";
import "./chunks/chunk-SEMLH5K5.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivity);
