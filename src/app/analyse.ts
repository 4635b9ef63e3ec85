/**
 * One scan judged whole, pure, and shared by the CLI, the Action and the benchmark: every service against its
 * baseline (the half hour before the deploy adding what it knows, core/judge/recent.ts), services the baseline
 * knows but the window lacks as zero traffic, onsets from the reference window, the gate's verdict, the report.
 */
import type { Baseline } from '../baseline/store.js';
import type { Config } from '../config/load.js';
import { decideVerdict } from '../core/gate.js';
import { markOnsets } from '../core/judge/onset.js';
import { judgeCallerView, withCallerFindings } from '../core/judge/edges.js';
import { edgesByCallee, withCallerSignals } from '../core/edges.js';
import { newServicesFromReference, withRecentEvidence } from '../core/judge/recent.js';
import type { ServiceBaseline } from '../core/baseline.js';
import { detectServiceAnomalies, judgeNewService, type ServiceVerdict } from '../core/judge/service.js';
import { learnedFromReference } from '../core/judge/context.js';
import { withOrigins } from '../core/origin-report.js';
import { assembleReport } from '../core/report.js';
import { metricArrays } from '../core/series.js';
import {
  serviceId,
  type ClusterIdentity,
  type CollectedMetrics,
  type Report,
  type ServiceKey,
  type ServiceSeries,
} from '../core/types.js';
import { callersThroughDiscovery } from '../mesh/call-graph.js';
import type { MeshInventory } from '../mesh/discover.js';
import { describeFinding } from '../render/finding-words.js';
import { withRollouts } from './rollouts.js';

function emptySeries(key: ServiceKey, steps: number): ServiceSeries {
  return {
    service: key,
    requests: new Array<number>(steps).fill(0),
    // Zero traffic, and no value for anything measured per request.
    values: metricArrays((metric) =>
      new Array<number | null>(steps).fill(metric === 'requestRate' ? 0 : null),
    ),
    unavailable: [],
  };
}

/**
 * Each service's series with the signals only its callers see (retries, overflows) from its callers' view of it
 * (core/edges.ts): what it was learned with.
 */
function withCallersSeen(collected: CollectedMetrics): CollectedMetrics {
  if (!collected.edges || collected.edges.length === 0) return collected;
  const callers = edgesByCallee(collected.edges.filter((edge) => edge.side === 'client'));
  return {
    ...collected,
    services: collected.services.map((series) =>
      withCallerSignals(series, callers.get(serviceId(series.service)) ?? []),
    ),
  };
}

/**
 * Every service of the window against its baseline (with the reference window's evidence); then those the baseline
 * knows but the window lacks: missing when discovery no longer finds them, else judged as zero traffic.
 */
function judgeServices(
  collected: CollectedMetrics,
  baseline: Baseline,
  config: Config,
  judged: {
    baselines: ReadonlyMap<string, ServiceBaseline>;
    /** Services not in the baseline, as the half hour before the deploy saw them (judge/recent.ts). */
    newSince: ReadonlyMap<string, ServiceBaseline>;
    /** Services in it whose latency the half hour before the deploy judges (no traffic when it was learned). */
    fromReference: ReadonlySet<string>;
    windowSteps: number;
    inventory?: MeshInventory | null;
  },
): Array<{ key: ServiceKey; verdict: ServiceVerdict }> {
  const { windowSteps } = judged;
  const inScope = (ns: string) => config.namespaces.length === 0 || config.namespaces.includes(ns);
  const results: Array<{ key: ServiceKey; verdict: ServiceVerdict }> = [];
  const seen = new Set<string>();
  const steps = Math.floor((collected.to - collected.from) / collected.stepMs);
  const live = judged.inventory ? new Set(judged.inventory.services.map((s) => serviceId(s))) : null;
  for (const series of collected.services) {
    const id = serviceId(series.service);
    seen.add(id);
    const known = judged.baselines.get(id);
    const fromReference = judged.fromReference.has(id);
    let verdict = known
      ? detectServiceAnomalies(
          series,
          known,
          config,
          collected.stepMs,
          windowSteps,
          collected.from,
          fromReference,
        )
      : judgeNewService(series, judged.newSince.get(id) ?? null, config, collected.stepMs, collected.from);
    if (fromReference) verdict = { ...verdict, findings: verdict.findings.map(learnedFromReference) };
    results.push({
      key: series.service,
      verdict: series.layer ? { ...verdict, layer: series.layer } : verdict,
    });
  }
  for (const known of baseline.services) {
    const id = serviceId(known);
    if (seen.has(id) || !inScope(known.namespace)) continue;
    const key = { namespace: known.namespace, name: known.name };
    if (live && !live.has(id)) {
      results.push({
        key,
        verdict: {
          status: 'missing',
          requests: 0,
          findings: [],
          metrics: {},
          reason: 'in the baseline but no longer in the cluster',
        },
      });
    } else {
      // In the cluster (or no cluster to ask) but silent in the metrics: judged as zero traffic.
      results.push({
        key,
        verdict: detectServiceAnomalies(
          emptySeries(key, steps),
          judged.baselines.get(id) ?? known,
          config,
          collected.stepMs,
          windowSteps,
          collected.from,
        ),
      });
    }
  }
  return results;
}

