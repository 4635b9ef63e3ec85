/**
 * The mesh inventory discovery produces: meshed Services with their pods, the Istio control plane, and
 * gateways. Plain data, shared by `status`, `scan`, `learn` and the reports.
 */
import type { ClusterIdentity } from '../k8s/connection.js';

export type MeshMode = 'sidecar' | 'ambient' | 'mixed';

export interface MeshPod {
  name: string;
  ready: boolean;
  ip?: string;
}

export interface MeshService {
  namespace: string;
  name: string;
  meshMode: MeshMode;
  /** Meshed pods behind the Service (terminating pods excluded) that are Ready. */
  podsReady: number;
  podsTotal: number;
  pods: MeshPod[];
}

export interface ControlPlane {
  found: boolean;
  namespace?: string;
  /** istio.io/rev of each istiod found ("default" for an unrevisioned install). */
  revisions: string[];
  /** From the istiod image tag, e.g. "1.22.3". */
  version?: string;
  replicasReady: number;
  replicas: number;
}

export interface MeshGateway {
  namespace: string;
  name: string;
  kind: 'ingress' | 'egress';
  ready: number;
  total: number;
}

export interface MeshInventory {
  cluster: ClusterIdentity;
  /** The namespaces looked at (all of the cluster's when none were chosen). */
  namespaces: string[];
  /** Only Services with at least one meshed pod, sorted by namespace then name. */
  services: MeshService[];
  /** Services with a selector whose live pods are all outside the mesh (or that have no pods). */
  unmeshedServices: number;
  controlPlane: ControlPlane;
  gateways: MeshGateway[];
  notes: string[];
  /** HTTP requests discovery sent to the API server (retries included). */
  apiCalls: number;
}
