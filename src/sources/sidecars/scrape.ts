/**
 * Fetching one sidecar scrape: GET :15020/stats/prometheus through the API server's pod proxy, aborted when it
 * takes too long and refused past a size cap, with failures translated into a cause and a fix.
 */
import { ApiException, Observable, type CoreV1Api, type ObservableMiddleware } from '@kubernetes/client-node';

import { MetricsError } from '../../core/types.js';
import { BodyTooLarge, readCappedStream } from '../../net/body.js';
import { errorMessage, networkErrorCode } from '../../net/errors.js';

export const SIDECAR_METRICS_PORT = 15020;
export const SIDECAR_METRICS_PATH = 'stats/prometheus';

/** A sidecar's /stats/prometheus is a few MiB even with every cluster stat on; more is a fault or an attack. */
export const DEFAULT_MAX_SCRAPE_BYTES = 64 * 1024 * 1024;

export interface ScrapeLimits {
  /** Aborts the request (a scrape past its timeout, a stopped scan). */
  signal?: AbortSignal;
  /** The largest body accepted; default DEFAULT_MAX_SCRAPE_BYTES. */
  maxBytes?: number;
}

export type PodMetricsFetcher = (
  namespace: string,
  pod: string,
  port: number,
  path: string,
  limits?: ScrapeLimits,
) => Promise<string>;

/** 67108864 → "64 MiB", for messages. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

/**
 * Fetches a sidecar's metrics through GET /api/v1/namespaces/{ns}/pods/{pod}:{port}/proxy/{path}
 * (needs `get` on `pods/proxy`). No exec into the proxy container: modern proxies are distroless.
 */
export function podProxyFetcher(core: CoreV1Api): PodMetricsFetcher {
  return async (namespace, pod, port, path, limits = {}) => {
    let body: unknown;
    const maxBytes = limits.maxBytes ?? DEFAULT_MAX_SCRAPE_BYTES;
    const tooLarge = () =>
      new MetricsError(
        `The sidecar of pod ${namespace}/${pod} sent more than the ${formatBytes(maxBytes)} scrape cap on :${port}/${path}; the scrape was dropped.`,
        'If the pod really exports that much, raise sidecars.maxScrapeSize in the config file; otherwise narrow its proxyStatsMatcher.',
      );
    try {
      body = await core.connectGetNamespacedPodProxyWithPath(
        { name: `${pod}:${port}`, namespace, path },
        limitedCall(limits.signal, maxBytes, tooLarge),
      );
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

/**
 * Per-call options for the generated client: the abort signal on the request, and a response body read from
 * its stream that stops (and cancels the stream) past `maxBytes`, before the whole body is buffered.
 */
function limitedCall(signal: AbortSignal | undefined, maxBytes: number, tooLarge: () => Error) {
  const middleware: ObservableMiddleware = {
    pre: (context) => {
      if (signal) context.setSignal(signal);
      return new Observable(Promise.resolve(context));
    },
    post: (response) => {
      const original = response.body;
      const read = () =>
        readCappedStream(original.stream(), maxBytes, Number(response.headers['content-length'])).catch(
          (err: unknown) => {
            throw err instanceof BodyTooLarge ? tooLarge() : err;
          },
        );
      response.body = {
        stream: () => original.stream(),
        binary: async () => Buffer.from(await read()),
        text: async () => new TextDecoder().decode(await read()),
      };
      return new Observable(Promise.resolve(response));
    },
  };
  // 'append' keeps the client's own middleware (its User-Agent header).
  return { middleware: [middleware], middlewareMergeStrategy: 'append' as const };
}

function podProxyError(err: unknown, namespace: string, pod: string, port: number): MetricsError {
  if (err instanceof MetricsError) return err;
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
  const code = networkErrorCode(err);
  return new MetricsError(
    `Scraping ${where} failed: ${errorMessage(err)}${code ? ` (${code})` : ''}.`,
    'Check the connection to the API server.',
  );
}
