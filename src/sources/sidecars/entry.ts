/**
 * The mesh's proxies read directly, through the Kubernetes API's pod proxy: needs the cluster, and watches a
 * window live (no history). Which pods serve a service's view is the dialect's: each pod's own proxy, or the
 * waypoints in ambient.
 */
import { dialectFor } from '../../mesh/dialects/index.js';
import type { SourceEntry } from '../entry.js';

export const SIDECARS: SourceEntry = {
  name: 'sidecars',
  needs: { url: false, cluster: 'required' },
  replaysLive: false,
  async build({ config, connection, mesh, now, sleep }) {
    const { SidecarSource } = await import('./source.js');
    const { podProxyFetcher } = await import('./scrape.js');
    const { discoverMesh } = await import('../../mesh/discover.js');
    const conn = connection!;
    const dialect = dialectFor(mesh);
    return new SidecarSource(
      {
        pods: async () => {
          const fresh = await discoverMesh(conn, config.namespaces);
          // Ambient: the waypoints hold the L7 view of the Services they serve; elsewhere each pod's own proxy.
          if (dialect.proxy.pods === 'waypoints') {
            return fresh.waypoints.flatMap((w) =>
              w.pods
                .filter((p) => p.ready)
                .map((p) => ({ namespace: w.namespace, pod: p.name, service: w.name })),
            );
          }
          return fresh.services.flatMap((s) =>
            s.pods
              .filter((p) => p.ready)
              .map((p) => ({ namespace: s.namespace, pod: p.name, service: s.name, labels: p.labels })),
          );
        },
        fetchMetrics: podProxyFetcher(conn.core),
        // The run's clock, the same one that placed the window: a watch on another clock misses it.
        now,
        sleep,
      },
      {
        dialect,
        intervalMs: config.sidecars.intervalMs,
        concurrency: config.sidecars.concurrency,
        maxScrapeBytes: config.sidecars.maxScrapeBytes,
      },
    );
  },
};