/** Judge collected metrics against a baseline: pure, and shared with the benchmark. */
// eslint-disable-next-line max-lines-per-function -- the scan's stages in the order its data flows, one call each
export function analyseScan(
  scanned: CollectedMetrics,
  baseline: Baseline,
  config: Config,
  extra: {
    inventory?: MeshInventory | null;
    cluster?: ClusterIdentity | null;
    baselinePath: string;
    now: number;
    notes?: string[];
    /** The window right before the deploy: findings it already had are pre-existing. */
    reference?: { collected: CollectedMetrics; window: { from: number; to: number } } | null;
  },
): Report {
  const collected = withCallersSeen(scanned);
  const referenceCollected = extra.reference ? withCallersSeen(extra.reference.collected) : null;
  const windowSteps = Math.round(baseline.featureWindowMs / baseline.stepMs);
  const byId = new Map(baseline.services.map((s) => [serviceId(s), s]));
  const recent = withRecentEvidence(byId, referenceCollected ?? undefined, config);
  const newSince = newServicesFromReference(byId, referenceCollected ?? undefined, config);
  const results = judgeServices(collected, baseline, config, {
    baselines: recent.baselines,
    newSince: newSince.services,
    fromReference: recent.fromReference,
    windowSteps,
    inventory: extra.inventory,
  });
  const onsets = referenceCollected
    ? markOnsets(results, referenceCollected, byId, config, windowSteps)
    : { services: results, notes: [] };
  // What each service's callers see that its own proxy does not: the network, their retries and overflows.
  const seenByCallers = judgeCallerView(
    collected,
    { ...baseline, edges: [...(baseline.edges ?? []), ...newSince.edges] },
    config,
    windowSteps,
    referenceCollected,
  );
  for (const id of newSince.services.keys()) {
    const seen = seenByCallers.get(id);
    if (seen) seenByCallers.set(id, seen.map(learnedFromReference));
  }
  const edges =
    collected.edges && extra.inventory
      ? callersThroughDiscovery(collected.edges, extra.inventory)
      : collected.edges;
  // During a rollout, the new version against the old in the same minutes (beside the baseline, not instead).
  const rolled = withRollouts(
    collected,
    referenceCollected,
    onsets.services.map(({ key, verdict }) => {
      const withCallers = withCallerFindings(verdict, seenByCallers.get(serviceId(key)));
      return {
        key,
        verdict: {
          ...withCallers,
          findings: withCallers.findings.map((f) => ({ ...f, onset: f.onset ?? 'new' })),
        },
      };
    }),
    config,
    edges,
    byId,
  );
  const judged = rolled.services;
  const findings = judged.flatMap((r) => r.verdict.findings);
  const decision = decideVerdict(
    {
      findings,
      statuses: judged.map((r) => r.verdict.status),
      partial: collected.partial,
      youngRollouts: rolled.young,
    },
    config.gate,
  );
  const assembled = assembleReport({
    window: { from: collected.from, to: collected.to },
    reference: extra.reference?.window ?? null,
    source: collected.source,
    ...(collected.mesh ? { mesh: collected.mesh } : {}),
    cluster: extra.cluster ?? null,
    partial: collected.partial,
    baseline: { path: extra.baselinePath, value: baseline },
    services: judged,
    decision,
    policy: config.gate,
    notes: [...collected.notes, ...(extra.notes ?? []), ...onsets.notes, ...recent.notes],
    now: extra.now,
    describe: describeFinding,
    series: {
      scan: collected,
      reference: referenceCollected,
      deployedAt: extra.reference?.window.to ?? null,
    },
  });
  const report = rolled.rollouts.length > 0 ? { ...assembled, rollouts: rolled.rollouts } : assembled;
  if (!config.report.origins) return report;
  return withOrigins(report, { ...collected, edges });
}
