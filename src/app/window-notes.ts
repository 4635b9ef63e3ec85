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

/** The last step with a request in a service's series, or -1. */
export function lastRequestStep(series: ServiceSeries): number {
  for (let i = series.requests.length - 1; i >= 0; i--) if (series.requests[i] > 0) return i;
  return -1;
}

/** Where requests were seen: the earliest and latest steps any service had one (-1 for none). */
export interface RequestSpan {
  first: number;
  last: number;
}

/** More than a tenth (and more than 5 minutes) of a window without a single request anywhere: no history there. */
function missing(askedMs: number, absentMs: number): boolean {
  return absentMs > Math.max(0.1 * askedMs, 5 * 60_000);
}

/**
 * The window learn actually read: the one asked, or — where the source held data for only part of it — its first
 * to its last sample, so `learn --from -24h` on 6 h of data says 6 h, not a day it never had.
 */
export function readWindow(
  collected: Pick<CollectedMetrics, 'from' | 'to' | 'stepMs'>,
  span: RequestSpan,
): { from: number; to: number; partOfAsked: boolean } {
  const { from, to, stepMs } = collected;
  if (span.first < 0) return { from, to, partOfAsked: false };
  const firstAt = from + span.first * stepMs;
  const lastAt = Math.min(to, from + span.last * stepMs);
  const asked = to - from;
  // Once part of the window is missing, both ends are the data's: a window is said as read, or as asked.
  if (!missing(asked, firstAt - from) && !missing(asked, to - lastAt))
    return { from, to, partOfAsked: false };
  return { from: firstAt, to: lastAt, partOfAsked: true };
}

/**
 * The learn window's warnings; `span` is where any service had a request (firstRequestStep / lastRequestStep over
 * every series): the series themselves are not kept while learning.
 */
export function learnWarnings(collected: Omit<CollectedMetrics, 'services'>, span: RequestSpan): string[] {
  const warnings: string[] = [];
  const askedMs = collected.to - collected.from;
  const read = readWindow(collected, span);
  const heldMs = span.first < 0 ? 0 : read.to - read.from;
  if (read.partOfAsked) {
    warnings.push(
      `the source holds only ${formatSpan(heldMs)} of the ${formatSpan(askedMs)} asked (data from ${new Date(read.from).toISOString()} ` +
        `to ${new Date(read.to).toISOString()}): the baseline is learned from that`,
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
