/**
 * The real `prometheus` on loopback: serving a TSDB as it is (servePrometheus: the benchmark's backfills), or
 * backfilled first from OpenMetrics text with `promtool tsdb create-blocks-from openmetrics` (startPrometheus:
 * one server per test file, stop() in afterAll).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled, freeLoopbackPort, stderrTail, stopChild, waitUntilReady } from './processes.js';

export interface RunningPrometheus {
  url: string;
  /** The prometheus process, for its CPU time (/proc/<pid>/stat). */
  pid: number;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** How long to wait for /-/ready (ms). */
  readyTimeoutMs?: number;
  /** Extra server flags, e.g. a low --query.max-samples. */
  flags?: string[];
}

export function ensurePrometheusInstalled(): void {
  ensureInstalled(['prometheus', 'promtool'], 'prometheus');
}

/** Serves the TSDB at `tsdb` read-only (no scrape targets) until stop(); its config file goes into `dir`. */
export async function servePrometheus(
  dir: string,
  tsdb: string,
  options: ServeOptions = {},
): Promise<RunningPrometheus> {
  ensurePrometheusInstalled();
  const configFile = join(dir, 'prometheus.yml');
  await writeFile(configFile, 'global:\n  scrape_interval: 1h\nscrape_configs: []\n');
  const port = await freeLoopbackPort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    'prometheus',
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${tsdb}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // Test data is from any year: a short retention would delete it on start.
      '--storage.tsdb.retention.time=100y',
      '--log.level=error',
      ...(options.flags ?? []),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stderr = stderrTail(child);
  const stop = () => stopChild(child);
  try {
    await waitUntilReady('prometheus', `${url}/-/ready`, child, stderr, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, stop };
}

/**
 * Starts a real Prometheus holding exactly the samples in `openMetricsText` (timestamps must lie in the past,
 * outside the head block's ~2 h window).
 */
export async function startPrometheus(
  openMetricsText: string,
  options: ServeOptions = {},
): Promise<RunningPrometheus> {
  ensurePrometheusInstalled();
  const dir = await mkdtemp(join(tmpdir(), 'smanalyzer-prometheus-'));
  const dataDir = join(dir, 'data');
  const dataFile = join(dir, 'data.om');
  try {
    await writeFile(dataFile, openMetricsText);
    const backfill = spawnSync(
      'promtool',
      ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', dataFile, dataDir],
      { encoding: 'utf8' },
    );
    if (backfill.status !== 0)
      throw new Error(`promtool could not backfill (exit ${backfill.status}): ${backfill.stderr.trim()}`);
    const served = await servePrometheus(dir, dataDir, { readyTimeoutMs: 30_000, ...options });
    return {
      ...served,
      stop: async () => {
        await served.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
