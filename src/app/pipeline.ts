/**
 * The one data flow, shared by the CLI, the Action, the benchmark and the tests:
 * config → (connect → discover) → collect → learn | analyse → judge → report.
 * Heavy clients (Kubernetes, Prometheus) are imported only on the paths that need them.
 */
import {
  checkCompatibility,
  readBaseline,
  writeBaselineAtomically,
  type Baseline,
} from '../baseline/store.js';
import type { EdgeBaseline, ServiceBaseline } from '../core/baseline.js';
import { resolveWindow, type Config } from '../config/load.js';
import { isEnvironmentFault } from '../core/error-policy.js';
import { baselineOf, learnServiceAndEdges } from '../core/learn.js';
import { edgesByCallee } from '../core/edges.js';
import { sourceEntry } from '../sources/registry.js';
import { controlPlaneTitle } from '../mesh/dialects/index.js';
import { assembleReport } from '../core/report.js';
import {
  ConfigError,
  MetricsError,
  type CollectedMetrics,
  type CollectRequest,
  type EdgeSeries,
  serviceId,
  type MetricsSource,
  type Report,
  type ServiceKey,
  type ServiceSeries,
  UserFacingError,
} from '../core/types.js';
import { TOOL_VERSION } from '../core/version.js';
import { nameList } from '../core/names.js';
import { sleep } from '../net/retry.js';
import type { MeshInventory } from '../mesh/discover.js';
import type { KubeConnection } from '../k8s/connection.js';
import {
  firstRequestStep,
  lastRequestStep,
  learnWarnings,
  readWindow,
  scanWindowNote,
} from './window-notes.js';
import { connectIfNeeded } from './connect.js';
import { checkOutputsWritable, displayUrl, preflightScan, type OutputPath } from './preflight.js';
import { placeWindow, plannedDeployTime, readReference, type ReferenceRead } from './reference.js';
import { analyseScan } from './analyse.js';
import { describeFinding } from '../render/finding-words.js';

export interface RunContext {
  config: Config;
  now: () => number;
  log: (line: string) => void;
  onProgress?: (fraction: number, message: string) => void;
  window?: { from?: string | null; to?: string | null };
  /** When the deploy happened (same formats as --from); default: the scan window's start. */
  deployedAt?: string | null;
  /** For live windows; tests pass a fake. */
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
  /** Files the command writes besides the baseline (the report): checked before any waiting. */
  outputs?: OutputPath[];
  /**
   * The `learn` command a fix line offers when the baseline is missing or does not match, as the user would run
   * it here (the CLI's carries the connection flags given); default: one made from the settings.
   */
  learnCommand?: string;
}

interface Environment {
  source: MetricsSource;
  connection: KubeConnection | null;
  inventory: MeshInventory | null;
}

/**
 * The source the settings name, built as its registry entry says, with the cluster connection and discovery it
 * needs. `faultFrom`: simulated faults are the deploy's doing, acting from it (unless injected as earlier).
 */
async function prepare(ctx: RunContext, faultFrom?: number): Promise<Environment> {
  const { config } = ctx;
  const entry = sourceEntry(config.source);
  const setup = { config, now: ctx.now, sleep: ctx.sleep, ...(faultFrom !== undefined ? { faultFrom } : {}) };
  if (entry.needs.cluster === 'none') {
    const source = await entry.build({ ...setup, connection: null, inventory: null, mesh: config.mesh });
    return { source, connection: null, inventory: null };
  }
  const connection = await connectIfNeeded(config, entry.needs.cluster === 'required');
  let inventory: MeshInventory | null = null;
  if (connection) {
    const { discoverMesh } = await import('../mesh/discover.js');
    inventory = await discoverMesh(connection, config.namespaces);
    const plane = inventory.controlPlane;
    ctx.log(
      `Discovered ${inventory.services.length} meshed services in ${inventory.namespaces.length} namespaces on ${connection.identity.server}` +
        (plane.version ? ` (${controlPlaneTitle(plane.mesh)} ${plane.version})` : ''),
    );
  }
  // The mesh to read: as configured, else as discovery found it, else (Prometheus) from the series it holds.
  const mesh = config.mesh !== 'auto' ? config.mesh : (inventory?.mesh ?? 'auto');
  if (entry.needs.url && !config.prometheus.url) {
    throw new ConfigError(
      `--source ${entry.name} needs a Prometheus URL`,
      'pass --prometheus-url http://prometheus.istio-system:9090',
    );
  }
  const source = await entry.build({ ...setup, connection, inventory, mesh });
  return { source, connection, inventory };
}

