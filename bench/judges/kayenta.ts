/**
 * A Kayenta-style judge (Spinnaker automated canary analysis), per service, in Kayenta's three parts:
 * a classifier per metric (Mann-Whitney U at 98% confidence with an effect-size floor → High / Low / Pass /
 * NoData), a scorer (share of metrics that pass; a critical metric that fails scores 0) and a threshold
 * classifier (pass ≥ 75, marginal ≥ 50, else fail). The canary is the scan window; the baseline is the same
 * clock time one day earlier in the learning data (padded, so it sees more than one burst block), because
 * Kayenta compares against a control running under the same conditions. Pure.
 */
import kruskalTest from '@stdlib/stats-kruskal-test';
import { serviceId, type CollectedMetrics, type MetricName, type ServiceSeries } from '../../src/core/types.js';
import type { JudgeOutcome } from '../quality.js';

export type MetricClass = 'High' | 'Low' | 'Pass' | 'NoData';

export interface KayentaMetric {
  metric: MetricName;
  /** Which change fails the metric. */
  failOn: 'increase' | 'decrease' | 'either';
  /** A critical metric that fails fails the whole service. */
  critical: boolean;
}

/** The canary config: Istio's golden signals, errors and p99 critical as in Kayenta's examples. */
export const KAYENTA_METRICS: KayentaMetric[] = [
  { metric: 'requestRate', failOn: 'either', critical: false },
  { metric: 'errorRatio', failOn: 'increase', critical: true },
  { metric: 'latencyP50', failOn: 'increase', critical: false },
  { metric: 'latencyP99', failOn: 'increase', critical: true },
  { metric: 'retryRatio', failOn: 'increase', critical: false },
  { metric: 'timeoutRatio', failOn: 'increase', critical: false },
  { metric: 'overflowRatio', failOn: 'increase', critical: false },
];

export interface KayentaPolicy {
  /** The Mann-Whitney test's confidence: a difference counts when p < 1 - confidence. */
  confidence: number;
  /** The smallest relative change of the mean that counts (Kayenta's effect-size tolerance). */
  effectSize: number;
  passScore: number;
  marginalScore: number;
  /** The baseline window is the canary's clock time this long before, widened by `paddingMs` each side. */
  lookbackMs: number;
  paddingMs: number;
  /** Fewer samples than this on either side is NoData. */
  minSamples: number;
}

export const KAYENTA_DEFAULTS: KayentaPolicy = {
  confidence: 0.98,
  effectSize: 0.25,
  passScore: 75,
  marginalScore: 50,
  lookbackMs: 86_400_000,
  paddingMs: 15 * 60_000,
  minSamples: 3,
};

/**
 * Two-sided Mann-Whitney U p-value (normal approximation, tie-corrected). For two groups the Kruskal-Wallis H
 * statistic is exactly the square of the Mann-Whitney z, so stdlib's Kruskal-Wallis test gives this p-value.
 */
export function mannWhitneyPValue(a: number[], b: number[]): number {
  const first = a[0];
  if ([...a, ...b].every((v) => v === first)) return 1; // no spread at all: nothing to rank
  const p = kruskalTest(a, b).pValue;
  return Number.isFinite(p) ? p : 1;
}

