/**
 * The Online Boutique excerpt (real telemetry with both ends of every call: data/README.md) through the real-data
 * runner: read from bench/onlineboutique/data, converted (convert.ts), backfilled into the git-ignored
 * build/bench/onlineboutique, split by the days' own faults. The excerpt keeps each day's fault hours and four
 * fault-free hours after them; the last three and a half (the first half hour is the first clean window's
 * reference) are both the learning window of one split and the clean windows of the other.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backfillBlocks } from '../realdata/backfill.js';
import { runRealData } from '../realdata/run.js';
import { faultFreeFrom, realDataSplits, type SplitName } from '../splits.js';
import { parseFaults, type Fault } from '../trainticket/convert.js';
import { BOUTIQUE_DIALECTS, writeDialectOpenMetrics } from './dialects.js';
import { NAMESPACE, parseEdgeCsv, parseServiceCsv, writeOpenMetrics, type DayData } from './convert.js';

/** Bump when convert.ts changes what it writes: the cached blocks are rebuilt. */
const CONVERSION_VERSION = 1;
/** The same for dialects.ts and the dialect writers. */
const DIALECT_CONVERSION_VERSION = 1;
const MINUTE = 60_000;
const GRID_MS = 10 * MINUTE;
/** The reference window before every scanned one (realdata/run.ts). */
const REFERENCE_MS = 30 * MINUTE;
const EDGE_FILES = { callee: 'destination_p50.csv', caller: 'source_p50.csv' };

export function loadExcerpt(dataDir: string): {
  days: DayData[];
  faults: Record<string, Fault[]>;
  digest: string;
} {
  const hash = createHash('sha256');
  const read = (path: string) => {
    const text = readFileSync(path, 'utf8');
    hash.update(path.slice(dataDir.length)).update(text);
    return text;
  };
  const pods = JSON.parse(read(join(dataDir, 'pods.json'))) as Record<string, Record<string, string>>;
  const days: DayData[] = [];
  const faults: Record<string, Fault[]> = {};
  for (const day of Object.keys(pods).sort()) {
    const folder = join(dataDir, day);
    const files = readdirSync(folder).sort();
    const services = Object.entries(pods[day])
      .filter(([service]) => files.includes(`${service}.csv`))
      .map(([service, pod]) => parseServiceCsv(service, pod, read(join(folder, `${service}.csv`))));
    days.push({
      day,
      services,
      calleeView: parseEdgeCsv(read(join(folder, EDGE_FILES.callee))),
      callerView: parseEdgeCsv(read(join(folder, EDGE_FILES.caller))),
    });
    faults[day] = parseFaults(read(join(folder, `${day}-fault_list.json`)));
  }
  return { days, faults, digest: hash.digest('hex') };
}

/** The minutes of `day` with data (Unix ms), from every pod. */
function minutesOf(day: DayData): number[] {
  return [...new Set(day.services.flatMap((s) => s.rows.map((r) => Math.floor(r.t / 60) * MINUTE)))].sort(
    (a, b) => a - b,
  );
}

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);

/**
 * The excerpt's fault-free hours: from the first 10-minute mark with half an hour of data before it (a scanned
 * window's reference) after the faults settled, to the data's end.
 */
function faultFreeHours(day: DayData, faults: Fault[]): [string, string] {
  const settled = Date.parse(`${day.day}T${faultFreeFrom(day.day, faults)}:00Z`);
  const minutes = minutesOf(day);
  const first = minutes.find((m) => m >= settled);
  if (first === undefined) throw new Error(`${day.day}: no data after its faults`);
  const from = Math.ceil((first + REFERENCE_MS) / GRID_MS) * GRID_MS;
  const to = Math.floor((minutes[minutes.length - 1] + MINUTE) / GRID_MS) * GRID_MS;
  return [hhmm(from), hhmm(to)];
}

/** The gate's figures on the excerpt written in one mesh dialect, per split. */
export interface DialectRun {
  dialect: string;
  mesh: string;
  series: number;
  splits: Record<string, unknown>;
}

export async function runOnlineBoutique(
  root: string,
  names: SplitName[],
  log: (line: string) => void,
  options: { dialects: boolean } = { dialects: true },
) {
  const dir = join(root, 'build', 'bench', 'onlineboutique');
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const excerpt = loadExcerpt(join(root, 'bench', 'onlineboutique', 'data'));
  const blocks = backfillBlocks(
    dir,
    JSON.stringify({ version: CONVERSION_VERSION, data: excerpt.digest }),
    (write) => writeOpenMetrics(excerpt.days, write),
  );
  log(
    `  ${excerpt.days.map((d) => `${d.day}: ${d.services.length} services, ${d.calleeView.edges.length} edges`).join('; ')}; ` +
      `${blocks.series} series, ${blocks.samples.toLocaleString('en')} samples ${blocks.built ? 'backfilled' : 'reused from an earlier backfill'} (${((performance.now() - t0) / 1000).toFixed(1)}s)`,
  );
  const byDay = new Map(excerpt.days.map((d) => [d.day, d]));
  const splits = realDataSplits(excerpt.faults, (day) =>
    faultFreeHours(byDay.get(day)!, excerpt.faults[day]),
  );
  const dataset = {
    dir,
    tsdb: blocks.tsdb,
    namespace: NAMESPACE,
    faults: excerpt.faults,
    splits,
    dataEnd: (day: string) => {
      const minutes = minutesOf(byDay.get(day)!);
      return minutes[minutes.length - 1] + MINUTE;
    },
    cleanEveryMs: 10 * MINUTE,
    label: 'Online Boutique',
  };
  const results = await runRealData(root, { ...dataset, leaveOneOut: true }, names, log);
  if (!options.dialects) return results;
  // The same minutes in each mesh dialect's own series, judged by the gate alone.
  const dialects: DialectRun[] = [];
  for (const { name, mesh } of BOUTIQUE_DIALECTS) {
    const dialectDir = join(dir, `dialect-${mesh}`);
    mkdirSync(dialectDir, { recursive: true });
    const written = backfillBlocks(
      dialectDir,
      JSON.stringify({ version: DIALECT_CONVERSION_VERSION, mesh, data: excerpt.digest }),
      (write) => writeDialectOpenMetrics(excerpt.days, mesh, write),
    );
    log(`  as ${name}: ${written.series} series`);
    const run = await runRealData(
      root,
      {
        ...dataset,
        dir: dialectDir,
        tsdb: written.tsdb,
        mesh,
        gateOnly: true,
        label: `Online Boutique, ${name}`,
      },
      names,
      () => {},
    );
    dialects.push({ dialect: name, mesh, series: written.series, splits: run });
  }
  return { ...results, dialects };
}
