// Connecting with the real @kubernetes/client-node to the loopback API emulator: kubeconfig sources,
// contexts, cluster identity, and every API fault turned into a ClusterError a user can act on.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ApiException } from '@kubernetes/client-node';
import { connectCluster, type KubeConnectOptions } from '../src/k8s/connection.js';
import { backoffDelayMs, type RetryPolicy } from '../src/net/retry.js';
import { translateKubeError } from '../src/k8s/errors.js';
import { discoverMesh } from '../src/mesh/discover.js';
import { ClusterError } from '../src/core/types.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import { namespace, pod, service } from './support/mesh-fixtures.js';

// Fast retries so fault tests stay quick; the policy's shape is what is under test, not its defaults.
const FAST_RETRY: Partial<RetryPolicy> = { attempts: 3, initialDelayMs: 5, maxDelayMs: 20 };

let api: KubeApiServer;
let tmp: string;

beforeAll(async () => {
  api = await startKubeApiServer();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-connection-'));
  api.addNamespace(namespace('shop', { 'istio-injection': 'enabled' }));
  api.addPod(pod({ namespace: 'shop', name: 'cart-1', app: 'cart' }));
  api.addService(service('shop', 'cart', { app: 'cart' }));
});

afterAll(async () => {
  await api.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

afterEach(() => api.clearFaults());

/** Options that isolate a test from the machine's own kubeconfig. */
function isolated(extra: KubeConnectOptions = {}): KubeConnectOptions {
  return {
    env: {},
    homeDir: path.join(tmp, 'no-home'),
    serviceAccountDir: path.join(tmp, 'no-sa'),
    retry: FAST_RETRY,
    ...extra,
  };
}

async function clusterErrorOf(promise: Promise<unknown>): Promise<ClusterError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ClusterError);
    return err as ClusterError;
  }
  throw new Error('expected a ClusterError, got success');
}

function expectNoSecret(err: ClusterError): void {
  const everything = `${err.message}\n${err.fix}`;
  expect(everything).not.toContain(api.token);
  expect(everything).not.toMatch(/Headers|authorization|Bearer/i);
}

