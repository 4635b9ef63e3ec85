/**
 * A finding's reason in words: the judge (core/judge) says why as data, this says it to a developer.
 */
import type { Finding, FindingReason, JudgedFinding, MetricName } from '../core/types.js';
import { formatAge, formatMetric, LATENCY_METRICS, METRIC_LABEL, trimNumber } from './units.js';
import { OTHER_CALLERS, OUTSIDE_CALLERS, OWN_CALLS } from '../core/edges.js';
import { bothVersionsNote, describeComparison } from './rollout.js';

function pct(v: number): string {
  return formatMetric('errorRatio', v);
}

/** "is above the 5% limit", "is over 5x its usual 0.2% (z = 40 over 1200 requests)", … */
export function describeReason(f: Pick<JudgedFinding, 'metric'> & { reason: FindingReason }): string {
  const r = f.reason;
  switch (r.kind) {
    case 'traffic-band': {
      const usual = r.basis === 'hour-of-day' ? 'expected at this hour' : 'baseline mean';
      const over = r.overSeconds !== undefined ? ` for ${formatAge(r.overSeconds)} of the window` : '';
      return `is ${r.direction} ${r.factor}x the ${formatMetric('requestRate', r.expectedRate)} ${usual}${over}`;
    }
    case 'ratio-limit':
      return `is above the ${pct(r.limit)} limit`;
    case 'ratio-relative':
      return `is over ${r.factor}x its usual ${pct(r.usual)} (z = ${r.z.toFixed(0)} over ${Math.round(r.requests)} requests)`;
    case 'latency-bound':
      return `is above the ${r.limitMs} ms bound`;
    case 'event-count':
      return `is ${r.events} in ${r.requests} requests where ${pct(r.usual)} is usual (chance ${r.chance < 1e-6 ? 'under 1 in a million' : `1 in ${Math.round(1 / r.chance).toLocaleString('en')}`})`;
    case 'latency-range':
      return `is above the ${formatMetric('latencyP99', r.high)} its windows reached ${r.learnedFrom === 'reference' ? 'before the deploy' : 'in training'}`;
    case 'latency-factor':
      return `is above ${r.factor}x its ${r.learnedFrom === 'reference' ? 'level before the deploy,' : 'baseline'} ${formatMetric('latencyP99', r.baseline)}`;
    case 'mode-distance': {
      const change =
        r.feature === 'mean'
          ? 'is unlike every normal mode learned'
          : `has an unusual ${r.feature === 'stddev' ? 'spread' : r.feature}`;
      return `${change} (distance ${r.distance.toFixed(1)} vs threshold ${r.threshold.toFixed(1)} for mode ${r.mode} of ${r.modes})`;
    }
    case 'envelope':
      return `is ${r.side} the range its window means kept in training (bound ${formatMetric(f.metric, r.bound)})`;
    case 'went-dark':
      return r.resumed
        ? `for ${formatAge(r.silentSeconds)} of the window (${Math.round(100 * r.shareOfWindow)}%), where about ${Math.round(r.expectedRequests)} requests were expected, before its traffic came back: the service went dark`
        : `for the last ${formatAge(r.silentSeconds)} of the window (${Math.round(100 * r.shareOfWindow)}%), where about ${Math.round(r.expectedRequests)} requests were expected: the service went dark`;
    case 'callers-gap':
      return `against its own proxy's ${formatMetric(f.metric, r.ownMs)} for the same calls, where the two medians are usually ${trimNumber(r.usualRatio, 2)}x apart`;
    case 'version-regression':
      return `against ${r.oldVersion} in the same minutes (one-sided Fisher p = ${r.pValue.toPrecision(2)})`;
  }
}

