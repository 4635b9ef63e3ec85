/**
 * The benchmark on real telemetry with labelled faults (Train-Ticket, Online Boutique: one runner, the data set a
 * parameter): through the project's real Prometheus source, learn on one day's fault-free hours, scan the other
 * day's fault windows (each from its injection, 5 minutes or until the next fault) and clean windows (5 minutes
 * at a fixed spacing through its fault-free hours), and judge every window with SMAnalyzer (its gate and the kMax 1
 * ablation), Kayenta and Flagger (thresholds 1–5, best reported). Then the drift check, through the CLI: learn,
 * and scan one clean window of the other day with --deployed-at.
 *
 * Window scoring (a gate judges a deploy, not a service): a fault window is detected when the judge flags any
 * service; a clean window with any flag is a false alarm. "On target" counts only flags on the faulted service.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/load.js';
import type { CollectedMetrics, MeshName, Report } from '../../src/core/types.js';
import { PrometheusSource } from '../../src/sources/prometheus/source.js';
import { FLAGGER_THRESHOLDS, judgeFlaggerThresholds } from '../judges/flagger.js';
import { KayentaJudge } from '../judges/kayenta.js';
import { gateOutcome, SmAnalyzerJudge, VARIANT_NAMES } from '../judges/smanalyzer.js';
import type { JudgeOutcome } from '../quality.js';
import type { SplitName, TrainTicketSplit } from '../splits.js';
import type { Fault } from '../trainticket/convert.js';
import { servePrometheus } from '../../harness/prometheus.js';

/** One data set with labelled faults, backfilled into TSDB blocks. */
export interface RealDataset {
  /** The cache folder under build/bench (the drift check's files go there). */
  dir: string;
  tsdb: string;
  namespace: string;
  faults: Record<string, Fault[]>;
  splits: Record<SplitName, TrainTicketSplit>;
  /** The minute after the last data of a day (Unix ms): clean windows past it would be silent. */
  dataEnd: (day: string) => number;
  /** The spacing of clean windows through the fault-free hours. */
  cleanEveryMs: number;
  /** Name of the day in SMANALYZER_BENCH_DUMP lines. */
  label: string;
  /** Also judge each service left out of the baseline in turn (leftOut): a data set of a few services only. */
  leaveOneOut?: boolean;
  /** The mesh dialect its series are written in (default: the source's own choice, from the series). */
  mesh?: MeshName;
  /** SMAnalyzer's gate alone: no comparators, no ablation, no drift check (the same data in another dialect). */
  gateOnly?: boolean;
}

/** The keys of a data set's results that are not splits: what else each data set measured. */
export const NOT_SPLITS: ReadonlySet<string> = new Set(['driftCheck', 'skipped', 'clientView', 'dialects']);

/** One service left out of the baseline: its fault windows and the clean windows, judged without it. */
export interface LeftOutFigures {
  service: string;
  faultWindows: number;
  onTarget: number;
  namedFirst: number;
  cleanWindows: number;
  /** Clean windows whose gate failed on this service. */
  falseAlarms: number;
}

const MINUTE = 60_000;
const SCAN_MS = 5 * MINUTE;
const BEFORE_MS = 30 * MINUTE;
const KAYENTA = 'Kayenta (MWU 98%, HL interval)';
const flaggerName = (t: number) => `Flagger (99% / 500 ms, threshold ${t})`;

interface Window {
  id: string;
  from: number;
  to: number;
  fault: Fault | null;
}

