import { runProgram } from '../main.ts';
import { keepMemoryFlat } from '../memory.ts';
import { settingsChanges } from '../settings-changes.ts';

keepMemoryFlat();
await runProgram(settingsChanges);
