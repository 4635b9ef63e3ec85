export const id = 461;
export const ids = [461];
export const modules = {

/***/ 52461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_COMMENT_LIMIT: () => (/* binding */ GITHUB_COMMENT_LIMIT),
  TOP_FINDINGS: () => (/* binding */ TOP_FINDINGS),
  commentMarker: () => (/* binding */ commentMarker),
  escapeMarkdown: () => (/* reexport */ render_escape/* escapeMarkdown */.F),
  formatAge: () => (/* reexport */ units/* formatAge */.nV),
  formatMetric: () => (/* reexport */ units/* formatMetric */.gI),
  formatThreshold: () => (/* binding */ formatThreshold),
  readCommentState: () => (/* binding */ readCommentState),
  renderPrComment: () => (/* binding */ renderPrComment),
  renderSummaryMarkdown: () => (/* binding */ renderSummaryMarkdown),
  stateMarker: () => (/* binding */ stateMarker)
});

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
// EXTERNAL MODULE: ./src/render/charts.ts
var charts = __webpack_require__(47259);
// EXTERNAL MODULE: ./src/render/overview.ts
var overview = __webpack_require__(48453);
// EXTERNAL MODULE: ./src/render/units.ts
var units = __webpack_require__(33647);
;// CONCATENATED MODULE: ./src/render/markdown-sections.ts
/**
 * The parts of the job summary and PR comment that make a report readable in ten seconds: the
 * per-namespace health strip, long tables folded away, a chart per finding, and the recent runs. Pure; every
 * value from the report is escaped (or reduced to Mermaid's safe alphabet) here.
 */




/** Tables show this many rows; the rest fold into a <details> block. */
const VISIBLE_ROWS = 20;
const HEALTH_SQUARE = {
    anomalous: '🟥',
    warn: '🟨',
    insufficient: '⬜',
    ok: '🟩',
};
const HEALTH_ICON = {
    anomalous: '❌',
    warn: '⚠️',
    insufficient: '⚪',
    ok: '✅',
};
/**
 * A table whose rows beyond `visible` fold into <details> (GitHub renders the table inside once blank lines
 * surround it). `header` is the two header lines, repeated in the folded part.
 */
