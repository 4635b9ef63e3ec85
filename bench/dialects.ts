/**
 * The same labelled suite in every mesh dialect: one simulated Online Boutique — a learning day, then fault windows
 * of every fault type each dialect can show (latency, errors, traffic up and down, timeouts; obvious and medium
 * sizes) and as many clean windows, in a seeded order — written as each dialect's series
 * (harness/mesh-openmetrics.ts) into a real Prometheus, learned and scanned through the Prometheus source as
 * the CLI does (PrometheusSource with --mesh <dialect> → learnBaseline → analyseScan, the scan with its call graph).
 * One row per dialect: sidecar Istio; Istio ambient (every service behind a waypoint but emailservice, which is
 * seen at L4 only); a mixed mesh (checkout's path on sidecars, the rest ambient); Linkerd (with its probes).
 * Every dialect sees the same simulated traffic and faults, so the rows differ only by how each mesh's series
 * read. Retry storms and circuit breaking are left out: Linkerd has no such series, and the server views of
 * sidecar Istio and ambient show them only through Envoy cluster stats this data does not hold.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG, type Config } from '../src/config/load.js';
import { analyseScan } from '../src/app/analyse.js';
import { learnBaseline } from '../src/core/learn.js';
import { seededRandom } from '../src/core/numbers.js';
import type { MeshName, Report } from '../src/core/types.js';
import { PrometheusSource } from '../src/sources/prometheus/source.js';
import { topology } from '../src/sources/simulated/topologies.js';
import { writeMeshOpenMetrics, type AmbientLayout, type MeshPeriod } from '../harness/mesh-openmetrics.js';
import { gateOutcome } from './judges/smanalyzer.js';
import { ensurePrometheusInstalled, servePrometheus } from '../harness/prometheus.js';
import { scoreOutcomes, type JudgeOutcome, type WindowLabel } from './quality.js';
import { FAULT_CASES, type FaultCase } from './scenarios.js';
import { Table } from './run-suite.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const STEP_MS = 30_000;
const TOPOLOGY = 'boutique';
const SEED = 7;
/** Data from 10 minutes before learning, so every counter has a start before the first rate window. */
const LEARN_FROM = Date.UTC(2026, 0, 5);
const LEARN_MS = 24 * HOUR;
/** A fault acts for 10 minutes; the scan starts 2 minutes in, as a gate run after a rollout would. */
const FAULT_MS = 10 * MINUTE;
const SCAN_OFFSET_MS = 2 * MINUTE;
/** After a fault, 10 normal minutes let the rate windows settle before the next window starts. */
const SETTLE_MS = 10 * MINUTE;
const MIN_TARGET_RATE = 1;
const SHOWN_TYPES = new Set(['latency', 'error_rate', 'traffic_spike', 'traffic_drop', 'timeout']);

/** The fault cases every dialect can show, at the sizes a gate must catch (the subtle tier is the quality suite's). */
export const DIALECT_CASES: FaultCase[] = FAULT_CASES.filter(
  (c) => SHOWN_TYPES.has(c.type) && c.tier !== 'subtle',
);

export interface DialectVariant {
  name: string;
  mesh: MeshName;
  ambient?: AmbientLayout;
}

export const DIALECT_VARIANTS: DialectVariant[] = [
  { name: 'istio', mesh: 'istio' },
  { name: 'istio-ambient', mesh: 'istio-ambient', ambient: { withoutWaypoint: ['emailservice'] } },
  {
    name: 'istio-ambient (mixed)',
    mesh: 'istio-ambient',
    ambient: {
      withoutWaypoint: ['emailservice', 'paymentservice'],
      sidecars: ['checkoutservice', 'paymentservice', 'shippingservice'],
    },
  },
  { name: 'linkerd', mesh: 'linkerd' },
];

interface SuiteWindow {
  id: string;
  /** When the window's stretch starts (the fault, if any, from here). */
  start: number;
  fault: {
    service: string;
    type: FaultCase['type'];
    magnitude: number;
    label: string;
    tier: FaultCase['tier'];
  } | null;
}

