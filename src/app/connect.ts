/** The cluster connection a run needs: made only when the source needs one or one is configured. */
import type { Config } from '../config/load.js';
import type { KubeConnection } from '../k8s/connection.js';
import { clusterConfigured } from '../k8s/lookup.js';

/** Connect to the cluster when the source needs it (sidecars) or one is configured (prometheus). */
export async function connectIfNeeded(config: Config, required: boolean): Promise<KubeConnection | null> {
  // The same lookup order as the connection itself: --kubeconfig, KUBECONFIG, ~/.kube/config, in-cluster.
  const configured = clusterConfigured(config.kube.kubeconfig);
  if (!required && !configured) return null;
  const { connectCluster } = await import('../k8s/connection.js');
  return connectCluster({
    kubeconfig: config.kube.kubeconfig,
    context: config.kube.context,
    retry:
      config.kube.requestTimeoutMs === null
        ? undefined
        : { requestTimeoutMs: config.kube.requestTimeoutMs, deadlineMs: 3 * config.kube.requestTimeoutMs },
  });
}
