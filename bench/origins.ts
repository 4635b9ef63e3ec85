/**
 * Where it started: for a fault injected in each service in turn, is the faulty service the origin the
 * report ranks first (hit rate at 1) or among the first three (at 3)? Compared with today's ranking, the most
 * severe anomaly first (the anomaly table's order: severity, then score). Two paths:
 * - the simulated meshes with their call graphs, faults propagating along them, in-process (learn → analyseScan);
 * - a real Prometheus backfilled with the simulated Bookinfo and Online Boutique as Istio series that carry
 *   source_workload (harness/mesh-openmetrics.ts), read by the Prometheus source with its edges.
 * A window counts as a miss for both rankings when the faulty service is not flagged at all.
 */
import { DEFAULT_CONFIG, type Config } from '../src/config/load.js';
import { analyseScan } from '../src/app/analyse.js';
import { learnBaseline } from '../src/core/learn.js';
import {
  ANOMALY_TYPES,
  severityRank,
  type AnomalyType,
  type CollectedMetrics,
  type Report,
} from '../src/core/types.js';
import { PrometheusSource } from '../src/sources/prometheus/source.js';
import { SimulatedSource } from '../src/sources/simulated/source.js';
import { topology } from '../src/sources/simulated/topologies.js';
import { generateMeshOpenMetrics, type MeshPeriod } from '../harness/mesh-openmetrics.js';
import { startPrometheus } from '../harness/prometheus.js';
import { Table } from './run-suite.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Services below this rate are too quiet for a 5-minute window to show a fault (as the quality suite). */
const MIN_TARGET_RATE = 1;

export interface HitRates {
  windows: number;
  /** The faulty service flagged at all. */
  detected: number;
  origin: { at1: number; at3: number };
  severity: { at1: number; at3: number };
}

export interface OriginBenchResult {
  simulated: Record<string, HitRates>;
  prometheus: Record<string, HitRates> | { skipped: string };
  /** Faults whose origin ranking missed at 1, for the record. */
  misses: string[];
}

function empty(): HitRates {
  return { windows: 0, detected: 0, origin: { at1: 0, at3: 0 }, severity: { at1: 0, at3: 0 } };
}

/** The services in the order today's report lists its anomalies: most severe first. */
export function severityOrder(report: Report): string[] {
  const sorted = [...report.anomalies].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || b.score - a.score,
  );
  return [...new Set(sorted.map((f) => `${f.namespace}/${f.service}`))];
}

/** The services in the order the report ranks its origins (a network origin names its callee). */
export function originOrder(report: Report): string[] {
  return [...new Set((report.origins ?? []).map((o) => `${o.namespace}/${o.service}`))];
}

function tally(into: HitRates, report: Report, faulty: string): boolean {
  into.windows++;
  const flagged = report.anomalies.some((f) => `${f.namespace}/${f.service}` === faulty);
  if (!flagged) return false;
  into.detected++;
  const origin = originOrder(report).indexOf(faulty);
  const severity = severityOrder(report).indexOf(faulty);
  if (origin === 0) into.origin.at1++;
  if (origin >= 0 && origin < 3) into.origin.at3++;
  if (severity === 0) into.severity.at1++;
  if (severity >= 0 && severity < 3) into.severity.at3++;
  return origin === 0;
}

function learn(collected: CollectedMetrics, config: Config) {
  return learnBaseline(collected, config, {
    now: collected.to,
    toolVersion: 'bench',
    cluster: null,
    namespaces: [],
  });
}

