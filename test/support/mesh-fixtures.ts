/**
 * Builders for Kubernetes objects in their wire (JSON) shape: namespaces, pods as Istio really injects them
 * (classic sidecar, native sidecar in initContainers, ambient, none) and as Linkerd's proxy injector does
 * (linkerd-proxy container or native sidecar), Istio waypoint and ztunnel pods, Services, and the istiod /
 * gateway / Linkerd control-plane Deployments. Used with the Kubernetes API emulator.
 */

import type { KubeApiServer } from './kube-api-server.js';

export const ISTIO_VERSION = '1.22.3';
export const LINKERD_VERSION = 'stable-2.14.10';

export type PodMeshMode =
  'sidecar' | 'native-sidecar' | 'ambient' | 'none' | 'annotation-only' | 'linkerd' | 'linkerd-native';

export interface PodSpecOptions {
  namespace: string;
  name: string;
  /** The `app` label: what Services select on. */
  app: string;
  version?: string;
  mode?: PodMeshMode;
  /** Every container ready and the Ready condition true (default). */
  ready?: boolean;
  /** Sets metadata.deletionTimestamp: the pod is shutting down. */
  terminating?: boolean;
  phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  ip?: string;
  extraLabels?: Record<string, string>;
}

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

const SIDECAR_STATUS_ANNOTATION = JSON.stringify({
  initContainers: ['istio-init'],
  containers: ['istio-proxy'],
  volumes: [
    'workload-socket',
    'credential-socket',
    'workload-certs',
    'istio-envoy',
    'istio-data',
    'istio-podinfo',
    'istio-token',
    'istiod-ca-cert',
  ],
  imagePullSecrets: null,
  revision: 'default',
});

function istioProxyContainer(args: string[]): Record<string, unknown> {
  return {
    name: 'istio-proxy',
    image: `docker.io/istio/proxyv2:${ISTIO_VERSION}`,
    args,
    ports: [{ containerPort: 15090, name: 'http-envoy-prom', protocol: 'TCP' }],
    env: [
      { name: 'PILOT_CERT_PROVIDER', value: 'istiod' },
      { name: 'CA_ADDR', value: 'istiod.istio-system.svc:15012' },
      { name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
      {
        name: 'POD_NAMESPACE',
        valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } },
      },
      { name: 'ISTIO_META_CLUSTER_ID', value: 'Kubernetes' },
    ],
    readinessProbe: {
      httpGet: { path: '/healthz/ready', port: 15021, scheme: 'HTTP' },
      periodSeconds: 15,
      failureThreshold: 4,
    },
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' } },
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      readOnlyRootFilesystem: true,
      runAsGroup: 1337,
      runAsNonRoot: true,
      runAsUser: 1337,
    },
    volumeMounts: [
      { mountPath: '/var/run/secrets/istio', name: 'istiod-ca-cert' },
      { mountPath: '/etc/istio/proxy', name: 'istio-envoy' },
      { mountPath: '/var/run/secrets/tokens', name: 'istio-token' },
    ],
  };
}

const SIDECAR_ARGS = [
  'proxy',
  'sidecar',
  '--domain',
  '$(POD_NAMESPACE).svc.cluster.local',
  '--proxyLogLevel=warning',
  '--proxyComponentLogLevel=misc:error',
  '--log_output_level=default:info',
];

function istioInitContainer(): Record<string, unknown> {
  return {
    name: 'istio-init',
    image: `docker.io/istio/proxyv2:${ISTIO_VERSION}`,
    args: [
      'istio-iptables',
      '-p',
      '15001',
      '-z',
      '15006',
      '-u',
      '1337',
      '-m',
      'REDIRECT',
      '-i',
      '*',
      '-x',
      '',
      '-b',
      '*',
      '-d',
      '15090,15021,15020',
      '--log_output_level=default:info',
    ],
    securityContext: { capabilities: { add: ['NET_ADMIN', 'NET_RAW'], drop: ['ALL'] }, runAsUser: 0 },
  };
}

/** linkerd2-proxy as Linkerd's proxy injector adds it: admin (metrics) on 4191, inbound on 4143. */
function linkerdProxyContainer(): Record<string, unknown> {
  return {
    name: 'linkerd-proxy',
    image: `cr.l5d.io/linkerd/proxy:${LINKERD_VERSION}`,
    ports: [
      { containerPort: 4143, name: 'linkerd-proxy', protocol: 'TCP' },
      { containerPort: 4191, name: 'linkerd-admin', protocol: 'TCP' },
    ],
    env: [
      { name: 'LINKERD2_PROXY_ADMIN_LISTEN_ADDR', value: '0.0.0.0:4191' },
      { name: 'LINKERD2_PROXY_INBOUND_LISTEN_ADDR', value: '0.0.0.0:4143' },
      {
        name: 'LINKERD2_PROXY_DESTINATION_SVC_ADDR',
        value: 'linkerd-dst-headless.linkerd.svc.cluster.local.:8086',
      },
    ],
    livenessProbe: { httpGet: { path: '/live', port: 4191 }, initialDelaySeconds: 10 },
    readinessProbe: { httpGet: { path: '/ready', port: 4191 }, initialDelaySeconds: 2 },
    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsUser: 2102 },
  };
}

