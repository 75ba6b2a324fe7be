import { runProgram } from '../main.ts';
import { settingsChanges } from '../settings-changes.ts';

await runProgram(settingsChanges);