describe('kubeconfig sources', () => {
  test('a kubeconfig path connects and reports the server, context and version', async () => {
    const file = api.writeKubeconfig(tmp, { context: 'ci' });
    const conn = await connectCluster(isolated({ kubeconfig: file }));
    expect(conn.identity).toEqual({ server: api.url, context: 'ci', version: 'v1.31.2' });
  });

  test('inline kubeconfig YAML connects', async () => {
    const conn = await connectCluster(isolated({ kubeconfig: api.kubeconfigYaml() }));
    expect(conn.identity.server).toBe(api.url);
  });

  test('base64-encoded kubeconfig YAML connects', async () => {
    const encoded = Buffer.from(api.kubeconfigYaml({ context: 'b64' })).toString('base64');
    const conn = await connectCluster(isolated({ kubeconfig: encoded }));
    expect(conn.identity.context).toBe('b64');
  });

  test('an explicit kubeconfig wins over KUBECONFIG', async () => {
    const fromEnv = api.writeKubeconfig(tmp, { context: 'from-env' });
    const explicit = api.writeKubeconfig(tmp, { context: 'explicit' });
    const conn = await connectCluster(isolated({ kubeconfig: explicit, env: { KUBECONFIG: fromEnv } }));
    expect(conn.identity.context).toBe('explicit');
  });

  test('KUBECONFIG wins over ~/.kube/config', async () => {
    const home = path.join(tmp, 'home-a');
    fs.mkdirSync(path.join(home, '.kube'), { recursive: true });
    fs.writeFileSync(path.join(home, '.kube', 'config'), api.kubeconfigYaml({ context: 'home' }));
    const fromEnv = api.writeKubeconfig(tmp, { context: 'from-env' });
    const conn = await connectCluster(isolated({ homeDir: home, env: { KUBECONFIG: fromEnv } }));
    expect(conn.identity.context).toBe('from-env');
  });

  test('~/.kube/config is used when nothing else is configured', async () => {
    const home = path.join(tmp, 'home-b');
    fs.mkdirSync(path.join(home, '.kube'), { recursive: true });
    fs.writeFileSync(path.join(home, '.kube', 'config'), api.kubeconfigYaml({ context: 'home' }));
    const conn = await connectCluster(isolated({ homeDir: home }));
    expect(conn.identity.context).toBe('home');
  });

  test('the in-cluster service account is used last', async () => {
    const sa = path.join(tmp, 'sa');
    fs.mkdirSync(sa, { recursive: true });
    fs.writeFileSync(path.join(sa, 'token'), api.token);
    fs.writeFileSync(path.join(sa, 'ca.crt'), api.caPem);
    fs.writeFileSync(path.join(sa, 'namespace'), 'smanalyzer');
    const port = new URL(api.url).port;
    const conn = await connectCluster(
      isolated({
        serviceAccountDir: sa,
        env: { KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: port },
      }),
    );
    expect(conn.identity).toEqual({ server: api.url, context: 'inClusterContext', version: 'v1.31.2' });
  });

  test('nothing configured is an error, not a silent localhost:8080', async () => {
    const err = await clusterErrorOf(connectCluster(isolated()));
    expect(err.message).toBe('no Kubernetes configuration found');
    expect(err.fix).toBe('set KUBECONFIG, pass --kubeconfig, or run inside a cluster');
  });

  test('a kubeconfig path that does not exist is named', async () => {
    const err = await clusterErrorOf(connectCluster(isolated({ kubeconfig: '/nonexistent/kubeconfig' })));
    expect(err.message).toBe('kubeconfig file "/nonexistent/kubeconfig" does not exist');
  });

  test('an empty kubeconfig is refused with a fix', async () => {
    const file = path.join(tmp, 'empty.yaml');
    fs.writeFileSync(file, '');
    const err = await clusterErrorOf(connectCluster(isolated({ kubeconfig: file })));
    expect(err.message).toBe(`kubeconfig from ${file} is empty`);
    expect(err.fix).toMatch(/kubectl config view/);
  });

  test('a kubeconfig without current-context asks for --context and lists the choices', async () => {
    const yamlText = api.kubeconfigYaml({ context: 'only' }).replace(/^current-context:.*$/m, '');
    const err = await clusterErrorOf(connectCluster(isolated({ kubeconfig: yamlText })));
    expect(err.message).toBe('kubeconfig from --kubeconfig has no current-context');
    expect(err.fix).toContain('available: only');
  });

  test('--context chooses the context', async () => {
    const conn = await connectCluster(
      isolated({ kubeconfig: api.kubeconfigYaml({ context: 'x' }), context: 'x' }),
    );
    expect(conn.identity.context).toBe('x');
  });

  test('an unknown --context is refused and the available ones are listed', async () => {
    const err = await clusterErrorOf(
      connectCluster(isolated({ kubeconfig: api.kubeconfigYaml({ context: 'prod' }), context: 'staging' })),
    );
    expect(err.message).toBe('context "staging" not found in --kubeconfig (available: prod)');
  });

  test('invalid kubeconfig YAML names the line without quoting the file', async () => {
    const broken = `${api.kubeconfigYaml()}\n  bad: [unclosed\n`;
    const err = await clusterErrorOf(connectCluster(isolated({ kubeconfig: broken })));
    expect(err.message).toMatch(
      /^kubeconfig from --kubeconfig \(inline YAML\) is not valid YAML at line \d+/,
    );
    expectNoSecret(err);
  });
});