export interface WindowFigures {
  faultWindows: number;
  cleanWindows: number;
  detected: number;
  detectedOnTarget: number;
  falseAlarms: number;
  precision: number;
  recall: number;
  f1: number;
  falseAlarmRate: number;
  /** Per fault type: windows detected (any flag) / on target / named first (judges that name one) / total. */
  byType: Record<string, { detected: number; onTarget: number; total: number; namedFirst?: number }>;
  /** Fault windows whose faulted service the judge named first (judges that name one). */
  namedFirst?: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function at(day: string, hhmm: string): number {
  return Date.parse(`${day}T${hhmm}:00Z`);
}

function windowsOf(
  split: TrainTicketSplit,
  faults: Fault[],
  lastData: number,
  cleanEveryMs: number,
): Window[] {
  const step = DEFAULT_CONFIG.stepMs;
  const windows: Window[] = faults.map((fault, i) => {
    const from = Math.ceil(fault.at / step) * step;
    const next = faults[i + 1]?.at ?? Infinity;
    return { id: `fault-${i}`, from, to: Math.min(from + SCAN_MS, Math.floor(next / step) * step), fault };
  });
  // An archive whose day ends early has no clean windows after its data: silence there is the recording's end.
  const end = Math.min(at(split.scanDay, split.cleanHours[1]), lastData);
  for (let from = at(split.scanDay, split.cleanHours[0]); from + SCAN_MS <= end; from += cleanEveryMs) {
    windows.push({
      id: `clean-${new Date(from).toISOString().slice(11, 16)}`,
      from,
      to: from + SCAN_MS,
      fault: null,
    });
  }
  return windows;
}

function score(namespace: string, results: Array<{ window: Window; outcome: JudgeOutcome }>): WindowFigures {
  const faulty = results.filter((r) => r.window.fault);
  const clean = results.filter((r) => !r.window.fault);
  const flagged = (r: { outcome: JudgeOutcome }) => r.outcome.flagged.length > 0;
  const onTarget = (r: { window: Window; outcome: JudgeOutcome }) =>
    r.outcome.flagged.some((f) => f.service === `${namespace}/${r.window.fault!.service}`);
  const tp = faulty.filter(flagged).length;
  const fp = clean.filter(flagged).length;
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = faulty.length > 0 ? tp / faulty.length : 0;
  const naming = faulty.some((r) => r.outcome.namedFirst !== undefined);
  const namedFirst = (r: { window: Window; outcome: JudgeOutcome }) =>
    r.outcome.namedFirst === `${namespace}/${r.window.fault!.service}`;
  const byType: WindowFigures['byType'] = {};
  for (const r of faulty) {
    const entry = (byType[r.window.fault!.type] ??= {
      detected: 0,
      onTarget: 0,
      total: 0,
      ...(naming ? { namedFirst: 0 } : {}),
    });
    entry.total++;
    if (flagged(r)) entry.detected++;
    if (onTarget(r)) entry.onTarget++;
    if (naming && namedFirst(r)) entry.namedFirst!++;
  }
  return {
    ...(naming ? { namedFirst: faulty.filter(namedFirst).length } : {}),
    faultWindows: faulty.length,
    cleanWindows: clean.length,
    detected: tp,
    detectedOnTarget: faulty.filter(onTarget).length,
    falseAlarms: fp,
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0),
    falseAlarmRate: round(clean.length > 0 ? fp / clean.length : 0),
    byType,
  };
}

export interface DriftCheck {
  command: string;
  exitCode: number | null;
  verdict: string | null;
  findings: number;
  byOnset: Record<string, number>;
  note: string;
}

/** learn and scan through the CLI, as a user would, with --deployed-at at the scanned window's start. */
function driftCheck(root: string, dataset: RealDataset, url: string, split: TrainTicketSplit): DriftCheck {
  const dir = dataset.dir;
  const baseline = join(dir, 'drift-baseline.json');
  const report = join(dir, 'drift-report.json');
  // Today's source through the CLI's own entry (tsx compiles it on the fly), not the committed bundle, which the
  // lead rebuilds only at release time.
  const cli = join(root, 'src', 'index.ts');
  const env = { ...process.env, KUBECONFIG: '', SMANALYZER_ENTRY: 'cli' };
  const common = [
    '--source',
    'prometheus',
    '--prometheus-url',
    url,
    '-n',
    dataset.namespace,
    '--baseline',
    baseline,
  ];
  const learn = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      cli,
      'learn',
      ...common,
      '--from',
      `${split.learnDay}T${split.learnHours[0]}:00Z`,
      '--to',
      `${split.learnDay}T${split.learnHours[1]}:00Z`,
    ],
    { encoding: 'utf8', env, cwd: root },
  );
  const from = at(split.scanDay, split.cleanHours[0]) + 60 * MINUTE;
  const fromText = new Date(from).toISOString();
  const toText = new Date(from + 10 * MINUTE).toISOString();
  const scanArgs = [
    'scan',
    ...common,
    '--from',
    fromText,
    '--to',
    toText,
    '--deployed-at',
    fromText,
    '--report',
    report,
  ];
  const command = `smanalyzer ${scanArgs.join(' ').replace(url, '<prometheus>').replace(baseline, '<baseline>').replace(report, '<report>')}`;
  if (learn.status !== 0) {
    return {
      command,
      exitCode: learn.status,
      verdict: null,
      findings: 0,
      byOnset: {},
      note: `learn failed: ${learn.stderr.split('\n').find((l) => /error/i.test(l)) ?? learn.stderr.trim().slice(-300)}`,
    };
  }
  rmSync(report, { force: true });
  const scan = spawnSync(process.execPath, ['--import', 'tsx', cli, ...scanArgs], {
    encoding: 'utf8',
    env,
    cwd: root,
  });
  try {
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
      verdict?: string;
      anomalies?: Array<{ onset?: string }>;
    };
    const byOnset: Record<string, number> = {};
    for (const f of parsed.anomalies ?? [])
      byOnset[f.onset ?? 'no onset field'] = (byOnset[f.onset ?? 'no onset field'] ?? 0) + 1;
    return {
      command,
      exitCode: scan.status,
      verdict: parsed.verdict ?? null,
      findings: parsed.anomalies?.length ?? 0,
      byOnset,
      note: '',
    };
  } catch {
    return {
      command,
      exitCode: scan.status,
      verdict: null,
      findings: 0,
      byOnset: {},
      note: scan.stderr.trim().split('\n').slice(-2).join(' '),
    };
  }
}