export interface MetricJudgement {
  metric: MetricName;
  classification: MetricClass;
  pValue: number | null;
  /** canary mean / baseline mean (null without data). */
  meanRatio: number | null;
  reason: string;
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

export function classifyMetric(
  spec: KayentaMetric,
  canary: number[],
  baseline: number[],
  policy: KayentaPolicy = KAYENTA_DEFAULTS,
): MetricJudgement {
  if (canary.length < policy.minSamples || baseline.length < policy.minSamples) {
    return {
      metric: spec.metric,
      classification: 'NoData',
      pValue: null,
      meanRatio: null,
      reason: 'too few samples',
    };
  }
  const pValue = mannWhitneyPValue(canary, baseline);
  const canaryMean = mean(canary);
  const baselineMean = mean(baseline);
  const meanRatio = baselineMean > 0 ? canaryMean / baselineMean : canaryMean > 0 ? Infinity : 1;
  const significant = pValue < 1 - policy.confidence;
  const higher = meanRatio >= 1 + policy.effectSize;
  const lower = meanRatio <= 1 - policy.effectSize;
  let classification: MetricClass = 'Pass';
  if (significant && higher) classification = 'High';
  else if (significant && lower) classification = 'Low';
  const reason = `p=${pValue.toPrecision(3)}, mean ratio ${meanRatio.toFixed(2)}`;
  return { metric: spec.metric, classification, pValue, meanRatio, reason };
}

function fails(spec: KayentaMetric, judgement: MetricJudgement): boolean {
  if (judgement.classification === 'High') return spec.failOn !== 'decrease';
  if (judgement.classification === 'Low') return spec.failOn !== 'increase';
  return false;
}

export type KayentaVerdict = 'pass' | 'marginal' | 'fail';

/** The scorer and the threshold classifier: NoData metrics are left out, as Kayenta's default does. */
export function scoreService(
  judgements: Array<{ spec: KayentaMetric; judgement: MetricJudgement }>,
  policy: KayentaPolicy = KAYENTA_DEFAULTS,
): { score: number; verdict: KayentaVerdict } {
  const counted = judgements.filter((j) => j.judgement.classification !== 'NoData');
  if (counted.length === 0) return { score: 100, verdict: 'pass' };
  const failed = counted.filter((j) => fails(j.spec, j.judgement));
  const score = failed.some((j) => j.spec.critical)
    ? 0
    : (100 * (counted.length - failed.length)) / counted.length;
  const verdict = score >= policy.passScore ? 'pass' : score >= policy.marginalScore ? 'marginal' : 'fail';
  return { score, verdict };
}

function presentIn(values: Array<number | null>, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, start); i < Math.min(values.length, end); i++) {
    const v = values[i];
    if (v !== null && Number.isFinite(v)) out.push(v);
  }
  return out;
}

export class KayentaJudge {
  private readonly learned: Map<string, ServiceSeries>;

  constructor(
    private readonly learning: CollectedMetrics,
    private readonly policy: KayentaPolicy = KAYENTA_DEFAULTS,
  ) {
    this.learned = new Map(learning.services.map((s) => [serviceId(s.service), s]));
  }

  judgeService(series: ServiceSeries, scan: CollectedMetrics): { score: number; verdict: KayentaVerdict } {
    const control = this.learned.get(serviceId(series.service));
    if (!control) return { score: 100, verdict: 'pass' };
    const step = this.learning.stepMs;
    const from = Math.floor(
      (scan.from - this.policy.lookbackMs - this.policy.paddingMs - this.learning.from) / step,
    );
    const to = Math.ceil(
      (scan.to - this.policy.lookbackMs + this.policy.paddingMs - this.learning.from) / step,
    );
    const judgements = KAYENTA_METRICS.map((spec) => ({
      spec,
      judgement: classifyMetric(
        spec,
        presentIn(series.values[spec.metric], 0, series.requests.length),
        presentIn(control.values[spec.metric], from, to),
        this.policy,
      ),
    }));
    return scoreService(judgements, this.policy);
  }

  /** Flags every service that does not pass (Spinnaker fails a canary below the pass score at the end). */
  judge(scan: CollectedMetrics): JudgeOutcome & { marginal: number } {
    let marginal = 0;
    const flagged = scan.services
      .filter((series) => {
        const { verdict } = this.judgeService(series, scan);
        if (verdict === 'marginal') marginal++;
        return verdict !== 'pass';
      })
      .map((series) => ({ service: serviceId(series.service), types: null }));
    return { flagged, marginal };
  }
}
