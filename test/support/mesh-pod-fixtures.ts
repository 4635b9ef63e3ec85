/**
 * Pods in their wire (JSON) shape as the meshes inject them: Istio's classic sidecar, native sidecar in
 * initContainers, ambient, none; Linkerd's proxy injector (linkerd-proxy container or native sidecar); and the mesh's
 * own pods (gateways, waypoints, ztunnel). The proxy containers are shared with the control-plane Deployments.
 */

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

export function istioProxyContainer(args: string[]): Record<string, unknown> {
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
export function linkerdProxyContainer(): Record<string, unknown> {
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
