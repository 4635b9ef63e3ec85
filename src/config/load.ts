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
    maxBefore: 24 * 3_600_000,
    preExisting: 'warn',
  },
  prometheus: {
    url: null,
    headers: {},
    bearerToken: null,
    basicAuth: null,
    caFile: null,
    insecureSkipVerify: false,
    sigv4: null,
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
    // headers, basicAuth and sigv4 are values, not sections: an override replaces them whole.
    out[key] =
      isPlainObject(value) && isPlainObject(current) && !['headers', 'basicAuth', 'sigv4'].includes(key)
        ? mergeInto(current as object, value as object)
        : value;
  }
  return out as T;
}

const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-4, … */
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** "24h", "48h": a limit of whole hours reads better in hours than as "1d". */
const hours = (ms: number) => (ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : formatDuration(ms));
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A value as the user wrote it: a flag, an Action input or a config key (with the file that set it, if one did). */
export interface ValueName {
  name: string;
  file?: string;
}
export type ValueNamer = (field: ConfigField) => ValueName;

/** The settings a message can name; each has a config-file key and, where one sets it, a flag and an input. */
export type ConfigField =
  | 'step'
  | 'featureWindow'
  | 'learnDuration'
  | 'scanDuration'
  | 'prometheus.timeout'
  | 'prometheus.deadline'
  | 'sidecars.interval'
  | 'model.sensitivity'
  | 'model.seed'
  | 'simulated.seed'
  | 'gate.maxAnomalies'
  | 'gate.minRequests'
  | 'namespaces';

/** The path of each field in the settings (overrides and the file share it), its flag and its Action input. */
const FIELDS: Record<ConfigField, { path: string[]; flag?: string; input?: string }> = {
  step: { path: ['stepMs'], flag: '--step', input: 'interval' },
  featureWindow: { path: ['featureWindowMs'] },
  learnDuration: { path: ['learnDurationMs'], flag: '--duration', input: 'duration' },
  scanDuration: { path: ['scanDurationMs'], flag: '--duration', input: 'duration' },
  'prometheus.timeout': { path: ['prometheus', 'timeoutMs'], flag: '--timeout', input: 'prometheus-timeout' },
  'prometheus.deadline': {
    path: ['prometheus', 'deadlineMs'],
    flag: '--deadline',
    input: 'prometheus-deadline',
  },
  'sidecars.interval': { path: ['sidecars', 'intervalMs'], flag: '--interval', input: 'interval' },
  'model.sensitivity': { path: ['model', 'sensitivity'], flag: '--sensitivity' },
  'model.seed': { path: ['model', 'seed'] },
  'simulated.seed': { path: ['simulated', 'seed'], flag: '--seed' },
  'gate.maxAnomalies': { path: ['gate', 'maxAnomalies'], flag: '--max-anomalies', input: 'max-anomalies' },
  'gate.minRequests': { path: ['gate', 'minRequests'], flag: '--min-requests' },
  namespaces: { path: ['namespaces'], flag: '--namespace', input: 'namespaces' },
};

function valueAt(settings: unknown, path: string[]): unknown {
  let current = settings;
  for (const key of path) current = (current as Record<string, unknown> | undefined)?.[key];
  return current;
}

/**
 * Names a value as the user gave it: the flag (or input) when the flags set it, else the config key (with the file
 * it came from), so a fix line can be followed as written: `--duration 100d`, not `learnDuration`, for a flag.
 */
export function namerFor(
  surface: 'cli' | 'action' | undefined,
  overrides: ConfigOverrides | undefined,
  file: { path: string; values: ConfigOverrides } | null,
): ValueNamer {
  return (field) => {
    const { path, flag, input } = FIELDS[field];
    const spelled = surface === 'cli' ? flag : surface === 'action' && input ? `input ${input}` : undefined;
    if (spelled && valueAt(overrides, path) !== undefined) return { name: spelled };
    if (file && valueAt(file.values, path) !== undefined) return { name: field, file: file.path };
    return { name: field };
  };
}

const byConfigKey: ValueNamer = (field) => ({ name: field });

