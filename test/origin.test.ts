/**
 * Known answers for origin ranking on hand-built call graphs: which service broke, which ones only suffer.
 */
import { describe, expect, it } from '@jest/globals';
import type { Report } from '../src/core/types.js';
import { describeOrigin } from '../src/render/origin.js';
import { NS, STEPS, edge, finding, healthy, names, rank, service } from './support/origin-graphs.js';

describe('origin ranking on a chain A → B → C', () => {
  it('names C when C fails and marks A and B as its symptoms', () => {
    // C fails 20% of calls; B passes half of them on, A half of B's.
    const findings = [
      finding('a', 'error_rate', 0.05, 0.001),
      finding('b', 'error_rate', 0.1, 0.001),
      finding('c', 'error_rate', 0.2, 0.001),
    ];
    const services = [
      service('a', { rate: 10, errors: [0.05, 0.001], p99: [50, 50] }),
      service('b', { rate: 10, errors: [0.1, 0.001], p99: [30, 30] }),
      service('c', { rate: 10, errors: [0.2, 0.001], p99: [10, 10] }),
    ];
    const edges = [edge(null, 'a', 10, 0.05, 50), edge('a', 'b', 10, 0.1, 30), edge('b', 'c', 10, 0.2, 10)];
    const result = rank(findings, services, edges);
    expect(names(result.origins)).toEqual(['c']);
    expect(result.origins[0].explains.map((x) => x.service).sort()).toEqual(['a', 'b']);
    expect(result.symptomOf.get(0)).toBe('shop/c');
    expect(result.symptomOf.get(1)).toBe('shop/c');
    expect(result.symptomOf.has(2)).toBe(false);
  });

  it('names B when B fails and its callee C is healthy', () => {
    const findings = [finding('a', 'latency', 400, 50), finding('b', 'latency', 330, 30)];
    const services = [
      service('a', { rate: 10, errors: [0.001, 0.001], p99: [400, 50] }),
      service('b', { rate: 10, errors: [0.001, 0.001], p99: [330, 30] }),
      service('c', healthy(10, 10)),
    ];
    const edges = [
      edge('a', 'b', 10, 0, 335),
      edge('b', 'c', 10, 0, 11),
      edge('b', 'c', 10, 0, 10, 'server'),
    ];
    const result = rank(findings, services, edges);
    expect(names(result.origins)).toEqual(['b']);
    expect(result.origins[0].explains).toEqual([{ namespace: NS, service: 'a', type: 'latency' }]);
    expect(result.origins[0].evidence).toContainEqual(
      expect.objectContaining({ signal: 'latency', type: 'latency', healthyCallees: 1 }),
    );
  });

  it('does not blame a callee whose trouble started after its caller’s', () => {
    const series = (name: string, from: number) => ({
      service: { namespace: NS, name },
      requests: new Array<number>(STEPS).fill(600),
      values: Object.fromEntries(
        (['errorRatio', 'latencyP99'] as const).map((m) => [
          m,
          Array.from({ length: STEPS }, (_, i) => (m === 'errorRatio' && i >= from ? 0.1 : 0.001)),
        ]),
      ) as never,
      unavailable: [],
    });
    const findings = [finding('a', 'error_rate', 0.06, 0.001), finding('b', 'error_rate', 0.03, 0.001)];
    const services = [
      { ...service('a', { rate: 10, errors: [0.06, 0.001], p99: [50, 50] }), series: series('a', 4) },
      { ...service('b', { rate: 10, errors: [0.03, 0.001], p99: [30, 30] }), series: series('b', 7) },
    ];
    const result = rank(findings, services, [edge('a', 'b', 10, 0.03, 30)]);
    expect(names(result.origins).sort()).toEqual(['a', 'b']);
    expect(result.symptomOf.size).toBe(0);
  });
});

