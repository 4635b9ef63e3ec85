/**
 * Where a regression started: among the anomalous services, tell origins from symptoms on the call graph.
 * A caller whose deviation is carried by the edge to an anomalous callee (same kind of signal, the callee's
 * trouble starting no later) is a symptom; a service anomalous on its own with healthy callees is an origin;
 * a caller slow on an edge whose callee answers normally points at the network between them. Pure: findings,
 * service summaries, series and edges in; ranked origins with structured evidence out (render/ words them).
 */
import { aggregateMetric } from './series.js';
import {
  serviceId,
  severityRank,
  type AnomalyType,
  type EdgeSeries,
  type Finding,
  type MetricName,
  type MetricSummary,
  type OriginEvidence,
  type ReportOrigin,
  type ServiceKey,
  type ServiceSeries,
} from './types.js';
import { roundTo } from './numbers.js';

const round = (x: number) => roundTo(x, 3);

/** The kind of signal a finding is about: what can travel along a call, and which way. */
export type SignalKind = 'errors' | 'latency' | 'traffic';

export function signalKind(type: AnomalyType): SignalKind {
  if (type === 'latency') return 'latency';
  if (type === 'traffic_spike' || type === 'traffic_drop') return 'traffic';
  return 'errors'; // error_rate, timeout, circuit_breaker, retry_storm: failures answered or retried
}

export interface OriginServiceInput {
  key: ServiceKey;
  requests: number;
  metrics: Partial<Record<MetricName, MetricSummary>>;
  series?: ServiceSeries;
}

export interface OriginInput {
  findings: Finding[];
  services: OriginServiceInput[];
  edges: EdgeSeries[];
  windowMs: number;
  stepMs: number;
}

export interface OriginAnalysis {
  /** Best first. */
  origins: ReportOrigin[];
  /** Finding index → the origin id ("ns/svc", or "ns/caller->ns/callee" for a network edge) it follows. */
  symptomOf: Map<number, string>;
}

/** A caller's excess must be carried at least this much by the edge to count as explained by it. */
const EDGE_SHARE = 0.3;
/** A callee's trouble may start up to this many steps after its caller's and still explain it (smoothing). */
const ONSET_SLACK_STEPS = 1;
/** A client-side edge latency this far above the callee's own (and at least NETWORK_MIN_MS) is the network. */
const NETWORK_GAP_FACTOR = 0.5;
const NETWORK_MIN_MS = 5;

interface EdgeView {
  caller: ServiceKey | null;
  callee: ServiceKey;
  requests: number;
  /** Requests seen by the client side (source reporter) alone. */
  clientRequests: number;
  errors: number;
  /** Request-weighted mean of the per-step p99 (ms) from the client side; null without requests. */
  clientP99: number | null;
  serverP99: number | null;
}

function weightedMean(requests: number[], values: Array<number | null>): number | null {
  let sum = 0;
  let weight = 0;
  values.forEach((v, i) => {
    const w = requests[i] ?? 0;
    if (v === null || !Number.isFinite(v) || w <= 0) return;
    sum += v * w;
    weight += w;
  });
  return weight > 0 ? sum / weight : null;
}

/** One view per caller → callee pair: both reporters merged, the client side preferred for what callers see. */
function edgeViews(edges: EdgeSeries[]): Map<string, EdgeView> {
  const views = new Map<string, EdgeView>();
  const pairKey = (caller: ServiceKey | null, callee: ServiceKey) =>
    `${caller ? serviceId(caller) : '(entry)'}->${serviceId(callee)}`;
  const sorted = [...edges].sort((a, b) =>
    a.reporter === b.reporter ? 0 : a.reporter === 'source' ? -1 : 1,
  );
  for (const edge of sorted) {
    const key = pairKey(edge.caller, edge.callee);
    let view = views.get(key);
    if (!view) {
      view = {
        caller: edge.caller,
        callee: edge.callee,
        requests: 0,
        clientRequests: 0,
        errors: 0,
        clientP99: null,
        serverP99: null,
      };
      views.set(key, view);
    }
    const requests = edge.requests.reduce((sum, r) => sum + (r ?? 0), 0);
    const errors = edge.requests.reduce((sum, r, i) => sum + (r ?? 0) * (edge.errorRatio[i] ?? 0), 0);
    const p99 = weightedMean(edge.requests, edge.latencyP99);
    // Several workloads of one caller (reviews-v1, -v2) add up; the larger p99 stands for the pair.
    const larger = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
    if (edge.reporter === 'source') {
      view.clientRequests += requests;
      view.requests += requests;
      view.errors += errors;
      view.clientP99 = larger(view.clientP99, p99);
    } else {
      // Source edges come first: when present they are what the caller saw; the server side fills in otherwise.
      if (view.clientRequests === 0) {
        view.requests += requests;
        view.errors += errors;
      }
      view.serverP99 = larger(view.serverP99, p99);
    }
  }
  return views;
}

