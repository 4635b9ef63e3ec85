/**
 * Every setting, declared once (the sections in core/settings/): where it sits in `Config`, its key and unit in
 * the YAML file, its default, its bounds, its CLI flag and Action input (where one sets it), and what it means.
 * From this declaration come the `Config` type (z.output of `configSchema`), DEFAULT_CONFIG, the YAML file's
 * schema and the bound checks (config/), the flags (cli/flags.ts), the inputs (action/inputs.ts) and the table in
 * docs/configuration.md. Durations are milliseconds; ratios are 0..1; sizes are bytes.
 */
import { z } from 'zod';
import { parseDuration } from './duration.js';
import { connectionSettings } from './settings/connections.js';
import { metaOf, type SettingMeta } from './settings/declare.js';
import { judgementSettings } from './settings/judgement.js';
import { scopeSettings } from './settings/scope.js';
import { simulationSettings } from './settings/simulation.js';

export type { FlagSpec, InputSpec, SettingBounds, SettingMeta, SettingUnit } from './settings/declare.js';
export type { AnomalyFault, SimulatedRollout } from './settings/simulation.js';

export const configSchema = z.object({
  ...scopeSettings,
  ...judgementSettings,
  ...connectionSettings,
  ...simulationSettings,
  /**
   * false when nothing named a metrics source (no source, Prometheus URL or cluster): only `status` runs so, and
   * it says so instead of showing `source` (which then holds the default and is not used).
   */
  sourceNamed: z.literal(false).optional(),
  /**
   * The settings the user gave, by their config key, each as the user named it (`--step`, `input interval`,
   * `step`): a message about a value says where it came from, and a note about one only when it was asked for.
   */
  givenAs: z.partialRecord(z.string(), z.string()).optional(),
});

/** The settings after defaults, the file, the environment and flags / inputs were merged and validated. */
export type Config = z.output<typeof configSchema>;

/** One setting as the declaration gives it, with its place in `Config`. */
export interface Setting extends Omit<SettingMeta, 'default'> {
  /** Its path in `Config` (`['gate', 'maxAnomalies']`). */
  path: readonly string[];
  /** How messages and the docs name it: the file's key, else the environment variable that sets it. */
  name: string;
  default: unknown;
  /** The values of a choice or a severity. */
  choices?: readonly string[];
}

function settingsIn(schema: z.ZodObject, prefix: readonly string[]): Setting[] {
  return Object.entries(schema.shape).flatMap(([key, child]): Setting[] => {
    const path = [...prefix, key];
    const meta = metaOf(child);
    if (meta)
      return [
        { ...meta, path, name: meta.key ?? meta.env?.[0] ?? path.join('.'), choices: choicesOf(child) },
      ];
    return child instanceof z.ZodObject ? settingsIn(child, path) : [];
  });
}

function choicesOf(schema: z.ZodType): readonly string[] | undefined {
  let inner: unknown = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap();
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
}

/** Every setting, in the order of the YAML file. */
export const SETTINGS: readonly Setting[] = settingsIn(configSchema, []);

/** A setting by its path in Config (`gate.maxAnomalies`); the declaration's own paths only. */
export function settingAt(path: string): Setting {
  const found = SETTINGS.find((s) => s.path.join('.') === path);
  if (!found) throw new Error(`no setting at ${path}`);
  return found;
}

/** A bound as a number in the setting's own unit (milliseconds for a duration). */
export function boundValue(bound: number | string): number {
  return typeof bound === 'number' ? bound : parseDuration(bound);
}

/** The value at a path of a settings tree (Config, or a part of one), or undefined. */
export function valueAt(tree: unknown, path: readonly string[]): unknown {
  let current = tree;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

const isSection = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets the value at a path of a settings tree, making the sections on the way. */
export function setAt(tree: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = tree;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (isSection(next)) node = next;
    else node = node[key] = {};
  }
  node[path[path.length - 1]] = value;
}

function defaultsTree(): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const s of SETTINGS) if (s.default !== undefined) setAt(tree, s.path, s.default);
  return tree;
}

/** Every setting at its default, through the schema. */
export const DEFAULT_CONFIG: Config = configSchema.parse(defaultsTree());

const range = (path: string) => {
  const { min, max } = settingAt(path).bounds ?? {};
  return { min: boundValue(min ?? 0), max: boundValue(max ?? Infinity) };
};

/**
 * The bounds every setting that shapes the work is held to, wherever it comes from: the config and flags
 * (config/load.ts) and a baseline file (core/baseline.ts), which may come from an untrusted artifact. A
 * baseline with a 30-day feature window or a 1 ms step would otherwise make a scan wait or run out of memory.
 */
export const LIMITS = {
  stepMs: range('stepMs'),
  featureWindowMs: range('featureWindowMs'),
  /** A feature window holds at least this many steps. */
  stepsPerFeatureWindow: 4,
  kMax: range('model.kMax'),
  /** Envoy's default histogram has 20 bounds; a custom one rarely more than a few dozen. */
  histogramBuckets: 256,
  /** Far above any mesh we measured (10,000 services), far below what exhausts memory. */
  services: 100_000,
  /** gate.before is at most gate.maxBefore (default 24 h), which is at most this. */
  maxBeforeMs: range('gate.maxBefore').max,
} as const;
