/**
 * Rollouts: the new version of a service judged against the old one in the same minutes — same load, same
 * dependencies — beside the learned baseline, not instead of it (Kayenta's and Flagger's comparison, with counts).
 * - pairRollouts finds services whose requests came from two or more versions in the window and tells the new
 *   version from the old (given, unseen before the deploy, started later, else version order);
 * - judgeRollout compares each per-request signal over the steps both versions served: errors, timeouts,
 *   retries and overflows as counts, latency as the share of requests slower than the old version's own p50 and
 *   p99 from each side's merged buckets — each with a one-sided Fisher exact test, a minimum of events and an
 *   effect floor, and held through most of the window's slices;
 * - markBothVersions tells the baseline's findings that both versions show alike (a dependency, the load: not
 *   the deploy's doing) from the new version's own.
 * Pure: series in, comparisons and findings out.
 */
import { fisherUpperTail, stratifiedUpperTail } from '../model/two-sample.js';
import { metricArrays, requestsSlowerThan, totalRequests, windowQuantile } from '../series.js';
import { eventCount } from '../model/counts.js';
import { severityRank, type AnomalyType, type JudgedFinding, type ServiceSeries } from '../types.js';
import type { RolloutComparison, RolloutSignal } from '../rollout-types.js';
import { ruleSeverity } from './severity.js';
import { ROLLOUT_SIGNAL_SPECS, round, roundOrNull, sidesOf, type CountedSignal } from './rollout-signals.js';
import type { RolloutPair } from './rollout-pairs.js';

/** A comparison counts as evidence below this chance (one-sided, per signal). */
export const ROLLOUT_ALPHA = 1e-4;
/** The new version needs at least this many events (errors, slow requests) before it can be worse. */
export const MIN_EVENTS = 3;
/** Counted signals: the new version's ratio at least this many times the old one's… */
export const COUNT_FACTOR = 1.5;
/** …and this much above it (0.1 percentage point): a difference worth a deploy's attention. */
export const COUNT_MARGIN = 0.001;
/** Latency body: the new version's share of requests slower than the old median at least this much above the old's. */
export const MEDIAN_SHARE_MARGIN = 0.08;
/** Latency tail: the new version's share slower than the old p99 at least this many times the old's, and… */
export const TAIL_FACTOR = 2;
/** …at least this much above it. */
export const TAIL_MARGIN = 0.01;
/** The window's slices and how many must hold the new version's deviation (sustained.ts's rule). */
const SLICES = 3;
const MUST_HOLD = 2;
const HOLD_SHARE = 0.5;

export { mergeVersions, pairRollouts, type RolloutChoice, type RolloutPair } from './rollout-pairs.js';
export { ROLLOUT_SIGNAL_SPECS } from './rollout-signals.js';
export { markBothVersions, mergeRolloutFindings, rolloutChart } from './rollout-marks.js';

/**
 * Cumulative counts never fall with the bound: each bucket's rate is read at its own instant, so a count below
 * the one before it is carried up (as histogram_quantile does); else the +Inf count can sit under the last finite
 * one and the requests slower than a bound come out too few.
 */
function monotone(row: number[]): number[] {
  let most = 0;
  return row.map((count) => (most = Math.max(most, Number.isFinite(count) ? count : 0)));
}

/** A series with only the steps `keep` marks: the others have no requests and no values. */
function masked<T extends ServiceSeries>(series: T, keep: boolean[]): T {
  return {
    ...series,
    requests: series.requests.map((n, i) => (keep[i] ? n : 0)),
    values: metricArrays((metric) => series.values[metric].map((v, i) => (keep[i] ? v : null))),
    ...(series.latencyBuckets
      ? {
          latencyBuckets: {
            bounds: series.latencyBuckets.bounds,
            counts: series.latencyBuckets.counts.map((row, i) => (keep[i] && row ? monotone(row) : null)),
          },
        }
      : {}),
  };
}

