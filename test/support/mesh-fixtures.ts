/**
 * Builders for Kubernetes objects in their wire (JSON) shape: namespaces, pods as Istio really injects them
 * (classic sidecar, native sidecar in initContainers, ambient, none) and as Linkerd's proxy injector does
 * (linkerd-proxy container or native sidecar), Istio waypoint and ztunnel pods, Services, and the istiod /
 * gateway / Linkerd control-plane Deployments. Used with the Kubernetes API emulator. The pods are built in
 * mesh-pod-fixtures.ts, the Deployments in mesh-control-plane-fixtures.ts; namespaces, Services and whole meshes here.
 */

import type { KubeApiServer } from './kube-api-server.js';
import { LINKERD_VERSION, gatewayPod, pod, type PodSpecOptions } from './mesh-pod-fixtures.js';
import { gatewayDeployment, istiodDeployment, linkerdDeployment } from './mesh-control-plane-fixtures.js';

// Many tests import every builder from here: the pods and the control plane are re-exported.
export {
  ISTIO_VERSION,
  LINKERD_VERSION,
  gatewayPod,
  pod,
  waypointPod,
  ztunnelPod,
  type PodMeshMode,
  type PodSpecOptions,
} from './mesh-pod-fixtures.js';
export { gatewayDeployment, istiodDeployment, linkerdDeployment } from './mesh-control-plane-fixtures.js';

