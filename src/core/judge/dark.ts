/**
 * A service that goes dark during the window: its traffic stops before the window ends (series absent, pods
 * deleted, scaled to zero), or stops for minutes and comes back (its caller failing before it calls, a crash
 * and restart). The window's mean can still look normal, so the longest silence is judged on its own, as
 * counts: at the learned rate λ, no request in T seconds has probability e^(−λT), and only past the longest
 * silence the service had while learning (bursty clients). Inside the window only steps whose rate was read as
 * zero are silent; at its end an absent step is too (a series that ended). Pure.
 */
import type { JudgedFinding } from '../types.js';
import { longestRun } from '../model/silence.js';
import { makeFinding, type JudgeContext } from './context.js';
import { ruleSeverity } from './severity.js';

/** e^(−7) ≈ 0.1%: a silence this unlikely at the usual rate is not chance. */
const SILENCE_EXPECTED_REQUESTS = 7;
/** A silence shorter than this share of the window is left to the window's own statistics. */
const MIN_TAIL_SHARE = 0.2;

/** Steps at the end of the window with no request (absent or zero). */
export function silentTailSteps(requests: readonly number[]): number {
  let steps = 0;
  for (let i = requests.length - 1; i >= 0 && !(requests[i] > 0); i--) steps++;
  return steps;
}

/**
 * The longest run of steps before the window's silent tail whose request rate was read as zero: a step with no
 * value (a scrape gap) is no evidence of silence.
 */
export function silentStretchSteps(requests: readonly number[], rates: ReadonlyArray<number | null>): number {
  const end = requests.length - silentTailSteps(requests);
  return longestRun(end, (i) => rates[i] === 0 && !(requests[i] > 0));
}

/** A traffic_drop when the service fell silent for a stretch of the window, and its rate makes that no chance. */
export function darkTailFinding(ctx: JudgeContext): JudgedFinding | null {
  const { requests } = ctx.series;
  const tail = silentTailSteps(requests);
  const stretch = silentStretchSteps(requests, ctx.series.values.requestRate);
  const steps = Math.max(tail, stretch);
  if (steps === 0 || steps < MIN_TAIL_SHARE * requests.length) return null;
  const rate = ctx.expectedRate ?? ctx.baseline.meanRate;
  const silentSeconds = (steps * ctx.stepMs) / 1000;
  const expectedRequests = rate * silentSeconds;
  if (!(expectedRequests >= SILENCE_EXPECTED_REQUESTS)) return null;
  // No longer than a silence this service had while learning: its clients come in bursts, not the deploy.
  const ordinary = ctx.baseline.silenceSeconds;
  if (ordinary != null && silentSeconds <= ordinary) return null;
  const score = expectedRequests / SILENCE_EXPECTED_REQUESTS;
  return makeFinding(ctx, {
    type: 'traffic_drop',
    // Past the bound the silence is not chance: a broken rule, high, critical from twice the bound.
    severity: ruleSeverity(Math.max(score, 1.5)) ?? 'high',
    detector: 'rule',
    metric: 'requestRate',
    observed: 0,
    threshold: rate,
    score,
    reason: {
      kind: 'went-dark',
      silentSeconds,
      expectedRequests,
      shareOfWindow: steps / requests.length,
      ...(stretch > tail ? { resumed: true } : {}),
    },
  });
}
