import { runProgram } from '../main.ts';
import { keepMemoryFlat } from '../memory.ts';
import { settingsChangesProgram } from '../settings-changes.ts';

keepMemoryFlat();
await runProgram(settingsChangesProgram);
