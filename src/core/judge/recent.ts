/**
 * What the half hour before a deploy adds to a thin baseline, pure. The reference window ran the same code on the
 * same day as the scan's eve: a service whose p99 was learned from a handful of requests is judged with those
 * requests too, and a service the baseline never saw busy (the load was elsewhere that day) has its latency judged
 * against that half hour rather than not at all.
 */
import type { ServiceBaseline } from '../baseline.js';
import { learnService } from '../learn.js';
import { nameList } from '../names.js';
import { withRecentRequests } from '../model/slow-tail.js';
import { totalRequests } from '../series.js';
import type { Config } from '../settings.js';
import { serviceId, type CollectedMetrics, type ServiceSeries } from '../types.js';

const LATENCY_METRICS = ['latencyP50', 'latencyP90', 'latencyP99'] as const;

/**
 * A baseline of the service's latency alone, learned from the reference window. Half an hour says nothing of its
 * traffic (a quiet service's rate swings from one few-minute slice to the next) nor of its modes: no rate, no
 * silence, no model — the latency rules and the slow-tail count judge it.
 */
function latencyFromReference(series: ServiceSeries, config: Config, stepMs: number): ServiceBaseline | null {
  const learned = learnService(series, config, stepMs);
  if (!learned.metrics.latencyP99 || !learned.slowTail) return null;
  const metrics: ServiceBaseline['metrics'] = {};
  for (const m of LATENCY_METRICS) if (learned.metrics[m]) metrics[m] = learned.metrics[m];
  return {
    ...learned,
    meanRate: 0,
    hourlyRate: null,
    silenceSeconds: null,
    metrics,
    models: {},
  };
}

/**
 * The baselines the scan is judged by: the reference window's requests added to what each service learned of its
 * slow tail and slow median (model/slow-tail.ts); for a service in the baseline without traffic, its latency as
 * the reference window had it, with a note. The reference slices themselves are judged by the baseline as learned
 * (judge/onset.ts).
 */
export function withRecentEvidence(
  byId: ReadonlyMap<string, ServiceBaseline>,
  reference: CollectedMetrics | undefined,
  config: Config,
): { baselines: ReadonlyMap<string, ServiceBaseline>; notes: string[] } {
  if (!reference) return { baselines: byId, notes: [] };
  const out = new Map(byId);
  const fromReference: string[] = [];
  for (const series of reference.services) {
    const id = serviceId(series.service);
    const known = byId.get(id);
    if (!known) continue;
    if (known.slowTail) {
      out.set(id, {
        ...known,
        slowTail: withRecentRequests(known.slowTail, series),
        ...(known.slowMedian ? { slowMedian: withRecentRequests(known.slowMedian, series) } : {}),
      });
    } else if (known.insufficient && totalRequests(series) >= config.gate.minRequests) {
      const recent = latencyFromReference(series, config, reference.stepMs);
      if (recent) {
        out.set(id, recent);
        fromReference.push(id);
      }
    }
  }
  const notes =
    fromReference.length > 0
      ? [
          `the baseline saw no traffic for ${fromReference.length === 1 ? 'service' : 'services'} ${nameList(fromReference, 5)}: their latency was judged against the window before the deploy; learn again to judge them fully`,
        ]
      : [];
  return { baselines: out, notes };
}
