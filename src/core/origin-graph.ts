/**
 * The first steps of origin ranking: the findings laid on the call graph (who calls whom, each finding's onset),
 * and each finding's explanations — the edges that carry its trouble from another service, or the network
 * between a caller and a callee that answers in its usual time. Pure.
 */
import { aggregateMetric } from './series.js';
import { calleeOwnsDelay, losesTimeToIt, ownProxyShows } from './origin-sides.js';
import {
  callsPerRequest,
  EDGE_SHARE,
  NETWORK_MIN_MS,
  ONSET_SLACK_STEPS,
  edgeEvidence,
  edgeViews,
  excessOf,
  findingSeries,
  key,
  losesTimeBetweenProxies,
  networkGap,
  round,
  signalKind,
  type EdgeView,
  type SignalKind,
} from './origin-edges.js';
import {
  serviceId,
  severityRank,
  type AnomalyType,
  type EdgeSeries,
  type Finding,
  type MetricName,
  type MetricSummary,
  type OriginEvidence,
  type ServiceKey,
  type ServiceSeries,
} from './types.js';

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

/**
 * The step the deviation behind a finding started: the start of the last run of steps beyond the midpoint
 * between the normal band's edge and the observed value (one quiet step does not break a run). Null without
 * a series to read it from.
 */
