import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivity
} from "./chunks/chunk-YY2U6QB6.js";
import {
  runProgram
} from "./chunks/chunk-BY5NUHZH.js";
import "./chunks/chunk-EB4K4YEU.js";
import "./chunks/chunk-PLPO5PBA.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivity);
