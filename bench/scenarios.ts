/**
 * The benchmark's labelled scenario suite: seeded scan windows over several simulated topologies, half clean
 * (steady traffic at every time of day, burst modes, a deploy's restart blip) and half with one fault of every
 * type at several magnitudes. Every window is a pure function of the suite seed, so every run and every judge
 * sees the same data.
 */
import { sliceSeries } from '../src/core/series.js';
import { SimulatedSource } from '../src/sources/simulated/source.js';
import { REALISTIC_PREFIX, realisticServices } from '../src/sources/simulated/realism.js';
import { topology, type SimulatedService } from '../src/sources/simulated/topologies.js';
import type {
  AnomalyType,
  FaultType,
  CollectedMetrics,
  MetricName,
  ServiceKey,
  ServiceSeries,
} from '../src/core/types.js';
import { seededRandom } from '../src/core/numbers.js';

export const STEP_MS = 15_000;
export const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The simulator's burst modes last one 10-minute block. */
const BURST_BLOCK_MS = 600_000;
/** The longest scan the suite judges; shorter scans are its first minutes. */
export const LONGEST_SCAN_MS = 10 * MINUTE_MS;
/** Learning starts here (a Monday, 00:00 UTC); scans are drawn from the day after. */
export const LEARN_FROM = Date.UTC(2026, 0, 5);
export const LEARN_DURATION_MS = DAY_MS;
/** A service needs this many requests per second to be a fault's target: quieter ones cannot be judged. */
const MIN_TARGET_RATE = 1;

export type Tier = 'obvious' | 'medium' | 'subtle';

export interface FaultCase {
  label: string;
  /** The finding that detects it (on the faulted service). */
  type: AnomalyType;
  /** What is injected, when not the finding's own type (a network delay shows as latency its callers see). */
  fault?: FaultType;
  tier: Tier;
  /** The simulator's magnitude for this fault on this service. */
  magnitude: (service: SimulatedService) => number;
}

const fixed = (value: number) => () => value;

/** One fault of every type at several sizes, from obvious to the subtle ones a good gate must still catch. */
export const FAULT_CASES: FaultCase[] = [
  { label: 'latency 3x', type: 'latency', tier: 'obvious', magnitude: fixed(3) },
  { label: 'latency 2x', type: 'latency', tier: 'medium', magnitude: fixed(2) },
  { label: 'latency 1.5x', type: 'latency', tier: 'subtle', magnitude: fixed(1.5) },
  { label: 'errors 8%', type: 'error_rate', tier: 'obvious', magnitude: fixed(0.08) },
  // 10x the service's own error ratio, kept under the 5% static limit.
  {
    label: 'errors 10x base (<5%)',
    type: 'error_rate',
    tier: 'subtle',
    magnitude: (s) => Math.min(10 * s.errorRatio, 0.045),
  },
  { label: 'traffic 3x', type: 'traffic_spike', tier: 'obvious', magnitude: fixed(3) },
  { label: 'traffic 2x', type: 'traffic_spike', tier: 'medium', magnitude: fixed(2) },
  { label: 'traffic -80%', type: 'traffic_drop', tier: 'obvious', magnitude: fixed(0.2) },
  { label: 'traffic -40%', type: 'traffic_drop', tier: 'subtle', magnitude: fixed(0.6) },
  { label: 'retries 30%', type: 'retry_storm', tier: 'obvious', magnitude: fixed(0.3) },
  { label: 'retries 20%', type: 'retry_storm', tier: 'subtle', magnitude: fixed(0.2) },
  { label: 'timeouts 4%', type: 'timeout', tier: 'obvious', magnitude: fixed(0.04) },
  { label: 'timeouts 1.5%', type: 'timeout', tier: 'medium', magnitude: fixed(0.015) },
  { label: 'overflow 5%', type: 'circuit_breaker', tier: 'obvious', magnitude: fixed(0.05) },
  { label: 'overflow 2%', type: 'circuit_breaker', tier: 'medium', magnitude: fixed(0.02) },
  // Only the callee's callers see these: the network to its pods, packets lost on the way and retried.
  {
    label: 'network delay 300 ms',
    type: 'latency',
    fault: 'network_delay',
    tier: 'obvious',
    magnitude: fixed(300),
  },
  {
    label: 'network delay 50 ms',
    type: 'latency',
    fault: 'network_delay',
    tier: 'subtle',
    magnitude: fixed(50),
  },
  {
    label: 'packet loss 20%',
    type: 'retry_storm',
    fault: 'packet_loss',
    tier: 'obvious',
    magnitude: fixed(0.2),
  },
];

