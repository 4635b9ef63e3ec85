/**
 * Terminal renderers: a readable text report and a compact table. Pure: a Report in, a string out.
 */
import Table from 'cli-table3';
import { chartLegend, chartLine } from './sparkline.js';
import { modelInternals, thresholdInUnits } from './finding-words.js';
import { describeL4Only, describeSource, formatAge, formatMetric } from './units.js';
import { originText } from './origin.js';
import { PRE_EXISTING_HEADING, splitByOnset } from './pre-existing.js';
import { BOTH_VERSIONS_HEADING, rolloutText, splitByRollout } from './rollout-views.js';
import type { Finding, MetricName, Report } from '../core/types.js';

function value(metric: MetricName, v: number | null | undefined): string {
  return v === null || v === undefined ? '–' : formatMetric(metric, v);
}

/**
 * The evidence in the metric's units: observed, expected, the normal range and, where it has one, the threshold.
 * The model's distance and every finding's score are its internals: shown with `verbose` (they are in the JSON).
 */
export function describeEvidence(f: Finding, verbose = false): string {
  // The new version against the old: no learned range, the old version is the expectation.
  if (f.rollout?.moved === 'new')
    return (
      `${f.rollout.new} ${value(f.metric, f.observed)} · ${f.rollout.old} ${value(f.metric, f.expected)} · ` +
      `threshold ${value(f.metric, f.threshold)}${verbose ? ` · score ${f.score}` : ''}`
    );
  const [lo, hi] = f.expectedRange;
  const threshold = thresholdInUnits(f);
  const parts = [
    `observed ${value(f.metric, f.observed)}`,
    `expected ${value(f.metric, f.expected)} (normal ${value(f.metric, lo)}–${value(f.metric, hi)})`,
    ...(threshold ? [`${f.detector === 'rule' ? 'threshold' : 'bound'} ${threshold}`] : []),
    ...(verbose ? [modelInternals(f)] : []),
  ];
  return parts.join(' · ');
}

function header(report: Report): string[] {
  const lines = [
    `SMAnalyzer ${report.tool.version} — verdict ${report.verdict.toUpperCase()}${report.partial ? ' (PARTIAL DATA)' : ''} — source: ${describeSource(report.source, report.mesh)}`,
    `Window:   ${report.window.from} → ${report.window.to}`,
  ];
  if (report.baseline) {
    const b = report.baseline;
    lines.push(
      `Baseline: ${b.path}, learned ${b.createdAt} (age ${formatAge(b.ageSeconds)}) from ${b.window.from} → ${b.window.to}, ${b.services} services`,
    );
  } else {
    lines.push('Baseline: none');
  }
  return lines;
}

export interface TextOptions {
  /** Plain ASCII sparklines (not a terminal, NO_COLOR); Unicode blocks otherwise. Default: ASCII. */
  ascii?: boolean;
  /** The model's internals (distance, threshold, score) beside each finding's evidence. */
  verbose?: boolean;
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const lines = header(report);
  const charts = report.charts ?? [];
  lines.push('', ...originText(report));
  const onsets = splitByOnset(report.anomalies);
  const { preExisting } = onsets;
  const drawn: NonNullable<Report['charts']> = [];
  const { own: current, bothVersions } = splitByRollout(onsets.current);
  const list = (findings: Finding[]) => {
    for (const f of findings) {
      lines.push(
        `  ${f.severity.toUpperCase().padEnd(8)} ${f.namespace}/${f.service}  ${f.type}  [${f.detector}]`,
      );
      lines.push(`           ${f.description}`);
      lines.push(`           ${describeEvidence(f, options.verbose)}`);
      const chart = charts.find(
        (c) => c.namespace === f.namespace && c.service === f.service && c.metric === f.metric,
      );
      if (chart) {
        lines.push(`           ${chartLine(chart, options.ascii ?? true)}`);
        drawn.push(chart);
      }
      if (f.origin) lines.push(`           follows ${f.origin}`);
    }
  };
  if (current.length === 0) {
    lines.push(preExisting.length > 0 ? 'No new anomalies.' : 'No anomalies.');
  } else {
    lines.push(`Anomalies (${current.length}):`);
    list(current);
  }
  if (bothVersions.length > 0) {
    lines.push('', `${BOTH_VERSIONS_HEADING} (${bothVersions.length}):`);
    list(bothVersions);
  }
  if (preExisting.length > 0) {
    lines.push('', `${PRE_EXISTING_HEADING} (${preExisting.length}):`);
    list(preExisting);
  }
  if (drawn.length > 0) lines.push('', chartLegend(drawn, options.ascii ?? true));
  lines.push('');
  lines.push(...rolloutText(report, options.ascii ?? true));
  lines.push('Services:');
  const width = Math.max(...report.services.map((s) => `${s.namespace}/${s.name}`.length), 10);
  for (const s of report.services) {
    const p99 = s.metrics.latencyP99?.observed;
    const err = s.metrics.errorRatio?.observed;
    const detail =
      s.reason ??
      (s.layer === 'l4'
        ? `${s.requests} connections; ${describeL4Only(report.mesh)}`
        : `${s.requests} requests, errors ${value('errorRatio', err)}, p99 ${value('latencyP99', p99)}`);
    lines.push(`  ${s.status.padEnd(17)} ${`${s.namespace}/${s.name}`.padEnd(width)}  ${detail}`);
  }
  for (const note of report.notes) lines.push(`Note: ${note}`);
  lines.push('');
  lines.push(`Verdict: ${report.verdict.toUpperCase()} — ${report.summary.reason}`);
  return lines.join('\n') + '\n';
}

export function renderTable(report: Report): string {
  const table = new Table({
    head: ['service', 'status', 'requests', 'rps', 'errors', 'p50', 'p99', 'findings'],
    style: { head: [], border: [] },
    // No rule between rows: a long mesh stays readable in a terminal.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const s of report.services) {
    const findings = report.anomalies
      .filter((f) => f.namespace === s.namespace && f.service === s.name)
      .map((f) => `${f.type} (${f.severity})`)
      .join(', ');
    table.push([
      `${s.namespace}/${s.name}`,
      s.status,
      String(s.requests),
      value('requestRate', s.metrics.requestRate?.observed),
      value('errorRatio', s.metrics.errorRatio?.observed),
      value('latencyP50', s.metrics.latencyP50?.observed),
      value('latencyP99', s.metrics.latencyP99?.observed),
      findings || '–',
    ]);
  }
  return [
    ...header(report),
    table.toString(),
    `Verdict: ${report.verdict.toUpperCase()} — ${report.summary.reason}`,
    '',
  ].join('\n');
}
