/**
 * Where a regression started: among the anomalous services, tell origins from symptoms on the call graph.
 * A caller whose deviation is carried by the edge to an anomalous callee (same kind of signal, the callee's
 * trouble starting no later) is a symptom; a service anomalous on its own with healthy callees is an origin;
 * a caller slow on an edge whose callee answers normally points at the network between them. Pure: findings,
 * service summaries, series and edges in; ranked origins with structured evidence out (render/ words them).
 * The steps: the graph and each finding's explanations (origin-graph.ts), the chains they form
 * (origin-chains.ts), then here the origins they end at, scored and ranked.
 */
import { round, signalKind } from './origin-edges.js';
import { chainRoots, strongestExplanations, type Root } from './origin-chains.js';
import {
  explainFinding,
  inTime,
  originGraph,
  severityWeight,
  type Explanation,
  type OriginGraph,
  type OriginInput,
} from './origin-graph.js';
import { serviceId, type ReportOrigin } from './types.js';

export { signalKind, type SignalKind } from './origin-edges.js';
export { onsetStep, type OriginInput, type OriginServiceInput } from './origin-graph.js';

export interface OriginAnalysis {
  /** Best first. */
  origins: ReportOrigin[];
  /** Finding index → the origin id ("ns/svc", or "ns/caller->ns/callee" for a network edge) it follows. */
  symptomOf: Map<number, string>;
}

/** An origin while it is ranked: its weight is the strongest finding it shows or explains. */
type RankedOrigin = ReportOrigin & { weight: number };

/** Finds origins and symptoms. Without edges every anomalous service is its own origin, ranked by severity. */
export function rankOrigins(input: OriginInput): OriginAnalysis {
  const graph = originGraph(input);
  const explanations = input.findings.map((_, i) => explainFinding(graph, i));
  const best = strongestExplanations(explanations);
  const roots = chainRoots(graph, best);
  const { origins, symptomOf } = gatherOrigins(graph, best, roots);
  scoreOrigins(graph, origins, symptomOf);
  demoteUpstreamOrigins(graph, origins, best);
  return { origins: rankFreshFirst(graph, origins, best, roots), symptomOf };
}

const idOfFinding = (graph: OriginGraph, i: number) =>
  `${graph.input.findings[i].namespace}/${graph.input.findings[i].service}`;

/** The id of the origin a chain ends at: a network edge's, a silent caller's, or its root finding's service. */
const rootIdOf = (graph: OriginGraph, root: Root) =>
  'network' in root ? root.network.by : 'silent' in root ? root.silent.by : idOfFinding(graph, root.finding);

