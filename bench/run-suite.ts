/**
 * One simulated suite through every judge at every scan length: SMAnalyzer's variants (the kMax 1 ablation
 * included), Kayenta, and Flagger at each failed-check threshold 1–5 (reported at its best). Prints the tables.
 */
import CliTable from 'cli-table3';
import { caseCell } from './markdown.js';
import { serviceId, type Report } from '../src/core/types.js';
import { FLAGGER_THRESHOLDS, judgeFlaggerThresholds } from './judges/flagger.js';
import { KayentaJudge } from './judges/kayenta.js';
import { SMANALYZER_VARIANTS, SmAnalyzerJudge, VARIANT_NAMES } from './judges/smanalyzer.js';
import {
  detectionLatency,
  detectsFault,
  scoreOutcomes,
  type JudgeOutcome,
  type QualityFigures,
  type WindowLabel,
} from './quality.js';
import {
  buildSuite,
  collectBefore,
  collectLearning,
  collectScan,
  FAULT_CASES,
  firstPart,
  LEARN_DURATION_MS,
  MINUTE_MS,
  QUIET_FAULT_CASES,
  type CleanKind,
  type ScanWindow,
  type SuiteOptions,
} from './scenarios.js';

/** Plain tables: they end up in CI logs and docs/benchmark.md. */
export class Table extends CliTable {
  constructor(options: { head: string[] }) {
    super({ ...options, style: { head: [], border: [], compact: true } });
  }
}

export const SCAN_DURATIONS_MS = [10, 5, 2, 1].map((m) => m * MINUTE_MS);
export const HEADLINE_MS = 5 * MINUTE_MS;
/** Scan lengths whose SMAnalyzer misses and false alarms are kept as evidence in results.json. */
const EVIDENCE_MS = [5 * MINUTE_MS];
export const KAYENTA = 'Kayenta (MWU 98%, HL interval)';
const flaggerName = (t: number) => `Flagger (99% / 500 ms, threshold ${t})`;
const SHORT_NAMES: Record<string, string> = {
  [VARIANT_NAMES.hybrid]: 'SMA gate',
  [VARIANT_NAMES['hybrid-any']]: 'SMA any',
  [VARIANT_NAMES.rules]: 'SMA rules',
  [VARIANT_NAMES.model]: 'SMA model',
  [VARIANT_NAMES.kmax1]: 'SMA kMax1',
  [VARIANT_NAMES['own-view']]: 'SMA own view',
  [KAYENTA]: 'Kayenta',
};
const INTERNAL_JUDGES = [
  ...SMANALYZER_VARIANTS.map((v) => VARIANT_NAMES[v]),
  KAYENTA,
  ...FLAGGER_THRESHOLDS.map(flaggerName),
];

interface Judged {
  window: ScanWindow;
  label: WindowLabel;
  outcome: JudgeOutcome;
  /** Services in the scan: a false alarm per service-scan is what one canary analysis would see. */
  services: number;
}

interface Evidence {
  misses: Array<Record<string, unknown>>;
  /** Detected, but another service named first: where the origin ranking went wrong. */
  misnamed: Array<Record<string, unknown>>;
  falseAlarms: Array<Record<string, unknown>>;
}

function labelOf(window: ScanWindow): WindowLabel {
  const f = window.fault;
  return { fault: f ? { service: serviceId(f.service), type: f.type, tier: f.tier, label: f.label } : null };
}

/**
 * What the hybrid saw on the faulted service of a missed window, the origins of a window it detected but named
 * another service first in, or the gating findings of a false alarm.
 */
