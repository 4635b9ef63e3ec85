/**
 * Discovery of Istio ambient and Linkerd through the real @kubernetes/client-node against the API emulator.
 * Ambient: a namespace whose waypoint serves it (and a Service that opts out of it, a Service with a waypoint of
 * its own), a namespace without a waypoint (L4 only), and beside them a sidecar namespace (a mixed mesh). Linkerd:
 * an injected namespace (linkerd.io/inject: enabled) whose pods run `linkerd-proxy` (one as a native sidecar), an
 * uninjected one, and the control plane in `linkerd`. Expected inventories are counted by hand from the fixtures.
 */
import { connectCluster, type KubeConnection } from '../src/k8s/connection.js';
import { discoverMesh } from '../src/mesh/discover.js';
import type { MeshInventory } from '../src/mesh/types.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import {
  addLinkerdControlPlane,
  addPods,
  istiodDeployment,
  LINKERD_VERSION,
  namespace,
  pod,
  service,
  waypointPod,
  ztunnelPod,
} from './support/mesh-fixtures.js';

const isolated = (kubeconfig: string) => ({
  kubeconfig,
  env: {},
  homeDir: '/nonexistent',
  serviceAccountDir: '/nonexistent',
  retry: { initialDelayMs: 5, maxDelayMs: 20 },
});

const summary = (inventory: MeshInventory) =>
  inventory.services.map(
    (s) =>
      `${s.namespace}/${s.name} ${s.meshMode} ${s.podsReady}/${s.podsTotal}${s.waypoint ? ` waypoint=${s.waypoint}` : ''}`,
  );

/** The resources a request reads, as RBAC names them ("" group: core). */
const resourceOf = (path: string) =>
  /^\/(?:api\/v1|apis\/apps\/v1)\/(?:namespaces\/[^/]+\/)?(namespaces|pods|services|deployments)\b/.exec(
    path,
  )?.[1] ??
  /^\/api\/v1\/(namespaces)\/[^/]+$/.exec(path)?.[1] ??
  path;

/**
 * An ambient mesh beside a sidecar namespace:
 * store     ambient (namespace labels), waypoint `waypoint` for the namespace
 *           web     3 pods                                   → ambient, waypoint
 *           cart    2 pods, Service use-waypoint=none        → ambient, no waypoint (L4 only)
 *           orders  2 pods, Service use-waypoint=orders-wp   → ambient, waypoint orders-wp
 *           waypoint pods: `waypoint` 2 ready, `orders-wp` 1 not ready; a Service for `waypoint`
 * batch     ambient, no waypoint: jobs 2 pods                → ambient, no waypoint (L4 only)
 * legacy    sidecars (istio-injection=enabled): inventory 2 → sidecar
 * istio-system: istiod, ztunnel on two nodes                 → infrastructure
 */
function buildAmbientMesh(api: KubeApiServer): void {
  api.addNamespace(
    namespace('store', { 'istio.io/dataplane-mode': 'ambient', 'istio.io/use-waypoint': 'waypoint' }),
  );
  api.addNamespace(namespace('batch', { 'istio.io/dataplane-mode': 'ambient' }));
  api.addNamespace(namespace('legacy', { 'istio-injection': 'enabled' }));
  api.addNamespace(namespace('istio-system'));

  // Pods in an ambient namespace carry nothing of their own but the CNI's redirection annotation.
  addPods(api, { namespace: 'store', app: 'web', mode: 'none' }, 3);
  addPods(api, { namespace: 'store', app: 'cart', mode: 'ambient' }, 2);
  addPods(api, { namespace: 'store', app: 'orders', mode: 'ambient' }, 2);
  api.addService(service('store', 'web', { app: 'web' }));
  const cart = service('store', 'cart', { app: 'cart' }) as { metadata: { labels: Record<string, string> } };
  cart.metadata.labels['istio.io/use-waypoint'] = 'none';
  api.addService(cart);
  const orders = service('store', 'orders', { app: 'orders' }) as {
    metadata: { labels: Record<string, string> };
  };
  orders.metadata.labels['istio.io/use-waypoint'] = 'orders-wp';
  api.addService(orders);
  api.addPod(waypointPod('store', 'waypoint', 0));
  api.addPod(waypointPod('store', 'waypoint', 1));
  api.addPod(waypointPod('store', 'orders-wp', 2, { ready: false }));
  api.addService(
    service('store', 'waypoint', { 'gateway.networking.k8s.io/gateway-name': 'waypoint' }, 15008),
  );

  addPods(api, { namespace: 'batch', app: 'jobs', mode: 'none' }, 2);
  api.addService(service('batch', 'jobs', { app: 'jobs' }));

  addPods(api, { namespace: 'legacy', app: 'inventory', mode: 'sidecar' }, 2);
  api.addService(service('legacy', 'inventory', { app: 'inventory' }));

  api.addDeployment(istiodDeployment({ version: '1.24.1' }));
  api.addPod(
    pod({
      namespace: 'istio-system',
      app: 'istiod',
      name: 'istiod-0',
      mode: 'none',
      extraLabels: { istio: 'pilot' },
    }),
  );
  api.addPod(ztunnelPod(0));
  api.addPod(ztunnelPod(1));
}