/** SMANALYZER_BENCH_DUMP=<file>: one JSON line per window with the gate's findings, to read what a judge saw. */
function dumpWindow(label: string, split: string, window: Window, report: Report): void {
  const file = process.env.SMANALYZER_BENCH_DUMP;
  if (!file) return;
  const line = {
    data: label,
    split,
    window: window.id,
    fault: window.fault,
    verdict: report.verdict,
    anomalies: report.anomalies.map((a) => ({
      service: a.service,
      type: a.type,
      metric: a.metric,
      severity: a.severity,
      detector: a.detector,
      onset: a.onset,
      observed: a.observed,
      expected: a.expected,
      reason: a.reason,
    })),
    origins: (report.origins ?? [])
      .slice(0, 5)
      .map((o) => ({ service: o.service, score: o.score, kind: o.kind })),
  };
  appendFileSync(file, JSON.stringify(line) + '\n');
}

/**
 * Each learned service left out of the baseline in turn, as a service deployed since it was learned: its own fault
 * windows (on target: the gate fails on it) and every clean window (failed on it), judged with the half hour before.
 */
function leftOut(
  judge: SmAnalyzerJudge,
  read: Array<{ window: Window; scan: CollectedMetrics; before: CollectedMetrics }>,
  namespace: string,
): LeftOutFigures[] {
  return judge.baseline.services.map(({ name: service }) => {
    const figures: LeftOutFigures = {
      service,
      faultWindows: 0,
      onTarget: 0,
      namedFirst: 0,
      cleanWindows: 0,
      falseAlarms: 0,
    };
    const id = `${namespace}/${service}`;
    const without = judge.baselineWithout(service);
    for (const { window, scan, before } of read) {
      if (window.fault && window.fault.service !== service) continue;
      const outcome = gateOutcome(judge.report(scan, before, without));
      const flagged = outcome.flagged.some((f) => f.service === id);
      if (window.fault) {
        figures.faultWindows++;
        if (flagged) figures.onTarget++;
        if (outcome.namedFirst === id) figures.namedFirst++;
      } else {
        figures.cleanWindows++;
        if (flagged) figures.falseAlarms++;
      }
    }
    return figures;
  });
}

