/**
 * The caller's view in the judge: each edge a service's baseline learned (its busiest callers, the others folded)
 * is judged like a service — the same rules, models and counts, the same deploy-aware onset — and what its
 * callers see that its own proxy does not (a network delay, its callers' retries and overflows) becomes a finding
 * on the service, saying which callers see it. Traffic is the service's own view's business: an edge's traffic is
 * its caller's doing. Pure.
 */
import type { Baseline, EdgeBaseline } from '../baseline.js';
import { callerEdgesByCallee, edgesAsLearned, OWN_CALLS, type CallerEdge } from '../edges.js';
import type { Config } from '../settings.js';
import {
  serviceId,
  severityRank,
  type CollectedMetrics,
  type JudgedFinding,
  type ServiceKey,
  type ServiceSeries,
} from '../types.js';
import { markOnsets } from './onset.js';
import { detectServiceAnomalies, type ServiceVerdict } from './service.js';
import { bySeverity } from './severity.js';
import { callersGapFinding } from './callers-gap.js';
import { sustained } from './sustained.js';

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
  const edges = edgeSeriesAsLearned(collected, learned);
  const ownSeries = new Map(collected.services.map((s) => [serviceId(s.service), s]));
  for (const edge of edges) {
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
    let findings = verdict.findings.filter(aboutTheCallee);
    // What its callers see that its own proxy does not, against the gap between the two learned on this edge.
    const gap = callersGapFinding(asSeries(edge), ownSeries.get(serviceId(edge.callee)), edgeBaseline);
    if (gap) {
      const lasted: JudgedFinding = sustained(gap, edge.series)
        ? gap
        : { ...gap, severity: 'low', sustained: false as const };
      findings = withCallersGap(findings, { ...lasted, namespace: key.namespace, service: key.name });
    }
    if (findings.length > 0)
      judged.push({ key, verdict: { ...verdict, findings: findings.sort(bySeverity) } });
  }
  if (judged.length === 0) return out;
  const referenceEdges = reference?.edges !== undefined ? edgeSeriesAsLearned(reference, learned) : null;
  const marked =
    reference && referenceEdges
      ? gapOnsets(
          markOnsets(
            judged,
            { ...reference, services: referenceEdges.map(asSeries) },
            baselines,
            config,
            windowSteps,
          ).services,
          reference,
          referenceEdges,
          baselines,
        )
      : judged;
  const seen = marked.map(({ key, verdict }) => ({ ...fromEdgeKey(key), findings: verdict.findings }));
  for (const { callee, caller, findings } of oneCallerAlone(callersOwnNetwork(seen, edges), edges)) {
    const id = serviceId(callee);
    const named = findings.map((f) => ({ ...f, namespace: callee.namespace, service: callee.name, caller }));
    out.set(id, [...(out.get(id) ?? []), ...named].sort(bySeverity));
  }
  return out;
}

/**
 * A gap between the proxies is there before the deploy only if the reference window had the gap itself: an edge
 * slow there because the callee was (its own proxy as slow) says nothing about time lost between them.
 */
function gapOnsets(
  judged: Array<{ key: ServiceKey; verdict: ServiceVerdict }>,
  reference: CollectedMetrics,
  referenceEdges: CallerEdge[],
  baselines: Map<string, EdgeBaseline>,
): Array<{ key: ServiceKey; verdict: ServiceVerdict }> {
  const own = new Map(reference.services.map((s) => [serviceId(s.service), s]));
  const before = new Map(referenceEdges.map((e) => [serviceId(edgeKey(e)), e]));
  return judged.map(({ key, verdict }) => {
    if (!verdict.findings.some((f) => f.reason.kind === 'callers-gap')) return { key, verdict };
    const edge = before.get(serviceId(key));
    const baseline = baselines.get(serviceId(key));
    const already =
      edge !== undefined &&
      baseline !== undefined &&
      callersGapFinding(edge.series, own.get(serviceId(edge.callee)), baseline) !== null;
    const findings = verdict.findings.map((f) =>
      f.reason.kind === 'callers-gap'
        ? { ...f, onset: already ? ('pre-existing' as const) : ('new' as const) }
        : f,
    );
    return { key, verdict: { ...verdict, findings } };
  });
}

/**
 * An edge's findings with its callers-gap finding: kept unless a latency finding of the edge already says as much
 * (medium or above, as severe or more); one it outranks (a blend of signals judged together, capped at medium)
 * gives way to it.
 */
export function withCallersGap(findings: JudgedFinding[], gap: JudgedFinding): JudgedFinding[] {
  const latency = findings.filter((f) => f.type === 'latency' && f.severity !== 'low');
  if (latency.some((f) => severityRank(f.severity) >= severityRank(gap.severity))) return findings;
  return [...findings.filter((f) => !latency.includes(f)), gap];
}

