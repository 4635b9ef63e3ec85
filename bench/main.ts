/**
 * The benchmark's entry: runs the labelled suites (plain and realistic simulator, the tuning and held-out splits of
 * bench/splits.ts) through every judge at every scan length, measures the cost at scale in child processes, prints
 * the tables and writes bench/results.json (a full run only; anything else writes build/bench/results-partial.json).
 * `--quick` runs one round; `--split tuning|held-out` one split; `--no-cost`, `--no-trainticket`, `--no-onlineboutique`,
 * `--no-simulated`,
 * `--no-origins`, `--no-rollouts` (bench/rollouts.ts: canaries judged new against old), `--no-dialects` (bench/dialects.ts:
 * one suite in every mesh dialect; bench/onlineboutique/dialects.ts: the real excerpt in each) skip a part.
 * `--cost-child N` is the child side of one cost measurement.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { growthRatios, measureColdStart, measureCost, runCostSizes, type CostSample } from './cost.js';
import { resultsMarkdown } from './markdown.js';
import { printQuality, runQuality, Table, type QualityResult } from './run-suite.js';
import { describeSplits, SIMULATED_SPLITS, SPLIT_NAMES, type SplitName } from './splits.js';
import { printTrainTicket } from './trainticket/print.js';
import { runTrainTicket } from './trainticket/run.js';
import { runOnlineBoutique } from './onlineboutique/run.js';
import { originsMarkdown, runOriginsPart } from './origins.js';
import { runRolloutSuite, type RolloutSuiteResult } from './rollouts.js';
import { printRollouts, rolloutMarkdown } from './rollouts-tables.js';
import { dialectsMarkdown, runDialectsPart } from './dialects.js';

function printCost(samples: CostSample[], growth: ReturnType<typeof growthRatios>) {
  const table = new Table({
    head: [
      'Services',
      'Learn (1 h data)',
      'Scan analysis (5 min)',
      'Learn + scan',
      'Peak RSS',
      'RSS after simulation',
      'Simulation (excluded)',
    ],
  });
  for (const s of samples) {
    table.push([
      s.services.toLocaleString('en'),
      `${s.learnMs} ms`,
      `${s.scanMs} ms`,
      `${s.learnMs + s.scanMs} ms`,
      `${s.peakRssMiB} MiB`,
      `${s.rssAfterSimulationMiB} MiB`,
      `${s.simulateMs} ms`,
    ]);
  }
  console.log(table.toString());
  if (growth.length > 0) {
    const g = new Table({ head: ['Growth per 10x services', 'Learn', 'Scan', 'Learn + scan', 'Peak RSS'] });
    for (const r of growth)
      g.push([
        `${r.from.toLocaleString('en')} → ${r.to.toLocaleString('en')}`,
        `${r.learn}x`,
        `${r.scan}x`,
        `${r.analysis}x`,
        `${r.peakRss}x`,
      ]);
    console.log(g.toString());
  }
}

/** A child process of this entry; resolves with its stdout, its stderr passed through. */
function runChild(entry: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`bench child ${args.join(' ')} failed (exit ${code})`)),
    );
  });
}

/** Runs `work` over `items` with at most `limit` at once; results in the items' order. */
async function runPool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The value after a flag, or undefined. */
function option(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
}

