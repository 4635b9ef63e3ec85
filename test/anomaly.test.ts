import { newServicesFromReference, withoutIncident } from '../src/core/judge/recent.js';
import { detectServiceAnomalies, judgeNewService } from '../src/core/judge/service.js';
import { modelSeverity, ruleSeverity } from '../src/core/judge/severity.js';
import { describeFinding } from '../src/render/finding-words.js';
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { learnService } from '../src/core/learn.js';
import { aggregateMetric } from '../src/core/series.js';
import {
  ANOMALY_TYPES,
  SEVERITIES,
  serviceId,
  severityRank,
  type AnomalyType,
  type ServiceSeries,
} from '../src/core/types.js';
import { learnSimulated, scanSimulated, STEP } from './support/engine.js';

const baseline = learnSimulated('bookinfo', 1);
const WINDOW_STEPS = baseline.featureWindowMs / baseline.stepMs;

function judge(series: ServiceSeries, config = DEFAULT_CONFIG) {
  const learned = baseline.services.find((s) => s.name === series.service.name) ?? null;
  return detectServiceAnomalies(series, learned, config, STEP, WINDOW_STEPS);
}

function scanOf(service: string, type?: AnomalyType, magnitude?: number) {
  const collected = scanSimulated(type ? [{ service, type, magnitude }] : []);
  return collected.services.find((s) => s.service.name === service)!;
}

describe('each anomaly type', () => {
  test.each(ANOMALY_TYPES.map((t) => [t]))('%s is found on a series built to have it', (type) => {
    const verdict = judge(scanOf('reviews', type));
    expect(verdict.status).toBe('anomalous');
    const finding = verdict.findings.find((f) => f.type === type);
    expect(finding).toBeDefined();
    expect(finding!.service).toBe('reviews');
    expect(severityRank(finding!.severity)).toBeGreaterThanOrEqual(severityRank('high'));
  });

  test('no type is found on clean series of any service, at several times of day', () => {
    for (const hour of [0, 5, 11, 17, 23]) {
      const collected = scanSimulated([], { from: Date.parse('2026-11-26T00:00:00Z') + hour * 3_600_000 });
      for (const series of collected.services) expect(judge(series).findings).toEqual([]);
    }
  });
});

describe('evidence', () => {
  test('a rule finding carries the observed value, the baseline and the threshold', () => {
    const finding = judge(scanOf('ratings', 'error_rate', 0.12)).findings.find((f) => f.detector === 'rule')!;
    expect(finding.type).toBe('error_rate');
    expect(finding.observed).toBeGreaterThan(0.1);
    expect(finding.threshold).toBe(0.05);
    expect(finding.expected).toBeLessThan(0.01);
    expect(finding.score).toBeCloseTo(finding.observed / finding.threshold, 4);
    expect(describeFinding(finding)).toMatch(/error ratio .* is above the 5% limit/);
  });

  test("a model finding says what moved in the metric's units, naming the quantile that moved most", () => {
    // 3x latency on reviews: every quantile moves, the p99 (the tail) most in absolute and relative terms.
    const finding = judge(scanOf('reviews', 'latency', 3)).findings.find((f) => f.detector === 'model')!;
    const words = describeFinding(finding);
    const usual = baseline.services.find((s) => s.name === 'reviews')!.metrics[finding.metric]!.mean;
    expect(words).toMatch(/^p\d\d latency \d+ ms, normal \d+–\d+ ms, \d+(\.\d)?x: /);
    expect(words).toContain(`${(finding.observed / usual).toFixed(1)}x`);
    expect(words).not.toMatch(/distance/);
    for (const m of ['latencyP50', 'latencyP90', 'latencyP99'] as const) {
      const s = scanOf('reviews', 'latency', 3);
      const ratio = (v: number | null) =>
        v! / baseline.services.find((b) => b.name === 'reviews')!.metrics[m]!.mean;
      expect(finding.observed / usual).toBeGreaterThanOrEqual(ratio(aggregateMetric(s, m)) * (1 - 1e-5));
    }
    expect(finding.reason.kind).toMatch(/mode-distance|envelope/);
  });

  test('a subtle fault under every static rule is found by the model alone', () => {
    // 1.5x latency: under the 2x p99 rule, far outside the learned modes.
    const verdict = judge(scanOf('details', 'latency', 1.5));
    expect(verdict.findings.map((f) => [f.type, f.detector])).toEqual([['latency', 'model']]);
  });

  test('one finding per (service, type) even when a rule and the model both see it', () => {
    const verdict = judge(scanOf('reviews', 'error_rate', 0.3));
    expect(verdict.findings.filter((f) => f.type === 'error_rate')).toHaveLength(1);
  });

  test('an improvement (lower latency) is not an anomaly', () => {
    expect(judge(scanOf('productpage', 'latency', 0.6)).findings).toEqual([]);
  });
});

