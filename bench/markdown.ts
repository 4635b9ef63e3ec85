/**
 * The results as docs/benchmark.md's markdown tables, written beside the results (build/bench/results.md) so the page
 * shows the figures exactly as a run printed them. Pure.
 */
import { VARIANT_NAMES } from './judges/smanalyzer.js';
import type { JudgeResult, QualityResult } from './run-suite.js';
import type { CostSample } from './cost.js';
import type { CaseFigures } from './quality.js';
import { NOT_SPLITS, type DriftCheck, type LeftOutFigures, type WindowFigures } from './realdata/run.js';
import type { DialectRun } from './onlineboutique/run.js';

const HEADLINE_MS = 300_000;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(3);

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function at(j: JudgeResult) {
  return j.byDuration.find((d) => d.durationMs === HEADLINE_MS)!;
}

function headline(q: QualityResult): string {
  return table(
    [
      'Judge (5-min scans)',
      'Precision',
      'Recall',
      'F1',
      'FP rate (clean windows)',
      'FP per service',
      'Subtle recall',
      'Faulted service named first',
    ],
    q.judges.map((j) => {
      const d = at(j);
      const f = d.figures;
      return [
        j.name,
        num(f.overall.precision),
        num(f.overall.recall),
        num(f.overall.f1),
        pct(f.falsePositiveRate),
        pct(d.falseAlarmRatePerService),
        num(f.subtleRecall),
        f.namedFirst ? `${f.namedFirst.named} / ${f.namedFirst.of}` : '-',
      ];
    }),
  );
}

/** "7/9 (6 first)": detected of the case's windows, and how often the faulted service was named first. */
export const caseCell = (e: CaseFigures): string =>
  `${e.detected}/${e.total}${e.namedFirst === undefined ? '' : ` (${e.namedFirst} first)`}`;

function cases(q: QualityResult): string {
  const labels = q.suite.faultCases
    .map((c) => c.label)
    .filter((l) => q.judges.some((j) => at(j).figures.byCase[l]));
  const shown = q.judges.filter((j) => j.name !== VARIANT_NAMES['hybrid-any']);
  return table(
    [
      'Detected / windows (5 min; "n first": the faulted service named first)',
      ...shown.map((j) => j.name.replace(/ \(.*\)$/, '')),
    ],
    [
      ...labels.map((label) => [
        label,
        ...shown.map((j) => {
          const e = at(j).figures.byCase[label];
          return e ? caseCell(e) : '-';
        }),
      ]),
      ['False alarms (clean windows)', ...shown.map((j) => `${at(j).figures.overall.fp}/${q.suite.clean}`)],
    ],
  );
}

function ablation(q: QualityResult): string {
  const hybrid = q.judges.find((j) => j.name === VARIANT_NAMES.hybrid)!;
  const single = q.judges.find((j) => j.name === VARIANT_NAMES.kmax1)!;
  return table(
    ['Scenario (5-min scans)', 'learned k: F1 / FP rate', 'kMax 1: F1 / FP rate'],
    Object.keys(hybrid.byTopology).map((t) => [
      t,
      `${num(hybrid.byTopology[t].overall.f1)} / ${pct(hybrid.byTopology[t].falsePositiveRate)}`,
      `${num(single.byTopology[t].overall.f1)} / ${pct(single.byTopology[t].falsePositiveRate)}`,
    ]),
  );
}

function flaggers(q: QualityResult): string {
  return `Flagger by failed-check threshold (F1 / FP rate, 5 min): ${q.flaggerByThreshold
    .map((f) => `${f.name.replace(/^.*threshold (\d)\)$/, '$1')}: ${num(f.f1)} / ${pct(f.falsePositiveRate)}`)
    .join('; ')}.`;
}

interface TrainTicketSplit {
  judges: Record<string, WindowFigures>;
  flaggerBest: string;
  learnedServices: number;
  servicesWithTraffic: number;
  cleanWindowVerdicts: { verdicts: Record<string, number>; preExistingFindings: number; newFindings: number };
}

