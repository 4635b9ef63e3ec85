/**
 * The error policy (gate.onError / --on-error): tells an environment fault — the cluster or Prometheus
 * unreachable or failing while a scan talks to it — from bad input, which always exits 2 whatever the policy.
 */
import { ClusterError, MetricsError } from './types.js';

/**
 * Errors raised by a metrics source that are the user's input or setup, not a failing server: an invalid
 * URL or CA file, a query the backend rejects, a window with no Istio metrics at all.
 */
const METRICS_SETUP_PROBLEMS = [
  /^no Istio metrics found/,
  /rejected a query/,
  /Prometheus URL (is not a valid URL|must start with)/,
  /^cannot read the Prometheus CA file/,
  /^--source prometheus needs/,
  /is shorter than one step/,
];

/**
 * True when the error is an environment fault: the API server or the metrics backend refused the connection,
 * reset it, timed out, answered 401/403/429/5xx, or sent a malformed or truncated answer. Kubeconfig problems
 * (missing, empty, no current context, unknown context) and a namespace that does not exist are bad input.
 */
export function isEnvironmentFault(error: unknown): error is ClusterError | MetricsError {
  if (error instanceof ClusterError) {
    // Every failed API call is phrased "cannot <action>: <why>" (k8s/connection.ts, k8s/errors.ts);
    // reading the kubeconfig is the one "cannot" that happens before any network call.
    return /^cannot /.test(error.message) && !/^cannot read kubeconfig/.test(error.message);
  }
  if (error instanceof MetricsError) {
    return !METRICS_SETUP_PROBLEMS.some((pattern) => pattern.test(error.message));
  }
  return false;
}