/** Every split of `names` on one data set, served by a real Prometheus for the run. */
export async function runRealData(
  root: string,
  dataset: RealDataset,
  names: SplitName[],
  log: (line: string) => void,
  results: Record<string, unknown> = {},
) {
  const prometheus = await servePrometheus(dataset.dir, dataset.tsdb);
  const namespace = dataset.namespace;
  try {
    const source = new PrometheusSource({
      ...DEFAULT_CONFIG.prometheus,
      url: prometheus.url,
      ...(dataset.mesh ? { mesh: dataset.mesh } : {}),
    });
    const collect = (from: number, to: number): Promise<CollectedMetrics> =>
      source.collect({ from, to, stepMs: DEFAULT_CONFIG.stepMs, namespaces: [namespace] });
    for (const name of names) {
      const split = dataset.splits[name];
      const t = performance.now();
      const learning = await collect(
        at(split.learnDay, split.learnHours[0]),
        at(split.learnDay, split.learnHours[1]),
      );
      const smanalyzer = new SmAnalyzerJudge(learning);
      const kayenta = dataset.gateOnly ? null : new KayentaJudge(learning);
      const windows = windowsOf(
        split,
        dataset.faults[split.scanDay] ?? [],
        dataset.dataEnd(split.scanDay),
        dataset.cleanEveryMs,
      );
      const judged = new Map<string, Array<{ window: Window; outcome: JudgeOutcome }>>();
      // The gate's verdicts on the clean windows, and how many of their findings were already there before.
      const cleanVerdicts: Record<string, number> = {};
      let preExistingFindings = 0;
      let newFindings = 0;
      const add = (judge: string, window: Window, outcome: JudgeOutcome) =>
        judged.set(judge, [...(judged.get(judge) ?? []), { window, outcome }]);
      const read: Array<{ window: Window; scan: CollectedMetrics; before: CollectedMetrics }> = [];
      for (const window of windows) {
        const scan = await collect(window.from, window.to);
        const before = await collect(window.from - BEFORE_MS, window.from);
        if (dataset.leaveOneOut) read.push({ window, scan, before });
        const sm = smanalyzer.judge(scan, dataset.gateOnly ?? false, before);
        dumpWindow(dataset.label, name, window, sm.hybridReport);
        if (!window.fault) {
          cleanVerdicts[sm.hybridReport.verdict] = (cleanVerdicts[sm.hybridReport.verdict] ?? 0) + 1;
          for (const f of sm.hybridReport.anomalies as Array<{ onset?: string }>) {
            if (f.onset === 'pre-existing') preExistingFindings++;
            else newFindings++;
          }
        }
        add(VARIANT_NAMES.hybrid, window, sm.hybrid!);
        if (!kayenta) continue; // the gate alone (gateOnly)
        add(VARIANT_NAMES['hybrid-any'], window, sm['hybrid-any']!);
        add(VARIANT_NAMES.kmax1, window, sm.kmax1!);
        add(KAYENTA, window, kayenta.judge(scan, before));
        for (const [threshold, outcome] of judgeFlaggerThresholds(scan))
          add(flaggerName(threshold), window, outcome);
      }
      const figures = Object.fromEntries([...judged].map(([judge, r]) => [judge, score(namespace, r)]));
      const flaggers = FLAGGER_THRESHOLDS.map((th) => [flaggerName(th), figures[flaggerName(th)]] as const);
      const best = dataset.gateOnly ? null : flaggers.reduce((a, b) => (b[1].f1 > a[1].f1 ? b : a));
      const learnedServices = smanalyzer.baseline.services.length;
      results[name] = {
        split,
        learnedServices,
        servicesWithTraffic: learning.services.length,
        judges: figures,
        cleanWindowVerdicts: { verdicts: cleanVerdicts, preExistingFindings, newFindings },
        ...(best ? { flaggerBest: best[0] } : {}),
        smanalyzerFalseAlarms: (judged.get(VARIANT_NAMES.hybrid) ?? [])
          .filter((r) => !r.window.fault && r.outcome.flagged.length > 0)
          .map((r) => ({
            window: r.window.id,
            services: r.outcome.flagged.map((f) => `${f.service} ${f.types?.join('+')}`),
          })),
      };
      if (dataset.leaveOneOut)
        (results[name] as Record<string, unknown>).leftOut = leftOut(smanalyzer, read, namespace);
      log(
        `  ${name}: learned ${split.learnDay} ${split.learnHours.join('–')} (${learning.services.length} services with traffic, ${learnedServices} in the baseline); ` +
          `${windows.filter((w) => w.fault).length} fault and ${windows.filter((w) => !w.fault).length} clean windows of ${split.scanDay} judged in ${((performance.now() - t) / 1000).toFixed(1)}s`,
      );
    }
    const heldOut = dataset.splits['held-out'];
    if (names.includes('held-out') && !dataset.gateOnly)
      results.driftCheck = driftCheck(root, dataset, prometheus.url, heldOut);
  } finally {
    await prometheus.stop();
  }
  return results;
}
