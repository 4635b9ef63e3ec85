/**
 * The one bundled entry (dist/index.js). The runner starts it as the Action, with no arguments; bin/smanalyzer.js
 * starts it as the CLI by setting SMANALYZER_ENTRY=cli, and so does any argument (`node dist/index.js --version`
 * prints the version, as a person trying the bundle expects, instead of running the Action). One bundle keeps dist/ half the size and both always in
 * step. Each path imports only what it needs, then exits so no lingering HTTP handle holds the process —
 * but only once stdout and stderr have drained: on POSIX a write to a pipe is asynchronous in Node, and
 * exiting with data still queued cuts `scan -o json | jq` (and the runner's log) short.
 */

/** A reader that went away (`| head -1`) is not an error of ours: stop writing, finish, exit with our code. */
function ignoreClosedReader(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}

/** Resolves once everything written so far has been handed to the OS (writes complete in order). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.destroyed || !stream.writable) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('close', resolve);
    stream.write('', () => resolve());
  });
}

async function exitWhenDrained(code: number): Promise<never> {
  process.exitCode = code;
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  process.exit(code);
}

ignoreClosedReader(process.stdout);
ignoreClosedReader(process.stderr);

if (process.env.SMANALYZER_ENTRY === 'cli' || process.argv.length > 2) {
  const { main } = await import('./cli/main.js');
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
  await exitWhenDrained(code);
} else {
  const { run } = await import('./action/main.js');
  await run();
  // run() reports failure through core.setFailed, which sets process.exitCode.
  await exitWhenDrained(typeof process.exitCode === 'number' ? process.exitCode : 0);
}
