/**
 * The cost of analysis at scale: learn and scan-analysis time and peak memory for generated meshes of N
 * services (1 h of learning data at a 15 s step, a 5-minute scan), each size in its own child process so
 * peaks do not mix; simulation time is measured apart, since a real source's collection is not analysis.
 * Also the CLI bundle's cold start.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { learnBaseline } from '../src/core/learn.js';
import { SimulatedSource } from '../src/sources/simulated/source.js';
import { analyseScan } from '../src/app/analyse.js';
import { LEARN_FROM, STEP_MS } from './scenarios.js';

export const COST_LEARN_MS = 3_600_000;
export const COST_SCAN_MS = 5 * 60_000;

export interface CostSample {
  services: number;
  /** Producing the series in the simulator (learning window + scan window): not analysis. */
  simulateMs: number;
  learnMs: number;
  scanMs: number;
  /** Resident memory once the learning series exist, before learning: the input's own footprint. */
  rssAfterSimulationMiB: number;
  peakRssMiB: number;
  findings: number;
}

const MIB = 1024 * 1024;

/** One size, measured in this process (the child side). */
export function measureCost(services: number): CostSample {
  const config = { ...DEFAULT_CONFIG, stepMs: STEP_MS };
  const source = new SimulatedSource({ topology: `generated:${services}`, seed: 11, faults: [] });
  let t = performance.now();
  const learning = source.collectNow({
    from: LEARN_FROM,
    to: LEARN_FROM + COST_LEARN_MS,
    stepMs: STEP_MS,
    namespaces: [],
  });
  let simulateMs = performance.now() - t;
  const rssAfterSimulation = process.memoryUsage().rss;

  t = performance.now();
  const baseline = learnBaseline(learning, config, {
    now: learning.to,
    toolVersion: 'bench',
    cluster: null,
    namespaces: [],
  });
  const learnMs = performance.now() - t;

  t = performance.now();
  const scan = source.collectNow({
    from: learning.to,
    to: learning.to + COST_SCAN_MS,
    stepMs: STEP_MS,
    namespaces: [],
  });
  simulateMs += performance.now() - t;

  t = performance.now();
  const report = analyseScan(scan, baseline, config, { baselinePath: 'bench', now: scan.to });
  const scanMs = performance.now() - t;

  return {
    services,
    simulateMs: Math.round(simulateMs),
    learnMs: Math.round(learnMs),
    scanMs: Math.round(scanMs),
    rssAfterSimulationMiB: Math.round(rssAfterSimulation / MIB),
    // maxRSS is in KiB.
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    findings: report.anomalies.length,
  };
}

/** Each size in a fresh child process running `entry --cost-child N`, which prints one JSON line. */
export function runCostSizes(entry: string, sizes: number[]): CostSample[] {
  return sizes.map((size) => {
    const child = spawnSync(process.execPath, [entry, '--cost-child', String(size)], {
      encoding: 'utf8',
      maxBuffer: 16 * MIB,
    });
    if (child.status !== 0) {
      throw new Error(
        `the cost run for ${size} services failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join(' ')}`,
      );
    }
    const line = child.stdout.trim().split('\n').pop() ?? '';
    return JSON.parse(line) as CostSample;
  });
}

export interface GrowthRatio {
  from: number;
  to: number;
  learn: number;
  scan: number;
  analysis: number;
  peakRss: number;
}

/** How each figure grows per 10x services: 10 is linear. */
export function growthRatios(samples: CostSample[]): GrowthRatio[] {
  const out: GrowthRatio[] = [];
  for (let i = 1; i < samples.length; i++) {
    const [a, b] = [samples[i - 1], samples[i]];
    const ratio = (x: number, y: number) => Math.round((y / Math.max(x, 1)) * 10) / 10;
    out.push({
      from: a.services,
      to: b.services,
      learn: ratio(a.learnMs, b.learnMs),
      scan: ratio(a.scanMs, b.scanMs),
      analysis: ratio(a.learnMs + a.scanMs, b.learnMs + b.scanMs),
      peakRss: ratio(a.peakRssMiB, b.peakRssMiB),
    });
  }
  return out;
}

export interface ColdStart {
  command: string;
  runs: number[];
  medianMs: number;
}

/**
 * The CLI's cold start, `node bin/smanalyzer.js --version` (which runs the committed bundle dist/index.js),
 * timed a few times; skipped when the bundle has not been built.
 */
export function measureColdStart(root: string, runs = 5): ColdStart | { skipped: string } {
  if (!existsSync(join(root, 'dist', 'index.js')))
    return { skipped: 'dist/index.js is missing: run `npm run bundle` first' };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const child = spawnSync(process.execPath, [join(root, 'bin', 'smanalyzer.js'), '--version'], {
      encoding: 'utf8',
    });
    const elapsed = performance.now() - t;
    if (child.status !== 0) {
      return {
        skipped: `bin/smanalyzer.js --version exited ${child.status}: rebuild the bundle with \`npm run bundle\``,
      };
    }
    times.push(Math.round(elapsed));
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    command: 'node bin/smanalyzer.js --version',
    runs: times,
    medianMs: sorted[Math.floor(sorted.length / 2)],
  };
}
