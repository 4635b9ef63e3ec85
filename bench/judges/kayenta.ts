/**
 * A Kayenta judge (Spinnaker automated canary analysis, NetflixACAJudge), per service, in Kayenta's three parts as
 * its source has them:
 * - the MannWhitneyClassifier per metric: the Hodges–Lehmann estimate of the shift (canary − control) and its
 *   98% confidence interval; High when the whole interval lies above +0.25 × |estimate|, Low when it lies below
 *   −0.25 × |estimate|, as the metric's direction allows; identical samples pass; an empty side is NoData. No
 *   mean-ratio rule (Kayenta's effect-size thresholds default to 1.0, i.e. no extra condition);
 * - the WeightedSumScorer: score = Pass / (Pass + High + Low) × 100 over the metrics with data (one group), and 0
 *   when a critical metric is anything but Pass;
 * - the threshold: pass ≥ 75, marginal ≥ 50; a service below pass is flagged (Spinnaker fails the canary).
 * The interval is the distribution-free one on the sorted pairwise differences (the normal approximation of the
 * Mann-Whitney U distribution picks the order statistics), which R's wilcox.test, Kayenta's reference, approaches
 * for samples of this size. The canary is the scan window; the control is the 30 minutes before the deploy (the
 * benchmark's stand-in for Kayenta's baseline cluster, which runs beside the canary under the same conditions), or
 * without one the same clock time one day earlier in the learning data, padded. Pure.
 */
import kruskalTest from '@stdlib/stats-kruskal-test';
import {
  serviceId,
  type CollectedMetrics,
  type MetricName,
  type ServiceSeries,
} from '../../src/core/types.js';
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
  /** The confidence level of the Hodges–Lehmann interval (NetflixACAJudge: 0.98). */
  confidence: number;
  /** The interval must clear this fraction of |estimate| (NetflixACAJudge: 0.25). */
  tolerance: number;
  passScore: number;
  marginalScore: number;
  /** The baseline window is the canary's clock time this long before, widened by `paddingMs` each side. */
  lookbackMs: number;
  paddingMs: number;
}

export const KAYENTA_DEFAULTS: KayentaPolicy = {
  confidence: 0.98,
  tolerance: 0.25,
  passScore: 75,
  marginalScore: 50,
  lookbackMs: 86_400_000,
  paddingMs: 15 * 60_000,
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
  /** Hodges–Lehmann estimate of canary − control and its confidence interval (null without data). */
  estimate: number | null;
  interval: [number, number] | null;
  reason: string;
}

/** The standard normal quantile (Acklam's rational approximation; relative error < 1.2e-9 after one step). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/**
 * The Hodges–Lehmann estimate of the shift (experiment − control: the median of all pairwise differences) and its
 * distribution-free confidence interval: the k-th smallest and k-th largest differences, k from the normal
 * approximation of the Mann-Whitney U distribution.
 */
export function hodgesLehmann(
  experiment: number[],
  control: number[],
  confidence: number,
): { estimate: number; interval: [number, number] } {
  const n = experiment.length;
  const m = control.length;
  const diffs = new Float64Array(n * m);
  let i = 0;
  for (const x of experiment) for (const y of control) diffs[i++] = x - y;
  diffs.sort();
  const total = diffs.length;
  const median = total % 2 === 1 ? diffs[(total - 1) / 2] : (diffs[total / 2 - 1] + diffs[total / 2]) / 2;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const k = Math.max(
    0,
    Math.min(
      Math.floor((total - 1) / 2),
      Math.floor((n * m) / 2 - z * Math.sqrt((n * m * (n + m + 1)) / 12)),
    ),
  );
  return { estimate: median, interval: [diffs[k], diffs[total - 1 - k]] };
}