export interface DialectSuite {
  topology: string;
  seed: number;
  stepMs: number;
  learn: { from: number; to: number };
  windows: SuiteWindow[];
  periods: MeshPeriod[];
  end: number;
}

/** `rounds` × every case on a random busy service, as many clean windows, in a seeded order after the learning day. */
export function buildDialectSuite(rounds: number): DialectSuite {
  const random = seededRandom(SEED * 7919 + rounds);
  const targets = topology(TOPOLOGY, SEED).filter((s) => s.rate >= MIN_TARGET_RATE);
  const drafts: Array<Omit<SuiteWindow, 'start'>> = [];
  for (let round = 0; round < rounds; round++) {
    DIALECT_CASES.forEach((c, index) => {
      const target = targets[Math.floor(random() * targets.length)];
      drafts.push({
        id: `fault-${round}-${index}`,
        fault: {
          service: `${target.namespace}/${target.name}`,
          type: c.type,
          magnitude: c.magnitude(target),
          label: c.label,
          tier: c.tier,
        },
      });
      drafts.push({ id: `clean-${round}-${index}`, fault: null });
    });
  }
  // Fisher–Yates with the suite's own generator: faults and clean windows interleave through the hours.
  for (let i = drafts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [drafts[i], drafts[j]] = [drafts[j], drafts[i]];
  }
  const learn = { from: LEARN_FROM, to: LEARN_FROM + LEARN_MS };
  const periods: MeshPeriod[] = [];
  const windows: SuiteWindow[] = [];
  let at = learn.to + SETTLE_MS;
  periods.push({ from: learn.from - SETTLE_MS, to: at, faults: [] });
  for (const draft of drafts) {
    windows.push({ ...draft, start: at });
    const faults = draft.fault
      ? [{ service: draft.fault.service, type: draft.fault.type, magnitude: draft.fault.magnitude }]
      : [];
    periods.push({ from: at, to: at + FAULT_MS, faults });
    periods.push({ from: at + FAULT_MS, to: at + FAULT_MS + SETTLE_MS, faults: [] });
    at += FAULT_MS + SETTLE_MS;
  }
  return { topology: TOPOLOGY, seed: SEED, stepMs: STEP_MS, learn, windows, periods, end: at };
}

export interface DialectRow {
  name: string;
  mesh: MeshName;
  /** What `--mesh auto` found in the same Prometheus. */
  detected: MeshName | null;
  windows: { faulty: number; clean: number };
  precision: number;
  recall: number;
  f1: number;
  /** Clean windows the gate failed. */
  cleanFailed: number;
  /** Faulty windows whose report ranks the faulty service first among the origins. */
  namedFirst: number;
  /** Faulty windows in which the gate failed on the faulty service (any type). */
  flagged: number;
  /** Services read at L4 only in the learning day. */
  l4Only: string[];
  series: number;
  samples: number;
  seconds: number;
  misses: string[];
}