/**
 * The step the deviation behind a finding started: the start of the last run of steps beyond the midpoint
 * between the normal band's edge and the observed value (one quiet step does not break a run). Null without
 * a series to read it from.
 */
export function onsetStep(finding: Finding, series: ServiceSeries | undefined): number | null {
  if (!series) return null;
  const values = series.values[finding.metric];
  if (!values || values.length === 0) return null;
  const [lo, hi] = finding.expectedRange;
  const up = finding.observed >= finding.expected;
  const edge = up ? hi : lo;
  const mid = (edge + finding.observed) / 2;
  const beyond = (v: number | null) => v !== null && (up ? v > mid : v < mid);
  let onset: number | null = null;
  let gap = 0;
  for (let i = values.length - 1; i >= 0; i--) {
    if (beyond(values[i])) {
      onset = i;
      gap = 0;
    } else if (values[i] !== null && ++gap > 1) {
      if (onset !== null) break;
    }
  }
  return onset;
}

function severityWeight(f: Finding): number {
  return (severityRank(f.severity) + 1) * (1 + Math.log2(Math.max(1, Math.min(f.score, 64))));
}

interface Explanation {
  /** The explaining service's id, or a network edge's id. */
  by: string;
  network?: { caller: ServiceKey; callee: ServiceKey };
  evidence: OriginEvidence;
  strength: number;
}

