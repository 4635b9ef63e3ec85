/**
 * A Kubernetes API server emulator on loopback: HTTPS with a CA generated at test time, bearer-token auth,
 * the real REST paths and JSON shapes (List kinds with metadata.continue, v1 Status errors), label selectors,
 * limit/continue paging, a pod-proxy hook, and injectable faults. Driven by the real @kubernetes/client-node.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import * as fs from 'node:fs';
import * as https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { testCertificates } from './kube-test-certificates.js';
import { matchesSelector, parseLabelSelector } from './kube-label-selectors.js';
import { defaultFaultMessage, notFound, statusObject } from './kube-api-errors.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
}

export interface FaultMatcher {
  pathPrefix?: string;
  method?: string;
}

export interface Fault {
  /** Respond with this status (a v1 Status body unless `body` is given). */
  status?: number;
  body?: object;
  /** Wait this long before answering (with the fault, or normally when no status/reset). */
  delayMs?: number;
  /** Destroy the connection instead of answering. */
  reset?: boolean;
  /** How many matching requests the fault applies to; unlimited when omitted. */
  times?: number;
  /** Sent as a Retry-After header (429/503). */
  retryAfterSeconds?: number;
}

export interface PodProxyRequest {
  namespace: string;
  pod: string;
  port: string;
  path: string;
}
export interface PodProxyResponse {
  status: number;
  body: string;
  contentType?: string;
  /** More response headers, e.g. a redirect's Location (the API server passes a pod's redirect on). */
  headers?: Record<string, string>;
}
export type PodProxyHandler = (req: PodProxyRequest) => PodProxyResponse | Promise<PodProxyResponse>;

// Plain JSON objects in their wire shape; tests build them with mesh-fixtures.ts.
type KubeObject = {
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string>; [k: string]: unknown };
  [k: string]: unknown;
};

interface Resource {
  kind: string;
  apiVersion: string;
  /** The resource's plural as it appears in paths and RBAC. */
  plural: string;
  namespaced: boolean;
}
const RESOURCES: Record<string, Resource> = {
  namespaces: { kind: 'Namespace', apiVersion: 'v1', plural: 'namespaces', namespaced: false },
  pods: { kind: 'Pod', apiVersion: 'v1', plural: 'pods', namespaced: true },
  services: { kind: 'Service', apiVersion: 'v1', plural: 'services', namespaced: true },
  deployments: { kind: 'Deployment', apiVersion: 'apps/v1', plural: 'deployments', namespaced: true },
};

export class KubeApiServer {
  readonly requests: RecordedRequest[] = [];
  /** Serves GET /api/v1/namespaces/{ns}/pods/{name}:{port}/proxy/{path}; 404 when unset. */
  podProxy?: PodProxyHandler;
  /** What /version reports. */
  gitVersion = 'v1.31.2';

  /** Objects per resource plural, keyed "namespace/name". */
  private readonly store: Record<string, Map<string, KubeObject>> = {
    namespaces: new Map(),
    pods: new Map(),
    services: new Map(),
    deployments: new Map(),
  };
  private readonly sorted: Record<string, KubeObject[] | undefined> = {};
  private readonly faults: Array<{ matcher: FaultMatcher; fault: Fault; remaining: number }> = [];
  private resourceVersion = 1000;
  private url_ = '';
  private readonly closing = new AbortController();

  constructor(
    private readonly server: https.Server,
    readonly caPem: string,
    readonly token: string,
  ) {}

  get url(): string {
    return this.url_;
  }

