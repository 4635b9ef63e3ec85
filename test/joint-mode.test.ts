/**
 * K-means earns its place. A service with two real operating states — ordinary traffic, and an
 * hourly batch at 3x the rate and 1.5x the p99 — learned over a day. Windows in either state pass; a window with
 * the batch's p99 at ordinary traffic (each signal inside its own normal range, the combination unlike any state)
 * is flagged by the joint model; a single-cluster model (kMax 1) misses it.
 */
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { learnService } from '../src/core/learn.js';
import { detectServiceAnomalies } from '../src/core/judge/service.js';
import { metricArrays } from '../src/core/series.js';
import type { ServiceSeries } from '../src/core/types.js';
import { describeFinding } from '../src/render/finding-words.js';
import { seededRandom as random } from '../src/core/numbers.js';

const STEP = 15_000;
const DAY = Date.parse('2026-11-24T00:00:00Z');
const HOUR = 3_600_000;
const WINDOW_STEPS = DEFAULT_CONFIG.featureWindowMs / STEP;

interface State {
  rate: number;
  p50: number;
  p99: number;
}
const ORDINARY: State = { rate: 10, p50: 20, p99: 100 };
const BATCH: State = { rate: 30, p50: 24, p99: 150 };
/** The batch runs the first 12 minutes of every hour. */
const inBatch = (t: number) => t % HOUR < 12 * 60_000;

function series(from: number, steps: number, stateAt: (t: number) => State, seed: number): ServiceSeries {
  const rnd = random(seed);
  const jitter = (x: number, share: number) => x * (1 + share * (2 * rnd() - 1));
  const s: ServiceSeries = {
    service: { namespace: 'shop', name: 'orders' },
    requests: [],
    values: metricArrays(),
    unavailable: ['retryRatio', 'overflowRatio', 'ejectionRate'],
  };
  for (let i = 0; i < steps; i++) {
    const state = stateAt(from + i * STEP);
    const rate = jitter(state.rate, 0.04);
    s.requests.push(Math.round(rate * 15));
    s.values.requestRate.push(rate);
    s.values.errorRatio.push(jitter(0.001, 0.5));
    s.values.latencyP50.push(jitter(state.p50, 0.04));
    s.values.latencyP90.push(jitter((state.p50 + state.p99) / 2, 0.04));
    s.values.latencyP99.push(jitter(state.p99, 0.05));
    s.values.timeoutRatio.push(0);
    for (const m of ['retryRatio', 'overflowRatio', 'ejectionRate'] as const) s.values[m].push(null);
  }
  return s;
}

const learning = series(DAY, (24 * HOUR) / STEP, (t) => (inBatch(t) ? BATCH : ORDINARY), 7);
const learn = (kMax: number) =>
  learnService(learning, { ...DEFAULT_CONFIG, model: { ...DEFAULT_CONFIG.model, kMax } }, STEP, DAY);
const scanAt = (minute: number, state: (t: number) => State, seed: number) => {
  const from = DAY + 24 * HOUR + 3 * HOUR + minute * 60_000;
  return { from, series: series(from, 20, state, seed) };
};
const judge = (baseline: ReturnType<typeof learn>, scan: ReturnType<typeof scanAt>) =>
  detectServiceAnomalies(scan.series, baseline, DEFAULT_CONFIG, STEP, WINDOW_STEPS, scan.from);

const learned = learn(DEFAULT_CONFIG.model.kMax);
/** Batch-level p99 at ordinary traffic: every signal normal on its own, the combination never seen. */
const mixed = (): State => ({ ...ORDINARY, p99: BATCH.p99, p50: BATCH.p50 });

test('the joint model learns the two operating states', () => {
  expect(learned.models.joint).toBeDefined();
  expect(learned.models.joint!.k).toBe(2);
  expect(learned.models.joint!.metrics).toEqual(['requestRate', 'errorRatio', 'latencyP50', 'latencyP99']);
});

test.each([
  ['ordinary', 30, () => ORDINARY],
  ['batch', 0, () => BATCH],
])('a window in the %s state passes', (_, minute, state) => {
  for (const seed of [1, 2, 3]) {
    const verdict = judge(learned, scanAt(minute as number, state as () => State, seed));
    expect(verdict.findings).toEqual([]);
    expect(verdict.status).toBe('ok');
  }
});

test('batch-level p99 at ordinary traffic is flagged by the joint model, named as latency', () => {
  for (const seed of [1, 2, 3]) {
    const verdict = judge(learned, scanAt(30, mixed, seed));
    expect(verdict.status).toBe('anomalous');
    const finding = verdict.findings.find((f) => f.type === 'latency')!;
    expect(finding).toBeDefined();
    expect(finding.detector).toBe('model');
    expect(finding.reason).toMatchObject({ kind: 'mode-distance', joint: true, modes: 2 });
    // In plain words and units: the batch's latency at ordinary traffic, and the state that had that latency.
    expect(describeFinding(finding)).toMatch(
      /^p(50|99) latency \d+ ms \((normal|inside its) \d+–\d+ ms( normal)?\) with traffic 1x its hour's usual: no learned operating state had these together; the nearest had p(50|99) latency \d+ ms with traffic 2\.8x its hour's usual$/,
    );
    expect(describeFinding(finding)).not.toMatch(/1\.0x|distance|mode \d/);
  }
});

test('a single-cluster model (kMax 1) misses it', () => {
  const single = learn(1);
  expect(single.models.joint!.k).toBe(1);
  for (const seed of [1, 2, 3]) expect(judge(single, scanAt(30, mixed, seed)).findings).toEqual([]);
});