describe('an Istio ambient mesh with a sidecar namespace beside it', () => {
  let api: KubeApiServer;
  let conn: KubeConnection;

  beforeAll(async () => {
    api = await startKubeApiServer();
    buildAmbientMesh(api);
    conn = await connectCluster(isolated(api.kubeconfigYaml()));
  });
  afterAll(() => api.close());

  describe('the ambient namespaces alone', () => {
    let ambient: MeshInventory;
    beforeAll(async () => {
      ambient = await discoverMesh(conn, ['store', 'batch']);
    });

    test('each Service is ambient, with the waypoint that serves it or none', () => {
      expect(summary(ambient)).toEqual([
        'batch/jobs ambient 2/2',
        'store/cart ambient 2/2',
        'store/orders ambient 2/2 waypoint=orders-wp',
        'store/web ambient 3/3 waypoint=waypoint',
      ]);
    });

    test('the mesh is Istio ambient, its waypoints listed with their pods, not as services', () => {
      expect(ambient.mesh).toBe('istio-ambient');
      const waypoints = [...ambient.waypoints].sort((a, b) => a.name.localeCompare(b.name));
      expect(waypoints.map((w) => [w.namespace, w.name, w.pods.map((p) => p.ready)])).toEqual([
        ['store', 'orders-wp', [false]],
        ['store', 'waypoint', [true, true]],
      ]);
    });

    test('the Services without a waypoint are named as seen at L4 only, with the advice', () => {
      expect(ambient.notes).toContain(
        '4 Service(s) run in ambient mode: their L7 metrics come from waypoint proxies only; 2 have no waypoint and ' +
          'are seen at L4 only (store/cart, batch/jobs): L4 only: add a waypoint for L7 (label the namespace or ' +
          'Service istio.io/use-waypoint=waypoint)',
      );
    });

    test('the control plane is istiod with its version', () => {
      expect(ambient.controlPlane).toMatchObject({ found: true, mesh: 'istio', version: '1.24.1' });
    });
  });

  describe('the whole cluster: a mixed mesh', () => {
    let mixed: MeshInventory;
    beforeAll(async () => {
      mixed = await discoverMesh(conn, []);
    });

    test('sidecar Services are listed as sidecar, ambient ones as ambient, ztunnel and istiod as neither', () => {
      expect(summary(mixed)).toEqual([
        'batch/jobs ambient 2/2',
        'legacy/inventory sidecar 2/2',
        'store/cart ambient 2/2',
        'store/orders ambient 2/2 waypoint=orders-wp',
        'store/web ambient 3/3 waypoint=waypoint',
      ]);
      expect(mixed.unmeshedServices).toBe(0);
    });

    test('the mesh read is Istio ambient: its dialect reads sidecars too, each service from its own proxy', () => {
      expect(mixed.mesh).toBe('istio-ambient');
    });

    test('the sidecar namespace alone is sidecar Istio', async () => {
      const legacy = await discoverMesh(conn, ['legacy']);
      expect([legacy.mesh, summary(legacy)]).toEqual(['istio', ['legacy/inventory sidecar 2/2']]);
    });

    test('discovery reads only the kinds examples/rbac.yaml grants, one list per kind', () => {
      const before = api.requests.length;
      return discoverMesh(conn, []).then(() => {
        const kinds = api.requests.slice(before).map((r) => resourceOf(r.path));
        expect([...new Set(kinds)].sort()).toEqual(['deployments', 'namespaces', 'pods', 'services']);
      });
    });
  });
});

/**
 * A Linkerd mesh:
 * emojivoto (annotated linkerd.io/inject: enabled)
 *           web     2 pods with linkerd-proxy                → linkerd 2/2
 *           emoji   2 pods, one proxy a native sidecar       → linkerd 2/2
 *           voting  2 pods, #1 not ready                     → linkerd 1/2
 * plain     (not injected): legacy 2 pods                    → unmeshed
 * linkerd   destination (2 replicas), identity, proxy-injector, their pods → the control plane
 */
