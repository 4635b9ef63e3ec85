/**
 * Markdown renderings of a scan report: the job summary (also the CLI's `--output markdown`) and the
 * sticky PR comment. Pure: a report in, a string out. Every value that comes from the cluster is
 * escaped so a service name cannot inject Markdown or HTML, break a table, or mention anyone.
 */
import { escapeMarkdown } from './escape.js';
import { chartSection, foldedTable, healthStrip, recentRuns } from './markdown-sections.js';
import { describeSource, formatAge, formatMetric, METRIC_LABEL } from './units.js';
import type { ScanHistoryEntry } from '../core/scan-history.js';
import { PRE_EXISTING_HEADING, splitByOnset } from './pre-existing.js';
import { BOTH_VERSIONS_HEADING, rolloutMarkdown, splitByRollout } from './rollout-views.js';
import {
  SEVERITIES,
  type Finding,
  type MetricName,
  type Report,
  type ServiceReport,
  type Verdict,
} from '../core/types.js';
import { originMarkdown } from './origin.js';
import { thresholdInUnits } from './finding-words.js';

/** GitHub's limit on an issue/PR comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** The job summary limit is 1 MiB (bytes) per step; stay well below it. */
const SUMMARY_LIMIT = 900_000;

const VERDICT_HEADING: Record<Verdict, string> = {
  pass: '✅ SMAnalyzer: mesh healthy',
  warn: '⚠️ SMAnalyzer: warnings',
  fail: '❌ SMAnalyzer: anomalies found',
};

export { escapeMarkdown };

export { formatAge, formatMetric };

/** "1 anomaly", "2 anomalies". */
const plural = (n: number) => (n === 1 ? 'anomaly' : 'anomalies');

/**
 * A threshold in the metric's units: a rule's limit, the bound of a model's envelope; "–" where the model judged a
 * distance in its scaled feature space (in the JSON report, not for reading here).
 */
export function formatThreshold(f: Finding): string {
  return thresholdInUnits(f) ?? '–';
}

function formatRange(metric: MetricName, range: [number, number] | null | undefined): string {
  if (!range) return '–';
  return `${formatMetric(metric, range[0])} – ${formatMetric(metric, range[1])}`;
}

function serviceName(namespace: string, name: string): string {
  return escapeMarkdown(`${namespace}/${name}`);
}

function sortFindings(findings: Finding[]): Finding[] {
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  return [...findings].sort((a, b) => rank(b) - rank(a) || b.score - a.score);
}

const ANOMALY_HEADER = [
  '| Service | Type | Severity | Metric | Observed | Expected (normal range) | Threshold | Detector |',
  '|---|---|---|---|---:|---|---:|---|',
];

function anomalyRow(f: Finding): string {
  return [
    '',
    serviceName(f.namespace, f.service),
    escapeMarkdown(f.type),
    `**${escapeMarkdown(f.severity)}**`,
    escapeMarkdown(METRIC_LABEL[f.metric] ?? f.metric),
    formatMetric(f.metric, f.observed),
    f.rollout?.moved === 'new'
      ? `${escapeMarkdown(f.rollout.old)}: ${formatMetric(f.metric, f.expected)}`
      : `${formatMetric(f.metric, f.expected)} (${formatRange(f.metric, f.expectedRange)})`,
    formatThreshold(f),
    escapeMarkdown(f.detector),
    '',
  ]
    .join(' | ')
    .trim();
}

function anomalyTable(findings: Finding[], limit = Infinity): string[] {
  const sorted = sortFindings(findings);
  const shown = sorted.slice(0, limit);
  const lines = foldedTable(ANOMALY_HEADER, shown.map(anomalyRow), 'anomalies');
  const more = sorted.length - shown.length;
  if (more > 0) lines.push('', `…and ${more} more ${plural(more)}.`);
  return lines;
}

const STATUS_ICON: Record<ServiceReport['status'], string> = {
  ok: '✅ ok',
  anomalous: '❌ anomalous',
  new: '🆕 new',
  'insufficient-data': '⚪ insufficient data',
  missing: '⚠️ missing',
};

function serviceRow(s: ServiceReport): string {
  const m = s.metrics;
  return [
    '',
    serviceName(s.namespace, s.name),
    STATUS_ICON[s.status] ?? escapeMarkdown(s.status),
    String(s.requests),
    formatMetric('requestRate', m.requestRate?.observed),
    formatMetric('errorRatio', m.errorRatio?.observed),
    formatMetric('latencyP99', m.latencyP99?.observed),
    s.reason ? escapeMarkdown(s.reason) : '',
    '',
  ]
    .join(' | ')
    .trim();
}

