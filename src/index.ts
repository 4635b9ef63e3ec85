/**
 * The one bundled entry (dist/index.js). The runner starts it as the Action; bin/smanalyzer.js starts it
 * as the CLI by setting SMANALYZER_ENTRY=cli. One bundle keeps dist/ half the size and both always in
 * step. Each path imports only what it needs, then exits so no lingering HTTP handle holds the process.
 */
if (process.env.SMANALYZER_ENTRY === 'cli') {
  const { main } = await import('./cli/main.js');
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
  process.exit(code);
} else {
  const { run } = await import('./action/main.js');
  await run();
  process.exit();
}
