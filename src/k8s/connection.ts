/**
 * Owns the connection to a Kubernetes cluster: finding the kubeconfig (explicit path / inline YAML / base64,
 * KUBECONFIG, ~/.kube/config, in-cluster service account), choosing the context, building the API clients,
 * reading the cluster identity, and running every API call with a timeout, bounded retries and a deadline.
 */
import {
  decodeWrappedBase64,
  KUBECONFIG_YAML_OPTIONS,
  MAX_KUBECONFIG_BYTES,
} from '../core/kubeconfig-limits.js';
import { expandHome, SERVICE_ACCOUNT_DIR } from './lookup.js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  AppsV1Api,
  CoreV1Api,
  KubeConfig,
  Observable,
  VersionApi,
  type ObservableMiddleware,
} from '@kubernetes/client-node';
import * as yaml from 'js-yaml';
import { ClusterError } from '../core/types.js';
import { formatDuration } from '../core/duration.js';
import { withRetry, type RetryPolicy } from '../net/retry.js';
import { isRetryableKubeError, retryAfterSeconds, translateKubeError } from './errors.js';

export type { RetryPolicy };

export interface KubeConnectOptions {
  /** A path, inline YAML, or base64-encoded YAML (as an Action input would pass it). */
  kubeconfig?: string | null;
  context?: string | null;
  env?: NodeJS.ProcessEnv;
  homeDir?: string;
  /** Where the in-cluster service account is mounted (a seam for tests). */
  serviceAccountDir?: string;
  retry?: Partial<RetryPolicy>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  initialDelayMs: 250,
  maxDelayMs: 4000,
  requestTimeoutMs: 20_000,
  deadlineMs: 60_000,
};

export interface ClusterIdentity {
  server: string;
  context: string;
  /** gitVersion from /version, e.g. "v1.31.2". */
  version: string;
}

/** Per-call options the generated clients accept (we use it to attach the abort signal). */
export type KubeCallOptions = NonNullable<Parameters<CoreV1Api['listNamespacedPod']>[1]>;

export interface KubeConnection {
  kubeConfig: KubeConfig;
  core: CoreV1Api;
  apps: AppsV1Api;
  identity: ClusterIdentity;
  retry: RetryPolicy;
  /** HTTP requests sent through `call` so far (retries included). */
  stats: { requests: number };
  /**
   * Runs one API call with the connection's timeout, retries and deadline; failures become ClusterErrors.
   * `action` reads as "list pods in namespace shop"; pass `options` on to the client method.
   */
  call<T>(action: string, send: (options: KubeCallOptions) => Promise<T>): Promise<T>;
}

export { SERVICE_ACCOUNT_DIR };

const NO_CONFIG_FIX = 'set KUBECONFIG, pass --kubeconfig, or run inside a cluster';

/** Where the kubeconfig came from, for messages ("--kubeconfig", "KUBECONFIG", a path). */
interface LoadedConfig {
  kubeConfig: KubeConfig;
  source: string;
}

export async function connectCluster(options: KubeConnectOptions): Promise<KubeConnection> {
  const loaded = loadKubeConfig(options);
  const kubeConfig = loaded.kubeConfig;
  selectContext(loaded, options.context ?? null);

  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster?.server) {
    throw new ClusterError(
      `context "${kubeConfig.getCurrentContext()}" in ${loaded.source} has no cluster server`,
      'fix the context\'s "cluster" entry (kubectl config view), or choose another --context',
    );
  }
  if (cluster.server.startsWith('http:') && !cluster.skipTLSVerify) {
    throw new ClusterError(
      `the cluster server ${cluster.server} uses plain HTTP`,
      'use the https:// address of the API server in the kubeconfig',
    );
  }

  const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const stats = { requests: 0 };
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const apps = kubeConfig.makeApiClient(AppsV1Api);
  const versionApi = kubeConfig.makeApiClient(VersionApi);
  const call = <T>(action: string, send: (o: KubeCallOptions) => Promise<T>) =>
    callWithRetry(retry, stats, action, send);

  const version = await call('read the server version (/version)', (o) => versionApi.getCode(o));
  return {
    kubeConfig,
    core,
    apps,
    identity: {
      server: cluster.server,
      context: kubeConfig.getCurrentContext(),
      version: version.gitVersion,
    },
    retry,
    stats,
    call,
  };
}

