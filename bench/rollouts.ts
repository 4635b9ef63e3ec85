/**
 * The rollout suite: deploys that roll a new version out beside the old one (canary shares of 10, 20 and 50%), half
 * with a fault on the new version only (every per-request fault type at several sizes), half clean — canaries
 * without a fault, slowdowns of both versions at once (1.8x: the load or a dependency, not the deploy), and plain
 * single-version windows. Every judge sees the same windows and the same 30 minutes before each deploy (only v1
 * then): SMAnalyzer's gate with its version comparison, the same gate with the versions withheld (the gate as it
 * was), Kayenta's canary mode (new against old, Mann-Whitney) and Flagger's checks on the canary. Windows are drawn
 * per split (bench/splits.ts): tune on one seed, report the other. Pure but for the clock it prints.
 */
import { SimulatedSource } from '../src/sources/simulated/source.js';
import type { AnomalyFault, SimulatedRollout } from '../src/core/settings.js';
import { serviceId, type CollectedMetrics, type Report } from '../src/core/types.js';
import { seededRandom } from '../src/core/numbers.js';
import { gateOutcome, SmAnalyzerJudge } from './judges/smanalyzer.js';
import { judgeFlaggerCanary, judgeKayentaCanary } from './judges/canary.js';
import { FLAGGER_THRESHOLDS } from './judges/flagger.js';
import { scoreOutcomes, type JudgeOutcome, type QualityFigures, type WindowLabel } from './quality.js';
import {
  applyRestartBlip,
  BEFORE_MS,
  collectLearning,
  firstPart,
  LEARN_DURATION_MS,
  LEARN_FROM,
  LONGEST_SCAN_MS,
  MINUTE_MS,
  servicesOf,
  FAULT_CASES,
  STEP_MS,
  type FaultCase,
} from './scenarios.js';
import type { SimulatedService } from '../src/sources/simulated/topologies.js';

const DAY_MS = 86_400_000;
export const CANARY_SHARES = [0.1, 0.2, 0.5];
export const ROLLOUT_SCAN_MS = [10, 5, 2].map((m) => m * MINUTE_MS);
export const HEADLINE_MS = 5 * MINUTE_MS;
/** The new version's name in every rollout of the suite (the old one is the simulator's v1). */
const NEW_VERSION = 'v2';
/** A canary must see this many requests in the 5-minute scan to be a fault's target: the gate's minimum. */
const MIN_CANARY_REQUESTS = 100;
/** Both versions slowed alike in the shared-slowdown windows. */
export const SHARED_SLOWDOWN = 1.8;

/** A fault on the new version: the quality suite's kind of case (scenarios.ts). */
export type RolloutFaultCase = FaultCase;

const fixed = (value: number) => () => value;

/** Faults on the new version only: every per-request signal a canary can regress on. */
export const ROLLOUT_FAULT_CASES: RolloutFaultCase[] = [
  { label: 'latency 3x', type: 'latency', tier: 'obvious', magnitude: fixed(3) },
  { label: 'latency 2x', type: 'latency', tier: 'medium', magnitude: fixed(2) },
  { label: 'latency 1.5x', type: 'latency', tier: 'subtle', magnitude: fixed(1.5) },
  { label: 'latency 1.3x', type: 'latency', tier: 'subtle', magnitude: fixed(1.3) },
  { label: 'errors 8%', type: 'error_rate', tier: 'obvious', magnitude: fixed(0.08) },
  { label: 'errors 4%', type: 'error_rate', tier: 'medium', magnitude: fixed(0.04) },
  {
    label: 'errors 10x base (<5%)',
    type: 'error_rate',
    tier: 'subtle',
    magnitude: (s) => Math.min(10 * s.errorRatio, 0.045),
  },
  { label: 'timeouts 4%', type: 'timeout', tier: 'obvious', magnitude: fixed(0.04) },
  { label: 'timeouts 1.5%', type: 'timeout', tier: 'medium', magnitude: fixed(0.015) },
  { label: 'retries 30%', type: 'retry_storm', tier: 'obvious', magnitude: fixed(0.3) },
  { label: 'retries 20%', type: 'retry_storm', tier: 'subtle', magnitude: fixed(0.2) },
  { label: 'overflow 5%', type: 'circuit_breaker', tier: 'obvious', magnitude: fixed(0.05) },
  { label: 'overflow 2%', type: 'circuit_breaker', tier: 'medium', magnitude: fixed(0.02) },
];

