/**
 * A mesh with known answers, for every PromQL backend the suite runs: five services in each of two namespaces
 * (scraped every 15 s and every 30 s) with per-scrape noise, four hours ending two hours before the CLI's clock,
 * and from FAULT_START on 3x the latency on frontend and 8% errors on cart. Learned over LEARN, a scan of CLEAN
 * passes and a scan of FAULTY flags exactly cart:error_rate and frontend:latency (knownAnswers below).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Baseline } from '../../src/baseline/store.js';
import type { Report } from '../../src/core/types.js';
import { seededRandom } from '../../src/core/numbers.js';
import {
  generateIstioOpenMetrics,
  type InjectedChange,
  type LatencyBand,
  type ResponseClass,
  type SyntheticService,
} from './istio-openmetrics.js';
import type { CliRun } from './cli.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/** The CLI's clock: fixed for the whole file, on the hour before the real now. */
export const NOW = Math.floor(Date.now() / HOUR) * HOUR;
export const END = NOW - 2 * HOUR;
export const START = END - 4 * HOUR;
export const FAULT_START = START + 3 * HOUR + 30 * MINUTE;
/** Windows keep 5 minutes from every boundary, so no 2-minute rate window straddles one. */
export const LEARN = { from: START + 5 * MINUTE, to: START + 3 * HOUR };
export const CLEAN = { from: START + 3 * HOUR + 10 * MINUTE, to: START + 3 * HOUR + 20 * MINUTE };
export const FAULTY = { from: FAULT_START + 5 * MINUTE, to: FAULT_START + 15 * MINUTE };

export const iso = (ms: number) => new Date(ms).toISOString();

// ---- The mesh ----------------------------------------------------------------------------------------

export const FRONTEND_LATENCY: LatencyBand[] = [
  { lowerMs: 10, upperMs: 25, fraction: 0.3 },
  { lowerMs: 25, upperMs: 50, fraction: 0.5 },
  { lowerMs: 50, upperMs: 100, fraction: 0.18 },
  { lowerMs: 100, upperMs: 250, fraction: 0.02 },
];
export const stretched = (bands: LatencyBand[], factor: number): LatencyBand[] =>
  bands.map((band) => ({ ...band, lowerMs: band.lowerMs * factor, upperMs: band.upperMs * factor }));

export function mesh(namespace: string): SyntheticService[] {
  return [
    {
      namespace,
      name: 'frontend',
      protocol: 'http',
      ratePerSecond: 40,
      responses: [
        { code: '200', share: 0.99 },
        { code: '404', share: 0.005 },
        { code: '503', share: 0.005 },
      ],
      latency: FRONTEND_LATENCY,
    },
    {
      namespace,
      name: 'cart',
      protocol: 'http',
      ratePerSecond: 15,
      responses: [
        { code: '200', share: 0.997 },
        { code: '503', share: 0.003 },
      ],
      latency: [
        { lowerMs: 5, upperMs: 10, fraction: 0.5 },
        { lowerMs: 10, upperMs: 25, fraction: 0.45 },
        { lowerMs: 25, upperMs: 50, fraction: 0.05 },
      ],
    },
    {
      namespace,
      name: 'catalog',
      protocol: 'grpc',
      ratePerSecond: 25,
      responses: [
        { code: '200', grpcStatus: '0', share: 0.995 },
        { code: '200', grpcStatus: '14', share: 0.005 },
      ],
      latency: [
        { lowerMs: 1, upperMs: 5, fraction: 0.7 },
        { lowerMs: 5, upperMs: 10, fraction: 0.25 },
        { lowerMs: 10, upperMs: 25, fraction: 0.05 },
      ],
    },
    {
      namespace,
      name: 'payments',
      protocol: 'http',
      ratePerSecond: 6,
      responses: [
        { code: '200', share: 0.99 },
        { code: '500', share: 0.01 },
      ],
      latency: [
        { lowerMs: 100, upperMs: 250, fraction: 0.7 },
        { lowerMs: 250, upperMs: 500, fraction: 0.29 },
        { lowerMs: 500, upperMs: 1000, fraction: 0.01 },
      ],
    },
    {
      namespace,
      name: 'search',
      protocol: 'http',
      ratePerSecond: 10,
      responses: [{ code: '200', share: 1 }],
      latency: [
        { lowerMs: 25, upperMs: 50, fraction: 0.6 },
        { lowerMs: 50, upperMs: 100, fraction: 0.35 },
        { lowerMs: 100, upperMs: 250, fraction: 0.05 },
      ],
    },
  ];
}

/** The faults from FAULT_START on: frontend's latencies 3x (so its p99 is 3x), cart at 8% errors. */
const FAULTS: Record<string, (service: SyntheticService) => Partial<SyntheticService>> = {
  frontend: (service) => ({ latency: stretched(service.latency, 3) }),
  cart: () => ({
    responses: [
      { code: '200', share: 0.92 },
      { code: '503', share: 0.08 },
    ],
  }),
};

/** A standard normal draw (Box-Muller), clipped to ±3 so no single scrape is absurd. */
function normal(random: () => number): number {
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(-3, Math.min(3, z));
}

