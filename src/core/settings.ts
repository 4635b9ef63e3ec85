/**
 * The shape of SMAnalyzer's configuration after defaults, the YAML file, and action inputs / CLI flags
 * have been merged and validated (see config.ts). Durations are milliseconds; ratios are 0..1.
 */
import type { MeshName, Severity, SourceName } from './types.js';

export type AnomalyFault = {
  /** Service name (optionally namespace/name) in the simulated mesh. */
  service: string;
  type: import('./types.js').FaultType;
  /**
   * Type-specific size: a factor for latency/traffic, a ratio for errors/retries/timeouts/overflow and packet loss,
   * milliseconds for a network delay.
   */
  magnitude?: number;
  /** The fault began this long before the deploy (ms): already there in the reference window. */
  startsBeforeMs?: number;
  /** Only this version of the service has the fault (a rollout's new version: `reviews@v2:latency:1.6x`). */
  version?: string;
};

/** A simulated rollout: from the deploy on, `share` of the service's requests go to `version` (the rest stay on v1). */
export interface SimulatedRollout {
  service: string;
  version: string;
  share: number;
}

export interface Config {
  source: SourceName;
  /** Which mesh dialect to read; `auto`: from discovery, else from the series the metrics hold. */
  mesh: MeshName | 'auto';
  /**
   * false when nothing named a metrics source (no source, Prometheus URL or cluster): only `status` runs so, and
   * it says so instead of showing `source` (which then holds the default and is not used).
   */
  sourceNamed?: false;
  /**
   * The settings the user gave, by their config key, each as the user named it (`--step`, `input interval`,
   * `step`): a message about a value says where it came from, and a note about one only when it was asked for.
   */
  givenAs?: Partial<Record<string, string>>;
  /** Empty: every namespace. */
  namespaces: string[];
  baselinePath: string;
  /** Sample resolution of every series. */
  stepMs: number;
  /** Length of one feature window: the model's unit of "normal behaviour". */
  featureWindowMs: number;
  /** Default length of a timed learn (when no --from/--to). */
  learnDurationMs: number;
  /** Default length of a timed scan. */
  scanDurationMs: number;
  rules: {
    errorRatio: number;
    trafficSpikeFactor: number;
    trafficDropFactor: number;
    /** Absolute p99 bound in ms; null = no absolute bound. */
    latencyP99Ms: number | null;
    /** p99 above this many times its baseline mean is a rule finding. */
    latencyFactor: number;
    retryRatio: number;
    timeoutRatio: number;
    overflowRatio: number;
  };
  model: {
    /** > 1 makes thresholds tighter (more findings), < 1 looser. */
    sensitivity: number;
    kMax: number;
    seed: number;
  };
  gate: {
    failOn: Severity;
    maxAnomalies: number;
    /** Below this many requests in the scan window a service is insufficient-data. */
    minRequests: number;
    /** Advisory mode: report, never fail. */
    warnOnly: boolean;
    /** What an insufficient-data service does to the verdict. */
    onInsufficientData: 'pass' | 'warn' | 'fail';
    /** What an environment fault (cluster/Prometheus unreachable mid-scan) does: fail the step, or warn. */
    onError: 'fail' | 'warn';
    /** Length of the reference window read right before the deploy (ms); 0 turns the comparison off. */
    before: number;
    /** The longest `before` accepted (ms): a year-long reference window would exhaust memory. */
    maxBefore: number;
    /** Findings already present before the deploy: reported (warn), or counted against the gate (fail). */
    preExisting: 'warn' | 'fail';
  };
  prometheus: {
    url: string | null;
    headers: Record<string, string>;
    bearerToken: string | null;
    basicAuth: { username: string; password: string } | null;
    caFile: string | null;
    insecureSkipVerify: boolean;
    /**
     * Sign every request with AWS Signature Version 4 (Amazon Managed Service for Prometheus), with credentials
     * from the AWS SDK's default chain; null: no signing.
     */
    sigv4?: { region: string; service: string } | null;
    timeoutMs: number;
    /** The overall deadline of one collection; unset: sized from the work. */
    deadlineMs?: number;
    /** The largest answer read from the server (unset: 64 MiB). */
    maxResponseBytes?: number;
    concurrency: number;
  };
  kube: {
    /** A path, inline YAML or base64 YAML; null: KUBECONFIG, ~/.kube/config, then in-cluster. */
    kubeconfig: string | null;
    /** Each API request's timeout (SMANALYZER_KUBE_TIMEOUT; a call's deadline is three times it); null: defaults. */
    requestTimeoutMs: number | null;
    context: string | null;
  };
  sidecars: {
    intervalMs: number;
    concurrency: number;
    /** The largest scrape body accepted from one sidecar. */
    maxScrapeBytes: number;
  };
  simulated: {
    topology: string;
    seed: number;
    faults: AnomalyFault[];
    /** Services rolling out a new version beside the old one from the deploy on (--rollout). */
    rollouts: SimulatedRollout[];
  };
  report: {
    /** Name the likely origin of the anomalies on the call graph (issue 13); never changes the verdict. */
    origins: boolean;
  };
  /** Rollouts: a service serving two versions in the window, the new one judged against the old. */
  rollout: {
    /** The new version's label value; null: found from the data (unseen before the deploy, started later, …). */
    newVersion: string | null;
    /** The old version's label value; null: every version but the new one. */
    oldVersion: string | null;
    /** Judge new against old only, with no baseline (scan --compare-versions): Kayenta's canary judgement. */
    compareVersions: boolean;
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The bounds every setting that shapes the work is held to, wherever it comes from: the config and flags
 * (config/load.ts) and a baseline file (core/baseline.ts), which may come from an untrusted artifact. A
 * baseline with a 30-day feature window or a 1 ms step would otherwise make a scan wait or run out of memory.
 */
export const LIMITS = {
  stepMs: { min: 1000, max: HOUR },
  featureWindowMs: { min: 4000, max: DAY },
  /** A feature window holds at least this many steps. */
  stepsPerFeatureWindow: 4,
  kMax: { min: 1, max: 12 },
  /** Envoy's default histogram has 20 bounds; a custom one rarely more than a few dozen. */
  histogramBuckets: 256,
  /** Far above any mesh we measured (10,000 services), far below what exhausts memory. */
  services: 100_000,
  /** gate.before is at most gate.maxBefore (default 24 h), which is at most this. */
  maxBeforeMs: 7 * DAY,
} as const;