function linkerdInitContainer(): Record<string, unknown> {
  return {
    name: 'linkerd-init',
    image: 'cr.l5d.io/linkerd/proxy-init:v2.2.3',
    args: ['--incoming-proxy-port', '4143', '--outgoing-proxy-port', '4140', '--proxy-uid', '2102',
      '--inbound-ports-to-ignore', '4190,4191,4567,4568', '--outbound-ports-to-ignore', '4567,4568'], // prettier-ignore
    securityContext: { capabilities: { add: ['NET_ADMIN', 'NET_RAW'] }, runAsUser: 0 },
  };
}

function appContainer(app: string, version: string): Record<string, unknown> {
  return {
    name: app,
    image: `registry.example.com/shop/${app}:${version}`,
    ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
    readinessProbe: {
      httpGet: { path: `/app-health/${app}/readyz`, port: 15020, scheme: 'HTTP' },
      periodSeconds: 10,
    },
  };
}

function containerStatus(
  name: string,
  image: string,
  ready: boolean,
  started: string,
): Record<string, unknown> {
  return {
    name,
    image,
    imageID: `${image.split(':')[0]}@sha256:${'ab'.repeat(32)}`,
    containerID: `containerd://${'cd'.repeat(32)}`,
    ready,
    started: true,
    restartCount: 0,
    state: { running: { startedAt: started } },
  };
}

