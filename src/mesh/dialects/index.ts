/** Every mesh dialect SMAnalyzer reads, by name: adding one is a declaration file and a line here. */
import type { MeshDialect, MeshName } from '../dialect.js';
import { ISTIO } from './istio.js';
import { ISTIO_AMBIENT } from './istio-ambient.js';
import { LINKERD } from './linkerd.js';

export const MESH_DIALECTS: Readonly<Record<MeshName, MeshDialect>> = {
  istio: ISTIO,
  'istio-ambient': ISTIO_AMBIENT,
  linkerd: LINKERD,
};

export function dialectOf(name: MeshName): MeshDialect {
  return MESH_DIALECTS[name];
}

/** The dialect to read when neither the settings nor discovery named one: Istio's sidecars, the most common. */
export function dialectFor(mesh: MeshName | 'auto'): MeshDialect {
  return dialectOf(mesh === 'auto' ? 'istio' : mesh);
}

/** How a log line names the control plane discovery found (its `mesh`: istiod's, or Linkerd's destination). */
export function controlPlaneTitle(mesh: 'istio' | 'linkerd' | undefined): string {
  return mesh === 'linkerd' ? 'Linkerd' : 'Istio';
}
