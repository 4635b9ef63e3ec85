/**
 * A scan's rollouts applied to its per-service verdicts: each service that ran two versions gets the new
 * version's regressions as findings (new, or pre-existing when the window before the deploy already had both
 * versions and the same regression), its baseline findings that both versions share marked as such, and a
 * rollout entry for the report. Services without a rollout are untouched. Pure.
 */
import type { ServiceBaseline } from '../baseline.js';
import type { ReportRollout } from '../rollout-types.js';
import { signalKind } from '../origin.js';
import { serviceId, type CollectedMetrics, type EdgeSeries, type ServiceKey } from '../types.js';
import {
  judgeRollout,
  markBothVersions,
  mergeRolloutFindings,
  mergeVersions,
  pairRollouts,
  rolloutChart,
  type RolloutChoice,
  type RolloutDispersion,
  type RolloutJudgement,
  type RolloutPair,
} from './rollout.js';
import type { ServiceVerdict } from './service.js';

export type RolloutEntry = Omit<ReportRollout, 'reason'>;

export interface RolloutOutcome {
  services: Array<{ key: ServiceKey; verdict: ServiceVerdict }>;
  rollouts: RolloutEntry[];
}

/** The same two sides in the reference window, where it had both (a canary older than the deploy time given). */
function referencePair(pair: RolloutPair, reference: CollectedMetrics | null): RolloutPair | null {
  const id = serviceId(pair.service);
  const versions = (reference?.versions ?? []).filter((s) => serviceId(s.service) === id);
  const newer = versions.find((s) => s.version === pair.newer.version);
  const older = versions.filter((s) => pair.olderVersions.includes(s.version));
  if (!newer || older.length === 0) return null;
  return { ...pair, newer, older: mergeVersions(older) };
}

/** A rollout judged, as the report lists it (words are added by the caller). */
export function rolloutEntry(
  judgement: RolloutJudgement,
  shared: RolloutEntry['shared'],
  scan: { from: number; stepMs: number },
): RolloutEntry {
  const { pair } = judgement;
  const total = judgement.newRequests + judgement.oldRequests;
  const part = (n: number) => (total > 0 ? Math.round((n / total) * 10_000) / 10_000 : 0);
  return {
    namespace: pair.service.namespace,
    service: pair.service.name,
    new: {
      version: pair.newer.version,
      requests: Math.round(judgement.newRequests),
      share: part(judgement.newRequests),
    },
    old: {
      version: pair.olderVersions[0],
      versions: pair.olderVersions,
      requests: Math.round(judgement.oldRequests),
      share: part(judgement.oldRequests),
    },
    basis: pair.basis,
    verdict: judgement.verdict,
    minRequests: judgement.minRequests,
    signals: judgement.comparisons,
    shared,
    chart: rolloutChart(judgement, scan),
  };
}

/** The learned over-dispersion of each signal a rollout compares, from the service's baseline (none: 1). */
function learnedDispersion(baseline: ServiceBaseline | null | undefined): RolloutDispersion {
  if (!baseline) return {};
  return {
    errors: baseline.events?.errorRatio?.dispersion,
    timeouts: baseline.events?.timeoutRatio?.dispersion,
    latencyP50: baseline.slowMedian?.dispersion,
    latencyP99: baseline.slowTail?.dispersion,
    // The callers wait on the same bunched slow requests (a pause slows a pod's requests at once).
    callersLatencyP50: baseline.slowMedian?.dispersion,
    callersLatencyP99: baseline.slowTail?.dispersion,
  };
}