export function onsetStep(
  finding: Pick<Finding, 'metric' | 'observed' | 'expected' | 'expectedRange'>,
  series: ServiceSeries | undefined,
): number | null {
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

/** A finding already there before the deploy (onset pre-existing) is weak evidence that this change broke it. */
const PRE_EXISTING_WEIGHT = 0.25;

export function severityWeight(f: Finding): number {
  const weight = (severityRank(f.severity) + 1) * (1 + Math.log2(Math.max(1, Math.min(f.score, 64))));
  return f.onset === 'pre-existing' ? weight * PRE_EXISTING_WEIGHT : weight;
}

export interface Explanation {
  /** The explaining service's id, or a network edge's id. */
  by: string;
  /** `by` shows nothing itself: it stopped calling the service (the chain ends at it all the same). */
  silentCaller?: boolean;
  network?: { caller: ServiceKey; callee: ServiceKey };
  evidence: OriginEvidence;
  strength: number;
  /** The kind of finding the chain follows at `by`, when not the explained finding's own (retries follow errors). */
  follows?: SignalKind;
}

/** The findings on the call graph: by service, with their onsets, and each service's callers and callees. */
export interface OriginGraph {
  input: OriginInput;
  services: Map<string, OriginServiceInput>;
  /** "ns/svc" → the indexes of its findings. */
  byService: Map<string, number[]>;
  views: Map<string, EdgeView>;
  /** "ns/svc" → the edges it calls out on (a service calling itself left out). */
  callees: Map<string, EdgeView[]>;
  /** "ns/svc" → the edges it is called on. */
  callers: Map<string, EdgeView[]>;
  /** Each finding's onset step (onsetStep). */
  onsets: Array<number | null>;
  windowSeconds: number;
  summary: (id: string, metric: MetricName) => MetricSummary | undefined;
  observedOf: (id: string, metric: MetricName) => number | null;
}

export function originGraph(input: OriginInput): OriginGraph {
  const services = new Map(input.services.map((s) => [serviceId(s.key), s]));
  const byService = new Map<string, number[]>();
  input.findings.forEach((f, i) => {
    const id = `${f.namespace}/${f.service}`;
    const list = byService.get(id);
    if (list) list.push(i);
    else byService.set(id, [i]);
  });
  const views = edgeViews(input.edges);
  const callees = new Map<string, EdgeView[]>();
  const callers = new Map<string, EdgeView[]>();
  for (const view of views.values()) {
    if (view.caller) {
      const from = serviceId(view.caller);
      if (from === serviceId(view.callee)) continue; // a service calling itself explains nothing
      const list = callees.get(from);
      if (list) list.push(view);
      else callees.set(from, [view]);
    }
    const to = serviceId(view.callee);
    const list = callers.get(to);
    if (list) list.push(view);
    else callers.set(to, [view]);
  }
  const onsets = input.findings.map((f) =>
    onsetStep(f, findingSeries(f, services.get(`${f.namespace}/${f.service}`)?.series, input.edges)),
  );
  const windowSeconds = Math.max(1, input.windowMs / 1000);
  const summary = (id: string, metric: MetricName) => services.get(id)?.metrics[metric];
  const observedOf = (id: string, metric: MetricName): number | null => {
    const s = services.get(id);
    return s?.metrics[metric]?.observed ?? (s?.series ? aggregateMetric(s.series, metric) : null);
  };
  return { input, services, byService, views, callees, callers, onsets, windowSeconds, summary, observedOf };
}

/**
 * The earliest onset among a service's findings of one kind, and whether it has any, as candidates to explain the
 * finding at `explained`. A finding already there before the deploy does not count for one that is new and
 * started inside the window: what was there all along did not start it.
 */
function kindOnset(
  graph: OriginGraph,
  id: string,
  kinds: SignalKind[],
  explained: number,
  type?: AnomalyType,
): { has: boolean; onset: number | null; metric: MetricName | null } {
  const startedInside =
    graph.input.findings[explained].onset === 'new' && (graph.onsets[explained] ?? 0) > ONSET_SLACK_STEPS;
  let has = false;
  let onset: number | null = null;
  let metric: MetricName | null = null;
  for (const i of graph.byService.get(id) ?? []) {
    if (!kinds.includes(signalKind(graph.input.findings[i].type))) continue;
    if (type && graph.input.findings[i].type !== type) continue;
    if (startedInside && graph.input.findings[i].onset === 'pre-existing') continue;
    has = true;
    const o = graph.onsets[i];
    if (o !== null && (onset === null || o < onset)) {
      onset = o;
      metric = graph.input.findings[i].metric;
    }
  }
  return { has, onset, metric };
}

/**
 * When a service's deviation of one metric began, read as onsetStep reads a finding's (null: no series, or no
 * deviation of that metric): a caller's p99 and its callee's p50 start at different steps under the same fault,
 * so onsets are compared on the same percentile.
 */
function onsetOf(graph: OriginGraph, id: string, metric: MetricName): number | null {
  const s = graph.summary(id, metric);
  if (s?.observed == null || s.expected == null || !s.band) return null;
  const [lo, hi] = s.band;
  if (s.observed >= lo && s.observed <= hi) return null;
  const probe = { metric, observed: s.observed, expected: s.expected, expectedRange: s.band };
  return onsetStep(probe, graph.services.get(id)?.series);
}

/** The explaining trouble started no later than the explained (with a step of slack), or one onset is unknown. */
export const inTime = (explainer: number | null, explained: number | null): boolean =>
  explainer === null || explained === null || explainer <= explained + ONSET_SLACK_STEPS;

/** What may explain one finding: traffic from its callers, errors and latency from its callees or the network. */
export function explainFinding(graph: OriginGraph, index: number): Explanation[] {
  return signalKind(graph.input.findings[index].type) === 'traffic'
    ? explainTraffic(graph, index)
    : explainFromCallees(graph, index);
}

/** How far a service's request rate is from its expected one, as a share of it (0.5: half as busy or 1.5 times). */
function trafficChange(graph: OriginGraph, id: string): number | null {
  const s = graph.summary(id, 'requestRate');
  if (s?.observed == null || s.expected == null || s.expected <= 0) return null;
  return Math.abs(s.observed / s.expected - 1);
}

function explainTraffic(graph: OriginGraph, index: number): Explanation[] {
  const { callers, onsets, views } = graph;
  const f = graph.input.findings[index];
  const id = `${f.namespace}/${f.service}`;
  const out: Explanation[] = [];
  // Traffic flows downstream: a surge or drop at a caller carried on the edge explains the callee's, when it is of
  // a size to (a caller 15% busier does not make its callee three times as busy).
  const total = graph.services.get(id)?.requests ?? 0;
  const calleeChange = trafficChange(graph, id);
  for (const edge of callers.get(id) ?? []) {
    if (!edge.caller) continue;
    const from = serviceId(edge.caller);
    if (from === id) continue;
    const upstream = kindOnset(graph, from, ['traffic'], index, f.type);
    if (!upstream.has || !inTime(upstream.onset, onsets[index])) continue;
    const callerChange = trafficChange(graph, from);
    if (callerChange !== null && calleeChange !== null && callerChange < EDGE_SHARE * calleeChange) continue;
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
  if (f.type === 'traffic_drop' && out.length === 0) out.push(...stoppedCalling(graph, index));
  // Callers retry failures: a surge at a service whose callers see its errors is those retries (each retry is
  // a new request at the callee's sidecar), so it follows the service's own errors.
  if (f.type === 'traffic_spike' && out.length === 0) {
    const own = kindOnset(graph, id, ['errors'], index);
    const failing = (callers.get(id) ?? []).filter((e) => e.caller && e.errors > 0);
    if (own.has && failing.length > 0) {
      const edge = failing.reduce((a, b) => (b.errors > a.errors ? b : a));
      out.push({
        by: id,
        evidence: {
          signal: 'traffic',
          caller: key(edge.caller!),
          callee: key(edge.callee),
          edgeErrors: Math.round(edge.errors),
        },
        strength: 1,
        follows: 'errors',
      });
    }
  }
  return out;
}

/** Callees that must have lost their only caller's calls at once for that caller to be where it started. */
const STOPPED_CALLEES = 2;
/** Sent no more than received: counts from two proxies' scrapes differ by a little (10%, one request). */
const SENT_SLACK = 1.1;
/** Errors the caller's proxy may record on the edge: more, and the callee was failing, not left alone. */
const STOPPED_ERROR_SHARE = 0.1;

/**
 * The only caller of a service whose traffic dropped, when the caller's own proxy sent it no more than it got (no
 * attempts lost on the way, so the service was not down) and the caller stopped calling another of its callees
 * the same way, while its own traffic held: something in the caller stopped its calls (it fails before it calls
 * them), so the chain ends at the caller, though it shows nothing itself.
 */
function stoppedCalling(graph: OriginGraph, index: number): Explanation[] {
  const f = graph.input.findings[index];
  const id = `${f.namespace}/${f.service}`;
  const onlyCaller = (calleeId: string): EdgeView | null => {
    // Callers from outside the mesh count as callers: then the service does not hang on this one alone.
    const edges = (graph.callers.get(calleeId) ?? []).filter(
      (e) => !e.caller || serviceId(e.caller) !== calleeId,
    );
    if (edges.length !== 1 || !edges[0].caller) return null;
    const edge = edges[0];
    const received = graph.services.get(calleeId)?.requests ?? 0;
    const sent = edge.clientRequests > 0 ? edge.clientRequests : edge.requests;
    return sent <= received * SENT_SLACK + 1 && edge.errors <= STOPPED_ERROR_SHARE * Math.max(sent, 1)
      ? edge
      : null;
  };
  const edge = onlyCaller(id);
  if (!edge) return [];
  const caller = serviceId(edge.caller!);
  if (kindOnset(graph, caller, ['traffic'], index).has) return [];
  const dropped = (graph.callees.get(caller) ?? []).filter((e) => {
    const callee = serviceId(e.callee);
    return (
      (graph.byService.get(callee) ?? []).some((i) => graph.input.findings[i].type === 'traffic_drop') &&
      onlyCaller(callee) !== null
    );
  });
  if (dropped.length < STOPPED_CALLEES) return [];
  return [
    {
      by: caller,
      silentCaller: (graph.byService.get(caller) ?? []).length === 0,
      evidence: {
        signal: 'traffic',
        caller: key(edge.caller!),
        callee: key(edge.callee),
        edgeShare: 1,
        stoppedCalling: true,
      },
      strength: 1,
    },
  ];
}

function explainFromCallees(graph: OriginGraph, index: number): Explanation[] {
  const { onsets, windowSeconds, summary, observedOf } = graph;
  const f = graph.input.findings[index];
  const id = `${f.namespace}/${f.service}`;
  // Seen by its callers' proxies and not by its own: what its callees did would have shown on its own proxy too.
  if (f.caller !== undefined && !ownProxyShows(graph, id, f)) return [];
  const kind = signalKind(f.type);
  const out: Explanation[] = [];
  // Errors and latency flow upstream: the callee's trouble, returned or waited on, shows at its callers.
  const networkGaps: Explanation[] = [];
  let lostOnTheWayOut = 0;
  let edgesLosingTime = 0;
  for (const edge of graph.callees.get(id) ?? []) {
    const to = serviceId(edge.callee);
    if (losesTimeBetweenProxies(edge, to, observedOf)) edgesLosingTime++;
    const downstream = kindOnset(graph, to, ['errors', 'latency'], index);
    const calleeStarted = downstream.onset;
    const calls = callsPerRequest(edge, graph.services.get(id)?.requests ?? 0);
    const evidence = edgeEvidence(kind, f, id, edge, windowSeconds, summary, observedOf, calls);
    if (downstream.has) {
      const started = (step: number | null) => inTime(calleeStarted, step);
      const sameMetric =
        kind === 'latency' && downstream.metric !== null && downstream.metric !== f.metric
          ? onsetOf(graph, id, downstream.metric)
          : null;
      if (!(started(onsets[index]) || (sameMetric !== null && started(sameMetric))) || !evidence) continue;
      if (kind === 'latency' && !calleeOwnsDelay(graph, f, id, edge, calls)) continue;
      out.push({ by: to, evidence, strength: evidence.carried ?? 1 });
    } else if (kind === 'latency' || f.type === 'timeout') {
      const gap = networkGap(edge, to, observedOf);
      const excess = excessOf(f, id, summary);
      if (gap !== null && gap.gapMs >= Math.max(NETWORK_MIN_MS, EDGE_SHARE * excess)) {
        networkGaps.push({
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
        lostOnTheWayOut = gap.gapMs;
      }
    }
  }
  // Slower at the caller on the way to one callee that answers in its usual time: the network between them. On
  // the way to several (at the p99 or the p50), or when its own callers lose as much time on the way to it: the
  // caller's own side (its pod's network delays what it sends and what it answers), so it is its own origin.
  if (networkGaps.length === 1 && edgesLosingTime <= 1 && !losesTimeToIt(graph, id, lostOnTheWayOut))
    out.push(networkGaps[0]);
  return out;
}
