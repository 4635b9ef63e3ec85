/**
 * Deploy-aware verdict: was a finding already there before the deploy? The reference window right before
 * the deploy is cut into slices, each judged against the baseline like the scan; a (service, type) deviation
 * that held through most of them, up to the deploy, is pre-existing — unless the scan shows it clearly worse
 * (p99 already 2x, now 4x: the deploy made it worse, so it is new). Pure.
 */
import type { ServiceBaseline } from '../baseline.js';
import { eventSurprise, wholeEventCount } from '../model/counts.js';
import { longestRun } from '../model/silence.js';
import { nameList } from '../names.js';
import { aggregateMetric, presentValues, sliceSeries, totalRequests } from '../series.js';
import type { Config } from '../settings.js';
import { serviceId, type CollectedMetrics, type JudgedFinding, type ServiceKey } from '../types.js';
import { detectServiceAnomalies, type ServiceVerdict } from './service.js';
import { RATE_FLOOR, SURPRISE } from './rules.js';

/** "Most of the reference window": this share of its judged slices, the last one included. */
const HELD_SHARE = 2 / 3;
/**
 * A slice holds the deviation when it sat at least this share of the scan's deviation away from normal, the same
 * way: the rest may be the service's normal swing on top (a burst on a drifted day); worseThanBefore decides that.
 */
const HELD_DEVIATION = 0.25;
/** At most this many slices: a few minutes each over the default 30 minutes. */
const MAX_SLICES = 6;
/** Worse than before by this factor (of the deviation from normal, and of the level itself): new. */
const WORSE_DEVIATION = 1.5;
const WORSE_LEVEL = 1.25;

interface ReferenceView {
  /** Per judged slice, oldest first: the finding types it had. */
  slices: Array<Set<string>>;
  /** The steps [start, end) of every slice with enough data to judge, oldest first. */
  bounds: Array<[number, number]>;
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
  let bounds: Array<[number, number]> = [];
  for (let i = 0; i < count; i++) {
    const range: [number, number] = [i * size, i === count - 1 ? steps : (i + 1) * size];
    // A slice with no sample at all (before the series began, a scrape gap) showed nothing: it holds no finding,
    // not a drop to zero.
    if (presentValues(series.values.requestRate, ...range).length === 0) {
      slices.push(new Set());
      bounds.push(range);
      continue;
    }
    const verdict = judge(...range);
    if (verdict.status === 'ok' || verdict.status === 'anomalous') {
      slices.push(new Set(verdict.findings.map((f) => f.type)));
      bounds.push(range);
    }
  }
  // Quiet services: too few requests per slice, so the whole window judged at once is the one slice.
  if (slices.length < Math.min(2, count)) {
    const whole = judge(0, steps);
    const judged = whole.status === 'ok' || whole.status === 'anomalous';
    slices = judged ? [new Set(whole.findings.map((f) => f.type))] : [];
    bounds = judged ? [[0, steps]] : [];
  }
  return slices.length > 0 ? { slices, bounds, series } : null;
}

/**
 * The finding's metric already sat part of the way from normal (HELD_DEVIATION), the same way, in most slices of the
 * reference window and in its last: the level held up to the deploy even where the slices' own verdicts flicker
 * (a heavy tail, a level near a threshold). A 3-minute blip long before the deploy holds in one slice at most.
 */
function levelHeld(finding: JudgedFinding, view: ReferenceView): boolean {
  const deviation = finding.observed - finding.expected;
  if (deviation === 0) return false;
  const held = view.bounds.map(([start, end]) => {
    const level = aggregateMetric(view.series, finding.metric, start, end);
    if (level === null) return false;
    const before = level - finding.expected;
    return (
      Math.sign(before) === Math.sign(deviation) && Math.abs(before) >= HELD_DEVIATION * Math.abs(deviation)
    );
  });
  return held.filter(Boolean).length >= HELD_SHARE * held.length && held[held.length - 1];
}

/**
 * How much a level may move between two windows without anything happening: the ratio of the top of the
 * metric's learned envelope to its median (an hourly burst, a heavy tail), at least WORSE_LEVEL.
 */
