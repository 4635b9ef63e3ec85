/**
 * The daily shape of a service's traffic: the median request rate for each hour of the day (UTC), learned
 * when the learning window covers most of a day. Traffic is judged against the rate expected at that
 * hour, not the day's average, so a spike in a quiet hour and a dip at peak are both visible. Pure.
 */
import { median, significant as round } from './numbers.js';
const HOUR_MS = 3_600_000;
const DAY_HOURS = 24;

/** Hours of coverage needed before the profile is trusted over the plain mean. */
export const MIN_PROFILE_HOURS = 20;

export function learnHourlyProfile(
  rates: Array<number | null>,
  from: number,
  stepMs: number,
): number[] | null {
  const byHour: number[][] = Array.from({ length: DAY_HOURS }, () => []);
  rates.forEach((rate, i) => {
    if (rate === null || !Number.isFinite(rate)) return;
    const hour = Math.floor(((from + (i + 0.5) * stepMs) % (DAY_HOURS * HOUR_MS)) / HOUR_MS);
    byHour[hour].push(rate);
  });
  const covered = byHour.filter((r) => r.length >= (0.5 * HOUR_MS) / stepMs).length;
  if (covered < MIN_PROFILE_HOURS) return null;
  const medians = byHour.map((r) => (r.length > 0 ? median(r) : null));
  // Fill an uncovered hour from its nearest covered neighbours.
  return medians.map((m, h) => {
    if (m !== null) return round(m);
    for (let d = 1; d < DAY_HOURS; d++) {
      const near = medians[(h + d) % DAY_HOURS] ?? medians[(h - d + DAY_HOURS) % DAY_HOURS];
      if (near !== null) return round(near);
    }
    return 0;
  });
}

/** The expected rate at time t: linear between hour centres, so the expectation has no steps at the hour. */
export function expectedRateAt(profile: number[], t: number): number {
  const position = ((t % (DAY_HOURS * HOUR_MS)) / HOUR_MS - 0.5 + DAY_HOURS) % DAY_HOURS;
  const lower = Math.floor(position);
  const weight = position - lower;
  return profile[lower] * (1 - weight) + profile[(lower + 1) % DAY_HOURS] * weight;
}

/** Each step's rate as a share of what that hour expects (1 = as usual); null where there is no rate or no expectation. */
export function relativeToProfile(
  rates: Array<number | null>,
  profile: number[],
  from: number,
  stepMs: number,
): Array<number | null> {
  return rates.map((rate, i) => {
    const expected = expectedRateAt(profile, from + (i + 0.5) * stepMs);
    return rate === null || expected <= 0 ? null : rate / expected;
  });
}
