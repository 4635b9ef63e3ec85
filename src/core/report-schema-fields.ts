/**
 * The report schema's building blocks: the caps on a report read from elsewhere, and the field types every part of
 * the schema shares (capped text and lists, numbers the JSON may hold as null, counts, the named enums). Apart from
 * report-schema.ts so that the parts in their own files (report-schema-findings.ts) build on the same ones.
 */
import { z } from 'zod';
import { ANOMALY_TYPES, METRIC_NAMES, SEVERITIES, SOURCE_NAMES } from './types.js';

/** The most a report read from elsewhere may hold; Infinity: no cap (the core's own shape). */
export interface ReportCaps {
  /** Characters in any string. */
  text: number;
  /** Characters in the tool's version. */
  version: number;
  /** Finding charts, and points in one chart series. */
  charts: number;
  chartPoints: number;
  rollouts: number;
  /** Old versions of one rollout. */
  oldVersions: number;
  /** Signals, and shared deviations, of one rollout. */
  rolloutEntries: number;
  /** Signals in a joint-model finding's combination. */
  combination: number;
}

export const UNCAPPED: ReportCaps = {
  text: Infinity,
  version: Infinity,
  charts: Infinity,
  chartPoints: Infinity,
  rollouts: Infinity,
  oldVersions: Infinity,
  rolloutEntries: Infinity,
  combination: Infinity,
};

export const textOf = (cap: number) => (Number.isFinite(cap) ? z.string().max(cap) : z.string());
export const listOf = <T extends z.ZodType>(item: T, cap: number) =>
  Number.isFinite(cap) ? z.array(item).max(cap) : z.array(item);

/**
 * A measured number that the JSON may hold as null: JSON has no Infinity or NaN, so JSON.stringify writes an
 * unbounded value as null. Read back it is NaN, a number with no value, which the renderers show as "–".
 */
export const measured = z
  .number()
  .nullable()
  .transform((v) => v ?? NaN);
/** A number or null (no value), in memory and in the JSON alike. */
export const orNull = z.number().nullable();
export const count = z.number().int().min(0);

export const metricName = z.enum(METRIC_NAMES);
export const anomalyType = z.enum(ANOMALY_TYPES);
export const severity = z.enum(SEVERITIES);
export const source = z.enum(SOURCE_NAMES);

export type Text = ReturnType<typeof textOf>;
