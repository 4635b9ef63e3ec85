/**
 * Two samples of counts compared: events (errors, slow requests) out of requests on one side against the other,
 * in the same minutes. Fisher's exact test fits counts of any size — rare errors and a median's half alike — and
 * needs no model of either side's rate. The hypergeometric tail comes from @stdlib: it sums the exact terms
 * outward from the mode, which a hand-written normal approximation would get wrong at 4 errors in 100. Pure.
 */
import hypergeometricCdf from '@stdlib/stats-base-dists-hypergeometric-cdf';

/**
 * Tables larger than this are scaled down before testing, proportions kept: the tail's cost grows with the
 * requests, and at this size any difference worth a finding is already far beyond chance.
 */
const MAX_TABLE = 200_000;

/**
 * One-sided Fisher exact test: the chance that the first side holds `events` or more of both sides' events if
 * both had the same rate (conditional on the margins). Counts read from rates may be fractional: rounded.
 */
export function fisherUpperTail(
  events: number,
  requests: number,
  otherEvents: number,
  otherRequests: number,
): number {
  let a = Math.max(0, events);
  let n1 = Math.max(a, requests);
  let c = Math.max(0, otherEvents);
  let n0 = Math.max(c, otherRequests);
  const total = n1 + n0;
  if (total > MAX_TABLE) {
    const scale = MAX_TABLE / total;
    [a, n1, c, n0] = [a * scale, n1 * scale, c * scale, n0 * scale];
  }
  [a, n1, c, n0] = [Math.round(a), Math.round(n1), Math.round(c), Math.round(n0)];
  a = Math.min(a, n1);
  c = Math.min(c, n0);
  const N = n1 + n0;
  const K = a + c;
  if (a === 0 || K === 0 || n1 === 0) return 1;
  // X ≥ a on the first side ⇔ its requests without the event, n1 − X, are ≤ n1 − a; that count is
  // hypergeometric over the N − K requests without it. Summing this lower tail avoids 1 − (something near 1).
  const p = hypergeometricCdf(n1 - a, N, N - K, n1);
  return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 1;
}

/** The standard normal upper tail P(Z ≥ z) (Abramowitz–Stegun 7.1.26 through erfc; error < 1.5e-7 absolute). */
function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc =
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
    t *
    Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/**
 * The Cochran–Mantel–Haenszel test, one-sided, over strata (the window's steps): each stratum's first-side events
 * against what its own margins expect, summed. Both versions of a step share that step's conditions (its load, its
 * latency level), so a level that moves from step to step — more on one side in the steps where its share was
 * higher — is not read as a difference between the sides, as one pooled table would read it. Normal approximation
 * with a continuity correction; 1 when no stratum holds information.
 */
export function stratifiedUpperTail(
  strata: ReadonlyArray<{ events: number; requests: number; otherEvents: number; otherRequests: number }>,
): number {
  let observed = 0;
  let expected = 0;
  let variance = 0;
  for (const s of strata) {
    const n = s.requests + s.otherRequests;
    const k = s.events + s.otherEvents;
    if (!(s.requests > 0) || !(s.otherRequests > 0) || !(k > 0) || !(n > 1)) continue;
    observed += s.events;
    expected += (s.requests * k) / n;
    variance += (s.requests * s.otherRequests * k * Math.max(0, n - k)) / (n * n * (n - 1));
  }
  if (!(variance > 0)) return observed > expected ? 0 : 1;
  return normalUpperTail((observed - expected - 0.5) / Math.sqrt(variance));
}
