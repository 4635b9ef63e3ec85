/**
 * The call graph from the sidecars: each pod's scrape holds its outbound calls (reporter="source", the pod's
 * Service the caller) and its inbound calls (reporter="destination", the caller named by the source labels).
 * Counters rendered in the real text format grow by known amounts between scrapes; the edges must show them.
 */
import { describe, expect, it } from '@jest/globals';
import { SidecarSource, type ListedPod } from '../src/sources/sidecars/source.js';

const STEP = 15_000;
const FROM = Date.UTC(2026, 0, 1, 12, 0, 0);
const TO = FROM + 4 * STEP;
const BOUNDS = [0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];

interface Call {
  reporter: 'source' | 'destination';
  source: { workload: string; namespace: string; canonical: string };
  callee: string;
  /** Requests per scrape interval, and how many of them fail with a 503. */
  perScrape: number;
  failing: number;
  /** Latency uniform on (0, maxMs]. */
  maxMs: number;
}

function exposition(calls: Call[], scrapes: number): string {
  const lines = ['# TYPE istio_requests_total counter'];
  const histogram = ['# TYPE istio_request_duration_milliseconds histogram'];
  for (const c of calls) {
    const base = [
      `reporter="${c.reporter}"`,
      `source_workload="${c.source.workload}"`,
      `source_workload_namespace="${c.source.namespace}"`,
      `source_canonical_service="${c.source.canonical}"`,
      `destination_service_name="${c.callee}"`,
      `destination_service_namespace="shop"`,
    ].join(',');
    lines.push(`istio_requests_total{${base},response_code="200"} ${(c.perScrape - c.failing) * scrapes}`);
    lines.push(`istio_requests_total{${base},response_code="503"} ${c.failing * scrapes}`);
    for (const le of BOUNDS) {
      const share = Math.min(1, le / c.maxMs);
      histogram.push(
        `istio_request_duration_milliseconds_bucket{${base},le="${le}"} ${c.perScrape * scrapes * share}`,
      );
    }
    histogram.push(`istio_request_duration_milliseconds_bucket{${base},le="+Inf"} ${c.perScrape * scrapes}`);
  }
  return [...lines, ...histogram, ''].join('\n');
}

const FRONTEND = { workload: 'frontend-v1', namespace: 'shop', canonical: 'frontend' };
const GATEWAY = {
  workload: 'istio-ingressgateway',
  namespace: 'istio-system',
  canonical: 'istio-ingressgateway',
};
const PODS: Record<string, Call[]> = {
  // The frontend's proxy: calls to cart as it made them, and the gateway's calls to it as it served them.
  'frontend-6d8f7c9b5-abcde': [
    { reporter: 'source', source: FRONTEND, callee: 'cart', perScrape: 100, failing: 10, maxMs: 100 },
    { reporter: 'destination', source: GATEWAY, callee: 'frontend', perScrape: 50, failing: 0, maxMs: 250 },
  ],
  // The cart's proxy: the frontend's calls as it served them (faster: no network in between).
  'cart-7c9b5d8f6-fghij': [
    { reporter: 'destination', source: FRONTEND, callee: 'cart', perScrape: 100, failing: 10, maxMs: 50 },
  ],
};

describe('edges read from the sidecars', () => {
  it('holds each call from both ends, the gateway as an entry point, with per-step requests, errors and p99', async () => {
    let now = FROM;
    const scrapes = new Map<string, number>();
    const listed: ListedPod[] = Object.keys(PODS).map((pod) => ({
      namespace: 'shop',
      pod,
      service: pod.split('-')[0],
    }));
    const source = new SidecarSource(
      {
        pods: async () => listed,
        fetchMetrics: async (_ns, pod) => {
          const k = scrapes.get(pod) ?? 0;
          scrapes.set(pod, k + 1);
          return exposition(PODS[pod], k);
        },
        now: () => now,
        sleep: async (ms) => {
          now += ms;
        },
      },
      { intervalMs: STEP, concurrency: 2 },
    );
    const collected = await source.collect({
      from: FROM,
      to: TO,
      stepMs: STEP,
      namespaces: [],
      withEdges: true,
    });
    const edges = collected.edges ?? [];
    const byName = new Map(
      edges.map((e) => [`${e.side}:${e.caller ? e.caller.name : '(entry)'}->${e.callee.name}`, e]),
    );
    expect([...byName.keys()].sort()).toEqual([
      'client:frontend->cart',
      'server:(entry)->frontend',
      'server:frontend->cart',
    ]);
    // Scrapes at 0, 15, 30, 45 and 60 s: four intervals, each landing in the step holding its middle.
    const client = byName.get('client:frontend->cart')!;
    expect(client.requests).toEqual([100, 100, 100, 100]);
    expect(client.values.errorRatio).toEqual([0.1, 0.1, 0.1, 0.1]);
    // Uniform on (0, 100]: the 99th percentile interpolated in the (50, 100] bucket is 99 ms.
    expect(client.values.latencyP99[0]).toBeCloseTo(99, 6);
    const server = byName.get('server:frontend->cart')!;
    expect(server.callerWorkload).toEqual({ namespace: 'shop', name: 'frontend-v1' });
    expect(server.values.latencyP99[1]).toBeCloseTo(49.5, 6);
    expect(byName.get('server:(entry)->frontend')!.requests).toEqual([50, 50, 50, 50]);
  });

  it('reads no edges unless asked', async () => {
    let now = FROM;
    const source = new SidecarSource(
      {
        pods: async () => [{ namespace: 'shop', pod: 'cart-7c9b5d8f6-fghij', service: 'cart' }],
        fetchMetrics: async () => exposition(PODS['cart-7c9b5d8f6-fghij'], 1),
        now: () => now,
        sleep: async (ms) => {
          now += ms;
        },
      },
      { intervalMs: STEP, concurrency: 1 },
    );
    const collected = await source.collect({ from: FROM, to: TO, stepMs: STEP, namespaces: [] });
    expect(collected.edges).toBeUndefined();
  });
});
