import { runProgram } from '../main.ts';
import { userActivity } from '../user-activity.ts';

await runProgram(userActivity);
