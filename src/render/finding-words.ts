/**
 * A finding's reason in words: the judge (core/judge) says why as data, this says it to a developer.
 */
import type { FindingReason, JudgedFinding, MetricName } from '../core/types.js';
import { formatAge, formatMetric, METRIC_LABEL } from './units.js';
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
      return `is ${r.direction} ${r.factor}x the ${formatMetric('requestRate', r.expectedRate)} ${usual}`;
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
      return `is above the ${formatMetric('latencyP99', r.high)} its windows reached in training`;
    case 'latency-factor':
      return `is above ${r.factor}x its baseline ${formatMetric('latencyP99', r.baseline)}`;
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
      return `for the last ${formatAge(r.silentSeconds)} of the window (${Math.round(100 * r.shareOfWindow)}%), where about ${Math.round(r.expectedRequests)} requests were expected: the service went dark`;
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

/**
 * The finding's one-line description. A rule: the metric, its value and the rule it broke. The model:
 * what moved in the metric's units ("p99 latency 229 ms, normal 70–90 ms, 2.6x: unlike every normal mode").
 */
export function describeFinding(f: JudgedFinding): string {
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
  const [lo, hi] = f.expectedRange;
  const normal = formatRange(f.metric, lo, hi);
  return `${label} ${formatMetric(f.metric, f.observed)}, normal ${normal}${times(f.observed, f.expected)}: ${modelObjection(f.reason)}${short}`;
}
