import { runProgram } from '../main.ts';
import { userActivityProgram } from '../user-activity.ts';

await runProgram(userActivityProgram);
