/**
 * Settings, assembled in one place for the CLI and the Action: defaults < YAML file (file.ts) < environment <
 * flags / inputs, then cross-field validation. The units ("5m", "5%", "2x") are parsed in units.ts.
 */
import { readFileSync } from 'node:fs';
import { formatDuration } from '../core/duration.js';
import {
  boundValue,
  DEFAULT_CONFIG,
  LIMITS,
  setAt,
  settingAt,
  SETTINGS,
  valueAt,
  type Config,
  type Setting,
} from '../core/settings.js';
import { ConfigError } from '../core/types.js';
import { parseConfigFile } from './file.js';
import { parseDuration } from './units.js';

export type { Config } from '../core/settings.js';
export { DEFAULT_CONFIG };
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
const MIB = 1024 * 1024;

/** A value as the user wrote it: a flag, an Action input or a config key (with the file that set it, if one did). */
export interface ValueName {
  name: string;
  file?: string;
}
/** A setting's name (its key in the config file, core/settings.ts) → how the user wrote it. */
export type ConfigField = string;
export type ValueNamer = (field: ConfigField) => ValueName;

const SETTING_NAMED = new Map(SETTINGS.map((s) => [s.name, s]));

/** The long form of a flag as commander declares it: "-d, --duration <duration>" → "--duration". */
export function longFlag(flags: string): string {
  return /--[a-z0-9-]+/.exec(flags)?.[0] ?? flags;
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
    const setting = SETTING_NAMED.get(field);
    if (!setting) return { name: field };
    const { flag, input, path } = setting;
    const spelled =
      surface === 'cli' && flag
        ? longFlag(flag.flags)
        : surface === 'action' && input
          ? `input ${input.name}`
          : undefined;
    if (spelled && valueAt(overrides, path) !== undefined) return { name: spelled };
    if (file && valueAt(file.values, path) !== undefined) return { name: field, file: file.path };
    return { name: field };
  };
}

const byConfigKey: ValueNamer = (field) => ({ name: field });

/**
 * "change --duration", "change the input duration", "correct learnDuration in smanalyzer.yaml", or both kinds
 * ("change --step, and correct rules.trafficSpike in smanalyzer.yaml"); the general words when a value at fault
 * came from nowhere the user can point at.
 */
function fixFor(named: ValueName[]): string {
  const isFlag = (v: ValueName) => v.name.startsWith('--');
  const isInput = (v: ValueName) => v.name.startsWith('input ');
  const unique = (values: ValueName[]) => [...new Set(values.map((v) => v.name))];
  const flags = unique(named.filter(isFlag));
  const inputs = unique(named.filter(isInput));
  const inFile = named.filter((v) => !isFlag(v) && !isInput(v));
  const files = new Set(inFile.map((v) => v.file));
  if (named.length === 0 || files.size > 1 || (inFile.length > 0 && !inFile[0].file))
    return 'correct the values in the config file or the flags';
  const parts: string[] = [];
  if (flags.length > 0) parts.push(`change ${flags.join(' and ')}`);
  if (inputs.length > 0) parts.push(`change the ${inputs.join(' and the ')}`);
  if (inFile.length > 0) parts.push(`correct ${unique(inFile).join(' and ')} in ${inFile[0].file}`);
  return parts.join(', and ');
}

const within = (v: number, min: number, max: number) => Number.isFinite(v) && v >= min && v <= max;

/**
 * What is wrong with one setting's value by its declared bounds and its unit, in the words of that unit; `named`
 * names it (as the user wrote it) only when something is.
 */
function settingProblems(setting: Setting, value: unknown, named: () => string): string[] {
  const { min, max, above, below } = setting.bounds ?? {};
  if (typeof value === 'number') {
    switch (setting.unit) {
      case 'duration':
        if (min === undefined || max === undefined) return [];
        return within(value, boundValue(min), boundValue(max))
          ? []
          : [`${named()} ${formatDuration(value)} is not between ${min} and ${max}`];
      case 'factor':
        if (above !== undefined && value <= above) return [`${named()} ${value}x must be above ${above}x`];
        if (below !== undefined && value >= below) return [`${named()} ${value}x must be below ${below}x`];
        return [];
      case 'ratio':
        return above !== undefined && value <= above ? [`${named()} must be above ${above * 100}%`] : [];
      case 'number':
        return above !== undefined && max !== undefined && !(value > above && value <= boundValue(max))
          ? [`${named()} must be above ${above} and at most ${max}`]
          : [];
      case 'integer':
        return Number.isInteger(value) ? [] : [`${named()} "${value}" is not a whole number`];
      case 'count':
        if (!Number.isInteger(value) || value < boundValue(min ?? 0))
          return [`${named()} must be ${min ?? 0} or more`];
        return max !== undefined && value > boundValue(max) ? [`${named()} must be at most ${max}`] : [];
      case 'mebibytes':
        return min !== undefined &&
          max !== undefined &&
          !within(value / MIB, boundValue(min), boundValue(max))
          ? [`${named()} must be between ${min} and ${max} MiB`]
          : [];
      default:
        return [];
    }
  }
  if (typeof value === 'string' && (setting.unit === 'text' || setting.unit === 'version')) {
    if (min !== undefined && value.length < boundValue(min))
      return [
        boundValue(min) <= 1
          ? `${named()} must not be empty`
          : `${named()} must be at least ${min} characters`,
      ];
    if (max !== undefined && value.length > boundValue(max))
      return [`${named()} must be at most ${max} characters`];
    return [];
  }
  if (setting.unit === 'namespaces' && Array.isArray(value)) {
    const bad = value.filter((ns) => !NAMESPACE_NAME.test(ns));
    if (bad.length === 0) return [];
    return [
      `${named()}: ${bad.map((x) => `"${x}"`).join(', ')} ${bad.length === 1 ? 'is not a Kubernetes namespace name' : 'are not Kubernetes namespace names'} (lowercase letters, digits and "-")`,
    ];
  }
  return [];
}

