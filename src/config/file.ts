/**
 * The YAML config file: its zod schema, derived from the settings' declaration (core/settings.ts: each setting's
 * key and unit), strict so an unknown key is a mistake with a did-you-mean, and its translation into overrides
 * of the defaults (each key's value put at its setting's path).
 */
import * as yaml from 'js-yaml';
import { z } from 'zod';
import { boundValue, setAt, SETTINGS, valueAt, type Setting } from '../core/settings.js';
import { ConfigError } from '../core/types.js';
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
const MIB = 1024 * 1024;

/** A whole number within the setting's bounds, as zod words a bound ("must be at least 0"). */
function wholeNumber(setting: Setting): z.ZodNumber {
  const { min, max } = setting.bounds ?? {};
  let schema = z.number().int();
  if (min !== undefined) schema = schema.min(boundValue(min));
  if (max !== undefined) schema = schema.max(boundValue(max));
  return schema;
}

/** How one setting is written in the file. Bounds the unit parsers do not hold are checked after the merge. */
function fileValue(setting: Setting): z.ZodType {
  const { min, max, above } = setting.bounds ?? {};
  switch (setting.unit) {
    case 'duration':
      if (setting.zeroTurnsOff) return z.union([z.literal(0), z.literal('0'), duration]).transform(Number);
      // A bound that is off by default ("none") is written as null too.
      return setting.default === null ? z.union([duration, z.null()]) : duration;
    case 'ratio':
      return ratio;
    case 'factor':
      return factor;
    case 'size':
      return size;
    case 'mebibytes':
      return wholeNumber(setting).transform((mib) => mib * MIB);
    case 'count':
    case 'integer':
      return wholeNumber(setting);
    case 'number': {
      let schema = z.number();
      if (above !== undefined) schema = schema.gt(above);
      if (max !== undefined) schema = schema.max(boundValue(max));
      return schema;
    }
    case 'boolean':
      return z.boolean();
    case 'choice':
    case 'severity':
      return z.enum(setting.choices ?? []);
    case 'namespaces':
      // An explicit empty list is a mistake more often than a wish: "every namespace" is spelled by leaving it out.
      return z
        .array(z.string().min(1))
        .min(1, 'an empty list names no namespace (remove the key to analyse every namespace)');
    case 'text':
    case 'version': {
      let schema = z.string();
      if (min !== undefined) schema = schema.min(boundValue(min));
      if (max !== undefined) schema = schema.max(boundValue(max));
      return schema;
    }
    case 'url':
      return z.string().url();
    case 'headers':
      return z.record(z.string(), z.string());
    case 'sigv4':
      // AWS SigV4 signing (Amazon Managed Service for Prometheus): the region, and the signing name (aps).
      return z
        .strictObject({ region: z.string(), service: z.string().optional() })
        .transform(({ region, service }) => ({ region, service: service ?? 'aps' }));
    case 'faults':
    case 'rollouts':
      // Read after the schema (parseFault, parseRollout): their messages are the CLI's and the Action's.
      return z.array(z.string());
    case 'secret':
      throw new Error(`${setting.name} is never read from the config file`);
  }
}

/** The file's keys, nested as they are written (`rules.errorRatio` in a strict `rules` section), in order. */
function fileSchemaOf(settings: readonly Setting[]): z.ZodObject {
  const byHead = new Map<string, Setting | Setting[]>();
  for (const setting of settings) {
    if (setting.key === undefined) continue;
    const [head, ...rest] = setting.key.split('.');
    const inner = { ...setting, key: rest.join('.') };
    const section = byHead.get(head);
    if (rest.length === 0) byHead.set(head, setting);
    else if (Array.isArray(section)) section.push(inner);
    else byHead.set(head, [inner]);
  }
  const shape: Record<string, z.ZodType> = {};
  for (const [head, entry] of byHead)
    shape[head] = (Array.isArray(entry) ? fileSchemaOf(entry) : fileValue(entry)).optional();
  return z.strictObject(shape);
}

const fileSchema = fileSchemaOf(SETTINGS);

/** The values that are lists of specs become what they spell (faults, rollouts). */
const READ_AFTER: Partial<Record<Setting['unit'], (specs: string[]) => unknown>> = {
  faults: (specs) => specs.map(parseFault),
  rollouts: (specs) => specs.map(parseRollout),
};

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

function fileToOverrides(file: unknown): ConfigOverrides {
  const overrides: ConfigOverrides = {};
  for (const setting of SETTINGS) {
    if (setting.key === undefined) continue;
    const value = valueAt(file, setting.key.split('.'));
    if (value === undefined) continue;
    const read = READ_AFTER[setting.unit];
    setAt(overrides, setting.path, read && Array.isArray(value) ? read(value) : value);
  }
  return overrides;
}
