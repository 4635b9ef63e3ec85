/**
 * Test harness for the real VictoriaMetrics (Debian's `victoria-metrics`), a second PromQL backend: serves on a
 * free loopback port, imports OpenMetrics text through its Prometheus-text import API (timestamps in ms), flushes
 * it to searchable storage, and stops cleanly. Installs the package through install-prometheus.sh when missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningVictoriaMetrics {
  url: string;
  stop(): Promise<void>;
}

function onPath(binary: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' }).status === 0;
}

/** Makes sure victoria-metrics exists, installing it once if needed. */
export function ensureVictoriaMetricsInstalled(): void {
  if (onPath('victoria-metrics')) return;
  const script = join(dirname(fileURLToPath(import.meta.url)), 'install-prometheus.sh');
  const result = spawnSync('bash', [script], { encoding: 'utf8' });
  if (result.status !== 0 || !onPath('victoria-metrics')) {
    throw new Error(
      `victoria-metrics is missing and ${script} could not install it (exit ${result.status}): ` +
        `${(result.stderr ?? '').trim().slice(-500)}. Install the Debian package \`victoria-metrics\` and rerun.`,
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
 * OpenMetrics (seconds) as the Prometheus text format VictoriaMetrics imports (milliseconds): the samples only,
 * in chunks of whole lines.
 */
export function importChunks(openMetricsText: string, maxChunkBytes = 8 * 1024 * 1024): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of openMetricsText.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    const seconds = Number(line.slice(cut + 1));
    const sample = `${line.slice(0, cut)} ${Math.round(seconds * 1000)}`;
    current.push(sample);
    size += sample.length + 1;
    if (size >= maxChunkBytes) {
      chunks.push(current.join('\n') + '\n');
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) chunks.push(current.join('\n') + '\n');
  return chunks;
}

/**
 * Starts a VictoriaMetrics holding exactly the samples in `openMetricsText`. One server per test file; call stop()
 * in afterAll.
 */
export async function startVictoriaMetrics(openMetricsText: string): Promise<RunningVictoriaMetrics> {
  ensureVictoriaMetricsInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'smanalyzer-vm-'));
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    'victoria-metrics',
    [
      `-storageDataPath=${join(dir, 'data')}`,
      `-httpListenAddr=127.0.0.1:${port}`,
      '-retentionPeriod=100y',
      // Past data only: no need to hide the newest 30 s of samples from queries (the default).
      '-search.latencyOffset=0s',
      '-loggerLevel=ERROR',
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
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`victoria-metrics exited (${child.exitCode}): ${stderrText}`);
      try {
        const response = await fetch(`${url}/health`);
        await response.body?.cancel();
        if (response.ok) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`victoria-metrics was not ready within 30 s: ${stderrText}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const chunk of importChunks(openMetricsText)) {
      const response = await fetch(`${url}/api/v1/import/prometheus`, { method: 'POST', body: chunk });
      const body = await response.text();
      if (!response.ok)
        throw new Error(`victoria-metrics refused the import: HTTP ${response.status} ${body}`);
    }
    const flushed = await fetch(`${url}/internal/force_flush`);
    await flushed.body?.cancel();
    if (!flushed.ok) throw new Error(`victoria-metrics could not flush: HTTP ${flushed.status}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
