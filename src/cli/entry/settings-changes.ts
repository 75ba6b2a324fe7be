import { runProgram } from '../main.ts';
import { holdYoungGeneration } from '../memory.ts';
import { settingsChanges } from '../settings-changes.ts';

holdYoungGeneration();
await runProgram(settingsChanges);
