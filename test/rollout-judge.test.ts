/**
 * The rollout judge on known answers: the two-sample test against scipy's fisher_exact, the new version told from
 * the old, each signal of a canary against its stable version in the same minutes, and the baseline's findings
 * that both versions share.
 */
import { fisherUpperTail } from '../src/core/model/two-sample.js';
import {
  judgeRollout,
  markBothVersions,
  mergeRolloutFindings,
  pairRollouts,
  type RolloutChoice,
} from '../src/core/judge/rollout.js';
import type { CollectedMetrics, JudgedFinding, VersionSeries } from '../src/core/types.js';
import { describeFinding } from '../src/render/finding-words.js';
import { describeRollout } from '../src/render/rollout.js';
import { rolloutEntry } from '../src/core/judge/rollouts-in-scan.js';
import { histogramQuantile } from '../src/core/histogram.js';
import { BOUNDS, steady, versionSeries } from './support/version-series.js';

const NONE: RolloutChoice = { newVersion: null, oldVersion: null };

function collected(versions: VersionSeries[], seen?: Array<[string, string[]]>): CollectedMetrics {
  return {
    source: 'prometheus',
    from: 0,
    to: versions[0].requests.length * 15_000,
    stepMs: 15_000,
    services: [],
    histogramBuckets: [],
    notes: [],
    partial: false,
    versions,
    ...(seen
      ? { versionsSeen: seen.map(([name, vs]) => ({ service: { namespace: 'shop', name }, versions: vs })) }
      : {}),
  };
}

function onlyPair(versions: VersionSeries[], reference: CollectedMetrics | null = null, choice = NONE) {
  const pairs = pairRollouts(collected(versions), reference, choice);
  expect(pairs).toHaveLength(1);
  return pairs[0];
}

describe('the one-sided Fisher exact test', () => {
  test.each([
    // scipy.stats.fisher_exact(table, alternative='greater').pvalue
    [410, 10_000, 12, 40_000, 1.253831048068137e-268],
    [4, 100, 1, 100, 0.18433538249623752],
    [3, 100, 40, 40_000, 0.00017271365767746507],
    [30, 1000, 100, 4000, 0.21593773382706086],
  ])('%d of %d against %d of %d is %s, as scipy computes it', (a, n1, c, n0, expected) => {
    expect(fisherUpperTail(a, n1, c, n0)).toBeCloseTo(expected, 10);
    expect(Math.log10(fisherUpperTail(a, n1, c, n0))).toBeCloseTo(Math.log10(expected), 6);
  });

  test('no events on the first side is no evidence at all', () => {
    expect(fisherUpperTail(0, 500, 30, 500)).toBe(1);
  });
});

describe('which version is new', () => {
  const v1 = versionSeries({ version: 'v1', requests: steady(20, 2000) });
  const v2 = versionSeries({ version: 'v2', requests: steady(20, 500) });

  test('the one the window before the deploy never served', () => {
    const reference = collected([v1], [['reviews', ['v2-rc', 'v1']]]);
    // v2-rc served before and still sorts last, yet v2 is the one the reference never saw.
    const rc = versionSeries({ version: 'v2-rc', requests: steady(20, 500) });
    const pairs = pairRollouts(collected([v1, v2, rc]), reference, NONE);
    expect(pairs[0].newer.version).toBe('v2');
    expect(pairs[0].basis).toBe('unseen-before');
    expect(pairs[0].olderVersions).toEqual(['v1', 'v2-rc']);
  });

  test('the one whose requests began later in the window (younger pods)', () => {
    const late = versionSeries({ version: 'a1b2c3', requests: [0, 0, 0, 0, ...steady(16, 500)] });
    const early = versionSeries({ version: 'f9e8d7', requests: steady(20, 2000) });
    const pair = onlyPair([late, early]);
    expect([pair.newer.version, pair.basis]).toEqual(['a1b2c3', 'started-later']);
  });

  test('the one that sorts last when nothing tells, numbers compared as numbers', () => {
    const v10 = versionSeries({ version: 'v10', requests: steady(20, 500) });
    const v9 = versionSeries({ version: 'v9', requests: steady(20, 500) });
    const pair = onlyPair([v10, v9]);
    expect([pair.newer.version, pair.basis]).toEqual(['v10', 'version-order']);
    // A guess, so the report says it is one and how to name the new version instead.
    const entry = rolloutEntry(judgeRollout(pair, 100), [], { from: 0, stepMs: 15_000 });
    expect(describeRollout(entry)).toMatch(
      /^v10 vs v9 \(50% of the requests\): no worse than v9 .*; v10 is taken as new because it sorts last \(nothing in the data tells; give --new-version to say\)$/,
    );
  });

  test('the one given, whatever the data says', () => {
    const pair = onlyPair([v1, v2], null, { newVersion: 'v1', oldVersion: null });
    expect([pair.newer.version, pair.older.version, pair.basis]).toEqual(['v1', 'v2', 'given']);
  });

  test('a service with one version serving is no rollout', () => {
    const idle = versionSeries({ version: 'v2', requests: steady(20, 0) });
    expect(pairRollouts(collected([v1, idle]), null, NONE)).toEqual([]);
  });
});