/** A pod as the API server returns it after Istio injection (or not), with a realistic status. */
export function pod(options: PodSpecOptions): Record<string, unknown> {
  const mode = options.mode ?? 'sidecar';
  const ready = options.ready ?? true;
  const version = options.version ?? 'v1';
  const phase = options.phase ?? 'Running';
  const started = '2025-01-01T00:01:00Z';
  const labels: Record<string, string> = {
    app: options.app,
    version,
    'pod-template-hash': '7d9f8b6c5d',
    ...options.extraLabels,
  };
  const annotations: Record<string, string> = {};
  const app = appContainer(options.app, version);
  const containers: Array<Record<string, unknown>> = [app];
  const initContainers: Array<Record<string, unknown>> = [];

  if (mode === 'sidecar' || mode === 'native-sidecar' || mode === 'annotation-only') {
    Object.assign(labels, {
      'security.istio.io/tlsMode': 'istio',
      'service.istio.io/canonical-name': options.app,
      'service.istio.io/canonical-revision': version,
    });
    Object.assign(annotations, {
      'sidecar.istio.io/status': SIDECAR_STATUS_ANNOTATION,
      'istio.io/rev': 'default',
      'kubectl.kubernetes.io/default-container': options.app,
      'kubectl.kubernetes.io/default-logs-container': options.app,
      'prometheus.io/path': '/stats/prometheus',
      'prometheus.io/port': '15020',
      'prometheus.io/scrape': 'true',
    });
    initContainers.push(istioInitContainer());
    if (mode === 'sidecar') containers.push(istioProxyContainer(SIDECAR_ARGS));
    // Istio >= 1.19 with ENABLE_NATIVE_SIDECARS: the proxy is a restartable init container.
    if (mode === 'native-sidecar')
      initContainers.push({ ...istioProxyContainer(SIDECAR_ARGS), restartPolicy: 'Always' });
  }
  if (mode === 'ambient') {
    labels['istio.io/dataplane-mode'] = 'ambient';
    annotations['ambient.istio.io/redirection'] = 'enabled';
  }
  if (mode === 'linkerd' || mode === 'linkerd-native') {
    Object.assign(labels, {
      'linkerd.io/control-plane-ns': 'linkerd',
      'linkerd.io/proxy-deployment': options.app,
      'linkerd.io/workload-ns': options.namespace,
    });
    Object.assign(annotations, {
      'linkerd.io/created-by': `linkerd/proxy-injector ${LINKERD_VERSION}`,
      'linkerd.io/inject': 'enabled',
      'linkerd.io/proxy-version': LINKERD_VERSION,
      'linkerd.io/trust-root-sha256': 'ab'.repeat(32),
      'viz.linkerd.io/tap-enabled': 'true',
    });
    initContainers.push(linkerdInitContainer());
    // config.alpha.linkerd.io/proxy-enable-native-sidecar: the proxy is a restartable init container.
    if (mode === 'linkerd') containers.push(linkerdProxyContainer());
    else initContainers.push({ ...linkerdProxyContainer(), restartPolicy: 'Always' });
  }

  const running = phase === 'Running';
  const allReady = ready && running;
  const conditionTime = '2025-01-01T00:01:05Z';
  const condition = (type: string, ok: boolean) => ({
    type,
    status: ok ? 'True' : 'False',
    lastProbeTime: null,
    lastTransitionTime: conditionTime,
  });
  const statusContainers = containers.map((c, i) =>
    // When not ready, the app container is the one failing its probe; the proxy is fine.
    containerStatus(String(c.name), String(c.image), allReady || i > 0, started),
  );
  const statusInit = initContainers.map((c) => ({
    ...containerStatus(String(c.name), String(c.image), c.restartPolicy === 'Always', started),
    ...(c.restartPolicy === 'Always' ? {} : { state: { terminated: { exitCode: 0, reason: 'Completed' } } }),
  }));

  return {
    metadata: {
      name: options.name,
      namespace: options.namespace,
      generateName: `${options.app}-7d9f8b6c5d-`,
      labels,
      annotations,
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: `${options.app}-7d9f8b6c5d`,
          uid: '00000000-0000-0000-0000-000000000001',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
      ...(options.terminating
        ? { deletionTimestamp: '2025-01-01T01:00:00Z', deletionGracePeriodSeconds: 30 }
        : {}),
    },
    spec: {
      containers,
      ...(initContainers.length ? { initContainers } : {}),
      restartPolicy: 'Always',
      serviceAccountName: options.app,
      nodeName: 'node-1',
      volumes: [{ name: 'istio-envoy', emptyDir: { medium: 'Memory' } }],
    },
    status: {
      phase,
      conditions: [
        condition('PodReadyToStartContainers', true),
        condition('Initialized', true),
        condition('Ready', allReady),
        condition('ContainersReady', allReady),
        condition('PodScheduled', true),
      ],
      hostIP: '10.0.0.11',
      ...(running
        ? { podIP: options.ip ?? '10.244.1.10', podIPs: [{ ip: options.ip ?? '10.244.1.10' }] }
        : {}),
      startTime: '2025-01-01T00:00:30Z',
      ...(statusInit.length ? { initContainerStatuses: statusInit } : {}),
      containerStatuses: statusContainers,
      qosClass: 'Burstable',
    },
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

/** A gateway's pod: it has an `istio-proxy` container but is not a meshed workload to analyse. */
export function gatewayPod(namespaceName: string, name: string, app: string): Record<string, unknown> {
  const p = pod({ namespace: namespaceName, name, app, mode: 'none' });
  const spec = p.spec as { containers: Array<Record<string, unknown>> };
  spec.containers = [
    istioProxyContainer(['proxy', 'router', '--domain', '$(POD_NAMESPACE).svc.cluster.local']),
  ];
  const metadata = p.metadata as { labels: Record<string, string>; annotations: Record<string, string> };
  const status = p.status as { containerStatuses: Array<Record<string, unknown>> };
  status.containerStatuses = [
    containerStatus('istio-proxy', `docker.io/istio/proxyv2:${ISTIO_VERSION}`, true, '2025-01-01T00:01:00Z'),
  ];
  metadata.labels.istio = 'ingressgateway';
  metadata.annotations['sidecar.istio.io/inject'] = 'false';
  return p;
}

/**
 * A waypoint proxy's pod, as Istio deploys one for a Gateway of class istio-waypoint: labelled with the Gateway's
 * name and managed by Istio's mesh controller, an `istio-proxy` running as a waypoint, outside ambient itself.
 */
export function waypointPod(
  namespaceName: string,
  gateway: string,
  index: number,
  options: { ready?: boolean } = {},
): Record<string, unknown> {
  const p = pod({
    namespace: namespaceName,
    name: `${gateway}-6f9d8c7b5-${'wxyz'[index % 4]}${index}k2p`,
    app: gateway,
    mode: 'none',
    ready: options.ready,
    ip: `10.244.9.${10 + index}`,
    extraLabels: {
      'gateway.istio.io/managed': 'istio.io-mesh-controller',
      'gateway.networking.k8s.io/gateway-name': gateway,
      'istio.io/gateway-name': gateway,
      'istio.io/dataplane-mode': 'none',
      'service.istio.io/canonical-name': gateway,
      'sidecar.istio.io/inject': 'false',
    },
  });
  const labels = (p.metadata as { labels: Record<string, string> }).labels;
  delete labels.app;
  delete labels.version;
  (p.spec as { containers: Array<Record<string, unknown>> }).containers = [
    istioProxyContainer(['proxy', 'waypoint', '--domain', '$(POD_NAMESPACE).svc.cluster.local']),
  ];
  return p;
}

/** ztunnel, the ambient node proxy (a DaemonSet's pod in istio-system): mesh machinery, not a workload. */
export function ztunnelPod(node: number): Record<string, unknown> {
  return pod({
    namespace: 'istio-system',
    name: `ztunnel-${'bcdfg'[node % 5]}7x${node}q`,
    app: 'ztunnel',
    mode: 'none',
    ip: `10.0.0.${11 + node}`,
  });
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
