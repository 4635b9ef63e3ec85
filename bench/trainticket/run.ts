/**
 * The Train-Ticket days (real telemetry, no caller's view) through the real-data runner: unpacked, converted and
 * backfilled by prometheus.ts, split by the days' own faults (splits.ts), with the evidence of what the pods'
 * client-side quantiles could add.
 */
import { join } from 'node:path';
import { runRealData } from '../realdata/run.js';
import type { SplitName } from '../splits.js';
import { realDataSplits } from '../splits.js';
import { clientViewEvidence } from './client-view.js';
import { NAMESPACE, type PodData } from './convert.js';
import { backfill, loadData } from './prometheus.js';

const MINUTE = 60_000;

/** The minute after the last row any pod has on `day` (Unix ms). */
function dataEnd(pods: PodData[], day: string): number {
  const start = Date.parse(`${day}T00:00:00Z`);
  const end = start + 24 * 60 * MINUTE;
  let last = -Infinity;
  for (const pod of pods)
    for (const row of pod.rows)
      if (row.t * 1000 >= start && row.t * 1000 < end) last = Math.max(last, row.t * 1000);
  return last + MINUTE;
}

export async function runTrainTicket(root: string, names: SplitName[], log: (line: string) => void) {
  const dir = join(root, 'build', 'bench', 'trainticket');
  const t0 = performance.now();
  const data = loadData(dir);
  const blocks = backfill(dir, data);
  log(
    `  ${data.pods.length} pods; ${blocks.series} series, ${blocks.samples.toLocaleString('en')} samples ${blocks.built ? 'backfilled' : 'reused from an earlier backfill'} (${((performance.now() - t0) / 1000).toFixed(1)}s)`,
  );
  const splits = realDataSplits(data.faults);
  // What the pods' client-side quantiles could add: measured, not assumed (client-view.ts).
  const clientView = Object.values(splits).map((split) =>
    clientViewEvidence(
      split.scanDay,
      data.pods,
      data.faults[split.scanDay] ?? [],
      Date.parse(`${split.scanDay}T${split.cleanHours[0]}:00Z`),
    ),
  );
  return runRealData(
    root,
    {
      dir,
      tsdb: blocks.tsdb,
      namespace: NAMESPACE,
      faults: data.faults,
      splits,
      dataEnd: (day) => dataEnd(data.pods, day),
      cleanEveryMs: 20 * MINUTE,
      label: 'Train-Ticket',
    },
    names,
    log,
    { clientView },
  );
}
