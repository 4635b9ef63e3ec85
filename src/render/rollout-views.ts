/**
 * Rollouts in every report: a section per format (terminal, Markdown for the job summary and the PR comment, HTML)
 * with each rollout's verdict and sentence, and the picture of both versions over the window — two sparklines, a
 * Mermaid `xychart-beta` with two lines, an SVG with two lines. Findings both versions share get their own section.
 * Pure; every value from the report is escaped (or reduced to Mermaid's safe alphabet).
 */
import type { ReportRollout, RolloutChart } from '../core/rollout-types.js';
import type { Finding, Report } from '../core/types.js';
import { displayUnit, mermaidText, niceMax } from './charts.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { sparkline } from './sparkline.js';
import { formatMetric, METRIC_LABEL, trimNumber } from './units.js';

export const BOTH_VERSIONS_HEADING = "In both versions alike (not the new version's doing)";

/** The findings that may gate, and those both versions of a rollout share (never gating). */
export function splitByRollout<F extends Pick<Finding, 'rollout'>>(
  findings: F[],
): { own: F[]; bothVersions: F[] } {
  return {
    own: findings.filter((f) => f.rollout?.moved !== 'both'),
    bothVersions: findings.filter((f) => f.rollout?.moved === 'both'),
  };
}

const VERDICT_WORD: Record<ReportRollout['verdict'], string> = {
  regressed: 'REGRESSED',
  ok: 'ok',
  insufficient: 'too early',
};
const VERDICT_ICON: Record<ReportRollout['verdict'], string> = {
  regressed: '❌ regressed',
  ok: '✅ ok',
  insufficient: '⏳ too few requests yet',
};

const percent = (share: number) => formatMetric('errorRatio', share);
const versions = (r: ReportRollout) => `${r.new.version} vs ${r.old.versions.join(', ')}`;

interface TwoLines {
  chart: RolloutChart;
  newer: Array<number | null>;
  older: Array<number | null>;
  yMax: number;
  unit: string;
  minutes: number[];
}

/** What a rollout chart shows: "p99 latency", or "p99 latency as its callers see it". */
function chartLabel(chart: RolloutChart): string {
  return `${METRIC_LABEL[chart.metric]}${chart.view === 'callers' ? ' as its callers see it' : ''}`;
}

/** Both versions' points in display units on one axis. */
function twoLines(chart: RolloutChart): TwoLines {
  const { unit, scale } = displayUnit(chart.metric);
  const show = (v: number | null) => (v === null || !Number.isFinite(v) ? null : v * scale);
  const newer = chart.new.values.map(show);
  const older = chart.old.values.map(show);
  const top = Math.max(0, ...newer.map((v) => v ?? 0), ...older.map((v) => v ?? 0));
  const minutes = chart.new.values.map((_, i) => (i * chart.new.stepSeconds) / 60);
  return { chart, newer, older, yMax: niceMax(top * 1.05), unit, minutes };
}

/** "p99 latency  v2 ▁▂▆▇█  v1 ▁▁▁▁▁  (peaks 390 ms, 240 ms)". */
export function rolloutChartLine(r: ReportRollout, ascii: boolean): string | null {
  if (!r.chart) return null;
  const t = twoLines(r.chart);
  const peak = (values: Array<number | null>) => {
    const present = values.filter((v): v is number => v !== null);
    return present.length > 0
      ? formatMetric(r.chart!.metric, Math.max(...present) / displayUnit(r.chart!.metric).scale)
      : '–';
  };
  return (
    `${chartLabel(r.chart)}  ${r.new.version} ${sparkline(t.newer, t.yMax, ascii)}  ` +
    `${r.old.version} ${sparkline(t.older, t.yMax, ascii)}  (peaks ${peak(t.newer)}, ${peak(t.older)})`
  );
}

/** The terminal's section: one rollout per block, its sentence and its two sparklines. */
export function rolloutText(report: Report, ascii: boolean): string[] {
  const rollouts = report.rollouts ?? [];
  if (rollouts.length === 0) return [];
  const lines = [`Rollouts (${rollouts.length}):`];
  for (const r of rollouts) {
    lines.push(
      `  ${VERDICT_WORD[r.verdict].padEnd(9)} ${r.namespace}/${r.service}  ${versions(r)}, ${percent(r.new.share)} of the requests`,
    );
    lines.push(`           ${r.reason}`);
    const chart = rolloutChartLine(r, ascii);
    if (chart) lines.push(`           ${chart}`);
  }
  return [...lines, ''];
}

const number = (v: number) => trimNumber(v, v !== 0 && Math.abs(v) < 1 ? 4 : 2);

/** Mermaid's xychart has no gaps: a missing point repeats its neighbour. */
function filled(values: Array<number | null>): number[] {
  let last: number = values.find((v) => v !== null) ?? 0;
  return values.map((v) => (v === null ? last : (last = v)));
}

