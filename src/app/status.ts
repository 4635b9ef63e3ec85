/** `status`: the cluster and mesh (when a cluster is reachable), the baseline's metadata, the thresholds. */
import { readBaseline } from '../baseline/store.js';
import { UserFacingError } from '../core/types.js';
import { clusterConfigured } from '../k8s/lookup.js';
import type { MeshInventory } from '../mesh/discover.js';
import type { StatusView } from '../render/status.js';
import { sourceEntry } from '../sources/registry.js';
import { connectIfNeeded } from './connect.js';
import type { RunContext } from './pipeline.js';

/** Status: the cluster and mesh (when a cluster is reachable), the baseline's metadata, the thresholds. */
export async function runStatus(ctx: RunContext): Promise<StatusView> {
  return (await gatherStatus(ctx)).view;
}

/** The status view, and the cluster error behind `connectionError` so the CLI can exit 2 on it. */
export async function gatherStatus(
  ctx: RunContext,
): Promise<{ view: StatusView; connectionFailure: UserFacingError | null }> {
  const { config } = ctx;
  const now = ctx.now();
  let inventory: MeshInventory | null = null;
  let connectionError: string | undefined;
  let connectionFailure: UserFacingError | null = null;
  const entry = sourceEntry(config.source);
  // A cluster when one is configured (or the source reads one); Prometheus alone is a setup of its own.
  if (entry.needs.cluster === 'required' || clusterConfigured(config.kube.kubeconfig)) {
    try {
      const connection = await connectIfNeeded(config, true);
      const { discoverMesh } = await import('../mesh/discover.js');
      inventory = connection ? await discoverMesh(connection, config.namespaces) : null;
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      connectionError = `${error.message} (${error.fix})`;
      connectionFailure = error;
    }
  }
  // What the source shows of its backend, when it has one and what it needs is given (Prometheus: its URL).
  let backend: StatusView['backend'];
  if (entry.status && (!entry.needs.url || config.prometheus.url)) {
    const probe = await entry.status.probe(config, now);
    backend = { name: entry.name, title: entry.status.title, status: probe.status };
    connectionFailure ??= probe.failure;
  }
  const baseline: StatusView['baseline'] = { path: config.baselinePath, present: false };
  try {
    const b = readBaseline(config.baselinePath, now);
    Object.assign(baseline, {
      present: true,
      createdAt: b.createdAt,
      window: b.window,
      services: b.services.length,
      ageSeconds: Math.max(0, Math.round((now - Date.parse(b.createdAt)) / 1000)),
      matchesNamespaces:
        b.namespaces.length === 0 ||
        (config.namespaces.length > 0 && config.namespaces.every((n) => b.namespaces.includes(n))),
      matchesCluster: inventory && b.cluster ? b.cluster.server === inventory.cluster.server : undefined,
    });
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    baseline.problem = error.message;
  }
  const { rules, gate, model } = config;
  const view: StatusView = {
    inventory,
    connectionError,
    ...(backend ? { backend } : {}),
    baseline,
    thresholds: {
      source:
        config.sourceNamed === false
          ? 'none named (no Prometheus URL, cluster or source given)'
          : config.source,
      errorRatio: `${rules.errorRatio * 100}%`,
      trafficSpike: `${rules.trafficSpikeFactor}x`,
      trafficDrop: `${rules.trafficDropFactor}x`,
      latencyP99: rules.latencyP99Ms === null ? null : `${rules.latencyP99Ms}ms`,
      latencyFactor: `${rules.latencyFactor}x`,
      retryRatio: `${rules.retryRatio * 100}%`,
      timeoutRatio: `${rules.timeoutRatio * 100}%`,
      overflowRatio: `${rules.overflowRatio * 100}%`,
      sensitivity: model.sensitivity,
      failOn: gate.failOn,
      maxAnomalies: gate.maxAnomalies,
      minRequests: gate.minRequests,
    },
  };
  return { view, connectionFailure };
}
