/**
 * The Train-Ticket conversion (bench/trainticket/convert.ts) on hand-made rows with answers worked out by hand:
 * what is read from the data as it is, and what is synthesised (counters, the p50, the histogram buckets).
 */
import { describe, expect, test } from '@jest/globals';
import {
  distributionAnchors,
  knownOrNearestAnchors,
  parseFaults,
  parsePodCsv,
  shareAtOrBelow,
  synthesisedP50,
  workloadOf,
  writeOpenMetrics,
} from '../bench/trainticket/convert.js';
import { realDataSplits } from '../bench/splits.js';
import { histogramQuantile } from '../src/core/histogram.js';

const HEADER =
  'Time,TimeStamp,PodName,PodServerLatencyP90(s),PodServerLatencyP95(s),PodServerLatencyP99(s),PodWorkload(Ops),PodSuccessRate(%)';

describe('the Train-Ticket conversion', () => {
  test('the workload is the pod name less its two hash suffixes', () => {
    expect(workloadOf('ts-order-service-5b67c48447-mv5hb')).toBe('ts-order-service');
    expect(workloadOf('ts-ui-dashboard-5477b965f-lwprp')).toBe('ts-ui-dashboard');
  });

  test('faults are timed by the inject_time string, not the numeric timestamp that is 8 h off', () => {
    const faults = parseFaults(
      JSON.stringify({
        '08': [
          {
            inject_time: '2023-01-29 08:43:04',
            inject_timestamp: '1674953044',
            inject_pod: 'ts-contacts-service-866bd68c97-xcqfx',
            inject_type: 'return',
          },
        ],
      }),
    );
    expect(faults).toEqual([
      { at: Date.UTC(2023, 0, 29, 8, 43, 4), service: 'ts-contacts-service', type: 'return' },
    ]);
  });

  test('a pod CSV gives per-minute rate and latency quantiles in ms; NaN is no value', () => {
    const pod = parsePodCsv(
      [
        HEADER,
        'x,1674981670,ts-order-service-5b67c48447-mv5hb,0.02,0.03,0.05,1.5,0',
        'x,1674981730,ts-order-service-5b67c48447-mv5hb,NaN,NaN,NaN,0,0',
      ].join('\n'),
    );
    expect(pod).toEqual({
      pod: 'ts-order-service-5b67c48447-mv5hb',
      workload: 'ts-order-service',
      rows: [
        { t: 1674981670, ops: 1.5, p90: 20, p95: 30, p99: 50 },
        { t: 1674981730, ops: 0, p90: null, p95: null, p99: null },
      ],
    });
  });

  test('the synthesised p50 extrapolates a log-normal body from p90 and p99, within [p90 / 5, p90]', () => {
    // sigma = ln(99/50) / (2.3263 − 1.2816) = 0.6540; p50 = 50 × exp(−1.2816 × 0.6540) = 21.6.
    expect(synthesisedP50(50, 99)).toBeCloseTo(21.63, 1);
    expect(synthesisedP50(50, 5000)).toBe(10);
    expect(synthesisedP50(50, 50)).toBe(50);
  });

  test('the synthesised buckets give back the data quantiles through histogram_quantile', () => {
    const anchors = distributionAnchors({ t: 0, ops: 1, p90: 100, p95: 150, p99: 240 })!;
    // On bucket bounds the share is exact: linear between the anchors (p90 = 100 ms at 0.9).
    expect(shareAtOrBelow(anchors, 100)).toBeCloseTo(0.9, 9);
    expect(shareAtOrBelow(anchors, 1e9)).toBe(1);
    const buckets = [25, 50, 100, 250, 500, Infinity].map((le) => ({
      le,
      count: 10_000 * shareAtOrBelow(anchors, le),
    }));
    expect(histogramQuantile(0.9, buckets)).toBeCloseTo(100, 6);
  });

  test('counters are running sums of rate × 60 s floored; a pod that never served has no series', () => {
    const served = parsePodCsv(
      [HEADER, 'x,60,ts-a-1-2,0.02,0.03,0.05,0.5,0', 'x,120,ts-a-1-2,0.02,0.03,0.05,0.55,0'].join('\n'),
    )!;
    const idle = parsePodCsv([HEADER, 'x,60,ts-b-1-2,0,0,0,0,0'].join('\n'))!;
    let text = '';
    const counts = writeOpenMetrics([served, idle], (chunk) => (text += chunk));
    const requests = text.split('\n').filter((l) => l.startsWith('istio_requests_total'));
    expect(requests.map((l) => l.split(' ').slice(1))).toEqual([
      ['30', '60'],
      ['63', '120'],
    ]);
    expect(requests[0]).toContain('destination_service_name="ts-a"');
    expect(requests[0]).toContain('response_code="200"');
    expect(text).not.toContain('ts-b');
    // 1 counter + 20 buckets + count + sum, two samples each.
    expect(counts).toEqual({ series: 23, samples: 46 });
    expect(text.endsWith('# EOF\n')).toBe(true);
  });
});

describe('minutes with requests but no quantiles', () => {
  it('take the distribution of the nearest minute that has one, the earlier on a tie', () => {
    const a = distributionAnchors({ t: 0, ops: 1, p90: 100, p95: 150, p99: 240 });
    const b = distributionAnchors({ t: 0, ops: 1, p90: 10, p95: 15, p99: 24 });
    expect(knownOrNearestAnchors([null, a, null, null, null, b, null])).toEqual([a, a, a, a, b, b, b]);
  });

  it('stay unknown when the pod never had quantiles', () => {
    expect(knownOrNearestAnchors([null, null])).toEqual([null, null]);
  });
});

describe('the Train-Ticket splits, from the fault lists', () => {
  const at = (iso: string) => ({ at: Date.parse(iso) });

  it('start the fault-free hours at the first 10-minute mark 10 minutes after the last fault ended', () => {
    // The shipped archive's last faults: 15:42 on the 29th, 14:08 on the 30th (each lasts 3 minutes).
    const splits = realDataSplits({
      '2023-01-30': [at('2023-01-30T11:51:00Z'), at('2023-01-30T14:08:00Z')],
      '2023-01-29': [at('2023-01-29T08:43:00Z'), at('2023-01-29T15:42:00Z')],
    });
    expect(splits).toEqual({
      tuning: {
        learnDay: '2023-01-30',
        learnHours: ['14:30', '23:50'],
        scanDay: '2023-01-29',
        cleanHours: ['16:00', '23:50'],
      },
      'held-out': {
        learnDay: '2023-01-29',
        learnHours: ['16:00', '23:50'],
        scanDay: '2023-01-30',
        cleanHours: ['14:30', '23:50'],
      },
    });
  });

  it('refuse data of a single day: nothing to hold out', () => {
    expect(() => realDataSplits({ '2023-01-29': [] })).toThrow('two days');
  });
});
