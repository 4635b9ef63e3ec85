/**
 * Reads a JSON report that another run wrote (mode: comment, the fork PR pattern) as untrusted data:
 * a bounded regular file, valid JSON, and the report contract of schemaVersion 1 field by field, so the
 * Markdown renderer only ever sees the types it escapes. Nothing from the file is echoed in an error.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  ANOMALY_TYPES,
  ConfigError,
  METRIC_NAMES,
  SEVERITIES,
  SOURCE_NAMES,
  type Report,
} from '../core/types.js';
import { ROLLOUT_SIGNALS } from '../core/rollout-types.js';

/** A real report of thousands of services is a few MB; anything far larger is not one of ours. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

const text = z.string().max(10_000);
const count = z.number().int().min(0);
// JSON has no Infinity: an unbounded value arrives as null, which the renderer shows as "–".
const value = z.number().nullable();
const severity = z.enum(SEVERITIES);
const source = z.enum(SOURCE_NAMES);
const window = z.object({ from: text, to: text });

const finding = z.object({
  namespace: text,
  service: text,
  type: z.enum(ANOMALY_TYPES),
  severity,
  detector: z.enum(['rule', 'model']),
  metric: z.enum(METRIC_NAMES),
  observed: value,
  expected: value,
  expectedRange: z.tuple([value, value]),
  threshold: z.number(),
  score: z.number(),
  description: text,
  onset: z.enum(['new', 'pre-existing']).optional(),
  caller: text.optional(),
  ownObserved: value.optional(),
  rollout: z
    .object({
      new: text,
      old: text,
      moved: z.enum(['new', 'both']),
      follows: text.optional(),
    })
    .optional(),
});

const metricSummary = z.object({
  observed: value,
  expected: value,
  band: z.tuple([value, value]).nullable(),
});

const service = z.object({
  namespace: text,
  name: text,
  status: z.enum(['ok', 'anomalous', 'new', 'insufficient-data', 'missing']),
  requests: z.number(),
  metrics: z.partialRecord(z.enum(METRIC_NAMES), metricSummary),
  reason: text.optional(),
  layer: z.literal('l4').optional(),
});

/** A finding's picture (issue 15): bounded like the core builds it, so a hostile file cannot bloat a comment. */
const chartSeries = z.object({
  from: text,
  stepSeconds: z.number().positive(),
  values: z.array(value).max(60),
});
const findingChart = z.object({
  namespace: text,
  service: text,
  metric: z.enum(METRIC_NAMES),
  type: z.enum(ANOMALY_TYPES),
  severity,
  scan: chartSeries,
  reference: chartSeries.optional(),
  expected: value,
  band: z.tuple([z.number(), z.number()]).nullable(),
  deployedAt: text.nullable(),
});

/** A rollout (docs/json-report.md): both versions' counts per signal, bounded like the rest. */
const rolloutSide = z.object({ version: text, requests: z.number(), share: z.number() });
const rolloutCounts = z.object({ events: z.number(), requests: z.number(), value });
const rollout = z.object({
  namespace: text,
  service: text,
  new: rolloutSide,
  old: rolloutSide.extend({ versions: z.array(text).max(50) }),
  basis: z.enum(['given', 'unseen-before', 'started-later', 'version-order']),
  verdict: z.enum(['regressed', 'ok', 'insufficient']),
  minRequests: count,
  signals: z
    .array(
      z.object({
        signal: z.enum(ROLLOUT_SIGNALS),
        metric: z.enum(METRIC_NAMES),
        type: z.enum(ANOMALY_TYPES),
        new: rolloutCounts,
        old: rolloutCounts,
        thresholdMs: z.number().optional(),
        pValue: z.number(),
        verdict: z.enum(['worse', 'same', 'better', 'too-few']),
        sustained: z.boolean().optional(),
      }),
    )
    .max(20),
  shared: z
    .array(
      z.object({
        metric: z.enum(METRIC_NAMES),
        type: z.enum(ANOMALY_TYPES),
        expected: z.number(),
        new: value,
        old: value,
      }),
    )
    .max(20),
  reason: text,
  chart: z.object({ metric: z.enum(METRIC_NAMES), new: chartSeries, old: chartSeries }).optional(),
});

const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('smanalyzer'), version: z.string().max(64) }),
  verdict: z.enum(['pass', 'warn', 'fail']),
  window,
  source,
  partial: z.boolean(),
  baseline: z
    .object({
      path: text,
      createdAt: text,
      source,
      window,
      ageSeconds: z.number(),
      services: count,
    })
    .nullable(),
  services: z.array(service),
  anomalies: z.array(finding),
  summary: z.object({
    servicesScanned: count,
    anomalous: count,
    insufficientData: count,
    new: count,
    missing: count,
    anomalyCount: count,
    gatingAnomalies: count,
    bySeverity: z.object({ low: count, medium: count, high: count, critical: count }),
    failOn: severity,
    maxAnomalies: count,
    warnOnly: z.boolean(),
    reason: text,
  }),
  notes: z.array(text),
  charts: z.array(findingChart).max(5).optional(),
  rollouts: z.array(rollout).max(1000).optional(),
});

const FIX =
  'point report-path at the JSON report the scan wrote (its report-path output, uploaded as an artifact)';

/** Where in the report a problem is, when the path is made of plain keys and indexes (never other text). */
function where(path: PropertyKey[]): string {
  const parts = path.map(String);
  return parts.every((p) => /^[A-Za-z0-9_-]{1,40}$/.test(p)) && parts.length > 0
    ? ` at ${parts.join('.')}`
    : '';
}

/** Validates already-parsed JSON; the result holds only the fields the contract names. */
export function parseUntrustedReport(raw: unknown, file: string): Report {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== 1) {
    throw new ConfigError(
      `${file} is not a SMAnalyzer report of schemaVersion 1`,
      `${FIX}; a report from another SMAnalyzer major version needs the matching action version`,
    );
  }
  const result = reportSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(
      `${file} is not a valid SMAnalyzer report (${issue.code}${where(issue.path)})`,
      FIX,
    );
  }
  return result.data as Report;
}

/** Reads and validates the report file; a clear ConfigError for a missing, huge, non-JSON or foreign file. */
export function readUntrustedReport(file: string): Report {
  let size: number;
  try {
    const stat = lstatSync(file);
    if (!stat.isFile()) throw new ConfigError(`${file} is not a regular file`, FIX);
    size = stat.size;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`no report at ${file}`, FIX);
  }
  if (size > MAX_REPORT_BYTES) {
    throw new ConfigError(`${file} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB: not a report`, FIX);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // V8's message quotes the text around the error: never echo an untrusted file.
    throw new ConfigError(`${file} is not valid JSON`, FIX);
  }
  return parseUntrustedReport(raw, file);
}
