/**
 * `status`'s "Recent activity": anomaly counts for the last hour, 24 hours and 7 days, and the last
 * ten verdicts, from the scan history. Pure.
 */
import { SEVERITIES, type Verdict } from '../core/types.js';
import type { RecentActivity } from '../core/history.js';

export interface ActivityStatus {
  /** The history file read. */
  path: string;
  /** Null when the file does not exist yet (no scan recorded). */
  recent: RecentActivity | null;
  /** Corrupt lines skipped and the like. */
  notes: string[];
}

const VERDICT_WORD: Record<Verdict, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };

export function renderActivityText(activity: ActivityStatus): string[] {
  const { recent } = activity;
  if (!recent || recent.total === 0)
    return [
      `Recent activity   no scans recorded in ${activity.path} yet`,
      ...activity.notes.map((n) => `  note       ${n}`),
    ];
  const rows = recent.periods.map((p) => {
    const severities = SEVERITIES.filter((s) => p.bySeverity[s] > 0)
      .map((s) => `${p.bySeverity[s]} ${s}`)
      .join(', ');
    return `  ${p.label.padEnd(12)} ${String(p.anomalies).padStart(5)} anomal${p.anomalies === 1 ? 'y  ' : 'ies'} in ${p.scans} scan${p.scans === 1 ? '' : 's'} (${p.failed} failed, ${p.warned} warned)${severities ? ` · ${severities}` : ''}`;
  });
  const last = recent.last.map(
    (r) =>
      `    ${r.time}  ${VERDICT_WORD[r.verdict]}  ${r.anomalies} anomal${r.anomalies === 1 ? 'y' : 'ies'} (${r.gating} gating)`,
  );
  return [
    `Recent activity   ${recent.total} scan${recent.total === 1 ? '' : 's'} recorded in ${activity.path}`,
    ...rows,
    `  last ${recent.last.length} verdicts (newest first)`,
    ...last,
    ...activity.notes.map((n) => `  note       ${n}`),
  ];
}
