/**
 * The scan history: one line per scan (time, verdict, findings by severity and type, services scanned,
 * baseline id), and the recent activity `status` and the job summary show from it. Pure: lines and a clock in.
 * A line comes from a file or an artifact, so it is validated field by field, never trusted.
 */
import {
  ANOMALY_TYPES,
  SEVERITIES,
  type AnomalyType,
  type Report,
  type Severity,
  type Verdict,
} from './types.js';

export interface ScanHistoryEntry {
  /** When the scan finished (ISO 8601). */
  time: string;
  verdict: Verdict;
  partial: boolean;
  findings: {
    total: number;
    /** Findings that counted against the gate (fail-on or worse). */
    gating: number;
    bySeverity: Record<Severity, number>;
    byType: Partial<Record<AnomalyType, number>>;
  };
  servicesScanned: number;
  /** The baseline's creation time: scans against the same baseline share it. Null without a baseline. */
  baselineId: string | null;
}

export const DEFAULT_HISTORY_LIMIT = 1000;

export function historyEntry(report: Report, now: number): ScanHistoryEntry {
  const byType: Partial<Record<AnomalyType, number>> = {};
  for (const f of report.anomalies) byType[f.type] = (byType[f.type] ?? 0) + 1;
  return {
    time: new Date(now).toISOString(),
    verdict: report.verdict,
    partial: report.partial,
    findings: {
      total: report.anomalies.length,
      gating: report.summary.gatingAnomalies,
      bySeverity: { ...report.summary.bySeverity },
      byType,
    },
    servicesScanned: report.summary.servicesScanned,
    baselineId: report.baseline?.createdAt ?? null,
  };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One JSON line back into an entry, or null when it is not one (corrupt, truncated, foreign). */
export function parseHistoryLine(line: string): ScanHistoryEntry | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isRecord(raw) || !isRecord(raw.findings)) return null;
  const { time, verdict, partial, servicesScanned, baselineId } = raw;
  const f = raw.findings;
  if (typeof time !== 'string' || time.length > 40 || !Number.isFinite(Date.parse(time))) return null;
  if (verdict !== 'pass' && verdict !== 'warn' && verdict !== 'fail') return null;
  if (!isCount(f.total) || !isCount(f.gating) || !isCount(servicesScanned)) return null;
  if (
    !isRecord(f.bySeverity) ||
    !SEVERITIES.every((s) => isCount((f.bySeverity as Record<string, unknown>)[s]))
  )
    return null;
  if (!isRecord(f.byType)) return null;
  const byType: Partial<Record<AnomalyType, number>> = {};
  for (const [type, n] of Object.entries(f.byType)) {
    if (!(ANOMALY_TYPES as readonly string[]).includes(type) || !isCount(n)) return null;
    byType[type as AnomalyType] = n;
  }
  if (baselineId !== null && (typeof baselineId !== 'string' || baselineId.length > 64)) return null;
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((s) => [s, (f.bySeverity as Record<Severity, number>)[s]]),
  );
  return {
    time,
    verdict,
    partial: partial === true,
    findings: {
      total: f.total,
      gating: f.gating,
      bySeverity: bySeverity as Record<Severity, number>,
      byType,
    },
    servicesScanned,
    baselineId: baselineId ?? null,
  };
}

/** The file's text back into entries, oldest first; the 1-based numbers of lines that were not entries. */
export function parseHistory(text: string): { entries: ScanHistoryEntry[]; corruptLines: number[] } {
  const entries: ScanHistoryEntry[] = [];
  const corruptLines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const entry = parseHistoryLine(line);
    if (entry) entries.push(entry);
    else corruptLines.push(i + 1);
  });
  return { entries, corruptLines };
}

export const ACTIVITY_PERIODS = [
  { label: 'last hour', ms: 3_600_000 },
  { label: 'last 24 h', ms: 86_400_000 },
  { label: 'last 7 days', ms: 7 * 86_400_000 },
] as const;

export interface ActivityPeriod {
  label: string;
  scans: number;
  /** Findings summed over the period's scans. */
  anomalies: number;
  bySeverity: Record<Severity, number>;
  failed: number;
  warned: number;
}

export interface RecentActivity {
  periods: ActivityPeriod[];
  /** The last ten scans, newest first. */
  last: Array<{ time: string; verdict: Verdict; anomalies: number; gating: number }>;
  total: number;
}

export function recentActivity(entries: ScanHistoryEntry[], now: number, lastCount = 10): RecentActivity {
  const periods = ACTIVITY_PERIODS.map(({ label, ms }) => {
    const inPeriod = entries.filter((e) => {
      const t = Date.parse(e.time);
      return t > now - ms && t <= now;
    });
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
    for (const e of inPeriod) for (const s of SEVERITIES) bySeverity[s] += e.findings.bySeverity[s];
    return {
      label,
      scans: inPeriod.length,
      anomalies: inPeriod.reduce((sum, e) => sum + e.findings.total, 0),
      bySeverity,
      failed: inPeriod.filter((e) => e.verdict === 'fail').length,
      warned: inPeriod.filter((e) => e.verdict === 'warn').length,
    };
  });
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
  return {
    periods,
    last: newestFirst.slice(0, lastCount).map((e) => ({
      time: e.time,
      verdict: e.verdict,
      anomalies: e.findings.total,
      gating: e.findings.gating,
    })),
    total: entries.length,
  };
}
