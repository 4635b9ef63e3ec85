/**
 * The scan history: one line per scan (time, verdict, findings by severity and type, services scanned, baseline
 * id), its zod schema, and the recent activity `status` and the job summary show from it. Pure: lines and a clock
 * in. A line comes from a file or an artifact, so it is read through the schema, never trusted.
 */
import { z } from 'zod';
import {
  ANOMALY_TYPES,
  SEVERITIES,
  type AnomalyType,
  type Report,
  type Severity,
  type Verdict,
} from './types.js';
import { VERDICTS } from './report-schema.js';

/** A whole number of 0 or more (any size a JSON number holds: zod's `int()` stops at 2^53). */
const count = z.number().refine((n) => Number.isInteger(n) && n >= 0, 'must be a whole number of 0 or more');

/** Findings by anomaly type. zod drops a `__proto__` key without a word; a line that names one is not ours. */
const byType = z
  .custom<object>(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      Object.keys(v).every((key) => (ANOMALY_TYPES as readonly string[]).includes(key)),
    'must count anomaly types only',
  )
  .pipe(z.partialRecord(z.enum(ANOMALY_TYPES), count));

/** One line of the history file; the keys in the order they are written. */
export const scanHistoryLineSchema = z.object({
  /** When the scan finished (ISO 8601). */
  time: z
    .string()
    .max(40)
    .refine((t) => Number.isFinite(Date.parse(t)), 'must be a time'),
  verdict: z.enum(VERDICTS),
  /** Only `true` marks a partial scan; anything else reads as a whole one. */
  partial: z
    .unknown()
    .optional()
    .transform((v) => v === true),
  findings: z.object({
    total: count,
    /** Findings that counted against the gate (fail-on or worse). */
    gating: count,
    bySeverity: z.object({ low: count, medium: count, high: count, critical: count }),
    byType,
  }),
  servicesScanned: count,
  /** The baseline's creation time: scans against the same baseline share it. Null without a baseline. */
  baselineId: z.string().max(64).nullable(),
});

export type ScanHistoryEntry = z.output<typeof scanHistoryLineSchema>;

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

/** One JSON line back into an entry, or null when it is not one (corrupt, truncated, foreign). */
export function parseHistoryLine(line: string): ScanHistoryEntry | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = scanHistoryLineSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
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
