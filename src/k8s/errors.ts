/**
 * Turns whatever the Kubernetes client throws (ApiException, undici network/TLS errors, aborts) into a
 * ClusterError with one line of cause and one line of fix. Never echoes response headers or credentials.
 */
import { RETRYABLE_NETWORK_CODES, networkErrorCode } from '../net/errors.js';
import { ClusterError } from '../core/types.js';

export const RBAC_EXAMPLE = 'examples/rbac.yaml';

/** Errors worth another attempt: throttling, server-side failures, dropped connections. */
export function isRetryableKubeError(err: unknown): boolean {
  const code = httpCode(err);
  if (code !== undefined) return code === 429 || code >= 500;
  const net = networkErrorCode(err);
  return net !== undefined && RETRYABLE_NETWORK_CODES.has(net);
}

/** Seconds the server asked us to wait (Retry-After on 429/503), if any. */
export function retryAfterSeconds(err: unknown): number | undefined {
  const headers = (err as { headers?: Record<string, string> } | null)?.headers;
  const raw = headers?.['retry-after'] ?? headers?.['Retry-After'];
  const seconds = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function httpCode(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

function causeWith(err: unknown, key: string): Record<string, unknown> | undefined {
  let current: unknown = err;
  for (let depth = 0; current && depth < 5; depth++) {
    if ((current as Record<string, unknown>)[key] !== undefined) return current as Record<string, unknown>;
    const inner = (current as { errors?: unknown[] }).errors;
    current = Array.isArray(inner) && inner.length > 0 ? inner[0] : (current as { cause?: unknown }).cause;
  }
  return undefined;
}

interface KubeStatus {
  message?: string;
  reason?: string;
  details?: { name?: string; kind?: string; retryAfterSeconds?: number };
}

/** The v1 Status object an API error carries (the client hands it over as text or parsed). */
function statusBody(err: unknown): KubeStatus | undefined {
  const body = (err as { body?: unknown } | null)?.body;
  if (body && typeof body === 'object') return body as KubeStatus;
  if (typeof body === 'string') {
    try {
      const parsed: unknown = JSON.parse(body);
      if (parsed && typeof parsed === 'object') return parsed as KubeStatus;
    } catch {
      // not JSON (a proxy's HTML error page, …): ignore it rather than echo it
    }
  }
  return undefined;
}

/** Strips anything that looks like a credential and keeps one short line. */
export function sanitizeForMessage(text: string, maxLength = 200): string {
  const oneLine = text
    .replace(/(bearer|basic)\s+[\w\-.~+/=]+/gi, '$1 [redacted]')
    .replace(/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[redacted]')
    .replace(/(token|password|secret)(["']?\s*[:=]\s*["']?)[^\s"',}]+/gi, '$1$2[redacted]')
    .split('\n')[0]
    .trim();
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
}

function isAbort(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}

/** A ClusterError that is an environment fault (see FaultKind in types.ts). */
function fault(message: string, fix: string): ClusterError {
  return new ClusterError(message, fix, { environmental: true });
}

/**
 * Translates an error from a Kubernetes API call into a ClusterError.
 * `action` says what was being done, e.g. "list pods in namespace shop".
 */
export function translateKubeError(err: unknown, action: string): ClusterError {
  if (err instanceof ClusterError) return err;
  const code = httpCode(err);
  if (code !== undefined) return fromHttpStatus(code, statusBody(err), action);

  if (isAbort(err)) {
    return fault(
      `cannot ${action}: the API server did not answer in time`,
      'check that the cluster is healthy and reachable (kubectl get --raw /readyz), then retry',
    );
  }

  const net = networkErrorCode(err);
  if (net && UNREACHABLE_CODES.has(net)) {
    const where = causeWith(err, 'address') ?? causeWith(err, 'hostname');
    const host = where
      ? `${String(where.address ?? where.hostname)}${where.port ? `:${String(where.port)}` : ''}`
      : 'its address';
    return fault(
      `cannot ${action}: the API server at ${host} is unreachable (${net})`,
      "check the kubeconfig's server address, your network/VPN, and that the cluster is running",
    );
  }
  if (net && TIMEOUT_CODES.has(net)) {
    return fault(
      `cannot ${action}: the API server did not answer in time (${net})`,
      'check that the cluster is healthy and reachable (kubectl get --raw /readyz), then retry',
    );
  }
  if (net && RETRYABLE_NETWORK_CODES.has(net)) {
    return fault(
      `cannot ${action}: the connection to the API server was reset (${net})`,
      'a proxy, load balancer or the API server dropped the connection; check the cluster and retry',
    );
  }
  if (net && isTlsCode(net)) {
    return fault(
      `cannot ${action}: TLS verification of the API server failed (${net})`,
      "the kubeconfig's certificate-authority data does not match the server's certificate: refresh the kubeconfig",
    );
  }

  if (err instanceof SyntaxError) {
    // A 200 whose body is not JSON: something between us and the API server answered instead.
    return fault(
      `cannot ${action}: the API server's answer is not valid JSON (cut short, or not from a Kubernetes API server)`,
      "check the kubeconfig's server URL and any proxy in between (kubectl get --raw /version), then retry",
    );
  }
  if (err instanceof TypeError && err.message === 'fetch failed') {
    // undici hides the reason when it refuses to connect at all (a blocked port such as :1, a bad URL).
    return fault(
      `cannot ${action}: could not connect to the API server (the connection was refused before it started)`,
      "check the kubeconfig's server address and port",
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  return fault(
    `cannot ${action}: ${sanitizeForMessage(message)}`,
    'check the kubeconfig and that the cluster is reachable (kubectl version)',
  );
}

function isTlsCode(code: string): boolean {
  return (
    code.startsWith('ERR_TLS_') ||
    code.startsWith('ERR_SSL_') ||
    code.includes('CERT') ||
    code.includes('SELF_SIGNED') ||
    code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
    code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'
  );
}

function fromHttpStatus(code: number, status: KubeStatus | undefined, action: string): ClusterError {
  const serverSays = status?.message ? sanitizeForMessage(status.message) : undefined;
  switch (true) {
    case code === 401:
      return fault(
        `cannot ${action}: the API server rejected the credentials (HTTP 401 Unauthorized)`,
        'refresh the token or client certificate in the kubeconfig (or its exec plugin), or choose another --context',
      );
    case code === 403: {
      const missing = missingPermission(status?.message, action);
      return fault(
        `cannot ${action}: forbidden (HTTP 403)${serverSays ? `: ${serverSays}` : ''}`,
        `grant ${missing} to this user or service account: apply the least-privilege ClusterRole in ${RBAC_EXAMPLE}`,
      );
    }
    case code === 404: {
      const name = status?.details?.name;
      const isNamespace =
        status?.details?.kind === 'namespaces' || /^namespaces? "/.test(status?.message ?? '');
      if (isNamespace && name) {
        return new ClusterError(
          `namespace "${name}" not found (HTTP 404) while trying to ${action}`,
          'check the namespaces setting against `kubectl get namespaces` (or the --context you use)',
        );
      }
      return fault(
        `cannot ${action}: not found (HTTP 404)${serverSays ? `: ${serverSays}` : ''}`,
        'check the namespace and that the server is a Kubernetes API server (the kubeconfig server URL)',
      );
    }
    case code === 429:
      return fault(
        `cannot ${action}: the API server kept throttling requests (HTTP 429 Too Many Requests)`,
        'the API server is overloaded or rate-limits this client (API priority and fairness); retry later',
      );
    case code >= 500:
      return fault(
        `cannot ${action}: the API server failed (HTTP ${code}${serverSays ? `: ${serverSays}` : ''})`,
        'check the control plane health (kubectl get --raw /readyz?verbose) and retry',
      );
    default:
      return fault(
        `cannot ${action}: the API server answered HTTP ${code}${serverSays ? `: ${serverSays}` : ''}`,
        'check the kubeconfig and the API server version (kubectl version)',
      );
  }
}

/** "list" on "pods" (from the server's Forbidden message, else from the action's first two words). */
function missingPermission(serverMessage: string | undefined, action: string): string {
  const m = serverMessage?.match(/cannot (\w+) resource "([^"]+)"(?: in API group "([^"]*)")?/);
  if (m) {
    const group = m[3] ? ` (API group "${m[3]}")` : '';
    return `"${m[1]}" on "${m[2]}"${group}`;
  }
  const [verb, resource] = action.split(' ');
  return resource ? `"${verb}" on "${resource}"` : 'the permissions';
}
