import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivity
} from "./chunks/chunk-GRQJWITM.js";
import {
  runProgram
} from "./chunks/chunk-7AKSAEVV.js";
import "./chunks/chunk-B2PZY75S.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivity);