/** Both versions as one `xychart-beta`: the new version red, the old one blue. */
export function rolloutMermaid(r: ReportRollout): string[] {
  if (!r.chart) return [];
  const t = twoLines(r.chart);
  const hi = t.minutes.length > 1 ? t.minutes[t.minutes.length - 1] : 1;
  return [
    '```mermaid',
    '%%{init: {"xyChart": {"width": 700, "height": 320}, "themeVariables": {"xyChart": {"plotColorPalette": "#cf222e, #0969da"}}}}%%',
    'xychart-beta',
    `  title "${mermaidText(`${r.namespace}/${r.service} ${chartLabel(r.chart)}`)} (${mermaidText(t.unit)})"`,
    `  x-axis "minutes into the scan window" 0 --> ${trimNumber(hi, hi >= 10 ? 0 : 1)}`,
    `  y-axis "${mermaidText(t.unit)}" 0 --> ${number(t.yMax)}`,
    `  line [${filled(t.newer).map(number).join(', ')}]`,
    `  line [${filled(t.older).map(number).join(', ')}]`,
    '```',
  ];
}

function caption(r: ReportRollout, svg: boolean): string {
  const step = r.chart!.new.stepSeconds;
  return [
    `red${svg ? ' line' : ''}: ${r.new.version} (new)`,
    `blue${svg ? ' line' : ''}: ${r.old.versions.join(', ')} (old)`,
    `one point per ${step >= 60 ? `${trimNumber(step / 60, 1)} min` : `${step} s`}`,
  ].join(' · ');
}

/** The job summary's (and PR comment's) section: a row per rollout, then the pictures (the first `charts`). */
export function rolloutMarkdown(report: Report, charts = Infinity): string[] {
  const rollouts = report.rollouts ?? [];
  if (rollouts.length === 0) return [];
  const lines = [
    '### Rollouts',
    '',
    '| Service | New vs old | New share | Verdict | Why |',
    '|---|---|---:|---|---|',
    ...rollouts.map((r) =>
      [
        '',
        escapeMarkdown(`${r.namespace}/${r.service}`),
        escapeMarkdown(versions(r)),
        percent(r.new.share),
        VERDICT_ICON[r.verdict],
        escapeMarkdown(r.reason),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '',
  ];
  rollouts
    .filter((r) => r.chart)
    .slice(0, charts)
    .forEach((r) =>
      lines.push(...rolloutMermaid(r), '', `<sub>${escapeMarkdown(caption(r, false))}</sub>`, ''),
    );
  return lines;
}

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 56, right: 16, top: 16, bottom: 32 };

/** Both versions over the window as an SVG: the new version red, the old blue, gaps where no data. */
export function rolloutSvg(r: ReportRollout): string {
  if (!r.chart) return '';
  const t = twoLines(r.chart);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const last = Math.max(1, t.minutes.length - 1);
  const x = (i: number) => PAD.left + (i / last) * plotW;
  const y = (v: number) => PAD.top + plotH - (Math.min(v, t.yMax) / t.yMax) * plotH;
  const path = (values: Array<number | null>) => {
    const parts: string[] = [];
    let drawing = false;
    values.forEach((v, i) => {
      if (v === null) return void (drawing = false);
      parts.push(`${drawing ? 'L' : 'M'}${trimNumber(x(i), 1)},${trimNumber(y(v), 1)}`);
      drawing = true;
    });
    return parts.join(' ');
  };
  const grid = [0, 0.5, 1].map((f) => {
    const v = t.yMax * f;
    return `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${trimNumber(y(v), 1)}" y2="${trimNumber(y(v), 1)}" class="grid"/><text x="${PAD.left - 6}" y="${trimNumber(y(v) + 4, 1)}" text-anchor="end">${escapeHtml(trimNumber(v, v < 10 ? 2 : 0))}</text>`;
  });
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(`${r.new.version} and ${r.old.version}: ${chartLabel(r.chart)}`)}">` +
    grid.join('') +
    `<text x="${PAD.left + plotW / 2}" y="${HEIGHT - 6}" text-anchor="middle" class="axis">minutes into the scan window</text>` +
    `<text x="12" y="${PAD.top + plotH / 2}" text-anchor="middle" class="axis" transform="rotate(-90 12 ${PAD.top + plotH / 2})">${escapeHtml(t.unit)}</text>` +
    `<path d="${path(t.older)}" class="old-version"/><path d="${path(t.newer)}" class="observed"/></svg>`
  );
}

/** The HTML report's section. */
export function rolloutHtml(report: Report): string {
  const rollouts = report.rollouts ?? [];
  if (rollouts.length === 0) return '';
  const rows = rollouts
    .map(
      (r) =>
        `<tr><td>${escapeHtml(`${r.namespace}/${r.service}`)}</td><td>${escapeHtml(versions(r))}</td><td class="num">${escapeHtml(percent(r.new.share))}</td><td>${escapeHtml(VERDICT_ICON[r.verdict])}</td><td>${escapeHtml(r.reason)}</td></tr>`,
    )
    .join('');
  const pictures = rollouts
    .filter((r) => r.chart)
    .map(
      (r) =>
        `<h3>${escapeHtml(`${r.namespace}/${r.service}`)} — ${escapeHtml(chartLabel(r.chart!))}, ${escapeHtml(versions(r))}</h3>${rolloutSvg(r)}<p class="caption">${escapeHtml(caption(r, true))}</p>`,
    )
    .join('');
  return `<h2>Rollouts</h2><table><tr><th>Service</th><th>New vs old</th><th>New share</th><th>Verdict</th><th>Why</th></tr>${rows}</table>${pictures}`;
}

/** CSS the HTML report adds for the old version's line. */
export const ROLLOUT_CSS = '.chart .old-version{fill:none;stroke:#0969da;stroke-width:2}';
