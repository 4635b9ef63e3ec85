/**
 * What every judge of one service's window shares: the series, its baseline, the settings, the window's
 * aggregates and expected rate, and how a finding is built from them. Pure.
 */
import type { ServiceBaseline } from '../baseline.js';
import type { Config } from '../settings.js';
import { expectedRateAt } from '../traffic-profile.js';
import {
  REQUEST_SHARES,
  type FindingReason,
  type JudgedFinding,
  type MetricName,
  type ServiceSeries,
} from '../types.js';
import { significant } from '../numbers.js';

export interface JudgeContext {
  series: ServiceSeries;
  baseline: ServiceBaseline;
  config: Config;
  observed: Partial<Record<MetricName, number | null>>;
  /** The request rate this window should have: the hour-of-day profile when learned, else the mean. */
  expectedRate: number | null;
  /** Start of the scan window, when known: the traffic profile needs the time of day. */
  from?: number;
  stepMs: number;
  /** Steps in the windows the baseline's statistics were learned over (its feature window), when known. */
  windowSteps?: number;
  /** The baseline is the half hour before the deploy's latency alone (judge/recent.ts): no model judges it. */
  fromReference?: boolean;
}

/** Traffic is judged against the hour-of-day profile: the baseline learned one and the window's time is known. */
export function judgedByHour(ctx: Pick<JudgeContext, 'baseline' | 'from'>): boolean {
  return ctx.baseline.hourlyRate != null && ctx.from !== undefined;
}

/** The envelope of the traffic's window means relative to their hour, when traffic is judged by the hour. */
export function hourEnvelope(ctx: Pick<JudgeContext, 'baseline' | 'from'>) {
  const model = ctx.baseline.models.traffic;
  return judgedByHour(ctx) && model?.relativeToProfile ? model.envelope?.[0] : undefined;
}

/** The rate the baseline expects over this series' steps. */
export function expectedRequestRate(
  baseline: ServiceBaseline,
  steps: number,
  stepMs: number,
  from?: number,
): number | null {
  if (baseline.hourlyRate && from !== undefined && steps > 0) {
    let sum = 0;
    for (let i = 0; i < steps; i++) sum += expectedRateAt(baseline.hourlyRate, from + (i + 0.5) * stepMs);
    return sum / steps;
  }
  return baseline.metrics.requestRate?.mean ?? null;
}

/** Six significant digits: findings stay readable and byte-stable. */
export const round = (x: number): number => significant(x);

/** A finding with the baseline's expectation for its metric filled in, its figures rounded. */
export function makeFinding(
  ctx: JudgeContext,
  fields: Omit<JudgedFinding, 'namespace' | 'service' | 'expected' | 'expectedRange'>,
): JudgedFinding {
  const stats = ctx.baseline.metrics[fields.metric];
  // Traffic is judged against the rate expected now (the hour-of-day profile), not the day's mean: so is its
  // finding's expectation, which the onset, the lasting check and the origins measure the deviation from.
  const expected =
    fields.metric === 'requestRate' && ctx.expectedRate != null ? ctx.expectedRate : (stats?.mean ?? 0);
  // A ratio is a share of requests: whatever a source or a count made of it, no finding reports more than 100%.
  const observed = REQUEST_SHARES.has(fields.metric) ? Math.min(1, fields.observed) : fields.observed;
  return {
    namespace: ctx.series.service.namespace,
    service: ctx.series.service.name,
    ...fields,
    observed: round(observed),
    expected: round(expected),
    expectedRange: hourRange(ctx, fields.metric, expected) ?? [
      round(stats?.p5 ?? expected),
      round(stats?.p95 ?? expected),
    ],
    threshold: round(fields.threshold),
    score: round(fields.score),
    reason: roundReason(fields.reason),
  };
}

/**
 * Traffic judged against the hour-of-day profile: its normal range is where its windows kept relative to their
 * hour's rate (p5–p95), at this hour's rate; the day's range spans the daily swing. Null otherwise (and for a
 * baseline learned before the range was kept).
 */
function hourRange(ctx: JudgeContext, metric: MetricName, expected: number): [number, number] | null {
  if (metric !== 'requestRate' || ctx.expectedRate == null) return null;
  const envelope = hourEnvelope(ctx);
  if (envelope?.p5 === undefined || envelope.p95 === undefined) return null;
  return [round(envelope.p5 * expected), round(envelope.p95 * expected)];
}

/**
 * A latency finding judged against the half hour before the deploy (judge/recent.ts) says so: its usual level was
 * not the baseline's.
 */
export function learnedFromReference(finding: JudgedFinding): JudgedFinding {
  const r = finding.reason;
  return r.kind === 'latency-factor' || r.kind === 'latency-range'
    ? { ...finding, reason: { ...r, learnedFrom: 'reference' } }
    : finding;
}

function roundReason(reason: FindingReason): FindingReason {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(reason))
    out[key] = typeof value === 'number' ? round(value) : value;
  return out as FindingReason;
}