function foldedTable(header, rows, what, visible = VISIBLE_ROWS) {
    if (rows.length <= visible)
        return [...header, ...rows];
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
function healthStrip(report) {
    const namespaces = (0,overview/* namespaceHealth */.oo)(report);
    if (namespaces.length === 0)
        return [];
    const total = Object.fromEntries(overview/* HEALTH_CLASSES */.mS.map((c) => [c, 0]));
    for (const ns of namespaces)
        for (const c of overview/* HEALTH_CLASSES */.mS)
            total[c] += ns.counts[c];
    const services = namespaces.reduce((sum, ns) => sum + ns.total, 0);
    const counts = overview/* HEALTH_CLASSES */.mS.filter((c) => total[c] > 0)
        .map((c) => `${HEALTH_ICON[c]} ${total[c]} ${overview/* HEALTH_LABEL */.s8[c]}`)
        .join(' · ');
    const header = [
        '| Namespace | Health | ok | warn | anomalous | insufficient data |',
        '|---|---|--:|--:|--:|--:|',
    ];
    const shown = namespaces.slice(0, MAX_NAMESPACES);
    const rows = shown.map((ns) => [
        '',
        (0,render_escape/* escapeMarkdown */.F)(ns.namespace),
        (0,overview/* stripCells */.WF)(ns.counts)
            .map((c) => HEALTH_SQUARE[c])
            .join(''),
        ns.counts.ok,
        ns.counts.warn,
        ns.counts.anomalous,
        ns.counts.insufficient,
        '',
    ]
        .join(' | ')
        .trim());
    const lines = [
        `**Mesh:** ${services} services in ${namespaces.length} namespace${namespaces.length === 1 ? '' : 's'} — ${counts}`,
        '',
        ...foldedTable(header, rows, 'namespaces'),
    ];
    if (namespaces.length > shown.length)
        lines.push('', `…and ${namespaces.length - shown.length} more namespaces.`);
    return lines;
}
function chartHeading(chart) {
    return `**${(0,render_escape/* escapeMarkdown */.F)(`${chart.namespace}/${chart.service}`)}** — ${(0,render_escape/* escapeMarkdown */.F)(units/* METRIC_LABEL */.SM[chart.metric] ?? chart.metric)} (${(0,render_escape/* escapeMarkdown */.F)(chart.severity)} ${(0,render_escape/* escapeMarkdown */.F)(chart.type)})`;
}
/** One chart with its heading and caption. */
function chartBlock(chart) {
    return [
        chartHeading(chart),
        '',
        ...(0,charts/* mermaidChart */.C6)(chart),
        '',
        `<sub>${(0,render_escape/* escapeMarkdown */.F)((0,charts/* chartCaption */.JL)(chart))}</sub>`,
        '',
    ];
}
/**
 * The findings' charts: the first `open` drawn in place, the others folded (so a PR comment stays short).
 * Nothing when the report has no charts.
 */
function chartSection(report, open = Infinity) {
    const charts = report.charts ?? [];
    if (charts.length === 0)
        return [];
    const lines = ['### What moved', ''];
    charts.slice(0, open).forEach((c) => lines.push(...chartBlock(c)));
    const folded = charts.slice(open);
    if (folded.length > 0) {
        lines.push(`<details><summary>${folded.length} more chart${folded.length === 1 ? '' : 's'}</summary>`, '');
        folded.forEach((c) => lines.push(...chartBlock(c)));
        lines.push('</details>', '');
    }
    return lines;
}
const VERDICT_SQUARE = { pass: '🟩', warn: '🟨', fail: '🟥' };
/** How many past runs the summary's strip and chart show. */
const RECENT_RUNS = 20;
/** The last runs' verdicts as a strip (oldest → newest) and a bar chart of findings per run. */
function recentRuns(history) {
    const runs = history.slice(-RECENT_RUNS);
    if (runs.length === 0)
        return [];
    const counts = { pass: 0, warn: 0, fail: 0 };
    for (const r of runs)
        counts[r.verdict]++;
    const first = (0,render_escape/* escapeMarkdown */.F)(runs[0].time);
    const last = (0,render_escape/* escapeMarkdown */.F)(runs[runs.length - 1].time);
    const findings = runs.map((r) => r.findings.total);
    const lines = [
        '### Recent runs',
        '',
        `${runs.map((r) => VERDICT_SQUARE[r.verdict]).join('')} — the last ${runs.length} scan${runs.length === 1 ? '' : 's'}, oldest first (${first} → ${last}): ${counts.fail} failed, ${counts.warn} warned, ${counts.pass} passed`,
        '',
    ];
    if (runs.length >= 2) {
        lines.push('```mermaid', '%%{init: {"xyChart": {"width": 600, "height": 220}, "themeVariables": {"xyChart": {"plotColorPalette": "#8c959f"}}}}%%', 'xychart-beta', '  title "Findings per scan (oldest first)"', `  x-axis [${runs.map((_, i) => `"${i - runs.length + 1 === 0 ? 'now' : i - runs.length + 1}"`).join(', ')}]`, `  y-axis "findings" 0 --> ${(0,charts/* niceMax */.Cd)(Math.max(...findings, 1))}`, `  bar [${findings.join(', ')}]`, '```', '');
    }
    return lines;
}

// EXTERNAL MODULE: ./src/render/pre-existing.ts
var pre_existing = __webpack_require__(58063);
// EXTERNAL MODULE: ./src/render/rollout-views.ts
var rollout_views = __webpack_require__(49314);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./src/render/origin.ts
var origin = __webpack_require__(74284);
// EXTERNAL MODULE: ./src/render/finding-words.ts
var finding_words = __webpack_require__(88169);
;// CONCATENATED MODULE: ./src/render/markdown.ts
/**
 * Markdown renderings of a scan report: the job summary (also the CLI's `--output markdown`) and the
 * sticky PR comment. Pure: a report in, a string out. Every value that comes from the cluster is
 * escaped so a service name cannot inject Markdown or HTML, break a table, or mention anyone.
 */








/** GitHub's limit on an issue/PR comment body. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** The job summary limit is 1 MiB (bytes) per step; stay well below it. */
const SUMMARY_LIMIT = 900_000;
const VERDICT_HEADING = {
    pass: '✅ SMAnalyzer: mesh healthy',
    warn: '⚠️ SMAnalyzer: warnings',
    fail: '❌ SMAnalyzer: anomalies found',
};


/** "1 anomaly", "2 anomalies". */
const plural = (n) => (n === 1 ? 'anomaly' : 'anomalies');
/**
 * A threshold in the metric's units: a rule's limit, the bound of a model's envelope; "–" where the model judged a
 * distance in its scaled feature space (in the JSON report, not for reading here).
 */
function formatThreshold(f) {
    return (0,finding_words/* thresholdInUnits */._l)(f) ?? '–';
}
function formatRange(metric, range) {
    if (!range)
        return '–';
    return `${(0,units/* formatMetric */.gI)(metric, range[0])} – ${(0,units/* formatMetric */.gI)(metric, range[1])}`;
}
function serviceName(namespace, name) {
    return (0,render_escape/* escapeMarkdown */.F)(`${namespace}/${name}`);
}
function sortFindings(findings) {
    const rank = (f) => types/* SEVERITIES */.oC.indexOf(f.severity);
    return [...findings].sort((a, b) => rank(b) - rank(a) || b.score - a.score);
}
const ANOMALY_HEADER = [
    '| Service | Type | Severity | Metric | Observed | Expected (normal range) | Threshold | Detector |',
    '|---|---|---|---|---:|---|---:|---|',
];
function anomalyRow(f) {
    return [
        '',
        serviceName(f.namespace, f.service),
        (0,render_escape/* escapeMarkdown */.F)(f.type),
        `**${(0,render_escape/* escapeMarkdown */.F)(f.severity)}**`,
        (0,render_escape/* escapeMarkdown */.F)(units/* METRIC_LABEL */.SM[f.metric] ?? f.metric),
        (0,units/* formatMetric */.gI)(f.metric, f.observed),
        f.rollout?.moved === 'new'
            ? `${(0,render_escape/* escapeMarkdown */.F)(f.rollout.old)}: ${(0,units/* formatMetric */.gI)(f.metric, f.expected)}`
            : `${(0,units/* formatMetric */.gI)(f.metric, f.expected)} (${formatRange(f.metric, f.expectedRange)})`,
        formatThreshold(f),
        (0,render_escape/* escapeMarkdown */.F)(f.detector),
        '',
    ]
        .join(' | ')
        .trim();
}
function anomalyTable(findings, limit = Infinity) {
    const sorted = sortFindings(findings);
    const shown = sorted.slice(0, limit);
    const lines = foldedTable(ANOMALY_HEADER, shown.map(anomalyRow), 'anomalies');
    const more = sorted.length - shown.length;
    if (more > 0)
        lines.push('', `…and ${more} more ${plural(more)}.`);
    return lines;
}
const STATUS_ICON = {
    ok: '✅ ok',
    anomalous: '❌ anomalous',
    new: '🆕 new',
    'insufficient-data': '⚪ insufficient data',
    missing: '⚠️ missing',
};
function serviceRow(s) {
    const m = s.metrics;
    return [
        '',
        serviceName(s.namespace, s.name),
        STATUS_ICON[s.status] ?? (0,render_escape/* escapeMarkdown */.F)(s.status),
        String(s.requests),
        (0,units/* formatMetric */.gI)('requestRate', m.requestRate?.observed),
        (0,units/* formatMetric */.gI)('errorRatio', m.errorRatio?.observed),
        (0,units/* formatMetric */.gI)('latencyP99', m.latencyP99?.observed),
        s.reason ? (0,render_escape/* escapeMarkdown */.F)(s.reason) : '',
        '',
    ]
        .join(' | ')
        .trim();
}
function serviceTable(services, limit) {
    // Problems first, then by name, so a long table still shows what matters at the top.
    const order = (s) => (s.status === 'anomalous' ? 0 : s.status === 'ok' ? 2 : 1);
    const sorted = [...services].sort((a, b) => order(a) - order(b) || `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
    const shown = sorted.slice(0, limit);
    const lines = foldedTable([
        '| Service | Status | Requests | Request rate | Error ratio | p99 latency | Note |',
        '|---|---|---:|---:|---:|---:|---|',
    ], shown.map(serviceRow), 'services');
    if (sorted.length > shown.length)
        lines.push('', `…and ${sorted.length - shown.length} more services.`);
    return lines;
}
function windowLine(report) {
    const from = Date.parse(report.window.from);
    const to = Date.parse(report.window.to);
    const length = Number.isFinite(from) && Number.isFinite(to) ? ` (${(0,units/* formatAge */.nV)((to - from) / 1000)})` : '';
    return `**Window:** ${(0,render_escape/* escapeMarkdown */.F)(report.window.from)} → ${(0,render_escape/* escapeMarkdown */.F)(report.window.to)}${length}${report.partial ? ' · ⚠️ **partial data**' : ''}`;
}
function baselineLine(report) {
    const b = report.baseline;
    if (!b)
        return '**Baseline:** none';
    return `**Baseline:** learned ${(0,units/* formatAge */.nV)(b.ageSeconds)} ago (${(0,render_escape/* escapeMarkdown */.F)(b.createdAt)}) from ${(0,render_escape/* escapeMarkdown */.F)(b.source)}, ${b.services} services, window ${(0,render_escape/* escapeMarkdown */.F)(b.window.from)} → ${(0,render_escape/* escapeMarkdown */.F)(b.window.to)}`;
}
function policyLine(report) {
    const s = report.summary;
    const counts = types/* SEVERITIES */.oC.filter((sev) => s.bySeverity[sev] > 0)
        .map((sev) => `${s.bySeverity[sev]} ${sev}`)
        .join(', ');
    return `**Gate:** fail on ${s.failOn} or worse, at most ${s.maxAnomalies} such ${plural(s.maxAnomalies)}${s.warnOnly ? ', advisory (warn-only)' : ''} · **found:** ${s.anomalyCount} ${plural(s.anomalyCount)}${counts ? ` (${counts})` : ''}, ${s.gatingAnomalies} at or above ${s.failOn} · ${s.servicesScanned} services scanned`;
}
/** The job summary / `--output markdown`: verdict, window, baseline, anomalies, services, charts, notes. */
function renderSummaryMarkdown(report, opts = {}) {
    const render = (anomalyLimit, serviceLimit) => {
        const lines = [
            `## ${VERDICT_HEADING[report.verdict]} · source: ${(0,render_escape/* escapeMarkdown */.F)((0,units/* describeSource */.B6)(report.source, report.mesh))}`,
            '',
            ...(0,origin/* originMarkdown */.O9)(report, render_escape/* escapeMarkdown */.F),
            (0,render_escape/* escapeMarkdown */.F)(report.summary.reason),
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
        const onsets = (0,pre_existing/* splitByOnset */.b)(report.anomalies);
        const { preExisting } = onsets;
        const { own: current, bothVersions } = (0,rollout_views/* splitByRollout */.vc)(onsets.current);
        if (current.length > 0)
            lines.push('### Anomalies', '', ...anomalyTable(current, anomalyLimit), '');
        if (bothVersions.length > 0)
            lines.push(`### ${rollout_views/* BOTH_VERSIONS_HEADING */.f4}`, '', ...anomalyTable(bothVersions, anomalyLimit), '');
        if (preExisting.length > 0)
            lines.push(`### ${pre_existing/* PRE_EXISTING_HEADING */.t}`, '', ...anomalyTable(preExisting, anomalyLimit), '');
        lines.push(...(0,rollout_views/* rolloutMarkdown */.rU)(report));
        if (report.anomalies.length > 0)
            lines.push(...chartSection(report));
        if (report.services.length > 0) {
            lines.push('### Services', '', ...serviceTable(report.services, serviceLimit), '');
        }
        if (report.notes.length > 0) {
            lines.push('### Notes', '', ...report.notes.map((n) => `- ${(0,render_escape/* escapeMarkdown */.F)(n)}`), '');
        }
        lines.push(...recentRuns(opts.history ?? []));
        if (opts.runUrl)
            lines.push(`[Workflow run](${encodeURI(opts.runUrl)})`, '');
        lines.push(`<sub>smanalyzer ${(0,render_escape/* escapeMarkdown */.F)(report.tool.version)}</sub>`, '');
        return lines.join('\n');
    };
    let serviceLimit = opts.maxServices ?? 500;
    let anomalyLimit = Infinity;
    let text = render(anomalyLimit, serviceLimit);
    // GitHub counts the summary's bytes: emoji and entities weigh more than one.
    const bytes = (t) => new TextEncoder().encode(t).length;
    while (bytes(text) > SUMMARY_LIMIT && (serviceLimit > 0 || anomalyLimit > 10)) {
        if (serviceLimit > 0)
            serviceLimit = Math.floor(serviceLimit / 2);
        else
            anomalyLimit = Math.floor(Math.min(anomalyLimit, report.anomalies.length) / 2);
        text = render(anomalyLimit, serviceLimit);
    }
    return text;
}
function commentMarker(commentId) {
    return `<!-- smanalyzer:${commentId} -->`;
}
/** A second hidden line records the state so a later passing run knows it resolves an earlier failure. */
function stateMarker(state) {
    return `<!-- smanalyzer-state:${state} -->`;
}
function readCommentState(body) {
    const match = /<!-- smanalyzer-state:(anomalies|healthy|resolved) -->/.exec(body);
    return match ? match[1] : null;
}
/** The sticky PR comment; never longer than maxLength (65,536 by default), cut with a link to the summary. */
/** How many findings the PR comment lists (sorted by severity and score); the job summary has the rest. */
const TOP_FINDINGS = 5;
function renderPrComment(report, opts) {
    const maxLength = opts.maxLength ?? GITHUB_COMMENT_LIMIT;
    const hasAnomalies = report.anomalies.length > 0 || report.verdict !== 'pass';
    const resolved = !hasAnomalies && opts.resolvesEarlierFailure === true;
    const state = hasAnomalies ? 'anomalies' : resolved ? 'resolved' : 'healthy';
    const head = [commentMarker(opts.commentId), stateMarker(state)];
    const summaryLink = opts.runUrl ? `[job summary](${encodeURI(opts.runUrl)})` : 'job summary';
    const heading = resolved
        ? '✅ SMAnalyzer: resolved — the latest run found no anomalies'
        : VERDICT_HEADING[report.verdict];
    const render = (anomalyLimit, withCharts = true) => {
        const lines = [
            ...head,
            `### ${heading} · source: ${(0,render_escape/* escapeMarkdown */.F)((0,units/* describeSource */.B6)(report.source, report.mesh))}`,
            '',
            ...(0,origin/* originMarkdown */.O9)(report, render_escape/* escapeMarkdown */.F),
            (0,render_escape/* escapeMarkdown */.F)(report.summary.reason),
            '',
            windowLine(report),
            '',
            policyLine(report),
            '',
        ];
        if (resolved)
            lines.push('An earlier run of this gate flagged anomalies; they are gone in this run.', '');
        const onsets = (0,pre_existing/* splitByOnset */.b)(report.anomalies);
        const { preExisting } = onsets;
        const { own: current, bothVersions } = (0,rollout_views/* splitByRollout */.vc)(onsets.current);
        if (current.length > 0)
            lines.push(...anomalyTable(current, anomalyLimit), '');
        if (bothVersions.length > 0)
            lines.push(`**${rollout_views/* BOTH_VERSIONS_HEADING */.f4}:**`, '', ...anomalyTable(bothVersions, anomalyLimit), '');
        if (preExisting.length > 0)
            lines.push(`**${pre_existing/* PRE_EXISTING_HEADING */.t}:**`, '', ...anomalyTable(preExisting, anomalyLimit), '');
        // Each rollout's row, and the first one's picture of both versions.
        lines.push(...(0,rollout_views/* rolloutMarkdown */.rU)(report, withCharts ? 1 : 0));
        // The first finding's picture in place, the others folded: the comment stays short.
        // Only the listed findings' charts: rendering thousands that the comment never holds made it slow.
        if (withCharts)
            lines.push(...chartSection({ ...report, charts: report.charts?.slice(0, TOP_FINDINGS) }, 1));
        lines.push(`Full report: ${summaryLink}.`, '');
        return lines.join('\n');
    };
    // The top findings only: the job summary holds them all.
    let text = render(TOP_FINDINGS);
    if (text.length <= maxLength)
        return text;
    text = render(TOP_FINDINGS, false);
    // Too long: halve the rows until it fits, then say where the rest is.
    let limit = Math.min(TOP_FINDINGS, report.anomalies.length);
    while (limit > 0 && text.length > maxLength) {
        limit = Math.floor(limit / 2);
        text = render(limit, false);
    }
    if (text.length <= maxLength)
        return text;
    const tail = `\n\n…truncated; see the ${summaryLink}.\n`;
    return text.slice(0, Math.max(0, maxLength - tail.length)) + tail;
}


/***/ }),

