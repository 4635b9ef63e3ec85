/**
 * Renders the `status` command's view (cluster connection, namespaces, Istio control plane, meshed Services,
 * gateways, baseline metadata, thresholds) as terminal text or a stable JSON object. Pure: ages and every
 * other fact are passed in; no clock, no I/O.
 */
import { renderActivityText, type ActivityStatus } from './activity.js';
import { formatAge } from './units.js';
import type { MeshInventory } from '../mesh/types.js';
import type { BackendStatus } from '../core/types.js';
import { MESH_DIALECTS } from '../mesh/dialects/index.js';

export interface BaselineStatus {
  path: string;
  present: boolean;
  createdAt?: string;
  window?: { from: string; to: string };
  services?: number;
  ageSeconds?: number;
  matchesCluster?: boolean;
  matchesNamespaces?: boolean;
  /** Why the baseline cannot be used (corrupt, wrong schema, …). */
  problem?: string;
}

export interface StatusView {
  inventory: MeshInventory | null;
  connectionError?: string;
  baseline: BaselineStatus;
  thresholds: Record<string, string | number | null>;
  /**
   * The source's backend as the source measures it (Prometheus: reachable, its mesh metrics, the scrape interval),
   * when the source has one: `title` names it in the text, `name` (the source's) in the JSON document.
   */
  backend?: { name: string; title: string; status: BackendStatus };
  /** The scan history's recent activity, when the caller read it. */
  activity?: ActivityStatus;
}

export { formatAge };

const yesNo = (value: boolean | undefined) => (value === undefined ? 'unknown' : value ? 'yes' : 'no');

/** Left-aligned columns separated by two spaces. */
function columns(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '));
}

function clusterLines(view: StatusView): string[] {
  const inv = view.inventory;
  if (!inv) return [`Cluster      not connected: ${view.connectionError ?? 'no connection attempted'}`];
  const cp = inv.controlPlane;
  const istio = cp.found
    ? `${cp.version ?? 'version unknown'} (istiod in ${cp.namespace ?? '?'}, revision${cp.revisions.length > 1 ? 's' : ''} ` +
      `${cp.revisions.join(', ')}, ${cp.replicasReady}/${cp.replicas} replicas ready)`
    : 'istiod not found';
  const gateways = inv.gateways.length
    ? inv.gateways.map((g) => `${g.kind} ${g.namespace}/${g.name} ${g.ready}/${g.total} ready`).join('; ')
    : 'none';
  const lines = [
    `Cluster      ${inv.cluster.server} (context ${inv.cluster.context}, Kubernetes ${inv.cluster.version})`,
    `Namespaces   ${inv.namespaces.length ? inv.namespaces.join(', ') : 'none'}`,
    `Istio        ${istio}`,
    `Gateways     ${gateways}`,
    `Services     ${inv.services.length} meshed, ${inv.unmeshedServices} outside the mesh`,
  ];
  if (inv.services.length > 0) {
    const rows = [
      ['NAMESPACE', 'SERVICE', 'MODE', 'READY'],
      ...inv.services.map((s) => [s.namespace, s.name, s.meshMode, `${s.podsReady}/${s.podsTotal}`]),
    ];
    lines.push(...columns(rows).map((l) => `  ${l}`));
  }
  return lines;
}

function baselineLines(baseline: BaselineStatus): string[] {
  if (!baseline.present)
    return [`Baseline     none at ${baseline.path} (run \`smanalyzer learn\` to create one)`];
  const lines = [`Baseline     ${baseline.path}`];
  if (baseline.problem) lines.push(`  problem    ${baseline.problem}`);
  if (baseline.createdAt) {
    const age = baseline.ageSeconds !== undefined ? ` (${formatAge(baseline.ageSeconds)} ago)` : '';
    lines.push(`  created    ${baseline.createdAt}${age}`);
  }
  if (baseline.window) lines.push(`  learned    ${baseline.window.from} → ${baseline.window.to}`);
  if (baseline.services !== undefined) lines.push(`  services   ${baseline.services}`);
  lines.push(
    `  matches    this cluster: ${yesNo(baseline.matchesCluster)}, these namespaces: ${yesNo(baseline.matchesNamespaces)}`,
  );
  return lines;
}

function thresholdLines(thresholds: Record<string, string | number | null>): string[] {
  const entries = Object.entries(thresholds);
  if (entries.length === 0) return ['Thresholds   none'];
  const rows = entries.map(([k, v]) => [k, v === null ? 'off' : String(v)]);
  return ['Thresholds', ...columns(rows).map((l) => `  ${l}`)];
}

function backendLines(backend: StatusView['backend']): string[] {
  if (!backend) return [];
  const { status: p } = backend;
  const title = backend.title.padEnd(12);
  if (!p.reachable) return [`${title} ${p.url}: unreachable: ${p.error ?? 'no answer'}`];
  const interval = p.scrapeIntervalSeconds
    ? `scraped every ${p.scrapeIntervalSeconds}s`
    : 'scrape interval unknown';
  return [
    p.mesh
      ? `${title} ${p.url}: reachable, ${MESH_DIALECTS[p.mesh].title} metrics for ${p.services} service${p.services === 1 ? '' : 's'} in the last hour, ${interval}`
      : `${title} ${p.url}: reachable, no mesh metrics in the last hour (Istio, Istio ambient, Linkerd)`,
  ];
}

export function renderStatusText(status: StatusView): string {
  const lines = [
    ...clusterLines(status),
    ...backendLines(status.backend),
    ...baselineLines(status.baseline),
    ...thresholdLines(status.thresholds),
    ...(status.activity ? renderActivityText(status.activity) : []),
  ];
  const notes = status.inventory?.notes ?? [];
  if (notes.length) lines.push('Notes', ...notes.map((n) => `  - ${n}`));
  return `${lines.join('\n')}\n`;
}

/** The `status --output json` document. Field names are a public contract: keep them stable. */
export function statusToJson(status: StatusView): object {
  const inv = status.inventory;
  return {
    schemaVersion: 1,
    cluster: inv
      ? { connected: true, ...inv.cluster }
      : { connected: false, error: status.connectionError ?? 'no connection attempted' },
    namespaces: inv?.namespaces ?? [],
    controlPlane: inv?.controlPlane ?? null,
    gateways: inv?.gateways ?? [],
    services: (inv?.services ?? []).map((s) => ({
      namespace: s.namespace,
      name: s.name,
      meshMode: s.meshMode,
      podsReady: s.podsReady,
      podsTotal: s.podsTotal,
      pods: s.pods.map(({ name, ready, ip }) => ({ name, ready, ...(ip ? { ip } : {}) })),
    })),
    unmeshedServices: inv?.unmeshedServices ?? 0,
    ...(status.backend ? { [status.backend.name]: { ...status.backend.status } } : {}),
    baseline: { ...status.baseline },
    thresholds: { ...status.thresholds },
    notes: inv?.notes ?? [],
    apiCalls: inv?.apiCalls ?? 0,
    ...(status.activity
      ? {
          recentActivity: {
            path: status.activity.path,
            ...(status.activity.recent ?? { periods: [], last: [], total: 0 }),
            notes: status.activity.notes,
          },
        }
      : {}),
  };
}

/** The formats `status --output` offers, in the order its help lists them: the name and how the view is written. */
export const STATUS_FORMATS: Readonly<Record<string, (view: StatusView) => string>> = {
  text: renderStatusText,
  json: (view) => JSON.stringify(statusToJson(view), null, 2) + '\n',
};
export const STATUS_FORMAT_NAMES = Object.keys(STATUS_FORMATS);