/** The simulated meshes: every service with traffic, every fault type, one 5-minute scan each. */
export function runSimulatedOrigins(
  topologies: string[],
  types: readonly AnomalyType[],
  log: (line: string) => void,
  misses: string[],
): Record<string, HitRates> {
  const config = DEFAULT_CONFIG;
  const seed = 7;
  const learnFrom = Date.UTC(2026, 0, 5);
  const learnTo = learnFrom + 6 * HOUR;
  const out: Record<string, HitRates> = Object.fromEntries(['all', ...types].map((t) => [t, empty()]));
  for (const name of topologies) {
    const baseline = learn(
      new SimulatedSource({ topology: name, seed, faults: [] }).collectNow({
        from: learnFrom,
        to: learnTo,
        stepMs: config.stepMs,
        namespaces: [],
      }),
      config,
    );
    const targets = topology(name, seed).filter((s) => s.rate >= MIN_TARGET_RATE);
    let k = 0;
    for (const target of targets) {
      for (const type of types) {
        // Spread the windows over the hours after learning, so the daily swing varies between them.
        const from = learnTo + ((k++ * 37) % 360) * MINUTE;
        const scan = new SimulatedSource({
          topology: name,
          seed,
          faults: [{ service: `${target.namespace}/${target.name}`, type }],
        }).collectNow({
          from,
          to: from + 5 * MINUTE,
          stepMs: config.stepMs,
          namespaces: [],
          withEdges: true,
        });
        const report = analyseScan(scan, baseline, config, { baselinePath: 'bench', now: scan.to });
        const faulty = `${target.namespace}/${target.name}`;
        const hit = tally(out[type], report, faulty);
        tally(out.all, report, faulty);
        if (!hit)
          misses.push(
            `simulated ${name} ${faulty} ${type}: origins ${originOrder(report).slice(0, 3).join(', ') || 'none'}`,
          );
      }
    }
    log(`  simulated ${name}: ${targets.length} services x ${types.length} fault types`);
  }
  return out;
}

/** Where the Prometheus windows end (the data is backfilled; its retention is 100 years). */
const FIXED_END = Date.UTC(2026, 0, 12);

/**
 * A real Prometheus holding each mesh's normal hours, then a 10-minute fault in each service in turn (10 normal
 * minutes between), read through the Prometheus source with its call-graph edges at a 30 s step.
 */
export async function runPrometheusOrigins(
  topologies: string[],
  types: readonly AnomalyType[],
  log: (line: string) => void,
  misses: string[],
): Promise<Record<string, HitRates>> {
  const stepMs = 30_000;
  const config: Config = { ...DEFAULT_CONFIG, stepMs };
  const out: Record<string, HitRates> = Object.fromEntries(['all', ...types].map((t) => [t, empty()]));
  // A fixed hour, as the dialect suite's: the simulated series are a function of absolute time, so a run at another
  // hour of the day read other minutes and ranked differently.
  const now = FIXED_END;
  for (const name of topologies) {
    const targets = topology(name, 1).filter((s) => s.rate >= MIN_TARGET_RATE);
    const faults = targets.flatMap((t) =>
      types.map((type) => ({ service: `${t.namespace}/${t.name}`, type })),
    );
    const start = now - 3 * HOUR - faults.length * 20 * MINUTE - 2 * HOUR;
    const learnTo = start + 3 * HOUR;
    const periods: MeshPeriod[] = [{ from: start, to: learnTo + 10 * MINUTE, faults: [] }];
    faults.forEach((fault, i) => {
      const from = learnTo + (2 * i + 1) * 10 * MINUTE;
      periods.push({ from, to: from + 10 * MINUTE, faults: [fault] });
      periods.push({ from: from + 10 * MINUTE, to: from + 20 * MINUTE, faults: [] });
    });
    const text = generateMeshOpenMetrics({ topology: name, seed: 1, stepMs, periods });
    const prometheus = await startPrometheus(text, { readyTimeoutMs: 120_000 });
    const source = new PrometheusSource({
      ...DEFAULT_CONFIG.prometheus,
      url: prometheus.url,
      mesh: 'istio',
      concurrency: 4,
    });
    try {
      const learning = await source.collect({
        from: start + 5 * MINUTE,
        to: learnTo,
        stepMs,
        namespaces: [],
      });
      const baseline = learn(learning, config);
      for (const [i, fault] of faults.entries()) {
        const from = learnTo + (2 * i + 1) * 10 * MINUTE;
        // The scan starts 2 minutes in, as a gate run after a rollout would: the rate windows have filled.
        const scan = await source.collect({
          from: from + 2 * MINUTE,
          to: from + 10 * MINUTE,
          stepMs,
          namespaces: [],
          withEdges: true,
        });
        const report = analyseScan(scan, baseline, config, { baselinePath: 'bench', now: scan.to });
        const hit = tally(out[fault.type], report, fault.service);
        tally(out.all, report, fault.service);
        if (!hit)
          misses.push(
            `prometheus ${name} ${fault.service} ${fault.type}: origins ${originOrder(report).slice(0, 3).join(', ') || 'none'}`,
          );
      }
    } finally {
      await source.close();
      await prometheus.stop();
    }
    log(`  prometheus ${name}: ${targets.length} services x ${types.length} fault types`);
  }
  return out;
}

