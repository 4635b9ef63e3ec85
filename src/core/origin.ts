/**
 * Where a regression started: among the anomalous services, tell origins from symptoms on the call graph.
 * A caller whose deviation is carried by the edge to an anomalous callee (same kind of signal, the callee's
 * trouble starting no later) is a symptom; a service anomalous on its own with healthy callees is an origin;
 * a caller slow on an edge whose callee answers normally points at the network between them. Pure: findings,
 * service summaries, series and edges in; ranked origins with structured evidence out (render/ words them).
 */
import { aggregateMetric } from './series.js';
import {
  EDGE_SHARE,
  NETWORK_MIN_MS,
  ONSET_SLACK_STEPS,
  edgeEvidence,
  edgeViews,
  excessOf,
  key,
  networkGap,
  round,
  signalKind,
  type EdgeView,
  type SignalKind,
} from './origin-edges.js';

export { signalKind, type SignalKind } from './origin-edges.js';
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

/** A finding already there before the deploy (onset pre-existing) is weak evidence that this change broke it. */
const PRE_EXISTING_WEIGHT = 0.25;

function severityWeight(f: Finding): number {
  const weight = (severityRank(f.severity) + 1) * (1 + Math.log2(Math.max(1, Math.min(f.score, 64))));
  return f.onset === 'pre-existing' ? weight * PRE_EXISTING_WEIGHT : weight;
}

interface Explanation {
  /** The explaining service's id, or a network edge's id. */
  by: string;
  network?: { caller: ServiceKey; callee: ServiceKey };
  evidence: OriginEvidence;
  strength: number;
  /** The kind of finding the chain follows at `by`, when not the explained finding's own (retries follow errors). */
  follows?: SignalKind;
}

