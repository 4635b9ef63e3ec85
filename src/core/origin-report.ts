/**
 * Puts origin ranking into the JSON report: `origins` best first, and `origin` on each anomaly that follows
 * another service's trouble. Additive within schemaVersion 1; the verdict and the gate are untouched. Pure.
 */
import { rankOrigins } from './origin.js';
import type { CollectedMetrics, Report } from './types.js';

/** The report with origins, when the source knows the call graph; the report as it was otherwise. */
export function withOrigins(
  report: Report,
  collected: Pick<CollectedMetrics, 'edges' | 'services' | 'from' | 'to' | 'stepMs'>,
): Report {
  if (!collected.edges) return report;
  const series = new Map(collected.services.map((s) => [`${s.service.namespace}/${s.service.name}`, s]));
  const analysis = rankOrigins({
    findings: report.anomalies,
    services: report.services.map((s) => ({
      key: { namespace: s.namespace, name: s.name },
      requests: s.requests,
      metrics: s.metrics,
      series: series.get(`${s.namespace}/${s.name}`),
    })),
    edges: collected.edges,
    windowMs: collected.to - collected.from,
    stepMs: collected.stepMs,
  });
  return {
    ...report,
    anomalies: report.anomalies.map((f, i) => {
      const origin = analysis.symptomOf.get(i);
      return origin ? { ...f, origin } : f;
    }),
    origins: analysis.origins,
  };
}
