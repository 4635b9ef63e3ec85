/**
 * The caller's view in the judge: each edge a service's baseline learned (its busiest callers, the others folded)
 * is judged like a service — the same rules, models and counts, the same deploy-aware onset — and what its
 * callers see that its own proxy does not (a network delay, its callers' retries and overflows) becomes a finding
 * on the service, saying which callers see it. Traffic is the service's own view's business: an edge's traffic is
 * its caller's doing. Pure.
 */
import type { Baseline, EdgeBaseline } from '../baseline.js';
import { callerEdgesByCallee, edgesAsLearned, type CallerEdge } from '../edges.js';
import type { Config } from '../settings.js';
import {
  serviceId,
  type CollectedMetrics,
  type JudgedFinding,
  type ServiceKey,
  type ServiceSeries,
} from '../types.js';
import { markOnsets } from './onset.js';
import { detectServiceAnomalies, type ServiceVerdict } from './service.js';
import { bySeverity } from './severity.js';

/** An edge is judged under a key of its own (never shown): the callee's namespace, its name and the caller's. */
const SEPARATOR = '\u0000';
function edgeKey(edge: { callee: ServiceKey; caller: string }): ServiceKey {
  return { namespace: edge.callee.namespace, name: `${edge.callee.name}${SEPARATOR}${edge.caller}` };
}
function fromEdgeKey(key: ServiceKey): { callee: ServiceKey; caller: string } {
  const at = key.name.indexOf(SEPARATOR);
  return {
    callee: { namespace: key.namespace, name: key.name.slice(0, at) },
    caller: key.name.slice(at + 1),
  };
}

/** The finding types an edge can have: not traffic (its caller's doing), and never a silence. */
function aboutTheCallee(finding: JudgedFinding): boolean {
  return (
    finding.type !== 'traffic_spike' && finding.type !== 'traffic_drop' && finding.reason.kind !== 'went-dark'
  );
}

/** The learned edges by callee id, then caller. */
function learnedEdges(baseline: Baseline): Map<string, Map<string, EdgeBaseline>> {
  const out = new Map<string, Map<string, EdgeBaseline>>();
  for (const edge of baseline.edges ?? []) {
    const id = serviceId(edge);
    let byCaller = out.get(id);
    if (!byCaller) out.set(id, (byCaller = new Map()));
    byCaller.set(edge.caller, edge);
  }
  return out;
}

/** A collection's edges as the baseline learned them, each under its own key. */
function edgeSeriesAsLearned(
  collected: CollectedMetrics,
  learned: Map<string, Map<string, EdgeBaseline>>,
): CallerEdge[] {
  const out: CallerEdge[] = [];
  for (const [calleeId, byCaller] of callerEdgesByCallee(collected.edges ?? [])) {
    const edges = learned.get(calleeId);
    if (!edges) continue;
    const callee = byCaller.values().next().value![0].callee;
    out.push(...edgesAsLearned(callee, byCaller, new Set(edges.keys())));
  }
  return out;
}

/**
 * What each service's callers see of it that its baseline's edges did not: per callee id, the findings of its
 * edges (the most severe per type and caller first), each naming the caller whose proxy saw it
 * (`Finding.caller`), each new or pre-existing by the reference window's own edges.
 */
export function judgeCallerView(
  collected: CollectedMetrics,
  baseline: Baseline,
  config: Config,
  windowSteps: number,
  reference?: CollectedMetrics | null,
): Map<string, JudgedFinding[]> {
  const learned = learnedEdges(baseline);
  const out = new Map<string, JudgedFinding[]>();
  if (learned.size === 0 || !collected.edges) return out;
  const baselines = new Map<string, EdgeBaseline>();
  const asSeries = (edge: CallerEdge): ServiceSeries => ({ ...edge.series, service: edgeKey(edge) });
  const judged: Array<{ key: ServiceKey; verdict: ServiceVerdict }> = [];
  for (const edge of edgeSeriesAsLearned(collected, learned)) {
    const key = edgeKey(edge);
    const edgeBaseline = learned.get(serviceId(edge.callee))!.get(edge.caller)!;
    baselines.set(serviceId(key), edgeBaseline);
    const verdict = detectServiceAnomalies(
      asSeries(edge),
      edgeBaseline,
      config,
      collected.stepMs,
      windowSteps,
      collected.from,
    );
    const findings = verdict.findings.filter(aboutTheCallee);
    if (findings.length > 0) judged.push({ key, verdict: { ...verdict, findings } });
  }
  if (judged.length === 0) return out;
  const marked =
    reference?.edges !== undefined
      ? markOnsets(
          judged,
          { ...reference, services: edgeSeriesAsLearned(reference, learned).map(asSeries) },
          baselines,
          config,
          windowSteps,
        ).services
      : judged;
  for (const { key, verdict } of marked) {
    const { callee, caller } = fromEdgeKey(key);
    const id = serviceId(callee);
    const findings = verdict.findings.map((f) => ({ ...f, service: callee.name, caller }));
    out.set(id, [...(out.get(id) ?? []), ...findings].sort(bySeverity));
  }
  return out;
}

/**
 * A service's verdict with what its callers see: a finding of a type its own view did not find is added — the
 * most severe of its edges' — naming the caller; a type its own view found already stands for the callers too.
 */
export function withCallerFindings(
  verdict: ServiceVerdict,
  seen: readonly JudgedFinding[] | undefined,
): ServiceVerdict {
  if (!seen || seen.length === 0) return verdict;
  const own = new Set(verdict.findings.map((f) => f.type));
  const added: JudgedFinding[] = [];
  for (const finding of seen) {
    if (own.has(finding.type) || added.some((f) => f.type === finding.type)) continue;
    added.push({ ...finding, ownObserved: verdict.metrics[finding.metric]?.observed ?? null });
  }
  if (added.length === 0) return verdict;
  return { ...verdict, status: 'anomalous', findings: [...verdict.findings, ...added].sort(bySeverity) };
}
