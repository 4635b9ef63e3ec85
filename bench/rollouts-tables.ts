/**
 * The rollout suite's results as text: docs/benchmark.md's tables per split (the headline, then detections per
 * case on the held-out split) and the headline lines in the bench's log.
 */
import { MINUTE_MS } from './scenarios.js';
import {
  HEADLINE_MS,
  ROLLOUT_CLEAN_KINDS,
  type RolloutJudgeResult,
  type RolloutSuiteResult,
} from './rollouts.js';

const num = (x: number) => x.toFixed(3);
const atHeadline = (r: RolloutJudgeResult) => r.byDuration.find((d) => d.durationMs === HEADLINE_MS)!;
const cleanCell = (d: RolloutJudgeResult['byDuration'][number]) =>
  `${d.figures.overall.fp}/${d.figures.windows.clean} (${ROLLOUT_CLEAN_KINDS.map((k) => `${k} ${d.cleanFailedByKind[k]}`).join(', ')})`;

function mdTable(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The rollout suite of one split as docs/benchmark.md's tables: the headline, then detections per case (held-out). */
export function rolloutMarkdown(split: string, family: string, result: RolloutSuiteResult): string {
  const s = result.suite;
  const head = [
    `#### Rollouts, ${family === 'realistic' ? 'realistic' : 'plain'} simulator, ${split} split (seed ${s.seed})`,
    `${s.windows} windows (${s.faulty} faulty: a fault on the new version only; ${s.clean} clean: ${Object.entries(
      s.cleanKinds,
    )
      .map(([k, n]) => `${n} ${k}`)
      .join(
        ', ',
      )}) over ${s.topologies.join(', ')}, canaries at ${s.shares.map((x) => `${x * 100}%`).join(', ')}; shared slowdowns ${s.sharedSlowdown}x on both versions.`,
    mdTable(
      ['Judge (5-min scans)', 'Precision', 'Recall', 'F1', 'Clean windows failed', 'F1 at 10 / 2 min'],
      result.judges.map((j) => {
        const d = atHeadline(j);
        const f1 = (ms: number) => num(j.byDuration.find((x) => x.durationMs === ms)!.figures.overall.f1);
        return [
          j.name,
          num(d.figures.overall.precision),
          num(d.figures.overall.recall),
          num(d.figures.overall.f1),
          cleanCell(d),
          `${f1(10 * MINUTE_MS)} / ${f1(2 * MINUTE_MS)}`,
        ];
      }),
    ),
    `Flagger canary by failed-check threshold (F1, 5 min): ${result.flaggerByThreshold.map((f) => `${f.name.replace(/.*threshold (\d)\)$/, 't$1')} ${num(f.f1)}`).join('; ')}.`,
  ];
  if (split !== 'held-out' || family !== 'plain') return head.join('\n\n');
  const labels = Object.keys(atHeadline(result.judges[0]).figures.byCase);
  const cases = mdTable(
    [
      'Detected / windows (5 min)',
      ...result.judges.map((j) =>
        j.name.replace(/ \(.*\)$/, '').replace(/, versions withheld.*/, ' (versions withheld)'),
      ),
    ],
    labels.map((label) => [
      label,
      ...result.judges.map((j) => {
        const e = atHeadline(j).figures.byCase[label];
        return e ? `${e.detected}/${e.total}` : '-';
      }),
    ]),
  );
  return [...head, cases].join('\n\n');
}

/** The headline table in the bench's log. */
export function printRollouts(split: string, result: RolloutSuiteResult, log: (line: string) => void): void {
  log(`\n== rollouts, ${split} split (seed ${result.suite.seed}: ${result.suite.topologies.join(', ')}) ==`);
  log(`${result.suite.windows} windows (${result.suite.faulty} faulty, ${result.suite.clean} clean)`);
  for (const j of result.judges) {
    for (const d of j.byDuration) {
      const f = d.figures.overall;
      log(
        `  ${j.name.padEnd(58)} ${String(d.durationMs / MINUTE_MS).padStart(2)} min  P ${num(f.precision)}  R ${num(f.recall)}  F1 ${num(f.f1)}  clean failed ${cleanCell(d)}`,
      );
    }
  }
}
