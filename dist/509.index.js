export const id = 509;
export const ids = [509];
export const modules = {

/***/ 18509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: ./src/files/atomic.ts
var atomic = __webpack_require__(46094);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(37893);
// EXTERNAL MODULE: ./node_modules/commander/index.js + 6 modules
var commander = __webpack_require__(67375);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(56280);
// EXTERNAL MODULE: ./src/config/headers.ts
var headers = __webpack_require__(68404);
// EXTERNAL MODULE: ./src/core/settings.ts + 5 modules
var settings = __webpack_require__(75959);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
;// CONCATENATED MODULE: ./src/cli/flags.ts
/**
 * The CLI's flags for settings, from their declaration (core/settings.ts): each setting's flag declared for
 * commander from there, and parsed once into settings overrides, its message naming the flag.
 */





const collect = (value, previous = []) => [...previous, value];
/** Repeatable and comma separated, like the Action's inputs: -n a,b is -n a -n b. */
const collectList = (value, previous = []) => [
    ...previous,
    // An empty part stays, so an empty namespace is refused like `-n ''`, not read as "all".
    ...value.split(',').map((part) => part.trim()),
];
/** Every flag a setting declares, with the setting (a flag may set a part of its value: the SigV4 signing name). */
const FLAGS = settings/* SETTINGS */.yy.flatMap((setting) => {
    const spec = setting.flag;
    if (!spec)
        return [];
    return [{ spec, setting }, ...(spec.with ? [{ spec: spec.with, setting }] : [])];
});
/** The commander option of a setting's flag (`--step`), as its declaration spells it, with its help line. */
function settingOption(flag) {
    const found = FLAGS.find(({ spec }) => (0,load/* longFlag */.Pv)(spec.flags) === flag);
    if (!found)
        throw new Error(`no setting has the flag ${flag}`);
    const { spec, setting } = found;
    const option = new commander/* Option */.c$(spec.flags, spec.help);
    if (spec !== setting.flag)
        return option;
    if (setting.unit === 'choice' && setting.choices)
        option.choices(setting.choices);
    else if (setting.unit === 'namespaces')
        option.argParser(collectList);
    else if (['headers', 'faults', 'rollouts'].includes(setting.unit))
        option.argParser(collect);
    else if (setting.unit === 'integer')
        option.argParser((v) => Number.parseInt(v, 10));
    return option;
}
/** The key commander keeps a flag's value under: `--prometheus-url` → prometheusUrl. */
const attributeOf = (spec) => new commander/* Option */.c$(spec.flags).attributeName();
function headerFlags(lines) {
    return (0,headers/* parseHeaders */.Q)(lines, (line) => new types/* UserFacingError */.Ui('config', `--prometheus-header "${line.split(':')[0]}…" is not 'Name: value'`, "write it like --prometheus-header 'X-Scope-OrgID: team-a'"));
}
function integer(text, flag) {
    if (text === undefined)
        return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0)
        throw new types/* UserFacingError */.Ui('config', `${flag} "${text}" is not a whole number ≥ 0`, `write it like ${flag} 3`);
    return n;
}
/** A duration flag: the message names the flag, since a bare "5" could have come from anywhere. */
function durationFlag(text, flag) {
    try {
        return (0,load/* parseDuration */.E9)(text);
    }
    catch (e) {
        if (e instanceof types/* UserFacingError */.Ui)
            throw new types/* UserFacingError */.Ui('config', `${flag}: ${e.message}`, e.fix);
        throw e;
    }
}
/**
 * One flag's value in its setting's unit; undefined: not given (an empty value of a unit is not given either,
 * as an empty Action input is not).
 */
