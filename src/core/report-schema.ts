/**
 * The JSON report's schema: a public, documented contract (docs/json-report.md), kept stable. The report's
 * types are inferred from it (core/types.ts names them), so what a scan writes and what a reader validates are
 * one shape. A report another run wrote (the Action's mode: comment) is read through the same schema with caps on
 * its sizes (`reportSchemas(caps)`); the core's own reports are built in code and never parsed.
 */
import { z } from 'zod';
import { MESH_NAMES } from './types.js';
import { ROLLOUT_SIGNALS } from './rollout-types.js';
import {
  UNCAPPED,
  anomalyType,
  count,
  listOf,
  measured,
  metricName,
  orNull,
  severity,
  source,
  textOf,
  type ReportCaps,
  type Text,
} from './report-schema-fields.js';
import { findingSchemas } from './report-schema-findings.js';

export const VERDICTS = ['pass', 'warn', 'fail'] as const;
export const SERVICE_STATUSES = ['ok', 'anomalous', 'new', 'insufficient-data', 'missing'] as const;

/** A service's line in the report: its status, requests and each metric against its baseline. */
function serviceSchemas(text: Text) {
  const metricSummary = z.object({
    /** Aggregate over the scan window (request-weighted for ratios and latencies). */
    observed: orNull,
    /** The baseline's mean and its normal band (p5..p95 of the learned per-window means). */
    expected: orNull,
    band: z.tuple([measured, measured]).nullable(),
  });

  const serviceReport = z.object({
    namespace: text,
    name: text,
    status: z.enum(SERVICE_STATUSES),
    /** Requests seen in the scan window. */
    requests: z.number(),
    metrics: z.partialRecord(metricName, metricSummary),
    /** Why a service is not `ok` when it has no finding (insufficient data, new, missing). */
    reason: text.optional(),
    /** `l4`: seen at L4 only (connections; no proxy reads it at L7): only its traffic was judged. */
    layer: z.literal('l4').optional(),
  });
  return { metricSummary, serviceReport };
}

/** The likely origins of the anomalies on the call graph, and the evidence behind each. */
function originSchemas(text: Text) {
  const serviceKey = z.object({ namespace: text, name: text });

  /**
   * Why a service (or a network edge) is named an origin, or why a symptom follows it: structured, worded by
   * render/. `carried` is the share of the caller's deviation the edge accounts for (0..1).
   */
  const originEvidence = z.object({
    signal: z.enum(['errors', 'latency', 'traffic']),
    caller: serviceKey.optional(),
    callee: serviceKey.optional(),
    carried: measured.optional(),
    edgeErrors: measured.optional(),
    edgeP99Ms: measured.optional(),
    calleeNormalP99Ms: measured.optional(),
    edgeShare: measured.optional(),
    /** A network edge: the caller's client-side p99 against the callee's own server-side p99. */
    clientP99Ms: measured.optional(),
    serverP99Ms: measured.optional(),
    /** The caller's own proxy sent the callee no more than it received while its traffic dropped: it stopped calling. */
    stoppedCalling: z.boolean().optional(),
    /** An origin's own deviation. */
    service: serviceKey.optional(),
    type: anomalyType.optional(),
    metric: metricName.optional(),
    observed: measured.optional(),
    expected: measured.optional(),
    healthyCallees: measured.optional(),
  });

  /** One likely origin of the anomalies, best first in the report's `origins`. */
  const reportOrigin = z.object({
    namespace: text,
    service: text,
    /** A service, or the network between `caller` and this service. */
    kind: z.enum(['service', 'network']),
    caller: z.object({ namespace: text, service: text }).optional(),
    score: measured,
    /** The anomalies that follow from it. */
    explains: z.array(
      z.object({
        namespace: text,
        service: text,
        type: anomalyType,
        /** The kind of trouble it follows when not its own kind: a traffic surge of callers retrying failures follows errors. */
        follows: z.enum(['errors', 'latency', 'traffic']).optional(),
      }),
    ),
    evidence: z.array(originEvidence),
  });
  return { originEvidence, reportOrigin };
}