function newOrigin(id: string, network?: Explanation['network']): RankedOrigin {
  const [namespace, ...rest] = (network ? serviceId(network.callee) : id).split('/');
  return {
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
}

/**
 * Every origin with what it shows on its own (the findings nothing explains), then every explained finding under
 * the origin its chain ends at, with the step that explains it.
 */
function gatherOrigins(
  graph: OriginGraph,
  best: Array<Explanation | null>,
  roots: Root[],
): { origins: Map<string, RankedOrigin>; symptomOf: Map<number, string> } {
  const symptomOf = new Map<number, string>();
  const origins = new Map<string, RankedOrigin>();
  const originFor = (id: string, network?: Explanation['network']): RankedOrigin => {
    let origin = origins.get(id);
    if (!origin) origins.set(id, (origin = newOrigin(id, network)));
    return origin;
  };
  // Origins first, with what they show on their own: the findings nothing explains.
  graph.input.findings.forEach((f, i) => {
    if (best[i]) return;
    const id = idOfFinding(graph, i);
    const origin = originFor(id);
    origin.weight = Math.max(origin.weight, severityWeight(f));
    origin.evidence.push({
      signal: signalKind(f.type),
      service: { namespace: f.namespace, name: f.service },
      type: f.type,
      metric: f.metric,
      observed: f.observed,
      expected: f.expected,
      healthyCallees: (graph.callees.get(id) ?? []).filter((e) => !graph.byService.has(serviceId(e.callee)))
        .length,
    });
  });
  /** Per origin: the explained (service, type) pairs and the edge steps already listed, for constant-time checks. */
  const listed = new Map<string, { explains: Set<string>; steps: Set<string> }>();
  const listedOf = (id: string) => {
    let sets = listed.get(id);
    if (!sets) listed.set(id, (sets = { explains: new Set(), steps: new Set() }));
    return sets;
  };
  // Then every explained finding under the origin its chain ends at, with the step that explains it.
  graph.input.findings.forEach((f, i) => {
    const step = best[i];
    if (!step) return;
    const root = roots[i];
    const rootId = rootIdOf(graph, root);
    const origin = originFor(rootId, 'network' in root ? root.network.network : undefined);
    if (rootId === idOfFinding(graph, i)) return; // a loop cut back to its own service: nothing to add
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
  return { origins, symptomOf };
}

/** An origin's score: its weight (a network origin's, the strongest finding it explains) times the services it explains, plus one. */
function scoreOrigins(
  graph: OriginGraph,
  origins: Map<string, RankedOrigin>,
  symptomOf: Map<number, string>,
): void {
  // A network origin's own weight: the strongest finding it explains.
  const strongestExplained = new Map<string, number>();
  for (const [i, id] of symptomOf)
    strongestExplained.set(
      id,
      Math.max(strongestExplained.get(id) ?? 1, severityWeight(graph.input.findings[i])),
    );
  for (const [id, origin] of origins) {
    // A network origin, or a caller showing nothing itself: weighs as the strongest finding it explains.
    if (origin.kind === 'network' || origin.weight === 0) origin.weight = strongestExplained.get(id) ?? 1;
    const explainedServices = new Set(origin.explains.map((x) => `${x.namespace}/${x.service}`)).size;
    origin.score = round(origin.weight * (1 + explainedServices));
  }
}

/**
 * An origin upstream of another with the same kind of trouble, starting no earlier, may be a symptom whose edge
 * evidence fell short (its excess spread over several calls): the one downstream ranks above it.
 */
function demoteUpstreamOrigins(
  graph: OriginGraph,
  origins: Map<string, RankedOrigin>,
  best: Array<Explanation | null>,
): void {
  const { findings } = graph.input;
  const ownKinds = (id: string) =>
    (graph.byService.get(id) ?? [])
      .filter((i) => !best[i] && signalKind(findings[i].type) !== 'traffic')
      .map((i) => ({
        kind: signalKind(findings[i].type),
        onset: graph.onsets[i],
        caller: findings[i].caller,
      }));
  const serviceOrigins = [...origins].filter(([, o]) => o.kind === 'service');
  if (serviceOrigins.length <= 1) return;
  // The call graph with services numbered: walks over typed arrays, not maps of names.
  const number = new Map<string, number>();
  const numberOf = (id: string) => {
    let n = number.get(id);
    if (n === undefined) number.set(id, (n = number.size));
    return n;
  };
  const successors: number[][] = [];
  for (const [from, list] of graph.callees) {
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
  const kinds = serviceOrigins.map(([id]) => ownKinds(id));
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
    // Only what its own proxy sees can be a symptom of what it calls: its callers-only findings are its own side.
    const upKinds = new Map(
      kinds[upIndex].filter((k) => k.caller === undefined).map((k) => [k.kind, k.onset] as const),
    );
    // In the order the origins were found, as the ranking has always applied them.
    for (const downIndex of reached.sort((a, b) => a - b)) {
      const down = serviceOrigins[downIndex][1];
      // A much weaker deviation downstream is more likely noise than the cause: it demotes nothing.
      if (!(up.score >= down.score && down.weight >= up.weight / 2)) continue;
      // What only the upstream origin's own proxy sees of the one downstream is the upstream's side (its pod's
      // network times every call it makes): no evidence against it.
      const shared = kinds[downIndex].some(
        ({ kind, onset, caller }) =>
          caller !== upId && upKinds.has(kind) && inTime(onset, upKinds.get(kind) ?? null),
      );
      if (shared) up.score = round(down.score * 0.9);
    }
  });
}

/**
 * Best first. What the deploy brought comes first: an origin with only findings already there before it ranks after
 * any origin of something new, whatever its score.
 */
function rankFreshFirst(
  graph: OriginGraph,
  origins: Map<string, RankedOrigin>,
  best: Array<Explanation | null>,
  roots: Root[],
): ReportOrigin[] {
  const fresh = new Set<string>();
  graph.input.findings.forEach((f, i) => {
    if (f.onset === 'pre-existing') return;
    const root = roots[i];
    fresh.add(best[i] === null ? idOfFinding(graph, i) : rootIdOf(graph, root));
  });
  // Each origin under the id it was gathered by (a service's, or a network edge's "caller->callee").
  return [...origins]
    .sort(
      ([aId, a], [bId, b]) =>
        Number(fresh.has(bId)) - Number(fresh.has(aId)) ||
        b.score - a.score ||
        `${a.namespace}/${a.service}`.localeCompare(`${b.namespace}/${b.service}`),
    )
    .map(([, { weight: _weight, ...rest }]) => rest);
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
