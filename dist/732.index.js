export const id = 732;
export const ids = [732];
export const modules = {

/***/ 75351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderHtmlReport: () => (/* binding */ renderHtmlReport)
});

// EXTERNAL MODULE: ./src/render/charts.ts
var render_charts = __webpack_require__(47259);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
// EXTERNAL MODULE: ./src/render/overview.ts
var overview = __webpack_require__(48453);
// EXTERNAL MODULE: ./src/render/origin.ts
var origin = __webpack_require__(74284);
// EXTERNAL MODULE: ./src/render/finding-words.ts
var finding_words = __webpack_require__(88169);
// EXTERNAL MODULE: ./src/render/units.ts
var units = __webpack_require__(33647);
;// CONCATENATED MODULE: ./src/render/svg.ts
/**
 * Inline SVG pictures for the HTML report: a finding's metric over time against its normal band with
 * the deploy marked, and findings per recent scan. No script, no external resource; every label escaped. Pure.
 */



const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 56, right: 16, top: 16, bottom: 36 };
const fmt = (v) => (0,units/* trimNumber */.OM)(v, 1);
const axisValue = (v) => (0,units/* trimNumber */.OM)(v, v !== 0 && Math.abs(v) < 1 ? 3 : v < 10 ? 2 : 0);
/** Evenly spaced round ticks from 0 to max. */
function ticks(max, count = 4) {
    return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}