describe('severity', () => {
  test('model severities rise with the score and start at the threshold', () => {
    expect(modelSeverity(0.99)).toBeNull();
    const ladder = [1, 1.6, 2.6, 4.1].map((s) => modelSeverity(s)!);
    expect(ladder).toEqual([...SEVERITIES]);
  });

  test('a broken static rule is high, and critical from twice its threshold', () => {
    expect(ruleSeverity(1)).toBeNull();
    expect(ruleSeverity(1.2)).toBe('high');
    expect(ruleSeverity(2)).toBe('critical');
  });

  test('a bigger fault never gets a lower severity', () => {
    const ranks = [1.5, 3, 6].map((m) =>
      severityRank(judge(scanOf('reviews', 'latency', m)).findings[0].severity),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('minimum traffic', () => {
  test('a window under gate.minRequests is judged by counts: clean passes, a window of two requests cannot tell', () => {
    const config = { ...DEFAULT_CONFIG, gate: { ...DEFAULT_CONFIG.gate, minRequests: 1_000_000 } };
    // The baseline expects fewer than a million requests too, so this is not a traffic drop.
    const verdict = judge(scanOf('details'), config);
    expect(verdict.status).toBe('ok');
    expect(verdict.findings).toEqual([]);
    const series = scanOf('details');
    // Two requests, one at each end of the window (not a service gone dark).
    const last = series.requests.length - 1;
    const three = { ...series, requests: series.requests.map((_, i) => (i === 0 || i === last ? 1 : 0)) };
    const tooFew = judge(three, config);
    expect(tooFew.status).toBe('insufficient-data');
    expect(tooFew.reason).toMatch(/too few to judge even as counts/);
  });

  test('silence where the baseline expects traffic is a traffic drop, not missing data', () => {
    const verdict = judge(scanOf('details', 'traffic_drop', 0));
    expect(verdict.status).toBe('anomalous');
    expect(verdict.findings.map((f) => f.type)).toEqual(['traffic_drop']);
  });

  test('a quiet service (0.2 req/s) is judged by counts in a 5-minute scan: 0 errors pass, 5 in 60 fail', () => {
    const boutique = learnSimulated('boutique', 1, 6);
    const series = scanSimulated([], { topology: 'boutique' }).services.find(
      (s) => s.service.name === 'emailservice',
    )!;
    const learned = boutique.services.find((s) => s.name === 'emailservice')!;
    expect(learned.insufficient).toBe(false);
    expect(learned.events?.errorRatio).toBeDefined();
    // Exactly 60 requests over the 20 steps, 3 a step; errors placed by hand.
    const withErrors = (errors: number) => {
      const requests = series.requests.map(() => 3);
      const errorRatio = requests.map((_, i) => (i < errors ? 1 / 3 : 0));
      return { ...series, requests, values: { ...series.values, errorRatio } };
    };
    const clean = detectServiceAnomalies(withErrors(0), learned, DEFAULT_CONFIG, STEP, WINDOW_STEPS);
    expect(clean.requests).toBe(60);
    expect(clean.status).toBe('ok');
    const faulty = detectServiceAnomalies(withErrors(5), learned, DEFAULT_CONFIG, STEP, WINDOW_STEPS);
    expect(faulty.status).toBe('anomalous');
    const finding = faulty.findings.find((f) => f.type === 'error_rate')!;
    expect(severityRank(finding.severity)).toBeGreaterThanOrEqual(severityRank('high'));
    expect(finding.reason).toMatchObject({ kind: 'event-count', events: 5, requests: 60 });
    expect(describeFinding(finding)).toMatch(/error ratio 8.33% is 5 in 60 requests where .* is usual/);
  });

  test('learn keeps a quiet service (no models, its counts); one with no traffic at all is insufficient-data', () => {
    const strict = { ...DEFAULT_CONFIG, gate: { ...DEFAULT_CONFIG.gate, minRequests: 10_000_000 } };
    const collected = scanSimulated([], { minutes: 60 * 24 });
    const details = collected.services.find((s) => s.service.name === 'details')!;
    const quiet = learnService(details, strict, STEP);
    expect(quiet.insufficient).toBe(false);
    expect(quiet.models).toEqual({});
    expect(quiet.events?.errorRatio?.requests).toBeGreaterThan(0);
    const silent = { ...details, requests: details.requests.map(() => 0) };
    const learned = learnService(silent, strict, STEP);
    expect(learned.insufficient).toBe(true);
    const verdict = detectServiceAnomalies(scanOf('details'), learned, DEFAULT_CONFIG, STEP, WINDOW_STEPS);
    expect(verdict.status).toBe('insufficient-data');
    expect(verdict.reason).toMatch(/baseline saw too little traffic/);
  });

  test('a service missing from the baseline is new, and judged by the fixed limits alone', () => {
    const verdict = detectServiceAnomalies(scanOf('details'), null, DEFAULT_CONFIG, STEP, WINDOW_STEPS);
    expect(verdict.status).toBe('new');
    expect(verdict.reason).toMatch(/not in the baseline: judged by the fixed limits alone/);
    expect(verdict.findings).toEqual([]);
    // Failing 20% of its requests (over rules.errorRatio, 5%): a finding however new it is.
    const failing = detectServiceAnomalies(
      scanOf('details', 'error_rate', 0.2),
      null,
      DEFAULT_CONFIG,
      STEP,
      WINDOW_STEPS,
    );
    expect(failing.status).toBe('new');
    // (The simulated mesh's callers retry the failures: over rules.retryRatio too.)
    expect(failing.findings.map((f) => [f.type, f.reason.kind])).toContainEqual([
      'error_rate',
      'ratio-limit',
    ]);
    expect(failing.findings.every((f) => f.reason.kind === 'ratio-limit')).toBe(true);
    const errors = failing.findings.find((f) => f.type === 'error_rate')!;
    expect(severityRank(errors.severity)).toBeGreaterThanOrEqual(severityRank('high'));
    // Three times slower: nothing learned to compare with, and no rules.latencyP99Ms set.
    const slow = detectServiceAnomalies(
      scanOf('details', 'latency', 3),
      null,
      DEFAULT_CONFIG,
      STEP,
      WINDOW_STEPS,
    );
    expect(slow.findings).toEqual([]);
    const bounded = { ...DEFAULT_CONFIG, rules: { ...DEFAULT_CONFIG.rules, latencyP99Ms: 20 } };
    const overBound = detectServiceAnomalies(
      scanOf('details', 'latency', 3),
      null,
      bounded,
      STEP,
      WINDOW_STEPS,
    );
    expect(overBound.findings.map((f) => [f.type, f.reason.kind])).toEqual([['latency', 'latency-bound']]);
  });

  test('a new service the half hour before the deploy saw busy has its latency judged against that half hour', () => {
    // Histograms, as a real mesh has them: the slow requests are counted.
    const realistic = { topology: 'realistic:bookinfo' };
    const reference = scanSimulated([], { ...realistic, minutes: 30 });
    const { services } = newServicesFromReference(
      new Set(
        reference.services.filter((s) => s.service.name !== 'details').map((s) => serviceId(s.service)),
      ),
      reference,
      DEFAULT_CONFIG,
    );
    expect([...services.keys()]).toEqual([serviceId({ namespace: 'bookinfo', name: 'details' })]);
    const recent = [...services.values()][0]!;
    // Half an hour shows no heavy tail's reach: its usual p99 is the top of its normal range there (the 95th
    // percentile of the half hour's windows), not their mean.
    const p99 = recent.metrics.latencyP99!;
    expect(p99.mean).toBe(p99.p95);
    expect(p99.p95).toBeGreaterThan(p99.p5);
    expect(recent.models).toEqual({});
    const details = (faults: Parameters<typeof scanSimulated>[0]) =>
      scanSimulated(faults, { ...realistic, from: reference.to }).services.find(
        (s) => s.service.name === 'details',
      )!;
    const clean = judgeNewService(details([]), recent, DEFAULT_CONFIG, reference.stepMs, undefined);
    expect(clean).toMatchObject({ status: 'new', findings: [] });
    expect(clean.reason).toMatch(/its latency against the window before the deploy/);
    const slow = judgeNewService(
      details([{ service: 'details', type: 'latency', magnitude: 3 }]),
      recent,
      DEFAULT_CONFIG,
      reference.stepMs,
      undefined,
    );
    expect(slow.status).toBe('new');
    const latency = slow.findings.find((f) => f.type === 'latency')!;
    expect(latency.reason).toMatchObject({ learnedFrom: 'reference' });
  });
});

const SLOW_MS = 1000;

/**
 * `share` of each step's requests (in [from, to), default all) moved to (500 ms, 1 s]: the histogram's faster
 * buckets thinned.
 */
function withSlowShare(series: ServiceSeries, share: number, from = 0, to = Infinity): ServiceSeries {
  const buckets = series.latencyBuckets!;
  return {
    ...series,
    latencyBuckets: {
      bounds: buckets.bounds,
      counts: buckets.counts.map((c, i) =>
        c && i >= from && i < to ? c.map((n, b) => (buckets.bounds[b]! < SLOW_MS ? n * (1 - share) : n)) : c,
      ),
    },
  };
}

describe("a new service's p90", () => {
  // Online Boutique's adservice on the held-out day: a 1% tail already near 1 s, then an exception path that
  // makes a tenth of its requests wait (p90 35 ms -> 700 ms, the median and the p99 where they were).
  const realistic = { topology: 'realistic:bookinfo' };

  const reference = scanSimulated([], { ...realistic, minutes: 30 });
  const heavyTail = (s: ServiceSeries) => (s.service.name === 'details' ? withSlowShare(s, 0.015) : s);
  const before = { ...reference, services: reference.services.map(heavyTail) };
  const others = reference.services
    .filter((s) => s.service.name !== 'details')
    .map((s) => serviceId(s.service));
  const recent = [...newServicesFromReference(new Set(others), before, DEFAULT_CONFIG).services.values()][0]!;
  const details = () =>
    scanSimulated([], { ...realistic, from: reference.to }).services.find(
      (s) => s.service.name === 'details',
    )!;
  const judgeDetails = (series: ServiceSeries) =>
    judgeNewService(series, recent, DEFAULT_CONFIG, reference.stepMs, undefined);

  test('a tenth of its requests turning slow fails on the p90, its median and p99 within their bounds', () => {
    const scan = withSlowShare(details(), 0.15);
    expect(aggregateMetric(scan, 'latencyP99')!).toBeLessThan(2 * recent.metrics.latencyP99!.mean);
    expect(aggregateMetric(scan, 'latencyP50')!).toBeLessThan(2 * recent.metrics.latencyP50!.mean);
    const verdict = judgeDetails(scan);
    expect(verdict.findings.map((f) => [f.type, f.metric])).toEqual([['latency', 'latencyP90']]);
    const [finding] = verdict.findings;
    expect(severityRank(finding!.severity)).toBeGreaterThanOrEqual(severityRank('high'));
    expect(finding!.reason).toMatchObject({ learnedFrom: 'reference' });
    expect(describeFinding(finding!)).toMatch(/^p90 latency .* before the deploy/);
  });

  test('the same heavy tail as before the deploy passes', () => {
    expect(judgeDetails(withSlowShare(details(), 0.015)).findings).toEqual([]);
  });

  test("a learned service's p90 is not the rule's to judge, even without a latency model", () => {
    const learned = learnService(
      before.services.find((s) => s.service.name === 'details')!,
      DEFAULT_CONFIG,
      STEP,
    );
    const verdict = detectServiceAnomalies(
      withSlowShare(details(), 0.15),
      { ...learned, models: {} },
      DEFAULT_CONFIG,
      STEP,
      WINDOW_STEPS,
    );
    expect(verdict.findings.filter((f) => f.metric === 'latencyP90')).toEqual([]);
  });
});

describe('an incident in the half hour before the deploy', () => {
  // Online Boutique's adservice on the held-out day, in ambient mode: the waypoint timed a 3-minute network delay
  // on its pod 20 minutes before the deploy (p50 15 ms -> 0.9 s), and that half hour set its usual level and reach.
  const realistic = { topology: 'realistic:bookinfo' };
  const reference = scanSimulated([], { ...realistic, minutes: 30 });
  const STEPS_PER_MINUTE = 60_000 / reference.stepMs;
  const isDetails = (s: ServiceSeries) => s.service.name === 'details';
  const others = new Set(reference.services.filter((s) => !isDetails(s)).map((s) => serviceId(s.service)));
  const recentWith = (change: (s: ServiceSeries) => ServiceSeries) =>
    [
      ...newServicesFromReference(
        others,
        { ...reference, services: reference.services.map((s) => (isDetails(s) ? change(s) : s)) },
        DEFAULT_CONFIG,
      ).services.values(),
    ][0]!;
  const scan = () => scanSimulated([], { ...realistic, from: reference.to }).services.find(isDetails)!;
  const threeSlowMinutes = (s: ServiceSeries) =>
    withSlowShare(s, 0.9, 10 * STEPS_PER_MINUTE, 13 * STEPS_PER_MINUTE);

  test('is left out of what the new service is judged against: a fault as slow after the deploy fails', () => {
    const recent = recentWith(threeSlowMinutes);
    const clean = recentWith((s) => s);
    expect(recent.metrics.latencyP50!.max).toBeLessThan(2 * clean.metrics.latencyP50!.max);
    const slow = judgeNewService(
      withSlowShare(scan(), 0.6),
      recent,
      DEFAULT_CONFIG,
      reference.stepMs,
      undefined,
    );
    expect(slow.findings.map((f) => f.type)).toEqual(['latency']);
    expect(judgeNewService(scan(), recent, DEFAULT_CONFIG, reference.stepMs, undefined).findings).toEqual([]);
  });

  test('one still going when the half hour ends stays: the scan is judged against it', () => {
    // Online Boutique held-out, currencyservice left out of the baseline: a spike from 19:37 on, into the scan.
    const lastThree = (s: ServiceSeries) => withSlowShare(s, 0.6, 27 * STEPS_PER_MINUTE);
    const series = lastThree(reference.services.find(isDetails)!);
    expect(withoutIncident(series, DEFAULT_CONFIG, reference.stepMs)).toBe(series);
    const recent = recentWith(lastThree);
    const continued = judgeNewService(
      withSlowShare(scan(), 0.6, 0, 2 * STEPS_PER_MINUTE),
      recent,
      DEFAULT_CONFIG,
      reference.stepMs,
      undefined,
    );
    expect(continued.findings).toEqual([]);
  });

  test('a half hour slow throughout, or for a good part of it, is its normal, not an incident', () => {
    const series = withSlowShare(reference.services.find(isDetails)!, 0.6);
    expect(withoutIncident(series, DEFAULT_CONFIG, reference.stepMs)).toBe(series);
    // Slow for 12 of its 30 minutes: too much of it to call an incident.
    const often = withSlowShare(reference.services.find(isDetails)!, 0.9, 0, 12 * STEPS_PER_MINUTE);
    expect(withoutIncident(often, DEFAULT_CONFIG, reference.stepMs)).toBe(often);
    const once = threeSlowMinutes(reference.services.find(isDetails)!);
    expect(withoutIncident(once, DEFAULT_CONFIG, reference.stepMs)).not.toBe(once);
    const slowThroughout = recentWith((s) => withSlowShare(s, 0.6));
    expect(
      judgeNewService(withSlowShare(scan(), 0.6), slowThroughout, DEFAULT_CONFIG, reference.stepMs, undefined)
        .findings,
    ).toEqual([]);
  });
});

describe('the refinements over plain clustering', () => {
  test('errors at 10x the usual ratio but under 5% are a relative-rule finding with its z', () => {
    const verdict = judge(scanOf('details', 'error_rate', 0.02));
    const finding = verdict.findings.find((f) => f.type === 'error_rate')!;
    expect(finding.observed).toBeLessThan(0.05);
    expect(severityRank(finding.severity)).toBeGreaterThanOrEqual(severityRank('high'));
  });

  test('a deviation that is over by the end of the scan (a restart blip) is not reported', () => {
    const series = scanOf('reviews');
    // Double the latency in the first minute only, as a restarting pod would.
    for (let i = 0; i < 4; i++) {
      for (const m of ['latencyP50', 'latencyP90', 'latencyP99'] as const)
        series.values[m][i] = series.values[m][i]! * 2;
    }
    expect(judge(series).findings).toEqual([]);
  });

  test('traffic is judged against the hour it is scanned in when the baseline learned a day', () => {
    const learned = baseline.services.find((s) => s.name === 'details')!;
    expect(learned.hourlyRate).toHaveLength(24);
    const from = Date.parse('2026-11-26T03:00:00Z');
    const drop = scanSimulated([{ service: 'details', type: 'traffic_drop', magnitude: 0.55 }], { from });
    const series = drop.services.find((s) => s.service.name === 'details')!;
    const verdict = detectServiceAnomalies(series, learned, DEFAULT_CONFIG, STEP, WINDOW_STEPS, from);
    expect(verdict.findings.map((f) => f.type)).toContain('traffic_drop');
  });
});

test('a handful of errors against a baseline of none is not a finding', () => {
  const series = scanOf('ratings');
  // Two errors in the whole scan, against a learned ratio of about 0.1%.
  series.values.errorRatio = series.values.errorRatio.map((_, i) => (i < 2 ? 1 / series.requests[i] : 0));
  expect(judge(series).findings.filter((f) => f.type === 'error_rate')).toEqual([]);
});

test('a restart blip inside a single 2-minute window is not reported; a regression there is', () => {
  const blip = scanSimulated([], { minutes: 2 }).services.find((s) => s.service.name === 'reviews')!;
  for (let i = 1; i <= 4; i++) {
    for (const m of ['latencyP50', 'latencyP90', 'latencyP99'] as const)
      blip.values[m][i] = blip.values[m][i]! * 2;
  }
  expect(judge(blip).findings).toEqual([]);
  const slow = scanSimulated([{ service: 'reviews', type: 'latency', magnitude: 1.5 }], { minutes: 2 });
  const series = slow.services.find((s) => s.service.name === 'reviews')!;
  expect(judge(series).findings.map((f) => f.type)).toEqual(['latency']);
});
