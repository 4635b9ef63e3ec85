/**
 * Prometheus (or Thanos, Mimir, VictoriaMetrics) as a source: needs its URL; a cluster, when one is configured,
 * only for discovery. `status` shows whether it answers, which mesh's metrics it holds and how often they are
 * scraped.
 */
import type { SourceEntry } from '../entry.js';

export const PROMETHEUS: SourceEntry = {
  name: 'prometheus',
  needs: { url: true, cluster: 'optional' },
  replaysLive: false,
  async build({ config, mesh }) {
    const { PrometheusSource } = await import('./source.js');
    return new PrometheusSource({ ...config.prometheus, url: config.prometheus.url!, mesh });
  },
  status: {
    title: 'Prometheus',
    async probe(config, now) {
      const { probePrometheus } = await import('./status.js');
      return probePrometheus(
        { ...config, prometheus: { ...config.prometheus, url: config.prometheus.url! } },
        now,
      );
    },
  },
};