function realData(data: string, name: string, split: TrainTicketSplit): string {
  const shown = [
    VARIANT_NAMES.hybrid,
    VARIANT_NAMES.kmax1,
    'Kayenta (MWU 98%, HL interval)',
    split.flaggerBest,
  ];
  const types = Object.keys(split.judges[VARIANT_NAMES.hybrid].byType);
  return table(
    [
      `${data} ${name} (5-min windows)`,
      'Window F1',
      'Precision',
      'Recall',
      'False alarms (clean)',
      'On the faulted service',
      'Named first',
      ...types.map((t) => `${t} (on target, named first)`),
    ],
    shown.map((judge) => {
      const f = split.judges[judge];
      return [
        judge,
        num(f.f1),
        num(f.precision),
        num(f.recall),
        `${f.falseAlarms}/${f.cleanWindows} (${pct(f.falseAlarmRate)})`,
        `${f.detectedOnTarget}/${f.faultWindows}`,
        f.namedFirst === undefined ? '-' : `${f.namedFirst}/${f.faultWindows}`,
        ...types.map((t) => {
          const e = f.byType[t];
          const first = e.namedFirst === undefined ? '' : `, ${e.namedFirst}`;
          return `${e.detected} (${e.onTarget}${first}) / ${e.total}`;
        }),
      ];
    }),
  );
}

function cost(samples: CostSample[], coldStart: unknown): string {
  const rows = samples.map((s) => [
    s.services.toLocaleString('en'),
    `${s.learnMs} ms`,
    `${s.scanMs} ms`,
    `${s.learnMs + s.scanMs} ms`,
    `${s.peakRssMiB} MiB`,
  ]);
  const cold = coldStart as { command?: string; medianMs?: number } | null;
  return (
    table(['Services', 'Learn (1 h data)', 'Scan analysis (5 min)', 'Learn + scan', 'Peak RSS'], rows) +
    (cold?.medianMs ? `\n\nCold start: \`${cold.command}\`: median ${cold.medianMs} ms.` : '')
  );
}

/** Each service left out of the baseline in turn (a service deployed since it was learned), and the sum. */
function leftOutTable(data: string, split: string, rows: LeftOutFigures[]): string {
  const sum = (key: keyof Omit<LeftOutFigures, 'service'>) => rows.reduce((n, r) => n + r[key], 0);
  const line = (name: string, f: Omit<LeftOutFigures, 'service'>) => [
    name,
    `${f.onTarget}/${f.faultWindows}`,
    `${f.namedFirst}/${f.faultWindows}`,
    `${f.falseAlarms}/${f.cleanWindows}`,
  ];
  const total = {
    faultWindows: sum('faultWindows'),
    onTarget: sum('onTarget'),
    namedFirst: sum('namedFirst'),
    cleanWindows: sum('cleanWindows'),
    falseAlarms: sum('falseAlarms'),
  };
  return table(
    [
      `${data} ${split}, one service left out of the baseline`,
      'Its faults: gate fails on it',
      'Named first',
      'Clean windows failed on it',
    ],
    [...rows.map((r) => line(r.service, r)), line('**all**', total)],
  );
}