describe('the old side, several versions merged', () => {
  test("each step's p99 is the summed buckets' p99, not a mean that averages a slow version's tail away", () => {
    const fast = versionSeries({ version: 'v1', requests: steady(4, 900), medianMs: 20 });
    const slow = versionSeries({ version: 'v1-hotfix', requests: steady(4, 100), medianMs: 400 });
    const newer = versionSeries({ version: 'v2', requests: steady(4, 500), medianMs: 20 });
    const { older } = onlyPair([fast, slow, newer], null, { newVersion: 'v2', oldVersion: null });
    expect(older.requests).toEqual(steady(4, 1000));
    // 1,000 requests: 900 log-normal around 20 ms, 100 around 400 ms. The 990th sits well inside the slow ones.
    const summed = BOUNDS.map(
      (_, b) => fast.latencyBuckets!.counts[0]![b] + slow.latencyBuckets!.counts[0]![b],
    );
    const p99 = histogramQuantile(
      0.99,
      BOUNDS.map((le, b) => ({ le, count: summed[b] })),
    )!;
    expect(p99).toBeGreaterThan(500);
    for (const step of older.values.latencyP99) expect(step).toBeCloseTo(p99, 6);
    // The request-weighted mean of the two p99s (the versions' series say 20 and 400) would be 58 ms.
    expect(older.values.latencyP50[0]).toBeLessThan(30);
  });
});

describe('the new version against the old, in the same minutes', () => {
  test('4% errors at a 20% share fail, worded with both sides counted', () => {
    const pair = onlyPair([
      versionSeries({ version: 'v1', requests: steady(20, 2000), errorRatio: 12 / 40_000 }),
      versionSeries({ version: 'v2', requests: steady(20, 500), errorRatio: 0.041 }),
    ]);
    const judged = judgeRollout(pair, 100);
    expect(judged.verdict).toBe('regressed');
    const errors = judged.comparisons.find((c) => c.signal === 'errors')!;
    expect(errors).toMatchObject({
      verdict: 'worse',
      sustained: true,
      new: { events: 410, requests: 10_000 },
      old: { events: 12, requests: 40_000 },
    });
    expect(judged.findings).toHaveLength(1);
    const [finding] = judged.findings;
    expect(finding).toMatchObject({
      type: 'error_rate',
      severity: 'critical',
      metric: 'errorRatio',
      rollout: { new: 'v2', old: 'v1', moved: 'new' },
    });
    expect(describeFinding(finding)).toMatch(
      /^v2 vs v1: errors 4\.1% vs 0\.03% \(410 of 10,000 vs 12 of 40,000\)/,
    );
  });

  test('1.3x latency at a 50% share: the body of the new version is slower than the old median', () => {
    const pair = onlyPair([
      versionSeries({ version: 'v1', requests: steady(20, 500), medianMs: 20 }),
      versionSeries({ version: 'v2', requests: steady(20, 500), medianMs: 26 }),
    ]);
    const judged = judgeRollout(pair, 100);
    const median = judged.comparisons.find((c) => c.signal === 'latencyP50')!;
    expect(median.verdict).toBe('worse');
    // Of log-normal(σ 0.6) requests 1.3x slower, 67% are slower than the old median (Φ(ln 1.3 / 0.6)); the
    // buckets' linear interpolation inside (10, 25] and (25, 50] moves it by a few points.
    expect(median.new.events / median.new.requests).toBeGreaterThan(0.6);
    expect(median.old.events / median.old.requests).toBeCloseTo(0.5, 6);
    expect(judged.findings.map((f) => f.type)).toEqual(['latency']);
  });

  test('a new version 1.6x slower at a 20% share shows in the tail: many more requests past the old p99', () => {
    const pair = onlyPair([
      versionSeries({ version: 'v1', requests: steady(20, 800), medianMs: 20 }),
      versionSeries({ version: 'v2', requests: steady(20, 200), medianMs: 32 }),
    ]);
    const judged = judgeRollout(pair, 100);
    const tail = judged.comparisons.find((c) => c.signal === 'latencyP99')!;
    expect(tail.verdict).toBe('worse');
    expect(tail.old.events / tail.old.requests).toBeCloseTo(0.01, 6);
    expect(tail.new.events / tail.new.requests).toBeGreaterThan(0.03);
  });

  test('identical versions: nothing is worse, every signal judged', () => {
    const pair = onlyPair([
      versionSeries({ version: 'v1', requests: steady(20, 800), errorRatio: 0.002 }),
      versionSeries({ version: 'v2', requests: steady(20, 200), errorRatio: 0.002 }),
    ]);
    const judged = judgeRollout(pair, 100);
    expect(judged.verdict).toBe('ok');
    expect(judged.findings).toEqual([]);
    expect(judged.comparisons.every((c) => c.verdict === 'same')).toBe(true);
  });

  test('a version with too few requests yet says so, with how many are needed', () => {
    const pair = onlyPair([
      versionSeries({ version: 'v1', requests: steady(20, 800) }),
      versionSeries({ version: 'v2', requests: [...steady(18, 0), 20, 20] }),
    ]);
    const judged = judgeRollout(pair, 100);
    expect(judged.verdict).toBe('insufficient');
    const entry = rolloutEntry(judged, [], { from: 0, stepMs: 15_000 });
    expect(describeRollout(entry)).toMatch(/v2 has 40 requests so far; at least 100 needed/);
  });

  test('a glaring regression counts even before the minimum of requests', () => {
    const pair = onlyPair([
      versionSeries({ version: 'v1', requests: steady(20, 800), errorRatio: 0.001 }),
      versionSeries({ version: 'v2', requests: [...steady(16, 0), 10, 10, 10, 10], errorRatio: 0.5 }),
    ]);
    expect(judgeRollout(pair, 100).verdict).toBe('regressed');
  });

  test('a burst on the new version in one slice of the window is short-lived, reported low', () => {
    const v2 = versionSeries({ version: 'v2', requests: steady(21, 500), errorRatio: 0.001 });
    for (let i = 0; i < 5; i++) v2.values.errorRatio[i] = 0.06;
    const pair = onlyPair([versionSeries({ version: 'v1', requests: steady(21, 2000) }), v2]);
    const [finding] = judgeRollout(pair, 100).findings;
    expect(finding).toMatchObject({ severity: 'low', sustained: false });
  });
});

