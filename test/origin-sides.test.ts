/**
 * Known answers for origin ranking where the two proxies of a call disagree: a caller's own pod that is slow, what
 * only a service's callers see, and changes too small to explain another's.
 */
import { describe, expect, it } from '@jest/globals';
import type { MetricSummary } from '../src/core/types.js';
import { NS, STEPS, edge, finding, healthy, names, rank, service } from './support/origin-graphs.js';

describe("origin ranking when a caller's own pod is slow", () => {
  // checkout's pod delays everything it sends and receives by 300 ms: its own p99 is up, and so is every call it
  // makes as its proxy times them. payment is called by checkout and by two other callers that see it as usual.
  const services = [
    service('checkout', { rate: 10, errors: [0.001, 0.001], p99: [400, 100] }),
    service('payment', { rate: 30, errors: [0.001, 0.001], p99: [33, 30] }),
    service('refunds', healthy(10, 80)),
    service('billing', healthy(10, 80)),
  ];
  const edges = [
    edge('checkout', 'payment', 10, 0, 330),
    edge('refunds', 'payment', 10, 0, 31),
    edge('billing', 'payment', 10, 0, 32),
  ];

  it("does not blame a callee whose slight own deviation is far short of what the caller's proxy times", () => {
    // payment's own p99 is 3 ms up (a finding of its own, already there): it cannot carry checkout's 300 ms.
    const findings = [
      finding('checkout', 'latency', 400, 100, 6),
      finding('payment', 'latency', 33, 30, 1.1),
    ];
    findings[1].onset = 'pre-existing';
    const result = rank(findings, services, edges);
    expect(names(result.origins)[0]).toBe('checkout');
    expect(result.symptomOf.has(0)).toBe(false);
  });

  it('still blames the callee when its other callers see it slow too', () => {
    const findings = [
      finding('checkout', 'latency', 400, 100, 6),
      finding('payment', 'latency', 33, 30, 1.1),
    ];
    const slowForAll = [
      edge('checkout', 'payment', 10, 0, 330),
      edge('refunds', 'payment', 10, 0, 320),
      edge('billing', 'payment', 10, 0, 325),
    ];
    const result = rank(findings, services, slowForAll);
    expect(names(result.origins)).toEqual(['payment']);
    expect(result.symptomOf.get(0)).toBe('shop/payment');
  });

  it("ranks the caller above a callee that only the caller's own proxy sees slow", () => {
    // ledger has one caller, checkout, whose proxy sees it 250 ms slower; ledger's own proxy sees nothing.
    const findings = [finding('checkout', 'latency', 1400, 100, 6), finding('ledger', 'latency', 300, 50, 3)];
    findings[1].caller = 'shop/checkout';
    const result = rank(
      findings,
      [
        service('checkout', { rate: 10, errors: [0.001, 0.001], p99: [1400, 100] }),
        service('ledger', healthy(10, 50)),
      ],
      [edge('checkout', 'ledger', 10, 0, 300)],
    );
    expect(names(result.origins)).toEqual(['checkout', 'ledger']);
  });
});

describe('origin ranking of what only callers see', () => {
  it("does not lay a service's callers-only findings on its callees", () => {
    // payment's callers' proxies see 5% of their calls overflow its connection pool; its own proxy sees nothing.
    // Its callee ledger has a small latency deviation of its own and returned 2 errors on the edge.
    const overflow = finding('payment', 'circuit_breaker', 0.05, 0.0001, 5);
    overflow.caller = 'shop/checkout';
    const findings = [overflow, finding('ledger', 'latency', 60, 50, 1.1)];
    findings[1].severity = 'medium';
    const services = [
      service('payment', { rate: 10, errors: [0.001, 0.001], p99: [30, 30] }),
      service('ledger', { rate: 10, errors: [0.001, 0.001], p99: [60, 50] }),
    ];
    const edges = [edge('checkout', 'payment', 10, 0.05, 30), edge('payment', 'ledger', 10, 0.0003, 60)];
    const result = rank(findings, services, edges);
    expect(names(result.origins)[0]).toBe('payment');
    expect(result.symptomOf.has(0)).toBe(false);
  });

  it('weighs the errors an edge must carry by the retries a caller sees, not its own error ratio alone', () => {
    // Callers retry 20% of their calls to cart (its own errors are as usual); cart's callee returned 2 errors.
    const findings = [
      finding('cart', 'retry_storm', 0.2, 0.01, 15),
      finding('redis', 'latency', 60, 50, 1.1),
    ];
    findings[1].severity = 'medium';
    const services = [
      service('cart', { rate: 10, errors: [0.001, 0.001], p99: [30, 30] }),
      service('redis', { rate: 10, errors: [0.001, 0.001], p99: [60, 50] }),
    ];
    const edges = [edge('frontend', 'cart', 10, 0, 30), edge('cart', 'redis', 10, 0.0003, 60)];
    const result = rank(findings, services, edges);
    expect(names(result.origins)[0]).toBe('cart');
    expect(result.symptomOf.has(0)).toBe(false);
  });
});

