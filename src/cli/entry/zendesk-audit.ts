import { zendeskAuditProgram } from '../command.ts';
import { runProgram } from '../main.ts';

await runProgram(zendeskAuditProgram);
