/**
 * The error policy (gate.onError / --on-error): tells an environment fault — the cluster or Prometheus
 * unreachable or failing while a scan talks to it — from bad input, which always exits 2 whatever the policy.
 * The errors carry the distinction themselves (FaultKind in types.ts), set where they are raised.
 */
import { ClusterError, MetricsError } from './types.js';

/**
 * True when the error is an environment fault: the API server or the metrics backend refused the connection,
 * reset it, timed out, answered 401/403/429/5xx, or sent a malformed or truncated answer. Kubeconfig problems
 * (missing, empty, no current context, unknown context), a namespace that does not exist, an invalid
 * Prometheus URL or CA file, a rejected query and a window without Istio metrics are bad input.
 */
export function isEnvironmentFault(error: unknown): error is ClusterError | MetricsError {
  return (error instanceof ClusterError || error instanceof MetricsError) && error.environmental;
}
