/**
 * The Kubernetes API emulator's error bodies: v1 Status objects with the reasons a real API server gives, its
 * not-found answers, and the messages injected faults carry by default.
 */

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'AlreadyExists',
  410: 'Expired',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

/** A v1 Status object, the body every API server error carries. */
export function statusObject(code: number, message: string, details?: object): object {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason: REASONS[code] ?? 'Unknown',
    ...(details ? { details } : {}),
    code,
  };
}

export function notFound(plural: string, name: string): object {
  const kind = plural === 'namespaces' ? 'namespaces' : plural;
  return statusObject(404, `${kind} "${name}" not found`, { name, kind });
}

export function defaultFaultMessage(status: number, urlPath: string): string {
  const plural = urlPath.split('/').filter(Boolean).at(-1) ?? '';
  const nsMatch = urlPath.match(/\/namespaces\/([^/]+)\//);
  switch (status) {
    case 403: {
      const scope = nsMatch ? `in the namespace "${nsMatch[1]}"` : 'at the cluster scope';
      const group = urlPath.startsWith('/apis/apps') ? 'apps' : '';
      return (
        `${plural} is forbidden: User "system:serviceaccount:ci:smanalyzer" cannot list resource ` +
        `"${plural}" in API group "${group}" ${scope}`
      );
    }
    case 404:
      return nsMatch
        ? `namespaces "${nsMatch[1]}" not found`
        : 'the server could not find the requested resource';
    case 429:
      return 'Too many requests, please try again later.';
    case 500:
      return 'Internal error occurred: etcdserver: request timed out';
    case 503:
      return 'the server is currently unable to handle the request';
    default:
      return REASONS[status] ?? 'error';
  }
}
