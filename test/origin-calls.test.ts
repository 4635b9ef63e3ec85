/**
 * Known answers for origin ranking where how a caller calls matters: a callee called several times per request,
 * a finding its callers see that its own proxy shows too, and a callee only one slow caller sees slow.
 */
import { describe, expect, it } from '@jest/globals';
import { STEPS, edge, finding, healthy, names, rank, service } from './support/origin-graphs.js';

describe('origin ranking through a callee called several times per request', () => {
  // currency's pod network delays every call 500 ms: its own proxy sees nothing, its callers' proxies see each call
  // 500 ms slower. checkout calls it five times per request in turn, so its own p99 is 2,500 ms up; cart calls it
  // once per request and sees it as slow.
  const currencySlow = () => {
    const seen = finding('currency', 'latency', 530, 30, 6);
    seen.caller = 'shop/checkout';
    return seen;
  };
  const services = [
    service('checkout', { rate: 10, errors: [0.001, 0.001], p99: [2600, 100] }),
    service('currency', { rate: 60, errors: [0.001, 0.001], p99: [30, 30] }),
    service('cart', healthy(10, 600)),
  ];

  it('lays the caller’s slowdown on the callee when its calls carry it together', () => {
    const findings = [finding('checkout', 'latency', 2600, 100, 8), currencySlow()];
    const edges = [edge('checkout', 'currency', 50, 0, 530), edge('cart', 'currency', 10, 0, 530)];
    const result = rank(findings, services, edges);
    expect(names(result.origins)[0]).toBe('currency');
    expect(result.symptomOf.get(0)).toBe('shop/currency');
  });

  it('does not when each request calls it once: 500 ms cannot carry 2,500', () => {
    const findings = [finding('checkout', 'latency', 2600, 100, 8), currencySlow()];
    const edges = [edge('checkout', 'currency', 10, 0, 530), edge('cart', 'currency', 10, 0, 530)];
    const result = rank(findings, services, edges);
    expect(result.symptomOf.has(0)).toBe(false);
  });

  it('follows a finding its callers see that its own proxy shows too, down to the callee', () => {
    // frontend's proxy sees checkout 2,700 ms slower, and checkout's own proxy 2,500 ms: the finding the report
    // keeps is the callers' view, and what checkout waits on is still currency's.
    const fromFrontend = finding('checkout', 'latency', 2800, 100, 8);
    fromFrontend.caller = 'shop/frontend';
    const edges = [
      edge('frontend', 'checkout', 10, 0, 2800),
      edge('checkout', 'currency', 50, 0, 530),
      edge('cart', 'currency', 10, 0, 530),
    ];
    const result = rank([fromFrontend, currencySlow()], services, edges);
    expect(names(result.origins)[0]).toBe('currency');
    expect(result.symptomOf.get(0)).toBe('shop/currency');
  });

  it('reads when a finding its callers see began from their view of it, not the service’s own', () => {
    // frontend is slower from the window's first step, as is its proxy's view of checkout; checkout's own proxy
    // sees it only from step 6 (its tail caught up late). Read from its own series, checkout's trouble began too late to explain
    // frontend's.
    const ramp = (normal: number, slow: number, from: number) =>
      Array.from({ length: STEPS }, (_, i) => (i >= from ? slow : normal));
    const slowFrom = (s: ReturnType<typeof service>, normal: number, slow: number, from: number) => ({
      ...s,
      series: {
        service: s.key,
        requests: new Array<number>(STEPS).fill(600),
        values: { latencyP99: ramp(normal, slow, from) } as never,
        unavailable: [],
      },
    });
    const frontendSlow = finding('frontend', 'latency', 3000, 200, 8);
    const checkoutSeen = finding('checkout', 'latency', 2800, 100, 6);
    checkoutSeen.caller = 'shop/frontend';
    const toCheckout = edge('frontend', 'checkout', 10, 0, 2800);
    toCheckout.values.latencyP99 = ramp(100, 2800, 0);
    const result = rank(
      [frontendSlow, checkoutSeen],
      [
        slowFrom(service('frontend', { rate: 10, errors: [0.001, 0.001], p99: [3000, 200] }), 200, 3000, 0),
        slowFrom(service('checkout', { rate: 10, errors: [0.001, 0.001], p99: [1800, 100] }), 100, 2900, 6),
      ],
      [toCheckout],
    );
    expect(result.symptomOf.get(0)).toBe('shop/checkout');
  });
});

describe('origin ranking of a callee that only one slow caller sees slow', () => {
  const timedEdge = (
    caller: string | null,
    callee: string,
    side: 'client' | 'server',
    p50: number,
    p99: number,
  ) => {
    const e = edge(caller, callee, 10, 0, p99, side);
    e.values.latencyP50 = new Array<number | null>(STEPS).fill(p50);
    return e;
  };
  const withMedian = (s: ReturnType<typeof service>, observed: number, expected: number) => ({
    ...s,
    metrics: {
      ...s.metrics,
      latencyP50: { observed, expected, band: [expected * 0.8, expected * 1.2] as [number, number] },
    },
  });

  /** api's proxy times db 300 ms slower than db answers; db's only caller is api. */
  const apiAndDb = (apiSeenByItsCallersP99: number) => {
    const dbSeen = finding('db', 'latency', 330, 30, 5);
    dbSeen.caller = 'shop/api';
    return rank(
      [finding('api', 'latency', 400, 100, 6), dbSeen],
      [service('api', { rate: 10, errors: [0.001, 0.001], p99: [400, 100] }), service('db', healthy(10, 30))],
      [
        timedEdge(null, 'api', 'client', 380, apiSeenByItsCallersP99),
        timedEdge('api', 'db', 'client', 310, 330),
        timedEdge('api', 'db', 'server', 10, 30),
      ],
    );
  };

  it('lays it on the callee when nothing tells the two apart', () => {
    expect(apiAndDb(410).symptomOf.get(0)).toBe('shop/db');
  });

  it('does not when the caller’s own callers lose as much time on the way to it: its pod’s network', () => {
    // api's callers time it 300 ms slower than its own proxy answers: what it sends is delayed as much.
    expect(apiAndDb(700).symptomOf.has(0)).toBe(false);
  });

  it('asks the callee’s other callers at the finding’s percentile: a median slowdown by their medians', () => {
    // api's median is 200 ms up and its proxy sees db's 100 ms up; db's other caller, cron, sees db's median as
    // usual, and its p99 (a tail that swings) 120 ms over db's usual p99: db's median did not move.
    const dbSeen = finding('db', 'latency', 110, 10, 5);
    dbSeen.metric = 'latencyP50';
    dbSeen.caller = 'shop/api';
    const apiSlow = finding('api', 'latency', 300, 100, 6);
    apiSlow.metric = 'latencyP50';
    const result = rank(
      [apiSlow, dbSeen],
      [
        withMedian(service('api', { rate: 10, errors: [0.001, 0.001], p99: [600, 500] }), 300, 100),
        withMedian(service('db', healthy(10, 200)), 10, 10),
        service('cron', healthy(10, 50)),
      ],
      [
        timedEdge('api', 'db', 'client', 110, 300),
        timedEdge('api', 'db', 'server', 10, 200),
        timedEdge('cron', 'db', 'client', 12, 320),
      ],
    );
    expect(result.symptomOf.has(0)).toBe(false);
  });
});