export function classifyMetric(
  spec: KayentaMetric,
  canary: number[],
  baseline: number[],
  policy: KayentaPolicy = KAYENTA_DEFAULTS,
): MetricJudgement {
  if (canary.length === 0 || baseline.length === 0) {
    return {
      metric: spec.metric,
      classification: 'NoData',
      estimate: null,
      interval: null,
      reason: 'no data',
    };
  }
  if (canary.length === baseline.length && canary.every((v, i) => v === baseline[i])) {
    return {
      metric: spec.metric,
      classification: 'Pass',
      estimate: 0,
      interval: [0, 0],
      reason: 'identical samples',
    };
  }
  const { estimate, interval } = hodgesLehmann(canary, baseline, policy.confidence);
  const critical = policy.tolerance * Math.abs(estimate);
  let classification: MetricClass = 'Pass';
  if (spec.failOn !== 'decrease' && interval[0] > critical) classification = 'High';
  else if (spec.failOn !== 'increase' && interval[1] < -critical) classification = 'Low';
  const reason = `shift ${estimate.toPrecision(3)} in [${interval[0].toPrecision(3)}, ${interval[1].toPrecision(3)}] (p=${mannWhitneyPValue(canary, baseline).toPrecision(3)})`;
  return { metric: spec.metric, classification, estimate, interval, reason };
}

function fails(spec: KayentaMetric, judgement: MetricJudgement): boolean {
  if (judgement.classification === 'High') return spec.failOn !== 'decrease';
  if (judgement.classification === 'Low') return spec.failOn !== 'increase';
  return false;
}

export type KayentaVerdict = 'pass' | 'marginal' | 'fail';

/**
 * Kayenta's WeightedSumScorer with one group and the threshold classifier: NoData metrics leave the score's
 * denominator, and any critical metric that is not Pass (NoData included) forces the score to 0.
 */
export function scoreService(
  judgements: Array<{ spec: KayentaMetric; judgement: MetricJudgement }>,
  policy: KayentaPolicy = KAYENTA_DEFAULTS,
): { score: number; verdict: KayentaVerdict } {
  const counted = judgements.filter((j) => j.judgement.classification !== 'NoData');
  const criticalFailure = judgements.some((j) => j.spec.critical && j.judgement.classification !== 'Pass');
  const passed = counted.filter((j) => !fails(j.spec, j.judgement)).length;
  const score = criticalFailure || counted.length === 0 ? 0 : (100 * passed) / counted.length;
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

  /**
   * The control of one service: the `before` window when given (the same service just before the deploy, what the
   * benchmark gives every judge that compares), else the same clock time one day earlier in the learning data.
   */
  private controlValues(series: ServiceSeries, scan: CollectedMetrics, before?: CollectedMetrics) {
    const id = serviceId(series.service);
    if (before) {
      const control = before.services.find((s) => serviceId(s.service) === id);
      return control
        ? (metric: MetricName) => presentIn(control.values[metric], 0, control.requests.length)
        : null;
    }
    const control = this.learned.get(id);
    if (!control) return null;
    const step = this.learning.stepMs;
    const from = Math.floor(
      (scan.from - this.policy.lookbackMs - this.policy.paddingMs - this.learning.from) / step,
    );
    const to = Math.ceil(
      (scan.to - this.policy.lookbackMs + this.policy.paddingMs - this.learning.from) / step,
    );
    return (metric: MetricName) => presentIn(control.values[metric], from, to);
  }

  judgeService(
    series: ServiceSeries,
    scan: CollectedMetrics,
    before?: CollectedMetrics,
  ): { score: number; verdict: KayentaVerdict } {
    const control = this.controlValues(series, scan, before);
    if (!control) return { score: 100, verdict: 'pass' }; // a new service: nothing to compare with
    const judgements = KAYENTA_METRICS.map((spec) => ({
      spec,
      judgement: classifyMetric(
        spec,
        presentIn(series.values[spec.metric], 0, series.requests.length),
        control(spec.metric),
        this.policy,
      ),
    }));
    return scoreService(judgements, this.policy);
  }

  /** Flags every service that does not pass (Spinnaker fails a canary below the pass score at the end). */
  judge(scan: CollectedMetrics, before?: CollectedMetrics): JudgeOutcome & { marginal: number } {
    let marginal = 0;
    const flagged = scan.services
      .filter((series) => {
        const { verdict } = this.judgeService(series, scan, before);
        if (verdict === 'marginal') marginal++;
        return verdict !== 'pass';
      })
      .map((series) => ({ service: serviceId(series.service), types: null }));
    return { flagged, marginal };
  }
}
