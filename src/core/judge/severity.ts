/**
 * Severity and de-duplication: how far past a threshold maps to a severity band, and one finding per
 * (service, type) is kept. Pure.
 */
import { SEVERITIES, severityRank, type AnomalyType, type JudgedFinding, type Severity } from '../types.js';

/** Windows that must all agree before a model finding's severity is raised one band. */
export const CONFIRMING_WINDOWS = 3;

/** Model severity bands over score = distance / threshold. */
export function modelSeverity(score: number): Severity | null {
  if (score < 1) return null;
  if (score < 1.5) return 'low';
  if (score < 2) return 'medium';
  if (score < 3.5) return 'high';
  return 'critical';
}

/** A broken static rule is never minor: high, critical from twice the threshold. */
export function ruleSeverity(ratio: number): Severity | null {
  if (ratio <= 1) return null;
  return ratio < 2 ? 'high' : 'critical';
}

/** Raise a severity one band (critical stays critical). */
export function confirmed(severity: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, severityRank(severity) + 1)];
}

/** Keep one finding per type: the most severe, rule over model on a tie (its reason is plainer). */
export function onePerType(findings: JudgedFinding[]): JudgedFinding[] {
  const byType = new Map<AnomalyType, JudgedFinding>();
  for (const f of findings) {
    const current = byType.get(f.type);
    const better =
      !current ||
      severityRank(f.severity) > severityRank(current.severity) ||
      (severityRank(f.severity) === severityRank(current.severity) &&
        f.detector === 'rule' &&
        current.detector === 'model');
    if (better) byType.set(f.type, f);
  }
  return [...byType.values()];
}

/** Most severe first, then by type: the order findings are reported in. */
export function bySeverity(a: JudgedFinding, b: JudgedFinding): number {
  return severityRank(b.severity) - severityRank(a.severity) || a.type.localeCompare(b.type);
}
