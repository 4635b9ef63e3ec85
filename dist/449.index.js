export const id = 449;
export const ids = [449];
export const modules = {

/***/ 13449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/commander/index.js + 6 modules
var commander = __webpack_require__(67375);
// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: ./node_modules/cli-table3/index.js
var cli_table3 = __webpack_require__(25832);
var cli_table3_default = /*#__PURE__*/__webpack_require__.n(cli_table3);
// EXTERNAL MODULE: ./src/render/units.ts
var units = __webpack_require__(33647);
;// CONCATENATED MODULE: ./src/render/text.ts
/**
 * Terminal renderers: a readable text report and a compact table. Pure: a Report in, a string out.
 */


function value(metric, v) {
    return v === null || v === undefined ? '–' : (0,units/* formatMetric */.gI)(metric, v);
}
function describeEvidence(f) {
    const [lo, hi] = f.expectedRange;
    return `observed ${value(f.metric, f.observed)} · expected ${value(f.metric, f.expected)} (normal ${value(f.metric, lo)}–${value(f.metric, hi)}) · threshold ${f.detector === 'model' ? `distance ${f.threshold}` : value(f.metric, f.threshold)} · score ${f.score}`;
}
function header(report) {
    const lines = [
        `SMAnalyzer ${report.tool.version} — verdict ${report.verdict.toUpperCase()}${report.partial ? ' (PARTIAL DATA)' : ''}`,
        `Window:   ${report.window.from} → ${report.window.to} (source: ${report.source})`,
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
function renderText(report) {
    const lines = header(report);
    lines.push('');
    if (report.anomalies.length === 0) {
        lines.push('No anomalies.');
    }
    else {
        lines.push(`Anomalies (${report.anomalies.length}):`);
        for (const f of report.anomalies) {
            lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${f.namespace}/${f.service}  ${f.type}  [${f.detector}]`);
            lines.push(`           ${f.description}`);
            lines.push(`           ${describeEvidence(f)}`);
        }
    }
    lines.push('');
    lines.push('Services:');
    const width = Math.max(...report.services.map((s) => `${s.namespace}/${s.name}`.length), 10);
    for (const s of report.services) {
        const p99 = s.metrics.latencyP99?.observed;
        const err = s.metrics.errorRatio?.observed;
        const detail = s.reason ??
            `${s.requests} requests, errors ${value('errorRatio', err)}, p99 ${value('latencyP99', p99)}`;
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

// EXTERNAL MODULE: ./src/config/secrets.ts
var secrets = __webpack_require__(38019);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/app/version.ts
var version = __webpack_require__(89103);
;// CONCATENATED MODULE: ./src/cli/progress.ts
/**
 * Progress for timed scans: a redrawn bar on a terminal, plain periodic lines otherwise (CI logs).
 */
function createProgress(out, now) {
    let lastLine = -Infinity;
    let lastPercent = -1;
    return (fraction, message) => {
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
function commonOptions(command) {
    return command
        .addOption(new commander/* Option */.c$('--source <source>', 'where metrics come from').choices([
        'simulated',
        'prometheus',
        'sidecars',
    ]))
        .option('-n, --namespace <ns>', 'namespace to analyse (repeatable; default: all)', collect)
        .option('-c, --config <file>', 'YAML config file')
        .option('-b, --baseline <path>', 'baseline artifact path (default: smanalyzer-baseline.json)')
        .option('--from <time>', 'start of a past window: RFC3339, unix seconds, or relative like -15m')
        .option('--to <time>', 'end of a past window (default: now)')
        .option('-d, --duration <duration>', 'length of a timed window, like 5m')
        .option('--step <duration>', 'sample resolution (default 15s)')
        .option('--kubeconfig <path>', 'kubeconfig file (default: KUBECONFIG, ~/.kube/config, in-cluster)')
        .option('--context <name>', 'kubeconfig context')
        .option('--prometheus-url <url>', 'Prometheus (or Thanos, Mimir, VictoriaMetrics) base URL')
        .option('--prometheus-header <header>', "extra HTTP header 'Name: value' (repeatable)", collect)
        .option('--prometheus-ca <file>', 'CA bundle for a Prometheus behind TLS')
        .option('--insecure-skip-tls-verify', 'do not verify the Prometheus TLS certificate')
        .option('--interval <duration>', 'sidecar scrape interval (default 15s)')
        .option('--topology <name>', 'simulated mesh: bookinfo, boutique or generated:N')
        .option('--seed <n>', 'simulated mesh seed', (v) => Number.parseInt(v, 10))
        .option('--inject <fault>', 'simulated fault SERVICE:TYPE[:MAGNITUDE] (repeatable)', collect)
        .option('--debug', 'print stack traces');
}
function parseHeaders(lines) {
    if (!lines)
        return undefined;
    const headers = {};
    for (const line of lines) {
        const at = line.indexOf(':');
        if (at <= 0)
            throw new types/* UserFacingError */.Ui('config', `--prometheus-header "${line.split(':')[0]}…" is not 'Name: value'`, "write it like --prometheus-header 'X-Scope-OrgID: team-a'");
        headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    return headers;
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
    const duration = flags.duration ? durationFlag(flags.duration, '--duration') : undefined;
    const sensitivity = flags.sensitivity !== undefined ? Number(flags.sensitivity) : undefined;
    if (sensitivity !== undefined && !(sensitivity > 0)) {
        throw new types/* UserFacingError */.Ui('config', `--sensitivity "${flags.sensitivity}" is not a positive number`, 'write it like --sensitivity 1.5');
    }
    const user = env.PROMETHEUS_USERNAME;
    return {
        source: flags.source,
        namespaces: flags.namespace,
        baselinePath: flags.baseline,
        stepMs: flags.step ? durationFlag(flags.step, '--step') : undefined,
        learnDurationMs: command === 'learn' ? duration : undefined,
        scanDurationMs: command === 'scan' ? duration : undefined,
        kube: { kubeconfig: flags.kubeconfig, context: flags.context },
        prometheus: {
            url: flags.prometheusUrl ?? env.PROMETHEUS_URL,
            headers: parseHeaders(flags.prometheusHeader),
            bearerToken: env.PROMETHEUS_TOKEN || undefined,
            basicAuth: user ? { username: user, password: env.PROMETHEUS_PASSWORD ?? '' } : undefined,
            caFile: flags.prometheusCa,
            insecureSkipVerify: flags.insecureSkipTlsVerify,
        },
        sidecars: { intervalMs: flags.interval ? durationFlag(flags.interval, '--interval') : undefined },
        simulated: { topology: flags.topology, seed: flags.seed, faults: flags.inject?.map(load/* parseFault */.Gm) },
        model: { sensitivity },
        gate: {
            failOn: flags.failOn ? (0,load/* parseSeverity */.lv)(flags.failOn) : undefined,
            maxAnomalies: integer(flags.maxAnomalies, '--max-anomalies'),
            minRequests: integer(flags.minRequests, '--min-requests'),
            warnOnly: flags.warnOnly,
            onError: flags.onError,
        },
    };
}
function renderReport(report, format) {
    switch (format) {
        case 'json':
            return JSON.stringify(report, null, 2) + '\n';
        case 'table':
            return renderTable(report);
        default:
            return renderText(report);
    }
}
function scanOptions(command) {
    return command
        .addOption(new commander/* Option */.c$('-o, --output <format>', 'report format')
        .choices(['text', 'table', 'json', 'markdown'])
        .default('text'))
        .option('--report <path>', 'also write the JSON report to this file')
        .option('--fail-on <severity>', 'lowest severity that fails the gate: low, medium, high, critical (default high)')
        .option('--max-anomalies <n>', 'anomalies at or above --fail-on allowed before failing (default 0)')
        .option('--sensitivity <x>', 'model sensitivity: above 1 flags smaller deviations (default 1)')
        .option('--min-requests <n>', 'requests a service needs in the window to be judged (default 100)')
        .option('--warn-only', 'advisory: report, never fail')
        .addOption(new commander/* Option */.c$('--on-error <policy>', 'cluster or Prometheus failing mid-scan: fail (exit 2) or warn (partial report, exit 0)').choices(['fail', 'warn']));
}
async function main(argv, cliIo) {
    // Every byte this command prints or writes passes the redactor: no credential reaches a log or a file.
    const redactor = new secrets/* SecretRedactor */.pE().addFromEnv(cliIo.env);
    const io = { ...cliIo, stdout: redactor.wrap(cliIo.stdout), stderr: redactor.wrap(cliIo.stderr) };
    const now = io.now ?? Date.now;
    const log = (line) => io.stderr.write(line + '\n');
    let debug = argv.includes('--debug');
    const program = new commander/* Command */.uB('smanalyzer')
        .description('Gate deploys on Istio service-mesh health: learn a baseline, scan, fail on anomalies.')
        .version(version/* TOOL_VERSION */.w)
        .exitOverride()
        .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
        .showSuggestionAfterError(true);
    const context = (flags, command) => {
        debug = Boolean(flags.debug);
        const config = (0,load/* loadConfig */.Z9)({ file: flags.config, overrides: overridesFrom(flags, io.env, command) });
        redactor.addFromConfig(config, io.env);
        return {
            config,
            now,
            log,
            sleep: io.sleep,
            window: { from: flags.from, to: flags.to },
            onProgress: createProgress(io.stderr, now),
        };
    };
    const runScanCommand = async (flags) => {
        const ctx = context(flags, 'scan');
        const { runScan } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(976)]).then(__webpack_require__.bind(__webpack_require__, 55976));
        const report = await runScan(ctx);
        await emitReport(report, flags.output, flags.report, io, (text) => redactor.redact(text));
        return report;
    };
    commonOptions(program.command('learn').description('learn a baseline of normal behaviour and write it atomically')).action(async (flags) => {
        const { runLearn } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(976)]).then(__webpack_require__.bind(__webpack_require__, 55976));
        await runLearn(context(flags, 'learn'));
    });
    scanOptions(commonOptions(program.command('scan').description('scan the mesh against the baseline and judge it'))).action(async (flags) => {
        const report = await runScanCommand(flags);
        if (report.verdict === 'fail')
            throw new ExitSignal(EXIT.gateFailed);
    });
    commonOptions(program.command('status').description('cluster, mesh, baseline and thresholds at a glance'))
        .addOption(new commander/* Option */.c$('-o, --output <format>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (flags) => {
        const { runStatus } = await __webpack_require__.e(/* import() */ 58).then(__webpack_require__.bind(__webpack_require__, 83058));
        const { text, connectionError } = await runStatus(context(flags, 'status'), flags.output);
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
        const sleep = io.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        let last = null;
        for (let i = 0; i < count; i++) {
            if (i > 0)
                await sleep(every);
            last = await runScanCommand(flags);
        }
        if (last?.verdict === 'fail')
            throw new ExitSignal(EXIT.gateFailed);
    });
    program
        .command('demo')
        .description('learn a simulated Bookinfo mesh, then scan it with a fault injected (no cluster needed)')
        .option('--inject <fault>', 'fault to inject (default reviews:latency)', 'reviews:latency')
        .option('--baseline <path>', 'where to write the demo baseline', 'smanalyzer-demo-baseline.json')
        .action(async (flags) => {
        const { runLearn } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(976)]).then(__webpack_require__.bind(__webpack_require__, 55976));
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
        return exitCodeFor(error, io, debug);
    }
}
async function emitReport(report, format, path, io, redact) {
    if (format === 'markdown') {
        const { renderSummaryMarkdown } = await __webpack_require__.e(/* import() */ 495).then(__webpack_require__.bind(__webpack_require__, 42495));
        io.stdout.write(renderSummaryMarkdown(report));
    }
    else {
        io.stdout.write(renderReport(report, format));
    }
    if (path) {
        try {
            (0,external_node_fs_.writeFileSync)(path, redact(JSON.stringify(report, null, 2) + '\n'));
        }
        catch (e) {
            throw new types/* UserFacingError */.Ui('config', `cannot write the report to ${path}: ${e.code}`, 'check the --report path');
        }
    }
}
/** The one place a failure becomes a message and an exit code. */
function exitCodeFor(error, io, debug) {
    if (error instanceof ExitSignal)
        return error.code;
    if (error instanceof commander/* CommanderError */.b7) {
        // --help and --version end here too, with code 0; commander already printed its message.
        if (error.exitCode === 0 ||
            error.code === 'commander.helpDisplayed' ||
            error.code === 'commander.version')
            return EXIT.ok;
        io.stderr.write(`Fix: run "smanalyzer --help" for the commands and flags.\n`);
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
