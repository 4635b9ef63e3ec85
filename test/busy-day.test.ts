/**
 * Traffic judged against the hour-of-day profile is measured from it everywhere: a day busier than the learned one
 * (1.6x to 1.8x the profile through the half hour before the deploy) and a burst on top of it pass 2x the hour's usual rate
 * without the deploy doing anything. The finding's expectation is the hour's rate, so the deploy-aware verdict sees
 * the same level before the deploy and calls it pre-existing; a spike the deploy brings on top of the busy day is new.
 * Known answers on hand-built windows (realistic simulator, tuning split: most clean windows it failed on traffic
 * were such days), and its normal range through the CLI on a day learned from the simulated mesh.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBaseline } from '../src/baseline/store.js';
import { DEFAULT_CONFIG } from '../src/config/load.js';
import type { ServiceBaseline } from '../src/core/baseline.js';
import { markOnsets } from '../src/core/judge/onset.js';
import { detectServiceAnomalies } from '../src/core/judge/service.js';
import type { Report, ServiceSeries } from '../src/core/types.js';
import { runCli } from './support/cli.js';
import { learnedTraffic, referenceWindow, trafficSeries } from './support/traffic-series.js';

const STEP = 60_000;
const WINDOW_STEPS = 5;
/** 05:00 UTC: the profile's quiet half of the day (10 req/s), against a day's mean of 15. */
const DEPLOY = Date.parse('2026-11-25T05:00:00Z');
const key = { namespace: 'shop', name: 'catalog' };

/** 10 req/s from midnight to noon, 20 after: a mean of 15, its 5-minute windows between 9 and 18 req/s. */
const learned: ServiceBaseline = {
  ...learnedTraffic(key, 15, 9, 18),
  hourlyRate: Array.from({ length: 24 }, (_, h) => (h < 12 ? 10 : 20)),
};

const judge = (series: ServiceSeries) =>
  detectServiceAnomalies(series, learned, DEFAULT_CONFIG, STEP, WINDOW_STEPS, DEPLOY);

function spikeAfter(reference: number[], scan: number[]) {
  const judged = [{ key, verdict: judge(trafficSeries(key, scan)) }];
  const marked = markOnsets(
    judged,
    referenceWindow(trafficSeries(key, reference), DEPLOY),
    new Map([['shop/catalog', learned]]),
    DEFAULT_CONFIG,
    WINDOW_STEPS,
  );
  return marked.services[0].verdict.findings.find((f) => f.type === 'traffic_spike');
}

/** The half hour before the deploy at 16 to 18 req/s (5 minutes each): 1.6x to 1.8x the hour's usual 10, a busy day. */
const busyDay = Array.from({ length: 30 }, (_, i) => (Math.floor(i / 5) % 2 === 0 ? 16 : 18));

test('the spike finding expects the hour’s rate, the one it was judged against', () => {
  const [spike] = judge(trafficSeries(key, new Array(6).fill(21))).findings;
  expect(spike).toMatchObject({ type: 'traffic_spike', observed: 21, threshold: 20, expected: 10 });
  expect(spike.reason).toMatchObject({ kind: 'traffic-band', expectedRate: 10, basis: 'hour-of-day' });
});

test('a burst on a busy day (21 req/s after 16 to 18) is pre-existing: the day was busy before the deploy', () => {
  expect(spikeAfter(busyDay, new Array(6).fill(21))?.onset).toBe('pre-existing');
});

test('a spike the deploy brings on top of the busy day (twice its 18 req/s) is new', () => {
  expect(spikeAfter(busyDay, new Array(6).fill(36))?.onset).toBe('new');
});

test('after a half hour as usual for the hour, the same 21 req/s is new', () => {
  expect(spikeAfter(new Array<number>(30).fill(10), new Array(6).fill(21))?.onset).toBe('new');
});

describe('its normal range, learned over a day', () => {
  const NOW = Date.parse('2026-11-25T12:00:00Z');
  const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-busy-day-'));
  const baselinePath = join(dir, 'baseline.json');
  const run = (...argv: string[]) => runCli(argv, { now: () => NOW });

  test('is where its windows kept relative to their hour, at this hour’s rate', async () => {
    expect((await run('learn', '--source', 'simulated', '--baseline', baselinePath)).code).toBe(0);
    const scanned = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      baselinePath,
      '-o',
      'json',
      '--inject',
      'ratings:traffic_spike:3',
    );
    const report = JSON.parse(scanned.stdout) as Report;
    const spike = report.anomalies.find((f) => f.service === 'ratings' && f.type === 'traffic_spike')!;
    const learnedRatings = readBaseline(baselinePath, NOW).services.find((s) => s.name === 'ratings')!;
    const envelope = learnedRatings.models.traffic!.envelope![0];
    expect(learnedRatings.models.traffic!.relativeToProfile).toBe(true);
    expect(spike.expectedRange[0]).toBeCloseTo(envelope.p5! * spike.expected, 2);
    expect(spike.expectedRange[1]).toBeCloseTo(envelope.p95! * spike.expected, 2);
    // The day's range spans the daily swing: the hour's is narrower than it.
    const day = learnedRatings.metrics.requestRate!;
    expect(spike.expectedRange[1] - spike.expectedRange[0]).toBeLessThan(day.p95 - day.p5);
    // Its words and its range agree: above the range, and above its top.
    expect(spike.description).toMatch(/above the range its window means kept in training$/);
    expect(spike.observed).toBeGreaterThan(spike.expectedRange[1]);
  });
});