/** The charts: a finding's picture, its series held to `caps`. */
function chartSchemas(text: Text, caps: ReportCaps) {
  /** A chart's samples: one value per point, `stepSeconds` apart from `from`; null where there was no data. */
  const chartSeries = z.object({
    from: text,
    stepSeconds: z.number().positive(),
    values: listOf(orNull, caps.chartPoints),
  });

  /**
   * The picture behind one finding: the metric over the scan window (and the reference window before the deploy,
   * when the scan read one) against the learned normal band. Values in the metric's own unit (ratios 0..1,
   * latencies ms, rates per second), at most 60 points in all.
   */
  const findingChart = z.object({
    namespace: text,
    service: text,
    /** As this caller's proxy saw the service (Finding.caller); absent: the service's own view. */
    caller: text.optional(),
    metric: metricName,
    type: anomalyType,
    severity,
    scan: chartSeries,
    reference: chartSeries.optional(),
    expected: orNull,
    band: z.tuple([z.number(), z.number()]).nullable(),
    /** `reference`: the band is the half hour before the deploy's, not the baseline's (reason `learnedFrom`). */
    bandFrom: z.literal('reference').optional(),
    /** When the deploy happened (the reference window ends there); null when the scan has no reference. */
    deployedAt: text.nullable(),
  });
  return { chartSeries, findingChart };
}

/** A rollout: both versions' sides, their comparison per signal, the deviations they share, and their chart. */
function rolloutSchemas(
  text: Text,
  caps: ReportCaps,
  chartSeries: ReturnType<typeof chartSchemas>['chartSeries'],
) {
  /** A version's side of a rollout: its requests in the window and its share of the service's. */
  const rolloutSide = z.object({ version: text, requests: z.number(), share: z.number() });
  const rolloutCounts = z.object({ events: z.number(), requests: z.number(), value: orNull });

  /**
   * One signal of the new version against the old over the minutes both served. Counts: `events` of `requests`
   * (errors, timeouts, …; for latency, the requests slower than `thresholdMs`, the old version's own quantile).
   * `value`: the ratio, or for latency the version's quantile (ms) from its merged buckets.
   */
  const rolloutComparison = z.object({
    signal: z.enum(ROLLOUT_SIGNALS),
    metric: metricName,
    type: anomalyType,
    new: rolloutCounts,
    old: rolloutCounts,
    thresholdMs: z.number().optional(),
    /** One-sided Fisher exact test: the chance of the new version having this many events or more if both were alike. */
    pValue: z.number(),
    /**
     * `worse`: the new version's events are too many to be chance and past the effect floor; `same` otherwise
     * (`better` when it clearly has fewer); `too-few`: not enough requests or events on a side to tell.
     */
    verdict: z.enum(['worse', 'same', 'better', 'too-few']),
    /** false: the new version was worse in fewer than two of the window's three slices (a blip). */
    sustained: z.boolean().optional(),
  });

  /** A deviation from the baseline that both versions show alike: not the new version's doing. */
  const sharedDeviation = z.object({
    metric: metricName,
    type: anomalyType,
    expected: z.number(),
    new: orNull,
    old: orNull,
  });

  /** The picture of both versions over the scan window: one metric, the same points for each. */
  /** `view: callers`: both versions as their callers' proxies saw them (where the new one is worse there). */
  const rolloutChart = z.object({
    metric: metricName,
    view: z.literal('callers').optional(),
    new: chartSeries,
    old: chartSeries,
  });

  /** One rollout: a service serving two versions in the window, the new one judged against the old. */
  const reportRollout = z.object({
    namespace: text,
    service: text,
    new: rolloutSide,
    /** The old side: every other version serving (usually one). */
    old: rolloutSide.extend({ versions: listOf(text, caps.oldVersions) }),
    /** How the new version was told from the old (rollout-types.ts NewVersionBasis). */
    basis: z.enum(['given', 'unseen-before', 'started-later', 'version-order']),
    /**
     * `regressed`: a signal of the new version is worse (its findings are in `anomalies`); `ok`: none is;
     * `insufficient`: a side has fewer requests than `minRequests` so far.
     */
    verdict: z.enum(['regressed', 'ok', 'insufficient']),
    minRequests: count,
    signals: listOf(rolloutComparison, caps.rolloutEntries),
    /** Baseline deviations both versions show (the dependency, the load): reported, never gating. */
    shared: listOf(sharedDeviation, caps.rolloutEntries),
    /** One sentence: why the verdict is what it is. */
    reason: text,
    chart: rolloutChart.optional(),
  });
  return { rolloutSide, rolloutComparison, sharedDeviation, rolloutChart, reportRollout };
}

