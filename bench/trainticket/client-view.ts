/**
 * What the Train-Ticket days' client-side quantiles could say: each pod's `PodClientLatencyP90` is its outbound
 * calls to every callee together, with no callee named, so it can stand for no caller → callee edge. Measured on
 * every run, for the README: in how many fault windows the faulted pod's own client-side p90 (the median of the
 * five minutes from the injection) stood above the 95th percentile of its own minutes in the day's fault-free
 * hours — a delay on its network would show there first. Pure.
 */
import type { Fault, PodData } from './convert.js';

export interface ClientViewEvidence {
  day: string;
  /** Per fault type: fault windows with client-side quantiles, and those above the pod's clean 95th percentile. */
  byType: Record<string, { windows: number; above: number }>;
  /** The 95th percentile of the faulted pods' fault-free minutes (ms): long-held calls set it. */
  cleanP95Ms: { min: number; max: number } | null;
}

const WINDOW_MS = 5 * 60_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function clientViewEvidence(
  day: string,
  pods: PodData[],
  faults: Fault[],
  cleanFrom: number,
): ClientViewEvidence {
  const byType: ClientViewEvidence['byType'] = {};
  const cleanP95s: number[] = [];
  for (const fault of faults) {
    const entry = (byType[fault.type] ??= { windows: 0, above: 0 });
    const rows = pods.filter((p) => p.workload === fault.service).flatMap((p) => p.rows);
    const during = rows
      .filter((r) => r.t * 1000 >= fault.at && r.t * 1000 < fault.at + WINDOW_MS)
      .flatMap((r) => (r.clientP90 != null ? [r.clientP90] : []));
    const clean = rows
      .filter((r) => r.t * 1000 >= cleanFrom)
      .flatMap((r) => (r.clientP90 != null ? [r.clientP90] : []))
      .sort((a, b) => a - b);
    if (during.length === 0 || clean.length === 0) continue;
    const p95 = clean[Math.min(clean.length - 1, Math.floor(0.95 * clean.length))];
    cleanP95s.push(p95);
    entry.windows++;
    if (median(during) > p95) entry.above++;
  }
  return {
    day,
    byType,
    cleanP95Ms: cleanP95s.length > 0 ? { min: Math.min(...cleanP95s), max: Math.max(...cleanP95s) } : null,
  };
}
