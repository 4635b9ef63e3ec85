/**
 * Prometheus at a glance for `status`: does it answer, does it hold Istio request metrics for the namespaces
 * asked (how many services in the last hour), and at what interval they are scraped. Each answer within 5 s.
 */
import { scrapeIntervalQuery, servicesQuery } from '../mesh/istio-queries.js';
import { UserFacingError } from '../core/types.js';
import type { Config } from '../core/settings.js';
import type { PrometheusStatus } from '../render/status.js';
import { PREFLIGHT_TIMEOUT_MS, displayUrl } from './preflight.js';

const HOUR_MS = 3_600_000;
const INTERVAL_WINDOW_MS = 10 * 60_000;

export async function probePrometheus(
  config: Pick<Config, 'prometheus' | 'namespaces'> & { prometheus: { url: string } },
  now: number,
): Promise<{ status: PrometheusStatus; failure: UserFacingError | null }> {
  const url = displayUrl(config.prometheus.url) ?? config.prometheus.url;
  const { PrometheusClient } = await import('../sources/prometheus/client.js');
  const client = new PrometheusClient({ ...config.prometheus, url: config.prometheus.url });
  const context = () => ({
    deadline: Date.now() + PREFLIGHT_TIMEOUT_MS,
    deadlineMs: PREFLIGHT_TIMEOUT_MS,
    signal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS),
  });
  const scope = { reporter: config.prometheus.reporter, namespaces: config.namespaces };
  try {
    const services = await client.query(servicesQuery(scope, HOUR_MS), now, context());
    const perWindow = Number(
      (await client.query(scrapeIntervalQuery(scope, INTERVAL_WINDOW_MS), now, context()))[0]?.value[1],
    );
    return {
      status: {
        url,
        reachable: true,
        istioServices: services.length,
        scrapeIntervalSeconds: perWindow >= 2 ? Math.round(INTERVAL_WINDOW_MS / 1000 / perWindow) : null,
      },
      failure: null,
    };
  } catch (error) {
    const failure =
      error instanceof UserFacingError
        ? error
        : new UserFacingError(
            'metrics',
            `Prometheus at ${url} did not answer within ${PREFLIGHT_TIMEOUT_MS / 1000} s`,
            'check --prometheus-url, that the server is running and reachable from here, and its load',
          );
    return { status: { url, reachable: false, error: `${failure.message} (${failure.fix})` }, failure };
  } finally {
    await client.close();
  }
}
