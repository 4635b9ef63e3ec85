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
import {
  aggregateMetric,
  metricArrays,
  requestsSlowerThan,
  totalRequests,
  windowQuantile,
} from '../series.js';
import { eventCount } from '../model/counts.js';
import { significant } from '../numbers.js';
import {
  METRIC_NAMES,
  serviceId,
  type AnomalyType,
  type ChartSeries,
  type CollectedMetrics,
  type JudgedFinding,
  type MetricName,
  type ServiceKey,
  type ServiceSeries,
} from '../types.js';
import type {
  NewVersionBasis,
  RolloutChart,
  RolloutComparison,
  RolloutSignal,
  SharedDeviation,
  VersionSeries,
} from '../rollout-types.js';
import { ruleSeverity } from './severity.js';
import { severityRank } from '../types.js';

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
/** A version starts later when its first request comes this many steps after every other version's. */
const LATER_STEPS = 2;
/** A baseline deviation is both versions' when the old version sits at least this share of the way there too. */
const SHARED_SHARE = 0.5;

interface CountedSignal {
  signal: RolloutSignal;
  metric: MetricName;
  type: AnomalyType;
  quantile?: number;
}

export const ROLLOUT_SIGNAL_SPECS: readonly CountedSignal[] = [
  { signal: 'errors', metric: 'errorRatio', type: 'error_rate' },
  { signal: 'timeouts', metric: 'timeoutRatio', type: 'timeout' },
  { signal: 'retries', metric: 'retryRatio', type: 'retry_storm' },
  { signal: 'overflows', metric: 'overflowRatio', type: 'circuit_breaker' },
  { signal: 'latencyP50', metric: 'latencyP50', type: 'latency', quantile: 0.5 },
  { signal: 'latencyP99', metric: 'latencyP99', type: 'latency', quantile: 0.99 },
];

/** The new and old side of one service's rollout. `older` merges every version but the new one. */
export interface RolloutPair {
  service: ServiceKey;
  newer: VersionSeries;
  older: VersionSeries;
  olderVersions: string[];
  basis: NewVersionBasis;
}

/** Which versions to take as new and old, when the user said (null: found from the data). */
export interface RolloutChoice {
  newVersion: string | null;
  oldVersion: string | null;
}

function firstServed(series: ServiceSeries): number {
  return series.requests.findIndex((n) => n > 0);
}

/** v1 < v2 < v10: numbers inside names compare as numbers. */
function versionOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * The rollouts of a scan: services with two or more versions that served requests in the window. The new version
 * is the one given; else the only one the reference window (before the deploy) did not serve; else the only one
 * whose requests began later in the window; else the one that sorts last.
 */
export function pairRollouts(
  scan: CollectedMetrics,
  reference: CollectedMetrics | null,
  choice: RolloutChoice,
): RolloutPair[] {
  const byService = new Map<string, VersionSeries[]>();
  for (const series of scan.versions ?? []) {
    if (totalRequests(series) <= 0) continue;
    const id = serviceId(series.service);
    byService.set(id, [...(byService.get(id) ?? []), series]);
  }
  const seenBefore = new Map(
    (reference?.versionsSeen ?? []).map((entry) => [serviceId(entry.service), new Set(entry.versions)]),
  );
  const pairs: RolloutPair[] = [];
  for (const [id, serving] of byService) {
    if (serving.length < 2) continue;
    const names = serving.map((s) => s.version);
    let newVersion: string | undefined;
    let basis: NewVersionBasis = 'version-order';
    if (choice.newVersion && names.includes(choice.newVersion)) {
      [newVersion, basis] = [choice.newVersion, 'given'];
    } else if (choice.oldVersion && names.includes(choice.oldVersion) && names.length === 2) {
      [newVersion, basis] = [names.find((v) => v !== choice.oldVersion), 'given'];
    }
    const before = seenBefore.get(id);
    if (!newVersion && before && names.some((v) => before.has(v))) {
      const unseen = names.filter((v) => !before.has(v));
      if (unseen.length === 1) [newVersion, basis] = [unseen[0], 'unseen-before'];
    }
    if (!newVersion) {
      const starts = serving.map((s) => ({ version: s.version, first: firstServed(s) }));
      const latest = starts.reduce((a, b) => (b.first > a.first ? b : a));
      const others = starts.filter((s) => s !== latest);
      if (others.every((s) => latest.first - s.first >= LATER_STEPS))
        [newVersion, basis] = [latest.version, 'started-later'];
    }
    newVersion ??= [...names].sort(versionOrder).at(-1)!;
    const newer = serving.find((s) => s.version === newVersion)!;
    const olderList =
      basis === 'given' &&
      choice.oldVersion &&
      names.includes(choice.oldVersion) &&
      choice.oldVersion !== newVersion
        ? serving.filter((s) => s.version === choice.oldVersion)
        : serving.filter((s) => s !== newer);
    // The busiest old version first: it names the old side.
    olderList.sort((a, b) => totalRequests(b) - totalRequests(a));
    pairs.push({
      service: newer.service,
      newer,
      older: mergeVersions(olderList),
      olderVersions: olderList.map((s) => s.version),
      basis,
    });
  }
  return pairs;
}

