/**
 * A drop that filled most of the window but not all of it, with known answers on hand-built windows. Callers that
 * stopped calling for four minutes of six leave the window's mean inside the band (real Online Boutique: a service
 * at 47 req/s fell to 9 for three minutes while its callers failed before calling it); the rate over the span a
 * lasting deviation fills is judged against the same bound, and counted against the expected rate with the
 * service's learned burstiness. A reference window the source has no sample for in its first minutes holds no
 * finding there: a drop its last minutes had is not "there all along".
 */
import { DEFAULT_CONFIG } from '../src/config/load.js';
import type { ServiceBaseline } from '../src/core/baseline.js';
import { markOnsets } from '../src/core/judge/onset.js';
import { detectServiceAnomalies } from '../src/core/judge/service.js';
import { poissonLowerTail } from '../src/core/model/counts.js';
import { describeFinding } from '../src/render/finding-words.js';
import type { ServiceSeries } from '../src/core/types.js';
import { learnedTraffic, referenceWindow, trafficSeries } from './support/traffic-series.js';

const STEP = 60_000;
const WINDOW_STEPS = 5;
const DEPLOY = Date.parse('2026-11-25T12:00:00Z');
const key = { namespace: 'shop', name: 'catalog' };

const traffic = (ratePerStep: Array<number | null>) => trafficSeries(key, ratePerStep);
const learned = (mean: number, p5: number, p95: number) => learnedTraffic(key, mean, p5, p95);

const judge = (series: ServiceSeries, baseline: ServiceBaseline) =>
  detectServiceAnomalies(series, baseline, DEFAULT_CONFIG, STEP, WINDOW_STEPS, DEPLOY);
const drops = (series: ServiceSeries, baseline: ServiceBaseline) =>
  judge(series, baseline).findings.filter((f) => f.type === 'traffic_drop');

describe('a drop over most of the window', () => {
  const busy = learned(40, 36, 44);

  test('40 req/s falling to 8 for 3 minutes of 6: the window mean (24) is inside the band, the span is not', () => {
    const window = [40, 40, 8, 8, 8, 40];
    const mean = window.reduce((a, b) => a + b) / window.length;
    expect(mean).toBeGreaterThan(40 * DEFAULT_CONFIG.rules.trafficDropFactor);
    const [drop] = drops(traffic(window), busy);
    // The last two of the three slices (steps 2..5): 16 req/s against the bound of half of 40.
    expect(drop).toMatchObject({ type: 'traffic_drop', detector: 'rule', observed: 16, threshold: 20 });
    expect(drop.severity).toBe('high');
    expect(drop.reason).toMatchObject({
      kind: 'traffic-band',
      direction: 'below',
      factor: 0.5,
      overSeconds: 240,
    });
    expect(describeFinding(drop)).toMatch(
      /^request rate 16\/s is below 0\.5x the 40\/s baseline mean for 4m of the window$/,
    );
  });

  test('a drop over the whole window keeps its reason as before', () => {
    const [drop] = drops(traffic(new Array(6).fill(8)), busy);
    expect(drop).toMatchObject({ observed: 8, threshold: 20 });
    expect(drop.reason).not.toHaveProperty('overSeconds');
  });

  test('a span with silent minutes is the dark rule’s: no drop when the service was as silent while learning', () => {
    const window = [40, 40, 0, 0, 8, 40];
    const [dark] = drops(traffic(window), busy);
    expect(dark.reason).toMatchObject({ kind: 'went-dark', resumed: true, silentSeconds: 120 });
    // Its learning windows held silences of 3 minutes: two silent minutes are its callers' way, not a drop.
    expect(drops(traffic(window), { ...busy, silenceSeconds: 180 })).toEqual([]);
  });

  test('one low minute of 6 is no lasting drop', () => {
    expect(drops(traffic([40, 40, 40, 4, 40, 40]), busy)).toEqual([]);
  });

  test('a quiet service: the same shape is a drop when its learned windows were steady, chance when they were bursty', () => {
    const window = [0.3, 0.3, 0.05, 0.05, 0.05, 0.3];
    // Windows between 0.25 and 0.35 req/s: 27 requests where 72 were due over the span is no chance.
    const [drop] = drops(traffic(window), learned(0.3, 0.25, 0.35));
    expect(drop).toMatchObject({ type: 'traffic_drop', detector: 'rule', threshold: 0.15 });
    expect(poissonLowerTail(27, 72)).toBeLessThan(1e-3);
    // Windows between 0.2 and 0.7 req/s: counts 15 times as variable as Poisson's, 27 of 72 is a burst's lull.
    expect(drops(traffic(window), learned(0.3, 0.2, 0.7))).toEqual([]);
  });
});

describe('the reference window, where the source has no samples for its first minutes', () => {
  const busy = learned(40, 36, 44);
  const scan = [40, 40, 8, 8, 8, 40];
  const onset = (reference: Array<number | null>) => {
    const judged = [{ key, verdict: judge(traffic(scan), busy) }];
    const marked = markOnsets(
      judged,
      referenceWindow(traffic(reference), DEPLOY),
      new Map([['shop/catalog', busy]]),
      DEFAULT_CONFIG,
      WINDOW_STEPS,
    );
    return marked.services[0].verdict.findings.find((f) => f.type === 'traffic_drop')!.onset;
  };

  test('unread slices hold nothing: a drop only the last minutes had is new', () => {
    const reference = [...new Array<null>(20).fill(null), 40, 40, 40, 40, 40, 40, 8, 8, 8, 40];
    expect(onset(reference)).toBe('new');
  });

  test('the same drop through every slice read is pre-existing', () => {
    const reference = new Array<number>(30).fill(0).map((_, i) => (i % 5 === 0 ? 40 : 8));
    expect(onset(reference)).toBe('pre-existing');
  });
});