/** Finds origins and symptoms. Without edges every anomalous service is its own origin, ranked by severity. */
export function rankOrigins(input: OriginInput): OriginAnalysis {
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
  const onsets = input.findings.map((f) => onsetStep(f, services.get(`${f.namespace}/${f.service}`)?.series));
  const windowSeconds = Math.max(1, input.windowMs / 1000);
  const summary = (id: string, metric: MetricName) => services.get(id)?.metrics[metric];
  const observedOf = (id: string, metric: MetricName): number | null => {
    const s = services.get(id);
    return s?.metrics[metric]?.observed ?? (s?.series ? aggregateMetric(s.series, metric) : null);
  };

  /** The earliest onset among a service's findings of one kind, and whether it has any. */
  const kindOnset = (
    id: string,
    kinds: SignalKind[],
    type?: AnomalyType,
  ): { has: boolean; onset: number | null } => {
    let has = false;
    let onset: number | null = null;
    for (const i of byService.get(id) ?? []) {
      if (!kinds.includes(signalKind(input.findings[i].type))) continue;
      if (type && input.findings[i].type !== type) continue;
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
        const upstream = kindOnset(from, ['traffic'], f.type);
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
      // Callers retry failures: a surge at a service whose callers see its errors is those retries (each retry is
      // a new request at the callee's sidecar), so it follows the service's own errors.
      if (f.type === 'traffic_spike' && out.length === 0) {
        const own = kindOnset(id, ['errors']);
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
    // Errors and latency flow upstream: the callee's trouble, returned or waited on, shows at its callers.
    const networkGaps: Explanation[] = [];
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
        }
      }
    }
    // Slower at the caller on the way to one callee that answers in its usual time: the network between them. On
    // the way to several: the caller's own side (its pod's network delays what it sends), so it is its own origin.
    if (networkGaps.length === 1) out.push(networkGaps[0]);
    return out;
  };

  const explanations = input.findings.map((_, i) => explain(i));
  // Each explained finding follows its strongest explanation to the explaining service's finding of the same
  // kind, and on until a finding nothing explains (its service is the origin) or a network edge.
  const best: Array<Explanation | null> = explanations.map(
    (list) => [...list].sort((a, b) => b.strength - a.strength || a.by.localeCompare(b.by))[0] ?? null,
  );
  const nextFinding = (i: number): number | null => {
    const e = best[i];
    if (!e || e.network) return null;
    const f = input.findings[i];
    const kind = e.follows ?? signalKind(f.type);
    const there = byService.get(e.by) ?? [];
    const same = there.find((j) => {
      const g = input.findings[j];
      return signalKind(g.type) === kind && (kind !== 'traffic' || g.type === f.type);
    });
    return same ?? there.find((j) => signalKind(input.findings[j].type) !== 'traffic') ?? null;
  };
  /**
   * The finding (or network edge) a finding's chain of explanations ends at; loops are cut at their strongest.
   * Every finding on a walked chain keeps the root it found, so a long chain is walked once, not once per finding.
   */
  type Root = { finding: number } | { network: Explanation };
  const rootMemo: Array<Root | undefined> = new Array(input.findings.length);
  const onPath = new Int32Array(input.findings.length).fill(-1);
  const rootOf = (i: number): Root => {
    for (let attempt = 0; attempt <= input.findings.length; attempt++) {
      const path: number[] = [];
      let at = i;
      let root: Root | undefined;
      for (;;) {
        root = rootMemo[at];
        if (root) break;
        const e = best[at];
        if (!e) {
          root = { finding: at };
          break;
        }
        if (e.network) {
          root = { network: e };
          break;
        }
        const next = nextFinding(at);
        if (next === null) {
          root = { finding: at };
          break;
        }
        onPath[at] = path.length;
        path.push(at);
        if (onPath[next] >= 0) {
          const loop = path.slice(onPath[next]);
          const strongest = loop.sort(
            (a, b) => severityWeight(input.findings[b]) - severityWeight(input.findings[a]) || a - b,
          )[0];
          best[strongest] = null;
          break;
        }
        at = next;
      }
      for (const p of path) onPath[p] = -1;
      if (!root) continue; // a loop was cut: walk again
      rootMemo[at] = root;
      for (const p of path) rootMemo[p] = root;
      return root;
    }
    return { finding: i };
  };
  const roots = input.findings.map((_, i) => rootOf(i));
  const idOfFinding = (i: number) => `${input.findings[i].namespace}/${input.findings[i].service}`;

  const symptomOf = new Map<number, string>();
  const origins = new Map<string, ReportOrigin & { weight: number }>();
  /** Per origin: the explained (service, type) pairs and the edge steps already listed, for constant-time checks. */
  const listed = new Map<string, { explains: Set<string>; steps: Set<string> }>();
  const listedOf = (id: string) => {
    let sets = listed.get(id);
    if (!sets) listed.set(id, (sets = { explains: new Set(), steps: new Set() }));
    return sets;
  };
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
  // Origins first, with what they show on their own: the findings nothing explains.
  input.findings.forEach((f, i) => {
    if (best[i]) return;
    const id = idOfFinding(i);
    const origin = originFor(id);
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
  });
  // Then every explained finding under the origin its chain ends at, with the step that explains it.
  input.findings.forEach((f, i) => {
    const step = best[i];
    if (!step) return;
    const root = roots[i];
    const origin =
      'network' in root
        ? originFor(root.network.by, root.network.network)
        : originFor(idOfFinding(root.finding));
    const rootId = 'network' in root ? root.network.by : idOfFinding(root.finding);
    if (rootId === idOfFinding(i)) return; // a loop cut back to its own service: nothing to add
    symptomOf.set(i, rootId);
    const sets = listedOf(rootId);
    const explained = `${f.namespace}/${f.service}/${f.type}`;
    if (!sets.explains.has(explained)) {
      sets.explains.add(explained);
      origin.explains.push({
        namespace: f.namespace,
        service: f.service,
        type: f.type,
        ...(step.follows ? { follows: step.follows } : {}),
      });
    }
    const { caller, callee } = step.evidence;
    if (caller === undefined || callee === undefined) {
      origin.evidence.push(step.evidence);
    } else {
      const stepKey = `${serviceId(caller)}|${serviceId(callee)}|${step.evidence.signal}`;
      if (!sets.steps.has(stepKey)) {
        sets.steps.add(stepKey);
        origin.evidence.push(step.evidence);
      }
    }
  });
  // A network origin's own weight: the strongest finding it explains.
  const strongestExplained = new Map<string, number>();
  for (const [i, id] of symptomOf)
    strongestExplained.set(id, Math.max(strongestExplained.get(id) ?? 1, severityWeight(input.findings[i])));
  for (const [id, origin] of origins) {
    if (origin.kind === 'network') origin.weight = strongestExplained.get(id) ?? 1;
    const explainedServices = new Set(origin.explains.map((x) => `${x.namespace}/${x.service}`)).size;
    origin.score = round(origin.weight * (1 + explainedServices));
  }
  // An origin upstream of another with the same kind of trouble, starting no earlier, may be a symptom whose edge
  // evidence fell short (its excess spread over several calls): the one downstream ranks above it.
  const ownKinds = (id: string) =>
    new Map(
      (byService.get(id) ?? [])
        .filter((i) => !best[i] && signalKind(input.findings[i].type) !== 'traffic')
        .map((i) => [signalKind(input.findings[i].type), onsets[i]] as const),
    );
  const serviceOrigins = [...origins].filter(([, o]) => o.kind === 'service');
  if (serviceOrigins.length > 1) {
    // The call graph with services numbered: walks over typed arrays, not maps of names.
    const number = new Map<string, number>();
    const numberOf = (id: string) => {
      let n = number.get(id);
      if (n === undefined) number.set(id, (n = number.size));
      return n;
    };
    const successors: number[][] = [];
    for (const [from, list] of callees) {
      const n = numberOf(from);
      for (const edge of list) {
        const to = numberOf(serviceId(edge.callee));
        (successors[n] ??= []).push(to);
      }
    }
    for (const [id] of serviceOrigins) numberOf(id);
    const nodes = number.size;
    for (let n = 0; n < nodes; n++) successors[n] ??= [];
    // Services that reach each other (a cycle) are neither upstream nor downstream of one another.
    const component = stronglyConnected(nodes, successors);
    const originAt = new Int32Array(nodes).fill(-1);
    serviceOrigins.forEach(([id], k) => (originAt[number.get(id)!] = k));
    const kinds = serviceOrigins.map(([id]) => [...ownKinds(id)]);
    const seen = new Int32Array(nodes).fill(-1);
    const queue = new Int32Array(nodes);
    serviceOrigins.forEach(([upId, up], upIndex) => {
      // One walk down the graph from each origin: time in the size of the graph, memory for one walk.
      const start = number.get(upId)!;
      const reached: number[] = [];
      let tail = 0;
      queue[tail++] = start;
      for (let head = 0; head < tail; head++) {
        for (const to of successors[queue[head]]) {
          if (seen[to] === upIndex) continue;
          seen[to] = upIndex;
          queue[tail++] = to;
          if (originAt[to] >= 0 && to !== start && component[to] !== component[start])
            reached.push(originAt[to]);
        }
      }
      const upKinds = new Map(kinds[upIndex]);
      // In the order the origins were found, as the ranking has always applied them.
      for (const downIndex of reached.sort((a, b) => a - b)) {
        const down = serviceOrigins[downIndex][1];
        // A much weaker deviation downstream is more likely noise than the cause: it demotes nothing.
        if (!(up.score >= down.score && down.weight >= up.weight / 2)) continue;
        const shared = kinds[downIndex].some(
          ([kind, onset]) => upKinds.has(kind) && inTime(onset, upKinds.get(kind) ?? null),
        );
        if (shared) up.score = round(down.score * 0.9);
      }
    });
  }
  // What the deploy brought comes first: an origin with only findings already there before it ranks after any
  // origin of something new, whatever its score.
  const fresh = new Set<string>();
  input.findings.forEach((f, i) => {
    if (f.onset === 'pre-existing') return;
    const root = roots[i];
    fresh.add(
      best[i] === null ? idOfFinding(i) : 'network' in root ? root.network.by : idOfFinding(root.finding),
    );
  });
  const isFresh = (o: ReportOrigin) =>
    fresh.has(
      o.kind === 'network' && o.caller
        ? `${o.caller.namespace}/${o.caller.service}->${o.namespace}/${o.service}`
        : `${o.namespace}/${o.service}`,
    );
  const ranked = [...origins.values()]
    .sort(
      (a, b) =>
        Number(isFresh(b)) - Number(isFresh(a)) ||
        b.score - a.score ||
        `${a.namespace}/${a.service}`.localeCompare(`${b.namespace}/${b.service}`),
    )
    .map(({ weight: _weight, ...rest }) => rest);
  return { origins: ranked, symptomOf };
}