function serviceTable(services: ServiceReport[], limit: number): string[] {
  // Problems first, then by name, so a long table still shows what matters at the top.
  const order = (s: ServiceReport) => (s.status === 'anomalous' ? 0 : s.status === 'ok' ? 2 : 1);
  const sorted = [...services].sort(
    (a, b) => order(a) - order(b) || `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`),
  );
  const shown = sorted.slice(0, limit);
  const lines = foldedTable(
    [
      '| Service | Status | Requests | Request rate | Error ratio | p99 latency | Note |',
      '|---|---|---:|---:|---:|---:|---|',
    ],
    shown.map(serviceRow),
    'services',
  );
  if (sorted.length > shown.length) lines.push('', `…and ${sorted.length - shown.length} more services.`);
  return lines;
}

function windowLine(report: Report): string {
  const from = Date.parse(report.window.from);
  const to = Date.parse(report.window.to);
  const length = Number.isFinite(from) && Number.isFinite(to) ? ` (${formatAge((to - from) / 1000)})` : '';
  return `**Window:** ${escapeMarkdown(report.window.from)} → ${escapeMarkdown(report.window.to)}${length}${report.partial ? ' · ⚠️ **partial data**' : ''}`;
}

function baselineLine(report: Report): string {
  const b = report.baseline;
  if (!b) return '**Baseline:** none';
  return `**Baseline:** learned ${formatAge(b.ageSeconds)} ago (${escapeMarkdown(b.createdAt)}) from ${escapeMarkdown(b.source)}, ${b.services} services, window ${escapeMarkdown(b.window.from)} → ${escapeMarkdown(b.window.to)}`;
}

function policyLine(report: Report): string {
  const s = report.summary;
  const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0)
    .map((sev) => `${s.bySeverity[sev]} ${sev}`)
    .join(', ');
  return `**Gate:** fail on ${s.failOn} or worse, at most ${s.maxAnomalies} such ${plural(s.maxAnomalies)}${s.warnOnly ? ', advisory (warn-only)' : ''} · **found:** ${s.anomalyCount} ${plural(s.anomalyCount)}${counts ? ` (${counts})` : ''}, ${s.gatingAnomalies} at or above ${s.failOn} · ${s.servicesScanned} services scanned`;
}

export interface SummaryOptions {
  /** Link to the workflow run, shown at the end. */
  runUrl?: string;
  /** Cap on per-service rows (the anomaly table is never cut below the summary limit). */
  maxServices?: number;
  /** The scan history, oldest first (this scan included): the last runs' verdicts and findings. */
  history?: ScanHistoryEntry[];
}

/** The job summary / `--output markdown`: verdict, window, baseline, anomalies, services, charts, notes. */
export function renderSummaryMarkdown(report: Report, opts: SummaryOptions = {}): string {
  const render = (anomalyLimit: number, serviceLimit: number): string => {
    const lines: string[] = [
      `## ${VERDICT_HEADING[report.verdict]} · source: ${escapeMarkdown(describeSource(report.source, report.mesh))}`,
      '',
      ...originMarkdown(report, escapeMarkdown),
      escapeMarkdown(report.summary.reason),
      '',
      ...healthStrip(report),
      '',
      windowLine(report),
      '',
      baselineLine(report),
      '',
      policyLine(report),
      '',
    ];
    const onsets = splitByOnset(report.anomalies);
    const { preExisting } = onsets;
    const { own: current, bothVersions } = splitByRollout(onsets.current);
    if (current.length > 0) lines.push('### Anomalies', '', ...anomalyTable(current, anomalyLimit), '');
    if (bothVersions.length > 0)
      lines.push(`### ${BOTH_VERSIONS_HEADING}`, '', ...anomalyTable(bothVersions, anomalyLimit), '');
    if (preExisting.length > 0)
      lines.push(`### ${PRE_EXISTING_HEADING}`, '', ...anomalyTable(preExisting, anomalyLimit), '');
    lines.push(...rolloutMarkdown(report));
    if (report.anomalies.length > 0) lines.push(...chartSection(report));
    if (report.services.length > 0) {
      lines.push('### Services', '', ...serviceTable(report.services, serviceLimit), '');
    }
    if (report.notes.length > 0) {
      lines.push('### Notes', '', ...report.notes.map((n) => `- ${escapeMarkdown(n)}`), '');
    }
    lines.push(...recentRuns(opts.history ?? []));
    if (opts.runUrl) lines.push(`[Workflow run](${encodeURI(opts.runUrl)})`, '');
    lines.push(`<sub>smanalyzer ${escapeMarkdown(report.tool.version)}</sub>`, '');
    return lines.join('\n');
  };
  let serviceLimit = opts.maxServices ?? 500;
  let anomalyLimit = Infinity;
  let text = render(anomalyLimit, serviceLimit);
  // GitHub counts the summary's bytes: emoji and entities weigh more than one.
  const bytes = (t: string) => new TextEncoder().encode(t).length;
  while (bytes(text) > SUMMARY_LIMIT && (serviceLimit > 0 || anomalyLimit > 10)) {
    if (serviceLimit > 0) serviceLimit = Math.floor(serviceLimit / 2);
    else anomalyLimit = Math.floor(Math.min(anomalyLimit, report.anomalies.length) / 2);
    text = render(anomalyLimit, serviceLimit);
  }
  return text;
}