function buildLinkerdMesh(api: KubeApiServer): void {
  api.addNamespace(namespace('emojivoto', {}, { 'linkerd.io/inject': 'enabled' }));
  api.addNamespace(namespace('plain'));
  api.addNamespace(
    namespace(
      'linkerd',
      { 'linkerd.io/is-control-plane': 'true', 'config.linkerd.io/admission-webhooks': 'disabled' },
      { 'linkerd.io/inject': 'disabled' },
    ),
  );
  addPods(api, { namespace: 'emojivoto', app: 'web', mode: 'linkerd' }, 2);
  addPods(api, { namespace: 'emojivoto', app: 'emoji', mode: 'linkerd' }, 2, (i) =>
    i === 1 ? { mode: 'linkerd-native' } : {},
  );
  addPods(api, { namespace: 'emojivoto', app: 'voting', mode: 'linkerd' }, 2, (i) => ({ ready: i === 0 }));
  for (const name of ['web', 'emoji', 'voting']) api.addService(service('emojivoto', name, { app: name }));
  addPods(api, { namespace: 'plain', app: 'legacy', mode: 'none' }, 2);
  api.addService(service('plain', 'legacy', { app: 'legacy' }));
  addLinkerdControlPlane(api, { destinationReplicas: 2 });
}

describe('a Linkerd mesh', () => {
  let api: KubeApiServer;
  let conn: KubeConnection;
  let all: MeshInventory;

  beforeAll(async () => {
    api = await startKubeApiServer();
    buildLinkerdMesh(api);
    conn = await connectCluster(isolated(api.kubeconfigYaml()));
    all = await discoverMesh(conn, []);
  });
  afterAll(() => api.close());

  test('every injected Service is a Linkerd one with its ready pods; the control plane is not a workload', () => {
    expect(summary(all)).toEqual([
      'emojivoto/emoji linkerd 2/2',
      'emojivoto/voting linkerd 1/2',
      'emojivoto/web linkerd 2/2',
    ]);
    expect(all.unmeshedServices).toBe(1);
  });

  test('the mesh is Linkerd', () => {
    expect(all.mesh).toBe('linkerd');
    expect(all.waypoints).toEqual([]);
  });

  test('the control plane is linkerd-destination in linkerd, its version from the controller image', () => {
    expect(all.controlPlane).toEqual({
      found: true,
      mesh: 'linkerd',
      namespace: 'linkerd',
      revisions: ['default'],
      version: LINKERD_VERSION,
      replicasReady: 2,
      replicas: 2,
    });
  });

  test('no Istio notes: no missing gateway, no ambient L7', () => {
    expect(all.notes.filter((n) => /gateway|ambient|waypoint|istiod/.test(n))).toEqual([]);
  });

  test('an uninjected namespace chosen with an injected one is told how Linkerd enrols it', async () => {
    const inventory = await discoverMesh(conn, ['emojivoto', 'plain']);
    expect(inventory.notes).toContain(
      'namespace plain has no meshed Service: annotate it linkerd.io/inject=enabled',
    );
  });

  test('an uninjected namespace chosen alone in a Linkerd cluster is told how Linkerd enrols it', async () => {
    const inventory = await discoverMesh(conn, ['plain']);
    expect(inventory.mesh).toBe('linkerd');
    expect(inventory.notes).toContain(
      'namespace plain has no meshed Service: annotate it linkerd.io/inject=enabled',
    );
  });

  test('a destination controller not fully ready is noted', async () => {
    const api2 = await startKubeApiServer();
    try {
      api2.addNamespace(namespace('emojivoto', {}, { 'linkerd.io/inject': 'enabled' }));
      addPods(api2, { namespace: 'emojivoto', app: 'web', mode: 'linkerd' }, 1);
      api2.addService(service('emojivoto', 'web', { app: 'web' }));
      addLinkerdControlPlane(api2, { destinationReplicas: 3, destinationReady: 1 });
      const inventory = await discoverMesh(await connectCluster(isolated(api2.kubeconfigYaml())), []);
      expect(inventory.controlPlane).toMatchObject({ mesh: 'linkerd', replicasReady: 1, replicas: 3 });
      expect(inventory.notes).toContain('linkerd-destination: 1 of 3 replicas ready');
    } finally {
      await api2.close();
    }
  });
});
