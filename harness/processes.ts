/**
 * What every real server the tests and the benchmark start needs: the package installed, a free loopback port,
 * a wait until it answers, and a clean stop.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function onPath(binary: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' }).status === 0;
}

/** Makes sure the binaries exist, installing the Debian packages once through install-servers.sh if not. */
export function ensureInstalled(binaries: string[], packages: string): void {
  if (binaries.every(onPath)) return;
  const script = join(dirname(fileURLToPath(import.meta.url)), 'install-servers.sh');
  const result = spawnSync('bash', [script], { encoding: 'utf8' });
  if (result.status !== 0 || !binaries.every(onPath)) {
    throw new Error(
      `${binaries.join('/')} missing and ${script} could not install them (exit ${result.status}): ` +
        `${(result.stderr ?? '').trim().slice(-500)}. Install the Debian package ${packages} ` +
        `(apt-get install -y ${packages}) and rerun.`,
    );
  }
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Keeps the last 2,000 characters a child wrote to stderr, for the error that says why it stopped. */
export function stderrTail(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-2000);
  });
  return () => text;
}

/** Waits until `url` answers 200, failing early when the child exits. */
export async function waitUntilReady(
  name: string,
  url: string,
  child: ChildProcess,
  stderr: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}: ${stderr()}`);
    try {
      const response = await fetch(url);
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} was not ready within ${timeoutMs} ms: ${stderr()}`);
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