describe('origin ranking with several faults', () => {
  it('names both of two independent faults', () => {
    // frontend → cart (fails) and frontend → ads; separately, batch → mail (slow).
    const findings = [
      finding('frontend', 'error_rate', 0.04, 0.001),
      finding('cart', 'error_rate', 0.12, 0.001),
      finding('mail', 'latency', 900, 40),
      finding('batch', 'latency', 1000, 100),
    ];
    const services = [
      service('frontend', { rate: 30, errors: [0.04, 0.001], p99: [80, 80] }),
      service('cart', { rate: 10, errors: [0.12, 0.001], p99: [20, 20] }),
      service('ads', healthy(20, 15)),
      service('mail', { rate: 2, errors: [0.001, 0.001], p99: [900, 40] }),
      service('batch', { rate: 2, errors: [0.001, 0.001], p99: [1000, 100] }),
    ];
    const edges = [
      edge('frontend', 'cart', 10, 0.12, 20),
      edge('frontend', 'ads', 20, 0.001, 15),
      edge('batch', 'mail', 2, 0, 905),
    ];
    const result = rank(findings, services, edges);
    expect(names(result.origins).sort()).toEqual(['cart', 'mail']);
    expect(result.origins.find((o) => o.service === 'cart')!.explains.map((x) => x.service)).toEqual([
      'frontend',
    ]);
    expect(result.origins.find((o) => o.service === 'mail')!.explains.map((x) => x.service)).toEqual([
      'batch',
    ]);
  });

  it('keeps a caller as an origin when the edge to its anomalous callee does not carry its errors', () => {
    // a fails 10% on its own; b's small failure reaches a on an edge carrying 2 errors in 6000 calls.
    const findings = [finding('a', 'error_rate', 0.1, 0.001), finding('b', 'error_rate', 0.05, 0.001)];
    const services = [
      service('a', { rate: 10, errors: [0.1, 0.001], p99: [50, 50] }),
      service('b', { rate: 1, errors: [0.05, 0.001], p99: [30, 30] }),
    ];
    const result = rank(findings, services, [edge('a', 'b', 0.01, 0.3, 30)]);
    expect(names(result.origins).sort()).toEqual(['a', 'b']);
  });
});

describe('origin ranking when an edge falls short', () => {
  it('ranks a faulty service above an upstream caller whose own slowdown no single edge carries', () => {
    // db is slow; mid waits on it (explained); frontend is slower still, spread over calls no edge fully shows.
    const findings = [
      finding('frontend', 'latency', 900, 100, 9),
      finding('mid', 'latency', 400, 40),
      finding('db', 'latency', 330, 30, 3),
    ];
    const services = [
      service('frontend', { rate: 10, errors: [0.001, 0.001], p99: [900, 100] }),
      service('mid', { rate: 10, errors: [0.001, 0.001], p99: [400, 40] }),
      service('db', { rate: 10, errors: [0.001, 0.001], p99: [330, 30] }),
    ];
    const edges = [edge('frontend', 'mid', 10, 0, 150), edge('mid', 'db', 10, 0, 335)];
    const result = rank(findings, services, edges);
    expect(names(result.origins)).toEqual(['db', 'frontend']);
    expect(result.origins[0].explains.map((x) => x.service)).toEqual(['mid']);
  });

  it('keeps a strong origin first over a much weaker deviation downstream of it', () => {
    const findings = [finding('frontend', 'latency', 900, 100, 9), finding('db', 'latency', 36, 30, 1.1)];
    findings[1].severity = 'low';
    const services = [
      service('frontend', { rate: 10, errors: [0.001, 0.001], p99: [900, 100] }),
      service('mid', healthy(10, 40)),
      service('db', { rate: 10, errors: [0.001, 0.001], p99: [36, 30] }),
    ];
    const edges = [edge('frontend', 'mid', 10, 0, 41), edge('mid', 'db', 10, 0, 36)];
    expect(names(rank(findings, services, edges).origins)).toEqual(['frontend', 'db']);
  });
});

describe('origin ranking on the network', () => {
  it('names the edge when a caller is slow on it and the callee answers normally', () => {
    const findings = [finding('frontend', 'latency', 300, 60)];
    const services = [
      service('frontend', { rate: 20, errors: [0.001, 0.001], p99: [300, 60] }),
      service('cart', healthy(20, 20)),
    ];
    const edges = [edge('frontend', 'cart', 20, 0, 260), edge('frontend', 'cart', 20, 0, 21, 'server')];
    const result = rank(findings, services, edges);
    expect(result.origins).toHaveLength(1);
    expect(result.origins[0]).toMatchObject({
      kind: 'network',
      namespace: NS,
      service: 'cart',
      caller: { namespace: NS, service: 'frontend' },
      explains: [{ namespace: NS, service: 'frontend', type: 'latency' }],
    });
    expect(result.origins[0].evidence[0]).toMatchObject({ clientP99Ms: 260, serverP99Ms: 21 });
    expect(result.symptomOf.get(0)).toBe('shop/frontend->shop/cart');
  });
});

