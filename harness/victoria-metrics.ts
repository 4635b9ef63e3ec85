/**
 * The real VictoriaMetrics (Debian's `victoria-metrics`), a second PromQL backend: serves on a
 * free loopback port, imports OpenMetrics text through its Prometheus-text import API (timestamps in ms), flushes
 * it to searchable storage, and stops cleanly. Installs the package through install-servers.sh when missing.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled, freeLoopbackPort, stderrTail, stopChild, waitUntilReady } from './processes.js';

export interface RunningVictoriaMetrics {
  url: string;
  stop(): Promise<void>;
}

/** Makes sure victoria-metrics exists, installing it once if needed. */
export function ensureVictoriaMetricsInstalled(): void {
  ensureInstalled(['victoria-metrics'], 'victoria-metrics');
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
  const stderr = stderrTail(child);
  const stop = async () => {
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady('victoria-metrics', `${url}/health`, child, stderr, 30_000);
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