export function namespace(
  name: string,
  labels: Record<string, string> = {},
  annotations: Record<string, string> = {},
): object {
  return {
    metadata: {
      name,
      labels: { 'kubernetes.io/metadata.name': name, ...labels },
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}
export function service(
  namespaceName: string,
  name: string,
  selector: Record<string, string> | null,
  port = 8080,
): Record<string, unknown> {
  return {
    metadata: { name, namespace: namespaceName, labels: { app: name } },
    spec: {
      ...(selector ? { selector } : {}),
      ports: [{ name: 'http', port, protocol: 'TCP', targetPort: port }],
      clusterIP: '10.96.12.34',
      clusterIPs: ['10.96.12.34'],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    },
    status: { loadBalancer: {} },
  };
}
/**
 * Linkerd's control plane in namespace `linkerd`: the destination controller (whose image tells the version), the
 * identity issuer and the proxy injector, each with its pods.
 */
export function addLinkerdControlPlane(
  api: KubeApiServer,
  options: { destinationReplicas?: number; destinationReady?: number } = {},
): void {
  const replicas = options.destinationReplicas ?? 1;
  const components = [
    {
      component: 'destination' as const,
      container: 'destination',
      image: `cr.l5d.io/linkerd/controller:${LINKERD_VERSION}`,
      replicas,
      readyReplicas: options.destinationReady ?? replicas,
    },
    {
      component: 'identity' as const,
      container: 'identity',
      image: `cr.l5d.io/linkerd/controller:${LINKERD_VERSION}`,
    },
    {
      component: 'proxy-injector' as const,
      container: 'proxy-injector',
      image: `cr.l5d.io/linkerd/controller:${LINKERD_VERSION}`,
    },
  ];
  for (const one of components) {
    api.addDeployment(linkerdDeployment(one));
    for (let i = 0; i < (one.replicas ?? 1); i++)
      api.addPod(
        pod({
          namespace: 'linkerd',
          name: `linkerd-${one.component}-7c9d5f8b4-${i}x`,
          app: `linkerd-${one.component}`,
          mode: 'linkerd',
          ready: i < (one.readyReplicas ?? 1),
          extraLabels: { 'linkerd.io/control-plane-component': one.component },
        }),
      );
  }
  api.addService(
    service('linkerd', 'linkerd-dst', { 'linkerd.io/control-plane-component': 'destination' }, 8086),
  );
}

/** Adds `count` pods named `${app}-${i}` with the given options; `tweak` adjusts single pods. */
export function addPods(
  api: KubeApiServer,
  base: Omit<PodSpecOptions, 'name'>,
  count: number,
  tweak: (i: number) => Partial<PodSpecOptions> = () => ({}),
): void {
  for (let i = 0; i < count; i++) {
    api.addPod(pod({ ...base, name: `${base.app}-${i}`, ip: `10.244.0.${i + 1}`, ...tweak(i) }));
  }
}

/**
 * The hand-built mesh (47 pods). Expected per Service, counted by hand:
 * shop     frontend  sidecar        4 pods, #3 not ready, + 1 terminating   → 3/4
 *          cart      native sidecar 3 ready                                 → 3/3
 *          checkout  sidecar        2 ready + 1 pod opted out of injection  → 2/2 (+ note)
 *          catalog   annotation     2 ready + 1 Pending                     → 2/3
 *          legacy-batch             3 unmeshed                              → unmeshed
 *          external-db              no selector                             → ignored
 * payments (namespace labelled ambient)
 *          ledger    ambient        4 pods, #0 not ready, + 1 Succeeded job → 3/4
 *          fraud     sidecar        3 ready (a sidecar wins over ambient)   → 3/3
 *          reports   opted out      2 pods labelled dataplane-mode=none     → unmeshed
 *          api       mixed          2 ambient + 1 sidecar                   → 3/3
 * legacy   web       unmeshed       5                                       → unmeshed
 *          search    ambient label  3 ready + 1 terminating                 → 3/3
 *          inventory sidecar        4 pods, #0 and #1 not ready             → 2/4
 * istio-system: istiod (2 pods), ingress gateway (2 pods), their Services   → infrastructure, not listed
 */
export function buildSampleMesh(api: KubeApiServer): void {
  api.addNamespace(namespace('shop', { 'istio-injection': 'enabled' }));
  api.addNamespace(namespace('payments', { 'istio.io/dataplane-mode': 'ambient' }));
  api.addNamespace(namespace('legacy'));
  api.addNamespace(namespace('istio-system'));

  addPods(api, { namespace: 'shop', app: 'frontend' }, 4, (i) => ({ ready: i !== 3 }));
  api.addPod(pod({ namespace: 'shop', app: 'frontend', name: 'frontend-old', terminating: true }));
  addPods(api, { namespace: 'shop', app: 'cart', mode: 'native-sidecar' }, 3);
  addPods(api, { namespace: 'shop', app: 'checkout' }, 2);
  api.addPod(
    pod({
      namespace: 'shop',
      app: 'checkout',
      name: 'checkout-debug',
      mode: 'none',
      extraLabels: { 'sidecar.istio.io/inject': 'false' },
    }),
  );
  addPods(api, { namespace: 'shop', app: 'catalog', mode: 'annotation-only' }, 2);
  api.addPod(pod({ namespace: 'shop', app: 'catalog', name: 'catalog-pending', phase: 'Pending' }));
  addPods(api, { namespace: 'shop', app: 'legacy-batch', mode: 'none' }, 3);
  for (const name of ['frontend', 'cart', 'checkout', 'catalog', 'legacy-batch']) {
    api.addService(service('shop', name, { app: name }));
  }
  api.addService(service('shop', 'external-db', null, 5432));

  addPods(api, { namespace: 'payments', app: 'ledger', mode: 'none' }, 4, (i) => ({ ready: i !== 0 }));
  api.addPod(
    pod({ namespace: 'payments', app: 'ledger', name: 'ledger-migrate', mode: 'none', phase: 'Succeeded' }),
  );
  addPods(api, { namespace: 'payments', app: 'fraud', mode: 'sidecar' }, 3);
  addPods(
    api,
    {
      namespace: 'payments',
      app: 'reports',
      mode: 'none',
      extraLabels: { 'istio.io/dataplane-mode': 'none' },
    },
    2,
  );
  addPods(api, { namespace: 'payments', app: 'api', mode: 'ambient' }, 2);
  api.addPod(pod({ namespace: 'payments', app: 'api', name: 'api-canary', mode: 'sidecar' }));
  for (const name of ['ledger', 'fraud', 'reports', 'api'])
    api.addService(service('payments', name, { app: name }));

  addPods(api, { namespace: 'legacy', app: 'web', mode: 'none' }, 5);
  addPods(api, { namespace: 'legacy', app: 'search', mode: 'ambient' }, 3);
  api.addPod(
    pod({ namespace: 'legacy', app: 'search', name: 'search-old', mode: 'ambient', terminating: true }),
  );
  addPods(api, { namespace: 'legacy', app: 'inventory' }, 4, (i) => ({ ready: i > 1 }));
  for (const name of ['web', 'search', 'inventory']) api.addService(service('legacy', name, { app: name }));

  api.addDeployment(istiodDeployment({ replicas: 2 }));
  for (const i of [0, 1]) {
    api.addPod(
      pod({
        namespace: 'istio-system',
        app: 'istiod',
        name: `istiod-${i}`,
        mode: 'none',
        extraLabels: { istio: 'pilot' },
      }),
    );
  }
  api.addService(service('istio-system', 'istiod', { app: 'istiod', istio: 'pilot' }, 15012));
  api.addDeployment(gatewayDeployment({ name: 'istio-ingressgateway', kind: 'ingress', replicas: 2 }));
  api.addDeployment(
    gatewayDeployment({ name: 'istio-egressgateway', kind: 'egress', replicas: 1, readyReplicas: 0 }),
  );
  for (const i of [0, 1])
    api.addPod(gatewayPod('istio-system', `istio-ingressgateway-${i}`, 'istio-ingressgateway'));
  api.addService(service('istio-system', 'istio-ingressgateway', { app: 'istio-ingressgateway' }, 80));
}