const USAGE = `Usage: npm run bench -- [options]

Detection quality on the labelled suites (simulated, realistic, rollouts, mesh dialects, Train-Ticket and
Online Boutique through a real Prometheus) and the cost figures. A full run replaces bench/results.json and bench/results.md; any partial
run writes build/bench/results-partial.json instead.

Options:
  --split tuning|held-out|all  which split to judge (default all; docs/benchmark.md reports held-out)
  --quick                      one round per suite: a smoke run, not figures to report
  --no-simulated               skip the simulated suites and the rollouts
  --no-rollouts                skip the rollout suites
  --no-trainticket             skip the real Train-Ticket telemetry
  --no-onlineboutique          skip the real Online Boutique telemetry (both ends of every call)
  --no-origins                 skip the origin-ranking table
  --no-dialects                skip the mesh-dialect tables (simulated suite, Online Boutique)
  --no-cost                    skip the learn/scan cost figures
  --out FILE                   write the results JSON to FILE
  --markdown-from FILE         print the markdown tables of a results file, running nothing
  -h, --help                   this text

  --prometheus-cost [options]  instead: the Prometheus source's cost at scale, on its own, appended to
                               bench/prometheus-cost.json. Its options: --sizes 100,1000 (services),
                               --learn-hours 24, --rounds 2, --rich-outcomes, --keep-tsdb DIR, --reuse-tsdb DIR
`;
const FLAGS = [
  '--quick',
  '--no-simulated',
  '--no-rollouts',
  '--no-trainticket',
  '--no-onlineboutique',
  '--no-origins',
  '--no-dialects',
  '--no-cost',
];
const VALUED = ['--split', '--out'];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (args[0] === '--prometheus-cost') {
    // The Prometheus source's cost at scale: its own file, run on its own.
    void import('./prometheus-cost.js').then(({ prometheusCostMain }) => prometheusCostMain(args.slice(1)));
    return;
  }
  if (args[0] === '--cost-child') {
    console.log(JSON.stringify(measureCost(Number(args[1]))));
    return;
  }
  if (args[0] === '--markdown-from') {
    // docs/benchmark.md's tables again from a results file, without running anything.
    const results = JSON.parse(readFileSync(args[1], 'utf8')) as Parameters<typeof benchMarkdown>[0];
    process.stdout.write(benchMarkdown(results));
    return;
  }
  if (args[0] === '--rollouts-child') {
    // The rollout suite of one split (bench/rollouts.ts) on the split's meshes of one family and its seed.
    const split = SIMULATED_SPLITS[args[1] as SplitName][args[2] as 'plain' | 'realistic'];
    console.log(JSON.stringify(runRolloutSuite(split.topologies, split.seed, (line) => console.error(line))));
    return;
  }
  if (args[0] === '--suite-child') {
    // One suite in its own process: progress on stderr, the result as JSON on stdout.
    const [split, family, rounds] = [args[1] as SplitName, args[2] as 'plain' | 'realistic', args[3]];
    const options = { ...SIMULATED_SPLITS[split][family], ...(rounds ? { rounds: Number(rounds) } : {}) };
    console.log(JSON.stringify(runQuality(options, (line) => console.error(line))));
    return;
  }
  const unknown = args.find(
    (arg, i) => !FLAGS.includes(arg) && !VALUED.includes(arg) && !VALUED.includes(args[i - 1]),
  );
  if (unknown !== undefined) {
    console.error(`smanalyzer-bench: unknown option ${unknown}; see npm run bench -- --help`);
    process.exit(2);
  }
  const quick = args.includes('--quick');
  const splitArg = option(args, '--split') ?? 'all';
  if (splitArg !== 'all' && !SPLIT_NAMES.includes(splitArg as SplitName)) {
    console.error(`smanalyzer-bench: --split ${splitArg} is not one of tuning, held-out, all`);
    process.exit(2);
  }
  const splits = splitArg === 'all' ? SPLIT_NAMES : [splitArg as SplitName];
  const skipCost = args.includes('--no-cost');
  const skipTrainTicket = args.includes('--no-trainticket');
  const skipOnlineBoutique = args.includes('--no-onlineboutique');
  const skipSimulated = args.includes('--no-simulated');
  const skipDialects = args.includes('--no-dialects');
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  // Only a full run of every part replaces the committed results: anything else writes beside them.
  const complete =
    !quick &&
    splits.length === SPLIT_NAMES.length &&
    !skipCost &&
    !skipTrainTicket &&
    !skipOnlineBoutique &&
    !skipSimulated &&
    !skipDialects;
  const out =
    option(args, '--out') ??
    (complete ? join(root, 'bench', 'results.json') : join(root, 'build', 'bench', 'results-partial.json'));
  const log = (line: string) => console.log(line);
  const started = performance.now();

  log(`SMAnalyzer benchmark${quick ? ' (quick)' : ''}: detection quality on the labelled suites`);
  log(
    'Split (bench/splits.ts; thresholds are tuned only on "tuning", docs/benchmark.md reports "held-out"):',
  );
  for (const line of describeSplits()) log(`  ${line}`);
  // The suites run two at a time in child processes (the machine has two cores) while this process runs the
  // Train-Ticket part, which mostly waits on its Prometheus.
  const entry = fileURLToPath(import.meta.url);
  const jobs = (skipSimulated ? [] : splits).flatMap((split) =>
    (['plain', 'realistic'] as const).map((family) => ({ split, family })),
  );
  // The rollout suite of each split in a child of its own, beside the others.
  const rolloutJobs = (skipSimulated || args.includes('--no-rollouts') ? [] : splits).flatMap((split) =>
    (['plain', 'realistic'] as const).map((family) => ({ split, family })),
  );
  const children = runPool(
    [
      ...jobs.map((job) => ({ kind: 'suite' as const, ...job })),
      ...rolloutJobs.map((job) => ({ kind: 'rollouts' as const, ...job })),
    ],
    2,
    ({ kind, split, family }) =>
      kind === 'suite'
        ? runChild(entry, ['--suite-child', split, family, ...(quick ? ['1'] : [])])
        : runChild(entry, ['--rollouts-child', split, family]),
  );
  const suiteResults = children.then((texts) =>
    texts.slice(0, jobs.length).map((text) => JSON.parse(text) as QualityResult),
  );
  const rolloutResults = children.then((texts) => {
    const out: Record<string, Record<string, RolloutSuiteResult>> = {};
    texts.slice(jobs.length).forEach((text, i) => {
      const { split, family } = rolloutJobs[i];
      (out[split] ??= {})[family] = JSON.parse(text) as RolloutSuiteResult;
    });
    return out;
  });
  /** One real data set through its real Prometheus, its tables printed; skipped with the reason on failure. */
  const realData = async (
    skip: string | null,
    title: string,
    name: string,
    run: (root: string, names: SplitName[], log: (line: string) => void) => Promise<Record<string, unknown>>,
  ): Promise<Record<string, unknown>> => {
    if (skip) return { skipped: skip };
    log(`\n== ${title} through a real Prometheus ==`);
    try {
      const results = await run(root, splits, log);
      printTrainTicket(name, results);
      return results;
    } catch (error) {
      log(`  skipped: ${(error as Error).message}`);
      return { skipped: (error as Error).message };
    }
  };
  const trainTicket = await realData(
    skipTrainTicket ? '--no-trainticket' : null,
    'Train-Ticket (real telemetry, Nezha 2023-01-29/30)',
    'Train-Ticket',
    runTrainTicket,
  );
  const onlineBoutique = await realData(
    skipOnlineBoutique ? '--no-onlineboutique' : null,
    "Online Boutique (real telemetry with the caller's view, Nezha 2022-08-22/23)",
    'Online Boutique',
    (root, names, log) => runOnlineBoutique(root, names, log, { dialects: !skipDialects }),
  );

  const origins = args.includes('--no-origins')
    ? { skipped: '--no-origins' }
    : await runOriginsPart(log, quick);

  const dialects = skipDialects ? { skipped: '--no-dialects' } : await runDialectsPart(log, quick);

  const quality: Record<string, Record<string, QualityResult>> = {};
  const finished = await suiteResults;
  jobs.forEach(({ split, family }, i) => {
    const result = finished[i];
    (quality[split] ??= {})[family] = result;
    const s = result.suite;
    log(`\n== ${family} simulator, ${split} split ==`);
    log(
      `${s.windows} windows (${s.faulty} faulty, ${s.clean} clean: ${Object.entries(s.cleanKinds)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')}) over ${s.topologies
        .map((t) => `${t.name} (${t.services}, ${t.quietServices} under 0.5 req/s)`)
        .join(', ')}; learning ${s.learning}`,
    );
    printQuality(result, split === 'held-out' && !quick);
  });
  const rollouts = await rolloutResults;
  for (const [split, families] of Object.entries(rollouts))
    for (const [family, result] of Object.entries(families))
      printRollouts(`${family}, ${split}`, result, log);

  const sizes = skipCost ? [] : quick ? [100, 1000] : [100, 1000, 10_000];
  let samples: CostSample[] = [];
  let growth: ReturnType<typeof growthRatios> = [];
  let coldStart: ReturnType<typeof measureColdStart> | null = null;
  if (sizes.length > 0) {
    log(
      `\nCost at scale: generated meshes of ${sizes.map((n) => n.toLocaleString('en')).join(', ')} services, each in its own process`,
    );
    samples = runCostSizes(entry, sizes);
    growth = growthRatios(samples);
    printCost(samples, growth);
    coldStart = measureColdStart(root);
    log(
      'skipped' in coldStart
        ? `Cold start: skipped (${coldStart.skipped})`
        : `Cold start: ${coldStart.command}: median ${coldStart.medianMs} ms (runs ${coldStart.runs.join(', ')} ms)`,
    );
  }

  const results = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    mode: quick ? 'quick' : 'full',
    splits: describeSplits(),
    quality,
    rollouts,
    trainTicket,
    onlineBoutique,
    origins,
    dialects,
    cost: { learnData: '1 h at 15 s step', scan: '5 min', samples, growthPer10x: growth },
    coldStart,
    elapsedSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
  // Written beside and renamed, so an interrupted run never leaves half a results file.
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, JSON.stringify(results, null, 2) + '\n');
  renameSync(`${out}.tmp`, out);
  const markdown = out.replace(/\.json$/, '') + '.md';
  writeFileSync(markdown, benchMarkdown(results));
  log(`Wrote ${out} (and docs/benchmark.md's tables in ${markdown}) in ${results.elapsedSeconds}s`);
}

