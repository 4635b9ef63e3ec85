// The `status` renderers are pure: a StatusView in, text or a JSON object out.
import type { MeshInventory } from '../src/mesh/types.js';
import { formatAge, renderStatusText, statusToJson, type StatusView } from '../src/render/status-report.js';

const inventory: MeshInventory = {
  cluster: { server: 'https://10.0.0.1:6443', context: 'prod', version: 'v1.31.2' },
  mesh: 'istio-ambient',
  waypoints: [],
  namespaces: ['payments', 'shop'],
  services: [
    {
      namespace: 'payments',
      name: 'ledger',
      meshMode: 'ambient',
      podsReady: 3,
      podsTotal: 4,
      pods: [{ name: 'ledger-0', ready: true, ip: '10.244.0.1' }],
    },
    { namespace: 'shop', name: 'frontend', meshMode: 'sidecar', podsReady: 2, podsTotal: 2, pods: [] },
  ],
  unmeshedServices: 1,
  controlPlane: {
    found: true,
    namespace: 'istio-system',
    revisions: ['default'],
    version: '1.22.3',
    replicasReady: 2,
    replicas: 2,
  },
  gateways: [
    { namespace: 'istio-system', name: 'istio-ingressgateway', kind: 'ingress', ready: 2, total: 2 },
  ],
  notes: ['1 Service(s) run in ambient mode: their L7 metrics come from waypoint proxies only'],
  apiCalls: 6,
};

const view: StatusView = {
  inventory,
  baseline: {
    path: '.smanalyzer/baseline.json',
    present: true,
    createdAt: '2025-01-01T00:00:00.000Z',
    window: { from: '2024-12-31T00:00:00.000Z', to: '2025-01-01T00:00:00.000Z' },
    services: 2,
    ageSeconds: 2 * 86_400 + 3 * 3_600 + 59,
    matchesCluster: true,
    matchesNamespaces: false,
  },
  thresholds: { failOn: 'high', errorRatio: 0.05, latencyP99Ms: null },
};

describe('status as text', () => {
  const text = renderStatusText(view);

  test('names the cluster, its context and Kubernetes version', () => {
    expect(text).toContain('Cluster      https://10.0.0.1:6443 (context prod, Kubernetes v1.31.2)');
  });

  test('gives the Istio version, the control plane namespace, revision and readiness', () => {
    expect(text).toContain(
      'Istio        1.22.3 (istiod in istio-system, revision default, 2/2 replicas ready)',
    );
  });

  test('lists each meshed service with its mode and ready pods in aligned columns', () => {
    expect(text).toContain(
      [
        '  NAMESPACE  SERVICE   MODE     READY',
        '  payments   ledger    ambient  3/4',
        '  shop       frontend  sidecar  2/2',
      ].join('\n'),
    );
  });

  test('summarises the baseline: age, window, coverage and whether it matches', () => {
    expect(text).toContain('  created    2025-01-01T00:00:00.000Z (2d 3h ago)');
    expect(text).toContain('  learned    2024-12-31T00:00:00.000Z → 2025-01-01T00:00:00.000Z');
    expect(text).toContain('  matches    this cluster: yes, these namespaces: no');
  });

  test('shows thresholds, a null one as off', () => {
    expect(text).toContain(
      ['Thresholds', '  failOn        high', '  errorRatio    0.05', '  latencyP99Ms  off'].join('\n'),
    );
  });

  test('a missing baseline says how to create one', () => {
    const none = renderStatusText({ ...view, baseline: { path: 'b.json', present: false } });
    expect(none).toContain('Baseline     none at b.json (run `smanalyzer learn` to create one)');
  });

  test('a failed connection is shown instead of the mesh', () => {
    const text = renderStatusText({
      ...view,
      inventory: null,
      connectionError: 'no Kubernetes configuration found',
    });
    expect(text.split('\n')[0]).toBe('Cluster      not connected: no Kubernetes configuration found');
    expect(text).not.toContain('Istio');
  });

  test('an absent control plane and no gateways read as such', () => {
    const bare: MeshInventory = {
      ...inventory,
      controlPlane: { found: false, revisions: [], replicasReady: 0, replicas: 0 },
      gateways: [],
    };
    const text = renderStatusText({ ...view, inventory: bare });
    expect(text).toContain('Istio        istiod not found');
    expect(text).toContain('Gateways     none');
  });
});

describe('status as JSON', () => {
  test('carries the connection, mesh, baseline and thresholds', () => {
    const json = statusToJson(view) as Record<string, unknown>;
    expect(json).toMatchObject({
      schemaVersion: 1,
      cluster: { connected: true, server: 'https://10.0.0.1:6443', context: 'prod', version: 'v1.31.2' },
      namespaces: ['payments', 'shop'],
      controlPlane: { found: true, version: '1.22.3' },
      unmeshedServices: 1,
      baseline: { present: true, services: 2, matchesNamespaces: false },
      thresholds: { latencyP99Ms: null },
      apiCalls: 6,
    });
    expect((json.services as unknown[]).length).toBe(2);
  });

  test('a failed connection is a disconnected cluster with the error and an empty mesh', () => {
    const json = statusToJson({ ...view, inventory: null, connectionError: 'boom' });
    expect(json).toMatchObject({
      cluster: { connected: false, error: 'boom' },
      services: [],
      controlPlane: null,
    });
  });

  test('round-trips through JSON.stringify unchanged', () => {
    const json = statusToJson(view);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

test.each([
  [0, '0s'],
  [59, '59s'],
  [61, '1m 1s'],
  [3_600, '1h'],
  [3 * 86_400 + 5 * 60, '3d'],
  [86_400 + 7_200 + 1, '1d 2h'],
])('an age of %i seconds reads %s', (seconds, text) => {
  expect(formatAge(seconds)).toBe(text);
});