function flagValue(setting, spec, flags, env) {
    const flag = (0,load/* longFlag */.Pv)(spec.flags);
    const raw = flags[attributeOf(spec)] ?? (spec.env ? env[spec.env] : undefined);
    if (raw === undefined)
        return undefined;
    const text = typeof raw === 'string' ? raw : undefined;
    switch (setting.unit) {
        case 'duration':
            if (!text)
                return undefined;
            return setting.zeroTurnsOff && text === '0' ? 0 : durationFlag(text, flag);
        case 'count':
            return text ? integer(text, flag) : undefined;
        case 'number': {
            if (!text)
                return undefined;
            const value = Number(text);
            if (!(value > 0))
                throw new types/* UserFacingError */.Ui('config', `${flag} "${text}" is not a positive number`, `write it like ${flag} 1.5`);
            return value;
        }
        case 'severity':
            return text ? (0,load/* parseSeverity */.lv)(text) : undefined;
        case 'headers':
            return Array.isArray(raw) ? headerFlags(raw) : undefined;
        case 'faults':
            return Array.isArray(raw) ? raw.map(load/* parseFault */.Gm) : undefined;
        case 'rollouts':
            return Array.isArray(raw) ? raw.map(load/* parseRollout */.Z4) : undefined;
        case 'sigv4': {
            const service = spec.with ? flags[attributeOf(spec.with)] : undefined;
            return text ? { region: text, service: typeof service === 'string' ? service : 'aps' } : undefined;
        }
        default:
            // Choices were checked by commander; names, paths and versions by the settings' checks.
            return raw;
    }
}
/** Flags override the file; secrets come from the environment so they stay out of shell history. */
function overridesFrom(flags, env, command) {
    if (flags.duration && (flags.from || flags.to)) {
        throw new types/* UserFacingError */.Ui('config', `--duration ${flags.duration} and --${flags.from ? 'from' : 'to'} both given: a window is either timed from now or past`, 'keep --duration for a live window, or --from/--to for a past one');
    }
    const overrides = { prometheus: (0,load/* credentialsFromEnv */.kv)(env) };
    for (const setting of settings/* SETTINGS */.yy) {
        const spec = setting.flag;
        if (!spec || (spec.for && spec.for !== command))
            continue;
        const value = flagValue(setting, spec, flags, env);
        if (value !== undefined)
            (0,settings/* setAt */.ef)(overrides, setting.path, value);
    }
    return overrides;
}

// EXTERNAL MODULE: ./src/core/text-safety.ts
var text_safety = __webpack_require__(65471);
;// CONCATENATED MODULE: ./src/render/json.ts
/** The JSON report as a document: every string stripped of terminal controls and bidi overrides. */

/** `indent` 0: one line (monitor's NDJSON). */
function reportJson(report, indent = 2) {
    const scrub = (_key, value) => typeof value === 'string' ? (0,text_safety/* stripTerminalControls */.ZB)(value) : value;
    return JSON.stringify(report, scrub, indent) + '\n';
}

// EXTERNAL MODULE: ./node_modules/cli-table3/index.js
var cli_table3 = __webpack_require__(25832);
var cli_table3_default = /*#__PURE__*/__webpack_require__.n(cli_table3);
// EXTERNAL MODULE: ./src/render/sparkline.ts
var sparkline = __webpack_require__(22531);
// EXTERNAL MODULE: ./src/render/finding-words.ts
var finding_words = __webpack_require__(88169);
// EXTERNAL MODULE: ./src/render/units.ts
var units = __webpack_require__(33647);
// EXTERNAL MODULE: ./src/render/origin.ts
var origin = __webpack_require__(74284);
// EXTERNAL MODULE: ./src/render/pre-existing.ts
var pre_existing = __webpack_require__(58063);
// EXTERNAL MODULE: ./src/render/rollout-views.ts
var rollout_views = __webpack_require__(49314);
;// CONCATENATED MODULE: ./src/render/text.ts
/**
 * Terminal renderers: a readable text report and a compact table. Pure: a Report in, a string out.
 */







function value(metric, v) {
    return v === null || v === undefined ? '–' : (0,units/* formatMetric */.gI)(metric, v);
}
/**
 * The evidence in the metric's units: observed, expected, the normal range and, where it has one, the threshold.
 * The model's distance and every finding's score are its internals: shown with `verbose` (they are in the JSON).
 */