/** "change --duration", "change the input duration", "correct learnDuration in smanalyzer.yaml", or both kinds. */
function fixFor(named: ValueName[]): string {
  const names = [...new Set(named.map((v) => v.name))];
  if (names.length > 0 && names.every((x) => x.startsWith('--'))) return `change ${names.join(' and ')}`;
  if (names.length > 0 && names.every((x) => x.startsWith('input ')))
    return `change the ${names.join(' and the ')}`;
  const files = new Set(named.map((v) => v.file));
  if (named.length > 0 && files.size === 1 && named[0].file)
    return `correct ${names.join(' and ')} in ${named[0].file}`;
  return 'correct the values in the config file or the flags';
}

/** Cross-field checks and bounds the schema cannot express (flags skip the schema); one message per problem. */
export function validateConfig(config: Config, name: ValueNamer = byConfigKey): Config {
  const problems: string[] = [];
  /** The values at fault, as named: the fix says which to change. */
  const named: ValueName[] = [];
  const n = (field: ConfigField) => {
    const value = name(field);
    named.push(value);
    return value.name;
  };
  const { rules, gate, model } = config;
  const within = (ms: number, min: number, max: number) => Number.isFinite(ms) && ms >= min && ms <= max;
  const { stepMs, featureWindowMs, stepsPerFeatureWindow } = LIMITS;
  if (!within(config.stepMs, stepMs.min, stepMs.max))
    problems.push(
      `${n('step')} ${formatDuration(config.stepMs)} is not between ${formatDuration(stepMs.min)} and ${formatDuration(stepMs.max)}`,
    );
  else if (config.featureWindowMs < stepsPerFeatureWindow * config.stepMs)
    problems.push(
      `${n('step')} ${formatDuration(config.stepMs)} leaves fewer than ${stepsPerFeatureWindow} steps in the model's ${formatDuration(config.featureWindowMs)} window (${name('featureWindow').name})`,
    );
  if (!within(config.featureWindowMs, featureWindowMs.min, featureWindowMs.max))
    problems.push(
      `${n('featureWindow')} ${formatDuration(config.featureWindowMs)} is not between ${formatDuration(featureWindowMs.min)} and ${formatDuration(featureWindowMs.max)}`,
    );
  if (!within(config.learnDurationMs, 1000, 90 * DAY_MS))
    problems.push(
      `${n('learnDuration')} ${formatDuration(config.learnDurationMs)} is not between 1s and 90d`,
    );
  else if (config.learnDurationMs < config.featureWindowMs)
    problems.push(
      `${n('learnDuration')} ${formatDuration(config.learnDurationMs)} is shorter than the model's ${formatDuration(config.featureWindowMs)} window (${name('featureWindow').name})`,
    );
  if (!within(config.scanDurationMs, 1000, 7 * DAY_MS))
    problems.push(`${n('scanDuration')} ${formatDuration(config.scanDurationMs)} is not between 1s and 7d`);
  if (rules.trafficSpikeFactor <= 1)
    problems.push(`rules.trafficSpike ${rules.trafficSpikeFactor}x must be above 1x`);
  if (rules.trafficDropFactor >= 1)
    problems.push(`rules.trafficDrop ${rules.trafficDropFactor}x must be below 1x`);
  if (rules.latencyFactor <= 1) problems.push(`rules.latencyFactor ${rules.latencyFactor}x must be above 1x`);
  if (rules.errorRatio <= 0) problems.push('rules.errorRatio must be above 0%');
  if (rules.latencyP99Ms !== null && !within(rules.latencyP99Ms, 1, HOUR_MS))
    problems.push(`rules.latencyP99 ${formatDuration(rules.latencyP99Ms)} is not between 1ms and 1h`);
  if (!(model.sensitivity > 0 && model.sensitivity <= 100))
    problems.push(`${n('model.sensitivity')} must be above 0 and at most 100`);
  if (!Number.isInteger(model.seed))
    problems.push(`${n('model.seed')} "${model.seed}" is not a whole number`);
  if (!Number.isInteger(config.simulated.seed))
    problems.push(`${n('simulated.seed')} "${config.simulated.seed}" is not a whole number`);
  if (!Number.isInteger(gate.maxAnomalies) || gate.maxAnomalies < 0)
    problems.push(`${n('gate.maxAnomalies')} must be 0 or more`);
  if (!Number.isInteger(gate.minRequests) || gate.minRequests < 0)
    problems.push(`${n('gate.minRequests')} must be 0 or more`);
  if (!within(gate.maxBefore, 60_000, LIMITS.maxBeforeMs))
    problems.push(
      `gate.maxBefore ${formatDuration(gate.maxBefore)} is not between 1m and ${formatDuration(LIMITS.maxBeforeMs)}`,
    );
  else if (!(gate.before >= 0) || gate.before > gate.maxBefore)
    problems.push(
      `before ${formatDuration(gate.before)} is longer than the ${hours(gate.maxBefore)} a reference window may span ` +
        '(a shorter --before: the 30 minutes right before the deploy are usually enough; or raise gate.maxBefore in the config file)',
    );
  if (!within(config.prometheus.timeoutMs, 100, 10 * 60_000))
    problems.push(
      `${n('prometheus.timeout')} ${formatDuration(config.prometheus.timeoutMs)} is not between 100ms and 10m`,
    );
  const deadlineMs = config.prometheus.deadlineMs;
  if (deadlineMs !== undefined && !within(deadlineMs, 1000, 24 * HOUR_MS))
    problems.push(`${n('prometheus.deadline')} ${formatDuration(deadlineMs)} is not between 1s and 24h`);
  if (!within(config.sidecars.intervalMs, 1000, HOUR_MS))
    problems.push(
      `${n('sidecars.interval')} ${formatDuration(config.sidecars.intervalMs)} is not between 1s and 1h`,
    );
  const sigv4 = config.prometheus.sigv4;
  if (sigv4 && !AWS_REGION.test(sigv4.region))
    problems.push(`the SigV4 region "${sigv4.region}" is not an AWS region name (like us-east-1)`);
  if (sigv4 && !/^[a-z0-9-]{1,64}$/.test(sigv4.service))
    problems.push(`the SigV4 service "${sigv4.service}" is not an AWS signing name (like aps)`);
  const authorizationHeader = Object.keys(config.prometheus.headers).some(
    (header) => header.toLowerCase() === 'authorization',
  );
  if (sigv4 && (config.prometheus.bearerToken || config.prometheus.basicAuth || authorizationHeader))
    problems.push(
      'SigV4 signing and another credential (PROMETHEUS_TOKEN, PROMETHEUS_USERNAME or an Authorization header) are both set: a request carries one Authorization',
    );
  const badNamespaces = config.namespaces.filter((ns) => !NAMESPACE_NAME.test(ns));
  if (badNamespaces.length > 0)
    problems.push(
      `${n('namespaces')}: ${badNamespaces.map((x) => `"${x}"`).join(', ')} ${badNamespaces.length === 1 ? 'is not a Kubernetes namespace name' : 'are not Kubernetes namespace names'} (lowercase letters, digits and "-")`,
    );
  if (problems.length > 0) throw new ConfigError(problems.join('; '), fixFor(named));
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
  /**
   * `status` only describes: with nothing named it says so instead of stopping. Every command infers by the
   * same rule, so `status --prometheus-url URL` shows the Prometheus that `scan --prometheus-url URL` reads.
   */
  optional?: boolean;
}

