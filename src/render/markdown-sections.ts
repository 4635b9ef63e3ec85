/**
 * The parts of the job summary and PR comment that make a report readable in ten seconds: the
 * per-namespace health strip, long tables folded away, a chart per finding, and the recent runs. Pure; every
 * value from the report is escaped (or reduced to Mermaid's safe alphabet) here.
 */
import { chartCaption, mermaidChart, niceMax } from './charts.js';
import { escapeMarkdown } from './escape.js';
import { HEALTH_CLASSES, HEALTH_LABEL, namespaceHealth, stripCells, type HealthClass } from './overview.js';
import { METRIC_LABEL } from './units.js';
import type { ScanHistoryEntry } from '../core/history.js';
import type { FindingChart, Report, Verdict } from '../core/types.js';

/** Tables show this many rows; the rest fold into a <details> block. */
export const VISIBLE_ROWS = 20;

const HEALTH_SQUARE: Record<HealthClass, string> = {
  anomalous: '🟥',
  warn: '🟨',
  insufficient: '⬜',
  ok: '🟩',
};
const HEALTH_ICON: Record<HealthClass, string> = {
  anomalous: '❌',
  warn: '⚠️',
  insufficient: '⚪',
  ok: '✅',
};

/**
 * A table whose rows beyond `visible` fold into <details> (GitHub renders the table inside once blank lines
 * surround it). `header` is the two header lines, repeated in the folded part.
 */
export function foldedTable(
  header: string[],
  rows: string[],
  what: string,
  visible = VISIBLE_ROWS,
): string[] {
  if (rows.length <= visible) return [...header, ...rows];
  const rest = rows.slice(visible);
  return [
    ...header,
    ...rows.slice(0, visible),
    '',
    `<details><summary>${rest.length} more ${what}</summary>`,
    '',
    ...header,
    ...rest,
    '',
    '</details>',
  ];
}

/** At most this many namespaces in the strip; a mesh with thousands says how many more. */
const MAX_NAMESPACES = 200;

/** The summary's opening: one line for the whole mesh, then a row per namespace, worst first. */
export function healthStrip(report: Report): string[] {
  const namespaces = namespaceHealth(report);
  if (namespaces.length === 0) return [];
  const total = Object.fromEntries(HEALTH_CLASSES.map((c) => [c, 0])) as Record<HealthClass, number>;
  for (const ns of namespaces) for (const c of HEALTH_CLASSES) total[c] += ns.counts[c];
  const services = namespaces.reduce((sum, ns) => sum + ns.total, 0);
  const counts = HEALTH_CLASSES.filter((c) => total[c] > 0)
    .map((c) => `${HEALTH_ICON[c]} ${total[c]} ${HEALTH_LABEL[c]}`)
    .join(' · ');
  const header = [
    '| Namespace | Health | ok | warn | anomalous | insufficient data |',
    '|---|---|--:|--:|--:|--:|',
  ];
  const shown = namespaces.slice(0, MAX_NAMESPACES);
  const rows = shown.map((ns) =>
    [
      '',
      escapeMarkdown(ns.namespace),
      stripCells(ns.counts)
        .map((c) => HEALTH_SQUARE[c])
        .join(''),
      ns.counts.ok,
      ns.counts.warn,
      ns.counts.anomalous,
      ns.counts.insufficient,
      '',
    ]
      .join(' | ')
      .trim(),
  );
  const lines = [
    `**Mesh:** ${services} services in ${namespaces.length} namespace${namespaces.length === 1 ? '' : 's'} — ${counts}`,
    '',
    ...foldedTable(header, rows, 'namespaces'),
  ];
  if (namespaces.length > shown.length)
    lines.push('', `…and ${namespaces.length - shown.length} more namespaces.`);
  return lines;
}

function chartHeading(chart: FindingChart): string {
  return `**${escapeMarkdown(`${chart.namespace}/${chart.service}`)}** — ${escapeMarkdown(METRIC_LABEL[chart.metric] ?? chart.metric)} (${escapeMarkdown(chart.severity)} ${escapeMarkdown(chart.type)})`;
}

/** One chart with its heading and caption. */
export function chartBlock(chart: FindingChart): string[] {
  return [
    chartHeading(chart),
    '',
    ...mermaidChart(chart),
    '',
    `<sub>${escapeMarkdown(chartCaption(chart))}</sub>`,
    '',
  ];
}

/**
 * The findings' charts: the first `open` drawn in place, the others folded (so a PR comment stays short).
 * Nothing when the report has no charts.
 */
export function chartSection(report: Report, open = Infinity): string[] {
  const charts = report.charts ?? [];
  if (charts.length === 0) return [];
  const lines = ['### What moved', ''];
  charts.slice(0, open).forEach((c) => lines.push(...chartBlock(c)));
  const folded = charts.slice(open);
  if (folded.length > 0) {
    lines.push(
      `<details><summary>${folded.length} more chart${folded.length === 1 ? '' : 's'}</summary>`,
      '',
    );
    folded.forEach((c) => lines.push(...chartBlock(c)));
    lines.push('</details>', '');
  }
  return lines;
}

const VERDICT_SQUARE: Record<Verdict, string> = { pass: '🟩', warn: '🟨', fail: '🟥' };

/** How many past runs the summary's strip and chart show. */
export const RECENT_RUNS = 20;

/** The last runs' verdicts as a strip (oldest → newest) and a bar chart of findings per run. */
export function recentRuns(history: ScanHistoryEntry[]): string[] {
  const runs = history.slice(-RECENT_RUNS);
  if (runs.length === 0) return [];
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const r of runs) counts[r.verdict]++;
  const first = escapeMarkdown(runs[0].time);
  const last = escapeMarkdown(runs[runs.length - 1].time);
  const findings = runs.map((r) => r.findings.total);
  const lines = [
    '### Recent runs',
    '',
    `${runs.map((r) => VERDICT_SQUARE[r.verdict]).join('')} — the last ${runs.length} scan${runs.length === 1 ? '' : 's'}, oldest first (${first} → ${last}): ${counts.fail} failed, ${counts.warn} warned, ${counts.pass} passed`,
    '',
  ];
  if (runs.length >= 2) {
    lines.push(
      '```mermaid',
      '%%{init: {"xyChart": {"width": 600, "height": 220}, "themeVariables": {"xyChart": {"plotColorPalette": "#8c959f"}}}}%%',
      'xychart-beta',
      '  title "Findings per scan (oldest first)"',
      `  x-axis [${runs.map((_, i) => `"${i - runs.length + 1 === 0 ? 'now' : i - runs.length + 1}"`).join(', ')}]`,
      `  y-axis "findings" 0 --> ${niceMax(Math.max(...findings, 1))}`,
      `  bar [${findings.join(', ')}]`,
      '```',
      '',
    );
  }
  return lines;
}