/** A finding's chart: band (green), observed (red, gaps where no data), deploy (dashed grey), axes in units. */
function findingChartSvg(chart) {
    const t = (0,render_charts/* timeline */.IO)(chart);
    const plotW = WIDTH - PAD.left - PAD.right;
    const plotH = HEIGHT - PAD.top - PAD.bottom;
    const xMin = Math.min(...t.minutes);
    const xMax = Math.max(...t.minutes, xMin + 1);
    const x = (m) => PAD.left + ((m - xMin) / (xMax - xMin)) * plotW;
    const y = (v) => PAD.top + plotH - (Math.min(v, t.yMax) / t.yMax) * plotH;
    const parts = [];
    // Grid and y labels.
    for (const v of ticks(t.yMax)) {
        parts.push(`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" class="grid"/>`, `<text x="${PAD.left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${(0,render_escape/* escapeHtml */.Z)(axisValue(v))}</text>`);
    }
    // x labels: start, deploy (0) when inside, end.
    const xTicks = [...new Set([xMin, ...(t.hasReference ? [0] : []), xMax])];
    for (const m of xTicks) {
        parts.push(`<text x="${fmt(x(m))}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle">${(0,render_escape/* escapeHtml */.Z)(`${m > 0 && t.hasReference ? '+' : ''}${(0,units/* trimNumber */.OM)(m, 1)} min`)}</text>`);
    }
    parts.push(`<text x="${PAD.left + plotW / 2}" y="${HEIGHT - 4}" text-anchor="middle" class="axis">${t.hasReference ? 'minutes from the deploy' : 'minutes into the scan window'}</text>`, `<text x="12" y="${PAD.top + plotH / 2}" text-anchor="middle" class="axis" transform="rotate(-90 12 ${PAD.top + plotH / 2})">${(0,render_escape/* escapeHtml */.Z)(t.unit)}</text>`);
    if (t.band) {
        const [lo, hi] = t.band;
        parts.push(`<rect x="${PAD.left}" y="${fmt(y(hi))}" width="${plotW}" height="${fmt(Math.max(1, y(lo) - y(hi)))}" class="band"><title>${(0,render_charts/* bandName */.Hf)(chart)}</title></rect>`);
    }
    if (t.expected !== null)
        parts.push(`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${fmt(y(t.expected))}" y2="${fmt(y(t.expected))}" class="expected"/>`);
    if (t.hasReference) {
        parts.push(`<line x1="${fmt(x(0))}" x2="${fmt(x(0))}" y1="${PAD.top}" y2="${PAD.top + plotH}" class="deploy"/>`, `<text x="${fmt(x(0) + 4)}" y="${PAD.top + 10}" class="deploy-label">deploy</text>`);
    }
    // The observed line, broken where a step has no data.
    const runs = [];
    let current = [];
    t.values.forEach((v, i) => {
        if (v === null) {
            if (current.length)
                runs.push(current);
            current = [];
        }
        else
            current.push(`${fmt(x(t.minutes[i]))},${fmt(y(v))}`);
    });
    if (current.length)
        runs.push(current);
    for (const run of runs) {
        if (run.length === 1) {
            const [cx, cy] = run[0].split(',');
            parts.push(`<circle cx="${cx}" cy="${cy}" r="2" class="observed-dot"/>`);
        }
        else
            parts.push(`<polyline points="${run.join(' ')}" class="observed"/>`);
    }
    const label = `${chart.namespace}/${chart.service} ${units/* METRIC_LABEL */.SM[chart.metric] ?? chart.metric} over time`;
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${(0,render_escape/* escapeHtml */.Z)(label)}" class="chart">${parts.join('')}</svg>`;
}
const VERDICT_CLASS = { pass: 'pass', warn: 'warn', fail: 'fail' };
/** Findings per recent scan as bars coloured by verdict, oldest first. */
function historyChartSvg(runs) {
    const width = 640;
    const height = 120;
    const left = 40;
    const bottom = 20;
    const top = 8;
    const max = Math.max(1, ...runs.map((r) => r.findings.total));
    const slot = (width - left - 8) / Math.max(1, runs.length);
    const bars = runs.map((r, i) => {
        const h = ((height - top - bottom) * r.findings.total) / max;
        return `<rect x="${fmt(left + i * slot + slot * 0.15)}" y="${fmt(height - bottom - h)}" width="${fmt(slot * 0.7)}" height="${fmt(Math.max(h, 1))}" class="${VERDICT_CLASS[r.verdict]}"><title>${(0,render_escape/* escapeHtml */.Z)(`${r.time}: ${r.verdict}, ${r.findings.total} findings`)}</title></rect>`;
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

// EXTERNAL MODULE: ./src/core/charts.ts
var core_charts = __webpack_require__(46250);
// EXTERNAL MODULE: ./src/render/rollout-views.ts
var rollout_views = __webpack_require__(49314);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
;// CONCATENATED MODULE: ./src/render/html.ts
/**
 * The HTML report for people without GitHub: one self-contained file, inline CSS and SVG, no script,
 * no network. The same sections as the job summary: verdict, the mesh per namespace, findings with their
 * charts, services, notes, recent runs. Everything from the cluster or the report is escaped. Pure.
 */










const VISIBLE_ROWS = 20;
const RECENT_RUNS = 30;
const VERDICT_TITLE = {
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
${rollout_views/* ROLLOUT_CSS */.mR}
`;
function table(header, rows, what, numeric = new Set()) {
    const head = `<tr>${header.map((h) => `<th>${(0,render_escape/* escapeHtml */.Z)(h)}</th>`).join('')}</tr>`;
    const row = (cells) => `<tr>${cells.map((c, i) => `<td${numeric.has(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`;
    const visible = `<table>${head}${rows.slice(0, VISIBLE_ROWS).map(row).join('')}</table>`;
    if (rows.length <= VISIBLE_ROWS)
        return visible;
    const rest = rows.slice(VISIBLE_ROWS);
    return `${visible}<details><summary>${rest.length} more ${(0,render_escape/* escapeHtml */.Z)(what)}</summary><table>${head}${rest.map(row).join('')}</table></details>`;
}
const COUNT_COLUMNS = ['ok', 'warn', 'anomalous', 'insufficient'];
function html_overview(report) {
    const namespaces = (0,overview/* namespaceHealth */.oo)(report);
    if (namespaces.length === 0)
        return '';
    const rows = namespaces.map((ns) => [
        (0,render_escape/* escapeHtml */.Z)(ns.namespace),
        `<span class="strip" title="${(0,render_escape/* escapeHtml */.Z)(overview/* HEALTH_CLASSES */.mS.map((c) => `${ns.counts[c]} ${overview/* HEALTH_LABEL */.s8[c]}`).join(', '))}">${(0,overview/* stripCells */.WF)(ns.counts, 20)
            .map((c) => `<span class="cell ${c}"></span>`)
            .join('')}</span>`,
        ...COUNT_COLUMNS.map((c) => String(ns.counts[c])),
    ]);
    return `<h2>Mesh</h2>${table(['Namespace', 'Health', ...COUNT_COLUMNS.map((c) => overview/* HEALTH_LABEL */.s8[c])], rows, 'namespaces', new Set([2, 3, 4, 5]))}`;
}
function findingRow(f) {
    const [lo, hi] = f.expectedRange;
    return [
        (0,render_escape/* escapeHtml */.Z)(`${f.namespace}/${f.service}`),
        (0,render_escape/* escapeHtml */.Z)(f.type),
        `<span class="sev-${(0,render_escape/* escapeHtml */.Z)(f.severity)}">${(0,render_escape/* escapeHtml */.Z)(f.severity)}</span>`,
        (0,render_escape/* escapeHtml */.Z)(units/* METRIC_LABEL */.SM[f.metric] ?? f.metric),
        (0,render_escape/* escapeHtml */.Z)((0,units/* formatMetric */.gI)(f.metric, f.observed)),
        (0,render_escape/* escapeHtml */.Z)(`${(0,units/* formatMetric */.gI)(f.metric, f.expected)} (${(0,units/* formatMetric */.gI)(f.metric, lo)} – ${(0,units/* formatMetric */.gI)(f.metric, hi)})`),
        (0,render_escape/* escapeHtml */.Z)((0,finding_words/* thresholdInUnits */._l)(f) ?? '–'),
        (0,render_escape/* escapeHtml */.Z)(f.description),
    ];
}
function findings(report) {
    if (report.anomalies.length === 0)
        return '';
    const sorted = (0,core_charts/* chartOrder */.Tx)(report.anomalies, report.summary.failOn);
    const charts = (report.charts ?? [])
        .map((c) => `<h3>${(0,render_escape/* escapeHtml */.Z)(`${c.namespace}/${c.service}`)} — ${(0,render_escape/* escapeHtml */.Z)(units/* METRIC_LABEL */.SM[c.metric] ?? c.metric)} <span class="sev-${(0,render_escape/* escapeHtml */.Z)(c.severity)}">(${(0,render_escape/* escapeHtml */.Z)(c.severity)} ${(0,render_escape/* escapeHtml */.Z)(c.type)})</span></h3>${findingChartSvg(c)}<p class="caption">${(0,render_escape/* escapeHtml */.Z)((0,render_charts/* chartCaption */.JL)(c, 'svg'))}</p>`)
        .join('');
    return `<h2>Anomalies</h2>${table(['Service', 'Type', 'Severity', 'Metric', 'Observed', 'Expected (normal range)', 'Threshold', 'Why'], sorted.map(findingRow), 'anomalies', new Set([4]))}${charts ? `<h2>What moved</h2>${charts}` : ''}`;
}
const STATUS_ORDER = (s) => (s.status === 'anomalous' ? 0 : s.status === 'ok' ? 2 : 1);
function services(report) {
    if (report.services.length === 0)
        return '';
    const sorted = [...report.services].sort((a, b) => STATUS_ORDER(a) - STATUS_ORDER(b) ||
        `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
    const rows = sorted.map((s) => [
        (0,render_escape/* escapeHtml */.Z)(`${s.namespace}/${s.name}`),
        (0,render_escape/* escapeHtml */.Z)(s.status),
        (0,render_escape/* escapeHtml */.Z)(String(s.requests)),
        (0,render_escape/* escapeHtml */.Z)((0,units/* formatMetric */.gI)('requestRate', s.metrics.requestRate?.observed)),
        (0,render_escape/* escapeHtml */.Z)((0,units/* formatMetric */.gI)('errorRatio', s.metrics.errorRatio?.observed)),
        (0,render_escape/* escapeHtml */.Z)((0,units/* formatMetric */.gI)('latencyP99', s.metrics.latencyP99?.observed)),
        (0,render_escape/* escapeHtml */.Z)(s.reason ?? ''),
    ]);
    return `<h2>Services</h2>${table(['Service', 'Status', 'Requests', 'Request rate', 'Error ratio', 'p99 latency', 'Note'], rows, 'services', new Set([2, 3, 4, 5]))}`;
}
/** The likely origin and the calls that carried the trouble, as the text report draws them. */
function html_origin(report) {
    const headline = (0,origin/* originHeadline */.pH)(report);
    if (!headline)
        return '';
    const graph = (0,origin/* originTextGraph */.E5)(report);
    return `<p class="origin"><b>${(0,render_escape/* escapeHtml */.Z)(headline.replace(/ — .*/, ''))}</b>${(0,render_escape/* escapeHtml */.Z)(headline.includes(' — ') ? ` — ${headline.split(' — ').slice(1).join(' — ')}` : '')}</p>${graph.length ? `<pre class="graph">${(0,render_escape/* escapeHtml */.Z)(graph.join('\n'))}</pre>` : ''}`;
}
function recent(history) {
    const runs = history.slice(-RECENT_RUNS);
    if (runs.length === 0)
        return '';
    const strip = runs
        .map((r) => `<span class="run ${(0,render_escape/* escapeHtml */.Z)(r.verdict)}" title="${(0,render_escape/* escapeHtml */.Z)(`${r.time}: ${r.verdict}, ${r.findings.total} findings`)}"></span>`)
        .join('');
    return `<h2>Recent runs</h2><p class="facts">The last ${runs.length} scans, oldest first (${(0,render_escape/* escapeHtml */.Z)(runs[0].time)} → ${(0,render_escape/* escapeHtml */.Z)(runs[runs.length - 1].time)}).</p><div class="runs">${strip}</div>${runs.length >= 2 ? historyChartSvg(runs) : ''}`;
}
function renderHtmlReport(report, options = {}) {
    const s = report.summary;
    const counts = types/* SEVERITIES */.oC.filter((sev) => s.bySeverity[sev] > 0)
        .map((sev) => `${s.bySeverity[sev]} ${sev}`)
        .join(', ');
    const b = report.baseline;
    const facts = [
        `<b>Window</b> ${(0,render_escape/* escapeHtml */.Z)(report.window.from)} → ${(0,render_escape/* escapeHtml */.Z)(report.window.to)} · <b>source</b> ${(0,render_escape/* escapeHtml */.Z)((0,units/* describeSource */.B6)(report.source, report.mesh))}${report.partial ? ' · <b>partial data</b>' : ''}`,
        b
            ? `<b>Baseline</b> learned ${(0,render_escape/* escapeHtml */.Z)((0,units/* formatAge */.nV)(b.ageSeconds))} ago (${(0,render_escape/* escapeHtml */.Z)(b.createdAt)}) from ${(0,render_escape/* escapeHtml */.Z)(b.source)}, ${(0,render_escape/* escapeHtml */.Z)(String(b.services))} services`
            : '<b>Baseline</b> none',
        `<b>Gate</b> fail on ${(0,render_escape/* escapeHtml */.Z)(s.failOn)} or worse, at most ${(0,render_escape/* escapeHtml */.Z)(String(s.maxAnomalies))}${s.warnOnly ? ', advisory' : ''} · <b>found</b> ${(0,render_escape/* escapeHtml */.Z)(String(s.anomalyCount))} anomalies${counts ? ` (${(0,render_escape/* escapeHtml */.Z)(counts)})` : ''}, ${(0,render_escape/* escapeHtml */.Z)(String(s.gatingAnomalies))} gating · ${(0,render_escape/* escapeHtml */.Z)(String(s.servicesScanned))} services scanned`,
    ];
    const verdict = VERDICT_TITLE[report.verdict] ? report.verdict : 'warn';
    const body = [
        `<div class="verdict ${verdict}"><h1>SMAnalyzer: ${(0,render_escape/* escapeHtml */.Z)(VERDICT_TITLE[verdict])} (${(0,render_escape/* escapeHtml */.Z)(report.verdict)})</h1><p>${(0,render_escape/* escapeHtml */.Z)(s.reason)}</p></div>`,
        html_origin(report),
        ...facts.map((f) => `<p class="facts">${f}</p>`),
        html_overview(report),
        findings(report),
        (0,rollout_views/* rolloutHtml */.lR)(report),
        services(report),
        report.notes.length
            ? `<h2>Notes</h2><ul>${report.notes.map((n) => `<li>${(0,render_escape/* escapeHtml */.Z)(n)}</li>`).join('')}</ul>`
            : '',
        recent(options.history ?? []),
        `<footer>smanalyzer ${(0,render_escape/* escapeHtml */.Z)(report.tool.version)} · one self-contained file: no script, no network.</footer>`,
    ];
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>SMAnalyzer: ${(0,render_escape/* escapeHtml */.Z)(report.verdict)} — ${(0,render_escape/* escapeHtml */.Z)(report.window.to)}</title><style>${CSS}</style></head>
<body>${body.join('\n')}</body></html>
`;
}


/***/ })

};
