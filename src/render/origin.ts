/**
 * Origins in words and pictures: the one line a reader wants ("Likely origin: paymentservice — checkoutservice
 * and frontend errors follow its failures") and the affected part of the call graph, as text lines and as a
 * Mermaid flowchart. Pure: a report in, strings out. The headline is plain text (callers escape it for their
 * format); Mermaid labels are reduced to a safe alphabet here, since they come from the cluster.
 */
import { formatMetric } from './units.js';
import type { AnomalyType, Report, ReportOrigin } from '../core/types.js';

type Kind = 'errors' | 'latency' | 'traffic';

function kindOf(type: AnomalyType): Kind {
  if (type === 'latency') return 'latency';
  if (type === 'traffic_spike' || type === 'traffic_drop') return 'traffic';
  return 'errors';
}

/** Service names alone when the report spans one namespace, namespace/name otherwise. */
function namer(report: Report): (namespace: string, service: string) => string {
  const namespaces = new Set(report.services.map((s) => s.namespace));
  for (const f of report.anomalies) namespaces.add(f.namespace);
  for (const o of report.origins ?? []) namespaces.add(o.namespace);
  return namespaces.size <= 1 ? (_ns, service) => service : (ns, service) => `${ns}/${service}`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length > 4) return `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const FOLLOWS: Record<Kind | 'retries' | 'stopped', (names: string) => string> = {
  errors: (names) => `${names} errors follow its failures`,
  // Its own proxy sent them nothing: it stopped calling them (it fails before it calls).
  stopped: (names) => `it stopped calling ${names}, whose traffic dropped`,
  latency: (names) => `${names} latency follows its slowdown`,
  traffic: (names) => `${names} traffic follows its change in load`,
  // A surge that follows errors is callers retrying them: not a change in the origin's load.
  retries: (names) => `${names} traffic follows its failures (callers' retries)`,
};

/** What an origin did on its own, for an origin that explains no one. */
function ownWords(origin: ReportOrigin): string {
  const own = origin.evidence.filter((e) => e.type && e.metric && e.observed !== undefined);
  const worst = own[0];
  const what = worst
    ? `${worst.type!.replace('_', ' ')} (${formatMetric(worst.metric!, worst.observed!)}, normally ${formatMetric(worst.metric!, worst.expected ?? 0)})`
    : 'anomalous';
  const callees = Math.max(0, ...own.map((e) => e.healthyCallees ?? 0));
  return `${what} on its own server side${callees > 0 ? `, its ${callees === 1 ? 'callee is' : `${callees} callees are`} healthy` : ''}`;
}

function originName(origin: ReportOrigin, name: (ns: string, svc: string) => string): string {
  if (origin.kind === 'network' && origin.caller) {
    return `the network between ${name(origin.caller.namespace, origin.caller.service)} and ${name(origin.namespace, origin.service)}`;
  }
  return name(origin.namespace, origin.service);
}

/** One sentence for one origin: who it is and who follows it. */
export function describeOrigin(origin: ReportOrigin, report: Report): string {
  const name = namer(report);
  if (origin.kind === 'network') {
    const gap = origin.evidence.find((e) => e.clientP99Ms !== undefined);
    const detail = gap
      ? ` — calls take ${formatMetric('latencyP99', gap.clientP99Ms!)} (p99) at the caller while ${name(origin.namespace, origin.service)} answers in ${formatMetric('latencyP99', gap.serverP99Ms!)}`
      : '';
    return `${originName(origin, name)}${detail}`;
  }
  if (origin.explains.length === 0) return `${originName(origin, name)} — ${ownWords(origin)}`;
  const byKind = new Map<Kind | 'retries' | 'stopped', string[]>();
  const stopped = new Set(
    origin.evidence
      .filter((e) => e.stoppedCalling && e.callee)
      .map((e) => `${e.callee!.namespace}/${e.callee!.name}`),
  );
  for (const x of origin.explains) {
    const kind =
      kindOf(x.type) === 'traffic' && stopped.has(`${x.namespace}/${x.service}`)
        ? 'stopped'
        : kindOf(x.type) === 'traffic' && x.follows === 'errors'
          ? 'retries'
          : kindOf(x.type);
    const names = byKind.get(kind) ?? [];
    const label = name(x.namespace, x.service);
    if (!names.includes(label)) names.push(label);
    byKind.set(kind, names);
  }
  const clauses = [...byKind].map(([kind, names]) => FOLLOWS[kind](list(names)));
  return `${originName(origin, name)} — ${clauses.join('; ')}`;
}

/** "Likely origin: …" (plain text), or null when the report names no origin. */
export function originHeadline(report: Report): string | null {
  const origins = report.origins ?? [];
  if (origins.length === 0) return null;
  const name = namer(report);
  const others = origins.slice(1, 4).map((o) => originName(o, name));
  const more = origins.length > 4 ? ` and ${origins.length - 4} more` : '';
  const also = others.length > 0 ? ` (also: ${others.join(', ')}${more})` : '';
  return `Likely origin: ${describeOrigin(origins[0], report)}${also}`;
}

