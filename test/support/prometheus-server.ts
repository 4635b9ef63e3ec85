/**
 * Test harness for the real `prometheus` binary: backfills OpenMetrics text with
 * `promtool tsdb create-blocks-from openmetrics`, serves it on a free loopback port, and stops it cleanly.
 * Installs the Debian package through install-prometheus.sh when the binaries are missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningPrometheus {
  url: string;
  stop(): Promise<void>;
}

export interface StartPrometheusOptions {
  /** How long to wait for /-/ready (ms). */
  readyTimeoutMs?: number;
  /** Extra server flags, e.g. a low --query.max-samples. */
  flags?: string[];
}

function onPath(binary: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' }).status === 0;
}

/** Makes sure prometheus and promtool exist, installing them once if needed. */
export function ensurePrometheusInstalled(): void {
  if (onPath('prometheus') && onPath('promtool')) return;
  const script = join(dirname(fileURLToPath(import.meta.url)), 'install-prometheus.sh');
  const result = spawnSync('bash', [script], { encoding: 'utf8' });
  if (result.status !== 0 || !onPath('prometheus') || !onPath('promtool')) {
    throw new Error(
      `prometheus/promtool are missing and ${script} could not install them ` +
        `(exit ${result.status}): ${(result.stderr ?? '').trim().slice(-500)}. ` +
        'Install the Debian package `prometheus` (apt-get install -y prometheus) and rerun the tests.',
    );
  }
}

async function freeLoopbackPort(): Promise<number> {
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

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.trim()}`);
  }
}

async function waitForReady(url: string, child: ChildProcess, stderr: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`prometheus exited with code ${child.exitCode} before it was ready: ${stderr()}`);
    }
    try {
      const response = await fetch(`${url}/-/ready`);
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`prometheus was not ready within ${timeoutMs} ms: ${stderr()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
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

/**
 * Starts a real Prometheus holding exactly the samples in `openMetricsText` (timestamps must lie in the past,
 * outside the head block's ~2 h window). One server per test file; call stop() in afterAll.
 */
export async function startPrometheus(
  openMetricsText: string,
  options: StartPrometheusOptions = {},
): Promise<RunningPrometheus> {
  ensurePrometheusInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'smanalyzer-prometheus-'));
  const dataDir = join(dir, 'data');
  const dataFile = join(dir, 'data.om');
  const configFile = join(dir, 'prometheus.yml');
  try {
    await writeFile(dataFile, openMetricsText);
    // No scrape targets: the server only serves what was backfilled.
    await writeFile(configFile, 'global:\n  scrape_interval: 1h\nscrape_configs: []\n');
    run('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', dataFile, dataDir]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    'prometheus',
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${dataDir}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=100y',
      '--log.level=error',
      ...(options.flags ?? []),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderrText = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrText = (stderrText + chunk.toString()).slice(-2000);
  });
  const stop = async () => {
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForReady(url, child, () => stderrText, options.readyTimeoutMs ?? 30000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