describe('origin ranking of a traffic change', () => {
  it('does not let a slight surge at a caller explain a callee three times as busy', () => {
    const findings = [
      finding('frontend', 'traffic_spike', 34.5, 30),
      finding('cart', 'traffic_spike', 60, 20),
    ];
    const rate = (observed: number, expected: number): MetricSummary => ({
      observed,
      expected,
      band: [expected * 0.8, expected * 1.2],
    });
    const frontend = service('frontend', healthy(34.5, 50));
    frontend.metrics.requestRate = rate(34.5, 30);
    const cart = service('cart', healthy(60, 10));
    cart.metrics.requestRate = rate(60, 20);
    const result = rank(
      findings,
      [frontend, cart],
      [edge(null, 'frontend', 34.5, 0, 50), edge('frontend', 'cart', 60, 0, 10)],
    );
    expect(names(result.origins)).toEqual(['cart', 'frontend']);
    expect(result.symptomOf.has(1)).toBe(false);
  });
});

describe('origin ranking above a callers-only finding', () => {
  it("keeps a surge's origin first when its callers also see it a little slower", () => {
    // checkout gets 3x its traffic and passes it on to email; its callers see it 3% slower (already so), and email
    // is a little slower under the load. checkout's own proxy sees no slowdown: nothing for email to explain.
    const slower = finding('checkout', 'latency', 95, 92, 2.5);
    slower.caller = 'shop/frontend';
    slower.onset = 'pre-existing';
    slower.severity = 'medium';
    const findings = [
      finding('checkout', 'traffic_spike', 15, 4, 2.8),
      slower,
      finding('email', 'traffic_spike', 0.96, 0.2, 2.7),
      finding('email', 'latency', 22.2, 20.2, 3.1),
    ];
    findings[0].severity = 'critical';
    findings[2].severity = 'critical';
    findings[3].severity = 'medium';
    const services = [
      service('checkout', { rate: 15, errors: [0.001, 0.001], p99: [95, 92] }),
      service('email', { rate: 0.96, errors: [0.001, 0.001], p99: [22.2, 20.2] }),
    ];
    const edges = [edge('frontend', 'checkout', 15, 0, 95), edge('checkout', 'email', 0.96, 0, 22)];
    expect(names(rank(findings, services, edges).origins)[0]).toBe('checkout');
  });
});

