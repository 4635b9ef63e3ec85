/**
 * The HTML report for people without GitHub: one self-contained file, inline CSS and SVG, no script,
 * no network. The same sections as the job summary: verdict, the mesh per namespace, findings with their
 * charts, services, notes, recent runs. Everything from the cluster or the report is escaped. Pure.
 */
import { chartCaption } from './charts.js';
import { escapeHtml as e } from './escape.js';
import { HEALTH_CLASSES, HEALTH_LABEL, namespaceHealth, stripCells } from './overview.js';
import { originHeadline, originTextGraph } from './origin.js';
import { thresholdInUnits } from './finding-words.js';
import { findingChartSvg, historyChartSvg } from './svg.js';
import { describeSource, formatAge, formatMetric, METRIC_LABEL } from './units.js';
import { chartOrder } from '../core/charts.js';
import { rolloutHtml, ROLLOUT_CSS } from './rollout-views.js';
import type { ScanHistoryEntry } from '../core/history.js';
import { SEVERITIES, type Finding, type Report, type ServiceReport, type Verdict } from '../core/types.js';

const VISIBLE_ROWS = 20;
const RECENT_RUNS = 30;

const VERDICT_TITLE: Record<Verdict, string> = {
  pass: 'Mesh healthy',
  warn: 'Warnings',
  fail: 'Anomalies found',
};

const CSS = `
:root{--pass:#1a7f37;--warn:#9a6700;--fail:#cf222e;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--insufficient:#afb8c1}
*{box-sizing:border-box}body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;margin:0 auto;max-width:1040px;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:16px 0 4px}
.verdict{border-left:6px solid;padding:8px 16px;background:var(--bg);border-radius:6px}.verdict.pass{border-color:var(--pass)}.verdict.warn{border-color:var(--warn)}.verdict.fail{border-color:var(--fail)}
.facts{color:var(--muted);margin:8px 0}.facts b{color:#1f2328}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}th{background:var(--bg)}td.num{text-align:right;font-variant-numeric:tabular-nums}
.sev-critical,.sev-high{color:var(--fail);font-weight:600}.sev-medium{color:var(--warn);font-weight:600}
.strip{display:inline-flex;gap:2px}.cell{display:inline-block;width:12px;height:12px;border-radius:2px}
.cell.ok,.bar.pass,rect.pass{background:var(--pass);fill:var(--pass)}.cell.warn,rect.warn{background:#d4a72c;fill:#d4a72c}.cell.anomalous,rect.fail{background:var(--fail);fill:var(--fail)}.cell.insufficient{background:var(--insufficient)}
.chart{width:100%;max-width:640px;height:auto;font-size:11px;fill:var(--muted)}.chart .grid{stroke:var(--line)}.chart .band{fill:#1a7f37;opacity:.15}.chart .expected{stroke:#1a7f37;stroke-dasharray:4 3}
.chart .observed{fill:none;stroke:var(--fail);stroke-width:2}.chart .observed-dot{fill:var(--fail)}.chart .deploy{stroke:#57606a;stroke-dasharray:5 4;stroke-width:1.5}.chart .deploy-label{fill:#57606a}.chart .axis{fill:#1f2328}
.caption{color:var(--muted);font-size:12px;margin:0 0 16px}details summary{cursor:pointer;color:#0969da;margin:6px 0}
.runs{display:flex;gap:3px;margin:6px 0}.run{width:14px;height:14px;border-radius:3px}.run.pass{background:var(--pass)}.run.warn{background:#d4a72c}.run.fail{background:var(--fail)}
.origin{font-size:15px;margin:12px 0 4px}.graph{background:var(--bg);padding:8px 12px;border-radius:6px;overflow-x:auto}
footer{margin-top:32px;color:var(--muted);font-size:12px}
${ROLLOUT_CSS}
`;

