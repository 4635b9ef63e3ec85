/**
 * Envoy's default latency histogram bounds (ms): the buckets of istio_request_duration_milliseconds, which the
 * simulated mesh fills (the +Inf bucket is implied; the realistic data writes it out).
 */
export const ENVOY_DEFAULT_BUCKETS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000,
  3600000,
];

/** The same bounds, then +Inf, as a scrape or a Prometheus answer lists them. */
export const ENVOY_BUCKETS_WITH_INF = [...ENVOY_DEFAULT_BUCKETS, Infinity];