export async function runOrigins(log: (line: string) => void, quick: boolean): Promise<OriginBenchResult> {
  const misses: string[] = [];
  const simulated = runSimulatedOrigins(
    quick ? ['boutique'] : ['bookinfo', 'boutique', 'generated:25', 'generated:50'],
    ANOMALY_TYPES,
    log,
    misses,
  );
  let prometheus: OriginBenchResult['prometheus'];
  try {
    prometheus = await runPrometheusOrigins(
      quick ? ['bookinfo'] : ['bookinfo', 'boutique'],
      ['error_rate', 'latency', 'timeout'],
      log,
      misses,
    );
  } catch (error) {
    prometheus = { skipped: (error as Error).message };
    log(`  prometheus: skipped (${(error as Error).message})`);
  }
  return { simulated, prometheus, misses };
}

const pct = (n: number, d: number) => (d > 0 ? `${((100 * n) / d).toFixed(0)}%` : '–');

export function printOrigins(result: OriginBenchResult): void {
  const parts: Array<[string, Record<string, HitRates>]> = [['simulated meshes', result.simulated]];
  if (!('skipped' in result.prometheus))
    parts.push(['real Prometheus', result.prometheus as Record<string, HitRates>]);
  for (const [label, rates] of parts) {
    const table = new Table({
      head: [
        `Faulty service named (${label})`,
        'Windows',
        'Flagged',
        'Origin first',
        'Origin top 3',
        'Most severe first',
        'Most severe top 3',
      ],
    });
    for (const [type, r] of Object.entries(rates)) {
      if (r.windows === 0) continue;
      table.push([
        type,
        String(r.windows),
        pct(r.detected, r.windows),
        pct(r.origin.at1, r.windows),
        pct(r.origin.at3, r.windows),
        pct(r.severity.at1, r.windows),
        pct(r.severity.at3, r.windows),
      ]);
    }
    console.log(table.toString());
  }
}

/** The benchmark's origins part, as bench/main.ts runs it: header, figures, tables. */
export async function runOriginsPart(
  log: (line: string) => void,
  quick: boolean,
): Promise<OriginBenchResult | { skipped: string }> {
  log('\n== Where it started: the faulty service ranked first ==');
  try {
    const result = await runOrigins(log, quick);
    printOrigins(result);
    return result;
  } catch (error) {
    log(`  skipped: ${(error as Error).message}`);
    return { skipped: (error as Error).message };
  }
}

/** docs/benchmark.md's table: hit rates at 1 and at 3 per fault type, origins against the most severe anomaly first. */
export function originsMarkdown(result: OriginBenchResult | { skipped: string }): string {
  if ('skipped' in result) return '';
  const out = [
    '#### Where it started: the faulty service named first',
    '',
    'One fault injected in each service in turn (5-minute scans on the simulated meshes with their call graphs, ' +
      '8-minute scans through a real Prometheus backfilled with Bookinfo and Online Boutique as Istio series that ' +
      'carry `source_workload`). "Origin" is the report\'s `origins` ranking; "most severe" is the anomaly table\'s ' +
      'order (severity, then score), the ranking before origins were named. A fault whose service is not flagged is a miss for both.',
    '',
    '| Path | Fault type | Windows | Origin at 1 | Origin at 3 | Most severe at 1 | Most severe at 3 |',
    '|---|---|--:|--:|--:|--:|--:|',
  ];
  const parts: Array<[string, Record<string, HitRates> | { skipped: string }]> = [
    ['simulated', result.simulated],
    ['Prometheus', result.prometheus],
  ];
  for (const [label, rates] of parts) {
    if ('skipped' in rates) continue;
    for (const [type, r] of Object.entries(rates as Record<string, HitRates>)) {
      if (r.windows === 0) continue;
      const cells = [r.origin.at1, r.origin.at3, r.severity.at1, r.severity.at3].map((n) =>
        pct(n, r.windows),
      );
      out.push(`| ${label} | ${type === 'all' ? '**all**' : type} | ${r.windows} | ${cells.join(' | ')} |`);
    }
  }
  return out.join('\n') + '\n';
}
