/**
 * A service known to exist that goes dark during the window (its series vanish, its pods
 * are deleted or scaled to zero) is a traffic_drop, never a pass — on a real Prometheus through the CLI, on the
 * simulated mesh, and on the shape the sidecar source gives a vanished pod. A silence the learned rate makes
 * likely (a quiet service) is not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/load.js';
import { learnBaseline } from '../src/core/learn.js';
import { darkTailFinding, silentStretchSteps, silentTailSteps } from '../src/core/judge/dark.js';
import { ordinarySilenceSeconds } from '../src/core/model/silence.js';
import { detectServiceAnomalies } from '../src/core/judge/service.js';
import type { ServiceBaseline } from '../src/core/baseline.js';
import type { Report, ServiceSeries } from '../src/core/types.js';
import { METRIC_NAMES } from '../src/core/types.js';
import { SimulatedSource } from '../src/sources/simulated/source.js';
import { runCli } from './support/cli.js';
import { generateIstioOpenMetrics, type SyntheticService } from './support/istio-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

const STEP = 15_000;
const config = loadConfig({ overrides: { source: 'simulated' } });

/** A series of `steps` steps at `perStep` requests, silent (absent) from step `darkFrom` on. */
function series(steps: number, perStep: number, darkFrom: number): ServiceSeries {
  const lit = (i: number) => i < darkFrom;
  const values = Object.fromEntries(
    METRIC_NAMES.map((m) => [m, Array.from({ length: steps }, (_, i) => (lit(i) ? 0 : null))]),
  ) as ServiceSeries['values'];
  values.requestRate = values.requestRate.map((v, i) => (lit(i) ? (perStep * 1000) / STEP : null));
  values.latencyP50 = values.latencyP50.map((v) => (v === null ? null : 20));
  values.latencyP90 = values.latencyP90.map((v) => (v === null ? null : 40));
  values.latencyP99 = values.latencyP99.map((v) => (v === null ? null : 80));
  return {
    service: { namespace: 'shop', name: 'cart' },
    requests: Array.from({ length: steps }, (_, i) => (lit(i) ? perStep : 0)),
    values,
    unavailable: [],
  };
}

function baselineAt(ratePerSecond: number): ServiceBaseline {
  return {
    namespace: 'shop',
    name: 'cart',
    requests: ratePerSecond * 3 * 3600,
    meanRate: ratePerSecond,
    insufficient: false,
    hourlyRate: null,
    metrics: { requestRate: { mean: ratePerSecond, p5: ratePerSecond, p95: ratePerSecond, std: 0, max: 0 } },
    models: {},
    unavailable: [],
  };
}

