/**
 * SMAnalyzer as a judge, through the same pure learn → analyseScan path the CLI and the Action use, in four
 * variants: the hybrid gate (flagged when the verdict is fail), the hybrid's findings at any severity, the rules
 * alone (the baseline without its models) and the model alone (every static rule switched off); and the ablation
 * of the joint model: the gate with K-means forced to one cluster (kMax 1), learned from the same data.
 */
import type { Baseline } from '../../src/baseline/store.js';
import { DEFAULT_CONFIG, type Config } from '../../src/config/load.js';
import { learnBaseline } from '../../src/core/learn.js';
import { analyseScan } from '../../src/app/analyse.js';
import { severityRank, type CollectedMetrics, type Finding, type Report } from '../../src/core/types.js';
import type { FlaggedService, JudgeOutcome } from '../quality.js';

export const SMANALYZER_VARIANTS = ['hybrid', 'hybrid-any', 'rules', 'model', 'kmax1', 'own-view'] as const;
export type SmAnalyzerVariant = (typeof SMANALYZER_VARIANTS)[number];

export const VARIANT_NAMES: Record<SmAnalyzerVariant, string> = {
  hybrid: 'SMAnalyzer (gate fails)',
  'hybrid-any': 'SMAnalyzer (any finding)',
  rules: 'SMAnalyzer rules only',
  model: 'SMAnalyzer model only',
  kmax1: 'SMAnalyzer gate, kMax 1',
  'own-view': "SMAnalyzer gate, callee's view only",
};

/** The same window without the callers' view of any edge: the gate as it judged before it read one. */
export function ownViewOnly(collected: CollectedMetrics): CollectedMetrics {
  return { ...collected, edges: [] };
}

/** A config whose static rules can never fire, so only the learned model speaks. */
export function modelOnlyConfig(config: Config): Config {
  return {
    ...config,
    rules: {
      errorRatio: Infinity,
      trafficSpikeFactor: Infinity,
      trafficDropFactor: 0,
      latencyP99Ms: null,
      latencyFactor: Infinity,
      retryRatio: Infinity,
      timeoutRatio: Infinity,
      overflowRatio: Infinity,
    },
  };
}

/** The ablation: every model a single cluster. */
export function singleModeConfig(config: Config): Config {
  return { ...config, model: { ...config.model, kMax: 1 } };
}

/** The same baseline with every model removed, so only the static rules speak. */
export function rulesOnlyBaseline(baseline: Baseline): Baseline {
  return { ...baseline, services: baseline.services.map((s) => ({ ...s, models: {} })) };
}

/** Services the gate failed on (their findings at or above fail-on), with every type found on them. */
export function gateOutcome(report: Report): JudgeOutcome {
  if (report.verdict !== 'fail') return { flagged: [] };
  const gating = report.anomalies.filter(
    (f) => severityRank(f.severity) >= severityRank(report.summary.failOn),
  );
  return { flagged: byService(report.anomalies, new Set(gating.map(idOf))), namedFirst: namedFirst(report) };
}

/** Where the report says it started: its first origin, else its most severe finding's service. */
export function namedFirst(report: Report): string | undefined {
  const origin = report.origins?.[0];
  if (origin) return `${origin.namespace}/${origin.service}`;
  const first = [...report.anomalies].sort((a, b) => severityRank(b.severity) - severityRank(a.severity))[0];
  return first ? idOf(first) : undefined;
}

/** Every service with a finding, whatever its severity. */
export function anyFindingOutcome(report: Report): JudgeOutcome {
  return { flagged: byService(report.anomalies, null) };
}

function idOf(f: Finding): string {
  return `${f.namespace}/${f.service}`;
}

function byService(findings: Finding[], only: Set<string> | null): FlaggedService[] {
  const types = new Map<string, FlaggedService>();
  for (const f of findings) {
    const id = idOf(f);
    if (only && !only.has(id)) continue;
    const entry = types.get(id) ?? { service: id, types: [] };
    if (!entry.types!.includes(f.type)) entry.types!.push(f.type);
    types.set(id, entry);
  }
  return [...types.values()];
}