/**
 * Realistic meshes only (their versions are scraped, callers' proxies included; the plain simulator draws no
 * callers' view per version): a delay on the network to the new version's pods, which only its callers see. Drawn
 * after every other window, from a stream of their own, with as many clean canaries: the other windows stay as
 * they were.
 */
export const ROLLOUT_NETWORK_CASES: RolloutFaultCase[] = FAULT_CASES.filter(
  (c) => c.fault === 'network_delay',
);

export type RolloutCleanKind = 'canary' | 'shared-slowdown' | 'single-version';
export const ROLLOUT_CLEAN_KINDS: RolloutCleanKind[] = ['canary', 'shared-slowdown', 'single-version'];

export interface RolloutWindow {
  id: string;
  topology: string;
  start: number;
  rollout: SimulatedRollout | null;
  /** The fault on the new version (faulty windows), or the slowdown of both versions (shared-slowdown windows). */
  faults: AnomalyFault[];
  label: WindowLabel;
  /** The case's label (faulty windows), with the canary's share. */
  caseLabel: string | null;
  clean: RolloutCleanKind | null;
  /** single-version windows: a restart blip edited into this service, every third window. */
  blip: string | null;
}

/** The fault cases a topology's suite holds: the network ones only where versions have a callers' view. */
export function rolloutCasesOf(topology: string): RolloutFaultCase[] {
  return topology.startsWith('realistic:')
    ? [...ROLLOUT_FAULT_CASES, ...ROLLOUT_NETWORK_CASES]
    : ROLLOUT_FAULT_CASES;
}

