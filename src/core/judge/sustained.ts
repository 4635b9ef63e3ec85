/**
 * Did the deviation last? A regression a deploy brings stays; a client's burst, a GC pause or a pod restart is
 * over within a minute or two. The scan window is cut into a few slices; a finding whose metric sat at least
 * half-way to its observed level in fewer than most of them is transient (Flagger's idea of failed checks in a
 * row, inside one window). Latency deviates by factors (rules and floors speak in them) and one slice of a heavy
 * tail can hold most of a window's p99, so its half-way is the geometric mean of expected and observed: a p99 of
 * 25 s against 90 ms holds in a slice at 1.5 s, not only in one at 12.5 s. Pure.
 */
import { aggregateMetric } from '../series.js';
import type { JudgedFinding, MetricName, ServiceSeries } from '../types.js';

const SLICES = 3;
/** A slice holds the deviation when its level is at least this share of the way from expected to observed. */
const HOLD_SHARE = 0.5;
/** Slices (of SLICES) that must hold. */
const MUST_HOLD = 2;

const BY_FACTORS: ReadonlySet<MetricName> = new Set<MetricName>(['latencyP50', 'latencyP90', 'latencyP99']);
/** The factor past which a latency deviation's half-way is geometric. */
const FAR_FACTOR = 4;

/** How far `level` went from `expected` towards `observed` (1: all the way), by factors where the metric moves by them. */
function shareOfTheWay(metric: MetricName, expected: number, observed: number, level: number): number {
  if (BY_FACTORS.has(metric) && expected > 0 && observed >= FAR_FACTOR * expected && level > 0)
    return Math.log(level / expected) / Math.log(observed / expected);
  return (level - expected) / (observed - expected);
}

/** Where slice i of a window of `steps` starts (slice SLICES: the window's end). */
const sliceStart = (i: number, steps: number) => Math.floor((i * steps) / SLICES);

/** The spans [start, end) of MUST_HOLD consecutive slices of a window of `steps`: what a deviation that lasts fills. */
export function lastingSpans(steps: number): Array<[number, number]> {
  if (steps < SLICES) return [];
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + MUST_HOLD <= SLICES; i++)
    spans.push([sliceStart(i, steps), sliceStart(i + MUST_HOLD, steps)]);
  return spans;
}

/** False when the finding's deviation held in fewer than MUST_HOLD of the window's slices. */
export function sustained(finding: JudgedFinding, series: ServiceSeries): boolean {
  // A silent tail is judged on its own length; counts on a quiet service have no slices to spare.
  if (finding.reason.kind === 'went-dark' || finding.reason.kind === 'event-count') return true;
  const steps = series.requests.length;
  if (steps < SLICES) return true;
  const deviation = finding.observed - finding.expected;
  if (deviation === 0) return true;
  let held = 0;
  let judged = 0;
  for (let i = 0; i < SLICES; i++) {
    const level = aggregateMetric(series, finding.metric, sliceStart(i, steps), sliceStart(i + 1, steps));
    if (level === null) continue;
    judged++;
    if (shareOfTheWay(finding.metric, finding.expected, finding.observed, level) >= HOLD_SHARE) held++;
  }
  return judged < MUST_HOLD || held >= MUST_HOLD;
}
