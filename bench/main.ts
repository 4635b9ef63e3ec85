/**
 * The benchmark's entry: runs the labelled suite through every judge at every scan length, measures the cost at
 * scale in child processes, prints the tables and writes bench/results.json. `--quick` runs a subset.
 * `--cost-child N` is the child side of one cost measurement.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import CliTable from 'cli-table3';
import { serviceId, type Report } from '../src/core/types.js';
import { growthRatios, measureColdStart, measureCost, runCostSizes, type CostSample } from './cost.js';
import { judgeFlagger } from './judges/flagger.js';
import { KayentaJudge } from './judges/kayenta.js';
import { SMANALYZER_VARIANTS, SmAnalyzerJudge, VARIANT_NAMES } from './judges/smanalyzer.js';
import {
  detectionLatency,
  detectsFault,
  scoreOutcomes,
  type JudgeOutcome,
  type WindowLabel,
} from './quality.js';
import {
  buildSuite,
  collectLearning,
  collectScan,
  FAULT_CASES,
  firstPart,
  FULL_SUITE,
  LEARN_DURATION_MS,
  MINUTE_MS,
  QUICK_SUITE,
  type CleanKind,
  type ScanWindow,
} from './scenarios.js';

/** Plain tables: they end up in CI logs and the README. */
class Table extends CliTable {
  constructor(options: { head: string[] }) {
    super({ ...options, style: { head: [], border: [], compact: true } });
  }
}

const SCAN_DURATIONS_MS = [10, 5, 2, 1].map((m) => m * MINUTE_MS);
const HEADLINE_MS = 5 * MINUTE_MS;
/** Scan lengths whose SMAnalyzer misses and false alarms are kept as evidence in results.json. */
const EVIDENCE_MS = [5 * MINUTE_MS, 2 * MINUTE_MS];
const KAYENTA = 'Kayenta-style (MWU 98%)';
const FLAGGER = 'Flagger-style (99% / 500 ms)';
const SHORT_NAMES: Record<string, string> = {
  [VARIANT_NAMES.hybrid]: 'SMA gate',
  [VARIANT_NAMES['hybrid-any']]: 'SMA any',
  [VARIANT_NAMES.rules]: 'SMA rules',
  [VARIANT_NAMES.model]: 'SMA model',
  [KAYENTA]: 'Kayenta',
  [FLAGGER]: 'Flagger',
};
const JUDGES = [...SMANALYZER_VARIANTS.map((v) => VARIANT_NAMES[v]), KAYENTA, FLAGGER];

interface Judged {
  window: ScanWindow;
  label: WindowLabel;
  outcome: JudgeOutcome;
  /** Services in the scan: a false alarm per service-scan is what one canary analysis would see. */
  services: number;
}

interface Evidence {
  misses: Array<Record<string, unknown>>;
  falseAlarms: Array<Record<string, unknown>>;
}

function labelOf(window: ScanWindow): WindowLabel {
  const f = window.fault;
  return { fault: f ? { service: serviceId(f.service), type: f.type, tier: f.tier, label: f.label } : null };
}

/** What the hybrid saw on the faulted service of a missed window, or the gating findings of a false alarm. */
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
  } else if (!label.fault && outcome.flagged.length > 0) {
    evidence.falseAlarms.push({
      window: window.id,
      kind: window.clean,
      findings: report.anomalies.filter((f) => f.severity === 'high' || f.severity === 'critical').map(brief),
    });
  }
}