/**
 * The window to read. A past window (--from/--to) comes from history. A live window on a source with
 * history is waited out, then read; the simulated mesh replays the last `duration` at once; the sidecar
 * source watches the window itself.
 */
async function collectWindow(
  ctx: RunContext,
  env: Environment,
  durationMs: number,
  stepMs: number,
  services: ServiceKey[] | undefined,
  purpose: 'learn' | 'scan',
  onService?: CollectRequest['onService'],
): Promise<CollectedMetrics> {
  const now = ctx.now();
  // Learning wants normal behaviour, which a source with history already holds: read the last `duration`
  // at once rather than wait for it. The simulated mesh replays its recent past for scans too.
  const replay = env.source.hasHistory && (purpose === 'learn' || sourceEntry(env.source.name).replaysLive);
  const window = placeWindow(ctx.window, durationMs, stepMs, now, replay);
  const { from, to } = window;
  if (window.live && env.source.hasHistory) {
    const pause = ctx.sleep ?? sleep;
    ctx.log(`Watching the mesh for ${Math.round(durationMs / 1000)}s (until ${new Date(to).toISOString()})`);
    for (let t = ctx.now(); t < to; t = ctx.now()) {
      ctx.onProgress?.((t - from) / (to - from), `collecting ${env.source.name} metrics`);
      await pause(Math.min(5000, to - t));
      if (ctx.signal?.aborted) break;
    }
    ctx.onProgress?.(1, 'collected');
  }
  return env.source.collect({
    from,
    to,
    stepMs,
    namespaces: ctx.config.namespaces,
    services,
    onProgress: ctx.onProgress,
    signal: ctx.signal,
    // The caller's view of every edge: learned, and judged beside each service's own.
    withEdges: true,
    withVersions: purpose === 'scan',
    onService,
  });
}

export async function runLearn(
  ctx: RunContext,
): Promise<{ path: string; services: number; window: { from: string; to: string }; baseline: Baseline }> {
  const { config } = ctx;
  checkOutputsWritable([{ path: config.baselinePath, what: 'the baseline', flag: '--baseline' }]);
  const env = await prepare(ctx);
  // Each service is learned as soon as its series is built, and its series let go (memory at scale).
  const learned: ServiceBaseline[] = [];
  const learnedEdges: EdgeBaseline[] = [];
  const span = { first: -1, last: -1 };
  const learnOne = (
    series: ServiceSeries,
    grid: { from: number; stepMs: number },
    callers: EdgeSeries[] = [],
  ) => {
    const first = firstRequestStep(series);
    if (first >= 0 && (span.first < 0 || first < span.first)) span.first = first;
    span.last = Math.max(span.last, lastRequestStep(series));
    const one = learnServiceAndEdges(series, callers, config, grid.stepMs, grid.from);
    learned.push(one.service);
    learnedEdges.push(...one.edges);
  };
  const collected = await collectWindow(
    ctx,
    env,
    config.learnDurationMs,
    config.stepMs,
    env.inventory?.services,
    'learn',
    learnOne,
  );
  const callersOf = edgesByCallee(collected.edges ?? []);
  for (const series of collected.services)
    learnOne(series, collected, callersOf.get(serviceId(series.service)) ?? []);
  if (span.first < 0) {
    throw new MetricsError(
      `no service had any requests between ${new Date(collected.from).toISOString()} and ${new Date(collected.to).toISOString()}`,
      'learn over a window with traffic (check --from/--to and --namespace)',
    );
  }
  if (collected.partial) {
    throw new MetricsError(
      'the learning window was only partly collected',
      'learn again once the metrics source is healthy',
    );
  }
  // The baseline names the window it learned from: the one asked, or the part of it the source held data for.
  const read = readWindow(collected, span);
  const baseline = baselineOf(
    { ...collected, from: read.from, to: read.to },
    learned,
    config,
    {
      now: ctx.now(),
      toolVersion: TOOL_VERSION,
      cluster: env.connection?.identity ?? null,
      namespaces: config.namespaces,
    },
    learnedEdges,
  );
  writeBaselineAtomically(config.baselinePath, baseline);
  logLearned(ctx, baseline, collected, span, read.partOfAsked);
  return { path: config.baselinePath, services: baseline.services.length, window: baseline.window, baseline };
}

