import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  userActivityProgram
} from "./chunks/chunk-JMUIHI6Z.js";
import "./chunks/chunk-SNMPWXMM.js";
import {
  runProgram
} from "./chunks/chunk-6P2MKWW7.js";
import "./chunks/chunk-XP7TCBTF.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/entry/user-activity.ts
await runProgram(userActivityProgram);