describe('origin ranking across the deploy', () => {
  /** A p99 at `normal` until step `from`, at `slow` from it on. */
  const latencySeries = (name: string, normal: number, slow: number, from: number) => ({
    service: { namespace: NS, name },
    requests: new Array<number>(STEPS).fill(600),
    values: { latencyP99: Array.from({ length: STEPS }, (_, i) => (i >= from ? slow : normal)) } as never,
    unavailable: [],
  });
  const withSeries = (onsets: { search: number; index: number }, indexOnset: 'new' | 'pre-existing') => {
    // search is newly 120 ms slower; its callee index is 110 ms slower.
    const findings = [finding('search', 'latency', 220, 100, 7), finding('index', 'latency', 350, 240, 5)];
    findings[0].onset = 'new';
    findings[1].onset = indexOnset;
    const services = [
      {
        ...service('search', { rate: 10, errors: [0.001, 0.001], p99: [220, 100] }),
        series: latencySeries('search', 100, 220, onsets.search),
      },
      {
        ...service('index', { rate: 10, errors: [0.001, 0.001], p99: [350, 240] }),
        series: latencySeries('index', 240, 350, onsets.index),
      },
    ];
    return rank(findings, services, [edge('search', 'index', 10, 0, 300)]);
  };

  it('does not explain a slowdown that started inside the window by a callee slow since before the deploy', () => {
    const result = withSeries({ search: 5, index: 0 }, 'pre-existing');
    expect(names(result.origins)[0]).toBe('search');
    expect(result.symptomOf.has(0)).toBe(false);
  });

  it('explains it by a callee whose slowdown is new too', () => {
    const result = withSeries({ search: 5, index: 4 }, 'new');
    expect(names(result.origins)).toEqual(['index']);
    expect(result.symptomOf.get(0)).toBe('shop/index');
  });

  it('explains a slowdown there from the window’s start by a callee slow since before the deploy', () => {
    // Slower from the first step: "new" by a margin, and as likely the callee's doing as before the deploy.
    const result = withSeries({ search: 0, index: 0 }, 'pre-existing');
    expect(result.symptomOf.get(0)).toBe('shop/index');
  });
});

describe('origin ranking on the same percentile', () => {
  it("compares a caller's onset with its callee's on the callee's percentile", () => {
    // cart's p50 goes up at step 5 (its finding); checkout waits on it: its p50 rises at step 5 as well, but its
    // heavy-tailed p99 (its finding) was already past the midpoint from step 0.
    const steps = (before: number, after: number, from: number) =>
      Array.from({ length: STEPS }, (_, i) => (i >= from ? after : before));
    const series = (name: string, values: Record<string, number[]>) => ({
      service: { namespace: NS, name },
      requests: new Array<number>(STEPS).fill(600),
      values: values as never,
      unavailable: [],
    });
    const checkoutFinding = finding('checkout', 'latency', 900, 300, 5);
    const cartFinding = { ...finding('cart', 'latency', 240, 40, 6), metric: 'latencyP50' as const };
    const band = (expected: number): [number, number] => [expected * 0.8, expected * 1.2];
    const checkout = service('checkout', { rate: 10, errors: [0.001, 0.001], p99: [900, 300] });
    checkout.metrics.latencyP50 = { observed: 150, expected: 60, band: band(60) };
    checkout.series = series('checkout', {
      latencyP50: steps(60, 260, 5),
      latencyP99: [700, 800, 650, 700, 750, 1000, 1100, 1000, 1050, 1100],
    });
    const cart = service('cart', { rate: 10, errors: [0.001, 0.001], p99: [400, 80] });
    cart.metrics.latencyP50 = { observed: 240, expected: 40, band: band(40) };
    cart.series = series('cart', { latencyP50: steps(40, 240, 5), latencyP99: steps(80, 400, 5) });
    const result = rank(
      [checkoutFinding, cartFinding],
      [checkout, cart],
      [edge('checkout', 'cart', 10, 0, 420)],
    );
    expect(names(result.origins)).toEqual(['cart']);
    expect(result.symptomOf.get(0)).toBe('shop/cart');
  });
});

