export const id = 749;
export const ids = [749];
export const modules = {

/***/ 8749:
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
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/cli/flags.ts
/** The CLI's flags as settings overrides: each flag parsed once, its message naming the flag. */



function headerFlags(lines) {
    if (!lines)
        return undefined;
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
/** Flags override the file; secrets come from the environment so they stay out of shell history. */
function overridesFrom(flags, env, command) {
    if (flags.duration && (flags.from || flags.to)) {
        throw new types/* UserFacingError */.Ui('config', `--duration ${flags.duration} and --${flags.from ? 'from' : 'to'} both given: a window is either timed from now or past`, 'keep --duration for a live window, or --from/--to for a past one');
    }
    const duration = flags.duration ? durationFlag(flags.duration, '--duration') : undefined;
    const sensitivity = flags.sensitivity !== undefined ? Number(flags.sensitivity) : undefined;
    if (sensitivity !== undefined && !(sensitivity > 0)) {
        throw new types/* UserFacingError */.Ui('config', `--sensitivity "${flags.sensitivity}" is not a positive number`, 'write it like --sensitivity 1.5');
    }
    const user = env.PROMETHEUS_USERNAME;
    return {
        source: flags.source,
        mesh: flags.mesh,
        namespaces: flags.namespace,
        baselinePath: flags.baseline,
        stepMs: flags.step ? durationFlag(flags.step, '--step') : undefined,
        learnDurationMs: command === 'learn' ? duration : undefined,
        scanDurationMs: command === 'scan' ? duration : undefined,
        kube: { kubeconfig: flags.kubeconfig, context: flags.context },
        prometheus: {
            url: flags.prometheusUrl ?? env.PROMETHEUS_URL,
            headers: headerFlags(flags.prometheusHeader),
            bearerToken: env.PROMETHEUS_TOKEN || undefined,
            basicAuth: user ? { username: user, password: env.PROMETHEUS_PASSWORD ?? '' } : undefined,
            caFile: flags.prometheusCa,
            insecureSkipVerify: flags.insecureSkipTlsVerify,
            sigv4: flags.prometheusSigv4Region
                ? { region: flags.prometheusSigv4Region, service: flags.prometheusSigv4Service ?? 'aps' }
                : undefined,
            timeoutMs: flags.timeout ? durationFlag(flags.timeout, '--timeout') : undefined,
            deadlineMs: flags.deadline ? durationFlag(flags.deadline, '--deadline') : undefined,
        },
        sidecars: { intervalMs: flags.interval ? durationFlag(flags.interval, '--interval') : undefined },
        simulated: {
            topology: flags.topology,
            seed: flags.seed,
            faults: flags.inject?.map(load/* parseFault */.Gm),
            rollouts: flags.rollout?.map(load/* parseRollout */.Z4),
        },
        rollout: {
            newVersion: flags.newVersion,
            oldVersion: flags.oldVersion,
            compareVersions: flags.compareVersions,
        },
        model: { sensitivity },
        gate: {
            failOn: flags.failOn ? (0,load/* parseSeverity */.lv)(flags.failOn) : undefined,
            maxAnomalies: integer(flags.maxAnomalies, '--max-anomalies'),
            minRequests: integer(flags.minRequests, '--min-requests'),
            warnOnly: flags.warnOnly,
            onError: flags.onError,
            before: flags.before === undefined
                ? undefined
                : flags.before === '0'
                    ? 0
                    : durationFlag(flags.before, '--before'),
        },
    };
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

// EXTERNAL MODULE: ./src/app/history.ts + 1 modules
var app_history = __webpack_require__(18089);
// EXTERNAL MODULE: ./src/core/history.ts
var core_history = __webpack_require__(28863);
;// CONCATENATED MODULE: ./src/cli/history.ts



function historyOptions(command) {
    return command
        .option('--history <path>', 'scan history, one JSON line per scan (default: <baseline>.history.jsonl)')
        .option('--history-limit <n>', `scans the history keeps (default ${core_history/* DEFAULT_HISTORY_LIMIT */.ZI})`);
}
function historyPath(flags, baselinePath) {
    return flags.history ?? (0,app_history/* defaultHistoryPath */.vd)(baselinePath);
}
function historyLimit(flags) {
    if (flags.historyLimit === undefined)
        return core_history/* DEFAULT_HISTORY_LIMIT */.ZI;
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
    if ((flags.inject?.length ?? 0) > 0 && flags.history === undefined) {
        log(`Note: a scan with --inject is an experiment: not added to ${path} (give --history PATH to keep it)`);
        const { entries } = (0,app_history/* readHistory */.Lu)(path);
        return [...entries.slice(-(limit - 1)), (0,core_history/* historyEntry */.xg)(report, now)];
    }
    try {
        const { entries, notes } = (0,app_history/* appendHistory */.b8)(path, (0,core_history/* historyEntry */.xg)(report, now), limit);
        for (const note of notes)
            log(`Note: ${note}`);
        return entries;
    }
    catch (error) {
        if (!(error instanceof types/* UserFacingError */.Ui))
            throw error;
        log(`Warning: ${error.message} (fix: ${error.fix})`);
        return [(0,core_history/* historyEntry */.xg)(report, now)];
    }
}

// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(38019);
// EXTERNAL MODULE: ./src/core/text-safety.ts
var text_safety = __webpack_require__(65471);
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
const collect = (value, previous = []) => [...previous, value];
/** Repeatable and comma separated, like the Action's inputs: -n a,b is -n a -n b. */
const collectList = (value, previous = []) => [
    ...previous,
    // An empty part stays, so an empty namespace is refused like `-n ''`, not read as "all".
    ...value.split(',').map((part) => part.trim()),
];
/** What every command that reads the mesh takes: where from, which part of it, which baseline. */
function connectionOptions(command) {
    return command
        .addOption(new commander/* Option */.c$('--source <source>', 'where metrics come from').choices([
        'simulated',
        'prometheus',
        'sidecars',
    ]))
        .addOption(new commander/* Option */.c$('--mesh <mesh>', 'mesh dialect to read (default auto: from the cluster, else the metrics)').choices(['auto', ...types/* MESH_NAMES */.rC]))
        .option('-n, --namespace <ns>', 'namespace to analyse (repeatable or comma separated; default: all)', collectList)
        .option('-c, --config <file>', 'YAML config file')
        .option('-b, --baseline <path>', 'baseline artifact path (default: smanalyzer-baseline.json)')
        .option('--kubeconfig <path>', 'kubeconfig file (default: KUBECONFIG, ~/.kube/config, in-cluster)')
        .option('--context <name>', 'kubeconfig context')
        .option('--prometheus-url <url>', 'Prometheus (or Thanos, Mimir, VictoriaMetrics) base URL')
        .option('--prometheus-header <header>', "extra HTTP header 'Name: value' (repeatable)", collect)
        .option('--prometheus-ca <file>', 'CA bundle for a Prometheus behind TLS')
        .option('--insecure-skip-tls-verify', 'do not verify the Prometheus TLS certificate')
        .option('--prometheus-sigv4-region <region>', 'sign Prometheus requests with AWS SigV4 for this region (Amazon Managed Service for Prometheus); credentials from the AWS default chain')
        .option('--prometheus-sigv4-service <name>', 'the SigV4 signing name (default aps)')
        .option('--timeout <duration>', "Prometheus: time allowed per request (default 2m, as the server's --query.timeout)")
        .option('--deadline <duration>', 'Prometheus: time allowed for the whole collection (default: sized from the work)')
        .option('-q, --quiet', 'print only the result, warnings and errors (no progress or notes)')
        .option('--debug', 'print stack traces');
}
/** learn, scan and monitor read a window; the simulated mesh's flags go with them. */
function commonOptions(command) {
    return connectionOptions(command)
        .option('--from <time>', 'start of a past window: RFC3339, unix seconds, or relative like -15m')
        .option('--to <time>', 'end of a past window (default: now)')
        .option('-d, --duration <duration>', 'length of a timed window, like 5m')
        .option('--step <duration>', 'sample resolution (default 15s)')
        .option('--interval <duration>', 'sidecar scrape interval (default 15s)')
        .option('--topology <name>', 'simulated mesh: bookinfo, boutique, generated:N, realistic:<one of them>')
        .option('--seed <n>', 'simulated mesh seed', (v) => Number.parseInt(v, 10))
        .option('--inject <fault>', "simulated fault SERVICE[@VERSION]:TYPE[:MAGNITUDE] (repeatable; @VERSION: a rollout's new version only)", collect)
        .option('--rollout <rollout>', 'simulated rollout SERVICE:VERSION[:SHARE]: from the deploy on, SHARE of its requests (default 20%) go to VERSION beside v1 (repeatable)', collect);
}
function renderReport(report, format, ascii, verbose) {
    switch (format) {
        case 'json':
            return reportJson(report);
        case 'table':
            return renderTable(report);
        default:
            return renderText(report, { ascii, verbose });
    }
}
function scanOptions(command) {
    return historyOptions(command)
        .option('--report-html <path>', 'also write the HTML report (one self-contained file) to this path')
        .addOption(new commander/* Option */.c$('-o, --output <format>', 'report format')
        .choices(['text', 'table', 'json', 'markdown', 'html'])
        .default('text'))
        .option('--report <path>', 'also write the JSON report to this file')
        .option('--verbose', "text report: show the model's internals (distance, threshold, score) beside each finding")
        .option('--fail-on <severity>', 'lowest severity that fails the gate: low, medium, high, critical (default high)')
        .option('--max-anomalies <n>', 'anomalies at or above --fail-on allowed before failing (default 0)')
        .option('--sensitivity <x>', 'model sensitivity: above 1 flags smaller deviations (default 1)')
        .option('--min-requests <n>', 'requests a service needs in the window to be judged (default 100)')
        .option('--warn-only', 'advisory: report, never fail')
        .option('--deployed-at <time>', 'when the deploy happened, like --from (default: the scan window start)')
        .option('--before <duration>', 'reference window before the deploy to tell new from pre-existing (default 30m, 0 = off)')
        .option('--new-version <version>', "a rollout's new version, as its version label says (default: found from the data)")
        .option('--old-version <version>', "a rollout's old version (default: every version but the new one)")
        .option('--compare-versions', 'judge the new version of each rollout against the old only, with no baseline (for teams without one yet)')
        .addOption(new commander/* Option */.c$('--on-error <policy>', 'cluster or Prometheus failing mid-scan: fail (exit 2) or warn (partial report, exit 0)').choices(['fail', 'warn']));
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
    const now = io.now ?? Date.now;
    const log = (line) => io.stderr.write((0,text_safety/* escapeLogLine */._P)(line) + '\n');
    let debug = argv.includes('--debug');
    const program = new commander/* Command */.uB('smanalyzer')
        .description('Gate deploys on Istio service-mesh health: learn a baseline, scan, fail on anomalies.')
        .version(version/* TOOL_VERSION */.w)
        .exitOverride()
        .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
        .showSuggestionAfterError(true);
    const context = (flags, command) => {
        debug = Boolean(flags.debug);
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
    /** monitor: the notes already printed, so each is said once per run, not in every round's report. */
    const notesShown = new Set();
    const runScanCommand = async (flags, lines = false) => {
        const ctx = context(flags, 'scan');
        const outputs = flags.report ? [{ path: flags.report, what: 'the report', flag: '--report' }] : [];
        const { runScan } = await Promise.all(/* import() */[__webpack_require__.e(444), __webpack_require__.e(917)]).then(__webpack_require__.bind(__webpack_require__, 56917));
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
    commonOptions(program.command('learn').description('learn a baseline of normal behaviour and write it atomically')).action(async (flags) => {
        const { runLearn } = await Promise.all(/* import() */[__webpack_require__.e(444), __webpack_require__.e(917)]).then(__webpack_require__.bind(__webpack_require__, 56917));
        await runLearn(context(flags, 'learn'));
    });
    scanOptions(commonOptions(program.command('scan').description('scan the mesh against the baseline and judge it'))).action(async (flags) => {
        const report = await runScanCommand(flags);
        if (report.verdict === 'fail')
            throw new ExitSignal(EXIT.gateFailed);
    });
    historyOptions(connectionOptions(program.command('status').description('cluster, mesh, baseline and thresholds at a glance')))
        .addOption(new commander/* Option */.c$('-o, --output <format>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (flags) => {
        const { runStatus } = await __webpack_require__.e(/* import() */ 58).then(__webpack_require__.bind(__webpack_require__, 83058));
        const ctx = context(flags, 'status');
        const { text, connectionError } = await runStatus(ctx, flags.output, historyPath(flags, ctx.config.baselinePath));
        io.stdout.write(text);
        // The rest of the status is still worth printing, but a cluster we could not read is an error.
        if (connectionError)
            throw connectionError;
    });
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
        .action(async (flags) => {
        const { runLearn } = await Promise.all(/* import() */[__webpack_require__.e(444), __webpack_require__.e(917)]).then(__webpack_require__.bind(__webpack_require__, 56917));
        log('$ smanalyzer learn --source simulated --baseline ' + flags.baseline);
        await runLearn(context({ source: 'simulated', baseline: flags.baseline }, 'learn'));
        log(`$ smanalyzer scan --source simulated --baseline ${flags.baseline} --inject ${flags.inject}`);
        const report = await runScanCommand({
            source: 'simulated',
            baseline: flags.baseline,
            inject: [flags.inject],
            output: 'text',
        });
        if (report.verdict === 'fail')
            throw new ExitSignal(EXIT.gateFailed);
    });
    try {
        await program.parseAsync(argv, { from: 'user' });
        return EXIT.ok;
    }
    catch (error) {
        return exitCodeFor(error, io, debug, program.commands.map((c) => c.name()).find((name) => argv.includes(name)));
    }
}
async function emitReport(report, flags, io, redact, history, 
/** monitor: one JSON document per line, stamped with its time (NDJSON), so a log can be streamed. */
jsonLinesClock = null, 
/** What a person reads on stdout (text, table, Markdown, HTML): the report less notes already printed. */
shown = report) {
    const format = flags.output;
    const path = flags.report;
    if (format === 'json' && jsonLinesClock) {
        io.stdout.write(reportJson({ time: new Date(jsonLinesClock()).toISOString(), ...report }, 0));
    }
    else if (format === 'markdown') {
        const { renderSummaryMarkdown } = await __webpack_require__.e(/* import() */ 461).then(__webpack_require__.bind(__webpack_require__, 52461));
        io.stdout.write(renderSummaryMarkdown(shown, { history }));
    }
    else if (format === 'html') {
        const { renderHtmlReport } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 75351));
        io.stdout.write(renderHtmlReport(shown, { history }));
    }
    else {
        const text = renderReport(format === 'json' ? report : shown, format, (0,sparkline/* wantsAscii */.pz)(io.stdout, io.env), Boolean(flags.verbose));
        if (format !== 'json' && io.paintedOut && wantsColour(io.stdout, io.env))
            io.paintedOut.write(colourReport((0,text_safety/* safeBlock */.BW)(text)));
        else
            io.stdout.write(text);
    }
    if (flags.reportHtml) {
        const { renderHtmlReport } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 75351));
        try {
            // Files are read with cat and less too: no terminal control or bidi override from Prometheus text, as on stdout.
            (0,atomic/* writeFileAtomically */.lo)(flags.reportHtml, redact((0,text_safety/* stripTerminalControls */.ZB)(renderHtmlReport(report, { history }))));
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
/** The JSON report as --report writes it: every string stripped of terminal controls and bidi overrides. */
function reportJson(report, indent = 2) {
    const scrub = (_key, value) => typeof value === 'string' ? (0,text_safety/* stripTerminalControls */.ZB)(value) : value;
    return JSON.stringify(report, scrub, indent) + '\n';
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