function recordEvidence(
  evidence: Evidence,
  window: ScanWindow,
  label: WindowLabel,
  outcome: JudgeOutcome,
  report: Report,
): void {
  const brief = (f: Report['anomalies'][number]) => ({
    service: `${f.namespace}/${f.service}`,
    type: f.type,
    severity: f.severity,
    detector: f.detector,
    metric: f.metric,
    observed: f.observed,
    expected: f.expected,
    score: f.score,
    ...(f.onset ? { onset: f.onset } : {}),
  });
  if (label.fault && !detectsFault(label, outcome)) {
    const target = label.fault.service;
    const service = report.services.find((s) => `${s.namespace}/${s.name}` === target);
    evidence.misses.push({
      window: window.id,
      fault: label.fault.label,
      magnitude: window.fault!.magnitude,
      service: target,
      status: service?.status,
      findings: report.anomalies.filter((f) => `${f.namespace}/${f.service}` === target).map(brief),
      elsewhere: report.anomalies.filter((f) => `${f.namespace}/${f.service}` !== target).length,
    });
  } else if (label.fault && outcome.namedFirst !== label.fault.service) {
    const target = label.fault.service;
    evidence.misnamed.push({
      window: window.id,
      fault: label.fault.label,
      service: target,
      namedFirst: outcome.namedFirst,
      origins: (report.origins ?? []).slice(0, 3).map((o) => ({
        service: `${o.namespace}/${o.service}`,
        kind: o.kind,
        ...(o.caller ? { caller: `${o.caller.namespace}/${o.caller.service}` } : {}),
        score: o.score,
        explains: o.explains.length,
      })),
      findings: report.anomalies
        .filter((f) => f.severity !== 'low' || `${f.namespace}/${f.service}` === target)
        .map(brief),
    });
  } else if (!label.fault && outcome.flagged.length > 0) {
    evidence.falseAlarms.push({
      window: window.id,
      kind: window.clean,
      findings: report.anomalies.filter((f) => f.severity === 'high' || f.severity === 'critical').map(brief),
    });
  }
}

function summarise(entries: Judged[]) {
  const figures = scoreOutcomes(entries);
  const falseAlarmsByKind: Partial<Record<CleanKind, number>> = {};
  for (const e of entries) {
    if (e.window.clean && e.outcome.flagged.length > 0)
      falseAlarmsByKind[e.window.clean] = (falseAlarmsByKind[e.window.clean] ?? 0) + 1;
  }
  const cleanEntries = entries.filter((e) => !e.label.fault);
  const serviceScans = cleanEntries.reduce((sum, e) => sum + e.services, 0);
  const flaggedServices = cleanEntries.reduce((sum, e) => sum + e.outcome.flagged.length, 0);
  const falseAlarmRatePerService =
    Math.round((flaggedServices / Math.max(1, serviceScans)) * 10_000) / 10_000;
  return { figures, falseAlarmsByKind, falseAlarmRatePerService };
}

export interface JudgeResult {
  name: string;
  detectionLatencyMs: number | null;
  byDuration: Array<{ durationMs: number } & ReturnType<typeof summarise>>;
  /** Per topology at the headline scan length (the kMax 1 ablation reads these). */
  byTopology: Record<string, QualityFigures>;
}