/** Finds origins and symptoms. Without edges every anomalous service is its own origin, ranked by severity. */
export function rankOrigins(input: OriginInput): OriginAnalysis {
  const services = new Map(input.services.map((s) => [serviceId(s.key), s]));
  const byService = new Map<string, number[]>();
  input.findings.forEach((f, i) => {
    const id = `${f.namespace}/${f.service}`;
    byService.set(id, [...(byService.get(id) ?? []), i]);
  });
  const views = edgeViews(input.edges);
  const callees = new Map<string, EdgeView[]>();
  const callers = new Map<string, EdgeView[]>();
  for (const view of views.values()) {
    if (view.caller) {
      const from = serviceId(view.caller);
      if (from === serviceId(view.callee)) continue; // a service calling itself explains nothing
      callees.set(from, [...(callees.get(from) ?? []), view]);
    }
    const to = serviceId(view.callee);
    callers.set(to, [...(callers.get(to) ?? []), view]);
  }
  const onsets = input.findings.map((f) => onsetStep(f, services.get(`${f.namespace}/${f.service}`)?.series));
  const windowSeconds = Math.max(1, input.windowMs / 1000);
  const summary = (id: string, metric: MetricName) => services.get(id)?.metrics[metric];
  const observedOf = (id: string, metric: MetricName): number | null => {
    const s = services.get(id);
    return s?.metrics[metric]?.observed ?? (s?.series ? aggregateMetric(s.series, metric) : null);
  };

  /** The earliest onset among a service's findings of one kind, and whether it has any. */
  const kindOnset = (id: string, kinds: SignalKind[]): { has: boolean; onset: number | null } => {
    let has = false;
    let onset: number | null = null;
    for (const i of byService.get(id) ?? []) {
      if (!kinds.includes(signalKind(input.findings[i].type))) continue;
      has = true;
      const o = onsets[i];
      if (o !== null && (onset === null || o < onset)) onset = o;
    }
    return { has, onset };
  };
  const inTime = (explainer: number | null, explained: number | null) =>
    explainer === null || explained === null || explainer <= explained + ONSET_SLACK_STEPS;

  const explain = (index: number): Explanation[] => {
    const f = input.findings[index];
    const id = `${f.namespace}/${f.service}`;
    const kind = signalKind(f.type);
    const out: Explanation[] = [];
    if (kind === 'traffic') {
      // Traffic flows downstream: a surge or drop at a caller carried on the edge explains the callee's.
      const total = services.get(id)?.requests ?? 0;
      for (const edge of callers.get(id) ?? []) {
        if (!edge.caller) continue;
        const from = serviceId(edge.caller);
        if (from === id) continue;
        const upstream = kindOnset(from, ['traffic']);
        if (!upstream.has || !inTime(upstream.onset, onsets[index])) continue;
        const share = total > 0 ? edge.requests / total : views.size > 0 && edge.requests === 0 ? 0 : 1;
        if (share < EDGE_SHARE && total > 0) continue;
        out.push({
          by: from,
          evidence: {
            signal: 'traffic',
            caller: key(edge.caller),
            callee: key(edge.callee),
            edgeShare: round(share),
          },
          strength: share,
        });
      }
      return out;
    }
    // Errors and latency flow upstream: the callee's trouble, returned or waited on, shows at its callers.
    for (const edge of callees.get(id) ?? []) {
      const to = serviceId(edge.callee);
      const downstream = kindOnset(to, ['errors', 'latency']);
      const calleeStarted = downstream.onset;
      const evidence = edgeEvidence(kind, f, id, edge, windowSeconds, summary, observedOf);
      if (downstream.has) {
        if (!inTime(calleeStarted, onsets[index]) || !evidence) continue;
        out.push({ by: to, evidence, strength: evidence.carried ?? 1 });
      } else if (kind === 'latency' || f.type === 'timeout') {
        const gap = networkGap(edge, to, observedOf);
        const excess = excessOf(f, id, summary);
        if (gap !== null && gap.gapMs >= Math.max(NETWORK_MIN_MS, EDGE_SHARE * excess)) {
          out.push({
            by: `${id}->${to}`,
            network: { caller: key(edge.caller!), callee: key(edge.callee) },
            evidence: {
              signal: 'latency',
              caller: key(edge.caller!),
              callee: key(edge.callee),
              clientP99Ms: round(gap.clientMs),
              serverP99Ms: round(gap.serverMs),
            },
            strength: excess > 0 ? Math.min(1, gap.gapMs / excess) : 1,
          });
        }
      }
    }
    return out;
  };

  const explanations = input.findings.map((_, i) => explain(i));
  // A service is a symptom when every one of its findings is explained; its parent is the strongest explainer.
  const parent = new Map<string, Explanation>();
  for (const [id, indexes] of byService) {
    if (!indexes.every((i) => explanations[i].length > 0)) continue;
    const best = indexes
      .flatMap((i) => explanations[i])
      .sort((a, b) => b.strength - a.strength || a.by.localeCompare(b.by))[0];
    parent.set(id, best);
  }
  // Explanations can loop (A's errors from B, B's traffic from A): the strongest member of a loop is an origin.
  const ownWeight = (id: string) =>
    Math.max(0, ...(byService.get(id) ?? []).map((i) => severityWeight(input.findings[i])));
  for (const start of [...parent.keys()].sort()) {
    const seen: string[] = [];
    let at: string | undefined = start;
    while (at && parent.has(at) && !seen.includes(at)) {
      seen.push(at);
      const next: Explanation = parent.get(at)!;
      at = next.network ? undefined : next.by;
    }
    if (at && seen.includes(at)) {
      const loop = seen.slice(seen.indexOf(at));
      const strongest = loop.sort((a, b) => ownWeight(b) - ownWeight(a) || a.localeCompare(b))[0];
      parent.delete(strongest);
    }
  }
  const rootOf = (id: string): string => {
    let at = id;
    for (let hops = 0; hops <= parent.size && parent.has(at); hops++) {
      const next = parent.get(at)!;
      if (next.network) return next.by;
      at = next.by;
    }
    return at;
  };

  const symptomOf = new Map<number, string>();
  const origins = new Map<string, ReportOrigin & { weight: number }>();
  const originFor = (id: string, network?: Explanation['network']): ReportOrigin & { weight: number } => {
    let origin = origins.get(id);
    if (!origin) {
      const [namespace, ...rest] = (network ? serviceId(network.callee) : id).split('/');
      origin = {
        namespace,
        service: rest.join('/'),
        ...(network
          ? {
              kind: 'network' as const,
              caller: { namespace: network.caller.namespace, service: network.caller.name },
            }
          : { kind: 'service' as const }),
        score: 0,
        explains: [],
        evidence: [],
        weight: 0,
      };
      origins.set(id, origin);
    }
    return origin;
  };
  // Networks first met through a symptom's chain: remember their edge.
  const networkOf = new Map<string, Explanation['network']>();
  for (const e of parent.values()) if (e.network) networkOf.set(e.by, e.network);
  for (const e of explanations.flat()) if (e.network && !networkOf.has(e.by)) networkOf.set(e.by, e.network);

  for (const [id, indexes] of byService) {
    if (parent.has(id)) {
      const root = rootOf(id);
      const origin = originFor(root, networkOf.get(root));
      for (const i of indexes) {
        symptomOf.set(i, root);
        const f = input.findings[i];
        if (
          !origin.explains.some(
            (x) => x.namespace === f.namespace && x.service === f.service && x.type === f.type,
          )
        ) {
          origin.explains.push({ namespace: f.namespace, service: f.service, type: f.type });
        }
      }
      const step = parent.get(id)!;
      origin.evidence.push(step.evidence);
      continue;
    }
    const origin = originFor(id);
    for (const i of indexes) {
      const f = input.findings[i];
      const own = explanations[i].length === 0;
      if (own) {
        origin.weight = Math.max(origin.weight, severityWeight(f));
        origin.evidence.push({
          signal: signalKind(f.type),
          service: { namespace: f.namespace, name: f.service },
          type: f.type,
          metric: f.metric,
          observed: f.observed,
          expected: f.expected,
          healthyCallees: (callees.get(id) ?? []).filter((e) => !byService.has(serviceId(e.callee))).length,
        });
      } else {
        // Also explained elsewhere (a partial origin): the explained part still points at its root.
        const root = rootOf(explanations[i][0].network ? id : explanations[i][0].by);
        if (root !== id) symptomOf.set(i, explanations[i][0].network ? explanations[i][0].by : root);
      }
    }
  }
  for (const [id, origin] of origins) {
    if (origin.kind === 'network') {
      // A network origin's own weight: the strongest finding it explains.
      origin.weight = Math.max(
        ...input.findings.filter((_, i) => symptomOf.get(i) === id).map(severityWeight),
        1,
      );
    }
    const explainedServices = new Set(origin.explains.map((x) => `${x.namespace}/${x.service}`)).size;
    origin.score = round(origin.weight * (1 + explainedServices));
  }
  const ranked = [...origins.values()]
    .sort(
      (a, b) =>
        b.score - a.score || `${a.namespace}/${a.service}`.localeCompare(`${b.namespace}/${b.service}`),
    )
    .map(({ weight: _weight, ...rest }) => rest);
  return { origins: ranked, symptomOf };
}