/**
 * The strongly connected components of a directed graph on nodes 0…n−1 (Kosaraju, iterative: no recursion depth on a
 * long chain): each node's component number.
 */
function stronglyConnected(nodes: number, successors: number[][]): Int32Array {
  const predecessors: number[][] = Array.from({ length: nodes }, () => []);
  for (let n = 0; n < nodes; n++) for (const to of successors[n]) predecessors[to].push(n);
  const order: number[] = [];
  const visited = new Uint8Array(nodes);
  for (let root = 0; root < nodes; root++) {
    if (visited[root]) continue;
    visited[root] = 1;
    const stack: Array<[number, number]> = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const next = successors[top[0]][top[1]++];
      if (next === undefined) {
        order.push(top[0]);
        stack.pop();
      } else if (!visited[next]) {
        visited[next] = 1;
        stack.push([next, 0]);
      }
    }
  }
  const component = new Int32Array(nodes).fill(-1);
  let count = 0;
  for (let i = order.length - 1; i >= 0; i--) {
    if (component[order[i]] >= 0) continue;
    const stack = [order[i]];
    component[order[i]] = count;
    while (stack.length > 0) {
      for (const previous of predecessors[stack.pop()!]) {
        if (component[previous] < 0) {
          component[previous] = count;
          stack.push(previous);
        }
      }
    }
    count++;
  }
  return component;
}
