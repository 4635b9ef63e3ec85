/**
 * A finding's picture as the renderers draw it: the report's `charts` turned into one timeline in
 * display units, then into a Mermaid `xychart-beta` block for GitHub (job summary, PR comment). The terminal's
 * sparkline and the HTML report's SVG read the same timeline. Pure.
 */
import { LATENCY_METRICS, METRIC_LABEL, formatMetric, trimNumber } from './units.js';
import { REQUEST_SHARES, type FindingChart, type MetricName } from '../core/types.js';

/** One chart ready to draw: every point in display units (%, ms, per second), oldest first. */
export interface Timeline {
  chart: FindingChart;
  /** Reference points, then scan points. */
  values: Array<number | null>;
  /** Index of the first scan point: the deploy sits just before it (0 without a reference window). */
  deployIndex: number;
  hasReference: boolean;
  /** Minutes from the deploy (or the scan's start) of each point. */
  minutes: number[];
  unit: string;
  band: [number, number] | null;
  expected: number | null;
  /** Axis bounds covering the values and the band, from 0. */
  yMax: number;
  title: string;
}

export function displayUnit(metric: MetricName): { unit: string; scale: number } {
  if (REQUEST_SHARES.has(metric)) return { unit: '%', scale: 100 };
  if (LATENCY_METRICS.includes(metric)) return { unit: 'ms', scale: 1 };
  return { unit: 'per second', scale: 1 };
}

/** A round axis maximum a little above the largest value: 1, 2, 2.5, 5 × a power of ten. */
export function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * power >= value) return Number((step * power).toPrecision(3));
  }
  return 10 * power;
}

export function timeline(chart: FindingChart): Timeline {
  const { unit, scale } = displayUnit(chart.metric);
  const show = (v: number | null) => (v === null || !Number.isFinite(v) ? null : v * scale);
  const reference = chart.reference?.values ?? [];
  const values = [...reference, ...chart.scan.values].map(show);
  const zero = Date.parse(chart.deployedAt ?? chart.scan.from);
  const at = (from: string, step: number, i: number) => (Date.parse(from) + i * step * 1000 - zero) / 60_000;
  const minutes = [
    ...reference.map((_, i) => at(chart.reference!.from, chart.reference!.stepSeconds, i)),
    ...chart.scan.values.map((_, i) => at(chart.scan.from, chart.scan.stepSeconds, i)),
  ];
  const band = chart.band ? ([chart.band[0] * scale, chart.band[1] * scale] as [number, number]) : null;
  const top = Math.max(0, ...values.map((v) => v ?? 0), band?.[1] ?? 0);
  return {
    chart,
    values,
    deployIndex: reference.length,
    hasReference: reference.length > 0,
    minutes,
    unit,
    band,
    expected: show(chart.expected),
    yMax: niceMax(top * 1.05),
    title: `${chart.namespace}/${chart.service} ${METRIC_LABEL[chart.metric] ?? chart.metric}`,
  };
}

/** Mermaid strings accept a narrow alphabet here: anything else becomes "_" (the table beside it is exact). */
export function mermaidText(text: string, max = 60): string {
  return text.replace(/[^A-Za-z0-9/_.:%() -]/g, '_').slice(0, max);
}

/** Mermaid's xychart has no gaps: a missing point repeats its neighbour (the caption says so). */
function filled(values: Array<number | null>): number[] {
  const out: number[] = [];
  let last: number | null = values.find((v) => v !== null) ?? 0;
  for (const v of values) {
    if (v !== null) last = v;
    out.push(last ?? 0);
  }
  return out;
}

const number = (v: number) => trimNumber(v, v !== 0 && Math.abs(v) < 1 ? 4 : 2);

/** Colours in plot order: deploy marker (grey bar), observed (red), band bounds (green). */
const PALETTE_WITH_DEPLOY = '#d0d7de, #cf222e, #1a7f37, #1a7f37';
const PALETTE = '#cf222e, #1a7f37, #1a7f37';

/** Readable minutes: whole numbers when the window is long, one decimal for short windows. */
function axisMinutes(minutes: number[]): [string, string] {
  const lo = Math.min(...minutes);
  const hi = Math.max(...minutes);
  const digits = hi - lo >= 10 ? 0 : 1;
  return [trimNumber(lo, digits), trimNumber(hi === lo ? lo + 1 : hi, digits)];
}

/** One `xychart-beta` block (with its caption) for a finding's chart. */
export function mermaidChart(chart: FindingChart): string[] {
  const t = timeline(chart);
  const observed = filled(t.values).map(number);
  const deployMarker = t.hasReference;
  const [from, to] = axisMinutes(t.minutes);
  const xLabel = deployMarker ? 'minutes from the deploy' : 'minutes into the scan window';
  const plots: string[] = [];
  if (deployMarker)
    plots.push(`  bar [${t.values.map((_, i) => (i === t.deployIndex ? number(t.yMax) : '0')).join(', ')}]`);
  plots.push(`  line [${observed.join(', ')}]`);
  if (t.band) {
    plots.push(`  line [${t.values.map(() => number(t.band![1])).join(', ')}]`);
    plots.push(`  line [${t.values.map(() => number(t.band![0])).join(', ')}]`);
  }
  const palette = deployMarker ? PALETTE_WITH_DEPLOY : PALETTE;
  return [
    '```mermaid',
    `%%{init: {"xyChart": {"width": 700, "height": 320}, "themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "${mermaidText(t.title)} (${mermaidText(t.unit)})"`,
    `  x-axis "${xLabel}" ${from} --> ${to}`,
    `  y-axis "${mermaidText(t.unit)}" 0 --> ${number(t.yMax)}`,
    ...plots,
    '```',
  ];
}

/** Whose normal band a chart draws: the baseline's, or the half hour's before the deploy. */
export function bandName(chart: Pick<FindingChart, 'bandFrom'>): string {
  return chart.bandFrom === 'reference' ? 'normal band before the deploy' : 'learned normal band';
}

/** The words under a chart: what each colour is, in the metric's units. */
export function chartCaption(chart: FindingChart, drawing: 'mermaid' | 'svg' = 'mermaid'): string {
  const t = timeline(chart);
  const svg = drawing === 'svg';
  const parts = [`red${svg ? ' line' : ''}: observed ${METRIC_LABEL[chart.metric] ?? chart.metric}`];
  if (chart.band)
    parts.push(
      `green${svg ? ' area' : ''}: ${bandName(chart)} ${formatMetric(chart.metric, chart.band[0])} – ${formatMetric(chart.metric, chart.band[1])}`,
    );
  if (t.hasReference && chart.deployedAt)
    parts.push(`${svg ? 'dashed line' : 'grey bar'}: the deploy at ${chart.deployedAt}`);
  if (t.values.some((v) => v === null))
    parts.push(svg ? 'gaps: steps without data' : 'steps without data repeat their neighbour');
  const step = chart.scan.stepSeconds;
  parts.push(`one point per ${step >= 60 ? `${trimNumber(step / 60, 1)} min` : `${step} s`}`);
  return parts.join(' · ');
}