/**
 * Realistic suites only: faults on quiet services (under 1 req/s), which most services of a real mesh are. A few
 * requests a minute must still be judged.
 */
export const QUIET_FAULT_CASES: FaultCase[] = [
  { label: 'quiet: errors 10%', type: 'error_rate', tier: 'medium', magnitude: fixed(0.1) },
  { label: 'quiet: latency 3x', type: 'latency', tier: 'medium', magnitude: fixed(3) },
  {
    label: 'quiet: network delay 300 ms',
    type: 'latency',
    fault: 'network_delay',
    tier: 'medium',
    magnitude: fixed(300),
  },
];

export type CleanKind = 'steady' | 'burst' | 'restart-blip';
export const CLEAN_KINDS: CleanKind[] = ['steady', 'burst', 'restart-blip'];

export interface InjectedFault {
  service: ServiceKey;
  /** The finding that detects it. */
  type: AnomalyType;
  /** What the simulator injects. */
  fault: FaultType;
  magnitude: number;
  label: string;
  tier: Tier;
}

export interface ScanWindow {
  id: string;
  topology: string;
  /** Start of the scan (ms since the epoch, on the step grid); faults act from here. */
  start: number;
  fault: InjectedFault | null;
  /** For clean windows: which kind of normal it shows. */
  clean: CleanKind | null;
  /** The service whose restart blip is edited into the window (restart-blip windows only). */
  blipService: ServiceKey | null;
}

export interface TopologySuite {
  topology: string;
  services: SimulatedService[];
  windows: ScanWindow[];
}

export interface SuiteOptions {
  topologies: string[];
  /** Each fault case appears this many times per topology; as many clean windows are drawn. */
  rounds: number;
  seed: number;
}

function keyOf(service: SimulatedService): ServiceKey {
  return { namespace: service.namespace, name: service.name };
}

/** A start time in the day after learning, on the step grid, leaving room for the longest scan. */
function drawStart(random: () => number): number {
  const offset = Math.floor((random() * (DAY_MS - LONGEST_SCAN_MS)) / STEP_MS) * STEP_MS;
  return LEARN_FROM + LEARN_DURATION_MS + offset;
}

function meanRate(series: ServiceSeries): number {
  const values = series.values.requestRate.filter((v): v is number => v !== null);
  return values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
}

/**
 * A 10-minute block in which a busy service is in one of its burst modes (40% more traffic than the block
 * before): normal behaviour that a naive gate reads as a spike.
 */
function findBurstStart(
  name: string,
  seed: number,
  targets: SimulatedService[],
  random: () => number,
): number {
  const source = new SimulatedSource({ topology: name, seed, faults: [] });
  const wanted = targets.map(keyOf);
  for (let attempt = 0; attempt < 200; attempt++) {
    const start = Math.floor(drawStart(random) / BURST_BLOCK_MS) * BURST_BLOCK_MS + BURST_BLOCK_MS;
    const block = source.collectNow({
      from: start - BURST_BLOCK_MS,
      to: start + BURST_BLOCK_MS,
      stepMs: STEP_MS,
      namespaces: [],
      services: wanted,
    });
    const half = BURST_BLOCK_MS / STEP_MS;
    const bursting = block.services.some((series) => {
      const before = meanRate({
        ...series,
        values: { ...series.values, requestRate: series.values.requestRate.slice(0, half) },
      });
      const during = meanRate({
        ...series,
        values: { ...series.values, requestRate: series.values.requestRate.slice(half) },
      });
      return before > 0 && during / before > 1.25;
    });
    if (bursting) return start;
  }
  return drawStart(random);
}

