import { runProgram } from '../main.ts';
import { settingsChangesProgram } from '../settings-changes.ts';

await runProgram(settingsChangesProgram);
