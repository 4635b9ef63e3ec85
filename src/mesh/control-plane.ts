/**
 * The control plane (istiod revisions and version, Linkerd's destination controller; readiness) and the gateways,
 * read from the cluster's deployments. Pure: deployments in, descriptions out. Apart from the inventory because it
 * reads deployments, not pods and Services.
 */
import type { V1Deployment } from '@kubernetes/client-node';
import { compareServiceKeys } from '../core/types.js';
import type { ControlPlane, MeshGateway } from './types.js';
import type { MeshDialect } from './dialect.js';
import { ISTIO } from './dialects/istio.js';
import { LINKERD } from './dialects/linkerd.js';

/** The control planes to look for, each by its own label selector. */
export const CONTROL_PLANES: ReadonlyArray<{ mesh: 'istio' | 'linkerd'; dialect: MeshDialect }> = [
  { mesh: 'istio', dialect: ISTIO },
  { mesh: 'linkerd', dialect: LINKERD },
];

/** "docker.io/istio/pilot:1.22.3-distroless" → "1.22.3"; undefined when pinned by digest only. */
export function istioVersionFromImage(image: string | undefined): string | undefined {
  if (!image) return undefined;
  const withoutDigest = image.split('@')[0];
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  if (colon <= lastSlash) return undefined;
  const tag = withoutDigest.slice(colon + 1).replace(/-(distroless|debug)$/, '');
  return tag || undefined;
}

/** Whether a Deployment is a control plane's version-telling component (istiod; Linkerd's destination). */
function controlPlaneOf(d: V1Deployment): (typeof CONTROL_PLANES)[number] | undefined {
  const labels = d.metadata?.labels ?? {};
  return (
    CONTROL_PLANES.find(({ dialect }) =>
      Object.entries(dialect.discovery.controlPlane.isControlPlane).every(([k, v]) => labels[k] === v),
    ) ?? (labels.istio === 'pilot' ? CONTROL_PLANES[0] : undefined)
  );
}

function replicaCounts(d: V1Deployment): { ready: number; total: number } {
  return { ready: d.status?.readyReplicas ?? 0, total: d.spec?.replicas ?? d.status?.replicas ?? 0 };
}

/**
 * The control plane: the preferred mesh's (the one the pods speak), else the first found. Istio's istiod
 * revisions and version, Linkerd's destination controller; readiness summed over its replicas.
 */
export function describeControlPlane(
  deployments: V1Deployment[],
  prefer?: 'istio' | 'linkerd',
): {
  controlPlane: ControlPlane;
  notes: string[];
} {
  const found = deployments.filter((d) => controlPlaneOf(d) !== undefined);
  const meshes = [...new Set(found.map((d) => controlPlaneOf(d)!.mesh))];
  const mesh = prefer && meshes.includes(prefer) ? prefer : meshes[0];
  const notes: string[] = [];
  if (!mesh) {
    notes.push(
      'no mesh control plane (istiod, linkerd-destination) found in any namespace: it may be external (remote cluster, managed mesh) or missing',
    );
    return { controlPlane: { found: false, revisions: [], replicasReady: 0, replicas: 0 }, notes };
  }
  const { dialect } = CONTROL_PLANES.find((one) => one.mesh === mesh)!;
  const planes = found.filter((d) => controlPlaneOf(d)!.mesh === mesh);
  const revisionOf = (d: V1Deployment) => d.metadata?.labels?.['istio.io/rev'] ?? 'default';
  // The default revision first: it is the one unlabelled namespaces use.
  planes.sort((a, b) => Number(revisionOf(b) === 'default') - Number(revisionOf(a) === 'default'));
  const container = dialect.discovery.controlPlane.versionContainer;
  const versions = [
    ...new Set(
      planes
        .map((d) => d.spec?.template?.spec?.containers?.find((c) => c.name === container)?.image)
        .map(istioVersionFromImage)
        .filter((v): v is string => v !== undefined),
    ),
  ];
  const name = mesh === 'istio' ? 'istiod' : 'linkerd-destination';
  if (versions.length > 1) notes.push(`${name} revisions run different versions: ${versions.join(', ')}`);
  const replicasReady = planes.reduce((sum, d) => sum + replicaCounts(d).ready, 0);
  const replicas = planes.reduce((sum, d) => sum + replicaCounts(d).total, 0);
  if (replicasReady < replicas) notes.push(`${name}: ${replicasReady} of ${replicas} replicas ready`);
  return {
    controlPlane: {
      found: true,
      mesh,
      namespace: planes[0].metadata?.namespace,
      revisions: [...new Set(planes.map(revisionOf))].sort(),
      version: versions[0],
      replicasReady,
      replicas,
    },
    notes,
  };
}

export function describeGateways(deployments: V1Deployment[]): MeshGateway[] {
  return deployments
    .filter((d) => controlPlaneOf(d) === undefined && d.metadata?.labels?.istio !== undefined)
    .filter((d) => {
      const containers = d.spec?.template?.spec?.containers ?? [];
      const role = d.metadata?.labels?.istio ?? '';
      return /gateway|ingress|egress/.test(role) || containers.some((c) => c.args?.includes('router'));
    })
    .map((d) => {
      const name = d.metadata?.name ?? '';
      const role = d.metadata?.labels?.istio ?? '';
      const kind: 'ingress' | 'egress' = /egress/.test(role) || /egress/.test(name) ? 'egress' : 'ingress';
      const { ready, total } = replicaCounts(d);
      return { namespace: d.metadata?.namespace ?? '', name, kind, ready, total };
    })
    .sort(compareServiceKeys);
}