/**
 * Per-scrape behaviour as InjectedChanges: every scrape interval of every service gets its own rate (±8%
 * jitter on a ±10% hourly swing), latency scale (±5%) and error share (±30% of itself), plus the fault
 * from FAULT_START on. The generator applies the change covering the start of each interval.
 */
export function noisyBehaviour(
  services: SyntheticService[],
  scrapeIntervalMs: number,
  seed: number,
): InjectedChange[] {
  const random = seededRandom(seed);
  const changes: InjectedChange[] = [];
  for (const service of services) {
    const phase = random() * 2 * Math.PI;
    for (let t = START - scrapeIntervalMs; t < END; t += scrapeIntervalMs) {
      const faulty = t >= FAULT_START ? (FAULTS[service.name]?.(service) ?? {}) : {};
      const swing = 1 + 0.1 * Math.sin((2 * Math.PI * (t - START)) / HOUR + phase);
      const ratePerSecond = service.ratePerSecond * swing * (1 + 0.08 * normal(random));
      const latency = stretched(faulty.latency ?? service.latency, 1 + 0.05 * normal(random));
      const base = faulty.responses ?? service.responses;
      const errorScale = Math.max(0, 1 + 0.3 * normal(random));
      const isError = (r: ResponseClass) =>
        r.code === '0' || r.code.startsWith('5') || (r.grpcStatus ?? '0') !== '0';
      // Fault shares are what the scan must see: jitter only the normal errors.
      const responses = base.map((r) =>
        isError(r) && !faulty.responses ? { ...r, share: r.share * errorScale } : r,
      );
      changes.push({
        namespace: service.namespace,
        name: service.name,
        fromMs: t,
        toMs: t + scrapeIntervalMs,
        change: { ratePerSecond, latency, responses },
      });
    }
  }
  return changes;
}

/** Several generated files joined repeat each `# TYPE` header; OpenMetrics wants one block per family. */
export function mergeFamilies(texts: string[]): string {
  const families = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of texts.join('\n').split('\n')) {
    if (line.startsWith('# TYPE ')) {
      current = families.get(line) ?? [];
      families.set(line, current);
    } else if (line && line !== '# EOF') current.push(line);
  }
  return [...families].map(([header, lines]) => [header, ...lines].join('\n')).join('\n') + '\n# EOF\n';
}

/** The two namespaces' OpenMetrics texts (scrape15, scrape30), to merge with any other family. */
export function knownMeshTexts(): string[] {
  return [15_000, 30_000].map((interval) => {
    const services = mesh(`scrape${interval / 1000}`);
    return generateIstioOpenMetrics({
      services,
      changes: noisyBehaviour(services, interval, interval),
      startMs: START,
      endMs: END,
      scrapeIntervalMs: interval,
    });
  });
}

/**
 * The known answers through the CLI, for one backend: `cli` runs the CLI with that backend's connection flags.
 * Used inside a describe block: learn in beforeAll, then one test per answer.
 */
export function knownAnswers(
  cli: (...argv: string[]) => Promise<CliRun>,
  dir: string,
  interval: 15 | 30,
): void {
  const namespace = `scrape${interval}`;
  const baselinePath = join(dir, `known-${interval}.json`);
  let learned: CliRun;
  const scan = (window: { from: number; to: number }) =>
    cli('scan', '-n', namespace, '--baseline', baselinePath,
      '--from', iso(window.from), '--to', iso(window.to), '--output', 'json'); // prettier-ignore

  beforeAll(async () => {
    learned = await cli('learn', '-n', namespace, '--baseline', baselinePath,
      '--from', iso(LEARN.from), '--to', iso(LEARN.to)); // prettier-ignore
  }, 60_000);

  test('learn writes a baseline of the five services from a window that ended hours ago', () => {
    expect(learned.stderr).not.toMatch(/^Error:/m);
    expect(learned.code).toBe(0);
    const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline;
    expect(baseline.source).toBe('prometheus');
    expect(baseline.window).toEqual({ from: iso(LEARN.from), to: iso(LEARN.to) });
    expect(baseline.services.map((s) => `${s.namespace}/${s.name}`)).toEqual(
      ['cart', 'catalog', 'frontend', 'payments', 'search'].map((name) => `${namespace}/${name}`),
    );
    expect(baseline.services.every((s) => !s.insufficient)).toBe(true);
  });

  test('a clean later window passes with exit 0 and no anomaly', async () => {
    const result = await scan(CLEAN);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.anomalies).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(result.code).toBe(0);
    expect(report.services.map((s) => s.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  test('a later window with 3x p99 on frontend and 8% errors on cart fails, flagging exactly those two', async () => {
    const result = await scan(FAULTY);
    const report = JSON.parse(result.stdout) as Report;
    expect(result.code).toBe(1);
    expect(report.verdict).toBe('fail');
    const flagged = [...new Set(report.anomalies.map((a) => `${a.service}:${a.type}`))].sort();
    expect(flagged).toEqual(['cart:error_rate', 'frontend:latency']);
    const metrics = (name: string) => report.services.find((s) => s.name === name)!.metrics;
    const p99 = metrics('frontend').latencyP99!;
    expect(p99.observed! / p99.expected!).toBeGreaterThan(2.5);
    expect(metrics('cart').errorRatio!.observed).toBeCloseTo(0.08, 2);
  });
}
