import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivityProgram
} from "./chunks/chunk-Z4OE3NMJ.js";
import "./chunks/chunk-RZHTQRYU.js";
import {
  runProgram
} from "./chunks/chunk-REREHZ4Q.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivityProgram);