function table(header: string[], rows: string[][], what: string, numeric: Set<number> = new Set()): string {
  const head = `<tr>${header.map((h) => `<th>${e(h)}</th>`).join('')}</tr>`;
  const row = (cells: string[]) =>
    `<tr>${cells.map((c, i) => `<td${numeric.has(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
  const visible = `<table>${head}${rows.slice(0, VISIBLE_ROWS).map(row).join('')}</table>`;
  if (rows.length <= VISIBLE_ROWS) return visible;
  const rest = rows.slice(VISIBLE_ROWS);
  return `${visible}<details><summary>${rest.length} more ${e(what)}</summary><table>${head}${rest.map(row).join('')}</table></details>`;
}

const COUNT_COLUMNS = ['ok', 'warn', 'anomalous', 'insufficient'] as const;

function overview(report: Report): string {
  const namespaces = namespaceHealth(report);
  if (namespaces.length === 0) return '';
  const rows = namespaces.map((ns) => [
    e(ns.namespace),
    `<span class="strip" title="${e(HEALTH_CLASSES.map((c) => `${ns.counts[c]} ${HEALTH_LABEL[c]}`).join(', '))}">${stripCells(
      ns.counts,
      20,
    )
      .map((c) => `<span class="cell ${c}"></span>`)
      .join('')}</span>`,
    ...COUNT_COLUMNS.map((c) => String(ns.counts[c])),
  ]);
  return `<h2>Mesh</h2>${table(
    ['Namespace', 'Health', ...COUNT_COLUMNS.map((c) => HEALTH_LABEL[c])],
    rows,
    'namespaces',
    new Set([2, 3, 4, 5]),
  )}`;
}

function findingRow(f: Finding): string[] {
  const [lo, hi] = f.expectedRange;
  return [
    e(`${f.namespace}/${f.service}`),
    e(f.type),
    `<span class="sev-${e(f.severity)}">${e(f.severity)}</span>`,
    e(METRIC_LABEL[f.metric] ?? f.metric),
    e(formatMetric(f.metric, f.observed)),
    e(
      `${formatMetric(f.metric, f.expected)} (${formatMetric(f.metric, lo)} – ${formatMetric(f.metric, hi)})`,
    ),
    e(thresholdInUnits(f) ?? '–'),
    e(f.description),
  ];
}

function findings(report: Report): string {
  if (report.anomalies.length === 0) return '';
  const sorted = chartOrder(report.anomalies, report.summary.failOn);
  const charts = (report.charts ?? [])
    .map(
      (c) =>
        `<h3>${e(`${c.namespace}/${c.service}`)} — ${e(METRIC_LABEL[c.metric] ?? c.metric)} <span class="sev-${e(c.severity)}">(${e(c.severity)} ${e(c.type)})</span></h3>${findingChartSvg(c)}<p class="caption">${e(chartCaption(c, 'svg'))}</p>`,
    )
    .join('');
  return `<h2>Anomalies</h2>${table(
    ['Service', 'Type', 'Severity', 'Metric', 'Observed', 'Expected (normal range)', 'Threshold', 'Why'],
    sorted.map(findingRow),
    'anomalies',
    new Set([4]),
  )}${charts ? `<h2>What moved</h2>${charts}` : ''}`;
}

const STATUS_ORDER = (s: ServiceReport) => (s.status === 'anomalous' ? 0 : s.status === 'ok' ? 2 : 1);

function services(report: Report): string {
  if (report.services.length === 0) return '';
  const sorted = [...report.services].sort(
    (a, b) =>
      STATUS_ORDER(a) - STATUS_ORDER(b) ||
      `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`),
  );
  const rows = sorted.map((s) => [
    e(`${s.namespace}/${s.name}`),
    e(s.status),
    e(String(s.requests)),
    e(formatMetric('requestRate', s.metrics.requestRate?.observed)),
    e(formatMetric('errorRatio', s.metrics.errorRatio?.observed)),
    e(formatMetric('latencyP99', s.metrics.latencyP99?.observed)),
    e(s.reason ?? ''),
  ]);
  return `<h2>Services</h2>${table(
    ['Service', 'Status', 'Requests', 'Request rate', 'Error ratio', 'p99 latency', 'Note'],
    rows,
    'services',
    new Set([2, 3, 4, 5]),
  )}`;
}

/** The likely origin and the calls that carried the trouble, as the text report draws them. */
function origin(report: Report): string {
  const headline = originHeadline(report);
  if (!headline) return '';
  const graph = originTextGraph(report);
  return `<p class="origin"><b>${e(headline.replace(/ — .*/, ''))}</b>${e(headline.includes(' — ') ? ` — ${headline.split(' — ').slice(1).join(' — ')}` : '')}</p>${graph.length ? `<pre class="graph">${e(graph.join('\n'))}</pre>` : ''}`;
}

function recent(history: ScanHistoryEntry[]): string {
  const runs = history.slice(-RECENT_RUNS);
  if (runs.length === 0) return '';
  const strip = runs
    .map(
      (r) =>
        `<span class="run ${e(r.verdict)}" title="${e(`${r.time}: ${r.verdict}, ${r.findings.total} findings`)}"></span>`,
    )
    .join('');
  return `<h2>Recent runs</h2><p class="facts">The last ${runs.length} scans, oldest first (${e(runs[0].time)} → ${e(runs[runs.length - 1].time)}).</p><div class="runs">${strip}</div>${runs.length >= 2 ? historyChartSvg(runs) : ''}`;
}

export interface HtmlOptions {
  /** The scan history, oldest first (this scan included). */
  history?: ScanHistoryEntry[];
}

export function renderHtmlReport(report: Report, options: HtmlOptions = {}): string {
  const s = report.summary;
  const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0)
    .map((sev) => `${s.bySeverity[sev]} ${sev}`)
    .join(', ');
  const b = report.baseline;
  const facts = [
    `<b>Window</b> ${e(report.window.from)} → ${e(report.window.to)} · <b>source</b> ${e(describeSource(report.source, report.mesh))}${report.partial ? ' · <b>partial data</b>' : ''}`,
    b
      ? `<b>Baseline</b> learned ${e(formatAge(b.ageSeconds))} ago (${e(b.createdAt)}) from ${e(b.source)}, ${e(String(b.services))} services`
      : '<b>Baseline</b> none',
    `<b>Gate</b> fail on ${e(s.failOn)} or worse, at most ${e(String(s.maxAnomalies))}${s.warnOnly ? ', advisory' : ''} · <b>found</b> ${e(String(s.anomalyCount))} anomalies${counts ? ` (${e(counts)})` : ''}, ${e(String(s.gatingAnomalies))} gating · ${e(String(s.servicesScanned))} services scanned`,
  ];
  const verdict = VERDICT_TITLE[report.verdict] ? report.verdict : 'warn';
  const body = [
    `<div class="verdict ${verdict}"><h1>SMAnalyzer: ${e(VERDICT_TITLE[verdict])} (${e(report.verdict)})</h1><p>${e(s.reason)}</p></div>`,
    origin(report),
    ...facts.map((f) => `<p class="facts">${f}</p>`),
    overview(report),
    findings(report),
    rolloutHtml(report),
    services(report),
    report.notes.length
      ? `<h2>Notes</h2><ul>${report.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>`
      : '',
    recent(options.history ?? []),
    `<footer>smanalyzer ${e(report.tool.version)} · one self-contained file: no script, no network.</footer>`,
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>SMAnalyzer: ${e(report.verdict)} — ${e(report.window.to)}</title><style>${CSS}</style></head>
<body>${body.join('\n')}</body></html>
`;
}
