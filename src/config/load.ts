/**
 * Configuration: defaults < YAML file < action inputs / CLI flags, with units ("5m", "5%", "2x")
 * parsed once here and one clear message per bad field. The YAML schema is validated with zod.
 */
import { formatDuration } from '../core/duration.js';
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { z } from 'zod';
import type { Config } from '../core/settings.js';
import {
  ANOMALY_TYPES,
  ConfigError,
  SEVERITIES,
  SOURCE_NAMES,
  type AnomalyType,
  type Severity,
} from '../core/types.js';

export type { Config } from '../core/settings.js';

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K];
};
export type ConfigOverrides = DeepPartial<Config>;

export const DEFAULT_CONFIG: Config = {
  source: 'simulated',
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
    reporter: 'destination',
    // As long as Prometheus's own --query.timeout default: a shorter wait abandons work the server still does.
    timeoutMs: 120_000,
    concurrency: 8,
  },
  kube: { kubeconfig: null, context: null, requestTimeoutMs: null },
  sidecars: { intervalMs: 15_000, concurrency: 16, maxScrapeBytes: 64 * 1024 * 1024 },
  simulated: { topology: 'bookinfo', seed: 1, faults: [] },
  report: { origins: true },
};

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "90s", "5m", "1h30m", "250ms" → milliseconds. A bare number is refused: its unit would be a guess. */
export function parseDuration(text: string): number {
  const trimmed = String(text).trim();
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed) {
    throw new ConfigError(
      `"${trimmed}" is not a duration`,
      'write a number with a unit, like 90s, 5m, 1h or 250ms',
    );
  }
  return parts.reduce((sum, p) => sum + Number(p[1]) * DURATION_UNITS[p[2]], 0);
}

/** "5%" → 0.05; 0.05 → 0.05. A bare number above 1 is refused (is 5 meant as 5%?). */
export function parseRatio(value: string | number, field: string): number {
  const text = String(value).trim();
  const ratio = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
    throw new ConfigError(
      `${field}: "${text}" is not a ratio between 0 and 1`,
      `write it as a percentage, like 5%`,
    );
  }
  return ratio;
}

const SIZE_UNITS: Record<string, number> = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

/** "64MiB", "512 KiB", 1048576 → bytes. */
export function parseSize(value: string | number, field: string): number {
  const text = String(value).trim();
  const match = /^(\d+)\s*(B|KiB|MiB|GiB)?$/.exec(text);
  const bytes = match ? Number(match[1]) * SIZE_UNITS[match[2] ?? 'B'] : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1024 || bytes > 4 * 1024 ** 3) {
    throw new ConfigError(
      `${field}: "${text}" is not a size between 1KiB and 4GiB`,
      'write it like 64MiB or 512KiB',
    );
  }
  return bytes;
}

/** "2x" → 2; 2 → 2. */
export function parseFactor(value: string | number, field: string): number {
  const text = String(value).trim();
  const factor = Number(text.endsWith('x') ? text.slice(0, -1) : text);
  if (!Number.isFinite(factor) || factor <= 0 || factor > 1000) {
    throw new ConfigError(`${field}: "${text}" is not a positive factor`, 'write it like 2x or 0.5x');
  }
  return factor;
}

export function parseSeverity(text: string): Severity {
  const value = String(text).trim().toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new ConfigError(`"${text}" is not a severity`, `use one of ${SEVERITIES.join(', ')}`);
}

/** "reviews:latency:3" → a simulated fault. */
export function parseFault(text: string): {
  service: string;
  type: AnomalyType;
  magnitude?: number;
  startsBeforeMs?: number;
} {
  // SERVICE:TYPE[:MAGNITUDE][@-DURATION]: "@-1h" = the fault began an hour before the deploy.
  const at = text.indexOf('@');
  if (at >= 0) {
    const since = text.slice(at + 1);
    if (!since.startsWith('-')) {
      throw new ConfigError(
        `fault "${text}": "@${since}" is not a time before the deploy`,
        'write it like reviews:latency:2@-1h (began an hour before the deploy)',
      );
    }
    return { ...parseFault(text.slice(0, at)), startsBeforeMs: parseDuration(since.slice(1)) };
  }
  const [service, type, magnitude] = text.split(':');
  if (!service || !type || !(ANOMALY_TYPES as readonly string[]).includes(type)) {
    throw new ConfigError(
      `"${text}" is not a fault to inject`,
      `write SERVICE:TYPE[:MAGNITUDE] with TYPE one of ${ANOMALY_TYPES.join(', ')}`,
    );
  }
  if (magnitude === undefined) return { service, type: type as AnomalyType };
  // Written as in config files too: a ratio as 8% or 0.08, a factor as 3x or 3.
  const size = magnitude.endsWith('%')
    ? Number(magnitude.slice(0, -1)) / 100
    : Number(magnitude.endsWith('x') ? magnitude.slice(0, -1) : magnitude);
  if (magnitude === '' || !Number.isFinite(size) || size < 0) {
    throw new ConfigError(
      `fault "${text}": magnitude "${magnitude}" is not a number`,
      'write it like reviews:latency:3',
    );
  }
  return { service, type: type as AnomalyType, magnitude: size };
}

