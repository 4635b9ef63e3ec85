/**
 * A scan's rollouts: the services whose requests came from two or more versions in the window, each paired as the
 * new version and the old (every other version merged). Pure.
 */
import { foldSeries } from '../edges.js';
import { LATENCY_QUANTILE_ENTRIES, metricArrays, totalRequests, windowQuantile } from '../series.js';
import {
  METRIC_NAMES,
  serviceId,
  type CollectedMetrics,
  type ServiceKey,
  type ServiceSeries,
} from '../types.js';
import type { NewVersionBasis, VersionSeries } from '../rollout-types.js';

/** A version starts later when its first request comes this many steps after every other version's. */
const LATER_STEPS = 2;

/** The new and old side of one service's rollout. `older` merges every version but the new one. */
export interface RolloutPair {
  service: ServiceKey;
  newer: VersionSeries;
  older: VersionSeries;
  olderVersions: string[];
  basis: NewVersionBasis;
}

/** Which versions to take as new and old, when the user said (null: found from the data). */
export interface RolloutChoice {
  newVersion: string | null;
  oldVersion: string | null;
}

function firstServed(series: ServiceSeries): number {
  return series.requests.findIndex((n) => n > 0);
}

/** v1 < v2 < v10: numbers inside names compare as numbers. */
function versionOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * The rollouts of a scan: services with two or more versions that served requests in the window. The new version
 * is the one given; else the only one the reference window (before the deploy) did not serve; else the only one
 * whose requests began later in the window; else the one that sorts last.
 */
export function pairRollouts(
  scan: CollectedMetrics,
  reference: CollectedMetrics | null,
  choice: RolloutChoice,
): RolloutPair[] {
  const byService = new Map<string, VersionSeries[]>();
  for (const series of scan.versions ?? []) {
    if (totalRequests(series) <= 0) continue;
    const id = serviceId(series.service);
    byService.set(id, [...(byService.get(id) ?? []), series]);
  }
  const seenBefore = new Map(
    (reference?.versionsSeen ?? []).map((entry) => [serviceId(entry.service), new Set(entry.versions)]),
  );
  const pairs: RolloutPair[] = [];
  for (const [id, serving] of byService) {
    if (serving.length < 2) continue;
    const names = serving.map((s) => s.version);
    let newVersion: string | undefined;
    let basis: NewVersionBasis = 'version-order';
    if (choice.newVersion && names.includes(choice.newVersion)) {
      [newVersion, basis] = [choice.newVersion, 'given'];
    } else if (choice.oldVersion && names.includes(choice.oldVersion) && names.length === 2) {
      [newVersion, basis] = [names.find((v) => v !== choice.oldVersion), 'given'];
    }
    const before = seenBefore.get(id);
    if (!newVersion && before && names.some((v) => before.has(v))) {
      const unseen = names.filter((v) => !before.has(v));
      if (unseen.length === 1) [newVersion, basis] = [unseen[0], 'unseen-before'];
    }
    if (!newVersion) {
      const starts = serving.map((s) => ({ version: s.version, first: firstServed(s) }));
      const latest = starts.reduce((a, b) => (b.first > a.first ? b : a));
      const others = starts.filter((s) => s !== latest);
      if (others.every((s) => latest.first - s.first >= LATER_STEPS))
        [newVersion, basis] = [latest.version, 'started-later'];
    }
    newVersion ??= [...names].sort(versionOrder).at(-1)!;
    const newer = serving.find((s) => s.version === newVersion)!;
    const olderList =
      basis === 'given' &&
      choice.oldVersion &&
      names.includes(choice.oldVersion) &&
      choice.oldVersion !== newVersion
        ? serving.filter((s) => s.version === choice.oldVersion)
        : serving.filter((s) => s !== newer);
    // The busiest old version first: it names the old side.
    olderList.sort((a, b) => totalRequests(b) - totalRequests(a));
    pairs.push({
      service: newer.service,
      newer,
      older: mergeVersions(olderList),
      olderVersions: olderList.map((s) => s.version),
      basis,
    });
  }
  return pairs;
}

/**
 * Several versions as one side: requests and events add up, buckets add up, and each step's latency quantiles come
 * from the summed buckets (request-weighted means of the versions' quantiles without buckets).
 */
export function mergeVersions(list: VersionSeries[]): VersionSeries {
  if (list.length === 1) return list[0];
  const steps = list[0].requests.length;
  const requests = Array.from({ length: steps }, (_, i) =>
    list.reduce((sum, s) => sum + (s.requests[i] ?? 0), 0),
  );
  const values = metricArrays((metric) =>
    Array.from({ length: steps }, (_, i) => {
      if (metric === 'requestRate' || metric === 'ejectionRate') {
        const present = list.map((s) => s.values[metric][i]).filter((v): v is number => v !== null);
        return present.length > 0 ? present.reduce((a, b) => a + b, 0) : null;
      }
      let weighted = 0;
      let weight = 0;
      for (const s of list) {
        const v = s.values[metric][i];
        const n = s.requests[i] ?? 0;
        if (v === null || !(n > 0)) continue;
        weighted += v * n;
        weight += n;
      }
      return weight > 0 ? weighted / weight : null;
    }),
  );
  const bounds = list[0].latencyBuckets?.bounds;
  const sameBuckets =
    bounds !== undefined &&
    list.every((s) => s.latencyBuckets && s.latencyBuckets.bounds.join() === bounds.join());
  const merged: VersionSeries = {
    service: list[0].service,
    version: list[0].version,
    requests,
    values,
    unavailable: METRIC_NAMES.filter((metric) => list.some((s) => s.unavailable.includes(metric))),
  };
  // Their callers' views fold as edges do: only where every version has one.
  const callers = list.map((s) => s.callers);
  if (callers.every((c) => c !== undefined)) merged.callers = foldSeries(list[0].service, callers);
  if (sameBuckets) {
    merged.latencyBuckets = {
      bounds,
      counts: Array.from({ length: steps }, (_, i) => {
        const rows = list
          .map((s) => s.latencyBuckets!.counts[i])
          .filter((row): row is number[] => row !== null);
        return rows.length > 0
          ? bounds.map((_, b) => rows.reduce((sum, row) => sum + (row[b] ?? 0), 0))
          : null;
      }),
    };
    // A mean of quantiles is not the quantile of the sum: a small slow version's tail would be averaged away.
    for (const [metric] of LATENCY_QUANTILE_ENTRIES)
      values[metric] = values[metric].map((v, i) => {
        const fromBuckets = windowQuantile(merged, metric, i, i + 1);
        return fromBuckets === undefined ? v : fromBuckets;
      });
  }
  return merged;
}
