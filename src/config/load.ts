/**
 * Settings, assembled in one place for the CLI and the Action: defaults < YAML file (file.ts) < environment <
 * flags / inputs, then cross-field validation. The units ("5m", "5%", "2x") are parsed in units.ts.
 */
import { formatDuration } from '../core/duration.js';
import { readFileSync } from 'node:fs';
import { LIMITS, type Config } from '../core/settings.js';
import { ConfigError } from '../core/types.js';
import { parseConfigFile } from './file.js';
import { parseDuration } from './units.js';

export type { Config } from '../core/settings.js';
export { didYouMean, parseConfigFile } from './file.js';
export {
  parseDuration,
  parseFactor,
  parseFault,
  parseRatio,
  parseRollout,
  parseSeverity,
  parseSize,
  parseTime,
  resolveWindow,
} from './units.js';

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K];
};
export type ConfigOverrides = DeepPartial<Config>;

export const DEFAULT_CONFIG: Config = {
  source: 'simulated',
  mesh: 'auto',
  namespaces: [],
  baselinePath: 'smanalyzer-baseline.json',
  stepMs: 15_000,
  featureWindowMs: 120_000,
  learnDurationMs: 24 * 3_600_000,
  scanDurationMs: 300_000,
  rules: {
    errorRatio: 0.05,
    trafficSpikeFactor: 2,
    trafficDropFactor: 0.5,
    latencyP99Ms: null,
    latencyFactor: 2,
    retryRatio: 0.1,
    timeoutRatio: 0.02,
    overflowRatio: 0.01,
  },
  model: { sensitivity: 1, kMax: 4, seed: 42 },
  gate: {
    failOn: 'high',
    maxAnomalies: 0,
    minRequests: 100,
    warnOnly: false,
    onInsufficientData: 'warn',
    onError: 'fail',
    before: 30 * 60_000,
    preExisting: 'warn',
  },
  prometheus: {
    url: null,
    headers: {},
    bearerToken: null,
    basicAuth: null,
    caFile: null,
    insecureSkipVerify: false,
    // As long as Prometheus's own --query.timeout default: a shorter wait abandons work the server still does.
    timeoutMs: 120_000,
    concurrency: 8,
  },
  kube: { kubeconfig: null, context: null, requestTimeoutMs: null },
  sidecars: { intervalMs: 15_000, concurrency: 16, maxScrapeBytes: 64 * 1024 * 1024 },
  simulated: { topology: 'bookinfo', seed: 1, faults: [], rollouts: [] },
  report: { origins: true },
  rollout: { newVersion: null, oldVersion: null, compareVersions: false },
};

function mergeInto<T extends object>(target: T, source: DeepPartial<T> | undefined): T {
  if (!source) return target;
  const out: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const current = out[key];
    const isPlainObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
    // headers and basicAuth are values, not sections: an override replaces them whole.
    out[key] =
      isPlainObject(value) && isPlainObject(current) && key !== 'headers' && key !== 'basicAuth'
        ? mergeInto(current as object, value as object)
        : value;
  }
  return out as T;
}

const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Cross-field checks and bounds the schema cannot express (flags skip the schema); one message per problem. */
export function validateConfig(config: Config): Config {
  const problems: string[] = [];
  const { rules, gate, model } = config;
  const within = (ms: number, min: number, max: number) => Number.isFinite(ms) && ms >= min && ms <= max;
  const { stepMs, featureWindowMs, stepsPerFeatureWindow } = LIMITS;
  if (!within(config.stepMs, stepMs.min, stepMs.max))
    problems.push(
      `step ${formatDuration(config.stepMs)} is not between ${formatDuration(stepMs.min)} and ${formatDuration(stepMs.max)}`,
    );
  else if (config.featureWindowMs < stepsPerFeatureWindow * config.stepMs)
    problems.push(
      `featureWindow ${formatDuration(config.featureWindowMs)} must hold at least ${stepsPerFeatureWindow} steps of ${formatDuration(config.stepMs)}`,
    );
  if (!within(config.featureWindowMs, featureWindowMs.min, featureWindowMs.max))
    problems.push(
      `featureWindow ${formatDuration(config.featureWindowMs)} is not between ${formatDuration(featureWindowMs.min)} and ${formatDuration(featureWindowMs.max)}`,
    );
  if (!within(config.learnDurationMs, 1000, 90 * DAY_MS))
    problems.push(`learnDuration ${formatDuration(config.learnDurationMs)} is not between 1s and 90d`);
  else if (config.learnDurationMs < config.featureWindowMs)
    problems.push(
      `learnDuration ${formatDuration(config.learnDurationMs)} is shorter than one featureWindow (${formatDuration(config.featureWindowMs)})`,
    );
  if (!within(config.scanDurationMs, 1000, 7 * DAY_MS))
    problems.push(`scanDuration ${formatDuration(config.scanDurationMs)} is not between 1s and 7d`);
  if (rules.trafficSpikeFactor <= 1)
    problems.push(`rules.trafficSpike ${rules.trafficSpikeFactor}x must be above 1x`);
  if (rules.trafficDropFactor >= 1)
    problems.push(`rules.trafficDrop ${rules.trafficDropFactor}x must be below 1x`);
  if (rules.latencyFactor <= 1) problems.push(`rules.latencyFactor ${rules.latencyFactor}x must be above 1x`);
  if (rules.errorRatio <= 0) problems.push('rules.errorRatio must be above 0%');
  if (rules.latencyP99Ms !== null && !within(rules.latencyP99Ms, 1, HOUR_MS))
    problems.push(`rules.latencyP99 ${formatDuration(rules.latencyP99Ms)} is not between 1ms and 1h`);
  if (!(model.sensitivity > 0 && model.sensitivity <= 100))
    problems.push('model.sensitivity must be above 0 and at most 100');
  if (!Number.isInteger(model.seed)) problems.push(`model.seed "${model.seed}" is not a whole number`);
  if (!Number.isInteger(config.simulated.seed))
    problems.push(`--seed "${config.simulated.seed}" is not a whole number`);
  if (!Number.isInteger(gate.maxAnomalies) || gate.maxAnomalies < 0)
    problems.push('gate.maxAnomalies must be 0 or more');
  if (!Number.isInteger(gate.minRequests) || gate.minRequests < 0)
    problems.push('gate.minRequests must be 0 or more');
  if (!within(config.prometheus.timeoutMs, 100, 10 * 60_000))
    problems.push(
      `prometheus.timeout ${formatDuration(config.prometheus.timeoutMs)} is not between 100ms and 10m`,
    );
  const deadlineMs = config.prometheus.deadlineMs;
  if (deadlineMs !== undefined && !within(deadlineMs, 1000, 24 * HOUR_MS))
    problems.push(`prometheus.deadline ${formatDuration(deadlineMs)} is not between 1s and 24h`);
  if (!within(config.sidecars.intervalMs, 1000, HOUR_MS))
    problems.push(`sidecars.interval ${formatDuration(config.sidecars.intervalMs)} is not between 1s and 1h`);
  const badNamespaces = config.namespaces.filter((ns) => !NAMESPACE_NAME.test(ns));
  if (badNamespaces.length > 0)
    problems.push(
      `namespaces: ${badNamespaces.map((n) => `"${n}"`).join(', ')} ${badNamespaces.length === 1 ? 'is not a Kubernetes namespace name' : 'are not Kubernetes namespace names'} (lowercase letters, digits and "-")`,
    );
  if (problems.length > 0) {
    throw new ConfigError(problems.join('; '), 'correct the values in the config file or the flags');
  }
  return config;
}