/** Why the model objects, in a few words (the distances stay in the report's `reason`). */
function modelObjection(r: FindingReason): string {
  if (r.kind === 'envelope') return `${r.side} the range its window means kept in training`;
  if (r.kind === 'mode-distance' && r.feature !== 'mean')
    return `unusual ${r.feature === 'stddev' ? 'spread' : r.feature} (mode ${r.mode} of ${r.modes})`;
  if (r.kind === 'mode-distance' && r.joint)
    return `with the other signals, unlike ${r.modes === 1 ? 'its learned operating state' : `all ${r.modes} operating states learned`}`;
  if (r.kind === 'mode-distance')
    return r.modes === 1
      ? 'unlike its learned normal behaviour'
      : `unlike all ${r.modes} normal modes learned`;
  return describeReason({ metric: 'requestRate', reason: r });
}

/** "70–90 ms": the unit once. */
function formatRange(metric: MetricName, lo: number, hi: number): string {
  const [low, high] = [formatMetric(metric, lo), formatMetric(metric, hi)];
  if (low === high) return low;
  const unit = / ms$|%$|\/s$/.exec(high)?.[0];
  return `${unit && low.endsWith(unit) ? low.slice(0, -unit.length) : low}–${high}`;
}

/** "2.6x", "0.4x": how far the value moved from its usual level; empty without one. */
function times(observed: number, usual: number): string {
  if (!(usual > 0) || !Number.isFinite(observed)) return '';
  const x = observed / usual;
  return `, ${x >= 10 ? x.toFixed(0) : x.toFixed(1)}x`;
}

/** Who saw it, for a finding of the caller's view: "shop/checkout sees it", "its other callers see it". */
function seenBy(caller: string): string {
  if (caller === OWN_CALLS) return 'its own proxy sees its calls to others';
  if (caller === OUTSIDE_CALLERS) return 'its callers from outside the mesh see it';
  if (caller === OTHER_CALLERS) return 'its other callers see it';
  return `${caller} sees it`;
}

/**
 * What the service's own proxy saw, for a finding only its callers' proxies saw: its own time unchanged means
 * the time went between them; retries and circuit breaking are the callers' proxies' own doing.
 */
function ownView(f: JudgedFinding): string {
  const own = f.ownObserved;
  if (f.metric === 'retryRatio' || f.metric === 'overflowRatio')
    return `; ${f.metric === 'retryRatio' ? 'retries' : 'circuit breaking'} happen in the callers' proxies, where only they are seen`;
  if (f.caller === OWN_CALLS)
    return `; its callees answer in their usual time to their other callers: the time goes on ${f.service}'s side — its pod's network`;
  if (own === undefined || own === null) return `; ${f.service}'s own proxy has no value to compare`;
  const label = METRIC_LABEL[f.metric];
  return `; ${f.service}'s own ${label} is ${formatMetric(f.metric, own)}${whereTheTimeWent(f, own)}`;
}

/**
 * Where the callers' extra time went: between the proxies when the gap between their view and the service's own
 * is at least half of how far the callers' view is from its usual; its own work when the service's own time rose
 * by more (a quiet service's own p90 doubling, its callers seeing that and a little more).
 */
function whereTheTimeWent(f: JudgedFinding, own: number): string {
  if (!LATENCY_METRICS.includes(f.metric) || !(own < f.observed)) return '';
  // A report read back holds no expectation as NaN: then the gap alone speaks, as it did before.
  const deviation = Number.isFinite(f.expected) ? f.observed - f.expected : 0;
  return f.observed - own >= 0.5 * deviation
    ? `: the time goes between them — the network or the pod's network`
    : ': most of the added time is its own';
}

/** One signal of a joint state in its units: "p50 latency 37 ms", "traffic 0.6x its hour's usual". */
function stateValue(metric: MetricName, value: number, relativeTraffic: boolean): string {
  if (metric === 'requestRate')
    return relativeTraffic
      ? `traffic ${trimNumber(value, value < 10 ? 1 : 0)}x its hour's usual`
      : `traffic ${formatMetric(metric, value)}`;
  return `${METRIC_LABEL[metric]} ${formatMetric(metric, value)}`;
}

/**
 * The joint model's finding: every signal may sit inside its own range, so what is unusual is the pair, said in
 * units ("p50 latency 37 ms with traffic 0.4x its hour's usual: no learned operating state had these together;
 * the nearest had p50 latency 34 ms with traffic 1x its hour's usual").
 */