/** Steps i ∈ [start, end) only. */
function within(keep: boolean[], start: number, end: number): boolean[] {
  return keep.map((k, i) => k && i >= start && i < end);
}

/** The new version's events and requests on one signal, and the old's, over the steps `keep` marks. */
function counts(
  spec: CountedSignal,
  newer: ServiceSeries,
  older: ServiceSeries,
  keep: boolean[],
  thresholdMs?: number,
) {
  const n = masked(newer, keep);
  const o = masked(older, keep);
  if (spec.quantile !== undefined) {
    const a = requestsSlowerThan(n, thresholdMs!) ?? { requests: 0, slower: 0 };
    const b = requestsSlowerThan(o, thresholdMs!) ?? { requests: 0, slower: 0 };
    return {
      newer: { events: a.slower, requests: a.requests },
      older: { events: b.slower, requests: b.requests },
    };
  }
  return { newer: eventCount(n, spec.metric), older: eventCount(o, spec.metric) };
}

/** One step's counts on a signal: a stratum of the stratified test. */
function stratum(
  spec: CountedSignal,
  newer: ServiceSeries,
  older: ServiceSeries,
  step: number,
  thresholdMs?: number,
) {
  const only = newer.requests.map((_, i) => i === step);
  const c = counts(spec, newer, older, only, thresholdMs);
  return {
    events: c.newer.events,
    requests: c.newer.requests,
    otherEvents: c.older.events,
    otherRequests: c.older.requests,
  };
}

const share = (events: number, requests: number) => (requests > 0 ? events / requests : 0);

/** The share the new version must reach on a signal to count, given the old version's share. */
function effectFloor(spec: CountedSignal, oldShare: number): number {
  if (spec.quantile === 0.5) return oldShare + MEDIAN_SHARE_MARGIN;
  if (spec.quantile === 0.99) return Math.max(TAIL_FACTOR * oldShare, oldShare + TAIL_MARGIN);
  return Math.max(COUNT_FACTOR * oldShare, oldShare + COUNT_MARGIN);
}

export interface RolloutJudgement {
  pair: RolloutPair;
  newRequests: number;
  oldRequests: number;
  comparisons: RolloutComparison[];
  /** The new version's regressions, as findings (rule detector, reason `version-regression`). */
  findings: JudgedFinding[];
  verdict: 'regressed' | 'ok' | 'insufficient';
  minRequests: number;
}

/**
 * How much a service's events bunch together beyond independent requests, per signal (its learned over-dispersion:
 * errors and timeouts per learning window, requests slower than its p50 and p99 — a GC pause slows a scrape's
 * worth of one pod's requests at once). Both versions' counts are shrunk by it before testing (a quasi-binomial
 * test), as the baseline's own count rules do; 1 where nothing was learned.
 */
export type RolloutDispersion = Partial<Record<RolloutSignal, number>>;

/**
 * Every signal of the new version against the old over the steps both served. A signal is worse when the new
 * version's events are beyond chance (one-sided Fisher, ROLLOUT_ALPHA), at least MIN_EVENTS, and past its effect
 * floor; sustained when that held in most of the window's slices (else a short-lived, low finding). Below
 * `minRequests` on a side, a rollout with nothing worse is `insufficient`: too early to tell.
 */
export function judgeRollout(
  pair: RolloutPair,
  minRequests: number,
  dispersion: RolloutDispersion = {},
): RolloutJudgement {
  const { newer, older } = pair;
  const steps = Math.min(newer.requests.length, older.requests.length);
  const keep = Array.from(
    { length: steps },
    (_, i) => (newer.requests[i] ?? 0) > 0 && (older.requests[i] ?? 0) > 0,
  );
  const shared = keep.flatMap((k, i) => (k ? [i] : []));
  const newRequests = totalRequests(masked(newer, keep));
  const oldRequests = totalRequests(masked(older, keep));
  const comparisons: RolloutComparison[] = [];
  const findings: JudgedFinding[] = [];
  for (const spec of ROLLOUT_SIGNAL_SPECS) {
    const compared = compareSignal(pair, spec, { keep, shared, minRequests, dispersion });
    if (!compared) continue;
    comparisons.push(compared.comparison);
    if (compared.finding) findings.push(compared.finding);
  }
  const tooFew = newRequests < minRequests || oldRequests < minRequests;
  const verdict = findings.length > 0 ? 'regressed' : tooFew ? 'insufficient' : 'ok';
  return {
    pair,
    newRequests: round(newRequests),
    oldRequests: round(oldRequests),
    comparisons,
    findings: onePerType(findings),
    verdict,
    minRequests,
  };
}

