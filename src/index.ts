/**
 * The Action's entry point (bundled to dist/index.js): run, then exit so that no lingering HTTP
 * keep-alive handle can hold the step open. run() is the single error boundary.
 */
import { run } from './action/main.js';

await run();
process.exit();