interface GraphEdge {
  from: string;
  to: string;
  network: boolean;
}
interface Graph {
  nodes: Array<{ id: string; label: string; role: 'origin' | 'anomalous' | 'healthy' }>;
  edges: GraphEdge[];
}

/** The affected part of the call graph: origins, the services that follow them, the edges between. */
export function affectedGraph(report: Report, maxNodes = 15): Graph {
  const name = namer(report);
  const nodes = new Map<string, Graph['nodes'][number]>();
  const edges: GraphEdge[] = [];
  const anomalous = new Set(report.anomalies.map((f) => `${f.namespace}/${f.service}`));
  const add = (ns: string, svc: string, role: Graph['nodes'][number]['role']): boolean => {
    const id = `${ns}/${svc}`;
    const existing = nodes.get(id);
    if (existing) {
      if (role === 'origin') existing.role = 'origin';
      return true;
    }
    if (nodes.size >= maxNodes) return false;
    nodes.set(id, {
      id,
      label: name(ns, svc),
      role: anomalous.has(id) || role === 'origin' ? role : 'healthy',
    });
    return true;
  };
  for (const origin of report.origins ?? []) {
    if (origin.kind === 'network' && origin.caller) {
      if (!add(origin.caller.namespace, origin.caller.service, 'anomalous')) break;
      if (!add(origin.namespace, origin.service, 'healthy')) break;
      edges.push({
        from: `${origin.caller.namespace}/${origin.caller.service}`,
        to: `${origin.namespace}/${origin.service}`,
        network: true,
      });
    } else if (!add(origin.namespace, origin.service, 'origin')) break;
    for (const e of origin.evidence) {
      if (!e.caller || !e.callee || e.clientP99Ms !== undefined) continue;
      const ok =
        add(e.caller.namespace, e.caller.name, 'anomalous') &&
        add(e.callee.namespace, e.callee.name, 'anomalous');
      if (!ok) continue;
      const from = `${e.caller.namespace}/${e.caller.name}`;
      const to = `${e.callee.namespace}/${e.callee.name}`;
      if (!edges.some((x) => x.from === from && x.to === to)) edges.push({ from, to, network: false });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

/** Mermaid accepts a narrow alphabet in a quoted label: anything else becomes "_". */
export function mermaidSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9/_.:-]/g, '_').slice(0, 60);
}

/** The Mermaid flowchart (fenced), callers on the left: origins highlighted, anomalous nodes marked. */
export function originMermaid(report: Report, maxNodes = 15): string[] {
  const graph = affectedGraph(report, maxNodes);
  if (graph.nodes.length === 0) return [];
  const idOf = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['```mermaid', 'flowchart LR'];
  const mark = { origin: '🔥 ', anomalous: '⚠ ', healthy: '' } as const;
  for (const n of graph.nodes)
    lines.push(`  ${idOf.get(n.id)}["${mark[n.role]}${mermaidSafe(n.label)}"]:::${n.role}`);
  graph.edges.forEach((e) => {
    lines.push(`  ${idOf.get(e.from)} ${e.network ? '-. slow network .->' : '-->'} ${idOf.get(e.to)}`);
  });
  graph.edges.forEach((e, i) => {
    if (e.network) lines.push(`  linkStyle ${i} stroke:#d00,stroke-width:3px`);
  });
  lines.push(
    '  classDef origin fill:#ffb3a7,stroke:#c00,stroke-width:3px',
    '  classDef anomalous fill:#fff1c2,stroke:#c90',
    '  classDef healthy fill:#e8f5e9,stroke:#4a4',
    '```',
  );
  return lines;
}

/** The same graph for a terminal: one line per call, callers first. */
export function originTextGraph(report: Report, maxNodes = 15): string[] {
  const graph = affectedGraph(report, maxNodes);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const label = (id: string) => {
    const n = byId.get(id)!;
    return n.role === 'origin'
      ? `${n.label} (origin)`
      : n.role === 'anomalous'
        ? `${n.label} (anomalous)`
        : n.label;
  };
  return graph.edges.map(
    (e) => `  ${label(e.from)} ${e.network ? '~~slow network~~>' : '──▶'} ${label(e.to)}`,
  );
}

/**
 * The Markdown opening: the headline (escaped with the caller's escaper, since names come from the cluster) and
 * the flowchart. Empty when the report names no origin.
 */
export function originMarkdown(report: Report, escape: (text: string) => string): string[] {
  const headline = originHeadline(report);
  if (!headline) return [];
  const [first, ...rest] = headline.replace(/^Likely origin: /, '').split(' — ');
  const detail = rest.length > 0 ? ` — ${escape(rest.join(' — '))}` : '';
  return [`**Likely origin: ${escape(first)}**${detail}`, '', ...originMermaid(report), ''];
}

/** The text opening: the headline and the calls that carried the trouble. */
export function originText(report: Report): string[] {
  const headline = originHeadline(report);
  if (!headline) return [];
  const graph = originTextGraph(report);
  return [headline, ...graph, ''];
}
