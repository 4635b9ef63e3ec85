/**
 * What the half hour before a deploy adds to a thin baseline, pure. The reference window ran the same code on the same
 * day as the scan's eve; a service whose p99 was learned from a handful of requests is judged with those requests too.
 */
import type { ServiceBaseline } from '../baseline.js';
import { withRecentRequests } from '../model/slow-tail.js';
import { serviceId, type CollectedMetrics } from '../types.js';

/**
 * The baselines the scan is judged by: with the reference window's requests added to what each learned of its slow
 * tail (model/slow-tail.ts). The reference slices themselves are judged by the baseline as learned (judge/onset.ts).
 */
export function withRecentEvidence(
  byId: ReadonlyMap<string, ServiceBaseline>,
  reference: CollectedMetrics | undefined,
): ReadonlyMap<string, ServiceBaseline> {
  if (!reference) return byId;
  const out = new Map(byId);
  for (const series of reference.services) {
    const id = serviceId(series.service);
    const known = byId.get(id);
    if (known?.slowTail) out.set(id, { ...known, slowTail: withRecentRequests(known.slowTail, series) });
  }
  return out;
}
