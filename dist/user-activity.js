import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivity
} from "./chunks/chunk-FCYYHWCA.js";
import {
  runProgram
} from "./chunks/chunk-RO25WDHZ.js";
import "./chunks/chunk-SEMLH5K5.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivity);