describe("the baseline's findings on a service in a rollout", () => {
  const latencyFinding = (observed: number): JudgedFinding => ({
    namespace: 'shop',
    service: 'reviews',
    type: 'latency',
    severity: 'critical',
    detector: 'rule',
    metric: 'latencyP50',
    observed,
    expected: 20,
    expectedRange: [18, 22],
    threshold: 40,
    score: 2,
    reason: { kind: 'latency-factor', factor: 2, baseline: 20 },
  });

  test("both versions 1.8x slower: the finding is both versions', not the new one's, and never gates", () => {
    const pair = onlyPair([
      versionSeries({ version: 'v1', requests: steady(20, 500), medianMs: 36 }),
      versionSeries({ version: 'v2', requests: steady(20, 500), medianMs: 36 }),
    ]);
    const judged = judgeRollout(pair, 100);
    expect(judged.findings).toEqual([]);
    const marked = markBothVersions([latencyFinding(36)], judged, true);
    expect(marked.findings[0].rollout).toEqual({ new: 'v2', old: 'v1', moved: 'both' });
    expect(marked.shared).toEqual([
      {
        metric: 'latencyP50',
        type: 'latency',
        expected: 20,
        new: expect.any(Number),
        old: expect.any(Number),
      },
    ]);
    expect(describeFinding(marked.findings[0])).toMatch(/v2 and v1 alike: not the new version's doing/);
  });

  test('a more severe baseline finding of the type stays, unless it was there before the deploy', () => {
    const pair = onlyPair([
      versionSeries({ version: 'v1', requests: steady(20, 500), medianMs: 20 }),
      versionSeries({ version: 'v2', requests: steady(20, 500), medianMs: 52 }),
    ]);
    const [regression] = judgeRollout(pair, 100).findings.map((f) => ({ ...f, onset: 'new' as const }));
    expect(regression.reason.kind).toBe('version-regression');
    const milder = { ...regression, severity: 'high' as const };
    const baseline = (onset: 'new' | 'pre-existing') => ({ ...latencyFinding(90), onset });
    // A critical baseline deviation the deploy brought outranks the version's high one: it gates either way.
    expect(mergeRolloutFindings([baseline('new')], [milder])).toEqual([baseline('new')]);
    // One already there before the deploy never gates: it must not hide the new version's regression.
    expect(mergeRolloutFindings([baseline('pre-existing')], [milder])).toEqual([milder]);
  });

  test("the new version alone slower: the finding stays the new version's", () => {
    const pair = onlyPair([
      versionSeries({ version: 'v1', requests: steady(20, 500), medianMs: 20 }),
      versionSeries({ version: 'v2', requests: steady(20, 500), medianMs: 52 }),
    ]);
    const judged = judgeRollout(pair, 100);
    const marked = markBothVersions([latencyFinding(36)], judged, true);
    expect(marked.findings[0].rollout).toBeUndefined();
    expect(marked.shared).toEqual([]);
  });
});