/**
 * What the analysis is given besides the scan: the window right before the deploy as its reference,
 * as `scan --deployed-at` reads it from the source's history. Typed through analyseScan's own parameter, so the
 * benchmark builds against the analysis before and after it reads a reference.
 */
function extraFor(scan: CollectedMetrics, before?: CollectedMetrics): Parameters<typeof analyseScan>[3] {
  const extra = {
    baselinePath: 'bench',
    now: scan.to,
    reference: before ? { collected: before, window: { from: before.from, to: before.to } } : null,
  };
  return extra as Parameters<typeof analyseScan>[3];
}

export class SmAnalyzerJudge {
  readonly baseline: Baseline;
  private readonly rulesBaseline: Baseline;
  private readonly singleModeBaseline: Baseline;
  private readonly ownViewBaseline: Baseline;
  private readonly modelConfig: Config;

  constructor(
    learning: CollectedMetrics,
    private readonly config: Config = DEFAULT_CONFIG,
  ) {
    this.baseline = learnBaseline(learning, config, {
      now: learning.to,
      toolVersion: 'bench',
      cluster: null,
      namespaces: [],
    });
    this.rulesBaseline = rulesOnlyBaseline(this.baseline);
    this.singleModeBaseline = learnBaseline(learning, singleModeConfig(config), {
      now: learning.to,
      toolVersion: 'bench',
      cluster: null,
      namespaces: [],
    });
    this.ownViewBaseline = learnBaseline(ownViewOnly(learning), config, {
      now: learning.to,
      toolVersion: 'bench',
      cluster: null,
      namespaces: [],
    });
    this.modelConfig = modelOnlyConfig(config);
  }

  /** The hybrid's report (the evidence behind a miss), by default against the baseline as learned. */
  report(scan: CollectedMetrics, before?: CollectedMetrics, baseline: Baseline = this.baseline): Report {
    return analyseScan(scan, baseline, this.config, extraFor(scan, before));
  }

  /**
   * The baseline with one service left out (and its callers' view of it), as if it had been deployed after the
   * baseline was learned: what judges a service the baseline does not know.
   */
  baselineWithout(service: string): Baseline {
    const kept = (s: { name: string }) => s.name !== service;
    // Its calls to others are as new as it is: the edges it is the caller of go too.
    const callsOut = (e: { namespace: string; caller: string }) => e.caller === `${e.namespace}/${service}`;
    return {
      ...this.baseline,
      services: this.baseline.services.filter(kept),
      ...(this.baseline.edges ? { edges: this.baseline.edges.filter((e) => kept(e) && !callsOut(e)) } : {}),
    };
  }

  /**
   * Every variant, or (`gateOnly`) the gate's report alone: the ablations cost three more analyses per scan, so the
   * benchmark runs them at the headline scan length only.
   */
  judge(
    scan: CollectedMetrics,
    gateOnly = false,
    before?: CollectedMetrics,
  ): Partial<Record<SmAnalyzerVariant, JudgeOutcome>> & { hybridReport: Report } {
    const hybridReport = this.report(scan, before);
    const gate = {
      hybrid: gateOutcome(hybridReport),
      'hybrid-any': anyFindingOutcome(hybridReport),
      hybridReport,
    };
    if (gateOnly) return gate;
    const analyse = (baseline: Baseline, config: Config) =>
      gateOutcome(analyseScan(scan, baseline, config, extraFor(scan, before)));
    return {
      ...gate,
      rules: analyse(this.rulesBaseline, this.config),
      model: analyse(this.baseline, this.modelConfig),
      kmax1: analyse(this.singleModeBaseline, this.config),
      'own-view': gateOutcome(
        analyseScan(
          ownViewOnly(scan),
          this.ownViewBaseline,
          this.config,
          extraFor(ownViewOnly(scan), before && ownViewOnly(before)),
        ),
      ),
    };
  }
}
