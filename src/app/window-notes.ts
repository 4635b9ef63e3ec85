/**
 * What a user should know about the window they asked for: learn warns when the source held less history than
 * asked or when the window is too short for the hour-of-day traffic profile; a scan says when its window was
 * raised to the model's. Pure: the pipeline prints them.
 */
import { MIN_PROFILE_HOURS } from '../core/traffic-profile.js';
import type { CollectedMetrics, ServiceSeries } from '../core/types.js';

const HOUR_MS = 3_600_000;

/** A duration as people write it: 90s, 2m, 1h30m, 24h. */
export function formatSpan(ms: number): string {
  const totalMinutes = Math.round(ms / 60_000);
  if (ms < 60_000) return `${Math.round(ms / 1000)}s`;
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  return h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h${m}m`;
}

/** The first step with a request in a service's series, or -1. */
export function firstRequestStep(series: ServiceSeries): number {
  return series.requests.findIndex((requests) => requests > 0);
}

/**
 * The learn window's warnings; `first` is the earliest step any service had a request (firstRequestStep over
 * every series, -1 for none): the series themselves are not kept while learning.
 */
export function learnWarnings(collected: Omit<CollectedMetrics, 'services'>, first: number): string[] {
  const warnings: string[] = [];
  const askedMs = collected.to - collected.from;
  const heldMs = first < 0 ? 0 : collected.to - (collected.from + first * collected.stepMs);
  // More than a tenth (and more than 5 minutes) of the window without a single request anywhere: no history there.
  if (first >= 0 && askedMs - heldMs > Math.max(0.1 * askedMs, 5 * 60_000)) {
    warnings.push(
      `the source holds only ${formatSpan(heldMs)} of the ${formatSpan(askedMs)} asked (nothing before ${new Date(
        collected.from + first * collected.stepMs,
      ).toISOString()}): the baseline is learned from that`,
    );
  }
  const learnedMs = Math.min(heldMs || askedMs, askedMs);
  if (learnedMs < MIN_PROFILE_HOURS * HOUR_MS) {
    warnings.push(
      `${formatSpan(learnedMs)} of history is too short for the hour-of-day traffic profile (it needs ${MIN_PROFILE_HOURS}h): ` +
        `traffic is judged against the window's mean, so a normal daily swing may read as a spike or a drop; learn 24h for it`,
    );
  }
  return warnings;
}

/** A scan shorter than the model's window is raised to it, and says so. */
export function scanWindowNote(askedMs: number, featureWindowMs: number): string | null {
  if (askedMs >= featureWindowMs) return null;
  return `scanned ${formatSpan(featureWindowMs)}, not the ${formatSpan(askedMs)} asked: the model judges ${formatSpan(featureWindowMs)} windows, the shortest scan it can judge`;
}
