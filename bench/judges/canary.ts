/**
 * The other gates in their own canary mode, for the rollout suite: they judge the new version of a service against
 * its old version (Kayenta) or the new version alone (Flagger), in the same minutes; a service with one version has
 * no canary and passes.
 * - Kayenta: its NetflixACAJudge as kayenta.ts has it (Mann-Whitney classifier per metric, Hodges–Lehmann 98%
 *   interval, weighted score, pass ≥ 75) with control = the old version's per-step values, experiment = the new
 *   version's. The request rate is left out: a 20% canary serves a quarter of the old version's requests by design
 *   (Kayenta's users run a baseline cluster as large as the canary, which this mesh does not have).
 * - Flagger: its builtin checks (success rate ≥ 99%, p99 ≤ 500 ms per 1-minute interval) on the canary's own series,
 *   rolled back after `threshold` failed checks, as flagger.ts has them.
 * Pure.
 */
import { serviceId, type CollectedMetrics, type VersionSeries } from '../../src/core/types.js';
import { pairRollouts } from '../../src/core/judge/rollout.js';
import type { JudgeOutcome } from '../quality.js';
import { classifyMetric, KAYENTA_METRICS, scoreService } from './kayenta.js';
import { FLAGGER_DEFAULTS, FLAGGER_THRESHOLDS, flaggerChecks } from './flagger.js';

/** Kayenta's canary metrics without the request rate (see above). */
export const CANARY_METRICS = KAYENTA_METRICS.filter((m) => m.metric !== 'requestRate');

function present(values: Array<number | null>): number[] {
  return values.filter((v): v is number => v !== null && Number.isFinite(v));
}

/** Each rollout of a scan: its new version and its old one, told apart as SMAnalyzer tells them. */
function canaries(scan: CollectedMetrics, before: CollectedMetrics | null) {
  return pairRollouts(scan, before, { newVersion: null, oldVersion: null });
}

/** Kayenta's verdict on one canary: its metrics classified new against old, scored. */
export function kayentaCanary(newer: VersionSeries, older: VersionSeries) {
  const judgements = CANARY_METRICS.map((spec) => ({
    spec,
    judgement: classifyMetric(spec, present(newer.values[spec.metric]), present(older.values[spec.metric])),
  }));
  return scoreService(judgements);
}

export function judgeKayentaCanary(scan: CollectedMetrics, before: CollectedMetrics | null): JudgeOutcome {
  const flagged = canaries(scan, before)
    .filter((pair) => kayentaCanary(pair.newer, pair.older).verdict !== 'pass')
    .map((pair) => ({ service: serviceId(pair.service), types: null }));
  return { flagged };
}

/** Flagger at each failed-check threshold, on each canary's own series. */
export function judgeFlaggerCanary(
  scan: CollectedMetrics,
  before: CollectedMetrics | null,
  thresholds: number[] = FLAGGER_THRESHOLDS,
): Map<number, JudgeOutcome> {
  const failed = canaries(scan, before).map((pair) => {
    // Flagger analyses from the canary's first traffic: intervals before it served are not its checks.
    const first = pair.newer.requests.findIndex((n) => n > 0);
    const series = first > 0 ? sliceFrom(pair.newer, first) : pair.newer;
    return {
      service: serviceId(pair.service),
      failed: flaggerChecks(series, scan.stepMs, FLAGGER_DEFAULTS).filter((c) => c.failed).length,
    };
  });
  return new Map(
    thresholds.map((t) => [
      t,
      { flagged: failed.filter((f) => f.failed >= t).map((f) => ({ service: f.service, types: null })) },
    ]),
  );
}

function sliceFrom(series: VersionSeries, first: number): VersionSeries {
  return {
    ...series,
    requests: series.requests.slice(first),
    values: Object.fromEntries(
      Object.entries(series.values).map(([metric, values]) => [metric, values.slice(first)]),
    ) as VersionSeries['values'],
    ...(series.latencyBuckets
      ? {
          latencyBuckets: {
            bounds: series.latencyBuckets.bounds,
            counts: series.latencyBuckets.counts.slice(first),
          },
        }
      : {}),
  };
}
