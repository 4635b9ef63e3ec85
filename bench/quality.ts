/**
 * Detection quality: what a judge flagged in each labelled window, scored as precision, recall and F1 per fault
 * type and overall, the false-positive rate on clean windows, recall on the subtle faults, and the detection
 * latency (the shortest scan that still reaches F1 ≥ 0.9). Pure.
 */
import { ANOMALY_TYPES, type AnomalyType } from '../src/core/types.js';
import type { Tier } from './scenarios.js';
import { roundTo } from '../src/core/numbers.js';

const round = (x: number) => roundTo(x, 4);

/** A service a judge flagged, with the anomaly types it named (null: the judge has no types). */
export interface FlaggedService {
  service: string;
  types: AnomalyType[] | null;
}

export interface JudgeOutcome {
  flagged: FlaggedService[];
  /** The service the judge names first as where it started (SMAnalyzer's first origin), when it names one. */
  namedFirst?: string;
}

export interface WindowLabel {
  /** The injected fault, or null for a clean window. */
  fault: { service: string; type: AnomalyType; tier: Tier; label: string } | null;
}

export interface Rates {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** One fault case's windows: detected, and (judges that name one) the faulted service named first. */
export interface CaseFigures {
  type: AnomalyType;
  tier: Tier;
  detected: number;
  total: number;
  namedFirst?: number;
}

export interface QualityFigures {
  windows: { clean: number; faulty: number };
  overall: Rates;
  byType: Partial<Record<AnomalyType, Rates>>;
  /** Clean windows with any flag / clean windows. */
  falsePositiveRate: number;
  subtleRecall: number;
  /** Detections per fault case label: where a judge misses. */
  byCase: Record<string, CaseFigures>;
  /** Fault windows whose faulted service the judge named first, of the fault windows (judges that name one). */
  namedFirst: { named: number; of: number } | null;
}

/** A faulty window counts when the faulted service is flagged with the right type (any flag, for an untyped judge). */
export function detectsFault(label: WindowLabel, outcome: JudgeOutcome): boolean {
  const fault = label.fault;
  if (!fault) return false;
  return outcome.flagged.some(
    (f) => f.service === fault.service && (f.types === null || f.types.includes(fault.type)),
  );
}

function rates(tp: number, fp: number, fn: number): Rates {
  const precision = tp + fp > 0 ? tp / (tp + fp) : tp + fn === 0 ? 1 : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp: round(fp), fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

/**
 * Score one judge over the suite. False alarms happen on clean windows, which have no fault type: for the
 * per-type figures they are shared among the types in proportion to each type's windows, so every type is
 * judged against its share of the clean windows and the per-type figures add up to the overall ones.
 */
export function scoreOutcomes(results: Array<{ label: WindowLabel; outcome: JudgeOutcome }>): QualityFigures {
  const faulty = results.filter((r) => r.label.fault !== null);
  const clean = results.filter((r) => r.label.fault === null);
  const falseAlarms = clean.filter((r) => r.outcome.flagged.length > 0).length;
  const detected = faulty.map((r) => detectsFault(r.label, r.outcome));
  const tp = detected.filter(Boolean).length;

  const byType: QualityFigures['byType'] = {};
  for (const type of ANOMALY_TYPES) {
    const ofType = faulty
      .map((r, i) => ({ r, hit: detected[i] }))
      .filter(({ r }) => r.label.fault!.type === type);
    if (ofType.length === 0) continue;
    const hits = ofType.filter((x) => x.hit).length;
    byType[type] = rates(hits, (falseAlarms * ofType.length) / faulty.length, ofType.length - hits);
  }

  const naming = faulty.some((r) => r.outcome.namedFirst !== undefined);
  const byCase: QualityFigures['byCase'] = {};
  faulty.forEach((r, i) => {
    const fault = r.label.fault!;
    const entry = (byCase[fault.label] ??= {
      type: fault.type,
      tier: fault.tier,
      detected: 0,
      total: 0,
      ...(naming ? { namedFirst: 0 } : {}),
    });
    entry.total++;
    if (detected[i]) entry.detected++;
    if (naming && r.outcome.namedFirst === fault.service) entry.namedFirst!++;
  });

  const subtle = faulty
    .map((r, i) => ({ r, hit: detected[i] }))
    .filter(({ r }) => r.label.fault!.tier === 'subtle');
  return {
    namedFirst: naming
      ? {
          named: faulty.filter((r) => r.outcome.namedFirst === r.label.fault!.service).length,
          of: faulty.length,
        }
      : null,
    windows: { clean: clean.length, faulty: faulty.length },
    overall: rates(tp, falseAlarms, faulty.length - tp),
    byType,
    falsePositiveRate: clean.length > 0 ? round(falseAlarms / clean.length) : 0,
    subtleRecall: subtle.length > 0 ? round(subtle.filter((x) => x.hit).length / subtle.length) : 1,
    byCase,
  };
}

/** The shortest scan duration whose F1 reaches `target`, or null when none does. */
export function detectionLatency(
  f1ByDurationMs: Array<{ durationMs: number; f1: number }>,
  target = 0.9,
): number | null {
  const passing = f1ByDurationMs.filter((d) => d.f1 >= target).map((d) => d.durationMs);
  return passing.length > 0 ? Math.min(...passing) : null;
}
