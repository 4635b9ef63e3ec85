/**
 * What the Prometheus cost benchmark reads off the server: its CPU time from the kernel's own account
 * of the process (/proc/<pid>/stat), the query API requests it served and the TSDB compactions it ran from its
 * /metrics, each read on a connection of its own; a wait until the server is idle before anything is measured;
 * and range queries sent with plain HTTP, the baseline the CLI is compared with.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import type { RunningPrometheus } from '../harness/prometheus.js';
import { isNearby } from '../src/sources/prometheus/client.js';

export interface ServerCounters {
  /** Query API requests served (/api/v1/query, query_range, label, series). */
  requests: number;
  /** User + system CPU seconds of the prometheus process. */
  cpu: number;
  /** TSDB compactions run: background work that would be counted as the queries' CPU. */
  compactions: number;
}

/** A query, with the series its selector reads where that differs from the fetch's. */
export type PlainQuery = string | { query: string; series: number };

export interface PlainFetch {
  requests: number;
  seconds: number;
  prometheusCpuSeconds: number;
  bytes: number;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

let ticksPerSecond: number | undefined;

/**
 * The process's user + system CPU seconds, from /proc/<pid>/stat (fields 14 and 15, in clock ticks): the kernel's
 * own account, readable however busy or unresponsive the server is, at the tick's resolution (10 ms).
 */
export function processCpuSeconds(pid: number): number {
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/** GET on a connection of its own (agent: false), never a kept-alive socket the server may have closed meanwhile. */
function getText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve(text));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** The server's counters now. */
export async function serverCounters(server: RunningPrometheus): Promise<ServerCounters> {
  const text = await getText(`${server.url}/metrics`);
  let requests = 0;
  let compactions = 0;
  for (const line of text.split('\n')) {
    if (
      line.startsWith('prometheus_http_requests_total{') &&
      /handler="\/api\/v1\/(query|query_range|label|series)/.test(line)
    )
      requests += Number(line.slice(line.lastIndexOf(' ') + 1));
    if (line.startsWith('prometheus_tsdb_compactions_total '))
      compactions = Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return { requests, cpu: processCpuSeconds(server.pid), compactions };
}

/**
 * Waits until the server is idle: its first compaction cycle (about a minute after start, when it merges the
 * backfilled 2-hour blocks) has run, and it then spent under 50 ms of CPU in 5 s. Measured before this, the
 * compaction's CPU would be counted as the first queries'.
 */
export async function waitUntilIdle(
  server: RunningPrometheus,
  log: (message: string) => void,
): Promise<void> {
  const started = performance.now();
  const deadline = Date.now() + 15 * 60_000;
  let triggered = false;
  for (let last = processCpuSeconds(server.pid); Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const text = await getText(`${server.url}/metrics`);
    triggered ||= /^prometheus_tsdb_compactions_triggered_total [1-9]/m.test(text);
    const now = processCpuSeconds(server.pid);
    const busy = now - last;
    last = now;
    if (triggered && busy < 0.05) {
      log(
        `Prometheus idle after ${Math.round((performance.now() - started) / 1000)} s (CPU ${round(now)} s)`,
      );
      return;
    }
  }
  log('Prometheus did not settle within 15 minutes: measuring anyway');
}

/**
 * Range queries with plain fetch (uncompressed from a nearby server, as the CLI asks), each cut by time only as far
 * as the default sample limit needs for the series it reads (`series`, or the query's own), or into pieces of
 * `stepsPerPiece` steps; four in flight.
 */
export async function fetchPlain(
  server: RunningPrometheus,
  series: number,
  window: { from: number; to: number; stepMs: number },
  queries: PlainQuery[],
  stepsPerPiece?: number,
): Promise<PlainFetch> {
  const { from, to, stepMs } = window;
  const before = await serverCounters(server);
  const started = performance.now();
  const steps = Math.floor((to - from) / stepMs);
  // Pieces of at most 4 M samples: larger ones ran past the server's 2-minute --query.timeout (503) at 1,000 services.
  const spanOf = (read: number) =>
    stepsPerPiece ?? Math.max(1, Math.min(10_000, Math.floor(4_000_000 / Math.max(1, read) - 10)));
  const pieces: Array<[string, number, number]> = [];
  for (const one of queries) {
    const [query, span] = typeof one === 'string' ? [one, spanOf(series)] : [one.query, spanOf(one.series)];
    for (let first = 0; first < steps; first += span)
      pieces.push([query, first, Math.min(steps, first + span) - 1]);
  }
  let bytes = 0;
  let next = 0;
  const worker = async () => {
    while (next < pieces.length) {
      const [query, first, last] = pieces[next++];
      const body = new URLSearchParams({
        query,
        start: String((from + (first + 1) * stepMs) / 1000),
        end: String((from + (last + 1) * stepMs) / 1000),
        step: String(stepMs / 1000),
      });
      // The encoding the CLI asks the same server for (client.ts isNearby): the same bytes on the wire.
      const headers: Record<string, string> = isNearby(new URL(server.url).hostname)
        ? { 'Accept-Encoding': 'identity' }
        : {};
      const response = await fetch(`${server.url}/api/v1/query_range`, { method: 'POST', body, headers });
      const data = await response.arrayBuffer();
      if (!response.ok)
        throw new Error(
          `plain fetch: HTTP ${response.status}: ${Buffer.from(data).toString().slice(0, 200)}`,
        );
      bytes += data.byteLength;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  const seconds = (performance.now() - started) / 1000;
  const after = await serverCounters(server);
  warnIfCompacted(before, after);
  return {
    requests: after.requests - before.requests,
    seconds: round(seconds),
    prometheusCpuSeconds: round(after.cpu - before.cpu),
    bytes,
  };
}

/** A compaction inside a measured interval adds its CPU to the queries': said, so the figure is not trusted blindly. */
export function warnIfCompacted(before: ServerCounters, after: ServerCounters): void {
  if (after.compactions > before.compactions)
    console.error(
      `  note: ${after.compactions - before.compactions} TSDB compaction(s) ran during this measurement; its Prometheus CPU includes them`,
    );
}
