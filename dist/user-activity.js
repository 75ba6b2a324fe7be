import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivity
} from "./chunks/chunk-FK4HFX5B.js";
import {
  runProgram
} from "./chunks/chunk-LFEKNH3C.js";
import "./chunks/chunk-B2PZY75S.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivity);
