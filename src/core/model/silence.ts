/**
 * How long a service may go without a request as a matter of course, learned from its own traffic. Pure.
 */

/** With at least this many silences seen while learning, the longest one is set aside as a possible outage. */
const SILENCES_FOR_OUTLIER = 10;

/**
 * The longest silence that is ordinary for this service (seconds): the silent runs between requests seen
 * while learning, the longest set aside when there were many (one outage while learning must not blind the
 * check). Bursty clients leave minutes of silence that a Poisson rate calls impossible. Runs touching the
 * window's edges are cut short and not counted. Null without any silence.
 */
export function ordinarySilenceSeconds(requests: readonly number[], stepMs: number): number | null {
  const runs: number[] = [];
  let run = 0;
  let seenTraffic = false;
  for (const n of requests) {
    if (n > 0) {
      if (seenTraffic && run > 0) runs.push(run);
      seenTraffic = true;
      run = 0;
    } else run++;
  }
  if (runs.length === 0) return null;
  runs.sort((a, b) => b - a);
  const longest = runs.length >= SILENCES_FOR_OUTLIER ? runs[1] : runs[0];
  return (longest * stepMs) / 1000;
}

/** The longest run of consecutive steps, of `steps`, where `silentAt` holds. */
export function longestRun(steps: number, silentAt: (step: number) => boolean): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < steps; i++) {
    run = silentAt(i) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}
