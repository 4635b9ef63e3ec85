/**
 * The simulated mesh's realism mode (`realistic:<topology>`): what a real Prometheus would show, checked against
 * the definitions it claims (histogram_quantile over the window's bucket increments, rate() over 2 minutes of
 * 15-second scrapes) and for the properties the benchmark relies on (quiet services, drift, gaps, determinism).
 */
import { describe, expect, test } from '@jest/globals';
import { histogramQuantile } from '../src/core/histogram.js';
import { SimulatedSource } from '../src/sources/simulated/source.js';
import { ENVOY_BUCKETS_WITH_INF } from '../src/sources/simulated/buckets.js';
import type { CollectedMetrics, ServiceSeries } from '../src/core/types.js';

const DAY = Date.UTC(2026, 0, 5);
const STEP = 15_000;
const HOUR = 3_600_000;

function collect(topology: string, from: number, to: number): CollectedMetrics {
  return new SimulatedSource({ topology, seed: 3, faults: [] }).collectNow({
    from,
    to,
    stepMs: STEP,
    namespaces: [],
  });
}

function median(values: Array<number | null>): number {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return present[Math.floor(present.length / 2)];
}

describe('the realistic simulated mesh', () => {
  const hour = collect('realistic:boutique', DAY + 10 * HOUR, DAY + 11 * HOUR);
  const busy = hour.services.find((s) => s.service.name === 'frontend')!;

  test("every step's quantiles are histogram_quantile over the last 2 minutes' bucket increments, on Istio's buckets", () => {
    expect(busy.latencyBuckets!.bounds).toEqual(ENVOY_BUCKETS_WITH_INF);
    let checked = 0;
    for (let i = 7; i < busy.requests.length; i++) {
      const last7 = busy.latencyBuckets!.counts.slice(i - 6, i + 1);
      if (last7.some((c) => c === null) || busy.latencyBuckets!.counts[i - 7] === null) continue;
      // 8 scrapes in (end − 2m, end]: the increase between the first and the last spans the last 7 steps.
      const merged = ENVOY_BUCKETS_WITH_INF.map((le, b) => ({
        le,
        count: last7.reduce((sum, c) => sum + c![b], 0),
      }));
      expect(busy.values.latencyP99[i]).toBeCloseTo(histogramQuantile(0.99, merged)!, 9);
      expect(busy.values.latencyP50[i]).toBeCloseTo(histogramQuantile(0.5, merged)!, 9);
      // rate() = that increase over the 105 s between the first and the last sample.
      expect(busy.values.requestRate[i]).toBeCloseTo(merged[merged.length - 1].count / 105, 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  test('some busy services have a heavy-tailed p99: GC-like pauses reach 2.5x its median within an hour, p50 stays', () => {
    const heavy = hour.services.filter((s) => {
      const p99s = s.values.latencyP99.filter((v): v is number => v !== null);
      const p50s = s.values.latencyP50.filter((v): v is number => v !== null);
      return (
        median(s.values.requestRate) > 5 &&
        Math.max(...p99s) > 2.5 * median(p99s) &&
        Math.max(...p50s) < 1.5 * median(p50s)
      );
    });
    expect(heavy.length).toBeGreaterThan(0);
  });

  test('about a third of a generated mesh serves under 0.5 requests per second', () => {
    const mesh = collect('realistic:generated:25', DAY + 10 * HOUR, DAY + 10.5 * HOUR);
    const quiet = mesh.services.filter((s) => median(s.values.requestRate) < 0.5);
    expect(quiet.length).toBeGreaterThanOrEqual(3);
    expect(quiet.length).toBeLessThan(15);
  });

  test('levels drift from one day to the next: some service p50 moves by more than 1.3x at the same hour', () => {
    const next = collect('realistic:boutique', DAY + 34 * HOUR, DAY + 35 * HOUR);
    const ratios = hour.services.map((s: ServiceSeries) => {
      const other = next.services.find((n) => n.service.name === s.service.name)!;
      const r = median(other.values.latencyP50) / median(s.values.latencyP50);
      return Math.max(r, 1 / r);
    });
    expect(Math.max(...ratios)).toBeGreaterThan(1.3);
  });

  test('three hours hold scrape gaps: steps without a scrape have no bucket increments', () => {
    const day = collect('realistic:boutique', DAY, DAY + 3 * HOUR);
    const gaps = day.services.reduce(
      (n, s) => n + s.latencyBuckets!.counts.filter((c) => c === null).length,
      0,
    );
    expect(gaps).toBeGreaterThan(0);
  });

  test('the same time reads the same whatever window it is collected in', () => {
    const part = collect('realistic:boutique', DAY + 10.5 * HOUR, DAY + 11 * HOUR);
    const offset = (0.5 * HOUR) / STEP;
    for (const s of part.services) {
      const whole = hour.services.find((h) => h.service.name === s.service.name)!;
      // Past the first 2 minutes, whose rate windows reach before the shorter collection.
      expect(s.values.latencyP99.slice(8)).toEqual(whole.values.latencyP99.slice(offset + 8));
      expect(s.values.requestRate.slice(8)).toEqual(whole.values.requestRate.slice(offset + 8));
    }
  });

  test('an injected 3x latency fault moves the p50 of its service', () => {
    const faulted = new SimulatedSource({
      topology: 'realistic:boutique',
      seed: 3,
      faults: [{ service: 'frontend', type: 'latency', magnitude: 3 }],
    }).collectNow({ from: DAY + 10 * HOUR, to: DAY + 11 * HOUR, stepMs: STEP, namespaces: [] });
    const slow = faulted.services.find((s) => s.service.name === 'frontend')!;
    expect(median(slow.values.latencyP50) / median(busy.values.latencyP50)).toBeGreaterThan(2);
  });
});