export interface DialectBenchResult {
  suite: string;
  rows: DialectRow[];
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}): ${(result.stderr ?? '').trim().slice(-800)}`,
    );
}

/**
 * The block length (hours) whose one aligned block holds [from, to). promtool reads the whole file once per block,
 * so one block is several times faster than its 2-hour default; it cuts blocks of 2 h × 3^k (the TSDB's block
 * ranges), aligned to multiples of that length, the largest one at most --max-block-duration.
 */
export function oneBlockHours(from: number, to: number): number {
  for (let hours = 2; hours <= 2 * 3 ** 6; hours *= 3) {
    const size = hours * HOUR;
    if (Math.floor(from / size) === Math.floor((to - 1) / size)) return hours;
  }
  return 2 * 3 ** 6;
}

/** The suite in one dialect: written, backfilled, served, learned, every window scanned and scored. */
async function runVariant(
  suite: DialectSuite,
  variant: DialectVariant,
  log: (line: string) => void,
): Promise<DialectRow> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-bench-dialect-'));
  try {
    const file = join(dir, 'data.om');
    const fd = openSync(file, 'w');
    let written: { series: number; samples: number };
    try {
      written = writeMeshOpenMetrics(
        {
          topology: suite.topology,
          seed: suite.seed,
          stepMs: suite.stepMs,
          periods: suite.periods,
          mesh: variant.mesh,
          ambient: variant.ambient,
          timeouts: true,
        },
        (chunk) => (typeof chunk === 'string' ? writeSync(fd, chunk) : writeSync(fd, chunk)),
      );
    } finally {
      closeSync(fd);
    }
    const tsdb = join(dir, 'tsdb');
    run('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet',
      `--max-block-duration=${oneBlockHours(suite.periods[0].from, suite.end)}h`, file, tsdb]); // prettier-ignore
    rmSync(file, { force: true });
    const prometheus = await servePrometheus(dir, tsdb);
    const config: Config = { ...DEFAULT_CONFIG, stepMs: suite.stepMs };
    const options = { ...DEFAULT_CONFIG.prometheus, url: prometheus.url, concurrency: 4 };
    const source = new PrometheusSource({ ...options, mesh: variant.mesh });
    const auto = new PrometheusSource({ ...options, mesh: 'auto' });
    try {
      const detected = await auto
        .dialect({ from: suite.learn.from, to: suite.learn.to })
        .then((d) => d.name)
        .catch(() => null);
      const learning = await source.collect({ ...suite.learn, stepMs: suite.stepMs, namespaces: [] });
      const baseline = learnBaseline(learning, config, {
        now: learning.to,
        toolVersion: 'bench',
        cluster: null,
        namespaces: [],
      });
      const results: Array<{
        label: WindowLabel;
        outcome: JudgeOutcome;
        report: Report;
        window: SuiteWindow;
      }> = [];
      for (const window of suite.windows) {
        const scan = await source.collect({
          from: window.start + SCAN_OFFSET_MS,
          to: window.start + FAULT_MS,
          stepMs: suite.stepMs,
          namespaces: [],
          withEdges: true,
        });
        const report = analyseScan(scan, baseline, config, { baselinePath: 'bench', now: scan.to });
        results.push({ label: { fault: window.fault }, outcome: gateOutcome(report), report, window });
      }
      const figures = scoreOutcomes(results);
      const faulty = results.filter((r) => r.window.fault);
      const first = (report: Report) =>
        report.origins?.[0] && `${report.origins[0].namespace}/${report.origins[0].service}`;
      const misses = results.flatMap(({ window, outcome, report }) => {
        const fault = window.fault;
        if (!fault && outcome.flagged.length === 0) return [];
        if (
          fault &&
          outcome.flagged.some((f) => f.service === fault.service && f.types?.includes(fault.type))
        )
          return [];
        const flagged =
          outcome.flagged.map((f) => `${f.service}:${(f.types ?? []).join('+')}`).join(', ') || 'nothing';
        return [
          `${variant.name} ${window.id} ${fault ? `${fault.service} ${fault.label}` : 'clean'}: failed on ${flagged}; ` +
            `first origin ${first(report) ?? 'none'}`,
        ];
      });
      const row: DialectRow = {
        name: variant.name,
        mesh: variant.mesh,
        detected,
        windows: figures.windows,
        precision: figures.overall.precision,
        recall: figures.overall.recall,
        f1: figures.overall.f1,
        cleanFailed: results.filter((r) => !r.window.fault && r.report.verdict === 'fail').length,
        namedFirst: faulty.filter((r) => first(r.report) === r.window.fault!.service).length,
        flagged: faulty.filter((r) => r.outcome.flagged.some((f) => f.service === r.window.fault!.service))
          .length,
        l4Only: learning.services
          .filter((s) => s.layer === 'l4')
          .map((s) => `${s.service.namespace}/${s.service.name}`),
        series: written.series,
        samples: written.samples,
        seconds: Math.round((performance.now() - started) / 100) / 10,
        misses,
      };
      log(
        `  ${variant.name}: ${written.series.toLocaleString('en')} series, ${written.samples.toLocaleString('en')} samples; ` +
          `F1 ${row.f1.toFixed(3)}, ${row.cleanFailed}/${row.windows.clean} clean windows failed (${row.seconds} s)`,
      );
      return row;
    } finally {
      await source.close();
      await auto.close();
      await prometheus.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runDialects(log: (line: string) => void, quick: boolean): Promise<DialectBenchResult> {
  ensurePrometheusInstalled();
  const rounds = quick ? 1 : 2;
  const suite = buildDialectSuite(rounds);
  const faulty = suite.windows.filter((w) => w.fault).length;
  const description =
    `${suite.topology} (seed ${suite.seed}), learned over 24 h at a ${suite.stepMs / 1000} s scrape; ${faulty} fault windows ` +
    `(${DIALECT_CASES.map((c) => c.label).join(', ')}; ${rounds} per case) and ${suite.windows.length - faulty} clean ` +
    `windows, 8-minute scans from 2 minutes into each`;
  log(`  suite: ${description}`);
  const rows: DialectRow[] = [];
  for (const variant of DIALECT_VARIANTS) rows.push(await runVariant(suite, variant, log));
  return { suite: description, rows };
}

const pct = (n: number, d: number) => (d > 0 ? `${((100 * n) / d).toFixed(0)}%` : '–');

export function printDialects(result: DialectBenchResult): void {
  const table = new Table({
    head: [
      'Dialect (Prometheus)',
      'Windows',
      'Precision',
      'Recall',
      'Window F1',
      'Clean windows failed',
      'Faulty service flagged',
      'Named first (origin)',
      '--mesh auto',
    ],
  });
  for (const r of result.rows)
    table.push([
      r.name,
      `${r.windows.faulty} + ${r.windows.clean}`,
      r.precision.toFixed(3),
      r.recall.toFixed(3),
      r.f1.toFixed(3),
      `${r.cleanFailed}/${r.windows.clean}`,
      pct(r.flagged, r.windows.faulty),
      pct(r.namedFirst, r.windows.faulty),
      r.detected ?? 'none',
    ]);
  console.log(table.toString());
  for (const r of result.rows) for (const miss of r.misses) console.log(`  ${miss}`);
}

/** The benchmark's dialects part, as bench/main.ts runs it: header, figures, table. */
export async function runDialectsPart(
  log: (line: string) => void,
  quick: boolean,
): Promise<DialectBenchResult | { skipped: string }> {
  log('\n== Every mesh dialect: the same suite through a real Prometheus ==');
  try {
    const result = await runDialects(log, quick);
    printDialects(result);
    return result;
  } catch (error) {
    log(`  skipped: ${(error as Error).message}`);
    return { skipped: (error as Error).message };
  }
}

/** docs/benchmark.md's table: one row per dialect. */
export function dialectsMarkdown(result: DialectBenchResult | { skipped: string }): string {
  if ('skipped' in result) return '';
  return [
    '#### Every mesh dialect: the same suite',
    '',
    `One simulated mesh written as each dialect's series into a real Prometheus and read through the Prometheus ` +
      `source with \`--mesh <dialect>\`: ${result.suite}. "Flagged": the gate failed on the faulty service; "named ` +
      'first": the report ranks it first among the origins. Ambient: emailservice has no waypoint (L4 only); the mixed ' +
      'mesh runs checkout, payment and shipping on sidecars (payment without a waypoint).',
    '',
    '| Dialect | Windows (faulty + clean) | Precision | Recall | Window F1 | Clean windows failed | Faulty service flagged | Named first | `--mesh auto` |',
    '|---|--:|--:|--:|--:|--:|--:|--:|---|',
    ...result.rows.map(
      (r) =>
        `| ${r.name} | ${r.windows.faulty} + ${r.windows.clean} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ` +
        `${r.f1.toFixed(3)} | ${r.cleanFailed}/${r.windows.clean} | ${pct(r.flagged, r.windows.faulty)} | ` +
        `${pct(r.namedFirst, r.windows.faulty)} | ${r.detected ?? 'none'} |`,
    ),
    '',
  ].join('\n');
}