/** docs/benchmark.md's tables of a results file: the suites and real data, rollouts, origins, dialects. */
function benchMarkdown(
  results: Parameters<typeof resultsMarkdown>[0] & {
    rollouts?: Record<string, Record<string, RolloutSuiteResult>>;
    origins?: Parameters<typeof originsMarkdown>[0];
    dialects?: Parameters<typeof dialectsMarkdown>[0];
  },
): string {
  return (
    resultsMarkdown(results) +
    '\n' +
    rolloutsMarkdown(results.rollouts ?? {}) +
    originsMarkdown(results.origins ?? { skipped: 'not in this file' }) +
    '\n' +
    dialectsMarkdown(results.dialects ?? { skipped: 'not in this file' })
  );
}

/** Every split's rollout tables, held-out first, plain meshes before realistic ones. */
function rolloutsMarkdown(rollouts: Record<string, Record<string, RolloutSuiteResult>>): string {
  const order = Object.keys(rollouts).sort((a, b) => (a === 'held-out' ? -1 : b === 'held-out' ? 1 : 0));
  return order
    .flatMap((split) =>
      Object.keys(rollouts[split])
        .sort()
        .map((family) => rolloutMarkdown(split, family, rollouts[split][family]) + '\n\n'),
    )
    .join('');
}

await main();