function normalSwing(finding: JudgedFinding, baseline: ServiceBaseline): number {
  for (const model of Object.values(baseline.models)) {
    const i = model?.metrics.indexOf(finding.metric) ?? -1;
    const envelope = i >= 0 ? model!.envelope?.[i] : undefined;
    if (envelope && envelope.median > 0 && envelope.high > envelope.median)
      return Math.max(WORSE_LEVEL, Math.min(envelope.high / envelope.median, MAX_SWING));
  }
  return WORSE_LEVEL;
}
const MAX_SWING = 3;

/**
 * A silent tail that the traffic right before the deploy explains: at the reference window's own rate, that
 * long a silence is ordinary (fewer than 7 requests expected — the dark rule's bound), or a silence as long
 * already happened in the reference window. A quiet day or gappy telemetry, not the deploy.
 */
function quietBefore(silentSeconds: number, view: ReferenceView, stepMs: number): boolean {
  const seconds = (view.series.requests.length * stepMs) / 1000;
  const rate = totalRequests(view.series) / Math.max(seconds, 1);
  if (rate * silentSeconds < 7) return true;
  // The same silence already happened before the deploy (scrape gaps, a bursty client): not the deploy's doing.
  const { requests } = view.series;
  return longestRun(requests.length, (i) => !(requests[i] > 0)) * stepMs >= silentSeconds * 1000;
}

/**
 * The level the reference window showed for the finding's metric: its mean — but for the traffic of a service the
 * baseline has no traffic model of (too few requests while learning to tell its normal swing), the busiest (for a
 * drop the quietest) of the reference window's slices. Its traffic swings from one few-minute slice to the next by
 * nature, and the reference window is then the only measure of that swing; a scan only as busy as the reference
 * window already was at times is not the deploy's doing.
 */
function levelBefore(finding: JudgedFinding, view: ReferenceView, baseline: ServiceBaseline): number | null {
  const mean = aggregateMetric(view.series, finding.metric);
  if (mean === null || finding.metric !== 'requestRate' || baseline.models.traffic?.envelope) return mean;
  let level = mean;
  for (const [start, end] of view.bounds) {
    const slice = aggregateMetric(view.series, finding.metric, start, end);
    if (slice === null) continue;
    level = finding.type === 'traffic_drop' ? Math.min(level, slice) : Math.max(level, slice);
  }
  return level;
}

/** The scan shows the deviation clearly worse than the reference window did: the deploy's doing. */
function worseThanBefore(finding: JudgedFinding, view: ReferenceView, baseline: ServiceBaseline): boolean {
  const before = levelBefore(finding, view, baseline);
  if (before === null) return false;
  const now = finding.observed;
  const normal = finding.expected;
  const swing = normalSwing(finding, baseline);
  if (finding.type === 'traffic_drop')
    return now * swing < before && normal - now > WORSE_DEVIATION * (normal - before);
  return now > swing * before && now - normal > WORSE_DEVIATION * (before - normal);
}

/** What the reference window held of an event (errors, timeouts): counts, the usual ratio, the chance of them. */
interface CountEvidence {
  events: number;
  requests: number;
  usual: number;
  chance: number;
}

/**
 * The reference window's evidence of a finding's events, weighed by counts as quiet services are judged: its
 * errors (or timeouts) in its requests, as whole counts, and the chance of that many under the learned ratio.
 * Strong evidence (as unlikely as a count finding needs) means the trouble was already there, however few the
 * requests: 2 failures in 2 requests where 0.01% is usual. Null for other metrics, or no such evidence.
 */
function countEvidence(
  finding: JudgedFinding,
  series: CollectedMetrics['services'][number],
  baseline: ServiceBaseline,
): CountEvidence | null {
  if (finding.metric !== 'errorRatio' && finding.metric !== 'timeoutRatio') return null;
  if (series.unavailable.includes(finding.metric)) return null;
  const { events, requests } = wholeEventCount(series, finding.metric);
  if (events < 1) return null;
  const rate = baseline.events?.[finding.metric] ?? { ratio: 0, dispersion: 1, requests: 0 };
  const chance = eventSurprise(events, requests, rate, RATE_FLOOR);
  return chance < SURPRISE ? { events, requests, usual: rate.ratio, chance } : null;
}