export function applyRollouts(
  scan: CollectedMetrics,
  reference: CollectedMetrics | null,
  services: Array<{ key: ServiceKey; verdict: ServiceVerdict }>,
  options: {
    choice: RolloutChoice;
    minRequests: number;
    /** Each service's baseline, for how much its events bunch together (none without a baseline). */
    baselineOf?: (key: ServiceKey) => ServiceBaseline | null | undefined;
  },
): RolloutOutcome {
  const pairs = pairRollouts(scan, reference, options.choice);
  if (pairs.length === 0) return { services, rollouts: [] };
  const byId = new Map(pairs.map((pair) => [serviceId(pair.service), pair]));
  const bucketed = new Set(scan.services.filter((s) => s.latencyBuckets).map((s) => serviceId(s.service)));
  const rollouts: RolloutEntry[] = [];
  const judged = services.map(({ key, verdict }) => {
    const pair = byId.get(serviceId(key));
    if (!pair) return { key, verdict };
    const dispersion = learnedDispersion(options.baselineOf?.(key));
    const judgement = judgeRollout(pair, options.minRequests, dispersion);
    const before = referencePair(pair, reference);
    const worseBefore = new Set(
      before
        ? judgeRollout(before, options.minRequests, dispersion)
            .comparisons.filter((c) => c.verdict === 'worse' && c.sustained !== false)
            .map((c) => c.signal)
        : [],
    );
    const marked = markBothVersions(verdict.findings, judgement, bucketed.has(serviceId(key)));
    const versionFindings = judgement.findings.map((f) => ({
      ...f,
      onset:
        f.reason.kind === 'version-regression' && worseBefore.has(f.reason.signal)
          ? ('pre-existing' as const)
          : ('new' as const),
    }));
    rollouts.push(rolloutEntry(judgement, marked.shared, scan));
    const findings = mergeRolloutFindings(marked.findings, versionFindings);
    const status = verdict.status === 'ok' && findings.length > 0 ? 'anomalous' : verdict.status;
    return { key, verdict: { ...verdict, status, findings } };
  });
  rollouts.sort((a, b) => `${a.namespace}/${a.service}`.localeCompare(`${b.namespace}/${b.service}`));
  return { services: judged, rollouts };
}

/**
 * The findings that follow, on the call graph, a deviation both versions of a rolled-out service share: a caller
 * waiting on (or failing with) a service whose old and new versions both slowed (or failed) is no more the deploy's
 * doing than that service. Every service that calls it, directly or through others, with a finding of the same
 * kind (latency, errors) is marked `moved: both` with the service it follows; never gating. Upstream reach rather
 * than origin.ts's per-edge evidence: a slowdown deep in the graph reaches callers through services whose own
 * deviation the edge evidence cannot carry, and those would fail the gate for a cause that is not the deploy.
 */
export function markFollowersOfShared(
  services: Array<{ key: ServiceKey; verdict: ServiceVerdict }>,
  edges: EdgeSeries[] | undefined,
): Array<{ key: ServiceKey; verdict: ServiceVerdict }> {
  if (!edges || edges.length === 0) return services;
  const roots = services.flatMap(({ key, verdict }) =>
    verdict.findings
      .filter((f) => f.rollout?.moved === 'both' && !f.rollout.follows && signalKind(f.type) !== 'traffic')
      .map((f) => ({ id: serviceId(key), kind: signalKind(f.type), rollout: f.rollout! })),
  );
  if (roots.length === 0) return services;
  const callersOf = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!edge.caller || !edge.requests.some((n) => n > 0)) continue;
    const callee = serviceId(edge.callee);
    const set = callersOf.get(callee) ?? new Set<string>();
    set.add(serviceId(edge.caller));
    callersOf.set(callee, set);
  }
  const upstream = (id: string): Set<string> => {
    const seen = new Set<string>();
    const queue = [id];
    for (let head = 0; head < queue.length; head++)
      for (const caller of callersOf.get(queue[head]) ?? [])
        if (!seen.has(caller) && caller !== id) {
          seen.add(caller);
          queue.push(caller);
        }
    return seen;
  };
  const reach = roots.map((root) => ({ ...root, callers: upstream(root.id) }));
  return services.map(({ key, verdict }) => {
    const id = serviceId(key);
    let changed = false;
    const findings = verdict.findings.map((f) => {
      if (f.rollout) return f;
      const root = reach.find((r) => r.kind === signalKind(f.type) && r.callers.has(id));
      if (!root) return f;
      changed = true;
      return { ...f, rollout: { ...root.rollout, follows: root.id } };
    });
    return changed ? { key, verdict: { ...verdict, findings } } : { key, verdict };
  });
}
