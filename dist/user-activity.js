import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivity
} from "./chunks/chunk-PF7YBXF3.js";
import {
  runProgram
} from "./chunks/chunk-VHZXQ5O6.js";
import "./chunks/chunk-EB4K4YEU.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivity);
