/** The Action's entry point (action.yml `runs.main` is its bundle, dist/index.js). */
import { run } from './main.ts';

await run();
