/**
 * The window's notes on what its services' series lack: the optional signals unavailable (not zero), the services
 * seen at L4 only, and the services dark for part of the window — from a small summary of each series, kept once
 * the series itself is handed on. Apart from service-series.ts because it words the outcome, and reads no answer.
 */
import { nameList } from '../../core/names.js';
import { serviceId, type MetricName, type ServiceKey, type ServiceSeries } from '../../core/types.js';
import { unavailableReason, type MeshDialect } from '../../mesh/dialect.js';

/** What the window's notes need of a service's series, kept once the series itself is handed on and let go. */
export interface SeriesSummary {
  service: ServiceKey;
  /** Seen at L4 only. */
  l4: boolean;
  unavailable: MetricName[];
  /** Steps with no request-rate point. */
  absent: number;
  steps: number;
  /** The last step with a point, or -1. */
  lastPresent: number;
}

export function summarize(series: ServiceSeries): SeriesSummary {
  const rates = series.values.requestRate;
  return {
    service: series.service,
    l4: series.layer === 'l4',
    unavailable: series.unavailable,
    absent: rates.filter((rate) => rate === null).length,
    steps: rates.length,
    lastPresent: rates.findLastIndex((rate) => rate !== null),
  };
}

/** The optional signals missing for some services (not zero), and why: the dialect's reason, or how to enable them. */
export function missingStatsNote(services: SeriesSummary[], dialect: MeshDialect): string | undefined {
  const l7 = services.filter((series) => !series.l4);
  const missing = new Set(l7.flatMap((series) => series.unavailable));
  if (missing.size === 0) return undefined;
  const affected = l7.filter((series) => series.unavailable.length > 0).length;
  const why = unavailableReason(dialect, missing);
  return `${[...missing].join(', ')} unavailable (not zero) for ${affected} of ${l7.length} services: ${why}`;
}

/** The services seen at L4 only (connections, no requests), and what to do about it. */
export function l4OnlyNote(services: SeriesSummary[], dialect: MeshDialect): string | undefined {
  const l4 = services.filter((series) => series.l4).map((series) => serviceId(series.service));
  if (l4.length === 0 || !dialect.l4) return undefined;
  return `${l4.length} of ${services.length} services are seen at L4 only (connections; no requests, errors or latency): ${nameList(l4, 10)}. ${dialect.l4.advice}`;
}

/**
 * The known services whose series are absent for some steps of the window (their proxies stopped reporting,
 * or the service is gone): named, with how much of the window is dark and since when.
 */
export function darkServicesNote(
  services: SeriesSummary[],
  from: number,
  stepMs: number,
): string | undefined {
  const dark = services.filter((one) => one.absent > 0);
  if (dark.length === 0) return undefined;
  const shown = dark.slice(0, 10).map(({ service, absent, steps, lastPresent }) => {
    const share = `${Math.round((100 * absent) / steps)}% of the window`;
    const since =
      lastPresent === -1
        ? 'no series at all'
        : lastPresent < steps - 1
          ? `none since ${new Date(from + (lastPresent + 1) * stepMs).toISOString()}`
          : 'gaps';
    return `${serviceId(service)} (${share}, ${since})`;
  });
  const more = dark.length > shown.length ? ` and ${dark.length - shown.length} more` : '';
  return (
    `${dark.length} of ${services.length} services have no metrics for part of the window (absent, not zero): ` +
    `${shown.join(', ')}${more}`
  );
}