describe('the dark-tail rule, with known answers', () => {
  test('counts the silent steps at the end of the window, absent or zero alike', () => {
    expect(silentTailSteps([3, 0, 2, 0, 0])).toBe(2);
    expect(silentTailSteps([3, 2])).toBe(0);
    expect(silentTailSteps([0, 0])).toBe(2);
  });

  test('2 req/s silent for the last 80% of a 5-minute window is a critical traffic_drop', () => {
    const verdict = detectServiceAnomalies(series(20, 30, 4), baselineAt(2), config, STEP, 8);
    expect(verdict.status).toBe('anomalous');
    const [finding] = verdict.findings;
    expect(finding.type).toBe('traffic_drop');
    // 240 s of silence at 2 req/s: 480 requests expected, none came.
    expect(finding.reason).toEqual({
      kind: 'went-dark',
      silentSeconds: 240,
      expectedRequests: 480,
      shareOfWindow: 0.8,
    });
    expect(finding.severity).toBe('critical');
  });

  test('a silence inside the window counts the steps whose rate was read as zero, not the gaps', () => {
    expect(silentStretchSteps([3, 0, 0, 0, 2, 0], [0.2, 0, 0, 0, 0.1, null])).toBe(3);
    // A scrape gap (no value) is no evidence of silence.
    expect(silentStretchSteps([3, 0, 0, 0, 2], [0.2, null, null, null, 0.1])).toBe(0);
  });

  test('2 req/s silent for 3 minutes mid-window, then back, is a critical traffic_drop that says it came back', () => {
    const mid = series(20, 30, 20);
    for (let i = 4; i < 16; i++) {
      mid.requests[i] = 0;
      mid.values.requestRate[i] = 0;
    }
    const verdict = detectServiceAnomalies(mid, baselineAt(2), config, STEP, 8);
    const dark = verdict.findings.find((f) => f.reason.kind === 'went-dark');
    // 180 s of silence at 2 req/s: 360 requests expected, none came.
    expect(dark?.reason).toEqual({
      kind: 'went-dark',
      silentSeconds: 180,
      expectedRequests: 360,
      shareOfWindow: 0.6,
      resumed: true,
    });
    expect(dark?.severity).toBe('critical');
    // The same stretch as a scrape gap (no values) is not a silence.
    for (let i = 4; i < 16; i++) mid.values.requestRate[i] = null;
    const gap = detectServiceAnomalies(mid, baselineAt(2), config, STEP, 8);
    expect(gap.findings.some((f) => f.reason.kind === 'went-dark')).toBe(false);
  });

  test('a quiet service (0.01 req/s) silent for 4 minutes is chance, not a finding', () => {
    const ctxFree = series(20, 1, 4);
    const verdict = detectServiceAnomalies(ctxFree, baselineAt(0.01), config, STEP, 8);
    expect(verdict.findings.filter((f) => f.reason.kind === 'went-dark')).toEqual([]);
  });

  test('a short gap at the end (10% of the window) is left to the window statistics', () => {
    const ctx = {
      series: series(20, 30, 18),
      baseline: baselineAt(2),
      config,
      observed: {},
      expectedRate: 2,
      stepMs: STEP,
    };
    expect(darkTailFinding(ctx)).toBeNull();
  });

  test('a silence no longer than the service had while learning is its bursty clients, not a drop', () => {
    // Learned: bursts with silences of up to 5 minutes between them. Now: the last 4 minutes silent.
    const bursty = { ...baselineAt(2), silenceSeconds: 300 };
    expect(detectServiceAnomalies(series(20, 30, 4), bursty, config, STEP, 8).findings).toEqual([]);
    // Silent for longer than any silence it had (3 minutes): went dark.
    const steady = { ...baselineAt(2), silenceSeconds: 180 };
    const [finding] = detectServiceAnomalies(series(20, 30, 4), steady, config, STEP, 8).findings;
    expect(finding.reason.kind).toBe('went-dark');
  });

  test('learning keeps the longest silence between requests, setting one outlier aside among many', () => {
    // Runs at the edges are cut short (unknown length) and not counted.
    expect(ordinarySilenceSeconds([0, 0, 5, 0, 0, 0, 5, 0, 5, 0, 0, 0, 0], 60_000)).toBe(180);
    expect(ordinarySilenceSeconds([5, 5, 5], 60_000)).toBeNull();
    // Ten silences of 1 step and one of 30: the 30-step one is set aside (an outage while learning).
    const many = [5, ...Array.from({ length: 10 }, () => [0, 5]).flat(), ...new Array<number>(30).fill(0), 5];
    expect(ordinarySilenceSeconds(many, 60_000)).toBe(60);
  });

  test('the shape of a sidecar scrape whose pods were deleted (zero requests, 0 ratios) fails too', () => {
    const vanished = series(20, 30, 4);
    // The sidecar source keeps a vanished pod's counters: later steps read as zero requests, not as absent.
    vanished.values.requestRate = vanished.values.requestRate.map((v) => v ?? 0);
    const verdict = detectServiceAnomalies(vanished, baselineAt(2), config, STEP, 8);
    expect(verdict.findings.map((f) => f.type)).toEqual(['traffic_drop']);
  });
});

