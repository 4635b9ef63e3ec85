/**
 * The simulated mesh as one mesh dialect shows it (`--mesh` with `--source simulated`): the report names the
 * dialect, and the signals the dialect's proxies do not export (Linkerd's retries, overflows and ejections) are
 * unavailable, not zero, as a Prometheus holding that dialect's series would give them. The simulated traffic
 * itself is the same in every dialect.
 */
import type { CollectedMetrics, MetricName, ServiceSeries } from '../../core/types.js';
import { SIGNAL_NAMES, type MeshDialect } from '../../mesh/dialect.js';
import { missingStatsNote, summarize } from '../prometheus/series-notes.js';

export function asDialect(collected: CollectedMetrics, dialect: MeshDialect): CollectedMetrics {
  const missing = new Set<MetricName>(
    SIGNAL_NAMES.filter((name) => dialect.signals[name].unavailable).map(
      (name) => dialect.signals[name].metric,
    ),
  );
  const hide = <S extends ServiceSeries>(series: S): S => {
    if (missing.size === 0) return series;
    const values = { ...series.values };
    for (const metric of missing) values[metric] = values[metric].map(() => null);
    return { ...series, values, unavailable: [...new Set([...series.unavailable, ...missing])] };
  };
  const services = collected.services.map(hide);
  // Worded as the Prometheus source words the same gap.
  const note = missingStatsNote(services.map(summarize), dialect);
  return {
    ...collected,
    mesh: dialect.name,
    services,
    ...(collected.edges ? { edges: collected.edges.map(hide) } : {}),
    ...(collected.versions ? { versions: collected.versions.map(hide) } : {}),
    notes: note ? [...collected.notes, note] : collected.notes,
  };
}