describe('origin ranking of time lost between the proxies', () => {
  /** An edge as one proxy saw it, with its p50 as well as its p99. */
  const timed = (caller: string, callee: string, side: 'client' | 'server', p50: number, p99: number) => {
    const e = edge(caller, callee, 10, 0, p99, side);
    e.values.latencyP50 = new Array<number | null>(STEPS).fill(p50);
    return e;
  };

  /**
   * api 70 ms slower at the p99; its pod adds 50 ms to what it sends to db (lost at the p50 and p99: db's p99 is
   * short). Its calls to search answer in 4 ms at the median and 250 ms at the p99 on search's own proxy; api's
   * proxy sees them at these.
   */
  const apiLosingTimeToDbAndSearch = (searchP50: number, searchP99: number) =>
    rank(
      [finding('api', 'latency', 320, 250, 4)],
      [
        service('api', { rate: 10, errors: [0.001, 0.001], p99: [320, 250] }),
        service('db', healthy(10, 10)),
        service('search', healthy(10, 250)),
      ],
      [
        timed('api', 'db', 'client', 53, 60),
        timed('api', 'db', 'server', 3, 10),
        timed('api', 'search', 'client', searchP50, searchP99),
        timed('api', 'search', 'server', 4, 250),
      ],
    );

  it("reads 50 ms lost on every call a caller makes as the caller's side, not the network to one callee", () => {
    // The same 50 ms lost on the way to search, hidden in the p99 by search's long tail but plain in the p50.
    const result = apiLosingTimeToDbAndSearch(54, 300);
    expect(result.origins[0]).toMatchObject({ kind: 'service', service: 'api' });
    expect(result.symptomOf.has(0)).toBe(false);
  });

  /**
   * api slower by 300 ms at the p99, its one call out (to db) losing 300 ms between the proxies; the gateway's proxy
   * sees api at this p50 and p99 while api's own proxy answers in 60 and 420 ms.
   */
  const apiLosingTimeToDb = (gatewayP50: number, gatewayP99: number) =>
    rank(
      [finding('api', 'latency', 420, 120, 4)],
      [service('api', { rate: 10, errors: [0.001, 0.001], p99: [420, 120] }), service('db', healthy(10, 10))],
      [
        timed('api', 'db', 'client', 303, 310),
        timed('api', 'db', 'server', 3, 10),
        timed('gateway', 'api', 'client', gatewayP50, gatewayP99),
        timed('gateway', 'api', 'server', 60, 420),
      ],
    );

  it('reads a caller whose own callers lose as much time on the way to it as its own slow side, with one callee', () => {
    // api's pod delays both directions by 300 ms: the gateway's proxy sees api 300 ms slower than api's own proxy
    // does. Both gaps end at api.
    const result = apiLosingTimeToDb(360, 720);
    expect(result.origins[0]).toMatchObject({ kind: 'service', service: 'api' });
    expect(result.symptomOf.has(0)).toBe(false);
  });

  it('keeps the network to the one callee when the caller’s callers lose only a small constant gap to it', () => {
    // A gateway in another zone: its proxy always sees api's median 40 ms slower, time lost between the proxies
    // but far less than the 300 ms lost on the way to db, which stays that edge's.
    const result = apiLosingTimeToDb(100, 440);
    expect(result.origins[0]).toMatchObject({ kind: 'network', service: 'db', caller: { service: 'api' } });
  });

  it('does not read one slow request on a thin edge as the network; a delay every request pays it does', () => {
    // 30 requests over the window to a quiet db: the p99 is its slowest request or so.
    const thin = (e: ReturnType<typeof timed>) => ({ ...e, requests: e.requests.map(() => 3) });
    const apiSlowerTo = (clientP50: number) =>
      rank(
        [finding('api', 'latency', 320, 250, 4)],
        [
          service('api', { rate: 10, errors: [0.001, 0.001], p99: [320, 250] }),
          service('db', healthy(0.05, 10)),
        ],
        [thin(timed('api', 'db', 'client', clientP50, 210)), thin(timed('api', 'db', 'server', 3, 10))],
      );
    // One request waited for a retransmission (200 ms): the p99 loses time, the median does not.
    expect(apiSlowerTo(4).origins[0]).toMatchObject({ kind: 'service', service: 'api' });
    // Every request 200 ms slower: the median loses it too, and the network to db is named.
    expect(apiSlowerTo(203).origins[0]).toMatchObject({
      kind: 'network',
      service: 'db',
      caller: { service: 'api' },
    });
  });

  it('still names the network to the one callee when the caller’s other calls lose no time', () => {
    const result = apiLosingTimeToDbAndSearch(5, 252);
    expect(result.origins[0]).toMatchObject({ kind: 'network', service: 'db', caller: { service: 'api' } });
  });
});