function key(k: ServiceKey): ServiceKey {
  return { namespace: k.namespace, name: k.name };
}

/** How far a finding's metric is past its expected value, in its unit (0 when not past it). */
function excessOf(
  f: Finding,
  id: string,
  summary: (id: string, metric: MetricName) => MetricSummary | undefined,
): number {
  const s = summary(id, f.metric);
  const observed = s?.observed ?? f.observed;
  const expected = s?.expected ?? f.expected;
  return Math.max(0, observed - expected);
}

/**
 * Does the edge carry the caller's deviation? Errors: the callee returned at least EDGE_SHARE of the caller's
 * excess failures on it. Latency: the edge's p99 is above the callee's normal p99 by at least EDGE_SHARE of the
 * caller's excess. An edge known only from the topology (no samples) is taken at its word.
 */
function edgeEvidence(
  kind: SignalKind,
  f: Finding,
  id: string,
  edge: EdgeView,
  windowSeconds: number,
  summary: (id: string, metric: MetricName) => MetricSummary | undefined,
  observedOf: (id: string, metric: MetricName) => number | null,
): OriginEvidence | null {
  const calleeId = serviceId(edge.callee);
  const base = { signal: kind, caller: key(edge.caller!), callee: key(edge.callee) } as const;
  if (edge.requests === 0 && edge.clientP99 === null && edge.serverP99 === null)
    return { ...base, carried: 1 };
  if (kind === 'errors') {
    const s = summary(id, 'errorRatio');
    const callerRate = summary(id, 'requestRate')?.observed ?? null;
    const excessRatio = Math.max(0, (s?.observed ?? 0) - (s?.expected ?? 0));
    const excessEvents = callerRate !== null ? excessRatio * callerRate * windowSeconds : 0;
    const carried = excessEvents > 0 ? edge.errors / excessEvents : edge.errors > 0 ? 1 : 0;
    if (carried < EDGE_SHARE && !(excessEvents === 0 && edge.errors > 0)) return null;
    return { ...base, carried: round(Math.min(carried, 1)), edgeErrors: Math.round(edge.errors) };
  }
  const edgeP99 = edge.clientP99 ?? edge.serverP99 ?? observedOf(calleeId, 'latencyP99');
  const calleeNormal = summary(calleeId, 'latencyP99')?.expected ?? null;
  if (edgeP99 === null) return null;
  const excess = excessOf(f, id, summary);
  const edgeExcess = calleeNormal === null ? edgeP99 : edgeP99 - calleeNormal;
  const carried = excess > 0 ? edgeExcess / excess : 1;
  if (carried < EDGE_SHARE) return null;
  return {
    ...base,
    carried: round(Math.min(carried, 1)),
    edgeP99Ms: round(edgeP99),
    ...(calleeNormal !== null ? { calleeNormalP99Ms: round(calleeNormal) } : {}),
  };
}

/** The client-side p99 on an edge against the callee's own server-side p99: what the network adds. */
function networkGap(
  edge: EdgeView,
  calleeId: string,
  observedOf: (id: string, metric: MetricName) => number | null,
): { gapMs: number; clientMs: number; serverMs: number } | null {
  if (edge.clientP99 === null) return null;
  const server = edge.serverP99 ?? observedOf(calleeId, 'latencyP99');
  if (server === null) return null;
  const gap = edge.clientP99 - server;
  if (gap < Math.max(NETWORK_MIN_MS, NETWORK_GAP_FACTOR * server)) return null;
  return { gapMs: gap, clientMs: edge.clientP99, serverMs: server };
}