describe('origin ranking on a lone service', () => {
  it('names a service with no callers or callees as its own origin', () => {
    const result = rank([finding('island', 'traffic_drop', 1, 10)], [service('island', healthy(1, 5))], []);
    expect(result.origins).toEqual([
      expect.objectContaining({ namespace: NS, service: 'island', kind: 'service', explains: [] }),
    ]);
    expect(result.origins[0].score).toBeGreaterThan(0);
  });

  it('ranks a change that started with the deploy above one already there before it', () => {
    const old = { ...finding('batch', 'error_rate', 0.3, 0.001, 20), onset: 'pre-existing' as const };
    const fresh = { ...finding('cart', 'latency', 90, 30, 2), onset: 'new' as const };
    const services = [service('batch', healthy(5, 20)), service('cart', healthy(5, 30))];
    expect(names(rank([old, fresh], services, []).origins)).toEqual(['cart', 'batch']);
    expect(names(rank([{ ...old, onset: 'new' }, fresh], services, []).origins)).toEqual(['batch', 'cart']);
  });

  it('returns nothing when nothing is anomalous', () => {
    expect(rank([], [service('a', healthy(1, 5))], [edge('a', 'b', 1, 0, 5)]).origins).toEqual([]);
  });

  it('lets a traffic surge at a caller explain the same surge at its callee', () => {
    const findings = [finding('frontend', 'traffic_spike', 90, 30), finding('cart', 'traffic_spike', 60, 20)];
    const services = [service('frontend', healthy(90, 50)), service('cart', healthy(60, 10))];
    const result = rank(findings, services, [
      edge(null, 'frontend', 90, 0, 50),
      edge('frontend', 'cart', 60, 0, 10),
    ]);
    expect(names(result.origins)).toEqual(['frontend']);
    expect(result.origins[0].explains.map((x) => x.service)).toEqual(['cart']);
  });
});

describe('origin ranking when a caller stops calling', () => {
  // frontend → checkout → {email, payment}: checkout fails before it calls either, and shows nothing itself.
  const findings = [finding('email', 'traffic_drop', 0.1, 0.3), finding('payment', 'traffic_drop', 0.1, 0.3)];
  const services = [
    service('frontend', healthy(8, 500)),
    service('checkout', healthy(0.3, 300)),
    service('email', healthy(0.1, 5)),
    service('payment', healthy(0.1, 5)),
  ];
  const calls = (emailSent: number) => [
    edge(null, 'frontend', 8, 0, 500),
    edge('frontend', 'checkout', 0.3, 0, 300),
    edge('checkout', 'email', emailSent, 0, 5),
    edge('checkout', 'payment', 0.1, 0, 5),
  ];

  it('names the caller whose own proxy sent two of its only-callees nothing, though it shows nothing itself', () => {
    const result = rank(findings, services, calls(0.1));
    expect(names(result.origins)).toEqual(['checkout']);
    expect(result.symptomOf.get(0)).toBe('shop/checkout');
    expect(result.symptomOf.get(1)).toBe('shop/checkout');
    const report = { services: [], anomalies: [], origins: result.origins } as unknown as Report;
    expect(describeOrigin(result.origins[0], report)).toBe(
      'checkout — it stopped calling email and payment, whose traffic dropped',
    );
  });

  it('keeps the callee as its own origin when its caller sent more than it received (it was down)', () => {
    // checkout's proxy sent email 0.3 req/s that email's own never saw: email was unreachable.
    const result = rank(findings, services, calls(0.3));
    expect(names(result.origins)).toContain('email');
    expect(result.symptomOf.has(0)).toBe(false);
  });

  it('needs two callees: one quiet callee is its own origin', () => {
    const result = rank([findings[0]], services, calls(0.1));
    expect(names(result.origins)).toEqual(['email']);
  });
});