/** Points in time: RFC3339, unix seconds, "now", or relative to now like "-15m". */
export function parseTime(text: string, now: number): number {
  const value = String(text).trim();
  if (value === 'now') return now;
  if (/^-\d/.test(value)) return now - parseDuration(value.slice(1));
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const parsed = Date.parse(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && Number.isFinite(parsed)) return parsed;
  throw new ConfigError(
    `"${value}" is not a time`,
    'use RFC3339 (2026-11-25T10:00:00Z), unix seconds, "now" or "-15m"',
  );
}

/**
 * The window to analyse. With --from/--to it is a past window read from history;
 * otherwise a live window of `durationMs` that starts now.
 */
export function resolveWindow(
  spec: { from?: string | null; to?: string | null; durationMs: number },
  now: number,
): { from: number; to: number; live: boolean } {
  if (!spec.from && !spec.to) return { from: now, to: now + spec.durationMs, live: true };
  const to = spec.to ? parseTime(spec.to, now) : now;
  const from = spec.from ? parseTime(spec.from, now) : to - spec.durationMs;
  if (from >= to) {
    throw new ConfigError(
      `the window is empty: --from ${new Date(from).toISOString()} is not before --to ${new Date(to).toISOString()}`,
      'give a --from earlier than --to',
    );
  }
  if (to > now + 60_000) {
    throw new ConfigError(
      `--to ${new Date(to).toISOString()} is in the future`,
      'analyse a window that has ended, or use --duration for a live scan',
    );
  }
  return { from, to, live: false };
}

// ---- The YAML file ---------------------------------------------------------------------------

/** A scalar the unit parsers read; anything else (a list, a map, a boolean) gets one message naming the units. */
const scalar = (example: string) =>
  z.custom<string | number>(
    (v) => typeof v === 'string' || typeof v === 'number',
    `expected a value like ${example}`,
  );

const duration = scalar('90s, 5m or 1h').transform((v, ctx) => {
  try {
    return parseDuration(String(v));
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message + ' (write it like 90s, 5m or 1h)' });
    return z.NEVER;
  }
});
const unitValue = (parse: (v: string | number, field: string) => number, example: string) =>
  scalar(example).transform((v, ctx) => {
    try {
      return parse(v, '');
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message.replace(/^: /, '') });
      return z.NEVER;
    }
  });
const ratio = unitValue(parseRatio, '5%');
const factor = unitValue(parseFactor, '2x');
const size = unitValue(parseSize, '64MiB');
const severity = z.enum(SEVERITIES);

const fileSchema = z.strictObject({
  source: z.enum(SOURCE_NAMES).optional(),
  // An explicit empty list is a mistake more often than a wish: "every namespace" is spelled by leaving it out.
  namespaces: z
    .array(z.string().min(1))
    .min(1, 'an empty list names no namespace (remove the key to analyse every namespace)')
    .optional(),
  baseline: z.string().min(1).optional(),
  step: duration.optional(),
  featureWindow: duration.optional(),
  learnDuration: duration.optional(),
  scanDuration: duration.optional(),
  rules: z
    .strictObject({
      errorRatio: ratio.optional(),
      trafficSpike: factor.optional(),
      trafficDrop: factor.optional(),
      latencyP99: z.union([duration, z.null()]).optional(),
      latencyFactor: factor.optional(),
      retryRatio: ratio.optional(),
      timeoutRatio: ratio.optional(),
      overflowRatio: ratio.optional(),
    })
    .optional(),
  model: z
    .strictObject({
      sensitivity: z.number().positive().max(100).optional(),
      kMax: z.number().int().min(1).max(12).optional(),
      seed: z.number().int().optional(),
    })
    .optional(),
  gate: z
    .strictObject({
      failOn: severity.optional(),
      maxAnomalies: z.number().int().min(0).max(1_000_000).optional(),
      minRequests: z.number().int().min(0).max(1_000_000_000).optional(),
      warnOnly: z.boolean().optional(),
      onInsufficientData: z.enum(['pass', 'warn', 'fail']).optional(),
      onError: z.enum(['fail', 'warn']).optional(),
      before: z
        .union([z.literal(0), z.literal('0'), duration])
        .transform(Number)
        .optional(),
      preExisting: z.enum(['warn', 'fail']).optional(),
    })
    .optional(),
  prometheus: z
    .strictObject({
      url: z.string().url().optional(),
      headers: z.record(z.string(), z.string()).optional(),
      reporter: z.enum(['destination', 'source']).optional(),
      timeout: duration.optional(),
      deadline: duration.optional(),
      /** MiB: the largest answer read from the server. */
      maxResponseSize: z.number().int().min(1).max(4096).optional(),
      concurrency: z.number().int().min(1).max(256).optional(),
      caFile: z.string().optional(),
      insecureSkipVerify: z.boolean().optional(),
    })
    .optional(),
  kube: z.strictObject({ kubeconfig: z.string().optional(), context: z.string().optional() }).optional(),
  sidecars: z
    .strictObject({
      interval: duration.optional(),
      concurrency: z.number().int().min(1).max(256).optional(),
      maxScrapeSize: size.optional(),
    })
    .optional(),
  simulated: z
    .strictObject({
      topology: z.string().optional(),
      seed: z.number().int().optional(),
      faults: z.array(z.string()).optional(),
    })
    .optional(),
  report: z.strictObject({ origins: z.boolean().optional() }).optional(),
});

