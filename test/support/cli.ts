/** Runs the CLI in-process with captured output and a given clock, as the shell would see it. */
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  clock: { now: () => number; sleep?: (ms: number) => Promise<void> },
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    now: clock.now,
    sleep: clock.sleep,
  });
  return { code, stdout, stderr };
}
