/**
 * The vocabulary of rollouts: a service whose requests come from two versions in the same minutes (a rolling
 * update, a canary), the new version judged against the old one. Sources fill the version series; the judge
 * (core/judge/rollout.ts) compares them; the report carries the comparison (`Report.rollouts`). No I/O.
 */
import type { AnomalyType, ChartSeries, MetricName, ServiceKey, ServiceSeries } from './types.js';

/**
 * One version of a service over a window: the service's series restricted to the requests that version served
 * (the mesh's version label: Istio's canonical revision or `version`, Linkerd's pod template hash).
 */
export interface VersionSeries extends ServiceSeries {
  version: string;
}

/** The versions a service's requests came from in a window, as its series' version labels name them. */
export interface ServiceVersions {
  service: ServiceKey;
  versions: string[];
}

/** How the new version was told from the old one. */
export type NewVersionBasis =
  /** --new-version / --old-version (config `rollout`, Action inputs). */
  | 'given'
  /** The only version the window before the deploy did not see. */
  | 'unseen-before'
  /** The only version whose requests began later in the window (younger pods). */
  | 'started-later'
  /** Nothing in the data tells: the version that sorts last (v2 after v1) is taken as new. */
  | 'version-order';

/** The per-request signals two versions are compared on. */
export const ROLLOUT_SIGNALS = [
  'errors',
  'timeouts',
  'retries',
  'overflows',
  'latencyP50',
  'latencyP99',
] as const;
export type RolloutSignal = (typeof ROLLOUT_SIGNALS)[number];

/**
 * One signal of the new version against the old over the minutes both served. Counts: `events` of `requests`
 * (errors, timeouts, …; for latency, the requests slower than `thresholdMs`, the old version's own quantile).
 * `value`: the ratio, or for latency the version's quantile (ms) from its merged buckets.
 */
export interface RolloutComparison {
  signal: RolloutSignal;
  metric: MetricName;
  type: AnomalyType;
  new: { events: number; requests: number; value: number | null };
  old: { events: number; requests: number; value: number | null };
  thresholdMs?: number;
  /** One-sided Fisher exact test: the chance of the new version having this many events or more if both were alike. */
  pValue: number;
  /**
   * `worse`: the new version's events are too many to be chance and past the effect floor; `same` otherwise
   * (`better` when it clearly has fewer); `too-few`: not enough requests or events on a side to tell.
   */
  verdict: 'worse' | 'same' | 'better' | 'too-few';
  /** false: the new version was worse in fewer than two of the window's three slices (a blip). */
  sustained?: boolean;
}

/** A deviation from the baseline that both versions show alike: not the new version's doing. */
export interface SharedDeviation {
  metric: MetricName;
  type: AnomalyType;
  expected: number;
  new: number | null;
  old: number | null;
}

/** A version's side of a rollout: its requests in the window and its share of the service's. */
export interface RolloutSide {
  version: string;
  requests: number;
  share: number;
}

/** The picture of both versions over the scan window: one metric, the same points for each. */
export interface RolloutChart {
  metric: MetricName;
  new: ChartSeries;
  old: ChartSeries;
}

/** One rollout in the JSON report (docs/json-report.md). */
export interface ReportRollout {
  namespace: string;
  service: string;
  new: RolloutSide;
  /** The old side: every other version serving (usually one). */
  old: RolloutSide & { versions: string[] };
  basis: NewVersionBasis;
  /**
   * `regressed`: a signal of the new version is worse (its findings are in `anomalies`); `ok`: none is;
   * `insufficient`: a side has fewer requests than `minRequests` so far.
   */
  verdict: 'regressed' | 'ok' | 'insufficient';
  minRequests: number;
  signals: RolloutComparison[];
  /** Baseline deviations both versions show (the dependency, the load): reported, never gating. */
  shared: SharedDeviation[];
  /** One sentence: why the verdict is what it is. */
  reason: string;
  chart?: RolloutChart;
}

/** How a finding relates to a rollout: the new version alone moved (`new`), or both alike (`both`, never gating). */
export interface FindingRollout {
  new: string;
  old: string;
  moved: 'new' | 'both';
  /** A finding on another service that follows, on the call graph, the deviation both versions of this one share. */
  follows?: string;
}