export function commentMarker(commentId: string): string {
  return `<!-- smanalyzer:${commentId} -->`;
}

/** A second hidden line records the state so a later passing run knows it resolves an earlier failure. */
export function stateMarker(state: 'anomalies' | 'healthy' | 'resolved'): string {
  return `<!-- smanalyzer-state:${state} -->`;
}

export function readCommentState(body: string): 'anomalies' | 'healthy' | 'resolved' | null {
  const match = /<!-- smanalyzer-state:(anomalies|healthy|resolved) -->/.exec(body);
  return match ? (match[1] as 'anomalies' | 'healthy' | 'resolved') : null;
}

export interface PrCommentOptions {
  /** Keeps several gates' comments apart on one PR. Must be [A-Za-z0-9._-]. */
  commentId: string;
  /** Link to the run (its job summary holds the full report). */
  runUrl?: string;
  maxLength?: number;
  /** The comment used to show anomalies and this run passes: say so. */
  resolvesEarlierFailure?: boolean;
}

/** The sticky PR comment; never longer than maxLength (65,536 by default), cut with a link to the summary. */
/** How many findings the PR comment lists (sorted by severity and score); the job summary has the rest. */
export const TOP_FINDINGS = 5;

export function renderPrComment(report: Report, opts: PrCommentOptions): string {
  const maxLength = opts.maxLength ?? GITHUB_COMMENT_LIMIT;
  const hasAnomalies = report.anomalies.length > 0 || report.verdict !== 'pass';
  const resolved = !hasAnomalies && opts.resolvesEarlierFailure === true;
  const state = hasAnomalies ? 'anomalies' : resolved ? 'resolved' : 'healthy';
  const head = [commentMarker(opts.commentId), stateMarker(state)];
  const summaryLink = opts.runUrl ? `[job summary](${encodeURI(opts.runUrl)})` : 'job summary';
  const heading = resolved
    ? '✅ SMAnalyzer: resolved — the latest run found no anomalies'
    : VERDICT_HEADING[report.verdict];

  const render = (anomalyLimit: number, withCharts = true): string => {
    const lines = [
      ...head,
      `### ${heading} · source: ${escapeMarkdown(describeSource(report.source, report.mesh))}`,
      '',
      ...originMarkdown(report, escapeMarkdown),
      escapeMarkdown(report.summary.reason),
      '',
      windowLine(report),
      '',
      policyLine(report),
      '',
    ];
    if (resolved) lines.push('An earlier run of this gate flagged anomalies; they are gone in this run.', '');
    const onsets = splitByOnset(report.anomalies);
    const { preExisting } = onsets;
    const { own: current, bothVersions } = splitByRollout(onsets.current);
    if (current.length > 0) lines.push(...anomalyTable(current, anomalyLimit), '');
    if (bothVersions.length > 0)
      lines.push(`**${BOTH_VERSIONS_HEADING}:**`, '', ...anomalyTable(bothVersions, anomalyLimit), '');
    if (preExisting.length > 0)
      lines.push(`**${PRE_EXISTING_HEADING}:**`, '', ...anomalyTable(preExisting, anomalyLimit), '');
    // Each rollout's row, and the first one's picture of both versions.
    lines.push(...rolloutMarkdown(report, withCharts ? 1 : 0));
    // The first finding's picture in place, the others folded: the comment stays short.
    // Only the listed findings' charts: rendering thousands that the comment never holds made it slow.
    if (withCharts)
      lines.push(...chartSection({ ...report, charts: report.charts?.slice(0, TOP_FINDINGS) }, 1));
    lines.push(`Full report: ${summaryLink}.`, '');
    return lines.join('\n');
  };

  // The top findings only: the job summary holds them all.
  let text = render(TOP_FINDINGS);
  if (text.length <= maxLength) return text;
  text = render(TOP_FINDINGS, false);
  // Too long: halve the rows until it fits, then say where the rest is.
  let limit = Math.min(TOP_FINDINGS, report.anomalies.length);
  while (limit > 0 && text.length > maxLength) {
    limit = Math.floor(limit / 2);
    text = render(limit, false);
  }
  if (text.length <= maxLength) return text;
  const tail = `\n\n…truncated; see the ${summaryLink}.\n`;
  return text.slice(0, Math.max(0, maxLength - tail.length)) + tail;
}
