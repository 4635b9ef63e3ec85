/**
 * Inline SVG pictures for the HTML report: a finding's metric over time against its normal band with
 * the deploy marked, and findings per recent scan. No script, no external resource; every label escaped. Pure.
 */
import { bandName, timeline } from './charts.js';
import { escapeHtml } from './escape.js';
import { METRIC_LABEL, trimNumber } from './units.js';
import type { ScanHistoryEntry } from '../core/scan-history.js';
import type { FindingChart, Verdict } from '../core/types.js';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 56, right: 16, top: 16, bottom: 36 };

const fmt = (v: number) => trimNumber(v, 1);
const axisValue = (v: number) => trimNumber(v, v !== 0 && Math.abs(v) < 1 ? 3 : v < 10 ? 2 : 0);

/** Evenly spaced round ticks from 0 to max. */
function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}

/** A finding's chart: band (green), observed (red, gaps where no data), deploy (dashed grey), axes in units. */
export function findingChartSvg(chart: FindingChart): string {
  const t = timeline(chart);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const xMin = Math.min(...t.minutes);
  const xMax = Math.max(...t.minutes, xMin + 1);
  const x = (m: number) => PAD.left + ((m - xMin) / (xMax - xMin)) * plotW;
  const y = (v: number) => PAD.top + plotH - (Math.min(v, t.yMax) / t.yMax) * plotH;
  const parts: string[] = [];
  // Grid and y labels.
  for (const v of ticks(t.yMax)) {
    parts.push(
      `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" class="grid"/>`,
      `<text x="${PAD.left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${escapeHtml(axisValue(v))}</text>`,
    );
  }
  // x labels: start, deploy (0) when inside, end.
  const xTicks = [...new Set([xMin, ...(t.hasReference ? [0] : []), xMax])];
  for (const m of xTicks) {
    parts.push(
      `<text x="${fmt(x(m))}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle">${escapeHtml(`${m > 0 && t.hasReference ? '+' : ''}${trimNumber(m, 1)} min`)}</text>`,
    );
  }
  parts.push(
    `<text x="${PAD.left + plotW / 2}" y="${HEIGHT - 4}" text-anchor="middle" class="axis">${t.hasReference ? 'minutes from the deploy' : 'minutes into the scan window'}</text>`,
    `<text x="12" y="${PAD.top + plotH / 2}" text-anchor="middle" class="axis" transform="rotate(-90 12 ${PAD.top + plotH / 2})">${escapeHtml(t.unit)}</text>`,
  );
  if (t.band) {
    const [lo, hi] = t.band;
    parts.push(
      `<rect x="${PAD.left}" y="${fmt(y(hi))}" width="${plotW}" height="${fmt(Math.max(1, y(lo) - y(hi)))}" class="band"><title>${bandName(chart)}</title></rect>`,
    );
  }
  if (t.expected !== null)
    parts.push(
      `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${fmt(y(t.expected))}" y2="${fmt(y(t.expected))}" class="expected"/>`,
    );
  if (t.hasReference) {
    parts.push(
      `<line x1="${fmt(x(0))}" x2="${fmt(x(0))}" y1="${PAD.top}" y2="${PAD.top + plotH}" class="deploy"/>`,
      `<text x="${fmt(x(0) + 4)}" y="${PAD.top + 10}" class="deploy-label">deploy</text>`,
    );
  }
  // The observed line, broken where a step has no data.
  const runs: string[][] = [];
  let current: string[] = [];
  t.values.forEach((v, i) => {
    if (v === null) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push(`${fmt(x(t.minutes[i]))},${fmt(y(v))}`);
  });
  if (current.length) runs.push(current);
  for (const run of runs) {
    if (run.length === 1) {
      const [cx, cy] = run[0].split(',');
      parts.push(`<circle cx="${cx}" cy="${cy}" r="2" class="observed-dot"/>`);
    } else parts.push(`<polyline points="${run.join(' ')}" class="observed"/>`);
  }
  const label = `${chart.namespace}/${chart.service} ${METRIC_LABEL[chart.metric] ?? chart.metric} over time`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(label)}" class="chart">${parts.join('')}</svg>`;
}

const VERDICT_CLASS: Record<Verdict, string> = { pass: 'pass', warn: 'warn', fail: 'fail' };

/** Findings per recent scan as bars coloured by verdict, oldest first. */
export function historyChartSvg(runs: ScanHistoryEntry[]): string {
  const width = 640;
  const height = 120;
  const left = 40;
  const bottom = 20;
  const top = 8;
  const max = Math.max(1, ...runs.map((r) => r.findings.total));
  const slot = (width - left - 8) / Math.max(1, runs.length);
  const bars = runs.map((r, i) => {
    const h = ((height - top - bottom) * r.findings.total) / max;
    return `<rect x="${fmt(left + i * slot + slot * 0.15)}" y="${fmt(height - bottom - h)}" width="${fmt(slot * 0.7)}" height="${fmt(Math.max(h, 1))}" class="${VERDICT_CLASS[r.verdict]}"><title>${escapeHtml(`${r.time}: ${r.verdict}, ${r.findings.total} findings`)}</title></rect>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="findings per scan" class="chart history">${[
    `<line x1="${left}" x2="${width - 8}" y1="${height - bottom}" y2="${height - bottom}" class="grid"/>`,
    `<text x="${left - 6}" y="${top + 8}" text-anchor="end">${max}</text>`,
    `<text x="${left - 6}" y="${height - bottom}" text-anchor="end">0</text>`,
    `<text x="${left}" y="${height - 4}">oldest</text>`,
    `<text x="${width - 8}" y="${height - 4}" text-anchor="end">newest</text>`,
    ...bars,
  ].join('')}</svg>`;
}
