/**
 * Prometheus at a glance for `status`: does it answer, which mesh's request metrics it holds for the namespaces
 * asked (how many services in the last hour), and at what interval they are scraped. Each answer within 5 s.
 */
import { scrapeIntervalQuery, scrapeIntervalSeconds } from '../../mesh/queries.js';
import { NoMeshMetrics } from '../../mesh/detect.js';
import { PREFLIGHT_TIMEOUT_MS, UserFacingError, type BackendStatus } from '../../core/types.js';
import type { Config } from '../../core/settings.js';
import { displayUrlOf } from './failures.js';
import { PrometheusSource } from './source.js';

const HOUR_MS = 3_600_000;
const INTERVAL_WINDOW_MS = 10 * 60_000;

export async function probePrometheus(
  config: Pick<Config, 'prometheus' | 'namespaces' | 'mesh'> & { prometheus: { url: string } },
  now: number,
): Promise<{ status: BackendStatus; failure: UserFacingError | null }> {
  const url = displayUrlOf(config.prometheus.url) ?? config.prometheus.url;
  const source = new PrometheusSource({
    ...config.prometheus,
    url: config.prometheus.url,
    mesh: config.mesh,
  });
  const client = source.client;
  const context = () => ({
    deadline: Date.now() + PREFLIGHT_TIMEOUT_MS,
    deadlineMs: PREFLIGHT_TIMEOUT_MS,
    signal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS),
  });
  try {
    const window = { from: now - HOUR_MS, to: now, signal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS) };
    const dialect = await source.dialect(window).catch((error: unknown) => {
      // It answers, and holds no mesh's series: reachable, with nothing to read.
      if (error instanceof NoMeshMetrics) return null;
      throw error;
    });
    if (!dialect)
      return { status: { url, reachable: true, services: 0, scrapeIntervalSeconds: null }, failure: null };
    const scope = { dialect, namespaces: config.namespaces };
    const services = await source.listServices({ ...window, namespaces: config.namespaces });
    const perWindow = Number(
      (await client.query(scrapeIntervalQuery(scope, INTERVAL_WINDOW_MS), now, context()))[0]?.value[1],
    );
    // Shown as the interval people set (30s, not the 29s a range holding both ends' samples would give).
    const interval = scrapeIntervalSeconds(perWindow, INTERVAL_WINDOW_MS);
    return {
      status: {
        url,
        reachable: true,
        mesh: dialect.name,
        services: services.length,
        scrapeIntervalSeconds: interval?.roundedDown || null,
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
    await source.close();
  }
}
