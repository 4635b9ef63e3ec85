/**
 * One service's verdict: the static rules and the learned model judge its window against its baseline,
 * one finding per type is kept, most severe first. Pure.
 */
import type { ServiceBaseline } from '../baseline.js';
import { aggregateMetric, totalRequests } from '../series.js';
import type { Config } from '../settings.js';
import { SIGNALS } from '../signals.js';
import {
  METRIC_NAMES,
  REQUEST_SHARES,
  type JudgedFinding,
  type MetricName,
  type MetricSummary,
  type ServiceSeries,
  type ServiceStatus,
} from '../types.js';
import { expectedRequestRate, learnedFromReference, round, type JudgeContext } from './context.js';
import { darkTailFinding } from './dark.js';
import { modelFinding } from './model.js';
import { jointFinding } from './joint.js';
import { MIN_EVENTS, ruleFindings } from './rules.js';
import { MIN_QUIET_REQUESTS, quietFindings } from './counts.js';
import { bySeverity, onePerType } from './severity.js';
import { sustained } from './sustained.js';

export interface ServiceVerdict {
  status: ServiceStatus;
  requests: number;
  findings: JudgedFinding[];
  metrics: Partial<Record<MetricName, MetricSummary>>;
  reason?: string;
  /** Seen at L4 only: only its traffic could be judged. */
  layer?: 'l4';
}

export function summarizeMetrics(
  series: ServiceSeries,
  baseline: ServiceBaseline | null,
): Partial<Record<MetricName, MetricSummary>> {
  const out: Partial<Record<MetricName, MetricSummary>> = {};
  for (const metric of METRIC_NAMES) {
    if (series.unavailable.includes(metric)) continue;
    const stats = baseline?.metrics[metric];
    const observed = aggregateMetric(series, metric);
    out[metric] = {
      observed: observed === null ? null : round(observed),
      expected: stats ? stats.mean : null,
      band: stats ? [stats.p5, stats.p95] : null,
    };
  }
  return out;
}

/**
 * Judge one service's scan window against its baseline. `windowSteps` is the baseline's feature window.
 * Below `minRequests` the service is insufficient-data — unless its baseline says it should be busy,
 * in which case the silence itself is a traffic drop.
 */
export function detectServiceAnomalies(
  series: ServiceSeries,
  baseline: ServiceBaseline | null,
  config: Config,
  stepMs: number,
  windowSteps: number,
  /** Start of the window: with it, traffic is judged against the learned hour-of-day profile. */
  from?: number,
  /** `baseline` is the latency the half hour before the deploy had (judge/recent.ts), not a learned one. */
  fromReference = false,
): ServiceVerdict {
  if (!baseline) return judgeNewService(series, null, config, stepMs, from);
  const requests = totalRequests(series);
  const metrics = summarizeMetrics(series, baseline);
  if ((baseline.layer ?? null) !== (series.layer ?? null)) {
    // Connections and requests are not the same count: what was learned at one layer cannot judge the other.
    const now = series.layer === 'l4' ? 'at L4 only (connections)' : 'at L7 (requests)';
    return {
      status: 'new',
      requests,
      findings: [],
      metrics,
      reason: `read ${now} now, unlike when it was learned (a waypoint added or removed): learn again`,
    };
  }
  const observed = observedMetrics(series);
  const expectedRate = expectedRequestRate(baseline, series.requests.length, stepMs, from);
  const ctx: JudgeContext = {
    series,
    baseline,
    config,
    observed,
    expectedRate,
    from,
    stepMs,
    windowSteps,
    fromReference,
  };

  const seconds = (series.requests.length * stepMs) / 1000;
  const expectedRequests = (expectedRate ?? baseline.meanRate) * seconds;
  if (requests < config.gate.minRequests || baseline.insufficient) {
    const drop =
      expectedRequests >= config.gate.minRequests && !baseline.insufficient
        ? ruleFindings({ ...ctx, observed: { requestRate: requests / Math.max(seconds, 1) } }).filter(
            (f) => f.type === 'traffic_drop',
          )
        : [];
    // Connections are reused for many requests: a stretch without new ones is not a service gone dark.
    const dark = baseline.insufficient || series.layer === 'l4' ? null : darkTailFinding(ctx);
    if (drop.length === 0 && dark) drop.push(dark);
    if (drop.length > 0) return { status: 'anomalous', requests, findings: drop, metrics };
    // A quiet window is still judged, by counts, as long as a fault could show in it at all.
    if (!baseline.insufficient && requests >= MIN_QUIET_REQUESTS) {
      const quiet = onePerType(quietFindings(ctx, requests)).sort(bySeverity);
      return { status: quiet.length > 0 ? 'anomalous' : 'ok', requests, findings: quiet, metrics };
    }
    const reason = baseline.insufficient
      ? `the baseline saw too little traffic (${Math.round(baseline.requests)} requests) to judge`
      : `${requests} requests in the window, too few to judge even as counts`;
    return { status: 'insufficient-data', requests, findings: [], metrics, reason };
  }

  const findings = ruleFindings(ctx);
  const dark = series.layer === 'l4' ? null : darkTailFinding(ctx);
  if (dark) findings.push(dark);
  for (const spec of SIGNALS) {
    const model = baseline.models[spec.name];
    if (!model) continue;
    const f = modelFinding(ctx, spec, model, windowSteps);
    if (f) findings.push(f);
  }
  const joint = baseline.models.joint ? jointFinding(ctx, baseline.models.joint, windowSteps) : null;
  if (joint) findings.push(joint);
  const kept = keptFindings(findings, series);
  return { status: kept.length > 0 ? 'anomalous' : 'ok', requests, findings: kept, metrics };
}

