/**
 * The series behind each finding's picture: the flagged metric of the flagged service, downsampled to
 * at most 60 points over the scan window (and the reference window before the deploy, when there is one), with
 * the learned band. Pure: collected metrics and findings in, a few hundred numbers out, whatever the mesh size.
 */
import { aggregateMetric } from './series.js';
import {
  serviceId,
  severityRank,
  type ChartSeries,
  type CollectedMetrics,
  type Finding,
  type FindingChart,
  type ServiceSeries,
  type Severity,
} from './types.js';
import { callerEdgesByCallee, foldSeries } from './edges.js';
import { significant } from './numbers.js';

export const MAX_CHARTS = 5;
export const MAX_CHART_POINTS = 60;

/** What a chart is drawn from: the scan's collection and, optionally, the reference window before the deploy. */
export interface ChartSources {
  scan: CollectedMetrics;
  reference?: CollectedMetrics | null;
  /** Milliseconds since the epoch; defaults to the reference window's end when there is a reference. */
  deployedAt?: number | null;
}

/**
 * Gating findings first (fail-on or worse and new since the deploy), then by severity and score: the order people
 * should read them in.
 */
export function chartOrder(findings: Finding[], failOn: Severity): Finding[] {
  const gating = (f: Finding) =>
    severityRank(f.severity) >= severityRank(failOn) && f.onset !== 'pre-existing' ? 1 : 0;
  return [...findings].sort(
    (a, b) =>
      gating(b) - gating(a) || severityRank(b.severity) - severityRank(a.severity) || b.score - a.score,
  );
}

/** Three significant digits are plenty for a picture and keep the JSON small. */
function round(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : significant(value, 3);
}

/**
 * The series a finding was judged on: the service's own, or — for what its callers see — its edges from that caller
 * (from every caller, for the folded "other callers").
 */
function seriesOf(collected: CollectedMetrics, finding: Finding): ServiceSeries | undefined {
  const key = { namespace: finding.namespace, name: finding.service };
  if (finding.caller === undefined)
    return collected.services.find((s) => serviceId(s.service) === serviceId(key));
  const callers = callerEdgesByCallee(collected.edges ?? []).get(serviceId(key));
  if (!callers) return undefined;
  const own = callers.get(finding.caller);
  return foldSeries(key, own ?? [...callers.values()].flat());
}

/**
 * One metric of one service over the last `shownMs` of a collection, one point per `pointMs` (aggregated like the
 * judge does: request-weighted for ratios and latencies).
 */
function downsample(
  collected: CollectedMetrics,
  finding: Finding,
  pointMs: number,
  shownMs = Infinity,
): ChartSeries | null {
  const series = seriesOf(collected, finding);
  const steps = series?.requests.length ?? 0;
  if (!series || steps === 0) return null;
  const perPoint = Math.max(1, Math.round(pointMs / collected.stepMs));
  const shownSteps = Math.min(steps, Math.ceil(shownMs / collected.stepMs / perPoint) * perPoint);
  const first = steps - shownSteps;
  const values: Array<number | null> = [];
  for (let start = first; start < steps; start += perPoint) {
    values.push(round(aggregateMetric(series, finding.metric, start, Math.min(steps, start + perPoint))));
  }
  if (values.every((v) => v === null)) return null;
  return {
    from: new Date(collected.from + first * collected.stepMs).toISOString(),
    stepSeconds: (perPoint * collected.stepMs) / 1000,
    values,
  };
}

/**
 * Charts for the first `MAX_CHARTS` findings in reading order (gating first). Every point covers the same time,
 * so the picture's x-axis is honest: the reference window shows at most twice the scan's length before the
 * deploy. A finding whose service has no series (missing, silent) gets no chart.
 */
export function buildFindingCharts(
  sources: ChartSources,
  findings: Finding[],
  failOn: Severity,
): FindingChart[] {
  const reference = sources.reference ?? null;
  const deployedAt = sources.deployedAt ?? (reference ? reference.to : null);
  const scanMs = sources.scan.to - sources.scan.from;
  const referenceMs = reference ? Math.min(reference.to - reference.from, 2 * scanMs) : 0;
  const stepMs = sources.scan.stepMs;
  const pointMs = Math.max(1, Math.ceil((scanMs + referenceMs) / (MAX_CHART_POINTS - 2) / stepMs)) * stepMs;
  const charts: FindingChart[] = [];
  const seen = new Set<string>();
  for (const f of chartOrder(findings, failOn)) {
    if (charts.length >= MAX_CHARTS) break;
    // A rollout's own regression is drawn as both versions over the window (Report.rollouts[].chart).
    if (f.rollout?.moved === 'new') continue;
    // One picture per service and metric: a rule and the model flagging the same thing draw the same line.
    const key = `${serviceId({ namespace: f.namespace, name: f.service })}\u0000${f.metric}\u0000${f.caller ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const scan = downsample(sources.scan, f, pointMs);
    if (!scan) continue;
    const before = reference && referenceMs > 0 ? downsample(reference, f, pointMs, referenceMs) : null;
    const lo = f.expectedRange?.[0];
    const hi = f.expectedRange?.[1];
    charts.push({
      namespace: f.namespace,
      service: f.service,
      ...(f.caller !== undefined ? { caller: f.caller } : {}),
      metric: f.metric,
      type: f.type,
      severity: f.severity,
      scan,
      ...(before ? { reference: before } : {}),
      expected: round(f.expected),
      band: Number.isFinite(lo) && Number.isFinite(hi) ? [round(lo) as number, round(hi) as number] : null,
      ...(f.reason && 'learnedFrom' in f.reason && f.reason.learnedFrom === 'reference'
        ? { bandFrom: 'reference' as const }
        : {}),
      deployedAt: deployedAt === null ? null : new Date(deployedAt).toISOString(),
    });
  }
  return charts;
}
