/**
 * A finding's reason in words: the judge (core/judge) says why as data, this says it to a developer.
 */
import type { FindingReason, JudgedFinding } from '../core/types.js';
import { formatMetric, METRIC_LABEL } from './units.js';

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
  }
}

/** The finding's one-line description: the metric, its value, and why it counts. */
export function describeFinding(f: JudgedFinding): string {
  return `${METRIC_LABEL[f.metric]} ${formatMetric(f.metric, f.observed)} ${describeReason(f)}`;
}
