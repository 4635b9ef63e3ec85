/**
 * The report schema's finding: one anomaly, why it counts as data (one shape per rule or model test) and how it
 * relates to a rollout. Apart from report-schema.ts because it is the largest part of the contract and the one a
 * new rule or model test extends.
 */
import { z } from 'zod';
import { ROLLOUT_SIGNALS } from './rollout-types.js';
import {
  anomalyType,
  listOf,
  measured,
  metricName,
  orNull,
  severity,
  type ReportCaps,
  type Text,
} from './report-schema-fields.js';

/**
 * Why a finding counts, as data (Kayenta's split: the classification is the finding's type and severity, this is
 * the reason behind it). The core fills it; render/ turns it into words.
 */
function findingReasonSchema(text: Text, caps: ReportCaps) {
  return z.discriminatedUnion('kind', [
    /** Request rate outside the factor band around the expected rate (the hour's profile or the mean). */
    z.object({
      kind: z.literal('traffic-band'),
      direction: z.enum(['above', 'below']),
      factor: measured,
      expectedRate: measured,
      basis: z.enum(['hour-of-day', 'baseline-mean']),
      /** The rate is over this part of the window (a drop that filled two of its three slices); absent: all of it. */
      overSeconds: measured.optional(),
    }),
    /** A ratio over a fixed limit (the limit is the finding's threshold). */
    z.object({ kind: z.literal('ratio-limit'), limit: measured }),
    /** A ratio far above the service's own usual one, and too many events to be chance. */
    z.object({
      kind: z.literal('ratio-relative'),
      factor: measured,
      usual: measured,
      z: measured,
      requests: measured,
    }),
    /** p99 over the configured absolute bound. */
    z.object({ kind: z.literal('latency-bound'), limitMs: measured }),
    /**
     * A latency quantile over a factor of its usual level: the baseline's, or (`learnedFrom: reference`) that of the
     * half hour before the deploy, for a service the baseline does not know or saw no traffic for.
     */
    z.object({
      kind: z.literal('latency-factor'),
      factor: measured,
      baseline: measured,
      learnedFrom: z.literal('reference').optional(),
    }),
    /** A quiet service's events (errors, timeouts) too many to be luck at its learned rate and over-dispersion. */
    z.object({
      kind: z.literal('event-count'),
      events: measured,
      requests: measured,
      usual: measured,
      dispersion: measured,
      chance: measured,
    }),
    /** A latency quantile past what its windows reached in training, or before the deploy (`learnedFrom`). */
    z.object({
      kind: z.literal('latency-range'),
      high: measured,
      learnedFrom: z.literal('reference').optional(),
    }),
    /** The scan's windows unlike every learned mode of the signal (K-means). */
    z.object({
      kind: z.literal('mode-distance'),
      feature: z.enum(['mean', 'stddev', 'trend', 'volatility']),
      distance: measured,
      threshold: measured,
      mode: measured,
      modes: measured,
      /** The joint model: every signal together, so the combination is what no state had. */
      joint: z.boolean().optional(),
      /**
       * The joint model's evidence in each signal's own units: the scan's typical window and the nearest learned
       * state, the finding's metric first, then the others by how far they sit from that state. `requestRate` is
       * a share of the hour's usual rate when `relativeTraffic`.
       */
      combination: listOf(
        z.object({ metric: metricName, window: measured, nearest: measured }),
        caps.combination,
      ).optional(),
      relativeTraffic: z.boolean().optional(),
    }),
    /** The scan's window means outside the range they kept in training. */
    z.object({ kind: z.literal('envelope'), side: z.enum(['above', 'below']), bound: measured }),
    /** No request for a stretch of the window where the learned rate expected many: the service went dark. */
    z.object({
      kind: z.literal('went-dark'),
      silentSeconds: measured,
      expectedRequests: measured,
      shareOfWindow: measured,
      /** The traffic came back before the window ended (absent: the silence lasted to its end). */
      resumed: z.boolean().optional(),
    }),
    /** Its callers' median outgrew its own proxy's by more than the learned gap: time lost between the proxies. */
    z.object({ kind: z.literal('callers-gap'), ownMs: measured, usualRatio: measured }),
    /** The new version of a rollout against the old one in the same minutes (core/judge/rollout.ts). */
    z.object({
      kind: z.literal('version-regression'),
      signal: z.enum(ROLLOUT_SIGNALS),
      newVersion: text,
      oldVersion: text,
      newEvents: measured,
      newRequests: measured,
      oldEvents: measured,
      oldRequests: measured,
      /** The old version's quantile the latency counts are taken above (ms). */
      thresholdMs: measured.optional(),
      pValue: measured,
    }),
  ]);
}

/** One anomaly, why it counts (findingReasonSchema) and how it relates to a rollout. */
export function findingSchemas(text: Text, caps: ReportCaps) {
  const findingReason = findingReasonSchema(text, caps);

  /** How a finding relates to a rollout: the new version alone moved (`new`), or both alike (`both`, never gating). */
  const findingRollout = z.object({
    new: text,
    old: text,
    moved: z.enum(['new', 'both']),
    /** A finding on another service that follows, on the call graph, the deviation both versions of this one share. */
    follows: text.optional(),
  });

  /** One anomaly: what was seen, what was expected, and why it counts. */
  const finding = z.object({
    namespace: text,
    service: text,
    type: anomalyType,
    severity,
    detector: z.enum(['rule', 'model']),
    metric: metricName,
    observed: measured,
    /**
     * The expected value (the baseline mean; for traffic, the rate expected at that hour when the baseline learned
     * an hour-of-day profile) and the normal range learned for it (for such traffic, at that hour).
     */
    expected: measured,
    expectedRange: z.tuple([measured, measured]),
    threshold: z.number(),
    /** How far past the threshold: 1 = at the threshold. */
    score: z.number(),
    /** Why it counts, in words (render/finding-words.ts writes it from `reason`). */
    description: text,
    /** Why it counts, as data: the rule or model test that broke and its figures. */
    reason: findingReason.optional(),
    /** When this finding follows another service's trouble on the call graph: the origin's "ns/svc". */
    origin: text.optional(),
    /**
     * Seen by this caller's proxy, not by the service's own: "ns/name" of the caller, "(outside the mesh)" or
     * "(other callers)" (core/edges.ts). The network to the service, its callers' retries and overflows.
     */
    caller: text.optional(),
    /** With `caller`: the metric as the service's own proxy saw it over the window (null: no value). */
    ownObserved: orNull.optional(),
    /**
     * `pre-existing`: the same deviation held through most of the reference window right before the deploy
     * (not the deploy's doing: reported, gating only with gate.preExisting fail). `new` otherwise.
     */
    onset: z.enum(['new', 'pre-existing']).optional(),
    /**
     * false: the deviation held in fewer than two of the window's three slices (a burst, a GC pause, a restart):
     * reported at severity low, so it gates only with failOn low. Absent otherwise.
     */
    sustained: z.literal(false).optional(),
    /**
     * During a rollout: `moved: new`, the new version alone regressed against the old in the same minutes;
     * `moved: both`, both versions deviate alike (a dependency, the load): reported, never gating.
     */
    rollout: findingRollout.optional(),
  });
  return { findingReason, findingRollout, finding };
}
