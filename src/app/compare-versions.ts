/**
 * `scan --compare-versions`: each rollout's new version judged against its old one alone, with no baseline —
 * Kayenta's canary judgement, for a team that has no baseline yet. The same collection as a scan (versions, and
 * the window before the deploy to tell which version is new), the same comparison as beside a baseline; only the
 * services that ran two versions are reported. Nothing else is judged: a service with one version is not this
 * mode's business, and the report says when no service ran two.
 */
import { resolveWindow } from '../config/load.js';
import { decideVerdict } from '../core/gate.js';
import { summarizeMetrics } from '../core/judge/service.js';
import { assembleReport } from '../core/report.js';
import { totalRequests } from '../core/series.js';
import {
  serviceId,
  type CollectedMetrics,
  type CollectRequest,
  type MetricsSource,
  type Report,
} from '../core/types.js';
import type { KubeConnection } from '../k8s/connection.js';
import type { MeshInventory } from '../mesh/discover.js';
import { describeFinding } from '../render/finding-words.js';
import type { RunContext } from './pipeline.js';
import { checkOutputsWritable, displayUrl, preflightScan } from './preflight.js';
import { plannedDeployTime, readReference } from './reference.js';
import { withRollouts } from './rollouts.js';

interface Environment {
  source: MetricsSource;
  connection: KubeConnection | null;
  inventory: MeshInventory | null;
}

/** What the pipeline lends this mode: its environment and how it reads a window. */
export interface PipelineSteps {
  prepare: (ctx: RunContext, faultFrom?: number) => Promise<Environment>;
  collectWindow: (
    ctx: RunContext,
    env: Environment,
    durationMs: number,
    stepMs: number,
    services: CollectRequest['services'],
    purpose: 'learn' | 'scan',
  ) => Promise<CollectedMetrics>;
}

/** Judges the rollouts in one collected window (and the one before the deploy) against themselves. Pure. */
export function analyseVersions(
  collected: CollectedMetrics,
  config: RunContext['config'],
  extra: {
    cluster?: Report['cluster'];
    now: number;
    notes?: string[];
    reference?: { collected: CollectedMetrics; window: { from: number; to: number } } | null;
  },
): Report {
  const inRollout = new Set((collected.versions ?? []).map((v) => serviceId(v.service)));
  const services = collected.services
    .filter((series) => inRollout.has(serviceId(series.service)))
    .map((series) => ({
      key: series.service,
      verdict: {
        status: 'ok' as const,
        requests: totalRequests(series),
        findings: [],
        metrics: summarizeMetrics(series, null),
      },
    }));
  const rolled = withRollouts(collected, extra.reference?.collected ?? null, services, config);
  const judged = rolled.services.filter((s) =>
    rolled.rollouts.some((r) => r.namespace === s.key.namespace && r.service === s.key.name),
  );
  const notes = [
    "compared versions only (--compare-versions): no baseline was read, so each rollout's new version is judged against its old one alone",
    ...(rolled.rollouts.length === 0
      ? [
          "no service ran two versions in the window: nothing to compare (a rollout shows as two values of the mesh's version label; give --new-version to name one)",
        ]
      : []),
    ...collected.notes,
    ...(extra.notes ?? []),
  ];
  const decision = decideVerdict(
    {
      findings: judged.flatMap((s) => s.verdict.findings),
      statuses: judged.map((s) => s.verdict.status),
      partial: collected.partial,
      youngRollouts: rolled.young,
    },
    config.gate,
  );
  const report = assembleReport({
    window: { from: collected.from, to: collected.to },
    reference: extra.reference?.window ?? null,
    source: collected.source,
    ...(collected.mesh ? { mesh: collected.mesh } : {}),
    cluster: extra.cluster ?? null,
    partial: collected.partial,
    baseline: null,
    services: judged,
    decision,
    policy: config.gate,
    notes,
    now: extra.now,
    describe: describeFinding,
  });
  return rolled.rollouts.length > 0 ? { ...report, rollouts: rolled.rollouts } : report;
}

/** The scan with no baseline: collect the window (and the one before the deploy), judge the rollouts. */
export async function runVersionComparison(ctx: RunContext, steps: PipelineSteps): Promise<Report> {
  const { config } = ctx;
  const duration = Math.max(config.scanDurationMs, 2 * config.stepMs);
  // A bad --from/--to fails here, before the cluster or Prometheus is asked anything.
  const planned = resolveWindow(
    { from: ctx.window?.from, to: ctx.window?.to, durationMs: duration },
    ctx.now(),
  );
  checkOutputsWritable(ctx.outputs ?? []);
  const deployedAt = plannedDeployTime(
    config,
    ctx.window,
    ctx.deployedAt,
    duration,
    config.stepMs,
    ctx.now(),
  );
  const env = await steps.prepare(ctx, deployedAt ?? undefined);
  await preflightScan({
    source: env.source,
    inventory: env.inventory,
    baseline: null,
    baselinePath: config.baselinePath,
    namespaces: config.namespaces,
    window: planned,
    sourceUrl: displayUrl(config.prometheus.url),
    signal: ctx.signal,
  });
  const collected = await steps.collectWindow(
    ctx,
    env,
    duration,
    config.stepMs,
    env.inventory?.services,
    'scan',
  );
  const notes: string[] = [];
  let reference: { collected: CollectedMetrics; window: { from: number; to: number } } | null = null;
  if (deployedAt !== null) {
    const read = await readReference(
      env.source,
      deployedAt,
      config,
      collected.stepMs,
      env.inventory?.services,
      ctx.signal,
    );
    if (read.collected) reference = read;
    else notes.push(read.note);
  }
  return analyseVersions(collected, config, {
    cluster: env.connection?.identity ?? null,
    now: ctx.now(),
    notes,
    reference,
  });
}