describe('API faults become ClusterErrors', () => {
  const connect = () => connectCluster(isolated({ kubeconfig: api.kubeconfigYaml() }));

  test('a rejected token (401) says the credentials were rejected', async () => {
    const err = await clusterErrorOf(
      connectCluster(isolated({ kubeconfig: api.kubeconfigYaml({ token: 'stale-token-123' }) })),
    );
    expect(err.message).toBe(
      'cannot read the server version (/version): the API server rejected the credentials (HTTP 401 Unauthorized)',
    );
    expect(`${err.message} ${err.fix}`).not.toContain('stale-token-123');
    expectNoSecret(err);
  });

  test('a forbidden pod list (403) names the verb and resource and points at the RBAC example', async () => {
    const conn = await connect();
    api.fail({ pathPrefix: '/api/v1/pods' }, { status: 403 });
    const err = await clusterErrorOf(discoverMesh(conn, []));
    expect(err.message).toBe(
      'cannot list pods in all namespaces: forbidden (HTTP 403): pods is forbidden: User ' +
        '"system:serviceaccount:ci:smanalyzer" cannot list resource "pods" in API group "" at the cluster scope',
    );
    expect(err.fix).toBe(
      'grant "list" on "pods" to this user or service account: apply the least-privilege ClusterRole in examples/rbac.yaml',
    );
    expectNoSecret(err);
  });

  test('a namespace that does not exist (404) is named', async () => {
    const conn = await connect();
    const err = await clusterErrorOf(discoverMesh(conn, ['payments']));
    expect(err.message).toBe(
      'namespace "payments" not found (HTTP 404) while trying to get namespace payments',
    );
    expectNoSecret(err);
  });

  test('throttling (429) twice, then success: discovery completes after retrying', async () => {
    const conn = await connect();
    api.fail({ pathPrefix: '/api/v1/pods' }, { status: 429, times: 2 });
    const before = api.requests.length;
    const inventory = await discoverMesh(conn, []);
    expect(inventory.services.map((s) => s.name)).toEqual(['cart']);
    const podCalls = api.requests.slice(before).filter((r) => r.path === '/api/v1/pods');
    expect(podCalls).toHaveLength(3);
  });

  test('a persistent server error (500) gives up after the bounded attempts', async () => {
    const conn = await connect();
    api.fail({ pathPrefix: '/api/v1/pods' }, { status: 500 });
    const before = api.requests.length;
    const err = await clusterErrorOf(discoverMesh(conn, []));
    expect(err.message).toBe(
      'cannot list pods in all namespaces: the API server failed ' +
        '(HTTP 500: Internal error occurred: etcdserver: request timed out) (gave up after 3 attempts)',
    );
    expect(api.requests.slice(before).filter((r) => r.path === '/api/v1/pods')).toHaveLength(3);
    expectNoSecret(err);
  });

  test('a server slower than the deadline is a timeout, not a hang', async () => {
    const conn = await connectCluster(
      isolated({
        kubeconfig: api.kubeconfigYaml(),
        retry: { ...FAST_RETRY, requestTimeoutMs: 200, deadlineMs: 500 },
      }),
    );
    api.fail({ pathPrefix: '/api/v1/pods' }, { delayMs: 5000 });
    const err = await clusterErrorOf(discoverMesh(conn, []));
    expect(err.message).toBe(
      'cannot list pods in all namespaces: the API server did not answer within 500ms',
    );
    expectNoSecret(err);
  });

  test('a connection reset once is retried transparently', async () => {
    const conn = await connect();
    api.fail({ pathPrefix: '/api/v1/pods' }, { reset: true, times: 1 });
    const inventory = await discoverMesh(conn, []);
    expect(inventory.services).toHaveLength(1);
  });

  test('a connection reset every time says so after the bounded attempts', async () => {
    const conn = await connect();
    api.fail({ pathPrefix: '/api/v1/pods' }, { reset: true });
    const err = await clusterErrorOf(discoverMesh(conn, []));
    expect(err.message).toMatch(
      /^cannot list pods in all namespaces: the connection to the API server was reset \(\w+\) \(gave up after 3 attempts\)$/,
    );
    expectNoSecret(err);
  });

  test('an unreachable server names its address', async () => {
    const port = await closedPort();
    const yamlText = api.kubeconfigYaml().replace(api.url, `https://127.0.0.1:${port}`);
    const err = await clusterErrorOf(connectCluster(isolated({ kubeconfig: yamlText })));
    expect(err.message).toBe(
      `cannot read the server version (/version): the API server at 127.0.0.1:${port} is unreachable (ECONNREFUSED)`,
    );
  });

  test('a server certificate the kubeconfig does not trust is a TLS failure', async () => {
    const yamlText = api.kubeconfigYaml().replace(/^\s*certificate-authority-data:.*\n/m, '');
    const err = await clusterErrorOf(connectCluster(isolated({ kubeconfig: yamlText })));
    expect(err.message).toMatch(
      /^cannot read the server version \(\/version\): TLS verification of the API server failed \([A-Z_]+\)$/,
    );
    expect(err.fix).toMatch(/certificate-authority/);
  });
});

