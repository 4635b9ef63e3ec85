/**
 * The simulated mesh as sidecar Istio's series: mesh-openmetrics.ts in its default dialect, under the name the
 * origin tests and the benchmark first knew it by.
 */
export {
  generateMeshOpenMetrics,
  shareAtOrBelow,
  type MeshDataOptions,
  type MeshPeriod,
} from './mesh-openmetrics.js';
