/**
 * What the source asks before a window's range queries: how many series each will read (to cut them to the
 * server's limits), and the interval the mesh's counters are scraped at (to step no finer than the data).
 */
import type { CollectRequest } from '../../core/types.js';
import type { MeshDialect } from '../../mesh/dialect.js';
import {
  scrapeIntervalQuery,
  scrapeIntervalSeconds,
  seriesCountQuery,
  type QueryScope,
} from '../../mesh/queries.js';
import type { CallContext, PrometheusClient } from './client.js';
import { QueryTooLarge } from './failures.js';
import { SeriesCounts } from './pieces.js';

/** How far back the scrape interval is measured. */
const INTERVAL_PROBE_MS = 600_000;

/**
 * Counts the series the window's queries read, at nine points of the window (instant selectors only). A server
 * too small even for that is counted at the window's end alone; too small for that, the sizes stay unknown and
 * the pieces are cut as the server refuses them.
 */
export async function countSeries(
  client: PrometheusClient,
  scope: QueryScope,
  from: number,
  to: number,
  context: CallContext,
): Promise<SeriesCounts> {
  const counts = new SeriesCounts();
  const query = seriesCountQuery(scope);
  const span = Math.max(1000, Math.ceil((to - from) / 8 / 1000) * 1000);
  let matrix: Array<{ metric: Record<string, string>; values: Array<[number, string]> }>;
  try {
    matrix = await client.queryRange(query, from, to, span, context);
  } catch (error) {
    if (!(error instanceof QueryTooLarge)) throw error;
    try {
      const vector = await client.query(query, to, context);
      matrix = vector.map((sample) => ({ metric: sample.metric, values: [sample.value] }));
    } catch (again) {
      if (!(again instanceof QueryTooLarge)) throw again;
      for (const namespace of scope.namespaces) counts.add('requests', namespace, 0);
      return counts;
    }
  }
  for (const one of matrix) {
    const tag = one.metric['size'];
    if (!tag) continue;
    const most = Math.max(0, ...one.values.map(([, text]) => Number(text)).filter(Number.isFinite));
    counts.add(tag, one.metric[scope.dialect.server.service.namespace], most);
  }
  return counts;
}

/**
 * The scrape interval of the mesh's request counters near the window's end, from the data itself: the median
 * count of samples per series in 10 minutes, rounded down to a common interval for the step (never finer than the
 * data) and up for the rate window (never fewer than two samples). Both 0 when there is nothing to count.
 */
export async function scrapeIntervalMs(
  client: PrometheusClient,
  dialect: MeshDialect,
  request: CollectRequest,
  context: CallContext,
): Promise<{ roundedDown: number; roundedUp: number }> {
  const scope = { dialect, namespaces: request.namespaces };
  const vector = await client.query(scrapeIntervalQuery(scope, INTERVAL_PROBE_MS), request.to, context);
  const interval = scrapeIntervalSeconds(Number(vector[0]?.value[1]), INTERVAL_PROBE_MS);
  return { roundedDown: 1000 * (interval?.roundedDown ?? 0), roundedUp: 1000 * (interval?.roundedUp ?? 0) };
}