/** The suite for one topology: `rounds` × every fault case, and as many clean windows split over the clean kinds. */
export function isRealistic(name: string): boolean {
  return name.startsWith(REALISTIC_PREFIX);
}

/** The services a topology name stands for, the realism mode's quiet services included. */
export function servicesOf(name: string, seed: number): SimulatedService[] {
  return isRealistic(name)
    ? realisticServices(topology(name.slice(REALISTIC_PREFIX.length), seed), seed)
    : topology(name, seed);
}

export function buildTopologySuite(name: string, options: SuiteOptions): TopologySuite {
  const services = servicesOf(name, options.seed);
  const targets = services.filter((s) => s.rate >= MIN_TARGET_RATE);
  const random = seededRandom(options.seed * 7919 + name.length * 104_729 + services.length);
  const quiet = services.filter((s) => s.rate > 0 && s.rate < MIN_TARGET_RATE);
  const pick = () => targets[Math.floor(random() * targets.length)];
  const pickQuiet = () => quiet[Math.floor(random() * quiet.length)];
  const cases = isRealistic(name) && quiet.length > 0 ? [...FAULT_CASES, ...QUIET_FAULT_CASES] : FAULT_CASES;
  const windows: ScanWindow[] = [];
  for (let round = 0; round < options.rounds; round++) {
    cases.forEach((fault, index) => {
      const target = QUIET_FAULT_CASES.includes(fault) ? pickQuiet() : pick();
      windows.push({
        id: `${name}#fault-${round}-${index}`,
        topology: name,
        start: drawStart(random),
        fault: {
          service: keyOf(target),
          type: fault.type,
          fault: fault.fault ?? fault.type,
          magnitude: fault.magnitude(target),
          label: fault.label,
          tier: fault.tier,
        },
        clean: null,
        blipService: null,
      });
    });
  }
  const cleanCount = options.rounds * cases.length;
  for (let i = 0; i < cleanCount; i++) {
    const kind = CLEAN_KINDS[i % CLEAN_KINDS.length];
    const start = kind === 'burst' ? findBurstStart(name, options.seed, targets, random) : drawStart(random);
    windows.push({
      id: `${name}#clean-${i}`,
      topology: name,
      start,
      fault: null,
      clean: kind,
      blipService: kind === 'restart-blip' ? keyOf(pick()) : null,
    });
  }
  return { topology: name, services, windows };
}

export function buildSuite(options: SuiteOptions): TopologySuite[] {
  return options.topologies.map((name) => buildTopologySuite(name, options));
}

/** The normal data every judge learns from: the 24 hours before the scan windows. */
export function collectLearning(name: string, seed: number): CollectedMetrics {
  return new SimulatedSource({ topology: name, seed, faults: [] }).collectNow({
    from: LEARN_FROM,
    to: LEARN_FROM + LEARN_DURATION_MS,
    stepMs: STEP_MS,
    namespaces: [],
    withEdges: true,
  });
}

const LATENCIES: MetricName[] = ['latencyP50', 'latencyP90', 'latencyP99'];

/**
 * A rolling restart as a mesh sees it (the simulator has none): for 45 s the restarted service serves 40% of
 * its traffic with a few 503s, and its latency doubles for a minute while caches warm up.
 */
export function applyRestartBlip(series: ServiceSeries, stepMs: number): void {
  const stepSeconds = stepMs / 1000;
  for (let i = 1; i <= 4 && i < series.requests.length; i++) {
    if (i <= 3) {
      series.requests[i] = Math.round(series.requests[i] * 0.4);
      series.values.requestRate[i] = series.requests[i] / stepSeconds;
      const errors = series.values.errorRatio[i];
      if (errors !== null) series.values.errorRatio[i] = Math.min(1, errors + 0.01);
    }
    for (const metric of LATENCIES) {
      const value = series.values[metric][i];
      if (value !== null) series.values[metric][i] = value * 2;
    }
    const histogram = series.latencyBuckets;
    const counts = histogram?.counts[i];
    if (histogram && counts)
      histogram.counts[i] = slowedBuckets(histogram.bounds, counts, 2, i <= 3 ? 0.4 : 1);
  }
}

