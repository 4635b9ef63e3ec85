/**
 * The vocabulary of rollouts: a service whose requests come from two versions in the same minutes (a rolling
 * update, a canary), the new version judged against the old one. Sources fill the version series; the judge
 * (core/judge/rollout.ts) compares them; the report carries the comparison (`Report.rollouts`). No I/O.
 */
import type { ServiceKey, ServiceSeries } from './types.js';
import type { ReportRollout } from './report-schema.js';

/**
 * One version of a service over a window: the service's series restricted to the requests that version served
 * (the mesh's version label: Istio's canonical revision or `version`, Linkerd's pod template hash).
 */
export interface VersionSeries extends ServiceSeries {
  version: string;
  /**
   * The version as its callers' proxies saw it, every caller folded (their requests and latency buckets): a delay
   * on the network to its pods shows there, not in its own view. Absent where the source reads no such view.
   */
  callers?: ServiceSeries;
}

/** A version label value as a report may show it; anything else is not read as a version. */
const VERSION_VALUE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
/** Values Istio and Linkerd write where no version is known: not a version of their own. */
const NO_VERSION = new Set(['', 'unknown']);

/** Whether a version label's value names a version (labels are what the proxies reported: checked here). */
export function isVersionValue(value: string | undefined): value is string {
  return value !== undefined && !NO_VERSION.has(value) && VERSION_VALUE.test(value);
}

/**
 * The label that tells a service's versions apart: of the mesh declaration's version labels (most specific
 * first), the first whose values split the service, else the first it has one value of. `valuesOf`: the values a
 * label took on the service's requests.
 */
export function splittingVersionLabel(
  labels: readonly string[],
  valuesOf: (label: string) => Iterable<string | undefined>,
): { label: string; values: string[] } | null {
  let single: { label: string; values: string[] } | null = null;
  for (const label of labels) {
    const values = [...new Set(valuesOf(label))].filter(isVersionValue);
    if (values.length >= 2) return { label, values: values.sort() };
    if (values.length === 1 && !single) single = { label, values };
  }
  return single;
}

/** The versions a service's requests came from in a window, as its series' version labels name them. */
export interface ServiceVersions {
  service: ServiceKey;
  versions: string[];
}

/**
 * How the new version was told from the old one: `given` (--new-version / --old-version, config `rollout`, Action
 * inputs); `unseen-before`, the only version the window before the deploy did not see; `started-later`, the only
 * version whose requests began later in the window (younger pods); `version-order`, nothing in the data tells, so
 * the version that sorts last (v2 after v1) is taken as new.
 */
export type NewVersionBasis = ReportRollout['basis'];

/** The per-request signals two versions are compared on; `callers…`: their latency as the callers saw it. */
export const ROLLOUT_SIGNALS = [
  'errors',
  'timeouts',
  'retries',
  'overflows',
  'latencyP50',
  'latencyP99',
  'callersLatencyP50',
  'callersLatencyP99',
] as const;
export type RolloutSignal = (typeof ROLLOUT_SIGNALS)[number];
/** The signals read from the versions' callers' view (VersionSeries.callers), not their own. */
export const SIGNALS_BY_CALLERS: ReadonlySet<RolloutSignal> = new Set([
  'callersLatencyP50',
  'callersLatencyP99',
]);

/** The rollout parts of the JSON report: their types are the report schema's (report-schema.ts). */
export type {
  FindingRollout,
  ReportRollout,
  RolloutChart,
  RolloutComparison,
  RolloutSide,
  SharedDeviation,
} from './report-schema.js';
