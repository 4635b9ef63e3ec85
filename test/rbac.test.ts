/**
 * examples/rbac.yaml grants exactly what SMAnalyzer calls. The Kubernetes API emulator records
 * every request; the code paths the pipeline uses run against it (discovery of all namespaces and of named
 * ones, a sidecar scrape through the pod proxy), and each request is mapped to the RBAC (apiGroup, resource,
 * verb) the API server would check. That set must equal the rules in the file, split as documented: the
 * discovery ClusterRole bound cluster-wide, the sidecars role bound per namespace.
 */
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { connectCluster } from '../src/k8s/connection.js';
import { discoverMesh } from '../src/mesh/discover.js';
import { podProxyFetcher } from '../src/sources/sidecars/scrape.js';
import { startKubeApiServer, type KubeApiServer, type RecordedRequest } from './support/kube-api-server.js';
import { buildSampleMesh } from './support/mesh-fixtures.js';

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}
interface Doc {
  kind: string;
  metadata: { name: string; namespace?: string };
  rules?: Rule[];
  roleRef?: { kind: string; name: string };
}

const docs = yaml.loadAll(readFileSync('examples/rbac.yaml', 'utf8')) as Doc[];
const granted = (role: string) =>
  docs
    .filter((d) => d.kind === 'ClusterRole' && d.metadata.name === role)
    .flatMap((d) => d.rules ?? [])
    .flatMap((r) =>
      r.apiGroups.flatMap((g) => r.resources.flatMap((res) => r.verbs.map((v) => `${g}/${res}:${v}`))),
    )
    .sort();

/** The RBAC check the API server makes for a request: "<group>/<resource>:<verb>" (null: not a resource). */
function rbacOf(request: RecordedRequest): string | null {
  const parts = request.path.split('/').filter(Boolean);
  const [prefix, ...rest] = parts;
  if (prefix !== 'api' && prefix !== 'apis') return null; // /version, /healthz: non-resource URLs
  const group = prefix === 'api' ? '' : rest.shift()!;
  rest.shift(); // version
  // /namespaces/{ns}/<resource>…: a namespaced request; /namespaces/{ns} alone: the namespace itself.
  if (rest[0] === 'namespaces' && rest.length > 2) rest.splice(0, 2);
  const [resource, name, sub] = rest;
  const verb =
    request.method === 'GET' ? (name === undefined ? 'list' : 'get') : request.method.toLowerCase();
  return `${group}/${sub ? `${resource}/${sub}` : resource}:${verb}`;
}

let api: KubeApiServer;
const called = new Set<string>();

beforeAll(async () => {
  api = await startKubeApiServer();
  buildSampleMesh(api);
  api.podProxy = () => ({ status: 200, body: '# no samples\n', contentType: 'text/plain; version=0.0.4' });
  const conn = await connectCluster({
    kubeconfig: api.kubeconfigYaml(),
    env: {},
    homeDir: '/nonexistent',
    serviceAccountDir: '/nonexistent',
  });
  // What `status`, `learn` and `scan` do with a cluster: discovery, of every namespace or of named ones…
  const all = await discoverMesh(conn, []);
  await discoverMesh(conn, ['shop']);
  // …and, for source: sidecars, one scrape per meshed pod through the pod proxy.
  const shop = all.services.find((s) => s.namespace === 'shop')!;
  await podProxyFetcher(conn.core)('shop', shop.pods[0].name, 15020, 'stats/prometheus');
  for (const request of api.requests) {
    const rbac = rbacOf(request);
    if (rbac) called.add(rbac);
  }
});
afterAll(() => api.close());

it('the discovery ClusterRole and the sidecars role together grant exactly what the code calls', () => {
  expect([...called].sort()).toEqual(
    [...granted('smanalyzer-discovery'), ...granted('smanalyzer-sidecars')].sort(),
  );
});

it('the discovery role is read-only and never reaches into pods', () => {
  expect(granted('smanalyzer-discovery')).toEqual([
    '/namespaces:get',
    '/namespaces:list',
    '/pods:list',
    '/services:list',
    'apps/deployments:list',
  ]);
});

it('pods/proxy is granted only through a namespaced RoleBinding, never cluster-wide', () => {
  expect(granted('smanalyzer-sidecars')).toEqual(['/pods/proxy:get']);
  const bindings = docs.filter((d) => d.roleRef?.name === 'smanalyzer-sidecars');
  expect(bindings.map((b) => [b.kind, b.metadata.namespace])).toEqual([['RoleBinding', 'bookinfo']]);
  expect(docs.filter((d) => d.kind === 'ClusterRoleBinding').map((d) => d.roleRef?.name)).toEqual([
    'smanalyzer-discovery',
  ]);
});