/**
 * One signal of the new version against the old over the steps both served (`keep`, `shared`): its comparison, and
 * the new version's regression on it as a finding when it is worse. Null when the signal cannot be compared (a side
 * does not read it, or a latency signal has no buckets or no old quantile).
 */
function compareSignal(
  pair: RolloutPair,
  spec: CountedSignal,
  window: {
    keep: boolean[];
    shared: number[];
    minRequests: number;
    dispersion: RolloutDispersion;
  },
): { comparison: RolloutComparison; finding?: JudgedFinding } | null {
  const sides = sidesOf(pair, spec);
  if (!sides) return null;
  const { newer, older } = sides;
  const { keep, shared, minRequests, dispersion } = window;
  const bucketed = newer.latencyBuckets !== undefined && older.latencyBuckets !== undefined;
  if (newer.unavailable.includes(spec.metric) || older.unavailable.includes(spec.metric)) return null;
  let thresholdMs: number | undefined;
  let values = { newer: null as number | null, older: null as number | null };
  if (spec.quantile !== undefined) {
    if (!bucketed) return null;
    const oldQuantile = windowQuantile(masked(older, keep), spec.metric);
    if (oldQuantile === null || oldQuantile === undefined || !(oldQuantile > 0)) return null;
    thresholdMs = oldQuantile;
    values = { newer: windowQuantile(masked(newer, keep), spec.metric) ?? null, older: oldQuantile };
  }
  const c = counts(spec, newer, older, keep, thresholdMs);
  if (spec.quantile === undefined)
    values = {
      newer: share(c.newer.events, c.newer.requests),
      older: share(c.older.events, c.older.requests),
    };
  const comparison: RolloutComparison = {
    signal: spec.signal,
    metric: spec.metric,
    type: spec.type,
    new: {
      events: round(c.newer.events),
      requests: round(c.newer.requests),
      value: roundOrNull(values.newer),
    },
    old: {
      events: round(c.older.events),
      requests: round(c.older.requests),
      value: roundOrNull(values.older),
    },
    ...(thresholdMs !== undefined ? { thresholdMs: round(thresholdMs) } : {}),
    pValue: 1,
    verdict: 'too-few',
  };
  if (!(c.newer.requests > 0) || !(c.older.requests > 0)) return { comparison };
  const newShare = share(c.newer.events, c.newer.requests);
  const oldShare = share(c.older.events, c.older.requests);
  // The exact test on the whole window, and the same minutes step by step (no level shared by both sides
  // across steps read as a difference): both must find the new version's events too many.
  const phi = Math.max(1, dispersion[spec.signal] ?? 1);
  const shrink = <T extends Record<string, number>>(counts: T) =>
    Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / phi])) as T;
  const p = Math.max(
    fisherUpperTail(
      c.newer.events / phi,
      c.newer.requests / phi,
      c.older.events / phi,
      c.older.requests / phi,
    ),
    stratifiedUpperTail(shared.map((i) => shrink(stratum(spec, newer, older, i, thresholdMs)))),
  );
  comparison.pValue = Number(p.toPrecision(3));
  const floor = effectFloor(spec, oldShare);
  if (p < ROLLOUT_ALPHA && c.newer.events >= MIN_EVENTS && newShare >= floor) {
    comparison.verdict = 'worse';
    comparison.sustained = heldInSlices(spec, newer, older, keep, shared, oldShare, newShare, thresholdMs);
    return { comparison, finding: regression(pair, spec, comparison, newShare / Math.max(floor, 1e-9)) };
  } else if (Math.min(c.newer.requests, c.older.requests) < minRequests) {
    comparison.verdict = 'too-few';
  } else {
    const reverse = fisherUpperTail(c.older.events, c.older.requests, c.newer.events, c.newer.requests);
    comparison.verdict =
      reverse < ROLLOUT_ALPHA && oldShare >= effectFloor(spec, newShare) ? 'better' : 'same';
  }
  return { comparison };
}