/** Every part of the report, its strings and lists held to `caps`. */
export function reportSchemas(caps: ReportCaps) {
  const text = textOf(caps.text);
  const span = z.object({ from: text, to: text });
  const { metricSummary, serviceReport } = serviceSchemas(text);
  const { findingReason, findingRollout, finding } = findingSchemas(text, caps);
  const { originEvidence, reportOrigin } = originSchemas(text);
  const { chartSeries, findingChart } = chartSchemas(text, caps);
  const { rolloutSide, rolloutComparison, sharedDeviation, rolloutChart, reportRollout } = rolloutSchemas(
    text,
    caps,
    chartSeries,
  );

  const clusterIdentity = z.object({ server: text, context: text, version: text });

  const baselineSummary = z.object({
    path: text,
    createdAt: text,
    source,
    window: span,
    ageSeconds: z.number(),
    services: count,
  });

  const report = z.object({
    schemaVersion: z.literal(1),
    tool: z.object({ name: z.literal('smanalyzer'), version: textOf(caps.version) }),
    verdict: z.enum(VERDICTS),
    /** `reference`: the window right before the deploy that findings were compared with (absent when off). */
    window: span.extend({ reference: span.optional() }),
    source,
    /** The mesh dialect the metrics were read in (absent: the simulated mesh). */
    mesh: z.enum(MESH_NAMES).optional(),
    /** The cluster the scan ran against (from /version and the kubeconfig); null without one. */
    cluster: clusterIdentity.nullable(),
    partial: z.boolean(),
    baseline: baselineSummary.nullable(),
    services: z.array(serviceReport),
    anomalies: z.array(finding),
    /** Likely origins of the anomalies on the call graph, best first; absent when the source has no call graph. */
    origins: z.array(reportOrigin).optional(),
    summary: z.object({
      servicesScanned: count,
      anomalous: count,
      insufficientData: count,
      new: count,
      missing: count,
      anomalyCount: count,
      /** Findings at or above fail-on: the ones that count against max-anomalies. */
      gatingAnomalies: count,
      /** Findings already present before the deploy (onset pre-existing). */
      preExisting: count.optional(),
      bySeverity: z.object({ low: count, medium: count, high: count, critical: count }),
      failOn: severity,
      maxAnomalies: count,
      warnOnly: z.boolean(),
      /** One sentence: why the verdict is what it is. */
      reason: text,
    }),
    notes: z.array(text),
    /** Charts of the first (at most five) gating findings; absent when there is nothing to draw. */
    charts: listOf(findingChart, caps.charts).optional(),
    /** Services that ran two versions in the window, the new one judged against the old; absent when none did. */
    rollouts: listOf(reportRollout, caps.rollouts).optional(),
  });

  return {
    report,
    serviceReport,
    metricSummary,
    finding,
    findingReason,
    findingRollout,
    originEvidence,
    reportOrigin,
    chartSeries,
    findingChart,
    reportRollout,
    rolloutSide,
    rolloutComparison,
    sharedDeviation,
    rolloutChart,
    clusterIdentity,
    baselineSummary,
  };
}

/** The report's shape with no caps: the types below are inferred from it. */
export const reportSchema = reportSchemas(UNCAPPED);
type Part<K extends keyof typeof reportSchema> = z.output<(typeof reportSchema)[K]>;

export type Report = Part<'report'>;
export type ServiceReport = Part<'serviceReport'>;
export type MetricSummary = Part<'metricSummary'>;
export type Finding = Part<'finding'>;
export type FindingReason = Part<'findingReason'>;
export type FindingRollout = Part<'findingRollout'>;
export type OriginEvidence = Part<'originEvidence'>;
export type ReportOrigin = Part<'reportOrigin'>;
export type ChartSeries = Part<'chartSeries'>;
export type FindingChart = Part<'findingChart'>;
export type ReportRollout = Part<'reportRollout'>;
export type RolloutSide = Part<'rolloutSide'>;
export type RolloutComparison = Part<'rolloutComparison'>;
export type SharedDeviation = Part<'sharedDeviation'>;
export type RolloutChart = Part<'rolloutChart'>;
export type ClusterIdentity = Part<'clusterIdentity'>;
export type BaselineSummary = Part<'baselineSummary'>;
export type Verdict = (typeof VERDICTS)[number];
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
