/**
 * The Train-Ticket data in a real Prometheus: unpack the archive into the git-ignored build/bench/trainticket,
 * convert it (convert.ts), backfill it with `promtool tsdb create-blocks-from openmetrics`, and serve it on a free
 * loopback port with a retention long enough for 2023 data. The blocks are kept and reused while the conversion
 * and the archive are unchanged, so a second run starts in seconds.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backfillBlocks, run } from '../realdata/backfill.js';
import { parseFaults, parsePodCsv, writeOpenMetrics, type Fault, type PodData } from './convert.js';

/** The shared data beside the repository (`../shared/data`); `npm run bench` runs from the repository's root. */
export const ARCHIVE = join(process.cwd(), '..', 'shared', 'data', 'nezha-trainticket.tar.xz');
/** The archive to run: SMANALYZER_TRAINTICKET names another one in the same (Nezha rca_data) format. */
const archivePath = () => process.env.SMANALYZER_TRAINTICKET ?? ARCHIVE;
/** Bump when convert.ts changes what it writes: the cached blocks are rebuilt. */
const CONVERSION_VERSION = 2;

export interface TrainTicketData {
  pods: PodData[];
  faults: Record<string, Fault[]>;
}

/** A folder of days (`<day>/metric/` and `<day>/<day>-fault_list.json`) at most three levels under `from`. */
function findDays(from: string, depth = 3): string | null {
  const entries = readdirSync(from, { withFileTypes: true }).filter((e) => e.isDirectory());
  const isDay = (name: string) =>
    existsSync(join(from, name, 'metric')) && existsSync(join(from, name, `${name}-fault_list.json`));
  if (entries.some((e) => isDay(e.name))) return from;
  if (depth === 0) return null;
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const found = findDays(join(from, e.name), depth - 1);
    if (found) return found;
  }
  return null;
}

/** The archive unpacked under `dir` (once per archive: its name and size), read. */
export function loadData(dir: string, archive = archivePath()): TrainTicketData {
  const size = existsSync(archive) ? statSync(archive).size : 0;
  const raw = join(dir, 'raw', `${basename(archive).replace(/[^A-Za-z0-9._-]/g, '_')}-${size}`);
  if (!existsSync(raw)) {
    const partial = `${raw}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    run('tar', ['xJf', archive, '-C', partial]);
    renameSync(partial, raw);
  }
  const root = findDays(raw);
  if (!root) throw new Error(`${archive}: no <day>/metric folders with <day>-fault_list.json inside`);
  const pods: PodData[] = [];
  const faults: Record<string, Fault[]> = {};
  for (const day of readdirSync(root).sort()) {
    const metric = join(root, day, 'metric');
    if (!existsSync(metric)) continue;
    for (const file of readdirSync(metric).sort()) {
      if (!file.endsWith('_metric.csv')) continue;
      const pod = parsePodCsv(readFileSync(join(metric, file), 'utf8'));
      if (pod) pods.push(pod);
    }
    faults[day] = parseFaults(readFileSync(join(root, day, `${day}-fault_list.json`), 'utf8'));
  }
  return { pods, faults };
}

/** The TSDB blocks for `data` under `dir`, built unless a matching build is there. */
export function backfill(
  dir: string,
  data: TrainTicketData,
  archive = archivePath(),
): { tsdb: string; built: boolean; series: number; samples: number } {
  const stamp = JSON.stringify({
    version: CONVERSION_VERSION,
    archiveBytes: existsSync(archive) ? statSync(archive).size : 0,
  });
  return backfillBlocks(dir, stamp, (write) => writeOpenMetrics(data.pods, write));
}