export function runQuality(options: SuiteOptions, log: (line: string) => void) {
  const suites = buildSuite(options);
  const judged = new Map<string, Map<number, Judged[]>>(
    INTERNAL_JUDGES.map((j) => [j, new Map(SCAN_DURATIONS_MS.map((d) => [d, []]))]),
  );
  const evidence = new Map<number, Evidence>(
    EVIDENCE_MS.map((d) => [d, { misses: [], misnamed: [], falseAlarms: [] }]),
  );
  const add = (judge: string, durationMs: number, entry: Judged) =>
    judged.get(judge)!.get(durationMs)!.push(entry);

  for (const suite of suites) {
    const t = performance.now();
    const learning = collectLearning(suite.topology, options.seed);
    const smanalyzer = new SmAnalyzerJudge(learning);
    const kayenta = new KayentaJudge(learning);
    for (const window of suite.windows) {
      const longest = collectScan(window, options.seed);
      const before = collectBefore(window, options.seed);
      const label = labelOf(window);
      for (const durationMs of SCAN_DURATIONS_MS) {
        const scan = firstPart(longest, durationMs);
        const sm = smanalyzer.judge(scan, durationMs !== HEADLINE_MS, before);
        const services = scan.services.length;
        for (const variant of SMANALYZER_VARIANTS) {
          const outcome = sm[variant];
          if (outcome) add(VARIANT_NAMES[variant], durationMs, { window, label, services, outcome });
        }
        add(KAYENTA, durationMs, { window, label, services, outcome: kayenta.judge(scan, before) });
        for (const [threshold, outcome] of judgeFlaggerThresholds(scan))
          add(flaggerName(threshold), durationMs, { window, label, services, outcome });
        const kept = evidence.get(durationMs);
        if (kept) recordEvidence(kept, window, label, sm.hybrid!, sm.hybridReport);
      }
    }
    log(
      `  ${suite.topology} (seed ${options.seed}): ${suite.services.length} services, ${suite.windows.length} windows judged in ${((performance.now() - t) / 1000).toFixed(1)}s`,
    );
  }

  const all: JudgeResult[] = INTERNAL_JUDGES.map((name) => {
    // The ablation variants run at the headline scan length only.
    const byDuration = SCAN_DURATIONS_MS.filter((d) => judged.get(name)!.get(d)!.length > 0).map(
      (durationMs) => ({
        durationMs,
        ...summarise(judged.get(name)!.get(durationMs)!),
      }),
    );
    const headline = judged.get(name)!.get(HEADLINE_MS)!;
    const byTopology = Object.fromEntries(
      suites.map((s) => [
        s.topology,
        scoreOutcomes(headline.filter((e) => e.window.topology === s.topology)),
      ]),
    );
    const latencyMs = detectionLatency(
      byDuration.map((d) => ({ durationMs: d.durationMs, f1: d.figures.overall.f1 })),
    );
    return { name, detectionLatencyMs: latencyMs, byDuration, byTopology };
  });
  // Flagger is reported at its best threshold (highest F1 at the headline scan length); every threshold is kept.
  const flaggers = all.filter((j) => j.name.startsWith('Flagger'));
  const f1At = (j: JudgeResult) => j.byDuration.find((d) => d.durationMs === HEADLINE_MS)!.figures.overall.f1;
  const bestFlagger = flaggers.reduce((best, j) => (f1At(j) > f1At(best) ? j : best));
  const judges = [...all.filter((j) => !j.name.startsWith('Flagger')), bestFlagger];
  const windows = suites.flatMap((s) => s.windows);
  return {
    suite: {
      topologies: suites.map((s) => ({
        name: s.topology,
        services: s.services.length,
        quietServices: s.services.filter((x) => x.rate < 0.5).length,
        windows: s.windows.length,
      })),
      windows: windows.length,
      faulty: windows.filter((w) => w.fault).length,
      clean: windows.filter((w) => !w.fault).length,
      cleanKinds: Object.fromEntries(
        ['steady', 'burst', 'restart-blip'].map((k) => [k, windows.filter((w) => w.clean === k).length]),
      ),
      faultCases: [...FAULT_CASES, ...QUIET_FAULT_CASES].map((c) => ({
        label: c.label,
        type: c.type,
        tier: c.tier,
      })),
      learning: `${LEARN_DURATION_MS / 3_600_000} h at 15 s step, the day before the scans`,
      scanDurationsMin: SCAN_DURATIONS_MS.map((d) => d / MINUTE_MS),
      seed: options.seed,
    },
    judges,
    flaggerByThreshold: flaggers.map((j) => ({
      name: j.name,
      f1: f1At(j),
      falsePositiveRate: j.byDuration.find((d) => d.durationMs === HEADLINE_MS)!.figures.falsePositiveRate,
    })),
    smanalyzerEvidence: Object.fromEntries([...evidence].map(([d, e]) => [`${d / MINUTE_MS}m`, e])),
  };
}

export type QualityResult = ReturnType<typeof runQuality>;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(3);
const minutes = (ms: number | null) => (ms === null ? 'none ≤ 10 min' : `${ms / MINUTE_MS} min`);
const shortName = (name: string) =>
  SHORT_NAMES[name] ?? name.replace(/^Flagger.*threshold (\d)\)$/, 'Flagger t$1');

const namedFirst = (f: { namedFirst: { named: number; of: number } | null }) =>
  f.namedFirst ? `${f.namedFirst.named} / ${f.namedFirst.of}` : '-';

