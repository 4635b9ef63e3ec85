/**
 * The baseline's shape: what `learn` produces and `scan` judges against, and its versioned zod schema.
 * The store (baseline/) reads and writes it; the core only needs the types.
 */
import { z } from 'zod';
import { LIMITS } from './settings.js';
import { MESH_NAMES, METRIC_NAMES, SOURCE_NAMES } from './types.js';
import { SIGNAL_NAMES } from './signals.js';
import { isKubernetesName } from './names.js';
import { CALLERS_LEARNED, isEdgeCallerId } from './edges.js';

export const BASELINE_SCHEMA_VERSION = 1;

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const metricName = z.enum(METRIC_NAMES);
/** Requests slower than a learned quantile: the bound, their bunching, and the counts they were learned from. */
const slowCounts = z
  .object({
    thresholdMs: finite.refine((v) => v > 0, 'must be above 0'),
    dispersion: finite.refine((v) => v >= 1 && v <= 1e6, 'must be 1..1e6'),
    requests: finite.refine((v) => v >= 0, 'must be 0 or more').optional(),
    slower: finite.refine((v) => v >= 0, 'must be 0 or more').optional(),
  })
  .refine((t) => (t.slower ?? 0) <= (t.requests ?? Infinity), {
    message: 'slower must not exceed requests',
    path: ['slower'],
  });

const stats = z.object({
  /** Mean of the per-step values (request-weighted for ratios and latencies). */
  mean: finite,
  /** The band of normal per-window means: 5th..95th percentile. */
  p5: finite,
  p95: finite,
  /** Standard deviation of per-window means. */
  std: finite,
  max: finite,
});
const model = z.object({
  metrics: z.array(metricName).min(1),
  windows: z.number().int().min(1),
  /** Traffic learned as a share of the hour's expected rate (see traffic-profile.ts). */
  relativeToProfile: z.boolean().optional(),
  /** Per metric, the envelope of normal window means (model/kmeans.ts learnEnvelope). */
  envelope: z
    .array(
      z.object({
        median: finite,
        low: finite,
        high: finite,
        p5: finite.optional(),
        p95: finite.optional(),
      }),
    )
    .optional(),
  scaler: z.object({
    center: z.array(finite),
    scale: z.array(finite.refine((v) => v > 0, 'must be above 0')),
  }),
  k: z.number().int().min(1),
  centroids: z.array(z.array(finite)).min(1),
  sizes: z.array(z.number().int().min(0)),
  thresholds: z.array(finite.refine((v) => v > 0, 'must be above 0')),
  silhouette: finite.nullable(),
});
/** Strict RFC 3339 (what learn writes): Date.parse alone takes "Tue, 1 Jan 2030" and worse. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const isoDate = z
  .string()
  .refine((s) => RFC3339.test(s) && Number.isFinite(Date.parse(s)), 'must be an RFC3339 time');
/** Names reach logs and reports: only what Kubernetes itself would accept (core/names.ts). */
const kubeName = z.string().refine(isKubernetesName, 'must be a Kubernetes name (RFC 1123 label)');
/** One service's learned normal behaviour (and, with a caller, one edge's). */
const serviceSchema = z.object({
  namespace: kubeName,
  name: kubeName,
  /** Requests seen over the whole learning window. */
  requests: finite,
  /** Mean requests per second over the learning window. */
  meanRate: finite,
  /** Learned with too little traffic to judge: scans report insufficient-data. */
  insufficient: z.boolean(),
  /** Median req/s per UTC hour of the day, when the learning window covered most of a day. */
  hourlyRate: z
    .array(finite.refine((v) => v >= 0, 'must be 0 or more'))
    .length(24)
    .nullable()
    .optional(),
  metrics: z.partialRecord(metricName, stats),
  /** The longest ordinary silence between requests while learning (seconds): a went-dark tail must exceed it. */
  silenceSeconds: finite
    .refine((v) => v >= 0, 'must be 0 or more')
    .nullable()
    .optional(),
  /** Errors and timeouts as counts (their rate and over-dispersion), for judging quiet windows. */
  events: z
    .partialRecord(
      z.enum(['errorRatio', 'timeoutRatio']),
      z.object({
        ratio: finite.refine((v) => v >= 0 && v <= 1, 'must be 0..1'),
        dispersion: finite.refine((v) => v >= 1 && v <= 1e6, 'must be 1..1e6'),
        requests: finite.refine((v) => v >= 0, 'must be 0 or more'),
      }),
    )
    .optional(),
  /** How much the requests slower than the learned p99 bunch together (model/slow-tail.ts). */
  slowTail: slowCounts.optional(),
  /** The same at the learned p50: a shift of the whole body (model/slow-tail.ts). */
  slowMedian: slowCounts.optional(),
  models: z.partialRecord(z.enum(SIGNAL_NAMES), model),
  unavailable: z.array(metricName),
  /** Learned at L4 only (connections, no L7 proxy): its "requests" were connections. */
  layer: z.literal('l4').optional(),
});

export const baselineSchema = z
  .object({
    schemaVersion: z.literal(BASELINE_SCHEMA_VERSION),
    tool: z.object({ name: z.literal('smanalyzer'), version: z.string() }),
    createdAt: isoDate,
    source: z.enum(SOURCE_NAMES),
    /** The mesh dialect it was learned from (absent: the simulated mesh, or an older baseline). */
    mesh: z.enum(MESH_NAMES).optional(),
    cluster: z.object({ server: z.string(), context: z.string(), version: z.string().optional() }).nullable(),
    /** Empty: every namespace. */
    namespaces: z.array(kubeName),
    window: z.object({ from: isoDate, to: isoDate }),
    stepMs: z.number().int().min(LIMITS.stepMs.min).max(LIMITS.stepMs.max),
    featureWindowMs: z.number().int().min(LIMITS.featureWindowMs.min).max(LIMITS.featureWindowMs.max),
    histogramBuckets: z.array(finite).max(LIMITS.histogramBuckets),
    settings: z.object({
      kMax: z.number().int().min(LIMITS.kMax.min).max(LIMITS.kMax.max),
      seed: z.number().int(),
    }),
    services: z.array(serviceSchema).max(LIMITS.services),
    /**
     * Each service's edges as its callers' proxies saw them: its busiest callers one by one, the others folded
     * into one edge (core/edges.ts). Absent: learned without the caller's view.
     */
    edges: z
      .array(
        serviceSchema.extend({
          caller: z.string().refine(isEdgeCallerId, 'must be ns/name or a caller marker'),
          /** ln(the caller's p50 / the callee's own p50) over the learning windows (judge/callers-gap.ts). */
          callersGap: z
            .object({
              logMean: finite,
              logStd: finite.refine((x) => x >= 0),
              windows: z.number().int().min(0),
            })
            .optional(),
        }),
      )
      .max(LIMITS.services * (CALLERS_LEARNED + 1))
      .optional(),
  })
  // The step follows the scrape interval (a 60 s step, a 2-minute window is 2 steps): at least one step.
  .refine((b) => b.featureWindowMs >= b.stepMs, {
    message: 'must hold at least one step',
    path: ['featureWindowMs'],
  });

/** The types are the schema's: what learn writes is exactly what is validated on the way back in. */
export type Baseline = z.infer<typeof baselineSchema>;
export type ServiceBaseline = Baseline['services'][number];
export type EdgeBaseline = NonNullable<Baseline['edges']>[number];
export type MetricStats = z.infer<typeof stats>;
export type SignalModel = z.infer<typeof model>;
