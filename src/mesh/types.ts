/**
 * The mesh inventory discovery produces: meshed Services with their pods, the mesh's control plane, waypoints and
 * gateways. Plain data, shared by `status`, `scan`, `learn` and the reports.
 */
import type { ClusterIdentity } from '../k8s/connection.js';
import type { MeshName } from '../core/types.js';

/** How a Service's pods take part: Istio sidecars, Istio ambient (ztunnel), Linkerd proxies, or several. */
export type MeshMode = 'sidecar' | 'ambient' | 'linkerd' | 'mixed';

export interface MeshPod {
  name: string;
  ready: boolean;
  ip?: string;
  /** The pod's labels a mesh's scrape would copy onto its series (ProxyScrape.podLabels), when it has any. */
  labels?: Readonly<Record<string, string>>;
}

export interface MeshService {
  namespace: string;
  name: string;
  meshMode: MeshMode;
  /** Meshed pods behind the Service (terminating pods excluded) that are Ready. */
  podsReady: number;
  podsTotal: number;
  pods: MeshPod[];
  /** Ambient: the waypoint serving it at L7 (istio.io/use-waypoint on the pod, Service or namespace); absent: L4 only. */
  waypoint?: string;
}

export interface ControlPlane {
  found: boolean;
  /** Whose control plane: Istio's istiod, Linkerd's destination controller. */
  mesh?: 'istio' | 'linkerd';
  namespace?: string;
  /** istio.io/rev of each istiod found ("default" for an unrevisioned install); Linkerd: ["default"]. */
  revisions: string[];
  /** From the control plane's image tag, e.g. "1.22.3" or "stable-2.14.10". */
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
  /** The mesh dialect the proxies found speak (null: no meshed pod and no control plane). */
  mesh: MeshName | null;
  /** The namespaces looked at (all of the cluster's when none were chosen). */
  namespaces: string[];
  /** Only Services with at least one meshed pod, sorted by namespace then name. */
  services: MeshService[];
  /** Services with a selector whose live pods are all outside the mesh (or that have no pods). */
  unmeshedServices: number;
  controlPlane: ControlPlane;
  gateways: MeshGateway[];
  /** Ambient waypoint proxies found (their pods serve the L7 metrics of the Services they front). */
  waypoints: Array<{ namespace: string; name: string; pods: MeshPod[] }>;
  notes: string[];
  /** HTTP requests discovery sent to the API server (retries included). */
  apiCalls: number;
}
