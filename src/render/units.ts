/**
 * How values read, in one place for every renderer and every finding's description: metric values with
 * their units (ratios as percentages, latencies in ms, rates per second) and ages.
 */
import { REQUEST_SHARES, type MeshName, type MetricName, type SourceName } from '../core/types.js';
import { MESH_DIALECTS } from '../mesh/dialects/index.js';

export const LATENCY_METRICS: readonly MetricName[] = ['latencyP50', 'latencyP90', 'latencyP99'];

export const METRIC_LABEL: Record<MetricName, string> = {
  requestRate: 'request rate',
  errorRatio: 'error ratio',
  latencyP50: 'p50 latency',
  latencyP90: 'p90 latency',
  latencyP99: 'p99 latency',
  retryRatio: 'retry ratio',
  timeoutRatio: 'timeout ratio',
  overflowRatio: 'overflow ratio',
  ejectionRate: 'ejection rate',
};

export function trimNumber(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toString();
}

/** A metric value with its unit; "–" for no value. Small values keep two significant digits. */
export function formatMetric(metric: MetricName, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (REQUEST_SHARES.has(metric)) {
    const percent = value * 100;
    return `${percent !== 0 && Math.abs(percent) < 0.01 ? percent.toPrecision(2) : trimNumber(percent, 2)}%`;
  }
  if (LATENCY_METRICS.includes(metric)) return `${trimNumber(value, value < 10 ? 2 : 0)} ms`;
  return `${trimNumber(value, value < 1 ? 3 : 2)}/s`;
}

/** "3d 4h", "2h 5m", "12m", "40s": the two largest units are enough for an age. */
export function formatAge(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'unknown';
  let rest = Math.max(0, Math.floor(seconds));
  const amounts = (
    [
      ['d', 86_400],
      ['h', 3_600],
      ['m', 60],
      ['s', 1],
    ] as const
  ).map(([label, size]) => {
    const n = Math.floor(rest / size);
    rest -= n * size;
    return { n, label };
  });
  const first = amounts.findIndex((a) => a.n > 0);
  if (first < 0) return '0s';
  return amounts
    .slice(first, first + 2)
    .filter((a) => a.n > 0)
    .map((a) => `${a.n}${a.label}`)
    .join(' ');
}

/**
 * Where the numbers came from, said first in every report: a simulated mesh must never pass for a cluster; a
 * real one says which mesh's metrics were read.
 */
export function describeSource(source: SourceName, mesh?: MeshName): string {
  const meshTitle = mesh ? `mesh: ${MESH_DIALECTS[mesh].title}` : '';
  if (source === 'simulated')
    return `simulated (built-in demo mesh, not a cluster${meshTitle ? `; as ${meshTitle}` : ''})`;
  return meshTitle ? `${source}, ${meshTitle}` : source;
}

/** How a service seen at L4 only is described: what was judged, and how to get L7. */
export function describeL4Only(mesh?: MeshName): string {
  const advice = mesh ? MESH_DIALECTS[mesh].l4?.advice : undefined;
  return advice ?? 'L4 only: only its connections were judged';
}
