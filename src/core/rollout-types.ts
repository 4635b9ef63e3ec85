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

/** The per-request signals two versions are compared on. */
export const ROLLOUT_SIGNALS = [
  'errors',
  'timeouts',
  'retries',
  'overflows',
  'latencyP50',
  'latencyP99',
] as const;
export type RolloutSignal = (typeof ROLLOUT_SIGNALS)[number];

/** The rollout parts of the JSON report: their types are the report schema's (report-schema.ts). */
export type {
  FindingRollout,
  ReportRollout,
  RolloutChart,
  RolloutComparison,
  RolloutSide,
  SharedDeviation,
} from './report-schema.js';