/** Explicit kubeconfig > KUBECONFIG > ~/.kube/config > in-cluster service account. */
export function loadKubeConfig(options: KubeConnectOptions): LoadedConfig {
  const env = options.env ?? process.env;
  const explicit = options.kubeconfig?.trim();
  // HOME first, as secrets.ts reads it (and a test or a wrapper can point it elsewhere).
  const home = options.homeDir ?? (env.HOME || os.homedir());
  if (explicit) return loadExplicit(expandHome(explicit, home));

  const fromEnv = (env.KUBECONFIG ?? '').split(path.delimiter).filter(Boolean);
  if (fromEnv.length > 0) {
    // Like kubectl: files that do not exist are skipped; the first one that does sets the context.
    const existing = fromEnv.filter((file) => fs.existsSync(file));
    if (existing.length === 0) {
      throw new ClusterError(
        `KUBECONFIG names ${fromEnv.map((f) => `"${f}"`).join(', ')}, and none of them exists`,
        'point KUBECONFIG at an existing kubeconfig file, or pass --kubeconfig',
      );
    }
    const kubeConfig = loadFile(existing[0], 'KUBECONFIG');
    for (const file of existing.slice(1)) kubeConfig.mergeConfig(loadFile(file, 'KUBECONFIG'), true);
    return { kubeConfig, source: `KUBECONFIG (${existing.join(path.delimiter)})` };
  }

  const homeConfig = home ? path.join(home, '.kube', 'config') : '';
  if (homeConfig && fs.existsSync(homeConfig)) {
    return { kubeConfig: loadFile(homeConfig, homeConfig), source: homeConfig };
  }

  const saDir = options.serviceAccountDir ?? SERVICE_ACCOUNT_DIR;
  const host = env.KUBERNETES_SERVICE_HOST;
  const port = env.KUBERNETES_SERVICE_PORT;
  if (host && port && fs.existsSync(path.join(saDir, 'token'))) {
    return { kubeConfig: inClusterConfig(host, port, saDir), source: 'the in-cluster service account' };
  }
  throw new ClusterError('no Kubernetes configuration found', NO_CONFIG_FIX);
}

function loadExplicit(value: string): LoadedConfig {
  const source = '--kubeconfig';
  // Base64 first: a wrapped one (76 columns, as `base64` writes it) has newlines but is not YAML.
  const decoded = decodeBase64Yaml(value);
  if (decoded !== undefined) return { kubeConfig: parseKubeconfig(decoded, `${source} (base64)`), source };
  if (looksLikeYaml(value)) return { kubeConfig: parseKubeconfig(value, `${source} (inline YAML)`), source };
  if (!fs.existsSync(value)) {
    throw new ClusterError(
      `kubeconfig file "${value}" does not exist`,
      'pass --kubeconfig a kubeconfig path, its YAML, or its base64 encoding',
    );
  }
  return { kubeConfig: loadFile(value, value), source: value };
}

function looksLikeYaml(value: string): boolean {
  return (
    value.includes('\n') ||
    value.startsWith('{') ||
    /^(apiVersion|kind|clusters|contexts|users)\s*:/m.test(value)
  );
}

function decodeBase64Yaml(value: string): string | undefined {
  const text = decodeWrappedBase64(value);
  if (text === undefined) return undefined;
  return /^(apiVersion|kind|clusters|contexts|users|current-context)\s*:/m.test(text) ||
    text.trim().startsWith('{')
    ? text
    : undefined;
}

function loadFile(file: string, source: string): KubeConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ClusterError(
      `cannot read kubeconfig "${file}" (${(err as NodeJS.ErrnoException).code ?? 'read error'})`,
      'check the path and its permissions',
    );
  }
  const kubeConfig = parseKubeconfig(text, source);
  kubeConfig.makePathsAbsolute(path.dirname(file));
  return kubeConfig;
}

/** Parses kubeconfig text; errors name the line, never quote the text (it may hold a token). */
function parseKubeconfig(text: string, source: string): KubeConfig {
  if (text.trim() === '') {
    throw new ClusterError(
      `kubeconfig from ${source} is empty`,
      'use a kubeconfig with a cluster, a user and a context (kubectl config view --minify --raw)',
    );
  }
  if (Buffer.byteLength(text) > MAX_KUBECONFIG_BYTES) {
    throw new ClusterError(
      `kubeconfig from ${source} is larger than ${MAX_KUBECONFIG_BYTES / 1024 / 1024} MiB`,
      'use a kubeconfig with one cluster, user and context (kubectl config view --minify --raw)',
    );
  }
  let parsed: unknown;
  try {
    parsed = yaml.load(text, KUBECONFIG_YAML_OPTIONS);
  } catch (err) {
    const e = err as { reason?: string; mark?: { line?: number } };
    const where = e.mark?.line !== undefined ? ` at line ${e.mark.line + 1}` : '';
    throw new ClusterError(
      `kubeconfig from ${source} is not valid YAML${where}${e.reason ? ` (${e.reason})` : ''}`,
      'check the file with `kubectl config view --kubeconfig <file>`',
    );
  }
  if (!parsed || typeof parsed !== 'object') {
    throw new ClusterError(
      `kubeconfig from ${source} is empty`,
      'use a kubeconfig with a cluster, a user and a context (kubectl config view --minify --raw)',
    );
  }
  const kubeConfig = new KubeConfig();
  try {
    kubeConfig.loadFromString(text);
  } catch (err) {
    throw new ClusterError(
      `kubeconfig from ${source} is malformed (${(err as Error).message.split('\n')[0]})`,
      'check the file with `kubectl config view --kubeconfig <file>`',
    );
  }
  return kubeConfig;
}