describe('origin ranking when callers retry', () => {
  // a → b → c: c fails 30% of calls, b passes failures on, and a's sidecar retries b, so b's inbound rate rises.
  const findings = [
    finding('a', 'error_rate', 0.05, 0.001),
    finding('b', 'error_rate', 0.15, 0.001),
    finding('b', 'traffic_spike', 14, 10),
    finding('c', 'error_rate', 0.3, 0.001),
  ];
  const services = [
    service('a', { rate: 10, errors: [0.05, 0.001], p99: [50, 50] }),
    service('b', { rate: 14, errors: [0.15, 0.001], p99: [30, 30] }),
    service('c', { rate: 14, errors: [0.3, 0.001], p99: [10, 10] }),
  ];

  it('reads a surge at a failing service as its callers retrying, a symptom of the service its errors follow', () => {
    const edges = [edge(null, 'a', 10, 0.05, 50), edge('a', 'b', 14, 0.15, 30), edge('b', 'c', 14, 0.3, 10)];
    const result = rank(findings, services, edges);
    expect(names(result.origins)).toEqual(['c']);
    expect(result.symptomOf.get(2)).toBe('shop/c');
    expect(result.origins[0].explains).toContainEqual({
      namespace: NS,
      service: 'b',
      type: 'traffic_spike',
      follows: 'errors',
    });
    // In words: retries of failures, not a change in the origin's load.
    // describeOrigin reads only the namespaces a report names.
    const report = { services: [], anomalies: [], origins: result.origins } as unknown as Report;
    expect(describeOrigin(result.origins[0], report)).toBe(
      "c — a and b errors follow its failures; b traffic follows its failures (callers' retries)",
    );
  });

  it('keeps a surge as its own origin when no caller saw the service fail', () => {
    const edges = [edge(null, 'a', 10, 0, 50), edge('a', 'b', 14, 0, 30), edge('b', 'c', 14, 0.3, 10)];
    const result = rank(findings, services, edges);
    expect(result.symptomOf.has(2)).toBe(false);
    expect(names(result.origins)).toContain('b');
  });
});

describe('origin ranking at scale', () => {
  /**
   * s0 → s1 → … → s(n−1), every one failing, each caller's errors carried by the edge to its callee (or, with
   * `carried` false, by none of them: then every service is an origin of its own).
   */
  function longChain(n: number, carried = true) {
    const name = (i: number) => `s${i}`;
    const findings = Array.from({ length: n }, (_, i) => finding(name(i), 'error_rate', 0.2, 0.001));
    const services = Array.from({ length: n }, (_, i) =>
      service(name(i), { rate: 10, errors: [0.2, 0.001], p99: [10, 10] }),
    );
    const edges = [
      edge(null, name(0), 10, 0.2, 10),
      ...Array.from({ length: n - 1 }, (_, i) => edge(name(i), name(i + 1), 10, carried ? 0.2 : 0, 10)),
    ];
    return { findings, services, edges };
  }

  it('ranks 4,000 origins of their own on one chain within 5 s, the deepest first', () => {
    const { findings, services, edges } = longChain(4_000, false);
    const started = performance.now();
    const result = rank(findings, services, edges);
    const ms = performance.now() - started;
    expect(result.origins).toHaveLength(4_000);
    expect(result.origins[0].service).toBe('s3999');
    // Every origin against each one downstream: 8 million pairs, 0.4–0.9 s alone, up to 2.3 s in a full run on
    // a busy machine; the code before took 8 s alone.
    expect(ms).toBeLessThan(5_000);
  });

  it('names the end of a chain of 4,000 anomalous services as the origin, well within 2 s', () => {
    const { findings, services, edges } = longChain(4_000);
    const started = performance.now();
    const result = rank(findings, services, edges);
    const ms = performance.now() - started;
    expect(names(result.origins)).toEqual(['s3999']);
    expect(result.origins[0].explains).toHaveLength(3_999);
    expect(result.symptomOf.get(0)).toBe('shop/s3999');
    expect(ms).toBeLessThan(2_000);
  });

  it('grows about linearly: four times the chain costs far less than sixteen times the time', () => {
    const time = (n: number) => {
      const { findings, services, edges } = longChain(n);
      rank(findings, services, edges); // warm up
      const started = performance.now();
      for (let i = 0; i < 3; i++) rank(findings, services, edges);
      return (performance.now() - started) / 3;
    };
    const small = time(1_000);
    const large = time(4_000);
    // Linear gives 4x, quadratic 16x, the old cubic walk 64x: 10x leaves room for a busy machine.
    expect(large / Math.max(small, 1)).toBeLessThan(10);
  });
});