/**
 * An explicit source wins; else a Prometheus URL means prometheus and a cluster alone means sidecars. Nothing
 * at all is an error, or null where the inference is optional (status).
 */
export function inferSource(given: ConfigOverrides, inference: SourceInference): Config['source'] | null {
  if (given.source) return given.source;
  if (given.prometheus?.url) return 'prometheus';
  if (inference.clusterGiven || given.kube?.kubeconfig || given.kube?.context) return 'sidecars';
  if (inference.optional) return null;
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
  const namer = namerFor(
    options.inferSource?.surface,
    options.overrides,
    options.file ? { path: options.file, values: fromFile } : null,
  );
  const merged = mergeInto(mergeInto(mergeInto(DEFAULT_CONFIG, fromFile), fromEnv), options.overrides);
  if (options.inferSource) {
    const given = mergeInto(fromFile as Config, options.overrides);
    const source = inferSource(given, options.inferSource);
    if (source) merged.source = source;
    else merged.sourceNamed = false;
  }
  // The settings the user gave (flags, inputs or the file), as named there: a note about one only when it was asked.
  const givenAs: NonNullable<Config['givenAs']> = {};
  for (const field of Object.keys(FIELDS) as ConfigField[]) {
    const { path } = FIELDS[field];
    if (valueAt(options.overrides, path) !== undefined || valueAt(fromFile, path) !== undefined)
      givenAs[field] = namer(field).name;
  }
  if (Object.keys(givenAs).length > 0) merged.givenAs = givenAs;
  return validateConfig(merged, namer);
}