describe('the emulator', () => {
  test('serves the pod proxy hook the sidecar metrics source reads through', async () => {
    const conn = await connectCluster(isolated({ kubeconfig: api.kubeconfigYaml() }));
    const seen: string[] = [];
    api.podProxy = (req) => {
      seen.push(`${req.namespace}/${req.pod}:${req.port}/${req.path}`);
      return { status: 200, body: 'istio_requests_total{response_code="200"} 7\n' };
    };
    try {
      const text = await conn.core.connectGetNamespacedPodProxyWithPath({
        namespace: 'shop',
        name: 'cart-1:15020',
        path: 'stats/prometheus',
      });
      expect(text).toBe('istio_requests_total{response_code="200"} 7\n');
      expect(seen).toEqual(['shop/cart-1:15020/stats/prometheus']);
    } finally {
      api.podProxy = undefined;
    }
  });

  test('throttling with a Retry-After header is retried and then succeeds', async () => {
    const conn = await connectCluster(isolated({ kubeconfig: api.kubeconfigYaml() }));
    api.fail({ pathPrefix: '/api/v1/pods' }, { status: 429, retryAfterSeconds: 0, times: 1 });
    const inventory = await discoverMesh(conn, []);
    expect(inventory.services).toHaveLength(1);
  });
});

describe('retry backoff', () => {
  const policy: RetryPolicy = {
    attempts: 5,
    initialDelayMs: 100,
    maxDelayMs: 1000,
    requestTimeoutMs: 1,
    deadlineMs: 1,
  };

  test('doubles per attempt with half of each delay random', () => {
    // attempt 2: ceiling 100 * 2^2 = 400, so the delay lies in [200, 400].
    expect(backoffDelayMs(policy, 2, () => 0)).toBe(200);
    expect(backoffDelayMs(policy, 2, () => 1)).toBe(400);
  });

  test('never exceeds the maximum delay', () => {
    expect(backoffDelayMs(policy, 10, () => 1)).toBe(1000);
  });
});

describe('translateKubeError', () => {
  test('never repeats the response headers an ApiException carries', () => {
    const exception = new ApiException(
      500,
      'Unknown API Status Code!',
      JSON.stringify({ kind: 'Status', message: 'boom', code: 500 }),
      { authorization: 'Bearer secret-token-xyz', 'audit-id': 'abc' },
    );
    const err = translateKubeError(exception, 'list services in namespace shop');
    expect(err.message).toBe(
      'cannot list services in namespace shop: the API server failed (HTTP 500: boom)',
    );
  });

  test('redacts a bearer token that a server message echoes', () => {
    const exception = new ApiException(
      400,
      'x',
      { message: 'bad header Authorization: Bearer eyJhbGci.eyJzdWIi.sig' },
      {},
    );
    const err = translateKubeError(exception, 'list pods in namespace shop');
    expect(err.message).not.toContain('eyJhbGci');
  });
});

/** A loopback port with nothing listening. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
