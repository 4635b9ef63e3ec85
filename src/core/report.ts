/**
 * Assembles the JSON report — the public contract documented in docs/json-report.md — from the per-service
 * verdicts and the gate's decision. Pure: the clock is passed in.
 */
import type { Baseline } from './baseline.js';
import { buildFindingCharts, type ChartSources } from './charts.js';
import type { GateDecision } from './gate.js';
import type { Config } from './settings.js';
import type { ServiceVerdict } from './judge/service.js';
import {
  SEVERITIES,
  type ClusterIdentity,
  type JudgedFinding,
  type Report,
  type ServiceKey,
  type MeshName,
  type Severity,
  type SourceName,
} from './types.js';
import { TOOL_VERSION } from './version.js';

export interface ReportInput {
  window: { from: number; to: number };
  /** The window right before the deploy that findings were compared with; absent when off. */
  reference?: { from: number; to: number } | null;
  source: SourceName;
  mesh?: MeshName;
  cluster?: ClusterIdentity | null;
  partial: boolean;
  baseline: { path: string; value: Baseline } | null;
  services: Array<{ key: ServiceKey; verdict: ServiceVerdict }>;
  decision: GateDecision;
  policy: Config['gate'];
  notes: string[];
  now: number;
  /** A finding's words: the core says why as data, the caller's renderer says it (render/finding-words.ts). */
  describe: (finding: JudgedFinding) => string;
  /** The collected series, for the findings' charts; without them the report has no `charts`. */
  series?: ChartSources;
}

export function assembleReport(input: ReportInput): Report {
  const services = [...input.services].sort((a, b) =>
    `${a.key.namespace}/${a.key.name}`.localeCompare(`${b.key.namespace}/${b.key.name}`),
  );
  const anomalies = services.flatMap((s) =>
    s.verdict.findings.map((f) => ({ ...f, description: input.describe(f) })),
  );
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of anomalies) bySeverity[f.severity]++;
  const count = (status: string) => services.filter((s) => s.verdict.status === status).length;
  const b = input.baseline;
  const charts = input.series ? buildFindingCharts(input.series, anomalies, input.policy.failOn) : [];
  return {
    schemaVersion: 1,
    tool: { name: 'smanalyzer', version: TOOL_VERSION },
    verdict: input.decision.verdict,
    window: {
      from: new Date(input.window.from).toISOString(),
      to: new Date(input.window.to).toISOString(),
      ...(input.reference
        ? {
            reference: {
              from: new Date(input.reference.from).toISOString(),
              to: new Date(input.reference.to).toISOString(),
            },
          }
        : {}),
    },
    source: input.source,
    ...(input.mesh ? { mesh: input.mesh } : {}),
    cluster: input.cluster ?? null,
    partial: input.partial,
    baseline: b
      ? {
          path: b.path,
          createdAt: b.value.createdAt,
          source: b.value.source,
          window: b.value.window,
          ageSeconds: Math.max(0, Math.round((input.now - Date.parse(b.value.createdAt)) / 1000)),
          services: b.value.services.length,
        }
      : null,
    services: services.map(({ key, verdict }) => ({
      namespace: key.namespace,
      name: key.name,
      status: verdict.status,
      // A count of requests: rates × seconds summed in floating point come out as 6132.1249999990005.
      requests: Math.round(verdict.requests),
      metrics: verdict.metrics,
      ...(verdict.reason ? { reason: verdict.reason } : {}),
      ...(verdict.layer ? { layer: verdict.layer } : {}),
    })),
    anomalies,
    summary: {
      servicesScanned: services.filter((s) => s.verdict.status !== 'missing').length,
      anomalous: count('anomalous'),
      insufficientData: count('insufficient-data'),
      new: count('new'),
      missing: count('missing'),
      anomalyCount: anomalies.length,
      gatingAnomalies: input.decision.gatingAnomalies,
      preExisting: anomalies.filter((f) => f.onset === 'pre-existing').length,
      bySeverity,
      failOn: input.policy.failOn,
      maxAnomalies: input.policy.maxAnomalies,
      warnOnly: input.policy.warnOnly,
      reason: input.decision.reason,
    },
    notes: input.notes,
    ...(charts.length > 0 ? { charts } : {}),
  };
}
