/**
 * The YAML config file: its zod schema (strict: an unknown key is a mistake, with a did-you-mean), and its
 * translation into overrides of the defaults.
 */
import * as yaml from 'js-yaml';
import { z } from 'zod';
import { ConfigError, MESH_NAMES, SEVERITIES, SOURCE_NAMES } from '../core/types.js';
import type { ConfigOverrides } from './load.js';
import { parseDuration, parseFactor, parseFault, parseRatio, parseRollout, parseSize } from './units.js';

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
  mesh: z.enum(['auto', ...MESH_NAMES]).optional(),
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
      maxBefore: duration.optional(),
      preExisting: z.enum(['warn', 'fail']).optional(),
    })
    .optional(),
  prometheus: z
    .strictObject({
      url: z.string().url().optional(),
      headers: z.record(z.string(), z.string()).optional(),
      timeout: duration.optional(),
      deadline: duration.optional(),
      /** MiB: the largest answer read from the server. */
      maxResponseSize: z.number().int().min(1).max(4096).optional(),
      concurrency: z.number().int().min(1).max(256).optional(),
      caFile: z.string().optional(),
      insecureSkipVerify: z.boolean().optional(),
      /** AWS SigV4 signing (Amazon Managed Service for Prometheus): the region, and the signing name (aps). */
      sigv4: z.strictObject({ region: z.string(), service: z.string().optional() }).optional(),
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
      rollouts: z.array(z.string()).optional(),
    })
    .optional(),
  report: z.strictObject({ origins: z.boolean().optional() }).optional(),
  rollout: z
    .strictObject({
      newVersion: z.string().min(1).max(253).optional(),
      oldVersion: z.string().min(1).max(253).optional(),
      compareVersions: z.boolean().optional(),
    })
    .optional(),
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
      'see docs/configuration.md for every key and its units',
    );
  }
  return fileToOverrides(parsed.data);
}

function fileToOverrides(file: FileConfig): ConfigOverrides {
  const overrides: ConfigOverrides = {
    source: file.source,
    mesh: file.mesh,
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
      timeoutMs: file.prometheus.timeout,
      deadlineMs: file.prometheus.deadline,
      maxResponseBytes:
        file.prometheus.maxResponseSize === undefined
          ? undefined
          : file.prometheus.maxResponseSize * 1024 * 1024,
      concurrency: file.prometheus.concurrency,
      caFile: file.prometheus.caFile,
      insecureSkipVerify: file.prometheus.insecureSkipVerify,
      sigv4: file.prometheus.sigv4 && {
        region: file.prometheus.sigv4.region,
        service: file.prometheus.sigv4.service ?? 'aps',
      },
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
      rollouts: file.simulated.rollouts?.map(parseRollout),
    },
    report: file.report,
    rollout: file.rollout,
  };
  return overrides;
}