/** Callers of a service that must see nothing for one caller's view of it to be that caller's alone. */
const OTHER_CALLERS_SEEING_NOTHING = 2;

/**
 * What one caller alone sees of a service that several others call and see as usual is that caller's side — its
 * pod, its network to the service, a blip — not the service's: reported, at severity low (gating only with
 * failOn low).
 */
function oneCallerAlone(
  seen: Array<{ callee: ServiceKey; caller: string; findings: JudgedFinding[] }>,
  judged: readonly CallerEdge[],
): typeof seen {
  const callers = new Map<string, number>();
  for (const edge of judged)
    callers.set(serviceId(edge.callee), (callers.get(serviceId(edge.callee)) ?? 0) + 1);
  // Callers seeing each (service, finding type), counted once: a wide incident has thousands of edges.
  const seers = new Map<string, number>();
  for (const e of seen) {
    if (e.caller === OWN_CALLS) continue;
    for (const type of new Set(e.findings.map((f) => f.type))) {
      const k = `${serviceId(e.callee)}\n${type}`;
      seers.set(k, (seers.get(k) ?? 0) + 1);
    }
  }
  const seeing = (callee: ServiceKey, type: JudgedFinding['type']) =>
    seers.get(`${serviceId(callee)}\n${type}`) ?? 0;
  return seen.map((edge) => {
    if (edge.caller === OWN_CALLS) return edge;
    const others = (callers.get(serviceId(edge.callee)) ?? 0) - 1;
    const findings = edge.findings.map((f) =>
      others >= OTHER_CALLERS_SEEING_NOTHING && seeing(edge.callee, f.type) === 1
        ? { ...f, severity: 'low' as const }
        : f,
    );
    return { ...edge, findings };
  });
}

/** A caller this many of whose callees, or more, look slow to it alone is slow itself. */
const OWN_SIDE_CALLEES = 2;

/**
 * Where a slowdown that only a caller sees belongs. A callee whose callers all see it slower is the origin, not
 * its callers; but a caller to whom several callees look slower — each of them normal to its other callers — is
 * slow on its own side (its pod's network delays what it sends as much as what it answers), and the finding is
 * its, not theirs.
 */
function callersOwnNetwork(
  seen: Array<{ callee: ServiceKey; caller: string; findings: JudgedFinding[] }>,
  judged: readonly CallerEdge[],
): Array<{ callee: ServiceKey; caller: string; findings: JudgedFinding[] }> {
  const slow = (edge: { findings: JudgedFinding[] }) => edge.findings.some((f) => f.type === 'latency');
  const slowTo = new Map<string, typeof seen>();
  for (const edge of seen) {
    if (!slow(edge)) continue;
    slowTo.set(edge.caller, [...(slowTo.get(edge.caller) ?? []), edge]);
  }
  const calls = new Map<string, number>();
  for (const edge of judged) calls.set(edge.caller, (calls.get(edge.caller) ?? 0) + 1);
  const slowCallers = new Map<string, Set<string>>();
  for (const e of seen) {
    if (!slow(e)) continue;
    const id = serviceId(e.callee);
    if (!slowCallers.has(id)) slowCallers.set(id, new Set());
    slowCallers.get(id)!.add(e.caller);
  }
  const slowFromOthers = (callee: ServiceKey, caller: string) => {
    const callers = slowCallers.get(serviceId(callee));
    return callers !== undefined && (callers.size > 1 || (callers.size === 1 && !callers.has(caller)));
  };
  const moved = new Set<(typeof seen)[number]>();
  const own: typeof seen = [];
  for (const [caller, edges] of slowTo) {
    const [namespace, name] = caller.split('/');
    if (name === undefined || edges.length < OWN_SIDE_CALLEES) continue;
    if (edges.length * 3 < 2 * (calls.get(caller) ?? 0)) continue;
    if (edges.some((edge) => slowFromOthers(edge.callee, caller))) continue;
    const latency = edges
      .flatMap((edge) => edge.findings.filter((f) => f.type === 'latency'))
      .sort(bySeverity);
    for (const edge of edges) moved.add(edge);
    own.push({ callee: { namespace, name }, caller: OWN_CALLS, findings: [latency[0]] });
  }
  const kept = seen.map((edge) =>
    moved.has(edge) ? { ...edge, findings: edge.findings.filter((f) => f.type !== 'latency') } : edge,
  );
  return [...kept.filter((edge) => edge.findings.length > 0), ...own];
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
  // A service the baseline does not know stays reported as such, whatever its callers see.
  const status = verdict.status === 'new' ? 'new' : 'anomalous';
  return { ...verdict, status, findings: [...verdict.findings, ...added].sort(bySeverity) };
}