function drawStart(random: () => number): number {
  const offset = Math.floor((random() * (DAY_MS - LONGEST_SCAN_MS)) / STEP_MS) * STEP_MS;
  return LEARN_FROM + LEARN_DURATION_MS + offset;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const idOf = (s: SimulatedService) => `${s.namespace}/${s.name}`;

/** One topology's windows: every fault case at every share, and as many clean windows. */
export function buildRolloutWindows(topology: string, seed: number): RolloutWindow[] {
  const services = servicesOf(topology, seed);
  const random = seededRandom(seed * 6151 + topology.length * 7919 + services.length);
  const canaryTargets = (share: number) =>
    services.filter((s) => s.rate * share * (HEADLINE_MS / 1000) >= MIN_CANARY_REQUESTS);
  const pickWith = (draw: () => number, list: SimulatedService[]) => list[Math.floor(draw() * list.length)];
  const pick = (list: SimulatedService[]) => pickWith(random, list);
  const windows: RolloutWindow[] = [];
  /** A fault on the new version of a canary target; `draw`: the stream its target and start come from. */
  const faultWindow = (
    fault: RolloutFaultCase,
    id: string,
    share: number,
    draw: () => number,
  ): RolloutWindow => {
    const service = pickWith(draw, canaryTargets(share));
    return {
      id: `${topology}#${id}`,
      topology,
      start: drawStart(draw),
      rollout: { service: idOf(service), version: NEW_VERSION, share },
      faults: [
        {
          service: idOf(service),
          type: fault.fault ?? fault.type,
          magnitude: fault.magnitude(service),
          version: NEW_VERSION,
        },
      ],
      label: { fault: { service: idOf(service), type: fault.type, tier: fault.tier, label: fault.label } },
      caseLabel: `${fault.label} at ${pct(share)}`,
      clean: null,
      blip: null,
    };
  };
  for (const share of CANARY_SHARES)
    ROLLOUT_FAULT_CASES.forEach((fault, index) =>
      windows.push(faultWindow(fault, `rollout-fault-${index}-${pct(share)}`, share, random)),
    );
  const faulty = windows.length;
  for (let i = 0; i < faulty; i++) {
    const kind = ROLLOUT_CLEAN_KINDS[i % ROLLOUT_CLEAN_KINDS.length];
    const share = CANARY_SHARES[Math.floor(i / ROLLOUT_CLEAN_KINDS.length) % CANARY_SHARES.length];
    const target = pick(canaryTargets(share));
    const rolled = kind !== 'single-version';
    windows.push({
      id: `${topology}#rollout-clean-${kind}-${i}`,
      topology,
      start: drawStart(random),
      rollout: rolled ? { service: idOf(target), version: NEW_VERSION, share } : null,
      faults:
        kind === 'shared-slowdown'
          ? [{ service: idOf(target), type: 'latency', magnitude: SHARED_SLOWDOWN }]
          : [],
      label: { fault: null },
      caseLabel: null,
      clean: kind,
      // A third of the single-version windows carry a deploy's restart blip, as the plain suite's clean windows do.
      blip: kind === 'single-version' && i % 9 === 2 ? idOf(target) : null,
    });
  }
  if (rolloutCasesOf(topology) === ROLLOUT_FAULT_CASES) return windows;
  const network = seededRandom(seed * 7243 + topology.length * 104_729 + services.length);
  for (const share of CANARY_SHARES)
    ROLLOUT_NETWORK_CASES.forEach((fault, index) => {
      windows.push(faultWindow(fault, `rollout-network-${index}-${pct(share)}`, share, network));
      const target = pickWith(network, canaryTargets(share));
      windows.push({
        id: `${topology}#rollout-clean-network-${index}-${pct(share)}`,
        topology,
        start: drawStart(network),
        rollout: { service: idOf(target), version: NEW_VERSION, share },
        faults: [],
        label: { fault: null },
        caseLabel: null,
        clean: 'canary',
        blip: null,
      });
    });
  return windows;
}

function sourceFor(window: RolloutWindow, seed: number, faults: AnomalyFault[]) {
  return new SimulatedSource({
    topology: window.topology,
    seed,
    faults,
    rollouts: window.rollout ? [window.rollout] : [],
    faultFrom: window.start,
  });
}

/** The longest scan of a window, versions read as a scan reads them. */
export function collectRolloutScan(window: RolloutWindow, seed: number): CollectedMetrics {
  const collected = sourceFor(window, seed, window.faults).collectNow({
    from: window.start,
    to: window.start + LONGEST_SCAN_MS,
    stepMs: STEP_MS,
    namespaces: [],
    withVersions: true,
    // The call graph, as a scan reads it by default (report.origins): callers of a slowed service follow it.
    withEdges: true,
  });
  if (window.blip) {
    const series = collected.services.find((s) => serviceId(s.service) === window.blip);
    if (series) applyRestartBlip(series, collected.stepMs);
    // Its callers see the restart too.
    for (const edge of collected.edges ?? [])
      if (serviceId(edge.callee) === window.blip) applyRestartBlip(edge, collected.stepMs);
  }
  return collected;
}

/** The 30 minutes before the deploy: the rollout has not begun (only v1 serves), no fault acts yet. */
export function collectRolloutBefore(window: RolloutWindow, seed: number): CollectedMetrics {
  return sourceFor(window, seed, []).collectNow({
    from: window.start - BEFORE_MS,
    to: window.start,
    stepMs: STEP_MS,
    namespaces: [],
    withVersions: true,
    // The callers' view before the deploy too, as a scan's reference window reads it: what they saw then.
    withEdges: true,
  });
}

/** The first minutes of a scan, its versions cut the same way. */
export function firstMinutes(collected: CollectedMetrics, durationMs: number): CollectedMetrics {
  const cut = firstPart(collected, durationMs);
  if (!collected.versions) return cut;
  const steps = Math.floor(durationMs / collected.stepMs);
  const versions = collected.versions.map((v) => ({
    ...firstPart({ ...collected, services: [v] }, durationMs).services[0],
    version: v.version,
  }));
  // A version with no request in the first minutes is not serving yet there.
  const serving = versions.filter((v) => v.requests.slice(0, steps).some((n) => n > 0));
  const perService = new Map<string, number>();
  for (const v of serving)
    perService.set(serviceId(v.service), (perService.get(serviceId(v.service)) ?? 0) + 1);
  return { ...cut, versions: serving.filter((v) => (perService.get(serviceId(v.service)) ?? 0) >= 2) };
}

/** The judges of the rollout suite, by name. */
export const ROLLOUT_JUDGES = {
  gate: 'SMAnalyzer (gate fails)',
  withoutVersions: 'SMAnalyzer, versions withheld (the gate before rollouts)',
  kayenta: 'Kayenta canary (MWU 98%, new vs old)',
  flagger: (t: number) => `Flagger canary (99% / 500 ms, threshold ${t})`,
};

interface Judged {
  window: RolloutWindow;
  label: WindowLabel;
  outcome: JudgeOutcome;
}

export interface RolloutJudgeResult {
  name: string;
  byDuration: Array<{
    durationMs: number;
    figures: QualityFigures;
    cleanFailedByKind: Record<string, number>;
  }>;
}

/** One split's rollout suite through every judge at every scan length. */
export function runRolloutSuite(topologies: string[], seed: number, log: (line: string) => void) {
  const names = [
    ROLLOUT_JUDGES.gate,
    ROLLOUT_JUDGES.withoutVersions,
    ROLLOUT_JUDGES.kayenta,
    ...FLAGGER_THRESHOLDS.map(ROLLOUT_JUDGES.flagger),
  ];
  const judged = new Map(names.map((n) => [n, new Map(ROLLOUT_SCAN_MS.map((d) => [d, [] as Judged[]]))]));
  const evidence: Array<Record<string, unknown>> = [];
  const allWindows: RolloutWindow[] = [];
  for (const topology of topologies) {
    const t = performance.now();
    const windows = buildRolloutWindows(topology, seed);
    allWindows.push(...windows);
    const judge = new SmAnalyzerJudge(collectLearning(topology, seed));
    for (const window of windows) {
      const longest = collectRolloutScan(window, seed);
      const before = collectRolloutBefore(window, seed);
      for (const durationMs of ROLLOUT_SCAN_MS) {
        const scan = firstMinutes(longest, durationMs);
        const add = (name: string, outcome: JudgeOutcome) =>
          judged.get(name)!.get(durationMs)!.push({ window, label: window.label, outcome });
        const report = judge.report(scan, before);
        const gate = gateOutcome(report);
        add(ROLLOUT_JUDGES.gate, gate);
        add(
          ROLLOUT_JUDGES.withoutVersions,
          gateOutcome(judge.report(withoutVersions(scan), withoutVersions(before))),
        );
        add(ROLLOUT_JUDGES.kayenta, judgeKayentaCanary(scan, before));
        for (const [threshold, outcome] of judgeFlaggerCanary(scan, before))
          add(ROLLOUT_JUDGES.flagger(threshold), outcome);
        if (durationMs === HEADLINE_MS) keepEvidence(evidence, window, gate, report);
      }
    }
    log(
      `  ${topology} (seed ${seed}): ${windows.length} rollout windows judged in ${((performance.now() - t) / 1000).toFixed(1)}s`,
    );
  }
  const results: RolloutJudgeResult[] = names.map((name) => ({
    name,
    byDuration: ROLLOUT_SCAN_MS.map((durationMs) => {
      const entries = judged.get(name)!.get(durationMs)!;
      const figures = scoreOutcomes(entries);
      // Per case, with the canary's share: where a judge misses.
      figures.byCase = {};
      for (const e of entries) {
        if (!e.window.caseLabel) continue;
        const entry = (figures.byCase[e.window.caseLabel] ??= {
          type: e.label.fault!.type,
          tier: e.label.fault!.tier,
          detected: 0,
          total: 0,
        });
        entry.total++;
        if (scoreOutcomes([e]).overall.tp === 1) entry.detected++;
      }
      const cleanFailedByKind: Record<string, number> = Object.fromEntries(
        ROLLOUT_CLEAN_KINDS.map((k) => [k, 0]),
      );
      for (const e of entries)
        if (e.window.clean && e.outcome.flagged.length > 0) cleanFailedByKind[e.window.clean]++;
      return { durationMs, figures, cleanFailedByKind };
    }),
  }));
  const f1 = (r: RolloutJudgeResult) =>
    r.byDuration.find((d) => d.durationMs === HEADLINE_MS)!.figures.overall.f1;
  const flaggers = results.filter((r) => r.name.startsWith('Flagger'));
  const bestFlagger = flaggers.reduce((best, r) => (f1(r) > f1(best) ? r : best));
  return {
    suite: {
      topologies,
      seed,
      windows: allWindows.length,
      faulty: allWindows.filter((w) => w.label.fault).length,
      clean: allWindows.filter((w) => !w.label.fault).length,
      cleanKinds: Object.fromEntries(
        ROLLOUT_CLEAN_KINDS.map((k) => [k, allWindows.filter((w) => w.clean === k).length]),
      ),
      shares: CANARY_SHARES,
      sharedSlowdown: SHARED_SLOWDOWN,
      faultCases: [
        ...new Map(
          topologies
            .flatMap(rolloutCasesOf)
            .map((c) => [c.label, { label: c.label, type: c.type, tier: c.tier }]),
        ).values(),
      ],
      scanDurationsMin: ROLLOUT_SCAN_MS.map((d) => d / MINUTE_MS),
    },
    judges: [...results.filter((r) => !r.name.startsWith('Flagger')), bestFlagger],
    flaggerByThreshold: flaggers.map((r) => ({ name: r.name, f1: f1(r) })),
    gateEvidence: evidence,
  };
}

export type RolloutSuiteResult = ReturnType<typeof runRolloutSuite>;

/** The same collection with no version read: the gate as it was before it compared versions. */
function withoutVersions(collected: CollectedMetrics): CollectedMetrics {
  return { ...collected, versions: undefined, versionsSeen: undefined };
}

function keepEvidence(
  evidence: Array<Record<string, unknown>>,
  window: RolloutWindow,
  gate: JudgeOutcome,
  report: Report,
) {
  const fault = window.label.fault;
  const hit = fault ? scoreOutcomes([{ label: window.label, outcome: gate }]).overall.tp === 1 : false;
  if ((fault && hit) || (!fault && gate.flagged.length === 0)) return;
  evidence.push({
    window: window.id,
    case: window.caseLabel ?? window.clean,
    rollout: window.rollout,
    findings: report.anomalies
      .filter(
        (f) =>
          f.severity === 'high' ||
          f.severity === 'critical' ||
          (fault && `${f.namespace}/${f.service}` === fault.service),
      )
      .map((f) => ({
        service: `${f.namespace}/${f.service}`,
        type: f.type,
        severity: f.severity,
        metric: f.metric,
        observed: f.observed,
        expected: f.expected,
        ...(f.onset ? { onset: f.onset } : {}),
        ...(f.rollout ? { rollout: f.rollout } : {}),
      })),
    rollouts: (report.rollouts ?? []).map((r) => ({
      service: `${r.namespace}/${r.service}`,
      verdict: r.verdict,
      reason: r.reason,
    })),
  });
}
