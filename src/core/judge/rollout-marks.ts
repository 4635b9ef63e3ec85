/**
 * What a judged rollout does to the rest of the service's report: the baseline's findings both versions show alike
 * marked as such (not the deploy's doing), the new version's regressions merged in one per type, and the picture
 * of both versions over the window. Pure.
 */
import { significant } from '../numbers.js';
import type { RolloutChart, RolloutSignal, SharedDeviation } from '../rollout-types.js';
import { aggregateMetric } from '../series.js';
import {
  severityRank,
  type ChartSeries,
  type JudgedFinding,
  type MetricName,
  type ServiceSeries,
} from '../types.js';
import type { RolloutJudgement } from './rollout.js';
import { ROLLOUT_SIGNAL_SPECS, round, roundOrNull, sidesOf } from './rollout-signals.js';

/** A baseline deviation is both versions' when the old version sits at least this share of the way there too. */
const SHARED_SHARE = 0.5;

/**
 * The rollout signals a whole-service metric belongs to, by kind: latency, or failures — errors, timeouts, retries
 * and overflows go together (callers retry the new version's errors on both versions alike).
 */
function signalsOf(metric: MetricName): RolloutSignal[] {
  const latency = ROLLOUT_SIGNAL_SPECS.filter((s) => s.quantile !== undefined);
  if (metric === 'latencyP50' || metric === 'latencyP90' || metric === 'latencyP99')
    return latency.map((s) => s.signal);
  const counted = ROLLOUT_SIGNAL_SPECS.filter((s) => s.quantile === undefined);
  return counted.some((s) => s.metric === metric) ? counted.map((s) => s.signal) : [];
}

/**
 * The baseline's findings on a service in a rollout: one whose deviation the old version shows too (it sits at
 * least SHARED_SHARE of the way from expected to observed), with the new version not worse on that signal, is both
 * versions' — a dependency or the load, not the deploy: marked `moved: both`, never gating. `withBuckets`: whether
 * the service's own series had buckets (its observed was read from them), so the versions are read the same way.
 */
export function markBothVersions(
  findings: JudgedFinding[],
  judgement: RolloutJudgement,
  withBuckets: boolean,
): { findings: JudgedFinding[]; shared: SharedDeviation[] } {
  const { pair } = judgement;
  const readable = (series: ServiceSeries) =>
    withBuckets ? series : { ...series, latencyBuckets: undefined };
  const shared: SharedDeviation[] = [];
  const out = findings.map((finding) => {
    const signals = signalsOf(finding.metric);
    if (signals.length === 0 || finding.reason.kind === 'went-dark') return finding;
    // The new version worse on this kind of signal: the deviation is (at least partly) its own.
    const worse = judgement.comparisons.some((c) => signals.includes(c.signal) && c.verdict === 'worse');
    if (worse) return finding;
    const deviation = finding.observed - finding.expected;
    const old = aggregateMetric(readable(pair.older), finding.metric);
    if (!(deviation > 0) || old === null || old - finding.expected < SHARED_SHARE * deviation) return finding;
    const fresh = aggregateMetric(readable(pair.newer), finding.metric);
    shared.push({
      metric: finding.metric,
      type: finding.type,
      expected: round(finding.expected),
      new: roundOrNull(fresh),
      old: round(old),
    });
    return {
      ...finding,
      rollout: { new: pair.newer.version, old: pair.olderVersions.join(', '), moved: 'both' as const },
    };
  });
  return { findings: out, shared };
}

/**
 * One finding per type on a service in a rollout: the new version's regression replaces the baseline's finding of
 * its type unless that one is more severe (the version's evidence is the plainer explanation) and as new: a
 * deviation that was there before the deploy never gates, so it must not hide the new version's own regression.
 */
export function mergeRolloutFindings(own: JudgedFinding[], versions: JudgedFinding[]): JudgedFinding[] {
  const rank = (f: JudgedFinding) => severityRank(f.severity);
  const out = [...own];
  for (const v of versions) {
    const index = out.findIndex((f) => f.type === v.type);
    if (index < 0) {
      out.push(v);
      continue;
    }
    const current = out[index];
    const hides = current.onset === 'pre-existing' && v.onset !== 'pre-existing';
    if (rank(v) >= rank(current) || current.rollout?.moved === 'both' || hides) out[index] = v;
  }
  return out;
}

/** At most this many points per version in a rollout's picture. */
const CHART_POINTS = 60;

function downsample(
  series: ServiceSeries,
  metric: MetricName,
  from: number,
  stepMs: number,
  perPoint: number,
) {
  const values: Array<number | null> = [];
  for (let start = 0; start < series.requests.length; start += perPoint) {
    const v = aggregateMetric(series, metric, start, Math.min(series.requests.length, start + perPoint));
    values.push(v === null || !Number.isFinite(v) ? null : significant(v, 3));
  }
  return {
    from: new Date(from).toISOString(),
    stepSeconds: (perPoint * stepMs) / 1000,
    values,
  } satisfies ChartSeries;
}

/**
 * Both versions over the scan window on one metric: the first signal the new version is worse on (as its callers
 * saw it, where that is where it was worse), else its median latency where there are buckets, else its error ratio.
 */
export function rolloutChart(
  judgement: RolloutJudgement,
  scan: { from: number; stepMs: number },
): RolloutChart {
  const { pair } = judgement;
  const worse = judgement.comparisons.find((c) => c.verdict === 'worse');
  const bucketed = pair.newer.latencyBuckets !== undefined;
  const first = judgement.findings[0];
  const metric: MetricName = first?.metric ?? worse?.metric ?? (bucketed ? 'latencyP50' : 'errorRatio');
  const signal = first?.reason.kind === 'version-regression' ? first.reason.signal : worse?.signal;
  const spec = ROLLOUT_SIGNAL_SPECS.find((s) => s.signal === signal);
  const { newer, older } = (spec && sidesOf(pair, spec)) ?? pair;
  const steps = newer.requests.length;
  const perPoint = Math.max(1, Math.ceil(steps / CHART_POINTS));
  return {
    metric,
    ...(newer !== pair.newer ? { view: 'callers' as const } : {}),
    new: downsample(newer, metric, scan.from, scan.stepMs, perPoint),
    old: downsample(older, metric, scan.from, scan.stepMs, perPoint),
  };
}
