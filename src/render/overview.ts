/**
 * The mesh at a glance: per namespace, how many services are ok, warn, anomalous or without enough
 * data, as counts and a short strip of coloured squares. Pure; the Markdown and HTML renderers draw it.
 */
import { severityRank, type Report, type ServiceReport } from '../core/types.js';

export const HEALTH_CLASSES = ['anomalous', 'warn', 'insufficient', 'ok'] as const;
export type HealthClass = (typeof HEALTH_CLASSES)[number];

export interface NamespaceHealth {
  namespace: string;
  counts: Record<HealthClass, number>;
  total: number;
}

export const HEALTH_LABEL: Record<HealthClass, string> = {
  ok: 'ok',
  warn: 'warn',
  anomalous: 'anomalous',
  insufficient: 'insufficient data',
};

/**
 * anomalous: a finding that counts against the gate (fail-on or worse, new since the deploy); warn: findings
 * below fail-on or already there before the deploy, or a service that is new or missing; insufficient: too little traffic to judge; ok: judged and healthy.
 */
export function healthClass(service: ServiceReport, gatingServices: ReadonlySet<string>): HealthClass {
  switch (service.status) {
    case 'ok':
      return 'ok';
    case 'insufficient-data':
      return 'insufficient';
    case 'anomalous':
      return gatingServices.has(`${service.namespace}/${service.name}`) ? 'anomalous' : 'warn';
    default:
      return 'warn';
  }
}

/** Namespaces worst first (anomalous, then warn, then insufficient data), then by name. */
export function namespaceHealth(report: Report): NamespaceHealth[] {
  const failOn = severityRank(report.summary.failOn);
  const gating = new Set(
    report.anomalies
      .filter((f) => severityRank(f.severity) >= failOn && f.onset !== 'pre-existing')
      .map((f) => `${f.namespace}/${f.service}`),
  );
  const byNamespace = new Map<string, NamespaceHealth>();
  for (const s of report.services) {
    let entry = byNamespace.get(s.namespace);
    if (!entry) {
      entry = { namespace: s.namespace, counts: { ok: 0, warn: 0, anomalous: 0, insufficient: 0 }, total: 0 };
      byNamespace.set(s.namespace, entry);
    }
    entry.counts[healthClass(s, gating)]++;
    entry.total++;
  }
  return [...byNamespace.values()].sort(
    (a, b) =>
      b.counts.anomalous - a.counts.anomalous ||
      b.counts.warn - a.counts.warn ||
      b.counts.insufficient - a.counts.insufficient ||
      a.namespace.localeCompare(b.namespace),
  );
}

/**
 * The strip's cells: `width` cells shared out in proportion to the counts, every non-zero class keeping at least
 * one cell, so one anomalous service among a thousand still shows.
 */
export function stripCells(counts: Record<HealthClass, number>, width = 10): HealthClass[] {
  const total = HEALTH_CLASSES.reduce((sum, c) => sum + counts[c], 0);
  if (total === 0) return [];
  const cells = Math.min(width, total);
  const present = HEALTH_CLASSES.filter((c) => counts[c] > 0);
  const share = new Map(present.map((c) => [c, 1]));
  let left = cells - present.length;
  // Hand out the remaining cells by largest remainder of the exact share.
  const exact = present.map((c) => ({ c, want: (counts[c] / total) * cells - 1 }));
  while (left > 0) {
    exact.sort((a, b) => b.want - a.want);
    exact[0].want -= 1;
    share.set(exact[0].c, (share.get(exact[0].c) ?? 0) + 1);
    left--;
  }
  return present.flatMap((c) => new Array<HealthClass>(share.get(c) ?? 0).fill(c));
}
