/**
 * How a setting is declared: its resolved value's zod schema, registered with what the declaration says of it
 * (its key and unit in the YAML file, default, bounds, flag, input, environment, meaning). The declarations are
 * in this folder by section; core/settings.ts puts them together and derives from them.
 */
import { z } from 'zod';

/** How a setting is written (in the file, a flag or an input) and read back. */
export type SettingUnit =
  /** "90s", "5m", "1h30m", "250ms" → milliseconds. */
  | 'duration'
  /** "5%" or 0.05 → 0..1. */
  | 'ratio'
  /** "2x" or 2. */
  | 'factor'
  /** "64MiB", "512KiB" or bytes → bytes (1KiB..4GiB). */
  | 'size'
  /** A whole number of MiB → bytes. */
  | 'mebibytes'
  /** A whole number, 0 or more. */
  | 'count'
  /** A whole number. */
  | 'integer'
  /** A positive number. */
  | 'number'
  | 'boolean'
  /** One of a few words. */
  | 'choice'
  /** low, medium, high or critical (any case in a flag or an input). */
  | 'severity'
  | 'text'
  /** An http(s) URL. */
  | 'url'
  /** Kubernetes namespace names. */
  | 'namespaces'
  /** HTTP headers, "Name: value". */
  | 'headers'
  /** A version label's value. */
  | 'version'
  /** An AWS region (the signing name apart). */
  | 'sigv4'
  /** Simulated faults, SERVICE[@VERSION]:TYPE[:MAGNITUDE][@-DURATION]. */
  | 'faults'
  /** Simulated rollouts, SERVICE:VERSION[:SHARE]. */
  | 'rollouts'
  /** A credential: only ever from the environment. */
  | 'secret';

/**
 * Bounds, in the setting's unit: durations as they are written ("1s", "24h"), numbers as numbers, text by its
 * length.
 */
export interface SettingBounds {
  /** Inclusive. */
  min?: number | string;
  max?: number | string;
  /** Exclusive. */
  above?: number;
  below?: number;
}

/** A flag as commander declares it, and its line in --help. */
export interface FlagSpec {
  flags: string;
  help: string;
  /** Only for this command: --duration is the learn window for learn, the scan window for scan. */
  for?: 'learn' | 'scan';
  /** An environment variable read when the flag is not given. */
  env?: string;
  /** A second flag that sets a part of the same value (the SigV4 signing name, with the region). */
  with?: FlagSpec;
}

/** An Action input (action.yml declares it, with its description). */
export interface InputSpec {
  name: string;
  /** Only in this mode: the input `duration` is the learn window in mode learn, the scan window otherwise. */
  for?: 'learn' | 'scan';
}

export interface SettingMeta {
  /** Its key in the YAML file (`rules.trafficSpike`), and its name in messages; absent: the file does not set it. */
  key?: string;
  unit: SettingUnit;
  /** Checked against the setting's own schema where it is declared. */
  default: unknown;
  bounds?: SettingBounds;
  /** `0` (not a duration) turns it off. */
  zeroTurnsOff?: true;
  flag?: FlagSpec;
  input?: InputSpec;
  /** Environment variables that set it (credentials stay out of flags, inputs and shell history). */
  env?: readonly string[];
  /** One line for the docs: what it does. */
  description: string;
}

const registry = z.registry<SettingMeta>();
/** One setting: its resolved value's schema, registered with what the declaration says of it. */
export function setting<S extends z.ZodType>(schema: S, meta: SettingMeta & { default: z.output<S> }): S {
  registry.add(schema, meta);
  return schema;
}

/** What the declaration says of a setting's schema; undefined: a section, or a field that is no setting. */
export function metaOf(schema: z.ZodType): SettingMeta | undefined {
  return registry.get(schema);
}