describe('on the simulated mesh', () => {
  test('ratings scaled to zero 3 minutes into a 5-minute scan is a traffic_drop, not a pass', async () => {
    const to = Date.parse('2026-11-25T12:00:00Z');
    const from = to - 5 * 60_000;
    const clean = await new SimulatedSource({ topology: 'bookinfo', seed: 1, faults: [] }).collect({
      from: from - 3 * 3_600_000,
      to: from - 600_000,
      stepMs: STEP,
      namespaces: [],
    });
    const baseline = learnBaseline(clean, config, {
      now: to,
      toolVersion: 'test',
      cluster: null,
      namespaces: [],
    });
    const scanned = await new SimulatedSource({
      topology: 'bookinfo',
      seed: 1,
      faults: [{ service: 'ratings', type: 'traffic_drop', magnitude: 0 }],
      faultFrom: from + 3 * 60_000,
      propagation: false,
    }).collect({ from, to, stepMs: STEP, namespaces: [] });
    const ratings = scanned.services.find((s) => s.service.name === 'ratings')!;
    const verdict = detectServiceAnomalies(
      ratings,
      baseline.services.find((s) => s.name === 'ratings')!,
      config,
      STEP,
      baseline.featureWindowMs / STEP,
      from,
    );
    expect(verdict.status).toBe('anomalous');
    expect(verdict.findings.map((f) => f.type)).toContain('traffic_drop');
  });
});

describe('on a real Prometheus, through the CLI', () => {
  const MINUTE = 60_000;
  const HOUR = 60 * MINUTE;
  const END = Math.floor(Date.now() / HOUR) * HOUR - HOUR;
  const SCAN_FROM = END - 5 * MINUTE;
  /**
   * The proxies of shop/cart stop reporting one minute into the scan window: 80% of it is dark (rate() over
   * 2 minutes still shows the service for 2 minutes after its last scrape).
   */
  const DARK_FROM = SCAN_FROM + MINUTE;
  let prometheus: RunningPrometheus;
  let dir: string;

  const mesh: SyntheticService[] = ['cart', 'checkout', 'catalog'].map((name, i) => ({
    namespace: 'shop',
    name,
    protocol: 'http',
    ratePerSecond: 3 + i,
    responses: [{ code: '200', share: 1 }],
    latency: [{ lowerMs: 5, upperMs: 40, fraction: 1 }],
  }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smanalyzer-dark-'));
    const text = generateIstioOpenMetrics({
      services: mesh,
      startMs: END - 4 * HOUR,
      endMs: END,
      scrapeIntervalMs: STEP,
    });
    const marker = 'destination_service_name="cart"';
    const kept = text
      .split('\n')
      .filter((line) => {
        if (!line.includes(marker)) return true;
        const seconds = Number(line.slice(line.lastIndexOf(' ') + 1));
        return seconds * 1000 < DARK_FROM;
      })
      .join('\n');
    prometheus = await startPrometheus(kept);
  }, 120_000);

  afterAll(async () => {
    await prometheus?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the dark service fails the scan as a traffic_drop; the lit ones stay ok', async () => {
    const baseline = join(dir, 'baseline.json');
    const common = ['--prometheus-url', prometheus.url, '--baseline', baseline, '--step', '15s'];
    const clock = { now: () => END };
    const learned = await runCli(
      [
        'learn',
        ...common,
        '--from',
        new Date(END - 4 * HOUR + 10 * MINUTE).toISOString(),
        '--to',
        new Date(SCAN_FROM - 10 * MINUTE).toISOString(),
      ],
      clock,
    );
    expect(learned.stderr).not.toMatch(/Error/);
    expect(learned.code).toBe(0);
    const scanned = await runCli(
      [
        'scan',
        ...common,
        '--from',
        new Date(SCAN_FROM).toISOString(),
        '--to',
        new Date(END).toISOString(),
        '--before',
        '0',
        '-o',
        'json',
      ],
      clock,
    );
    const report = JSON.parse(scanned.stdout) as Report;
    expect(scanned.code).toBe(1);
    expect(report.anomalies.map((a) => [a.service, a.type])).toEqual([['cart', 'traffic_drop']]);
    expect(report.services.find((s) => s.name === 'checkout')!.status).toBe('ok');
  }, 120_000);
});
