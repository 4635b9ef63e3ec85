/**
 * Which mesh a cluster or a Prometheus holds, when `--mesh auto` asks: from the proxies discovery found, or from
 * which dialects' series exist. Pure.
 */
import { MetricsError } from '../core/types.js';
import type { MeshName } from './dialect.js';
import { MESH_DIALECTS } from './dialects/index.js';

/** Whether a Prometheus holds a metric with this view label value (in the window probed). */
export type SeriesPresence = (metric: string, label: string, value: string) => boolean;

/**
 * The dialect whose series a Prometheus holds: ambient where any waypoint reports L7, sidecar Istio where sidecars
 * do, ambient again where Istio holds only ztunnel's L4 series, Linkerd where its proxies report inbound traffic.
 */
export function detectMesh(present: SeriesPresence): MeshName | null {
  const { istio, 'istio-ambient': ambient, linkerd } = MESH_DIALECTS;
  const l7 = (dialect: typeof istio, value: string) =>
    present(dialect.metrics.requests, dialect.server.label, value);
  if (ambient.server.values.some((value) => !istio.server.values.includes(value) && l7(ambient, value)))
    return 'istio-ambient';
  if (istio.server.values.some((value) => l7(istio, value))) return 'istio';
  const l4 = ambient.l4!;
  if (l4.values.some((value) => present(l4.connections, l4.label, value))) return 'istio-ambient';
  if (linkerd.server.values.some((value) => l7(linkerd, value))) return 'linkerd';
  return null;
}

/** The series each dialect would need, for the message when none is there. */
function expectedSeries(dialect?: MeshName): string {
  const dialects = dialect ? [MESH_DIALECTS[dialect]] : Object.values(MESH_DIALECTS);
  const names = new Map<string, string[]>();
  for (const one of dialects) {
    names.set(one.metrics.requests, [...(names.get(one.metrics.requests) ?? []), one.title]);
    if (one.l4) names.set(one.l4.connections, [...(names.get(one.l4.connections) ?? []), `${one.title} L4`]);
  }
  return [...names].map(([metric, titles]) => `${metric} (${titles.join(', ')})`).join(', ');
}

/** No mesh series where the source looked (a server that answers, holding none). */
export class NoMeshMetrics extends MetricsError {}

/** No mesh series where the source looked: what it looked for, and what to check. */
export function noMeshMetricsError(
  server: string,
  window: { from: number; to: number; namespaces?: string[] },
  dialect?: { name: MeshName },
): MetricsError {
  const where =
    window.namespaces && window.namespaces.length > 0 ? ` in namespaces ${window.namespaces.join(', ')}` : '';
  return new NoMeshMetrics(
    `no mesh metrics found at ${server}${where} between ${new Date(window.from).toISOString()} and ` +
      `${new Date(window.to).toISOString()}: none of ${expectedSeries(dialect?.name)}`,
    'check that this Prometheus scrapes the mesh proxies, the --mesh, --namespace and --from/--to settings',
    { environmental: false },
  );
}

/** The dialect of the proxies discovery found: Linkerd's, ambient Istio's (any ambient pod), else sidecar Istio's. */
export function meshOfProxies(counts: {
  sidecar: number;
  ambient: number;
  linkerd: number;
}): MeshName | null {
  if (counts.linkerd > counts.sidecar + counts.ambient) return 'linkerd';
  if (counts.ambient > 0) return 'istio-ambient';
  if (counts.sidecar > 0) return 'istio';
  return counts.linkerd > 0 ? 'linkerd' : null;
}
