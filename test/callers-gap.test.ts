/**
 * The time lost between the two proxies of a call, with known answers: the usual gap between a caller's median and
 * the callee's own is learned per edge; a window where the callers' median outgrew the callee's own by more than
 * that is a finding, worded as time lost on the way; a callee slow on its own (both medians up) is not.
 */
import { describe, expect, test } from '@jest/globals';
import type { EdgeBaseline } from '../src/core/baseline.js';
import { callersGapFinding } from '../src/core/judge/callers-gap.js';
import { learnCallersGap } from '../src/core/model/callers-gap.js';
import { withCallersGap } from '../src/core/judge/edges.js';
import { METRIC_NAMES, type JudgedFinding, type ServiceSeries } from '../src/core/types.js';
import { describeFinding } from '../src/render/finding-words.js';

/** A series of one p50 per step (no buckets: a window's p50 is its steps' mean), `perStep` requests each. */
function series(name: string, p50s: number[], perStep = 10): ServiceSeries {
  const values = Object.fromEntries(
    METRIC_NAMES.map((m) => [m, p50s.map(() => 0)]),
  ) as ServiceSeries['values'];
  values.latencyP50 = [...p50s];
  values.requestRate = p50s.map(() => perStep / 60);
  return {
    service: { namespace: 'shop', name },
    requests: p50s.map(() => perStep),
    values,
    unavailable: [],
  };
}

/** 60 steps where the callee's own median swings 150–300 ms and its caller's is always 10% above it. */
const own = Array.from({ length: 60 }, (_, i) => 150 + (150 * ((i * 7) % 10)) / 10);
const learned = learnCallersGap(
  series(
    'checkout-edge',
    own.map((v) => v * 1.1),
  ),
  series('checkout', own),
  5,
)!;

const baseline = { callersGap: learned } as unknown as EdgeBaseline;

describe('the gap between the proxies', () => {
  test('is learned as the log of the two medians’ ratio, steady however much the median swings', () => {
    expect(learned.logMean).toBeCloseTo(Math.log(1.1), 6);
    expect(learned.logStd).toBeCloseTo(0, 6);
    expect(learned.windows).toBeGreaterThanOrEqual(20);
  });

  test('a window where callers see 470 ms and the callee’s own proxy 220 ms lost the time between them', () => {
    const f = callersGapFinding(
      series('checkout-edge', [430, 500, 650, 460, 310]),
      series('checkout', [230, 227, 220, 195, 250]),
      baseline,
    )!;
    // Own 224.4 ms × 1.1 usual = 246.8 ms expected; the limit is 1.5x that (the spread is nil): 370.3 ms.
    expect(f).toMatchObject({ type: 'latency', metric: 'latencyP50', detector: 'rule', observed: 470 });
    expect(f.expected).toBeCloseTo(246.84, 1);
    expect(f.threshold).toBeCloseTo(370.26, 1);
    expect(['high', 'critical']).toContain(f.severity);
    expect(describeFinding({ ...f, caller: 'shop/frontend', ownObserved: 224.4 })).toBe(
      "as shop/frontend sees it: p50 latency 470 ms against its own proxy's 224 ms for the same calls, where the two " +
        "medians are usually 1.1x apart; checkout-edge's own p50 latency is 224 ms: the time goes between them — the " +
        "network or the pod's network",
    );
  });

  test("a caller-view finding whose callee's own time rose by most of it says the time is its own", () => {
    // The realistic simulator's svc-00008: its callers from outside see its p90 at 19 ms against 8.3 usual, its own
    // proxy 14.5 ms (its own usual about 6.7): most of the added time is its own work, not the way to it.
    const seen: JudgedFinding = {
      service: 'svc-00008',
      namespace: 'mesh-0',
      type: 'latency',
      metric: 'latencyP90',
      severity: 'critical',
      detector: 'model',
      observed: 19.3,
      expected: 8.3,
      expectedRange: [6.5, 9.3],
      threshold: 15.4,
      score: 15,
      reason: { kind: 'envelope', side: 'above', bound: 15.4 },
      caller: 'shop/frontend',
      ownObserved: 14.5,
    };
    expect(describeFinding(seen)).toMatch(
      /svc-00008's own p90 latency is 15 ms: most of the added time is its own$/,
    );
    // Its own time as usual: the same callers' view went between them.
    expect(describeFinding({ ...seen, ownObserved: 7 })).toMatch(
      /: the time goes between them — the network/,
    );
    // A report read back with no expectation (NaN): the gap alone speaks.
    expect(describeFinding({ ...seen, expected: NaN })).toMatch(/: the time goes between them — the network/);
  });

  test('a callee slow on its own, its callers as slow as usual above it, is not time lost on the way', () => {
    expect(
      callersGapFinding(
        series('checkout-edge', [2300, 2400, 2200, 2350, 2300]),
        series('checkout', [2100, 2200, 2000, 2150, 2100]),
        baseline,
      ),
    ).toBeNull();
  });

  test('a few milliseconds more on a fast edge are jitter, however large the ratio', () => {
    const fast = learnCallersGap(
      series(
        'cart-edge',
        own.map(() => 3),
      ),
      series(
        'cart',
        own.map(() => 3),
      ),
      5,
    )!;
    expect(
      callersGapFinding(series('cart-edge', [9, 9, 9, 9, 9]), series('cart', [3, 3, 3, 3, 3]), {
        callersGap: fast,
      } as unknown as EdgeBaseline),
    ).toBeNull();
    expect(
      callersGapFinding(series('cart-edge', [240, 240, 240, 240, 240]), series('cart', [3, 3, 3, 3, 3]), {
        callersGap: fast,
      } as unknown as EdgeBaseline)?.severity,
    ).toBe('critical');
  });

  test('needs enough learning windows with requests to trust the usual gap', () => {
    expect(learnCallersGap(series('e', own.slice(0, 10)), series('s', own.slice(0, 10)), 5)).toBeNull();
    expect(learnCallersGap(series('e', own, 1), series('s', own, 1), 5)).toBeNull();
  });
});

describe('the gap beside what the edge judged itself', () => {
  // A network delay on recommendation for 3 minutes of 5: its caller's median 281 ms, its own proxy's 7 ms.
  const gap = callersGapFinding(
    series('recommendation-edge', [375, 375, 375, 8, 7]),
    series('recommendation', [7, 7, 7, 7, 7]),
    baseline,
  )!;
  const judged = (
    severity: JudgedFinding['severity'],
    detector: JudgedFinding['detector'],
  ): JudgedFinding => ({
    ...gap,
    severity,
    detector,
    observed: 281,
    expected: 17.9,
    reason: {
      kind: 'mode-distance',
      feature: 'mean',
      distance: 254,
      threshold: 6.3,
      mode: 1,
      modes: 1,
      joint: true,
    },
  });

  test('outranks a weaker latency finding of the edge, which gives way to it', () => {
    expect(gap.severity).toBe('critical');
    const blended = judged('medium', 'model');
    const other = { ...judged('high', 'rule'), type: 'error_rate' as const, metric: 'errorRatio' as const };
    expect(withCallersGap([blended, other], gap)).toEqual([other, gap]);
  });

  test('stands back for a latency finding as severe, and joins a low one', () => {
    const rule = judged('critical', 'rule');
    expect(withCallersGap([rule], gap)).toEqual([rule]);
    const low = judged('low', 'model');
    expect(withCallersGap([low], gap)).toEqual([low, gap]);
  });
});