function runQuality(quick: boolean, log: (line: string) => void) {
  const options = quick ? QUICK_SUITE : FULL_SUITE;
  const suites = buildSuite(options);
  const judged = new Map<string, Map<number, Judged[]>>(
    JUDGES.map((j) => [j, new Map(SCAN_DURATIONS_MS.map((d) => [d, []]))]),
  );
  const evidence = new Map<number, Evidence>(EVIDENCE_MS.map((d) => [d, { misses: [], falseAlarms: [] }]));
  const add = (judge: string, durationMs: number, entry: Judged) =>
    judged.get(judge)!.get(durationMs)!.push(entry);

  for (const suite of suites) {
    const t = performance.now();
    const learning = collectLearning(suite.topology, options.seed);
    const smanalyzer = new SmAnalyzerJudge(learning);
    const kayenta = new KayentaJudge(learning);
    for (const window of suite.windows) {
      const longest = collectScan(window, options.seed);
      const label = labelOf(window);
      for (const durationMs of SCAN_DURATIONS_MS) {
        const scan = firstPart(longest, durationMs);
        const sm = smanalyzer.judge(scan);
        const services = scan.services.length;
        for (const variant of SMANALYZER_VARIANTS)
          add(VARIANT_NAMES[variant], durationMs, { window, label, services, outcome: sm[variant] });
        add(KAYENTA, durationMs, { window, label, services, outcome: kayenta.judge(scan) });
        add(FLAGGER, durationMs, { window, label, services, outcome: judgeFlagger(scan) });
        const kept = evidence.get(durationMs);
        if (kept) recordEvidence(kept, window, label, sm.hybrid, sm.hybridReport);
      }
    }
    log(
      `  ${suite.topology}: ${suite.services.length} services, ${suite.windows.length} windows judged in ${((performance.now() - t) / 1000).toFixed(1)}s`,
    );
  }

  const judges = JUDGES.map((name) => {
    const byDuration = SCAN_DURATIONS_MS.map((durationMs) => {
      const entries = judged.get(name)!.get(durationMs)!;
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
      return { durationMs, figures, falseAlarmsByKind, falseAlarmRatePerService };
    });
    const latencyMs = detectionLatency(
      byDuration.map((d) => ({ durationMs: d.durationMs, f1: d.figures.overall.f1 })),
    );
    return { name, detectionLatencyMs: latencyMs, byDuration };
  });
  const windows = suites.flatMap((s) => s.windows);
  return {
    suite: {
      topologies: suites.map((s) => ({
        name: s.topology,
        services: s.services.length,
        windows: s.windows.length,
      })),
      windows: windows.length,
      faulty: windows.filter((w) => w.fault).length,
      clean: windows.filter((w) => !w.fault).length,
      cleanKinds: Object.fromEntries(
        ['steady', 'burst', 'restart-blip'].map((k) => [k, windows.filter((w) => w.clean === k).length]),
      ),
      faultCases: FAULT_CASES.map((c) => ({ label: c.label, type: c.type, tier: c.tier })),
      learning: `${LEARN_DURATION_MS / 3_600_000} h at 15 s step, the day before the scans`,
      scanDurationsMin: SCAN_DURATIONS_MS.map((d) => d / MINUTE_MS),
      seed: options.seed,
    },
    judges,
    smanalyzerEvidence: Object.fromEntries([...evidence].map(([d, e]) => [`${d / MINUTE_MS}m`, e])),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(3);
const minutes = (ms: number | null) => (ms === null ? 'none ≤ 10 min' : `${ms / MINUTE_MS} min`);

function printQuality(quality: ReturnType<typeof runQuality>) {
  const at = (j: (typeof quality.judges)[number], durationMs: number) =>
    j.byDuration.find((d) => d.durationMs === durationMs)!;
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
      minutes(j.detectionLatencyMs),
    ]);
  }
  console.log(main.toString());

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
      ...j.byDuration.map((d) => `${num(d.figures.overall.f1)} (${pct(d.figures.falsePositiveRate)})`),
    ]);
  }
  console.log(byDuration.toString());

  const cases = new Table({
    head: ['Detected / windows (5 min)', 'tier', ...quality.judges.map((j) => SHORT_NAMES[j.name] ?? j.name)],
  });
  for (const c of FAULT_CASES) {
    cases.push([
      c.label,
      c.tier,
      ...quality.judges.map((j) => {
        const e = at(j, HEADLINE_MS).figures.byCase[c.label];
        return e ? `${e.detected}/${e.total}` : '-';
      }),
    ]);
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

function printCost(samples: CostSample[], growth: ReturnType<typeof growthRatios>) {
  const table = new Table({
    head: [
      'Services',
      'Learn (1 h data)',
      'Scan analysis (5 min)',
      'Learn + scan',
      'Peak RSS',
      'RSS after simulation',
      'Simulation (excluded)',
    ],
  });
  for (const s of samples) {
    table.push([
      s.services.toLocaleString('en'),
      `${s.learnMs} ms`,
      `${s.scanMs} ms`,
      `${s.learnMs + s.scanMs} ms`,
      `${s.peakRssMiB} MiB`,
      `${s.rssAfterSimulationMiB} MiB`,
      `${s.simulateMs} ms`,
    ]);
  }
  console.log(table.toString());
  if (growth.length > 0) {
    const g = new Table({ head: ['Growth per 10x services', 'Learn', 'Scan', 'Learn + scan', 'Peak RSS'] });
    for (const r of growth)
      g.push([
        `${r.from.toLocaleString('en')} → ${r.to.toLocaleString('en')}`,
        `${r.learn}x`,
        `${r.scan}x`,
        `${r.analysis}x`,
        `${r.peakRss}x`,
      ]);
    console.log(g.toString());
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--cost-child') {
    console.log(JSON.stringify(measureCost(Number(args[1]))));
    return;
  }
  const quick = args.includes('--quick');
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? args[outIndex + 1] : join(root, 'bench', 'results.json');
  const log = (line: string) => console.log(line);
  const started = performance.now();

  log(`SMAnalyzer benchmark${quick ? ' (quick)' : ''}: detection quality on the labelled suite`);
  const quality = runQuality(quick, log);
  const s = quality.suite;
  log(
    `${s.windows} windows (${s.faulty} faulty, ${s.clean} clean: ${Object.entries(s.cleanKinds)
      .map(([k, n]) => `${n} ${k}`)
      .join(
        ', ',
      )}) over ${s.topologies.map((t) => `${t.name} (${t.services})`).join(', ')}; learning ${s.learning}`,
  );
  printQuality(quality);

  const sizes = quick ? [100, 1000] : [100, 1000, 10_000];
  log(
    `Cost at scale: generated meshes of ${sizes.map((n) => n.toLocaleString('en')).join(', ')} services, each in its own process`,
  );
  const entry = fileURLToPath(import.meta.url);
  const samples = runCostSizes(entry, sizes);
  const growth = growthRatios(samples);
  printCost(samples, growth);
  const coldStart = measureColdStart(root);
  log(
    'skipped' in coldStart
      ? `Cold start: skipped (${coldStart.skipped})`
      : `Cold start: ${coldStart.command}: median ${coldStart.medianMs} ms (runs ${coldStart.runs.join(', ')} ms)`,
  );

  const results = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    mode: quick ? 'quick' : 'full',
    quality,
    cost: { learnData: '1 h at 15 s step', scan: '5 min', samples, growthPer10x: growth },
    coldStart,
    elapsedSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
  // Written beside and renamed, so an interrupted run never leaves half a results file.
  writeFileSync(`${out}.tmp`, JSON.stringify(results, null, 2) + '\n');
  renameSync(`${out}.tmp`, out);
  log(`Wrote ${out} in ${results.elapsedSeconds}s`);
}

main();