/** One finding per type (the median and the tail are both latency): the more severe, then the higher score. */
function onePerType(findings: JudgedFinding[]): JudgedFinding[] {
  const best = new Map<AnomalyType, JudgedFinding>();
  for (const f of findings) {
    const held = best.get(f.type);
    const rank = severityRank(f.severity) - (held ? severityRank(held.severity) : -1);
    if (!held || rank > 0 || (rank === 0 && f.score > held.score)) best.set(f.type, f);
  }
  return [...best.values()];
}

/**
 * Did the new version's deviation last? Over SLICES slices of the steps both served, the new version's share sat
 * at least HOLD_SHARE of the way from the old version's share to its own in MUST_HOLD of them (a new pod's GC pause
 * or a restart is one slice).
 */
function heldInSlices(
  spec: CountedSignal,
  newer: ServiceSeries,
  older: ServiceSeries,
  keep: boolean[],
  shared: number[],
  oldShare: number,
  newShare: number,
  thresholdMs?: number,
): boolean {
  if (shared.length < SLICES) return true;
  let held = 0;
  let judged = 0;
  for (let s = 0; s < SLICES; s++) {
    const start = shared[Math.floor((s * shared.length) / SLICES)];
    const last = shared[Math.floor(((s + 1) * shared.length) / SLICES) - 1];
    const c = counts(spec, newer, older, within(keep, start, last + 1), thresholdMs);
    if (!(c.newer.requests > 0)) continue;
    judged++;
    if (share(c.newer.events, c.newer.requests) - oldShare >= HOLD_SHARE * (newShare - oldShare)) held++;
  }
  return judged < MUST_HOLD || held >= MUST_HOLD;
}

/** The new version's regression on one signal as a finding: observed the new version, expected the old. */
function regression(
  pair: RolloutPair,
  spec: CountedSignal,
  comparison: RolloutComparison,
  score: number,
): JudgedFinding {
  const latency = spec.quantile !== undefined;
  const observed = comparison.new.value ?? 0;
  const expected = comparison.old.value ?? 0;
  const sustained = comparison.sustained !== false;
  return {
    namespace: pair.service.namespace,
    service: pair.service.name,
    type: spec.type,
    severity: sustained ? (ruleSeverity(Math.max(score, 1.0001)) ?? 'high') : 'low',
    detector: 'rule',
    metric: spec.metric,
    observed,
    expected,
    expectedRange: [expected, expected],
    // Counts: the ratio the new version had to reach; latency: the old version's quantile the slow are counted above.
    threshold: latency ? (comparison.thresholdMs ?? expected) : round(effectFloor(spec, expected)),
    score: round(score),
    reason: {
      kind: 'version-regression',
      signal: spec.signal,
      newVersion: pair.newer.version,
      oldVersion: pair.olderVersions.join(', '),
      newEvents: comparison.new.events,
      newRequests: comparison.new.requests,
      oldEvents: comparison.old.events,
      oldRequests: comparison.old.requests,
      ...(comparison.thresholdMs !== undefined ? { thresholdMs: comparison.thresholdMs } : {}),
      pValue: comparison.pValue,
    },
    rollout: { new: pair.newer.version, old: pair.olderVersions.join(', '), moved: 'new' },
    ...(sustained ? {} : { sustained: false as const }),
  };
}
