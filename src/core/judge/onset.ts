/**
 * Deploy-aware verdict: was a finding already there before the deploy? The reference window right before
 * the deploy is cut into slices, each judged against the baseline like the scan; a (service, type) deviation
 * that held through most of them, up to the deploy, is pre-existing — unless the scan shows it clearly worse
 * (p99 already 2x, now 4x: the deploy made it worse, so it is new). Pure.
 */
import type { ServiceBaseline } from '../baseline.js';
import { aggregateMetric, sliceSeries, totalRequests } from '../series.js';
import type { Config } from '../settings.js';
import { serviceId, type CollectedMetrics, type JudgedFinding, type ServiceKey } from '../types.js';
import { detectServiceAnomalies, type ServiceVerdict } from './service.js';

/** "Most of the reference window": this share of its judged slices, the last one included. */
const HELD_SHARE = 2 / 3;
/** At most this many slices: a few minutes each over the default 30 minutes. */
const MAX_SLICES = 6;
/** Worse than before by this factor (of the deviation from normal, and of the level itself): new. */
const WORSE_DEVIATION = 1.5;
const WORSE_LEVEL = 1.25;

interface ReferenceView {
  /** Per judged slice, oldest first: the finding types it had. */
  slices: Array<Set<string>>;
  series: CollectedMetrics['services'][number];
}

/** The reference window's slices judged against the baseline; null when none had enough data to judge. */
function judgeReference(
  series: CollectedMetrics['services'][number],
  baseline: ServiceBaseline,
  config: Config,
  reference: CollectedMetrics,
  windowSteps: number,
): ReferenceView | null {
  const steps = series.requests.length;
  const count = Math.max(1, Math.min(MAX_SLICES, Math.floor(steps / Math.max(1, windowSteps))));
  const size = Math.floor(steps / count);
  const judge = (start: number, end: number): ServiceVerdict =>
    detectServiceAnomalies(
      sliceSeries(series, start, end),
      baseline,
      config,
      reference.stepMs,
      windowSteps,
      reference.from + start * reference.stepMs,
    );
  let slices: Array<Set<string>> = [];
  for (let i = 0; i < count; i++) {
    const verdict = judge(i * size, i === count - 1 ? steps : (i + 1) * size);
    if (verdict.status === 'ok' || verdict.status === 'anomalous')
      slices.push(new Set(verdict.findings.map((f) => f.type)));
  }
  // Quiet services: too few requests per slice, so the whole window judged at once is the one slice.
  if (slices.length < Math.min(2, count)) {
    const whole = judge(0, steps);
    slices =
      whole.status === 'ok' || whole.status === 'anomalous'
        ? [new Set(whole.findings.map((f) => f.type))]
        : [];
  }
  return slices.length > 0 ? { slices, series } : null;
}

/** The scan shows the deviation clearly worse than the reference window did: the deploy's doing. */
function worseThanBefore(finding: JudgedFinding, view: ReferenceView): boolean {
  const before = aggregateMetric(view.series, finding.metric);
  if (before === null) return false;
  const now = finding.observed;
  const normal = finding.expected;
  if (finding.type === 'traffic_drop')
    return now * WORSE_LEVEL < before && normal - now > WORSE_DEVIATION * (normal - before);
  return now > WORSE_LEVEL * before && now - normal > WORSE_DEVIATION * (before - normal);
}

export interface OnsetResult {
  /** Every finding with its onset set. */
  services: Array<{ key: ServiceKey; verdict: ServiceVerdict }>;
  notes: string[];
}

/**
 * Mark each finding new or pre-existing by the reference window. Services with no finding are untouched;
 * a service with no data before the deploy keeps its findings new (and a note says so).
 */
export function markOnsets(
  services: Array<{ key: ServiceKey; verdict: ServiceVerdict }>,
  reference: CollectedMetrics,
  baselines: Map<string, ServiceBaseline>,
  config: Config,
  windowSteps: number,
): OnsetResult {
  const referenceSeries = new Map(reference.services.map((s) => [serviceId(s.service), s]));
  const unjudged: string[] = [];
  const out = services.map(({ key, verdict }) => {
    if (verdict.findings.length === 0) return { key, verdict };
    const id = serviceId(key);
    const series = referenceSeries.get(id);
    const baseline = baselines.get(id);
    const view =
      series && baseline && totalRequests(series) > 0
        ? judgeReference(series, baseline, config, reference, windowSteps)
        : null;
    if (!view) unjudged.push(id);
    const findings = verdict.findings.map((f): JudgedFinding => {
      if (!view) return { ...f, onset: 'new' };
      const held = view.slices.filter((s) => s.has(f.type)).length;
      const throughout =
        held >= HELD_SHARE * view.slices.length && view.slices[view.slices.length - 1].has(f.type);
      return { ...f, onset: throughout && !worseThanBefore(f, view) ? 'pre-existing' : 'new' };
    });
    return { key, verdict: { ...verdict, findings } };
  });
  const notes: string[] = [];
  if (unjudged.length > 0) {
    notes.push(
      `too little data before the deploy to tell whether ${unjudged.length === 1 ? 'the finding' : 'findings'} of ${unjudged.slice(0, 5).join(', ')}${unjudged.length > 5 ? ` and ${unjudged.length - 5} more` : ''} were already there: judged by the baseline alone`,
    );
  }
  return { services: out, notes };
}
