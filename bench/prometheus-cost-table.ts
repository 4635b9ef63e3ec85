/**
 * The Prometheus cost bench's tables, as printed after a run: the CLI against the minimal fetch per size, then the
 * optional latency-query, bucket-piece and request-query comparisons.
 */
import { round, type PlainFetch } from './prometheus-measure.js';
import type { PrometheusCostRow } from './prometheus-cost.js';

export function table(rows: PrometheusCostRow[]): string {
  const lines = [
    '| N services (edges) | learn window | CLI requests (learn + scan) | Prometheus CPU (learn) | CLI wall (learn) | CLI peak memory (learn) | minimal fetch: requests, wall, Prometheus CPU | CLI / minimal | scan: listed, flagged = injected |',
    '|---:|---:|---:|---:|---:|---:|---|---:|---|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.services.toLocaleString('en')} (${row.edges.toLocaleString('en')}) | ${row.learnHours} h | ${row.learn.requests} + ${row.scan.requests} | ${row.learn.prometheusCpuSeconds} s | ${row.learn.wallSeconds} s | ${row.learn.peakMiB} MiB | ${row.minimalFetch.requests}, ${row.minimalFetch.seconds} s, ${row.minimalFetch.prometheusCpuSeconds} s | ${row.learnRatio}x | ${row.scan.listed}, ${row.scan.exact ? 'yes' : `no (${row.scan.flagged.join(' ')})`} |`,
    );
  }
  lines.push(
    '',
    '| N services | one bucket query (sum by le): requests, MiB, wall, Prometheus CPU | three histogram_quantile queries: requests, MiB, wall, Prometheus CPU |',
    '|---:|---|---|',
  );
  const cell = (fetch: PlainFetch) =>
    `${fetch.requests}, ${round(fetch.bytes / 1024 / 1024)} MiB, ${fetch.seconds} s, ${fetch.prometheusCpuSeconds} s`;
  for (const row of rows) {
    if (!row.latencyQueries) continue;
    lines.push(
      `| ${row.services.toLocaleString('en')} | ${cell(row.latencyQueries.buckets)} | ${cell(row.latencyQueries.quantiles)} |`,
    );
  }
  lines.push(
    '',
    "| N services | bucket query in the source's pieces: steps a piece, requests, MiB, wall, Prometheus CPU | in the minimal fetch's pieces |",
    '|---:|---|---|',
  );
  for (const row of rows) {
    if (!row.bucketPieces) continue;
    const { sourceSteps, source, minimal } = row.bucketPieces;
    lines.push(
      `| ${row.services.toLocaleString('en')} | ${sourceSteps}, ${cell(source)} | ${cell(minimal)} |`,
    );
  }
  lines.push(
    '',
    '| N services (outcomes) | total + 4 signal selections: requests, MiB, wall, Prometheus CPU | total + the 2 selections reporter="destination" can see | one query by every outcome |',
    '|---:|---|---|---|',
  );
  for (const row of rows) {
    if (!row.requestQueries) continue;
    lines.push(
      `| ${row.services.toLocaleString('en')} (${row.outcomes}) | ${cell(row.requestQueries.five)} | ${cell(row.requestQueries.visible)} | ${cell(row.requestQueries.allOutcomes)} |`,
    );
  }
  return lines.join('\n');
}