  /** @internal */
  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url_ = `https://127.0.0.1:${port}`;
  }

  /** A kubeconfig that trusts the emulator's CA and authenticates with the (or another) bearer token. */
  kubeconfigYaml(opts: { context?: string; token?: string } = {}): string {
    const context = opts.context ?? 'emulator';
    const token = opts.token ?? this.token;
    const ca = Buffer.from(this.caPem).toString('base64');
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: emulator-cluster',
      '  cluster:',
      `    server: ${this.url}`,
      `    certificate-authority-data: ${ca}`,
      'users:',
      '- name: emulator-user',
      '  user:',
      `    token: ${token}`,
      'contexts:',
      `- name: ${context}`,
      '  context:',
      '    cluster: emulator-cluster',
      '    user: emulator-user',
      `current-context: ${context}`,
      '',
    ].join('\n');
  }

  writeKubeconfig(dir: string, opts: { context?: string; token?: string } = {}): string {
    const file = path.join(dir, `kubeconfig-${randomUUID().slice(0, 8)}.yaml`);
    fs.writeFileSync(file, this.kubeconfigYaml(opts), { mode: 0o600 });
    return file;
  }

  addNamespace(obj: object): void {
    this.add('namespaces', obj);
  }
  addPod(obj: object): void {
    this.add('pods', obj);
  }
  addService(obj: object): void {
    this.add('services', obj);
  }
  addDeployment(obj: object): void {
    this.add('deployments', obj);
  }

  /** Injects a fault for matching requests (checked in the order added). */
  fail(matcher: FaultMatcher, fault: Fault): void {
    this.faults.push({ matcher, fault, remaining: fault.times ?? Number.POSITIVE_INFINITY });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  async close(): Promise<void> {
    this.closing.abort();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private add(plural: string, obj: object): void {
    const copy = structuredClone(obj) as KubeObject;
    const metadata = (copy.metadata ??= {});
    metadata.uid ??= randomUUID();
    metadata.resourceVersion ??= String(++this.resourceVersion);
    metadata.creationTimestamp ??= '2025-01-01T00:00:00Z';
    this.store[plural].set(`${metadata.namespace ?? ''}/${metadata.name ?? ''}`, copy);
    this.sorted[plural] = undefined;
  }

  /** etcd returns objects in key order; paging relies on that stable order. */
  private objects(plural: string): KubeObject[] {
    this.sorted[plural] ??= [...this.store[plural].entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, o]) => o);
    return this.sorted[plural];
  }

  /** @internal */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://emulator');
    const query = Object.fromEntries(url.searchParams.entries());
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query });

    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      if (res.destroyed) return;
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(text);
    };

    if (req.headers.authorization !== `Bearer ${this.token}`) {
      send(401, statusObject(401, 'Unauthorized'));
      return;
    }

    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.matcher.method === undefined || f.matcher.method.toUpperCase() === method) &&
        (f.matcher.pathPrefix === undefined || url.pathname.startsWith(f.matcher.pathPrefix)),
    );
    if (fault) {
      fault.remaining--;
      const { status, body, delayMs, reset, retryAfterSeconds } = fault.fault;
      if (delayMs) {
        try {
          await delay(delayMs, undefined, { signal: this.closing.signal });
        } catch {
          return; // the server is closing: drop the delayed answer
        }
      }
      if (reset) {
        req.socket.destroy();
        return;
      }
      if (status !== undefined) {
        const headers: Record<string, string> =
          retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : {};
        send(status, body ?? statusObject(status, defaultFaultMessage(status, url.pathname)), headers);
        return;
      }
    }

    if (method !== 'GET') {
      send(405, statusObject(405, `the server does not allow this method on the requested resource`));
      return;
    }
    try {
      await this.route(url, query, send);
    } catch (err) {
      send(400, statusObject(400, (err as Error).message));
    }
  }

  private async route(
    url: URL,
    query: Record<string, string>,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): Promise<void> {
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (url.pathname === '/version') {
      const [, major, minor] = this.gitVersion.match(/^v(\d+)\.(\d+)/) ?? [];
      send(200, {
        major,
        minor,
        gitVersion: this.gitVersion,
        gitCommit: '0000000000000000000000000000000000000000',
        gitTreeState: 'clean',
        buildDate: '2025-01-01T00:00:00Z',
        goVersion: 'go1.22.8',
        compiler: 'gc',
        platform: 'linux/amd64',
      });
      return;
    }
    // /api/v1/... or /apis/apps/v1/...
    let rest: string[];
    if (segments[0] === 'api' && segments[1] === 'v1') rest = segments.slice(2);
    else if (segments[0] === 'apis' && segments[1] === 'apps' && segments[2] === 'v1')
      rest = segments.slice(3);
    else {
      send(404, statusObject(404, 'the server could not find the requested resource'));
      return;
    }
    const group = segments[0] === 'apis' ? 'apps/v1' : 'v1';
    const known = (plural: string) => RESOURCES[plural] && RESOURCES[plural].apiVersion === group;

    // Cluster-wide list: /api/v1/pods, /apis/apps/v1/deployments, /api/v1/namespaces
    if (rest.length === 1 && known(rest[0])) {
      this.sendList(RESOURCES[rest[0]], undefined, query, send);
      return;
    }
    if (rest[0] === 'namespaces' && rest.length >= 2) {
      const namespace = rest[1];
      if (rest.length === 2 && group === 'v1') {
        const ns = this.objects('namespaces').find((o) => o.metadata?.name === namespace);
        if (ns) send(200, { kind: 'Namespace', apiVersion: 'v1', ...ns });
        else send(404, notFound('namespaces', namespace));
        return;
      }
      const plural = rest[2];
      if (rest.length === 3 && known(plural) && RESOURCES[plural].namespaced) {
        this.sendList(RESOURCES[plural], namespace, query, send);
        return;
      }
      if (rest.length >= 4 && known(plural) && RESOURCES[plural].namespaced) {
        const [name, port] = splitNameAndPort(rest[3]);
        const obj = this.objects(plural).find(
          (o) => o.metadata?.namespace === namespace && o.metadata?.name === name,
        );
        if (!obj) {
          send(404, notFound(plural, name));
          return;
        }
        if (rest.length === 4) {
          send(200, { kind: RESOURCES[plural].kind, apiVersion: RESOURCES[plural].apiVersion, ...obj });
          return;
        }
        if (plural === 'pods' && rest[4] === 'proxy') {
          await this.proxy(namespace, name, port, rest.slice(5).join('/'), send);
          return;
        }
      }
    }
    send(404, statusObject(404, 'the server could not find the requested resource'));
  }

  private async proxy(
    namespace: string,
    pod: string,
    port: string,
    proxyPath: string,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): Promise<void> {
    if (!this.podProxy) {
      send(503, statusObject(503, `error trying to reach service: dial tcp: connect: connection refused`));
      return;
    }
    const answer = await this.podProxy({ namespace, pod, port, path: proxyPath });
    send(answer.status, answer.body, {
      'Content-Type': answer.contentType ?? 'text/plain; version=0.0.4',
      ...answer.headers,
    });
  }

  private sendList(
    resource: Resource,
    namespace: string | undefined,
    query: Record<string, string>,
    send: (status: number, body: unknown) => void,
  ): void {
    const requirements = query.labelSelector ? parseLabelSelector(query.labelSelector) : [];
    const all = this.objects(resource.plural).filter(
      (o) =>
        (namespace === undefined || o.metadata?.namespace === namespace) &&
        matchesSelector(o.metadata?.labels, requirements),
    );
    let offset = 0;
    if (query.continue) {
      try {
        offset = JSON.parse(Buffer.from(query.continue, 'base64url').toString('utf8')).offset;
      } catch {
        send(400, statusObject(400, 'continue key is not valid'));
        return;
      }
    }
    const limit = query.limit ? Number(query.limit) : 0;
    const end = limit > 0 ? Math.min(all.length, offset + limit) : all.length;
    const items = all.slice(offset, end);
    const metadata: Record<string, unknown> = { resourceVersion: String(this.resourceVersion) };
    if (end < all.length) {
      metadata.continue = Buffer.from(JSON.stringify({ offset: end })).toString('base64url');
      metadata.remainingItemCount = all.length - end;
    }
    send(200, { kind: `${resource.kind}List`, apiVersion: resource.apiVersion, metadata, items });
  }
}

function splitNameAndPort(segment: string): [string, string] {
  const i = segment.indexOf(':');
  return i < 0 ? [segment, ''] : [segment.slice(0, i), segment.slice(i + 1)];
}

export async function startKubeApiServer(options: { token?: string } = {}): Promise<KubeApiServer> {
  const certs = testCertificates();
  const token = options.token ?? `emulator-token-${randomUUID()}`;
  const server = https.createServer({ key: certs.keyPem, cert: certs.certPem });
  const api = new KubeApiServer(server, certs.caPem, token);
  server.on('request', (req, res) => {
    api.handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(statusObject(500, String(err))));
      }
    });
  });
  await api.listen();
  return api;
}
