import { zendeskAuditProgram } from '../command.ts';
import { runProgram } from '../main.ts';
import { keepMemoryFlat } from '../memory.ts';

keepMemoryFlat();
await runProgram(zendeskAuditProgram);
