import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivityProgram
} from "./chunks/chunk-COKWKSF4.js";
import {
  runProgram
} from "./chunks/chunk-YDJ4GIDC.js";
import "./chunks/chunk-XP7TCBTF.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivityProgram);