/**
 * Cumulative bucket counts with every latency multiplied by `factor` and the requests scaled by `share`: the count
 * at or below `le` is the old count at or below le / factor, read linearly between bounds as histogram_quantile
 * would.
 */
export function slowedBuckets(bounds: number[], counts: number[], factor: number, share: number): number[] {
  const below = (x: number) => {
    let lower = 0;
    let lowerCount = 0;
    for (let b = 0; b < bounds.length; b++) {
      if (x <= bounds[b]) {
        if (bounds[b] === Infinity) return lowerCount;
        return lowerCount + ((counts[b] - lowerCount) * (x - lower)) / (bounds[b] - lower);
      }
      lower = bounds[b];
      lowerCount = counts[b];
    }
    return lowerCount;
  };
  return bounds.map((le, b) => share * (le === Infinity ? counts[b] : below(le / factor)));
}

/** The longest scan of a window, with its fault or blip in place. */
export function collectScan(window: ScanWindow, seed: number): CollectedMetrics {
  const faults = window.fault
    ? [
        {
          service: `${window.fault.service.namespace}/${window.fault.service.name}`,
          type: window.fault.fault,
          magnitude: window.fault.magnitude,
        },
      ]
    : [];
  const collected = new SimulatedSource({ topology: window.topology, seed, faults }).collectNow({
    from: window.start,
    to: window.start + LONGEST_SCAN_MS,
    stepMs: STEP_MS,
    namespaces: [],
    withEdges: true,
  });
  if (window.blipService) {
    const blip = window.blipService;
    const series = collected.services.find(
      (s) => s.service.namespace === blip.namespace && s.service.name === blip.name,
    );
    if (series) applyRestartBlip(series, collected.stepMs);
    // Its callers see the restart too: fewer answers, a few 503s, a slow minute.
    for (const edge of collected.edges ?? [])
      if (edge.callee.namespace === blip.namespace && edge.callee.name === blip.name)
        applyRestartBlip(edge, collected.stepMs);
  }
  return collected;
}

/** What every comparing judge may read from before the deploy: this long before the scan's start. */
export const BEFORE_MS = 30 * MINUTE_MS;

/** The mesh just before a window's deploy (fault-free: faults and blips start with the scan). */
export function collectBefore(window: ScanWindow, seed: number): CollectedMetrics {
  return new SimulatedSource({ topology: window.topology, seed, faults: [] }).collectNow({
    from: window.start - BEFORE_MS,
    to: window.start,
    stepMs: STEP_MS,
    namespaces: [],
    withEdges: true,
  });
}

/** The first `durationMs` of a collected window (scans of every length start when the fault does). */
export function firstPart(collected: CollectedMetrics, durationMs: number): CollectedMetrics {
  const steps = Math.floor(durationMs / collected.stepMs);
  const cut = <T>(values: T[]) => values.slice(0, steps);
  return {
    ...collected,
    to: collected.from + steps * collected.stepMs,
    services: collected.services.map((series) => ({
      ...series,
      requests: cut(series.requests),
      values: Object.fromEntries(
        Object.entries(series.values).map(([k, v]) => [k, cut(v)]),
      ) as ServiceSeries['values'],
      ...(series.latencyBuckets
        ? {
            latencyBuckets: {
              bounds: series.latencyBuckets.bounds,
              counts: cut(series.latencyBuckets.counts),
            },
          }
        : {}),
    })),
    ...(collected.edges
      ? {
          edges: collected.edges.map((edge) => ({ ...edge, ...sliceSeries(edge, 0, steps) })),
        }
      : {}),
  };
}
