/**
 * The time lost between the two proxies of a call. A caller's proxy times a call from its send to the answer; the
 * callee's own proxy times the same call inside the pod. Their medians differ by what the network (or the pod's
 * network, or a caller's side) adds, which is steady: learned per edge as the log of the ratio of the two medians
 * over each learning window. A window whose callers see the median grow past that, while the callee's own median
 * holds, lost the time between them: a delay every call pays shows here at once, where the edge's own median swings
 * too much (a slow, fan-out service) to cross its usual bounds. Pure.
 */
import type { EdgeBaseline } from '../baseline.js';
import { MIN_EDGE_REQUESTS } from '../model/callers-gap.js';
import { aggregateMetric, totalRequests } from '../series.js';
import type { JudgedFinding, ServiceSeries } from '../types.js';
import { round } from './context.js';
import { ruleSeverity } from './severity.js';

/** The smallest growth of the ratio judged: half again (1.5x) what it usually is… */
const MIN_LOG_EXCESS = Math.log(1.5);
/** …and this many of its learned spreads. */
const SPREADS = 4;
/** …and at least this much time (ms) lost: a few milliseconds are the network's jitter. */
const MIN_EXTRA_MS = 10;

/**
 * A latency finding on the edge when its callers' median outgrew the callee's own by more than the learned gap
 * allows, and by enough milliseconds to be more than jitter; null otherwise.
 */
export function callersGapFinding(
  edge: ServiceSeries,
  own: ServiceSeries | undefined,
  learned: EdgeBaseline,
): JudgedFinding | null {
  const gap = learned.callersGap;
  if (!gap || !own || totalRequests(edge) < MIN_EDGE_REQUESTS) return null;
  const caller = aggregateMetric(edge, 'latencyP50');
  const callee = aggregateMetric(own, 'latencyP50');
  if (!(caller != null && caller > 0 && callee != null && callee > 0)) return null;
  const expected = callee * Math.exp(gap.logMean);
  const limit = expected * Math.exp(Math.max(MIN_LOG_EXCESS, SPREADS * gap.logStd));
  if (!(caller > limit && caller - expected >= MIN_EXTRA_MS)) return null;
  const score = caller / limit;
  return {
    namespace: edge.service.namespace,
    service: edge.service.name,
    type: 'latency',
    severity: ruleSeverity(score) ?? 'high',
    detector: 'rule',
    metric: 'latencyP50',
    observed: round(caller),
    expected: round(expected),
    expectedRange: [round(expected), round(limit)],
    threshold: round(limit),
    score: round(score),
    reason: { kind: 'callers-gap', ownMs: round(callee), usualRatio: round(Math.exp(gap.logMean)) },
  };
}