function describeEvidence(f, verbose = false) {
    // The new version against the old: no learned range, the old version is the expectation.
    if (f.rollout?.moved === 'new')
        return (`${f.rollout.new} ${value(f.metric, f.observed)} · ${f.rollout.old} ${value(f.metric, f.expected)} · ` +
            `threshold ${value(f.metric, f.threshold)}${verbose ? ` · score ${f.score}` : ''}`);
    const [lo, hi] = f.expectedRange;
    const threshold = (0,finding_words/* thresholdInUnits */._l)(f);
    const parts = [
        `observed ${value(f.metric, f.observed)}`,
        `expected ${value(f.metric, f.expected)} (normal ${value(f.metric, lo)}–${value(f.metric, hi)})`,
        ...(threshold ? [`${f.detector === 'rule' ? 'threshold' : 'bound'} ${threshold}`] : []),
        ...(verbose ? [(0,finding_words/* modelInternals */.Ej)(f)] : []),
    ];
    return parts.join(' · ');
}
function header(report) {
    const lines = [
        `SMAnalyzer ${report.tool.version} — verdict ${report.verdict.toUpperCase()}${report.partial ? ' (PARTIAL DATA)' : ''} — source: ${(0,units/* describeSource */.B6)(report.source, report.mesh)}`,
        `Window:   ${report.window.from} → ${report.window.to}`,
    ];
    if (report.baseline) {
        const b = report.baseline;
        lines.push(`Baseline: ${b.path}, learned ${b.createdAt} (age ${(0,units/* formatAge */.nV)(b.ageSeconds)}) from ${b.window.from} → ${b.window.to}, ${b.services} services`);
    }
    else {
        lines.push('Baseline: none');
    }
    return lines;
}
function renderText(report, options = {}) {
    const lines = header(report);
    const charts = report.charts ?? [];
    lines.push('', ...(0,origin/* originText */.CQ)(report));
    const onsets = (0,pre_existing/* splitByOnset */.b)(report.anomalies);
    const { preExisting } = onsets;
    const drawn = [];
    const { own: current, bothVersions } = (0,rollout_views/* splitByRollout */.vc)(onsets.current);
    const list = (findings) => {
        for (const f of findings) {
            lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${f.namespace}/${f.service}  ${f.type}  [${f.detector}]`);
            lines.push(`           ${f.description}`);
            lines.push(`           ${describeEvidence(f, options.verbose)}`);
            const chart = charts.find((c) => c.namespace === f.namespace && c.service === f.service && c.metric === f.metric);
            if (chart) {
                lines.push(`           ${(0,sparkline/* chartLine */.BC)(chart, options.ascii ?? true)}`);
                drawn.push(chart);
            }
            if (f.origin)
                lines.push(`           follows ${f.origin}`);
        }
    };
    if (current.length === 0) {
        lines.push(preExisting.length > 0 ? 'No new anomalies.' : 'No anomalies.');
    }
    else {
        lines.push(`Anomalies (${current.length}):`);
        list(current);
    }
    if (bothVersions.length > 0) {
        lines.push('', `${rollout_views/* BOTH_VERSIONS_HEADING */.f4} (${bothVersions.length}):`);
        list(bothVersions);
    }
    if (preExisting.length > 0) {
        lines.push('', `${pre_existing/* PRE_EXISTING_HEADING */.t} (${preExisting.length}):`);
        list(preExisting);
    }
    if (drawn.length > 0)
        lines.push('', (0,sparkline/* chartLegend */.k2)(drawn, options.ascii ?? true));
    lines.push('');
    lines.push(...(0,rollout_views/* rolloutText */.pY)(report, options.ascii ?? true));
    lines.push('Services:');
    const width = Math.max(...report.services.map((s) => `${s.namespace}/${s.name}`.length), 10);
    for (const s of report.services) {
        const p99 = s.metrics.latencyP99?.observed;
        const err = s.metrics.errorRatio?.observed;
        const detail = s.reason ??
            (s.layer === 'l4'
                ? `${s.requests} connections; ${(0,units/* describeL4Only */.aT)(report.mesh)}`
                : `${s.requests} requests, errors ${value('errorRatio', err)}, p99 ${value('latencyP99', p99)}`);
        lines.push(`  ${s.status.padEnd(17)} ${`${s.namespace}/${s.name}`.padEnd(width)}  ${detail}`);
    }
    for (const note of report.notes)
        lines.push(`Note: ${note}`);
    lines.push('');
    lines.push(`Verdict: ${report.verdict.toUpperCase()} — ${report.summary.reason}`);
    return lines.join('\n') + '\n';
}
function renderTable(report) {
    const table = new (cli_table3_default())({
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

;// CONCATENATED MODULE: ./src/render/formats.ts


const REPORT_FORMATS = [
    {
        name: 'text',
        reads: 'shown',
        colour: true,
        render: (report, { ascii, verbose }) => renderText(report, { ascii, verbose }),
    },
    { name: 'table', reads: 'shown', colour: true, render: (report) => renderTable(report) },
    {
        name: 'json',
        reads: 'whole',
        colour: false,
        render: (report, { lines }) => lines ? reportJson({ time: new Date(lines()).toISOString(), ...report }, 0) : reportJson(report),
    },
    {
        name: 'markdown',
        reads: 'shown',
        colour: false,
        render: async (report, { history }) => (await __webpack_require__.e(/* import() */ 461).then(__webpack_require__.bind(__webpack_require__, 52461))).renderSummaryMarkdown(report, { history }),
    },
    {
        name: 'html',
        reads: 'shown',
        colour: false,
        render: async (report, { history }) => (await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 75351))).renderHtmlReport(report, { history }),
    },
];
const REPORT_FORMAT_NAMES = REPORT_FORMATS.map((format) => format.name);
/** The format named, or text (the default) for a name no entry has. */
function reportFormat(name) {
    return REPORT_FORMATS.find((format) => format.name === name) ?? REPORT_FORMATS[0];
}

// EXTERNAL MODULE: ./src/render/status-report.ts + 1 modules
var status_report = __webpack_require__(77619);
// EXTERNAL MODULE: ./src/app/history-file.ts + 1 modules
var history_file = __webpack_require__(66142);
// EXTERNAL MODULE: ./src/core/scan-history.ts
var scan_history = __webpack_require__(9931);
;// CONCATENATED MODULE: ./src/cli/keep-history.ts



function historyOptions(command) {
    return command
        .option('--history <path>', 'scan history, one JSON line per scan (default: <baseline>.history.jsonl)')
        .option('--history-limit <n>', `scans the history keeps (default ${scan_history/* DEFAULT_HISTORY_LIMIT */.ZI})`);
}
function historyPath(flags, baselinePath) {
    return flags.history ?? (0,history_file/* defaultHistoryPath */.vd)(baselinePath);
}
function historyLimit(flags) {
    if (flags.historyLimit === undefined)
        return scan_history/* DEFAULT_HISTORY_LIMIT */.ZI;
    const n = Number(flags.historyLimit);
    if (!Number.isInteger(n) || n < 1)
        throw new types/* UserFacingError */.Ui('config', `--history-limit "${flags.historyLimit}" is not a whole number ≥ 1`, 'write it like --history-limit 500');
    return n;
}
/**
 * Append this scan; the whole history (oldest first) for the renderers. Problems are logged, never thrown. A scan
 * with injected faults is an experiment, not the mesh's record: twenty `--inject` tries must not make `status`
 * report twenty failed scans, so it is shown beside the history but written to it only where --history says so.
 */
function recordScan(report, flags, baselinePath, now, log) {
    const path = historyPath(flags, baselinePath);
    const limit = historyLimit(flags);
    const experiment = (flags.inject?.length ?? 0) > 0 && flags.history === undefined;
    if (experiment) {
        log(`Note: a scan with --inject is an experiment: not added to ${path} (give --history PATH to keep it)`);
        try {
            const read = (0,history_file/* readHistory */.Lu)(path);
            for (const note of read.notes)
                log(`Note: ${note}`);
            return [...read.entries, (0,scan_history/* historyEntry */.xg)(report, now)].slice(-limit);
        }
        catch {
            log(`Warning: ${path} could not be read: the report shows this scan without the history`);
            return [(0,scan_history/* historyEntry */.xg)(report, now)];
        }
    }
    try {
        const { entries, notes } = (0,history_file/* appendHistory */.b8)(path, (0,scan_history/* historyEntry */.xg)(report, now), limit);
        for (const note of notes)
            log(`Note: ${note}`);
        return entries;
    }
    catch (error) {
        if (!(error instanceof types/* UserFacingError */.Ui))
            throw error;
        log(`Warning: ${error.message} (fix: ${error.fix})`);
        return [(0,scan_history/* historyEntry */.xg)(report, now)];
    }
}

// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(38019);
;// CONCATENATED MODULE: ./src/cli/safe-output.ts
/**
 * The CLI's streams as the terminal (or a CI runner reading them) receives them: no ANSI escape or bidi
 * override that a label or a Kubernetes message carried, and no line that a runner would take for a
 * workflow command (see core/text-safety.ts).
 */

function safeStream(stream) {
    return {
        write: (text) => stream.write((0,text_safety/* safeBlock */.BW)(String(text))),
        get isTTY() {
            return stream.isTTY;
        },
    };
}

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
;// CONCATENATED MODULE: ./src/cli/colour.ts
/**
 * Colour for the text report on a terminal: the verdict and the severities stand out. Off when stdout is not a
 * terminal, when NO_COLOR is set to anything non-empty (https://no-color.org), or TERM is dumb; FORCE_COLOR turns
 * it on anywhere.
 */
const CODES = { red: 31, yellow: 33, green: 32, magenta: 35, bold: 1 };
const paint = (code, text) => `\x1b[${code}m${text}\x1b[0m`;
function wantsColour(out, env) {
    if (env.NO_COLOR)
        return false;
    if (env.FORCE_COLOR && env.FORCE_COLOR !== '0')
        return true;
    return Boolean(out.isTTY) && env.TERM !== 'dumb';
}
const VERDICT = { PASS: CODES.green, WARN: CODES.yellow, FAIL: CODES.red };
const SEVERITY = { critical: CODES.magenta, high: CODES.red, medium: CODES.yellow, low: CODES.bold };
/** Paints the words of the rendered report; the text is otherwise unchanged. */
function colourReport(text) {
    return text
        .replace(/\b(PASS|WARN|FAIL)\b/g, (word) => paint(VERDICT[word], word))
        .replace(/\b(CRITICAL|HIGH|MEDIUM|LOW)\b/g, (word) => paint(SEVERITY[word.toLowerCase()], word));
}

;// CONCATENATED MODULE: ./src/cli/progress.ts

/**
 * Progress for timed scans: a redrawn bar on a terminal, plain periodic lines otherwise (CI logs).
 */
function createProgress(out, now) {
    let lastLine = -Infinity;
    let lastPercent = -1;
    return (fraction, rawMessage) => {
        // The bar is ours; the message may quote a cluster's text: one escaped line, no terminal controls.
        const message = (0,text_safety/* escapeLogLine */._P)(rawMessage);
        const percent = Math.max(0, Math.min(100, Math.round(fraction * 100)));
        if (out.isTTY) {
            const filled = Math.round(percent / 5);
            out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${String(percent).padStart(3)}% ${message}\x1b[K`);
            if (percent >= 100)
                out.write('\n');
            return;
        }
        // Not a terminal: one line every 30 s or at the end, so logs stay readable.
        if ((now() - lastLine >= 30_000 && percent !== lastPercent) || (percent >= 100 && lastPercent < 100)) {
            out.write(`progress: ${percent}% ${message}\n`);
            lastLine = now();
            lastPercent = percent;
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/learn-command.ts
/**
 * The `learn` command a fix line offers, as the user would run it here: the connection flags they gave this
 * command (source, Prometheus, cluster, namespaces, config, baseline, the simulated mesh's shape), so it runs as
 * pasted. A header that carries a credential is named, never repeated: its value stays out of every log.
 */

/** A shell word: quoted when it holds anything a shell would read differently. */
function shellWord(text) {
    return /^[A-Za-z0-9_./:=@%+,~-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function learnCommandFrom(flags) {
    const words = ['smanalyzer', 'learn'];
    const add = (flag, value) => {
        if (typeof value === 'string' && value !== '')
            words.push(flag, shellWord(value));
        else if (typeof value === 'number')
            words.push(flag, String(value));
    };
    add('--config', flags.config);
    add('--source', flags.source);
    add('--mesh', flags.mesh);
    add('--prometheus-url', flags.prometheusUrl);
    const secretHeaders = [];
    for (const header of flags.prometheusHeader ?? []) {
        const name = header.split(':')[0].trim();
        if ((0,secrets/* isSecretHeader */.io)(name))
            secretHeaders.push(name);
        else
            add('--prometheus-header', header);
    }
    add('--prometheus-ca', flags.prometheusCa);
    add('--prometheus-sigv4-region', flags.prometheusSigv4Region);
    add('--prometheus-sigv4-service', flags.prometheusSigv4Service);
    if (flags.insecureSkipTlsVerify)
        words.push('--insecure-skip-tls-verify');
    add('--kubeconfig', flags.kubeconfig);
    add('--context', flags.context);
    for (const namespace of flags.namespace ?? [])
        add('--namespace', namespace);
    add('--step', flags.step);
    add('--topology', flags.topology);
    add('--seed', flags.seed);
    add('--baseline', flags.baseline);
    const same = secretHeaders.length
        ? ` (with the same --prometheus-header ${secretHeaders.map((n) => `'${n}: …'`).join(', ')})`
        : '';
    return words.join(' ') + same;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The `smanalyzer` command line: learn, scan, status, monitor (and demo). Flags → config, one error
 * boundary that turns every failure into a cause, a fix and an exit code: 0 pass/warn, 1 gate failed,
 * 2 bad input or environment error.
 */


















const EXIT = { ok: 0, gateFailed: 1, error: 2 };
/** Thrown inside an action to end with a given exit code after the report has been printed. */
class ExitSignal extends Error {
    code;
    constructor(code) {
        super(`exit ${code}`);
        this.code = code;
    }
}
/** What every command that reads the mesh takes: where from, which part of it, which baseline. */
function connectionOptions(command) {
    return command
        .addOption(settingOption('--source'))
        .addOption(settingOption('--mesh'))
        .addOption(settingOption('--namespace'))
        .option('-c, --config <file>', 'YAML config file')
        .addOption(settingOption('--baseline'))
        .addOption(settingOption('--kubeconfig'))
        .addOption(settingOption('--context'))
        .addOption(settingOption('--prometheus-url'))
        .addOption(settingOption('--prometheus-header'))
        .addOption(settingOption('--prometheus-ca'))
        .addOption(settingOption('--insecure-skip-tls-verify'))
        .addOption(settingOption('--prometheus-sigv4-region'))
        .addOption(settingOption('--prometheus-sigv4-service'))
        .addOption(settingOption('--timeout'))
        .addOption(settingOption('--deadline'))
        .option('-q, --quiet', 'print only the result, warnings and errors (no progress or notes)')
        .option('--debug', 'print stack traces');
}
/** learn, scan and monitor read a window; the simulated mesh's flags go with them. */
function commonOptions(command) {
    return connectionOptions(command)
        .option('--from <time>', 'start of a past window: RFC3339, unix seconds, or relative like -15m')
        .option('--to <time>', 'end of a past window (default: now)')
        .addOption(settingOption('--duration'))
        .addOption(settingOption('--step'))
        .addOption(settingOption('--interval'))
        .addOption(settingOption('--topology'))
        .addOption(settingOption('--seed'))
        .addOption(settingOption('--inject'))
        .addOption(settingOption('--rollout'));
}
function scanOptions(command) {
    return historyOptions(command)
        .option('--report-html <path>', 'also write the HTML report (one self-contained file) to this path')
        .addOption(new commander/* Option */.c$('-o, --output <format>', 'report format').choices(REPORT_FORMAT_NAMES).default('text'))
        .option('--report <path>', 'also write the JSON report to this file')
        .option('--verbose', "text report: show the model's internals (distance, threshold, score) beside each finding")
        .addOption(settingOption('--fail-on'))
        .addOption(settingOption('--max-anomalies'))
        .addOption(settingOption('--sensitivity'))
        .addOption(settingOption('--min-requests'))
        .addOption(settingOption('--warn-only'))
        .option('--deployed-at <time>', 'when the deploy happened, like --from (default: the scan window start)')
        .addOption(settingOption('--before'))
        .addOption(settingOption('--new-version'))
        .addOption(settingOption('--old-version'))
        .addOption(settingOption('--compare-versions'))
        .addOption(settingOption('--on-error'));
}
async function main(argv, cliIo) {
    // Every byte this command prints or writes passes the redactor: no credential reaches a log or a file.
    const redactor = new secrets/* SecretRedactor */.pE().addFromEnv(cliIo.env);
    // And no terminal control or workflow command that untrusted text carried (progress draws its own bar).
    const redactedErr = redactor.wrap(cliIo.stderr);
    const io = {
        ...cliIo,
        stdout: safeStream(redactor.wrap(cliIo.stdout)),
        stderr: safeStream(redactedErr),
        paintedOut: redactor.wrap(cliIo.stdout),
    };
    const log = (line) => io.stderr.write((0,text_safety/* escapeLogLine */._P)(line) + '\n');
    const state = { debug: argv.includes('--debug') };
    const program = new commander/* Command */.uB('smanalyzer')
        .description('Gate deploys on service-mesh health (Istio, ambient, Linkerd): learn a baseline, scan, fail on anomalies.')
        .version(version/* TOOL_VERSION */.w)
        .exitOverride()
        .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
        .showSuggestionAfterError(true);
    const context = commandContext(io, redactor, redactedErr, log, state);
    const kit = { io, log, context, runScanCommand: scanRunner(io, redactor, context) };
    addLearnAndScan(program, kit);
    addStatus(program, kit);
    addMonitor(program, kit);
    addVersionAndDemo(program, kit);
    try {
        await program.parseAsync(argv, { from: 'user' });
        return EXIT.ok;
    }
    catch (error) {
        return exitCodeFor(error, io, state.debug, program.commands.map((c) => c.name()).find((name) => argv.includes(name)));
    }
}
/**
 * The run context a command's flags make: the settings (loaded once, their secrets added to the redactor), the
 * clock, the log (quiet: warnings only), progress, and the learn command a fix line offers.
 */
function commandContext(io, redactor, redactedErr, log, state) {
    const now = io.now ?? Date.now;
    return (flags, command) => {
        state.debug = Boolean(flags.debug);
        // Quiet keeps what needs a person: warnings (and errors, which the boundary below prints).
        const quiet = Boolean(flags.quiet);
        const config = (0,load/* loadConfig */.Z9)({
            file: flags.config,
            overrides: overridesFrom(flags, io.env, command),
            // One rule for every command: learn and scan judge a mesh, so they never fall back to the simulator;
            // status only describes, so with nothing named it says so.
            inferSource: {
                clusterGiven: Boolean(io.env.KUBECONFIG || io.env.KUBERNETES_SERVICE_HOST),
                surface: 'cli',
                optional: command === 'status',
            },
        });
        redactor.addFromConfig(config, io.env);
        return {
            config,
            now,
            log: quiet ? (line) => void (line.startsWith('Warning:') && log(line)) : log,
            sleep: io.sleep,
            window: { from: flags.from, to: flags.to },
            deployedAt: flags.deployedAt,
            onProgress: quiet ? undefined : createProgress(redactedErr, now),
            learnCommand: learnCommandFrom(flags),
        };
    };
}
/** A scan as the scan, monitor and demo commands run it: settings, the pipeline, the history, the report out. */
function scanRunner(io, redactor, context) {
    const now = io.now ?? Date.now;
    /** monitor: the notes already printed, so each is said once per run, not in every round's report. */
    const notesShown = new Set();
    return async (flags, lines = false) => {
        const ctx = context(flags, 'scan');
        const outputs = flags.report ? [{ path: flags.report, what: 'the report', flag: '--report' }] : [];
        const { runScan } = await Promise.all(/* import() */[__webpack_require__.e(502), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 88399));
        if (flags.reportHtml)
            outputs.push({ path: flags.reportHtml, what: 'the HTML report', flag: '--report-html' });
        const report = await runScan({ ...ctx, outputs });
        const history = recordScan(report, flags, ctx.config.baselinePath, now(), ctx.log);
        // The JSON documents keep every note (a reader of one line needs them); what a person reads says each once.
        const shown = lines ? { ...report, notes: report.notes.filter((note) => !notesShown.has(note)) } : report;
        for (const note of report.notes)
            notesShown.add(note);
        await emitReport(report, flags, io, (text) => redactor.redact(text), history, lines ? now : null, shown);
        return report;
    };
}
function addLearnAndScan(program, { context, runScanCommand }) {
    commonOptions(program.command('learn').description('learn a baseline of normal behaviour and write it atomically')).action(async (flags) => {
        const { runLearn } = await Promise.all(/* import() */[__webpack_require__.e(502), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 88399));
        await runLearn(context(flags, 'learn'));
    });
    scanOptions(commonOptions(program.command('scan').description('scan the mesh against the baseline and judge it'))).action(async (flags) => {
        const report = await runScanCommand(flags);
        if (report.verdict === 'fail')
            throw new ExitSignal(EXIT.gateFailed);
    });
}
function addStatus(program, { io, context }) {
    historyOptions(connectionOptions(program.command('status').description('cluster, mesh, baseline and thresholds at a glance')))
        .addOption(new commander/* Option */.c$('-o, --output <format>', 'output format').choices(status_report/* STATUS_FORMAT_NAMES */.yM).default('text'))
        .action(async (flags) => {
        const { runStatus } = await __webpack_require__.e(/* import() */ 178).then(__webpack_require__.bind(__webpack_require__, 95178));
        const ctx = context(flags, 'status');
        const { text, connectionError } = await runStatus(ctx, flags.output, historyPath(flags, ctx.config.baselinePath));
        io.stdout.write(text);
        // The rest of the status is still worth printing, but a cluster we could not read is an error.
        if (connectionError)
            throw connectionError;
    });
}
function addMonitor(program, { io, runScanCommand }) {
    scanOptions(commonOptions(program.command('monitor').description('scan repeatedly until stopped (Ctrl-C)')))
        .option('--every <duration>', 'time between scans (default 1m)')
        .option('--count <n>', 'stop after this many scans')
        .action(async (flags) => {
        const every = flags.every ? durationFlag(flags.every, '--every') : 60_000;
        const count = integer(flags.count, '--count') ?? Infinity;
        const pause = io.sleep ?? retry/* sleep */.yy;
        let last = null;
        for (let i = 0; i < count; i++) {
            if (i > 0)
                await pause(every);
            // A monitor has no deploy of its own: it compares with the time before one only when told when.
            last = await runScanCommand(flags.deployedAt ? flags : { ...flags, before: '0' }, true);
        }
        if (last?.verdict === 'fail')
            throw new ExitSignal(EXIT.gateFailed);
    });
}
function addVersionAndDemo(program, { io, log, context, runScanCommand }) {
    program
        .command('version')
        .description('print the version')
        .action(() => {
        io.stdout.write(version/* TOOL_VERSION */.w + '\n');
    });
    program
        .command('demo')
        .description('learn a simulated Bookinfo mesh, then scan it with a fault injected (no cluster needed)')
        .option('--inject <fault>', 'fault to inject, SERVICE:TYPE[:MAGNITUDE]', 'reviews:latency')
        .option('--baseline <path>', 'where to write the demo baseline', 'smanalyzer-demo-baseline.json')
        .addOption(settingOption('--mesh'))
        .addOption(settingOption('--rollout'))
        .action(async (flags) => {
        const { runLearn } = await Promise.all(/* import() */[__webpack_require__.e(502), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 88399));
        // The same mesh for both steps; the rollout and the fault only in the scan, as after a deploy.
        const mesh = flags.mesh ? { mesh: flags.mesh } : {};
        const meshFlag = flags.mesh ? ` --mesh ${flags.mesh}` : '';
        const rolloutFlags = (flags.rollout ?? []).map((rollout) => ` --rollout ${rollout}`).join('');
        log(`$ smanalyzer learn --source simulated${meshFlag} --baseline ${flags.baseline}`);
        await runLearn(context({ source: 'simulated', baseline: flags.baseline, ...mesh }, 'learn'));
        log(`$ smanalyzer scan --source simulated${meshFlag} --baseline ${flags.baseline}${rolloutFlags} --inject ${flags.inject}`);
        const report = await runScanCommand({
            source: 'simulated',
            baseline: flags.baseline,
            inject: [flags.inject],
            output: 'text',
            ...mesh,
            ...(flags.rollout ? { rollout: flags.rollout } : {}),
        });
        if (report.verdict === 'fail')
            throw new ExitSignal(EXIT.gateFailed);
    });
}
async function emitReport(report, flags, io, redact, history, 
/** monitor: one JSON document per line, stamped with its time (NDJSON), so a log can be streamed. */
jsonLinesClock = null, 
/** What a person reads on stdout (text, table, Markdown, HTML): the report less notes already printed. */
shown = report) {
    const path = flags.report;
    const format = reportFormat(flags.output);
    const text = await format.render(format.reads === 'whole' ? report : shown, {
        ascii: (0,sparkline/* wantsAscii */.pz)(io.stdout, io.env),
        verbose: Boolean(flags.verbose),
        history,
        ...(jsonLinesClock ? { lines: jsonLinesClock } : {}),
    });
    if (format.colour && io.paintedOut && wantsColour(io.stdout, io.env))
        io.paintedOut.write(colourReport((0,text_safety/* safeBlock */.BW)(text)));
    else
        io.stdout.write(text);
    if (flags.reportHtml) {
        try {
            const html = await reportFormat('html').render(report, { ascii: false, verbose: false, history });
            // Files are read with cat and less too: no terminal control or bidi override from Prometheus text, as on stdout.
            (0,atomic/* writeFileAtomically */.lo)(flags.reportHtml, redact((0,text_safety/* stripTerminalControls */.ZB)(html)));
        }
        catch (e) {
            throw new types/* UserFacingError */.Ui('config', `cannot write the HTML report to ${flags.reportHtml}: ${e.code}`, 'check the --report-html path');
        }
    }
    if (path) {
        try {
            (0,atomic/* writeFileAtomically */.lo)(path, redact(reportJson(report)));
        }
        catch (e) {
            throw new types/* UserFacingError */.Ui('config', `cannot write the report to ${path}: ${e.code}`, 'check the --report path');
        }
    }
}
/** The one place a failure becomes a message and an exit code. */
function exitCodeFor(error, io, debug, command) {
    if (error instanceof ExitSignal)
        return error.code;
    if (error instanceof commander/* CommanderError */.b7) {
        // --help and --version end here too, with code 0; commander already printed its message.
        if (error.exitCode === 0 ||
            error.code === 'commander.helpDisplayed' ||
            error.code === 'commander.version')
            return EXIT.ok;
        io.stderr.write(`Fix: run "smanalyzer ${command ? `${command} ` : ''}--help" for the ${command ? 'flags' : 'commands and flags'}.\n`);
        return EXIT.error;
    }
    if (error instanceof types/* UserFacingError */.Ui) {
        io.stderr.write(`Error: ${error.message}\nFix: ${error.fix}\n`);
        if (debug && error.stack)
            io.stderr.write(error.stack + '\n');
        return EXIT.error;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`Error: unexpected failure: ${message.split('\n')[0]}\nFix: rerun with --debug and report it with the output\n`);
    if (debug && error instanceof Error && error.stack)
        io.stderr.write(error.stack + '\n');
    return EXIT.error;
}


/***/ })

};