/** Several versions as one side: requests and events add up, buckets add up, latencies request-weighted. */
export function mergeVersions(list: VersionSeries[]): VersionSeries {
  if (list.length === 1) return list[0];
  const steps = list[0].requests.length;
  const requests = Array.from({ length: steps }, (_, i) =>
    list.reduce((sum, s) => sum + (s.requests[i] ?? 0), 0),
  );
  const values = metricArrays((metric) =>
    Array.from({ length: steps }, (_, i) => {
      if (metric === 'requestRate' || metric === 'ejectionRate') {
        const present = list.map((s) => s.values[metric][i]).filter((v): v is number => v !== null);
        return present.length > 0 ? present.reduce((a, b) => a + b, 0) : null;
      }
      let weighted = 0;
      let weight = 0;
      for (const s of list) {
        const v = s.values[metric][i];
        const n = s.requests[i] ?? 0;
        if (v === null || !(n > 0)) continue;
        weighted += v * n;
        weight += n;
      }
      return weight > 0 ? weighted / weight : null;
    }),
  );
  const bounds = list[0].latencyBuckets?.bounds;
  const sameBuckets =
    bounds !== undefined &&
    list.every((s) => s.latencyBuckets && s.latencyBuckets.bounds.join() === bounds.join());
  const merged: VersionSeries = {
    service: list[0].service,
    version: list[0].version,
    requests,
    values,
    unavailable: METRIC_NAMES.filter((metric) => list.some((s) => s.unavailable.includes(metric))),
  };
  if (sameBuckets)
    merged.latencyBuckets = {
      bounds,
      counts: Array.from({ length: steps }, (_, i) => {
        const rows = list
          .map((s) => s.latencyBuckets!.counts[i])
          .filter((row): row is number[] => row !== null);
        return rows.length > 0
          ? bounds.map((_, b) => rows.reduce((sum, row) => sum + (row[b] ?? 0), 0))
          : null;
      }),
    };
  return merged;
}

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
  if (spec.signal === 'latencyP50') return oldShare + MEDIAN_SHARE_MARGIN;
  if (spec.signal === 'latencyP99') return Math.max(TAIL_FACTOR * oldShare, oldShare + TAIL_MARGIN);
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
 * Every signal of the new version against the old over the steps both served. A signal is worse when the new
 * version's events are beyond chance (one-sided Fisher, ROLLOUT_ALPHA), at least MIN_EVENTS, and past its effect
 * floor; sustained when that held in most of the window's slices (else a short-lived, low finding). Below
 * `minRequests` on a side, a rollout with nothing worse is `insufficient`: too early to tell.
 */
/**
 * How much a service's events bunch together beyond independent requests, per signal (its learned over-dispersion:
 * errors and timeouts per learning window, requests slower than its p50 and p99 — a GC pause slows a scrape's
 * worth of one pod's requests at once). Both versions' counts are shrunk by it before testing (a quasi-binomial
 * test), as the baseline's own count rules do; 1 where nothing was learned.
 */
export type RolloutDispersion = Partial<Record<RolloutSignal, number>>;

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
  const bucketed = newer.latencyBuckets !== undefined && older.latencyBuckets !== undefined;
  for (const spec of ROLLOUT_SIGNAL_SPECS) {
    if (newer.unavailable.includes(spec.metric) || older.unavailable.includes(spec.metric)) continue;
    let thresholdMs: number | undefined;
    let values = { newer: null as number | null, older: null as number | null };
    if (spec.quantile !== undefined) {
      if (!bucketed) continue;
      const oldQuantile = windowQuantile(masked(older, keep), spec.metric);
      if (oldQuantile === null || oldQuantile === undefined || !(oldQuantile > 0)) continue;
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
    comparisons.push(comparison);
    if (!(c.newer.requests > 0) || !(c.older.requests > 0)) continue;
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
      findings.push(regression(pair, spec, comparison, newShare / Math.max(floor, 1e-9)));
    } else if (Math.min(c.newer.requests, c.older.requests) < minRequests) {
      comparison.verdict = 'too-few';
    } else {
      const reverse = fisherUpperTail(c.older.events, c.older.requests, c.newer.events, c.newer.requests);
      comparison.verdict =
        reverse < ROLLOUT_ALPHA && oldShare >= effectFloor(spec, newShare) ? 'better' : 'same';
    }
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

function round(value: number): number {
  return significant(value, 6);
}
function roundOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : round(value);
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

/**
 * The rollout signals a whole-service metric belongs to, by kind: latency, or failures — errors, timeouts, retries
 * and overflows go together (callers retry the new version's errors on both versions alike).
 */
function signalsOf(metric: MetricName): RolloutSignal[] {
  if (metric === 'latencyP50' || metric === 'latencyP90' || metric === 'latencyP99')
    return ['latencyP50', 'latencyP99'];
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
 * its type unless that one is more severe (the version's evidence is the plainer explanation).
 */
export function mergeRolloutFindings(own: JudgedFinding[], versions: JudgedFinding[]): JudgedFinding[] {
  const rank = (f: JudgedFinding) => severityRank(f.severity);
  const out = [...own];
  for (const v of versions) {
    const index = out.findIndex((f) => f.type === v.type);
    if (index < 0) out.push(v);
    else if (rank(v) >= rank(out[index]) || out[index].rollout?.moved === 'both') out[index] = v;
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
 * Both versions over the scan window on one metric: the first signal the new version is worse on, else its
 * median latency where there are buckets, else its error ratio.
 */
export function rolloutChart(
  judgement: RolloutJudgement,
  scan: { from: number; stepMs: number },
): RolloutChart {
  const worse = judgement.comparisons.find((c) => c.verdict === 'worse');
  const bucketed = judgement.pair.newer.latencyBuckets !== undefined;
  const metric: MetricName =
    judgement.findings[0]?.metric ?? worse?.metric ?? (bucketed ? 'latencyP50' : 'errorRatio');
  const steps = judgement.pair.newer.requests.length;
  const perPoint = Math.max(1, Math.ceil(steps / CHART_POINTS));
  return {
    metric,
    new: downsample(judgement.pair.newer, metric, scan.from, scan.stepMs, perPoint),
    old: downsample(judgement.pair.older, metric, scan.from, scan.stepMs, perPoint),
  };
}