/** The finding is no worse than the reference window's counts showed: the same failure, not the deploy's. */
function notWorseThanCounts(
  finding: JudgedFinding,
  evidence: CountEvidence,
  baseline: ServiceBaseline,
): boolean {
  const before = evidence.events / evidence.requests;
  const now = finding.observed;
  const normal = finding.expected;
  return !(
    now > normalSwing(finding, baseline) * before && now - normal > WORSE_DEVIATION * (before - normal)
  );
}

function percent(ratio: number): string {
  const value = ratio * 100;
  return `${value >= 10 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : Number(value.toPrecision(2))}%`;
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
  const counted: string[] = [];
  const minutes = Math.round((reference.to - reference.from) / 60_000);
  const out = services.map(({ key, verdict }) => {
    if (verdict.findings.length === 0) return { key, verdict };
    const id = serviceId(key);
    const series = referenceSeries.get(id);
    const baseline = baselines.get(id);
    const view =
      series && baseline && totalRequests(series) > 0
        ? judgeReference(series, baseline, config, reference, windowSteps)
        : null;
    // Silent all through the reference window (absent, or no request): a drop or a dark service was already so.
    const silentBefore = !series || totalRequests(series) === 0;
    let judgedByCounts = false;
    /**
     * A quiet reference window (too few requests to judge, or judged whole as one slice): its errors and timeouts
     * weighed by counts. Strong evidence there, and no worse now, is pre-existing; the report says what it held.
     */
    const byCounts = (f: JudgedFinding): boolean => {
      if (!series || !baseline || silentBefore || (view && view.slices.length > 1)) return false;
      const evidence = countEvidence(f, series, baseline);
      if (!evidence || !notWorseThanCounts(f, evidence, baseline)) return false;
      judgedByCounts = true;
      const what = f.metric === 'errorRatio' ? 'errors' : 'timeouts';
      const chance =
        evidence.chance < 1e-6
          ? 'under 1 in a million'
          : `1 in ${Math.round(1 / evidence.chance).toLocaleString('en')}`;
      counted.push(
        `${id} ${what}: ${evidence.events} of ${evidence.requests} requests in the ${minutes} minutes before the deploy, where ${percent(evidence.usual)} is usual (chance ${chance})`,
      );
      return true;
    };
    const findings = verdict.findings.map((f): JudgedFinding => {
      if (!view) {
        if (byCounts(f)) return { ...f, onset: 'pre-existing' };
        return { ...f, onset: silentBefore && f.type === 'traffic_drop' ? 'pre-existing' : 'new' };
      }
      if (f.reason.kind === 'went-dark' && quietBefore(f.reason.silentSeconds, view, reference.stepMs))
        return { ...f, onset: 'pre-existing' };
      const held = view.slices.filter((s) => s.has(f.type)).length;
      const throughout =
        (held >= HELD_SHARE * view.slices.length && view.slices[view.slices.length - 1].has(f.type)) ||
        levelHeld(f, view);
      if (throughout) return { ...f, onset: worseThanBefore(f, view, baseline!) ? 'new' : 'pre-existing' };
      return { ...f, onset: byCounts(f) ? 'pre-existing' : 'new' };
    });
    // Not in the baseline (judged by the fixed limits alone): its report line says so already.
    if (!view && !silentBefore && !judgedByCounts && baseline) unjudged.push(id);
    return { key, verdict: { ...verdict, findings } };
  });
  const notes: string[] = [];
  if (counted.length > 0) {
    notes.push(
      `already failing before the deploy, judged by counts (too few requests for ratios): ${nameList(counted, 5)}; reported as pre-existing`,
    );
  }
  if (unjudged.length > 0) {
    notes.push(
      `too little data before the deploy to tell whether ${unjudged.length === 1 ? 'the finding' : 'findings'} of ${nameList(unjudged, 5)} were already there: judged by the baseline alone`,
    );
  }
  return { services: out, notes };
}
