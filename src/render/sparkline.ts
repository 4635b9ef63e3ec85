/**
 * A finding's picture in the terminal: one line of Unicode blocks (or plain ASCII when the output is not a
 * terminal or NO_COLOR is set), the deploy marked, with the normal band and the peak in the metric's units. Pure.
 */
import { timeline } from './charts.js';
import { METRIC_LABEL, formatMetric, trimNumber } from './units.js';
import type { FindingChart } from '../core/types.js';

const UNICODE = { levels: '▁▂▃▄▅▆▇█', gap: ' ', deploy: '┃' };
const ASCII = { levels: '_.,-=+*#', gap: ' ', deploy: '|' };

/** The blocks alone: each value scaled between 0 and the chart's axis maximum. */
export function sparkline(
  values: Array<number | null>,
  max: number,
  ascii: boolean,
  deployIndex = -1,
): string {
  const style = ascii ? ASCII : UNICODE;
  const top = style.levels.length - 1;
  let out = '';
  values.forEach((v, i) => {
    if (i === deployIndex && i > 0) out += style.deploy;
    if (v === null) out += style.gap;
    else out += style.levels[Math.max(0, Math.min(top, Math.round((v / (max || 1)) * top)))];
  });
  return out;
}

/** "p99 latency ▁▁▂┃▆▇█▇  normal 80 ms – 120 ms · peak 410 ms" (values in display units, text in metric units). */
export function chartLine(chart: FindingChart, ascii: boolean): string {
  const t = timeline(chart);
  const scanValues = chart.scan.values.filter((v): v is number => v !== null);
  const peak = scanValues.length ? Math.max(...scanValues) : null;
  const parts = [
    `${METRIC_LABEL[chart.metric] ?? chart.metric} ${sparkline(t.values, t.yMax, ascii, t.hasReference ? t.deployIndex : -1)}`,
  ];
  const facts: string[] = [];
  if (chart.band)
    facts.push(
      `normal${chart.bandFrom === 'reference' ? ' before the deploy' : ''} ${sparkline([t.band![1]], t.yMax, ascii)} ${formatMetric(chart.metric, chart.band[0])} – ${formatMetric(chart.metric, chart.band[1])}`,
    );
  if (peak !== null) facts.push(`peak ${formatMetric(chart.metric, peak)}`);
  if (t.hasReference) facts.push(`${ascii ? '|' : '┃'} deploy`);
  return `${parts.join('')}  ${facts.join(' · ')}`;
}

/** Plain ASCII when the stream is not a terminal or the user asked for no colour/decoration (NO_COLOR). */
export function wantsAscii(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return !stream.isTTY || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

/** "15 s", "1 min", "2.5 min". */
function span(seconds: number): string {
  return seconds >= 60 ? `${trimNumber(seconds / 60, 1)} min` : `${trimNumber(seconds, 1)} s`;
}

/**
 * The words under the sparklines, once per report: what a mark, its height, the deploy bar and the mark after
 * "normal" stand for, with the time each mark covers.
 */
export function chartLegend(charts: FindingChart[], ascii: boolean): string {
  const style = ascii ? ASCII : UNICODE;
  const steps = [...new Set(charts.map((c) => c.scan.stepSeconds))];
  const reference = charts.find((c) => c.reference && c.reference.values.length > 0)?.reference;
  const order = reference
    ? `the ${span(reference.values.length * reference.stepSeconds)} before the deploy, ${style.deploy} the deploy, then the scan`
    : 'the scan window';
  return (
    `Charts: one mark per ${steps.map(span).join(' or ')}, oldest first: ${order}.\n` +
    `Height from 0 (${style.levels[0]}) to just above the chart's highest value (${style.levels.at(-1)}); ` +
    `blank: no data; the mark after "normal": the normal band's top.`
  );
}
