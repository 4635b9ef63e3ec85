/** The real-data tables (Train-Ticket, Online Boutique): window figures per judge and split, detections per fault type, the drift check. */
import { VARIANT_NAMES } from '../judges/smanalyzer.js';
import { Table } from '../run-suite.js';
import { NOT_SPLITS, type DriftCheck, type WindowFigures } from '../realdata/run.js';
import type { ClientViewEvidence } from './client-view.js';
import type { DialectRun } from '../onlineboutique/run.js';

interface SplitResult {
  judges: Record<string, WindowFigures>;
  flaggerBest: string;
  learnedServices: number;
  servicesWithTraffic: number;
  cleanWindowVerdicts: { verdicts: Record<string, number>; preExistingFindings: number; newFindings: number };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** `data`: the data set's name, as the tables title it. */
export function printTrainTicket(data: string, results: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(results)) {
    if (NOT_SPLITS.has(name)) continue;
    const split = value as SplitResult;
    const shown = [
      VARIANT_NAMES.hybrid,
      VARIANT_NAMES['hybrid-any'],
      VARIANT_NAMES.kmax1,
      'Kayenta (MWU 98%, HL interval)',
      split.flaggerBest,
    ];
    const table = new Table({
      head: [
        `${data}, ${name} split (5-min windows)`,
        'Window precision',
        'Recall',
        'Window F1',
        'False alarms (clean)',
        'Detected on the faulted service',
        'Faulted service named first',
      ],
    });
    for (const judge of shown) {
      const f = split.judges[judge];
      table.push([
        judge,
        f.precision.toFixed(3),
        f.recall.toFixed(3),
        f.f1.toFixed(3),
        `${f.falseAlarms}/${f.cleanWindows} (${pct(f.falseAlarmRate)})`,
        `${f.detectedOnTarget}/${f.faultWindows}`,
        f.namedFirst === undefined ? '-' : `${f.namedFirst}/${f.faultWindows}`,
      ]);
    }
    console.log(table.toString());
    const types = Object.keys(split.judges[VARIANT_NAMES.hybrid].byType);
    const perType = new Table({ head: ['Detected (on target) / windows', ...types] });
    for (const judge of shown) {
      const f = split.judges[judge];
      perType.push([
        judge,
        ...types.map((t) => `${f.byType[t].detected} (${f.byType[t].onTarget}) / ${f.byType[t].total}`),
      ]);
    }
    console.log(perType.toString());
    const clean = split.cleanWindowVerdicts;
    console.log(
      `  SMAnalyzer gate on the ${name} clean windows: ${Object.entries(clean.verdicts)
        .map(([v, n]) => `${n} ${v}`)
        .join(', ')}; findings there: ${clean.preExistingFindings} pre-existing, ${clean.newFindings} new`,
    );
  }
  for (const evidence of (results.clientView as ClientViewEvidence[] | undefined) ?? []) {
    const types = Object.entries(evidence.byType)
      .map(([type, e]) => `${type} ${e.above}/${e.windows}`)
      .join(', ');
    const p95 = evidence.cleanP95Ms
      ? `; their fault-free 95th percentiles ${Math.round(evidence.cleanP95Ms.min)}–${Math.round(evidence.cleanP95Ms.max)} ms`
      : '';
    console.log(
      `  Client-side p90 of the faulted pod above its own fault-free 95th percentile, ${evidence.day}: ${types}${p95}`,
    );
  }
  for (const run of (results.dialects as DialectRun[] | undefined) ?? [])
    for (const [name, value] of Object.entries(run.splits)) {
      if (NOT_SPLITS.has(name)) continue;
      const f = (value as SplitResult).judges[VARIANT_NAMES.hybrid];
      console.log(
        `  The gate on the same minutes as ${run.dialect}, ${name}: window F1 ${f.f1.toFixed(3)}, ` +
          `clean windows failed ${f.falseAlarms}/${f.cleanWindows}, on the faulted service ${f.detectedOnTarget}/${f.faultWindows}, ` +
          `named first ${f.namedFirst ?? '-'}/${f.faultWindows}`,
      );
    }
  const drift = results.driftCheck as DriftCheck | undefined;
  if (drift) {
    console.log(`Drift check: ${drift.command}`);
    console.log(
      `  exit ${drift.exitCode}, verdict ${drift.verdict ?? '-'}, ${drift.findings} findings` +
        (Object.keys(drift.byOnset).length > 0
          ? ` (${Object.entries(drift.byOnset)
              .map(([k, n]) => `${n} ${k}`)
              .join(', ')})`
          : '') +
        (drift.note ? `; ${drift.note}` : ''),
    );
  }
}