/** The SigV4 region and signing name, and one Authorization per request. */
function sigv4Problems({ prometheus }: Config): string[] {
  const { sigv4, headers, bearerToken, basicAuth } = prometheus;
  if (!sigv4) return [];
  const problems: string[] = [];
  if (!AWS_REGION.test(sigv4.region))
    problems.push(`the SigV4 region "${sigv4.region}" is not an AWS region name (like us-east-1)`);
  if (!/^[a-z0-9-]{1,64}$/.test(sigv4.service))
    problems.push(`the SigV4 service "${sigv4.service}" is not an AWS signing name (like aps)`);
  const authorizationHeader = Object.keys(headers).some((header) => header.toLowerCase() === 'authorization');
  if (bearerToken || basicAuth || authorizationHeader)
    problems.push(
      'SigV4 signing and another credential (PROMETHEUS_TOKEN, PROMETHEUS_USERNAME or an Authorization header) are both set: a request carries one Authorization',
    );
  return problems;
}

/**
 * Checks between settings, each after the setting it is listed under, and only when that setting is within its
 * own bounds. `n` names a value and marks it for the fix line; `name` only names it.
 */
const RELATIONS: Record<
  string,
  (config: Config, n: (field: ConfigField) => string, name: ValueNamer) => string[]
> = {
  stepMs: ({ stepMs, featureWindowMs }, n, name) => {
    const steps = LIMITS.stepsPerFeatureWindow;
    return featureWindowMs < steps * stepMs
      ? [
          `${n('step')} ${formatDuration(stepMs)} leaves fewer than ${steps} steps in the model's ${formatDuration(featureWindowMs)} window (${name('featureWindow').name})`,
        ]
      : [];
  },
  learnDurationMs: ({ learnDurationMs, featureWindowMs }, n, name) =>
    learnDurationMs < featureWindowMs
      ? [
          `${n('learnDuration')} ${formatDuration(learnDurationMs)} is shorter than the model's ${formatDuration(featureWindowMs)} window (${name('featureWindow').name})`,
        ]
      : [],
  'prometheus.sigv4': sigv4Problems,
  'gate.maxBefore': ({ gate }) =>
    !(gate.before >= 0) || gate.before > gate.maxBefore
      ? [
          `before ${formatDuration(gate.before)} is longer than the ${hours(gate.maxBefore)} a reference window may span ` +
            '(a shorter --before: the 30 minutes right before the deploy are usually enough; or raise gate.maxBefore in the config file)',
        ]
      : [],
};

/**
 * Every setting's declared bounds, and the checks between settings, whatever set them (flags and inputs skip the
 * file's schema); one message per problem, in the order of the declaration.
 */
export function validateConfig(config: Config, name: ValueNamer = byConfigKey): Config {
  const problems: string[] = [];
  /** The values at fault, as named: the fix says which to change. */
  const named: ValueName[] = [];
  const n = (field: ConfigField) => {
    const value = name(field);
    named.push(value);
    return value.name;
  };
  for (const setting of SETTINGS) {
    const own = settingProblems(setting, valueAt(config, setting.path), () => n(setting.name));
    problems.push(...own);
    if (own.length === 0) problems.push(...(RELATIONS[setting.path.join('.')]?.(config, n, name) ?? []));
  }
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
 * no environment variable): the settings whose value is a duration in an environment variable
 * (SMANALYZER_KUBE_TIMEOUT, e.g. 10s).
 */
function environmentOverrides(env: NodeJS.ProcessEnv): ConfigOverrides {
  const overrides: ConfigOverrides = {};
  for (const setting of SETTINGS) {
    const variable = setting.env?.[0];
    const text = variable && env[variable];
    if (setting.unit !== 'duration' || !text) continue;
    const fix = `set it like ${variable}=10s`;
    let ms: number;
    try {
      ms = parseDuration(text);
    } catch {
      throw new ConfigError(`${variable} "${text}" is not a duration`, fix);
    }
    const min = setting.bounds?.min;
    if (min !== undefined && ms < boundValue(min))
      throw new ConfigError(`${variable} ${text} is below ${min}`, fix);
    setAt(overrides, setting.path, ms);
  }
  return overrides;
}

/**
 * The Prometheus credentials the environment holds (PROMETHEUS_TOKEN; PROMETHEUS_USERNAME with
 * PROMETHEUS_PASSWORD), read alike by the CLI and the Action: credentials stay out of flags, inputs and shell
 * history.
 */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): NonNullable<ConfigOverrides['prometheus']> {
  const [token] = settingAt('prometheus.bearerToken').env ?? [];
  const [user, password] = settingAt('prometheus.basicAuth').env ?? [];
  const username = env[user];
  return {
    bearerToken: env[token] || undefined,
    basicAuth: username ? { username, password: env[password] ?? '' } : undefined,
  };
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
    const given = mergeInto(fromFile, options.overrides);
    const source = inferSource(given, options.inferSource);
    if (source) merged.source = source;
    else merged.sourceNamed = false;
  }
  // The settings the user gave (flags, inputs or the file), as named there: a note about one only when it was asked.
  const givenAs: NonNullable<Config['givenAs']> = {};
  for (const { name, path } of SETTINGS) {
    if (valueAt(options.overrides, path) !== undefined || valueAt(fromFile, path) !== undefined)
      givenAs[name] = namer(name).name;
  }
  if (Object.keys(givenAs).length > 0) merged.givenAs = givenAs;
  return validateConfig(merged, namer);
}