type FileConfig = z.infer<typeof fileSchema>;

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

export function didYouMean(word: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

function knownKeysAt(path: PropertyKey[]): string[] {
  let shape: z.ZodType = fileSchema;
  for (const key of path) {
    const inner = unwrapObject(shape);
    if (!inner) return [];
    shape = inner.shape[key as string];
  }
  const obj = unwrapObject(shape);
  return obj ? Object.keys(obj.shape) : [];
}

function unwrapObject(schema: z.ZodType | undefined): z.ZodObject | null {
  let current: unknown = schema;
  while (current instanceof z.ZodOptional) current = current.unwrap();
  return current instanceof z.ZodObject ? current : null;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => {
        const hint = didYouMean(key, knownKeysAt(issue.path));
        const at = [...issue.path, key].join('.');
        return `unknown key "${at}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
      })
      .join('; ');
  }
  return `${where}: ${plainMessage(issue)}`;
}

/** zod's own wording ("Too small: expected number to be >=0") in the words of a config file; custom messages stay. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (!/^(Too small|Too big|Invalid input|Invalid option)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array') return `must list at least ${min}`;
      return `must be ${issue.inclusive === false ? 'above' : 'at least'} ${min}`;
    }
    case 'too_big':
      return `must be ${issue.inclusive === false ? 'below' : 'at most'} ${String(issue.maximum)}`;
    case 'invalid_type':
      return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** Parse and validate a YAML config text into overrides. */
export function parseConfigFile(text: string, file = 'config'): ConfigOverrides {
  let raw: unknown;
  try {
    raw = yaml.load(text);
  } catch (e) {
    const reason = (e as { reason?: string; mark?: { line: number } }).reason ?? 'invalid YAML';
    const line = (e as { mark?: { line: number } }).mark?.line;
    throw new ConfigError(
      `${file}: ${reason}${line !== undefined ? ` at line ${line + 1}` : ''}`,
      'fix the YAML syntax (indentation, quotes, colons)',
    );
  }
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(
      `${file}: the top level is not a mapping`,
      'write the config as "key: value" lines',
    );
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => describeIssue(issue));
    throw new ConfigError(
      `${file}: ${messages.join('; ')}`,
      'see the "Configuration" section of the README for every key and its units',
    );
  }
  return fileToOverrides(parsed.data);
}

function fileToOverrides(file: FileConfig): ConfigOverrides {
  const overrides: ConfigOverrides = {
    source: file.source,
    namespaces: file.namespaces,
    baselinePath: file.baseline,
    stepMs: file.step,
    featureWindowMs: file.featureWindow,
    learnDurationMs: file.learnDuration,
    scanDurationMs: file.scanDuration,
    rules: file.rules && {
      errorRatio: file.rules.errorRatio,
      trafficSpikeFactor: file.rules.trafficSpike,
      trafficDropFactor: file.rules.trafficDrop,
      latencyP99Ms: file.rules.latencyP99,
      latencyFactor: file.rules.latencyFactor,
      retryRatio: file.rules.retryRatio,
      timeoutRatio: file.rules.timeoutRatio,
      overflowRatio: file.rules.overflowRatio,
    },
    model: file.model,
    gate: file.gate,
    prometheus: file.prometheus && {
      url: file.prometheus.url,
      headers: file.prometheus.headers,
      reporter: file.prometheus.reporter,
      timeoutMs: file.prometheus.timeout,
      deadlineMs: file.prometheus.deadline,
      maxResponseBytes:
        file.prometheus.maxResponseSize === undefined
          ? undefined
          : file.prometheus.maxResponseSize * 1024 * 1024,
      concurrency: file.prometheus.concurrency,
      caFile: file.prometheus.caFile,
      insecureSkipVerify: file.prometheus.insecureSkipVerify,
    },
    kube: file.kube,
    sidecars: file.sidecars && {
      intervalMs: file.sidecars.interval,
      concurrency: file.sidecars.concurrency,
      maxScrapeBytes: file.sidecars.maxScrapeSize,
    },
    simulated: file.simulated && {
      topology: file.simulated.topology,
      seed: file.simulated.seed,
      faults: file.simulated.faults?.map(parseFault),
    },
    report: file.report,
  };
  return overrides;
}

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
  if (!within(config.stepMs, 1000, HOUR_MS))
    problems.push(`step ${formatDuration(config.stepMs)} is not between 1s and 1h`);
  else if (config.featureWindowMs < 4 * config.stepMs)
    problems.push(
      `featureWindow ${formatDuration(config.featureWindowMs)} must hold at least 4 steps of ${formatDuration(config.stepMs)}`,
    );
  if (!within(config.featureWindowMs, 4000, DAY_MS))
    problems.push(`featureWindow ${formatDuration(config.featureWindowMs)} is not between 4s and 1d`);
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
