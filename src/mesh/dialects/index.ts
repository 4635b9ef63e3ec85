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