/** The window's level of every metric, as the rules and models read it. */
function observedMetrics(series: ServiceSeries): JudgeContext['observed'] {
  const observed: JudgeContext['observed'] = {};
  for (const metric of METRIC_NAMES) observed[metric] = aggregateMetric(series, metric);
  return observed;
}

/**
 * One finding per type, most severe first. A deviation that did not last through the window (a burst, a GC
 * pause, a restart) is reported, never gated.
 */
function keptFindings(findings: JudgedFinding[], series: ServiceSeries): JudgedFinding[] {
  return onePerType(
    findings.map((f) => (sustained(f, series) ? f : { ...f, severity: 'low' as const, sustained: false })),
  ).sort(bySeverity);
}

/**
 * A service the baseline does not know (new since it was learned): the fixed limits judge it — the share of
 * requests no service should fail, time out, retry or overflow whatever its past (`rules.*Ratio`), and
 * `rules.latencyP99Ms` when set — and, when the half hour before the deploy saw it busy, its latency against that
 * half hour (`recent`, judge/recent.ts); with as many events as a ratio finding needs, lasting as any must.
 */
export function judgeNewService(
  series: ServiceSeries,
  recent: ServiceBaseline | null,
  config: Config,
  stepMs: number,
  from: number | undefined,
): ServiceVerdict {
  const requests = totalRequests(series);
  const verdict = {
    status: 'new' as const,
    requests,
    metrics: summarizeMetrics(series, recent),
    reason: recent
      ? 'not in the baseline: judged by the fixed limits, its latency against the window before the deploy; learn again to include it'
      : 'not in the baseline: judged by the fixed limits alone; learn again to include it',
  };
  if (requests < config.gate.minRequests) return { ...verdict, findings: [] };
  const { namespace, name } = series.service;
  const learnedNothing: ServiceBaseline = {
    namespace,
    name,
    requests: 0,
    meanRate: 0,
    insufficient: false,
    metrics: {},
    models: {},
    unavailable: [],
  };
  const ctx: JudgeContext = {
    series,
    baseline: recent ?? learnedNothing,
    config,
    observed: observedMetrics(series),
    expectedRate: null,
    from,
    stepMs,
    fromReference: recent !== null,
  };
  const found = ruleFindings(ctx).filter(
    (f) => !REQUEST_SHARES.has(f.metric) || f.observed * requests >= MIN_EVENTS,
  );
  const kept = keptFindings(found, series);
  return { ...verdict, findings: recent ? kept.map(learnedFromReference) : kept };
}