function describeCombination(f: JudgedFinding, short: string): string | null {
  const r = f.reason;
  if (r.kind !== 'mode-distance' || !r.joint || !r.combination || r.combination.length < 2) return null;
  const [own, other] = r.combination;
  const relative = r.relativeTraffic === true;
  const [lo, hi] = f.expectedRange;
  const inside = f.observed >= lo && f.observed <= hi;
  const normal = `${inside ? 'inside its' : 'normal'} ${formatRange(f.metric, lo, hi)}${inside ? ' normal' : ''}`;
  return (
    `${METRIC_LABEL[f.metric]} ${formatMetric(f.metric, f.observed)} (${normal}) with ${stateValue(other.metric, other.window, relative)}: ` +
    `no learned operating state had these together; the nearest had ${stateValue(own.metric, own.nearest, relative)} ` +
    `with ${stateValue(other.metric, other.nearest, relative)}${short}`
  );
}

/**
 * The finding's one-line description. A rule: the metric, its value and the rule it broke. The model:
 * what moved in the metric's units ("p99 latency 229 ms, normal 70–90 ms, 2.6x: unlike every normal mode").
 * A finding of the caller's view says who saw it and what the service's own proxy saw.
 */
export function describeFinding(f: JudgedFinding): string {
  if (f.caller !== undefined) {
    const { caller, ...own } = f;
    return `as ${seenBy(caller)}: ${describeFinding(own)}${ownView(f)}`;
  }
  const short =
    (f.sustained === false ? '; short-lived: it did not last through the window' : '') +
    (f.rollout?.moved === 'both' ? bothVersionsNote(f.rollout) : '');
  const label = METRIC_LABEL[f.metric];
  if (f.reason.kind === 'version-regression') {
    const r = f.reason;
    const comparison = describeComparison(
      {
        signal: r.signal,
        metric: f.metric,
        new: { events: r.newEvents, requests: r.newRequests, value: f.observed },
        old: { events: r.oldEvents, requests: r.oldRequests, value: f.expected },
        ...(r.thresholdMs !== undefined ? { thresholdMs: r.thresholdMs } : {}),
      },
      r.oldVersion,
    );
    const chance =
      r.pValue < 1e-6 ? 'under 1 in a million' : `1 in ${Math.round(1 / r.pValue).toLocaleString('en')}`;
    return `${r.newVersion} vs ${r.oldVersion}: ${comparison}; by chance ${chance}${short}`;
  }
  if (f.detector === 'rule')
    return `${label} ${formatMetric(f.metric, f.observed)} ${describeReason(f)}${short}`;
  const combination = describeCombination(f, short);
  if (combination) return combination;
  const [lo, hi] = f.expectedRange;
  const normal = formatRange(f.metric, lo, hi);
  return `${label} ${formatMetric(f.metric, f.observed)}, normal ${normal}${times(f.observed, f.expected)}: ${modelObjection(f.reason)}${short}`;
}

/**
 * A finding's threshold in the metric's units: a rule's limit, or the bound of the range a model's window means
 * kept. Null where the model judged a distance in its scaled feature space, which has no unit to show.
 */
export function thresholdInUnits(
  f: Pick<Finding, 'detector' | 'metric' | 'threshold' | 'reason'>,
): string | null {
  if (f.detector === 'rule') return formatMetric(f.metric, f.threshold);
  if (f.reason?.kind === 'envelope') return formatMetric(f.metric, f.reason.bound);
  return null;
}

/** The model's internals, for --verbose and the JSON: its distance against its threshold, and the score. */
export function modelInternals(f: Pick<Finding, 'detector' | 'threshold' | 'score' | 'reason'>): string {
  const r = f.reason;
  const distance =
    r?.kind === 'mode-distance'
      ? `model distance ${trimNumber(r.distance, 2)} (threshold ${trimNumber(r.threshold, 2)}, mode ${r.mode} of ${r.modes})`
      : f.detector === 'model'
        ? `model threshold ${trimNumber(f.threshold, 2)}`
        : null;
  return [distance, `score ${trimNumber(f.score, 2)}`].filter(Boolean).join(' · ');
}