/** What a learn tells: the source's notes, its warnings, the services learned from too little, and where it wrote. */
function logLearned(
  ctx: RunContext,
  baseline: Baseline,
  collected: CollectedMetrics,
  span: { first: number; last: number },
  partOfAsked: boolean,
): void {
  const { config } = ctx;
  for (const note of collected.notes) ctx.log(`Note: ${note}`);
  for (const warning of learnWarnings(collected, span)) ctx.log(`Warning: ${warning}`);
  const quiet = baseline.services.filter((s) => s.insufficient).map((s) => `${s.namespace}/${s.name}`);
  if (quiet.length > 0)
    ctx.log(
      `Too little traffic to learn: ${nameList(quiet, 10)} (scans judge their latency against the window before the deploy, or report insufficient-data)`,
    );
  const thin = baseline.services
    .filter((s) => !s.insufficient && s.requests < config.gate.minRequests)
    .map((s) => `${s.namespace}/${s.name}`);
  if (thin.length > 0)
    ctx.log(
      `Learned from fewer than ${config.gate.minRequests} requests: ${nameList(thin, 10)} (judged loosely: a p99 of a few requests proves little; learn over a busier window)`,
    );
  const window = `${baseline.window.from} → ${baseline.window.to}`;
  ctx.log(
    `Learned ${baseline.services.length} services from ${partOfAsked ? `the data the source held, ${window} (first to last sample)` : window}; baseline written to ${config.baselinePath}`,
  );
}

export async function runScan(ctx: RunContext): Promise<Report> {
  const { config } = ctx;
  // No baseline at all: each rollout's new version against its old one (Kayenta's canary judgement).
  if (config.rollout.compareVersions) {
    const { runVersionComparison } = await import('./compare-versions.js');
    try {
      return await runVersionComparison(ctx, { prepare, collectWindow });
    } catch (error) {
      if (config.gate.onError !== 'warn' || !isEnvironmentFault(error)) throw error;
      ctx.log(
        `Warning: ${error.message} (on-error: warn, so the scan reports a partial result instead of failing)`,
      );
      return environmentFaultReport(ctx, null, error, {
        from: ctx.now() - config.scanDurationMs,
        to: ctx.now(),
      });
    }
  }
  // Read the baseline before any network work: a missing or corrupt one should fail in milliseconds.
  const baseline = readBaseline(config.baselinePath, ctx.now(), ctx.learnCommand);
  checkCompatibility(
    baseline,
    { source: config.source, namespaces: config.namespaces },
    config.baselinePath,
    ctx.learnCommand,
  );
  const duration = Math.max(config.scanDurationMs, baseline.featureWindowMs);
  // So is a bad --from/--to: checked here, before the cluster or Prometheus is asked anything.
  const planned = resolveWindow(
    { from: ctx.window?.from, to: ctx.window?.to, durationMs: duration },
    ctx.now(),
  );
  // And a deploy time that would hide the deploy's own fault (after the window's start, or in the future).
  const deployedAt = plannedDeployTime(
    config,
    ctx.window,
    ctx.deployedAt,
    duration,
    baseline.stepMs,
    ctx.now(),
  );
  checkOutputsWritable(ctx.outputs ?? []);
  try {
    return await scanAgainst(ctx, baseline, duration, deployedAt);
  } catch (error) {
    if (config.gate.onError !== 'warn' || !isEnvironmentFault(error)) throw error;
    ctx.log(
      `Warning: ${error.message} (on-error: warn, so the scan reports a partial result instead of failing)`,
    );
    return environmentFaultReport(
      ctx,
      baseline,
      error,
      planned.live ? { from: ctx.now() - duration, to: ctx.now() } : planned,
    );
  }
}