/**
 * What the user said about where to find metrics, for commands that judge a mesh (learn, scan, monitor).
 * The simulated mesh is only ever used when asked for by name: a gate that quietly judged the simulator
 * instead of the cluster would pass without looking.
 */
export interface SourceInference {
  /** A cluster was named: a kubeconfig or context given, KUBECONFIG set, or running inside a pod. */
  clusterGiven: boolean;
  /** Where the settings are spelled as flags (--source) or as Action inputs (source:). */
  surface: 'cli' | 'action';
}

/** An explicit source wins; else a Prometheus URL means prometheus and a cluster alone means sidecars. */
export function inferSource(given: ConfigOverrides, inference: SourceInference): Config['source'] {
  if (given.source) return given.source;
  if (given.prometheus?.url) return 'prometheus';
  if (inference.clusterGiven || given.kube?.kubeconfig || given.kube?.context) return 'sidecars';
  if (inference.surface === 'cli') {
    throw new ConfigError(
      'no metrics source: give --prometheus-url or --source',
      'add --prometheus-url URL (Prometheus), --source sidecars with a cluster, or --source simulated for the built-in demo mesh',
    );
  }
  throw new ConfigError(
    'no metrics source: give the prometheus-url or source input',
    'set prometheus-url (Prometheus), source: sidecars with a kubeconfig, or source: simulated for the built-in demo mesh',
  );
}

/**
 * What the environment says about the cluster connection (read here, at load time, so that the pipeline reads
 * no environment variable): SMANALYZER_KUBE_TIMEOUT (a duration, e.g. 10s).
 */
function environmentOverrides(env: NodeJS.ProcessEnv): ConfigOverrides {
  const text = env.SMANALYZER_KUBE_TIMEOUT;
  let requestTimeoutMs: number | undefined;
  if (text) {
    try {
      requestTimeoutMs = parseDuration(text);
    } catch {
      throw new ConfigError(
        `SMANALYZER_KUBE_TIMEOUT "${text}" is not a duration`,
        'set it like SMANALYZER_KUBE_TIMEOUT=10s',
      );
    }
    if (requestTimeoutMs < 100)
      throw new ConfigError(
        `SMANALYZER_KUBE_TIMEOUT ${text} is below 100ms`,
        'set it like SMANALYZER_KUBE_TIMEOUT=10s',
      );
  }
  return { kube: { requestTimeoutMs } };
}

/**
 * The one place settings are assembled, for the CLI and the Action alike: defaults < the YAML file < the
 * environment's cluster settings < flags / inputs, validated.
 */
export function loadConfig(
  options: {
    file?: string | null;
    overrides?: ConfigOverrides;
    inferSource?: SourceInference;
    env?: NodeJS.ProcessEnv;
  } = {},
): Config {
  let fromFile: ConfigOverrides = {};
  if (options.file) {
    let text: string;
    try {
      text = readFileSync(options.file, 'utf8');
    } catch (e) {
      throw new ConfigError(
        `cannot read config file ${options.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        'check the --config path',
      );
    }
    fromFile = parseConfigFile(text, options.file);
  }
  const fromEnv = environmentOverrides(options.env ?? process.env);
  const merged = mergeInto(mergeInto(mergeInto(DEFAULT_CONFIG, fromFile), fromEnv), options.overrides);
  if (options.inferSource) {
    const given = mergeInto(fromFile as Config, options.overrides);
    merged.source = inferSource(given, options.inferSource);
  }
  return validateConfig(merged);
}