/** The headline table; `full` adds per type, per scan length, per case and the kMax 1 ablation per topology. */
export function printQuality(quality: QualityResult, full: boolean) {
  const at = (j: JudgeResult, durationMs: number) => j.byDuration.find((d) => d.durationMs === durationMs)!;
  const main = new Table({
    head: [
      'Judge (5-min scans)',
      'Precision',
      'Recall',
      'F1',
      'FP rate (clean windows)',
      'FP per service',
      'Subtle recall',
      'F1 ≥ 0.9 from',
      'Named first',
    ],
  });
  for (const j of quality.judges) {
    const d = at(j, HEADLINE_MS);
    const f = d.figures;
    main.push([
      j.name,
      num(f.overall.precision),
      num(f.overall.recall),
      num(f.overall.f1),
      pct(f.falsePositiveRate),
      pct(d.falseAlarmRatePerService),
      num(f.subtleRecall),
      j.byDuration.length < SCAN_DURATIONS_MS.length ? '- (5 min only)' : minutes(j.detectionLatencyMs),
      namedFirst(f),
    ]);
  }
  console.log(main.toString());
  console.log(
    `  Flagger by threshold (F1 / FP rate, 5 min): ${quality.flaggerByThreshold
      .map((f) => `${shortName(f.name)} ${num(f.f1)} / ${pct(f.falsePositiveRate)}`)
      .join('; ')}`,
  );

  const ablation = new Table({ head: ['kMax ablation (5 min): F1 / FP rate', 'learned k', 'kMax 1'] });
  const hybrid = quality.judges.find((j) => j.name === VARIANT_NAMES.hybrid)!;
  const single = quality.judges.find((j) => j.name === VARIANT_NAMES.kmax1)!;
  for (const topology of Object.keys(hybrid.byTopology)) {
    const cell = (f: QualityFigures) => `${num(f.overall.f1)} / ${pct(f.falsePositiveRate)}`;
    ablation.push([topology, cell(hybrid.byTopology[topology]), cell(single.byTopology[topology])]);
  }
  console.log(ablation.toString());
  if (!full) return;

  const types = Object.keys(at(quality.judges[0], HEADLINE_MS).figures.byType);
  const perType = new Table({ head: ['F1 per fault type (5 min)', ...types] });
  for (const j of quality.judges) {
    const f = at(j, HEADLINE_MS).figures;
    perType.push([j.name, ...types.map((t) => num(f.byType[t as keyof typeof f.byType]!.f1))]);
  }
  console.log(perType.toString());

  const byDuration = new Table({
    head: ['F1 (FP rate) by scan length', ...SCAN_DURATIONS_MS.map((d) => `${d / MINUTE_MS} min`)],
  });
  for (const j of quality.judges) {
    byDuration.push([
      j.name,
      ...SCAN_DURATIONS_MS.map((ms) => {
        const d = j.byDuration.find((x) => x.durationMs === ms);
        return d ? `${num(d.figures.overall.f1)} (${pct(d.figures.falsePositiveRate)})` : '-';
      }),
    ]);
  }
  console.log(byDuration.toString());

  const cases = new Table({
    head: ['Detected / windows (5 min)', 'tier', ...quality.judges.map((j) => shortName(j.name))],
  });
  for (const c of [...FAULT_CASES, ...QUIET_FAULT_CASES]) {
    const row = quality.judges.map((j) => {
      const e = at(j, HEADLINE_MS).figures.byCase[c.label];
      return e ? caseCell(e) : null;
    });
    if (row.every((x) => x === null)) continue;
    cases.push([c.label, c.tier, ...row.map((x) => x ?? '-')]);
  }
  cases.push([
    'False alarms (clean)',
    '',
    ...quality.judges.map((j) => {
      const d = at(j, HEADLINE_MS);
      const kinds = Object.entries(d.falseAlarmsByKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      return `${d.figures.overall.fp}${kinds ? ` (${kinds})` : ''}`;
    }),
  ]);
  console.log(cases.toString());
}
