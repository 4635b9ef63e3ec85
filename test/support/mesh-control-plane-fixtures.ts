/**
 * The meshes' control-plane Deployments in their wire (JSON) shape: istiod, Istio's ingress/egress gateways and
 * Linkerd's controllers, as their installers create them.
 */

import {
  ISTIO_VERSION,
  LINKERD_VERSION,
  istioProxyContainer,
  linkerdProxyContainer,
} from './mesh-pod-fixtures.js';

function deployment(
  namespaceName: string,
  name: string,
  labels: Record<string, string>,
  containers: Array<Record<string, unknown>>,
  replicas: number,
  readyReplicas: number,
): Record<string, unknown> {
  return {
    metadata: { name, namespace: namespaceName, labels, generation: 1 },
    spec: {
      replicas,
      selector: { matchLabels: { app: labels.app } },
      template: { metadata: { labels }, spec: { containers } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '100%', maxUnavailable: '25%' } },
    },
    status: {
      observedGeneration: 1,
      replicas,
      updatedReplicas: replicas,
      ...(readyReplicas > 0 ? { readyReplicas, availableReplicas: readyReplicas } : {}),
      ...(replicas - readyReplicas > 0 ? { unavailableReplicas: replicas - readyReplicas } : {}),
    },
  };
}

/** istiod as `istioctl install` / the istiod Helm chart creates it. */
export function istiodDeployment(options: {
  namespace?: string;
  revision?: string;
  version?: string;
  replicas?: number;
  readyReplicas?: number;
  image?: string;
}): Record<string, unknown> {
  const revision = options.revision ?? 'default';
  const version = options.version ?? ISTIO_VERSION;
  const replicas = options.replicas ?? 1;
  const name = revision === 'default' ? 'istiod' : `istiod-${revision}`;
  return deployment(
    options.namespace ?? 'istio-system',
    name,
    {
      app: 'istiod',
      istio: 'pilot',
      'istio.io/rev': revision,
      'install.operator.istio.io/owning-resource': 'unknown',
      'operator.istio.io/component': 'Pilot',
    },
    [
      {
        name: 'discovery',
        image: options.image ?? `docker.io/istio/pilot:${version}`,
        args: [
          'discovery',
          '--monitoringAddr=:15014',
          '--log_output_level=default:info',
          '--domain',
          'cluster.local',
          '--keepaliveMaxServerConnectionAge',
          '30m',
        ],
        ports: [
          { containerPort: 8080, protocol: 'TCP' },
          { containerPort: 15010, protocol: 'TCP' },
          { containerPort: 15017, protocol: 'TCP' },
        ],
      },
    ],
    replicas,
    options.readyReplicas ?? replicas,
  );
}

/** An ingress/egress gateway Deployment (the proxy runs as `istio-proxy` with the `router` role). */
export function gatewayDeployment(options: {
  namespace?: string;
  name: string;
  kind: 'ingress' | 'egress';
  replicas?: number;
  readyReplicas?: number;
}): Record<string, unknown> {
  const replicas = options.replicas ?? 1;
  return deployment(
    options.namespace ?? 'istio-system',
    options.name,
    {
      app: options.name,
      istio: `${options.kind}gateway`,
      'istio.io/rev': 'default',
      'operator.istio.io/component': options.kind === 'ingress' ? 'IngressGateways' : 'EgressGateways',
    },
    [istioProxyContainer(['proxy', 'router', '--domain', '$(POD_NAMESPACE).svc.cluster.local'])],
    replicas,
    options.readyReplicas ?? replicas,
  );
}

/**
 * A Linkerd control-plane Deployment as `linkerd install` creates it in namespace `linkerd`, labelled with its
 * component; `container` is the one that tells the version (the destination controller's image).
 */
export function linkerdDeployment(options: {
  component: 'destination' | 'identity' | 'proxy-injector';
  container: string;
  image: string;
  replicas?: number;
  readyReplicas?: number;
}): Record<string, unknown> {
  const replicas = options.replicas ?? 1;
  const readyReplicas = options.readyReplicas ?? replicas;
  const labels = {
    'app.kubernetes.io/name': options.component,
    'app.kubernetes.io/part-of': 'Linkerd',
    'app.kubernetes.io/version': LINKERD_VERSION,
    'linkerd.io/control-plane-component': options.component,
    'linkerd.io/control-plane-ns': 'linkerd',
  };
  return {
    metadata: { name: `linkerd-${options.component}`, namespace: 'linkerd', labels, generation: 1 },
    spec: {
      replicas,
      selector: { matchLabels: { 'linkerd.io/control-plane-component': options.component } },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: options.container, image: options.image }, linkerdProxyContainer()] },
      },
    },
    status: {
      observedGeneration: 1,
      replicas,
      updatedReplicas: replicas,
      ...(readyReplicas > 0 ? { readyReplicas, availableReplicas: readyReplicas } : {}),
    },
  };
}