/** The gate on the same real minutes written in each mesh dialect: one row per dialect and split, held-out first. */
function realDataDialects(data: string, runs: DialectRun[]): string {
  const rows = runs.flatMap((run) =>
    Object.keys(run.splits)
      .filter((name) => !NOT_SPLITS.has(name))
      .sort((a, b) => (a === 'held-out' ? -1 : b === 'held-out' ? 1 : 0))
      .map((name) => {
        const f = (run.splits[name] as { judges: Record<string, WindowFigures> }).judges[
          VARIANT_NAMES.hybrid
        ];
        return (
          `| ${run.dialect} | ${name} | ${f.f1.toFixed(3)} | ${f.precision.toFixed(3)} | ${f.recall.toFixed(3)} | ` +
          `${f.falseAlarms}/${f.cleanWindows} (${(f.falseAlarmRate * 100).toFixed(1)}%) | ` +
          `${f.detectedOnTarget}/${f.faultWindows} | ${f.namedFirst ?? '-'}/${f.faultWindows} |`
        );
      }),
  );
  return [
    `| ${data} in each mesh dialect (the gate, 5-min windows) | Split | Window F1 | Precision | Recall | False alarms (clean) | On the faulted service | Named first |`,
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** A real data set's tables, held-out first, each with its clean windows' verdicts. */
function realDataSplits(data: string, results: Record<string, unknown>): string[] {
  const order = Object.keys(results).sort((a, b) => (a === 'held-out' ? -1 : b === 'held-out' ? 1 : 0));
  return order.flatMap((name) => {
    if (NOT_SPLITS.has(name)) return [];
    const split = results[name] as TrainTicketSplit & { leftOut?: LeftOutFigures[] };
    const clean = split.cleanWindowVerdicts;
    return [
      realData(data, name, split),
      `SMAnalyzer's gate on the ${data} ${name} clean windows: ${Object.entries(clean.verdicts)
        .map(([v, n]) => `${n} \`${v}\``)
        .join(', ')}; their findings: ${clean.preExistingFindings} pre-existing, ${clean.newFindings} new.`,
      ...(split.leftOut ? [leftOutTable(data, name, split.leftOut)] : []),
    ];
  });
}

export function resultsMarkdown(results: {
  splits: string[];
  quality: Record<string, Record<string, QualityResult>>;
  trainTicket: Record<string, unknown>;
  onlineBoutique?: Record<string, unknown>;
  cost?: { samples: CostSample[] };
  coldStart?: unknown;
}): string {
  const out: string[] = [];
  const splitOrder = Object.keys(results.quality).sort((a, b) =>
    a === 'held-out' ? -1 : b === 'held-out' ? 1 : 0,
  );
  for (const split of splitOrder) {
    for (const family of Object.keys(results.quality[split])) {
      const q = results.quality[split][family];
      out.push(
        `#### ${family === 'realistic' ? 'Realistic' : 'Plain'} simulator, ${split} split (seed ${q.suite.seed})`,
      );
      out.push(
        `${q.suite.windows} windows (${q.suite.faulty} faulty, ${q.suite.clean} clean) over ${q.suite.topologies
          .map((t) => `${t.name} (${t.services} services, ${t.quietServices} under 0.5 req/s)`)
          .join(', ')}.`,
      );
      out.push(headline(q), flaggers(q), ablation(q));
      if (split === 'held-out') out.push(cases(q));
    }
  }
  const realSets: Array<[string, Record<string, unknown> | undefined]> = [
    ['Train-Ticket', results.trainTicket],
    ['Online Boutique', results.onlineBoutique],
  ];
  for (const [data, sets] of realSets) {
    if (!sets) continue;
    out.push(...realDataSplits(data, sets));
    const dialects = sets.dialects as DialectRun[] | undefined;
    if (dialects) out.push(realDataDialects(data, dialects));
    const drift = sets.driftCheck as DriftCheck | undefined;
    if (drift) {
      out.push(
        `${data} drift check: \`${drift.command}\` → exit ${drift.exitCode}, verdict \`${drift.verdict ?? '-'}\`, ${drift.findings} findings` +
          (Object.keys(drift.byOnset).length > 0
            ? ` (${Object.entries(drift.byOnset)
                .map(([k, n]) => `${n} ${k}`)
                .join(', ')})`
            : '') +
          (drift.note ? `; ${drift.note}` : '') +
          '.',
      );
    }
  }
  if (results.cost && results.cost.samples.length > 0)
    out.push(cost(results.cost.samples, results.coldStart));
  return out.join('\n\n') + '\n';
}