async function scanAgainst(
  ctx: RunContext,
  baseline: Baseline,
  duration: number,
  deployedAt: number | null,
): Promise<Report> {
  const { config } = ctx;
  const notes: string[] = [];
  const raised = scanWindowNote(config.scanDurationMs, baseline.featureWindowMs);
  if (raised && !ctx.window?.from) notes.push(raised);
  const stepAsked = config.givenAs?.step;
  if (stepAsked && baseline.stepMs !== config.stepMs) {
    notes.push(
      `scanned at the baseline's step of ${baseline.stepMs / 1000}s, not the ${config.stepMs / 1000}s asked (${stepAsked})`,
    );
  }
  const env = await prepare(ctx, deployedAt ?? undefined);
  if (env.connection) {
    checkCompatibility(
      baseline,
      {
        source: config.source,
        namespaces: config.namespaces,
        cluster: { server: env.connection.identity.server },
      },
      config.baselinePath,
      ctx.learnCommand,
    );
  }
  await preflightScan({
    source: env.source,
    inventory: env.inventory,
    baseline,
    baselinePath: config.baselinePath,
    namespaces: config.namespaces,
    window: resolveWindow({ from: ctx.window?.from, to: ctx.window?.to, durationMs: duration }, ctx.now()),
    sourceUrl: displayUrl(config.prometheus.url),
    signal: ctx.signal,
    learnCommand: ctx.learnCommand,
  });
  const minimum = baseline.featureWindowMs;
  const collected = await collectWindow(ctx, env, duration, baseline.stepMs, env.inventory?.services, 'scan');
  checkCompatibility(
    baseline,
    { source: config.source, namespaces: config.namespaces, histogramBuckets: collected.histogramBuckets },
    config.baselinePath,
    ctx.learnCommand,
  );
  if (collected.to - collected.from < minimum) {
    notes.push(
      `the window is shorter than the model's ${minimum / 1000}s feature window: only the rules judged it`,
    );
  }
  let reference: ReferenceRead | null = null;
  if (deployedAt !== null) {
    reference = await readReference(
      env.source,
      deployedAt,
      config,
      baseline.stepMs,
      env.inventory?.services,
      ctx.signal,
    );
    if (!reference.collected) notes.push(reference.note);
  }
  return analyseScan(collected, baseline, config, {
    inventory: env.inventory,
    cluster: env.connection?.identity ?? null,
    baselinePath: config.baselinePath,
    now: ctx.now(),
    notes,
    reference: reference?.collected ? reference : null,
  });
}

/**
 * on-error: warn and the environment failed: a report that says so — verdict warn, partial, no services
 * judged, the fault and its fix in the notes. Never a pass: nothing was checked.
 */
function environmentFaultReport(
  ctx: RunContext,
  baseline: Baseline | null,
  fault: UserFacingError,
  window: { from: number; to: number },
): Report {
  const reason = `the scan could not complete (environment fault, on-error: warn): ${fault.message}`;
  return assembleReport({
    window,
    source: ctx.config.source,
    partial: true,
    baseline: baseline ? { path: ctx.config.baselinePath, value: baseline } : null,
    services: [],
    decision: { verdict: 'warn', gatingAnomalies: 0, reason },
    policy: ctx.config.gate,
    notes: [`environment fault: ${fault.message}`, `fix: ${fault.fix}`],
    now: ctx.now(),
    describe: describeFinding,
  });
}

export { gatherStatus, runStatus } from './status-view.js';
