/**
 * Fetching one sidecar scrape: GET :15020/stats/prometheus through the API server's pod proxy, aborted when it
 * takes too long and refused past a size cap, with failures translated into a cause and a fix.
 */
import { ApiException, type CoreV1Api } from '@kubernetes/client-node';

import { MetricsError } from '../../core/types.js';
import { errorMessage } from '../../net/errors.js';

export const SIDECAR_METRICS_PORT = 15020;
export const SIDECAR_METRICS_PATH = 'stats/prometheus';

export type PodMetricsFetcher = (
  namespace: string,
  pod: string,
  port: number,
  path: string,
) => Promise<string>;

/**
 * Fetches a sidecar's metrics through GET /api/v1/namespaces/{ns}/pods/{pod}:{port}/proxy/{path}
 * (needs `get` on `pods/proxy`). No exec into the proxy container: modern proxies are distroless.
 */
export function podProxyFetcher(core: CoreV1Api): PodMetricsFetcher {
  return async (namespace, pod, port, path) => {
    let body: unknown;
    try {
      body = await core.connectGetNamespacedPodProxyWithPath({ name: `${pod}:${port}`, namespace, path });
    } catch (err) {
      throw podProxyError(err, namespace, pod, port);
    }
    if (typeof body !== 'string') {
      throw new MetricsError(
        `The sidecar of pod ${namespace}/${pod} answered on :${port}/${path} with something other than text.`,
        "Check that port 15020 is the Istio agent (the pod's prometheus.io/port annotation).",
      );
    }
    return body;
  };
}

function podProxyError(err: unknown, namespace: string, pod: string, port: number): MetricsError {
  const where = `pod ${namespace}/${pod} (:${port} via the API server's pod proxy)`;
  if (err instanceof ApiException) {
    const code = err.code;
    switch (code) {
      case 401:
        return new MetricsError(
          `The API server refused the credentials while scraping ${where} (HTTP 401).`,
          'Refresh the kubeconfig credentials or the service account token.',
        );
      case 403:
        return new MetricsError(
          `Not allowed to scrape ${where} (HTTP 403).`,
          `Grant get on pods/proxy in namespace ${namespace} to SMAnalyzer's identity.`,
        );
      case 404:
        return new MetricsError(
          `The API server could not find ${where} (HTTP 404): the pod is gone or the path is not served.`,
          'Nothing to do if the pod was just replaced; otherwise check that it runs an Istio sidecar.',
        );
      default:
        return new MetricsError(
          `Scraping ${where} failed with HTTP ${code}.`,
          code >= 500
            ? 'Check that the sidecar is running and ready; the API server could not reach it.'
            : 'Check the API server and the pod.',
        );
    }
  }
  return new MetricsError(
    `Scraping ${where} failed: ${errorMessage(err)}.`,
    'Check the connection to the API server.',
  );
}
