/**
 * The simulated meshes: service names and their normal operating points. Bookinfo is the default;
 * Online Boutique has a quiet service; `generated:N` builds N services for scale tests.
 */

/** The simulated day, shared by the plain and the realistic mesh. */
export const DAY_MS = 86_400_000;
/** Burst modes switch on and off in blocks of this length. */
export const BURST_BLOCK_MS = 600_000;
/** A burst mode carries this much more traffic than the daily curve: a second normal mode, not a spike. */
export const BURST_TRAFFIC = 1.4;

export interface SimulatedService {
  namespace: string;
  name: string;
  /** Mean requests per second at the daily average. */
  rate: number;
  errorRatio: number;
  /** p50 latency (ms); p90 and p99 follow from the tail factors. */
  p50: number;
  p90Factor: number;
  p99Factor: number;
  retryRatio: number;
  timeoutRatio: number;
  overflowRatio: number;
  /** Amplitude of the daily swing (0.3 = ±30%). */
  dailySwing: number;
  /** Share of 10-minute blocks in a burst mode (more traffic, a little slower). */
  burstShare: number;
}

function svc(
  namespace: string,
  name: string,
  rate: number,
  p50: number,
  extra: Partial<SimulatedService> = {},
): SimulatedService {
  return {
    namespace,
    name,
    rate,
    errorRatio: 0.002,
    p50,
    p90Factor: 2.2,
    p99Factor: 4.5,
    retryRatio: 0.01,
    timeoutRatio: 0.001,
    overflowRatio: 0.0005,
    dailySwing: 0.3,
    burstShare: 0.12,
    ...extra,
  };
}

const BOOKINFO: SimulatedService[] = [
  svc('bookinfo', 'productpage', 40, 35, { errorRatio: 0.003 }),
  svc('bookinfo', 'details', 40, 4),
  svc('bookinfo', 'reviews', 40, 18, { retryRatio: 0.015 }),
  svc('bookinfo', 'ratings', 27, 3, { errorRatio: 0.001 }),
];

const BOUTIQUE: SimulatedService[] = [
  svc('boutique', 'frontend', 60, 45, { errorRatio: 0.004 }),
  svc('boutique', 'productcatalogservice', 120, 6),
  svc('boutique', 'currencyservice', 150, 3),
  svc('boutique', 'cartservice', 35, 8),
  svc('boutique', 'recommendationservice', 30, 25),
  svc('boutique', 'adservice', 25, 12, { errorRatio: 0.005 }),
  svc('boutique', 'checkoutservice', 4, 90),
  svc('boutique', 'paymentservice', 4, 30, { errorRatio: 0.001 }),
  svc('boutique', 'shippingservice', 8, 7),
  svc('boutique', 'emailservice', 0.2, 20),
];

/** A deterministic pseudo-random value in [0, 1) for a string key (FNV-1a then an avalanche). */
export function hashUnit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** N services over ceil(N/50) namespaces, with operating points spread over realistic ranges. */
function generated(count: number, seed: number): SimulatedService[] {
  return Array.from({ length: count }, (_, i) => {
    const u = (k: string) => hashUnit(`${seed}:${i}:${k}`);
    return svc(
      `mesh-${Math.floor(i / 50)}`,
      `svc-${String(i).padStart(5, '0')}`,
      2 + 200 * u('rate') ** 2,
      2 + 120 * u('p50') ** 2,
      {
        errorRatio: 0.0005 + 0.006 * u('err'),
        retryRatio: 0.02 * u('retry'),
        dailySwing: 0.1 + 0.35 * u('swing'),
        burstShare: 0.2 * u('burst'),
      },
    );
  });
}

/**
 * One call edge of a simulated mesh: each request the caller serves makes `perRequest` calls to the callee
 * (on average). Services no one calls are entry points (traffic from the ingress gateway).
 */
export interface SimulatedCall {
  caller: string;
  callee: string;
  perRequest: number;
}

const BOOKINFO_CALLS: SimulatedCall[] = [
  { caller: 'productpage', callee: 'details', perRequest: 1 },
  { caller: 'productpage', callee: 'reviews', perRequest: 1 },
  // reviews v2 and v3 call ratings, v1 does not.
  { caller: 'reviews', callee: 'ratings', perRequest: 0.67 },
];

const BOUTIQUE_CALLS: SimulatedCall[] = [
  { caller: 'frontend', callee: 'productcatalogservice', perRequest: 1.5 },
  { caller: 'frontend', callee: 'currencyservice', perRequest: 2 },
  { caller: 'frontend', callee: 'cartservice', perRequest: 0.5 },
  { caller: 'frontend', callee: 'recommendationservice', perRequest: 0.5 },
  { caller: 'frontend', callee: 'adservice', perRequest: 0.4 },
  { caller: 'frontend', callee: 'checkoutservice', perRequest: 0.07 },
  { caller: 'frontend', callee: 'shippingservice', perRequest: 0.07 },
  { caller: 'recommendationservice', callee: 'productcatalogservice', perRequest: 1 },
  { caller: 'checkoutservice', callee: 'paymentservice', perRequest: 1 },
  { caller: 'checkoutservice', callee: 'shippingservice', perRequest: 1 },
  { caller: 'checkoutservice', callee: 'cartservice', perRequest: 1 },
  { caller: 'checkoutservice', callee: 'currencyservice', perRequest: 2 },
  { caller: 'checkoutservice', callee: 'productcatalogservice', perRequest: 2 },
  { caller: 'checkoutservice', callee: 'emailservice', perRequest: 0.05 },
];

/** A layered DAG: each generated service calls one to three services after it, within its namespace's reach. */
function generatedCalls(services: SimulatedService[], seed: number): SimulatedCall[] {
  const calls: SimulatedCall[] = [];
  services.forEach((caller, i) => {
    const u = (k: string) => hashUnit(`${seed}:${i}:calls:${k}`);
    // A fifth of the services are leaves; the last ones have nothing after them.
    if (u('leaf') < 0.2) return;
    const fanOut = 1 + Math.floor(u('fan') * 3);
    const seen = new Set<number>();
    for (let c = 0; c < fanOut; c++) {
      const j = i + 1 + Math.floor(u(`to${c}`) * Math.min(8, services.length - i - 1));
      if (j >= services.length || seen.has(j)) continue;
      seen.add(j);
      calls.push({ caller: caller.name, callee: services[j].name, perRequest: 0.3 + 0.7 * u(`k${c}`) });
    }
  });
  return calls;
}

/** The calls between a topology's services. */
export function topologyCalls(name: string, seed: number): SimulatedCall[] {
  if (name === 'bookinfo') return BOOKINFO_CALLS;
  if (name === 'boutique') return BOUTIQUE_CALLS;
  const services = topology(name, seed);
  return services.length > 0 ? generatedCalls(services, seed) : [];
}

export const TOPOLOGY_NAMES = ['bookinfo', 'boutique', 'generated:N', 'realistic:<any of these>'];

export function topology(name: string, seed: number): SimulatedService[] {
  if (name === 'bookinfo') return BOOKINFO;
  if (name === 'boutique') return BOUTIQUE;
  const match = /^generated:(\d+)$/.exec(name);
  if (match && Number(match[1]) >= 1) return generated(Number(match[1]), seed);
  return [];
}
