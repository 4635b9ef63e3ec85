/**
 * Rollouts in words: the new version against the old in the same minutes ("v2 vs v1: errors 4.1% vs 0.1% (410 of
 * 10,000 vs 12 of 40,000)"), why a version was taken as new, what both versions share, and a rollout too young to
 * judge ("v2 has 40 requests so far; at least 100 needed"). The core says it as data; this says it to a developer.
 */
import {
  SIGNALS_BY_CALLERS,
  type NewVersionBasis,
  type ReportRollout,
  type RolloutComparison,
  type RolloutSignal,
  type SharedDeviation,
} from '../core/rollout-types.js';
import { formatMetric, METRIC_LABEL } from './units.js';

export const SIGNAL_LABEL: Record<RolloutSignal, string> = {
  errors: 'errors',
  timeouts: 'timeouts',
  retries: 'retries',
  overflows: 'overflows',
  latencyP50: 'median latency',
  latencyP99: 'p99 latency',
  callersLatencyP50: "median latency as its callers' proxies see it",
  callersLatencyP99: "p99 latency as its callers' proxies see it",
};

/** 10,000: counts read from rates are whole requests to a reader. */
export function requestCount(n: number): string {
  return Math.round(n).toLocaleString('en');
}

function percent(share: number): string {
  return formatMetric('errorRatio', share);
}

/**
 * One comparison in words. Counts: "errors 4.1% vs 0.1% (410 of 10,000 vs 12 of 40,000)". Latency: "p99 latency
 * 390 ms vs 240 ms (5.9% vs 1% of requests slower than v1's 240 ms: 590 of 10,000 vs 400 of 40,000)".
 */
export function describeComparison(
  c: Pick<RolloutComparison, 'signal' | 'metric' | 'new' | 'old' | 'thresholdMs'>,
  oldVersion: string,
): string {
  const label = SIGNAL_LABEL[c.signal];
  const counts = `${requestCount(c.new.events)} of ${requestCount(c.new.requests)} vs ${requestCount(c.old.events)} of ${requestCount(c.old.requests)}`;
  if (c.thresholdMs === undefined)
    return `${label} ${formatMetric(c.metric, c.new.value)} vs ${formatMetric(c.metric, c.old.value)} (${counts})`;
  const share = (side: { events: number; requests: number }) =>
    percent(side.requests > 0 ? side.events / side.requests : 0);
  return (
    `${label} ${formatMetric(c.metric, c.new.value)} vs ${formatMetric(c.metric, c.old.value)} ` +
    `(${share(c.new)} vs ${share(c.old)} of requests slower than ${oldVersion}'s ${formatMetric(c.metric, c.thresholdMs)}: ${counts})`
  );
}

/** Why this version was taken as the new one. */
export function describeBasis(basis: NewVersionBasis, newVersion: string, minutes: number | null): string {
  switch (basis) {
    case 'given':
      return `${newVersion} is the new version as given`;
    case 'unseen-before':
      return `${newVersion} is new: it served no request in the ${minutes ?? 30} minutes before the deploy`;
    case 'started-later':
      return `${newVersion} is new: its requests began later in the window`;
    case 'version-order':
      return `${newVersion} is taken as new because it sorts last (nothing in the data tells; give --new-version to say)`;
  }
}

/** "p99 latency 330 ms (v2) and 310 ms (v1) against 180 ms usual". */
export function describeShared(s: SharedDeviation, newVersion: string, oldVersion: string): string {
  return (
    `${METRIC_LABEL[s.metric]} ${formatMetric(s.metric, s.new)} (${newVersion}) and ${formatMetric(s.metric, s.old)} ` +
    `(${oldVersion}) against ${formatMetric(s.metric, s.expected)} usual`
  );
}

/**
 * The rollout's one sentence: what was found, or why nothing could be yet; and, when the new version was only
 * guessed from the names, that it was (the reader can then name it).
 */
export function describeRollout(r: Omit<ReportRollout, 'reason'>): string {
  const guessed = r.basis === 'version-order' ? `; ${describeBasis(r.basis, r.new.version, null)}` : '';
  return verdictSentence(r) + guessed;
}

function verdictSentence(r: Omit<ReportRollout, 'reason'>): string {
  const [fresh, old] = [r.new.version, r.old.version];
  const head = `${fresh} vs ${old} (${percent(r.new.share)} of the requests)`;
  const ownWorse = (metric: string) =>
    r.signals.some((c) => c.verdict === 'worse' && !SIGNALS_BY_CALLERS.has(c.signal) && c.metric === metric);
  // Worse as its callers see it, where its own proxies see it worse too, says nothing more.
  const worse = r.signals.filter(
    (c) => c.verdict === 'worse' && !(SIGNALS_BY_CALLERS.has(c.signal) && ownWorse(c.metric)),
  );
  if (worse.length > 0)
    return `${head}: ${fresh} is worse — ${worse.map((c) => describeComparison(c, old)).join('; ')}`;
  const shared =
    r.shared.length > 0
      ? `; both versions moved alike, not the new version's doing: ${r.shared.map((s) => describeShared(s, fresh, old)).join('; ')}`
      : '';
  if (r.verdict === 'insufficient') {
    const short = r.new.requests < r.minRequests ? r.new : r.old;
    return `${head}: ${short.version} has ${requestCount(short.requests)} requests so far; at least ${requestCount(r.minRequests)} needed${shared}`;
  }
  const compared = r.signals.filter((c) => c.verdict !== 'too-few');
  const byCallers = compared.filter((c) => SIGNALS_BY_CALLERS.has(c.signal));
  const judged = [
    ...compared.filter((c) => !SIGNALS_BY_CALLERS.has(c.signal)).map((c) => SIGNAL_LABEL[c.signal]),
    ...(byCallers.length === SIGNALS_BY_CALLERS.size
      ? ["latency as its callers' proxies see it"]
      : byCallers.map((c) => SIGNAL_LABEL[c.signal])),
  ];
  return `${head}: no worse than ${old}${judged.length > 0 ? ` on ${judged.join(', ')}` : ''}${shared}`;
}

/** A finding both versions share (or one that follows such a service), in words appended to its description. */
export function bothVersionsNote(rollout: { new: string; old: string; follows?: string }): string {
  if (rollout.follows)
    return `; follows ${rollout.follows}, whose ${rollout.new} and ${rollout.old} moved alike: not the new version's doing, not gating`;
  return `; ${rollout.new} and ${rollout.old} alike: not the new version's doing (a dependency or the load), not gating`;
}