function selectContext(loaded: LoadedConfig, requested: string | null): void {
  const { kubeConfig, source } = loaded;
  const names = kubeConfig.getContexts().map((c) => c.name);
  const available = names.length ? `available: ${names.join(', ')}` : 'it defines no contexts';
  if (names.length === 0) {
    throw new ClusterError(
      `kubeconfig from ${source} defines no contexts`,
      'use a kubeconfig with a cluster, a user and a context (kubectl config view --minify --raw)',
    );
  }
  if (requested) {
    if (!names.includes(requested)) {
      throw new ClusterError(
        `context "${requested}" not found in ${source} (${available})`,
        'pass an existing --context',
      );
    }
    kubeConfig.setCurrentContext(requested);
    return;
  }
  const current = kubeConfig.getCurrentContext();
  if (!current) {
    throw new ClusterError(
      `kubeconfig from ${source} has no current-context`,
      `pass --context (${available}) or run \`kubectl config use-context <name>\``,
    );
  }
  if (!names.includes(current)) {
    throw new ClusterError(
      `current-context "${current}" is not defined in ${source} (${available})`,
      'pass an existing --context, or fix current-context in the kubeconfig',
    );
  }
}

/** The same shape client-node's loadFromCluster builds, but reading the environment we were given. */
function inClusterConfig(host: string, port: string, saDir: string): KubeConfig {
  const kubeConfig = new KubeConfig();
  const serverHost = host.includes(':') ? `[${host}]` : host;
  const namespaceFile = path.join(saDir, 'namespace');
  kubeConfig.loadFromOptions({
    clusters: [
      {
        name: 'inCluster',
        server: `https://${serverHost}:${port}`,
        caFile: path.join(saDir, 'ca.crt'),
        skipTLSVerify: false,
      },
    ],
    users: [
      {
        name: 'inClusterUser',
        authProvider: { name: 'tokenFile', config: { tokenFile: path.join(saDir, 'token') } },
      },
    ],
    contexts: [
      {
        name: 'inClusterContext',
        cluster: 'inCluster',
        user: 'inClusterUser',
        namespace: fs.existsSync(namespaceFile) ? fs.readFileSync(namespaceFile, 'utf8').trim() : undefined,
      },
    ],
    currentContext: 'inClusterContext',
  });
  return kubeConfig;
}

/** One API call under the connection's policy: a timeout per attempt, jittered retries, an overall deadline. */
function callWithRetry<T>(
  policy: RetryPolicy,
  stats: { requests: number },
  action: string,
  send: (options: KubeCallOptions) => Promise<T>,
): Promise<T> {
  return withRetry(policy, (signal) => send(withSignal(signal)), {
    retryable: isRetryableKubeError,
    retryAfterMs: (err) => {
      const seconds = retryAfterSeconds(err);
      return seconds === undefined ? undefined : seconds * 1000;
    },
    deadlineExceeded: () =>
      new ClusterError(
        `cannot ${action}: the API server did not answer within ${formatDuration(policy.deadlineMs)}`,
        'check that the cluster is healthy and reachable (kubectl get --raw /readyz), then retry',
        { environmental: true },
      ),
    failed: (err, attempts) => {
      const translated = translateKubeError(err, action);
      if (attempts === undefined) return translated;
      return new ClusterError(`${translated.message} (gave up after ${attempts} attempts)`, translated.fix, {
        environmental: translated.environmental,
      });
    },
    onAttempt: () => stats.requests++,
  });
}

function withSignal(signal: AbortSignal): KubeCallOptions {
  const middleware: ObservableMiddleware = {
    pre: (context) => {
      context.setSignal(signal);
      return new Observable(Promise.resolve(context));
    },
    post: (response) => new Observable(Promise.resolve(response)),
  };
  // 'append' keeps the client's own middleware (its User-Agent header).
  return { middleware: [middleware], middlewareMergeStrategy: 'append' };
}