/***/ 48453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ stripCells),
/* harmony export */   mS: () => (/* binding */ HEALTH_CLASSES),
/* harmony export */   oo: () => (/* binding */ namespaceHealth),
/* harmony export */   s8: () => (/* binding */ HEALTH_LABEL)
/* harmony export */ });
/* unused harmony export healthClass */
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
/**
 * The mesh at a glance: per namespace, how many services are ok, warn, anomalous or without enough
 * data, as counts and a short strip of coloured squares. Pure; the Markdown and HTML renderers draw it.
 */

const HEALTH_CLASSES = ['anomalous', 'warn', 'insufficient', 'ok'];
const HEALTH_LABEL = {
    ok: 'ok',
    warn: 'warn',
    anomalous: 'anomalous',
    insufficient: 'insufficient data',
};
/**
 * anomalous: a finding that counts against the gate (fail-on or worse, new since the deploy); warn: findings
 * below fail-on or already there before the deploy, or a service that is new or missing; insufficient: too little traffic to judge; ok: judged and healthy.
 */
function healthClass(service, gatingServices) {
    switch (service.status) {
        case 'ok':
            return 'ok';
        case 'insufficient-data':
            return 'insufficient';
        case 'anomalous':
            return gatingServices.has(`${service.namespace}/${service.name}`) ? 'anomalous' : 'warn';
        default:
            return 'warn';
    }
}
/** Namespaces worst first (anomalous, then warn, then insufficient data), then by name. */
function namespaceHealth(report) {
    const failOn = (0,_core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(report.summary.failOn);
    const gating = new Set(report.anomalies
        .filter((f) => (0,_core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(f.severity) >= failOn && f.onset !== 'pre-existing')
        .map((f) => `${f.namespace}/${f.service}`));
    const byNamespace = new Map();
    for (const s of report.services) {
        let entry = byNamespace.get(s.namespace);
        if (!entry) {
            entry = { namespace: s.namespace, counts: { ok: 0, warn: 0, anomalous: 0, insufficient: 0 }, total: 0 };
            byNamespace.set(s.namespace, entry);
        }
        entry.counts[healthClass(s, gating)]++;
        entry.total++;
    }
    return [...byNamespace.values()].sort((a, b) => b.counts.anomalous - a.counts.anomalous ||
        b.counts.warn - a.counts.warn ||
        b.counts.insufficient - a.counts.insufficient ||
        a.namespace.localeCompare(b.namespace));
}
/**
 * The strip's cells: `width` cells shared out in proportion to the counts, every non-zero class keeping at least
 * one cell, so one anomalous service among a thousand still shows.
 */
function stripCells(counts, width = 10) {
    const total = HEALTH_CLASSES.reduce((sum, c) => sum + counts[c], 0);
    if (total === 0)
        return [];
    const cells = Math.min(width, total);
    const present = HEALTH_CLASSES.filter((c) => counts[c] > 0);
    const share = new Map(present.map((c) => [c, 1]));
    let left = cells - present.length;
    // Hand out the remaining cells by largest remainder of the exact share.
    const exact = present.map((c) => ({ c, want: (counts[c] / total) * cells - 1 }));
    while (left > 0) {
        exact.sort((a, b) => b.want - a.want);
        exact[0].want -= 1;
        share.set(exact[0].c, (share.get(exact[0].c) ?? 0) + 1);
        left--;
    }
    return present.flatMap((c) => new Array(share.get(c) ?? 0).fill(c));
}


/***/ })

};
