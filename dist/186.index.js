export const id = 186;
export const ids = [186];
export const modules = {

/***/ 89103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, stamped into reports and baselines. Kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 61036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Gm: () => (/* binding */ parseFault),
/* harmony export */   LI: () => (/* binding */ resolveWindow),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   lv: () => (/* binding */ parseSeverity)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONFIG, parseRatio, parseFactor, parseTime, didYouMean, parseConfigFile, validateConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33243);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73054);
/**
 * Configuration: defaults < YAML file < action inputs / CLI flags, with units ("5m", "5%", "2x")
 * parsed once here and one clear message per bad field. The YAML schema is validated with zod.
 */




const DEFAULT_CONFIG = {
    source: 'simulated',
    namespaces: [],
    baselinePath: 'smanalyzer-baseline.json',
    stepMs: 15_000,
    featureWindowMs: 120_000,
    learnDurationMs: 24 * 3_600_000,
    scanDurationMs: 300_000,
    rules: {
        errorRatio: 0.05,
        trafficSpikeFactor: 2,
        trafficDropFactor: 0.5,
        latencyP99Ms: null,
        latencyFactor: 2,
        retryRatio: 0.1,
        timeoutRatio: 0.02,
        overflowRatio: 0.01,
    },
    model: { sensitivity: 1, kMax: 4, seed: 42 },
    gate: {
        failOn: 'high',
        maxAnomalies: 0,
        minRequests: 100,
        warnOnly: false,
        onInsufficientData: 'warn',
        onError: 'fail',
    },
    prometheus: {
        url: null,
        headers: {},
        bearerToken: null,
        basicAuth: null,
        caFile: null,
        insecureSkipVerify: false,
        reporter: 'destination',
        timeoutMs: 30_000,
        concurrency: 8,
    },
    kube: { kubeconfig: null, context: null },
    sidecars: { intervalMs: 15_000, concurrency: 16 },
    simulated: { topology: 'bookinfo', seed: 1, faults: [] },
};
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** "90s", "5m", "1h30m", "250ms" → milliseconds. A bare number is refused: its unit would be a guess. */
function parseDuration(text) {
    const trimmed = String(text).trim();
    const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`"${trimmed}" is not a duration`, 'write a number with a unit, like 90s, 5m, 1h or 250ms');
    }
    return parts.reduce((sum, p) => sum + Number(p[1]) * DURATION_UNITS[p[2]], 0);
}
/** "5%" → 0.05; 0.05 → 0.05. A bare number above 1 is refused (is 5 meant as 5%?). */
function parseRatio(value, field) {
    const text = String(value).trim();
    const ratio = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
    if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${field}: "${text}" is not a ratio between 0 and 1`, `write it as a percentage, like 5%`);
    }
    return ratio;
}
/** "2x" → 2; 2 → 2. */
function parseFactor(value, field) {
    const text = String(value).trim();
    const factor = Number(text.endsWith('x') ? text.slice(0, -1) : text);
    if (!Number.isFinite(factor) || factor <= 0 || factor > 1000) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${field}: "${text}" is not a positive factor`, 'write it like 2x or 0.5x');
    }
    return factor;
}
function parseSeverity(text) {
    const value = String(text).trim().toLowerCase();
    if (_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.includes(value))
        return value;
    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`"${text}" is not a severity`, `use one of ${_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC.join(', ')}`);
}
/** "reviews:latency:3" → a simulated fault. */
function parseFault(text) {
    const [service, type, magnitude] = text.split(':');
    if (!service || !type || !_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ANOMALY_TYPES */ .Al.includes(type)) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`"${text}" is not a fault to inject`, `write SERVICE:TYPE[:MAGNITUDE] with TYPE one of ${_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ANOMALY_TYPES */ .Al.join(', ')}`);
    }
    if (magnitude === undefined)
        return { service, type: type };
    const size = Number(magnitude);
    if (!Number.isFinite(size) || size < 0) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`fault "${text}": magnitude "${magnitude}" is not a number`, 'write it like reviews:latency:3');
    }
    return { service, type: type, magnitude: size };
}
/** Points in time: RFC3339, unix seconds, "now", or relative to now like "-15m". */
function parseTime(text, now) {
    const value = String(text).trim();
    if (value === 'now')
        return now;
    if (/^-\d/.test(value))
        return now - parseDuration(value.slice(1));
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    const parsed = Date.parse(value);
    if (/^\d{4}-\d{2}-\d{2}/.test(value) && Number.isFinite(parsed))
        return parsed;
    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`"${value}" is not a time`, 'use RFC3339 (2026-11-25T10:00:00Z), unix seconds, "now" or "-15m"');
}
/**
 * The window to analyse. With --from/--to it is a past window read from history;
 * otherwise a live window of `durationMs` that starts now.
 */
function resolveWindow(spec, now) {
    if (!spec.from && !spec.to)
        return { from: now, to: now + spec.durationMs, live: true };
    const to = spec.to ? parseTime(spec.to, now) : now;
    const from = spec.from ? parseTime(spec.from, now) : to - spec.durationMs;
    if (from >= to) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`the window is empty: --from ${new Date(from).toISOString()} is not before --to ${new Date(to).toISOString()}`, 'give a --from earlier than --to');
    }
    if (to > now + 60_000) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`--to ${new Date(to).toISOString()} is in the future`, 'analyse a window that has ended, or use --duration for a live scan');
    }
    return { from, to, live: false };
}
// ---- The YAML file ---------------------------------------------------------------------------
/** A scalar the unit parsers read; anything else (a list, a map, a boolean) gets one message naming the units. */
const scalar = (example) => zod__WEBPACK_IMPORTED_MODULE_3__/* .custom */ .IeY((v) => typeof v === 'string' || typeof v === 'number', `expected a value like ${example}`);
const duration = scalar('90s, 5m or 1h').transform((v, ctx) => {
    try {
        return parseDuration(String(v));
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: e.message + ' (write it like 90s, 5m or 1h)' });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
});
const unitValue = (parse, example) => scalar(example).transform((v, ctx) => {
    try {
        return parse(v, '');
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: e.message.replace(/^: /, '') });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
});
const ratio = unitValue(parseRatio, '5%');
const factor = unitValue(parseFactor, '2x');
const severity = zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC);
const fileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    source: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['simulated', 'prometheus', 'sidecars']).optional(),
    // An explicit empty list is a mistake more often than a wish: "every namespace" is spelled by leaving it out.
    namespaces: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1))
        .min(1, 'an empty list names no namespace (remove the key to analyse every namespace)')
        .optional(),
    baseline: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional(),
    step: duration.optional(),
    featureWindow: duration.optional(),
    learnDuration: duration.optional(),
    scanDuration: duration.optional(),
    rules: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        errorRatio: ratio.optional(),
        trafficSpike: factor.optional(),
        trafficDrop: factor.optional(),
        latencyP99: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([duration, zod__WEBPACK_IMPORTED_MODULE_3__/* ["null"] */ .chJ()]).optional(),
        latencyFactor: factor.optional(),
        retryRatio: ratio.optional(),
        timeoutRatio: ratio.optional(),
        overflowRatio: ratio.optional(),
    })
        .optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        sensitivity: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive().max(100).optional(),
        kMax: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1).max(12).optional(),
        seed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().optional(),
    })
        .optional(),
    gate: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        failOn: severity.optional(),
        maxAnomalies: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(1_000_000).optional(),
        minRequests: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0).max(1_000_000_000).optional(),
        warnOnly: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
        onInsufficientData: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['pass', 'warn', 'fail']).optional(),
        onError: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['fail', 'warn']).optional(),
    })
        .optional(),
    prometheus: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        url: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().url().optional(),
        headers: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
        reporter: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['destination', 'source']).optional(),
        timeout: duration.optional(),
        concurrency: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1).max(256).optional(),
        caFile: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        insecureSkipVerify: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    })
        .optional(),
    kube: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ kubeconfig: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(), context: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional() }).optional(),
    sidecars: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ interval: duration.optional(), concurrency: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1).max(256).optional() })
        .optional(),
    simulated: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        topology: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
        seed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().optional(),
        faults: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
    })
        .optional(),
});
function levenshtein(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = row[j];
            row[j] = next;
        }
    }
    return row[b.length];
}
function didYouMean(word, candidates) {
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = levenshtein(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}
function knownKeysAt(path) {
    let shape = fileSchema;
    for (const key of path) {
        const inner = unwrapObject(shape);
        if (!inner)
            return [];
        shape = inner.shape[key];
    }
    const obj = unwrapObject(shape);
    return obj ? Object.keys(obj.shape) : [];
}
function unwrapObject(schema) {
    let current = schema;
    while (current instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodOptional */ .IiU)
        current = current.unwrap();
    return current instanceof zod__WEBPACK_IMPORTED_MODULE_3__/* .ZodObject */ .bvH ? current : null;
}
function describeIssue(issue) {
    const where = issue.path.join('.') || '(top level)';
    if (issue.code === 'unrecognized_keys') {
        return issue.keys
            .map((key) => {
            const hint = didYouMean(key, knownKeysAt(issue.path));
            const at = [...issue.path, key].join('.');
            return `unknown key "${at}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
        })
            .join('; ');
    }
    return `${where}: ${plainMessage(issue)}`;
}
/** zod's own wording ("Too small: expected number to be >=0") in the words of a config file; custom messages stay. */
function plainMessage(issue) {
    if (!/^(Too small|Too big|Invalid input|Invalid option)/.test(issue.message))
        return issue.message;
    switch (issue.code) {
        case 'too_small': {
            const min = Number(issue.minimum);
            if (issue.origin === 'string')
                return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
            if (issue.origin === 'array')
                return `must list at least ${min}`;
            return `must be ${issue.inclusive === false ? 'above' : 'at least'} ${min}`;
        }
        case 'too_big':
            return `must be ${issue.inclusive === false ? 'below' : 'at most'} ${String(issue.maximum)}`;
        case 'invalid_type':
            return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
        case 'invalid_value':
            return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
        default:
            return issue.message;
    }
}
/** Parse and validate a YAML config text into overrides. */
function parseConfigFile(text, file = 'config') {
    let raw;
    try {
        raw = js_yaml__WEBPACK_IMPORTED_MODULE_1__/* .load */ .Hh(text);
    }
    catch (e) {
        const reason = e.reason ?? 'invalid YAML';
        const line = e.mark?.line;
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file}: ${reason}${line !== undefined ? ` at line ${line + 1}` : ''}`, 'fix the YAML syntax (indentation, quotes, colons)');
    }
    if (raw === undefined || raw === null)
        return {};
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file}: the top level is not a mapping`, 'write the config as "key: value" lines');
    }
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) {
        const messages = parsed.error.issues.map((issue) => describeIssue(issue));
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file}: ${messages.join('; ')}`, 'see the "Configuration" section of the README for every key and its units');
    }
    return fileToOverrides(parsed.data);
}
function fileToOverrides(file) {
    const overrides = {
        source: file.source,
        namespaces: file.namespaces,
        baselinePath: file.baseline,
        stepMs: file.step,
        featureWindowMs: file.featureWindow,
        learnDurationMs: file.learnDuration,
        scanDurationMs: file.scanDuration,
        rules: file.rules && {
            errorRatio: file.rules.errorRatio,
            trafficSpikeFactor: file.rules.trafficSpike,
            trafficDropFactor: file.rules.trafficDrop,
            latencyP99Ms: file.rules.latencyP99,
            latencyFactor: file.rules.latencyFactor,
            retryRatio: file.rules.retryRatio,
            timeoutRatio: file.rules.timeoutRatio,
            overflowRatio: file.rules.overflowRatio,
        },
        model: file.model,
        gate: file.gate,
        prometheus: file.prometheus && {
            url: file.prometheus.url,
            headers: file.prometheus.headers,
            reporter: file.prometheus.reporter,
            timeoutMs: file.prometheus.timeout,
            concurrency: file.prometheus.concurrency,
            caFile: file.prometheus.caFile,
            insecureSkipVerify: file.prometheus.insecureSkipVerify,
        },
        kube: file.kube,
        sidecars: file.sidecars && { intervalMs: file.sidecars.interval, concurrency: file.sidecars.concurrency },
        simulated: file.simulated && {
            topology: file.simulated.topology,
            seed: file.simulated.seed,
            faults: file.simulated.faults?.map(parseFault),
        },
    };
    return overrides;
}
function mergeInto(target, source) {
    if (!source)
        return target;
    const out = { ...target };
    for (const [key, value] of Object.entries(source)) {
        if (value === undefined)
            continue;
        const current = out[key];
        const isPlainObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
        // headers and basicAuth are values, not sections: an override replaces them whole.
        out[key] =
            isPlainObject(value) && isPlainObject(current) && key !== 'headers' && key !== 'basicAuth'
                ? mergeInto(current, value)
                : value;
    }
    return out;
}
const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** 90000 → "1m30s": durations in messages read the way they are written. */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    if (ms < 1000)
        return `${ms}ms`;
    const parts = [];
    let rest = Math.round(ms / 1000);
    for (const [unit, size] of [
        ['d', 86_400],
        ['h', 3600],
        ['m', 60],
        ['s', 1],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join('');
}
/** Cross-field checks and bounds the schema cannot express (flags skip the schema); one message per problem. */
function validateConfig(config) {
    const problems = [];
    const { rules, gate, model } = config;
    const within = (ms, min, max) => Number.isFinite(ms) && ms >= min && ms <= max;
    if (!within(config.stepMs, 1000, HOUR_MS))
        problems.push(`step ${formatDuration(config.stepMs)} is not between 1s and 1h`);
    else if (config.featureWindowMs < 4 * config.stepMs)
        problems.push(`featureWindow ${formatDuration(config.featureWindowMs)} must hold at least 4 steps of ${formatDuration(config.stepMs)}`);
    if (!within(config.featureWindowMs, 4000, DAY_MS))
        problems.push(`featureWindow ${formatDuration(config.featureWindowMs)} is not between 4s and 1d`);
    if (!within(config.learnDurationMs, 1000, 90 * DAY_MS))
        problems.push(`learnDuration ${formatDuration(config.learnDurationMs)} is not between 1s and 90d`);
    else if (config.learnDurationMs < config.featureWindowMs)
        problems.push(`learnDuration ${formatDuration(config.learnDurationMs)} is shorter than one featureWindow (${formatDuration(config.featureWindowMs)})`);
    if (!within(config.scanDurationMs, 1000, 7 * DAY_MS))
        problems.push(`scanDuration ${formatDuration(config.scanDurationMs)} is not between 1s and 7d`);
    if (rules.trafficSpikeFactor <= 1)
        problems.push(`rules.trafficSpike ${rules.trafficSpikeFactor}x must be above 1x`);
    if (rules.trafficDropFactor >= 1)
        problems.push(`rules.trafficDrop ${rules.trafficDropFactor}x must be below 1x`);
    if (rules.latencyFactor <= 1)
        problems.push(`rules.latencyFactor ${rules.latencyFactor}x must be above 1x`);
    if (rules.errorRatio <= 0)
        problems.push('rules.errorRatio must be above 0%');
    if (rules.latencyP99Ms !== null && !within(rules.latencyP99Ms, 1, HOUR_MS))
        problems.push(`rules.latencyP99 ${formatDuration(rules.latencyP99Ms)} is not between 1ms and 1h`);
    if (!(model.sensitivity > 0 && model.sensitivity <= 100))
        problems.push('model.sensitivity must be above 0 and at most 100');
    if (!Number.isInteger(model.seed))
        problems.push(`model.seed "${model.seed}" is not a whole number`);
    if (!Number.isInteger(config.simulated.seed))
        problems.push(`--seed "${config.simulated.seed}" is not a whole number`);
    if (!Number.isInteger(gate.maxAnomalies) || gate.maxAnomalies < 0)
        problems.push('gate.maxAnomalies must be 0 or more');
    if (!Number.isInteger(gate.minRequests) || gate.minRequests < 0)
        problems.push('gate.minRequests must be 0 or more');
    if (!within(config.prometheus.timeoutMs, 100, 10 * 60_000))
        problems.push(`prometheus.timeout ${formatDuration(config.prometheus.timeoutMs)} is not between 100ms and 10m`);
    if (!within(config.sidecars.intervalMs, 1000, HOUR_MS))
        problems.push(`sidecars.interval ${formatDuration(config.sidecars.intervalMs)} is not between 1s and 1h`);
    const badNamespaces = config.namespaces.filter((ns) => !NAMESPACE_NAME.test(ns));
    if (badNamespaces.length > 0)
        problems.push(`namespaces: ${badNamespaces.map((n) => `"${n}"`).join(', ')} ${badNamespaces.length === 1 ? 'is not a Kubernetes namespace name' : 'are not Kubernetes namespace names'} (lowercase letters, digits and "-")`);
    if (problems.length > 0) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(problems.join('; '), 'correct the values in the config file or the flags');
    }
    return config;
}
/** Defaults < file < overrides, validated. */
function loadConfig(options = {}) {
    let fromFile = {};
    if (options.file) {
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(options.file, 'utf8');
        }
        catch (e) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`cannot read config file ${options.file}: ${e.code ?? e.message}`, 'check the --config path');
        }
        fromFile = parseConfigFile(text, options.file);
    }
    return validateConfig(mergeInto(mergeInto(DEFAULT_CONFIG, fromFile), options.overrides));
}


/***/ }),

/***/ 38019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hT: () => (/* binding */ kubeconfigSecrets),
/* harmony export */   pE: () => (/* binding */ SecretRedactor)
/* harmony export */ });
/* unused harmony export REDACTED */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33243);
/**
 * Owns secret hygiene at the output edge: knows every credential in play (kubeconfig tokens and keys,
 * Prometheus bearer token / basic-auth password / header values, the GitHub token) and scrubs them, and the
 * encodings they travel in, from any text before it is printed or written.
 */




const REDACTED = '[redacted]';
/** Shorter values are too likely to occur by chance (a header value "on", a password "1"). */
const MIN_SECRET_LENGTH = 4;
/** Environment variables whose values are credentials wherever they appear. */
const SECRET_ENV = [
    'PROMETHEUS_TOKEN',
    'PROMETHEUS_PASSWORD',
    'GITHUB_TOKEN',
    'INPUT_GITHUB-TOKEN',
    'INPUT_GITHUB_TOKEN',
];
/** Keys under a kubeconfig user (and its auth-provider / exec env) whose values are credentials. */
const KUBE_SECRET_KEYS = new Set([
    'token',
    'password',
    'client-key-data',
    'client-certificate-data',
    'access-token',
    'refresh-token',
    'id-token',
    'client-secret',
    'value', // exec plugin env values
]);
class SecretRedactor {
    secrets = new Set();
    pattern = null;
    /** Registers a secret and the forms it is sent in (base64, URL-encoded). */
    add(secret) {
        if (typeof secret !== 'string')
            return this;
        const value = secret.trim();
        if (value.length < MIN_SECRET_LENGTH)
            return this;
        for (const form of [value, encodeURIComponent(value), Buffer.from(value).toString('base64')]) {
            if (form.length >= MIN_SECRET_LENGTH)
                this.secrets.add(form);
        }
        this.pattern = null;
        return this;
    }
    /** Credentials the environment hands the CLI or the Action. */
    addFromEnv(env) {
        for (const name of SECRET_ENV)
            this.add(env[name]);
        const user = env.PROMETHEUS_USERNAME;
        if (user && env.PROMETHEUS_PASSWORD)
            this.add(`${user}:${env.PROMETHEUS_PASSWORD}`);
        return this;
    }
    /** Credentials in the merged configuration, including the kubeconfig it points at. */
    addFromConfig(config, env = process.env) {
        const { prometheus } = config;
        this.add(prometheus.bearerToken);
        if (prometheus.basicAuth) {
            this.add(prometheus.basicAuth.password);
            this.add(`${prometheus.basicAuth.username}:${prometheus.basicAuth.password}`);
        }
        for (const value of Object.values(prometheus.headers))
            this.add(value);
        if (prometheus.url) {
            try {
                const url = new URL(prometheus.url);
                if (url.password)
                    this.add(decodeURIComponent(url.password));
            }
            catch {
                // an invalid URL is reported elsewhere; it carries no credential we could parse
            }
        }
        for (const text of kubeconfigTexts(config.kube.kubeconfig, env)) {
            for (const secret of kubeconfigSecrets(text))
                this.add(secret);
        }
        return this;
    }
    /** How many distinct strings (secrets and their encodings) are scrubbed. */
    get size() {
        return this.secrets.size;
    }
    redact(text) {
        if (text.length === 0)
            return text;
        // Credentials we were not told about but that announce themselves (an echoed Authorization header).
        const scrubbed = text
            .replace(/(authorization["']?\s*[:=]\s*["']?)(bearer|basic)\s+[^\s"',}]+/gi, `$1$2 ${REDACTED}`)
            .replace(/\bBearer [A-Za-z0-9._~+/-]{16,}=*/g, `Bearer ${REDACTED}`);
        if (this.secrets.size === 0)
            return scrubbed;
        // Longest first, so a secret that contains another is replaced whole.
        this.pattern ??= new RegExp([...this.secrets]
            .sort((a, b) => b.length - a.length)
            .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'), 'g');
        return scrubbed.replace(this.pattern, REDACTED);
    }
    /** A writable that scrubs before it writes (keeps isTTY so progress still knows its terminal). */
    wrap(stream) {
        return {
            write: (text) => stream.write(this.redact(String(text))),
            get isTTY() {
                return stream.isTTY;
            },
        };
    }
}
/** The kubeconfig texts a run may use: explicit (path, inline YAML or base64), KUBECONFIG, ~/.kube/config. */
function kubeconfigTexts(explicit, env) {
    const read = (file) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? [(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')] : [];
        }
        catch {
            return [];
        }
    };
    const value = explicit?.trim();
    if (value) {
        if (value.includes('\n') || /^\s*(apiVersion|kind|clusters|contexts|users)\s*:/m.test(value))
            return [value];
        if (/^[A-Za-z0-9+/=_\-\s]{16,}$/.test(value) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(value)) {
            return [Buffer.from(value, 'base64').toString('utf8')];
        }
        return read(value);
    }
    const fromEnv = (env.KUBECONFIG ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
    if (fromEnv.length > 0)
        return fromEnv.flatMap(read);
    return read((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube', 'config'));
}
/** Credential values under `users:` (token, password, client key, auth-provider tokens, exec env values). */
function kubeconfigSecrets(text) {
    let parsed;
    try {
        parsed = js_yaml__WEBPACK_IMPORTED_MODULE_3__/* .load */ .Hh(text);
    }
    catch {
        return [];
    }
    const users = parsed?.users;
    if (!Array.isArray(users))
        return [];
    const found = [];
    const visit = (node, key) => {
        if (typeof node === 'string') {
            if (key !== null && KUBE_SECRET_KEYS.has(key) && node !== '')
                found.push(node);
            // A token kept in a file is as secret as one written inline.
            if (key === 'tokenFile')
                found.push(...readTokenFile(node));
            return;
        }
        if (Array.isArray(node))
            for (const item of node)
                visit(item, key);
        else if (node && typeof node === 'object') {
            for (const [k, v] of Object.entries(node))
                visit(v, k);
        }
    };
    for (const user of users)
        visit(user?.user, null);
    return found;
}
function readTokenFile(path) {
    try {
        const token = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8').trim();
        return token ? [token] : [];
    }
    catch {
        return []; // unreadable: the client cannot send it either
    }
}


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ ANOMALY_TYPES),
/* harmony export */   Ui: () => (/* binding */ UserFacingError),
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   b$: () => (/* binding */ ClusterError),
/* harmony export */   fH: () => (/* binding */ serviceId),
/* harmony export */   kj: () => (/* binding */ MetricsError),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   s$: () => (/* binding */ BaselineError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export OPTIONAL_METRICS */
/**
 * The shared vocabulary of SMAnalyzer: services, metric series, findings and errors.
 * Every module speaks these types; none of them does I/O.
 */
function serviceId(key) {
    return `${key.namespace}/${key.name}`;
}
/**
 * The per-step signals every metrics source produces for a service.
 * Rates are per second; ratios are per request (0..1); latencies are milliseconds.
 */
const METRIC_NAMES = [
    'requestRate',
    'errorRatio',
    'latencyP50',
    'latencyP90',
    'latencyP99',
    'retryRatio',
    'timeoutRatio',
    'overflowRatio',
    'ejectionRate',
];
/** Signals a mesh may not export without extra proxy configuration (proxyStatsMatcher). */
const OPTIONAL_METRICS = (/* unused pure expression or super */ null && (['retryRatio', 'overflowRatio', 'ejectionRate']));
const ANOMALY_TYPES = [
    'traffic_spike',
    'traffic_drop',
    'error_rate',
    'latency',
    'retry_storm',
    'timeout',
    'circuit_breaker',
];
const SEVERITIES = ['low', 'medium', 'high', 'critical'];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
/** Errors a user can meet carry a cause and a fix; the CLI and the Action print them in one place each. */
class UserFacingError extends Error {
    kind;
    fix;
    constructor(kind, message, fix) {
        super(message);
        this.kind = kind;
        this.fix = fix;
        this.name = new.target.name;
    }
}
class ConfigError extends UserFacingError {
    constructor(message, fix) {
        super('config', message, fix);
    }
}
class ClusterError extends UserFacingError {
    environmental;
    constructor(message, fix, kind = {}) {
        super('cluster', message, fix);
        this.environmental = kind.environmental ?? false;
    }
}
class BaselineError extends UserFacingError {
    constructor(message, fix) {
        super('baseline', message, fix);
    }
}
class MetricsError extends UserFacingError {
    environmental;
    constructor(message, fix, kind = {}) {
        super('metrics', message, fix);
        this.environmental = kind.environmental ?? true;
    }
}


/***/ }),

/***/ 33647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ RATIO_METRICS),
/* harmony export */   OM: () => (/* binding */ trimNumber),
/* harmony export */   SM: () => (/* binding */ METRIC_LABEL),
/* harmony export */   Z$: () => (/* binding */ LATENCY_METRICS),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   nV: () => (/* binding */ formatAge)
/* harmony export */ });
const RATIO_METRICS = [
    'errorRatio',
    'retryRatio',
    'timeoutRatio',
    'overflowRatio',
];
const LATENCY_METRICS = ['latencyP50', 'latencyP90', 'latencyP99'];
const METRIC_LABEL = {
    requestRate: 'request rate',
    errorRatio: 'error ratio',
    latencyP50: 'p50 latency',
    latencyP90: 'p90 latency',
    latencyP99: 'p99 latency',
    retryRatio: 'retry ratio',
    timeoutRatio: 'timeout ratio',
    overflowRatio: 'overflow ratio',
    ejectionRate: 'ejection rate',
};
function trimNumber(value, digits) {
    return Number(value.toFixed(digits)).toString();
}
/** A metric value with its unit; "–" for no value. Small values keep two significant digits. */
function formatMetric(metric, value) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return '–';
    if (RATIO_METRICS.includes(metric)) {
        const percent = value * 100;
        return `${percent !== 0 && Math.abs(percent) < 0.01 ? percent.toPrecision(2) : trimNumber(percent, 2)}%`;
    }
    if (LATENCY_METRICS.includes(metric))
        return `${trimNumber(value, value < 10 ? 2 : 0)} ms`;
    return `${trimNumber(value, value < 1 ? 3 : 2)}/s`;
}
/** "3d 4h", "2h 5m", "12m", "40s": the two largest units are enough for an age. */
function formatAge(seconds) {
    if (!Number.isFinite(seconds))
        return 'unknown';
    let rest = Math.max(0, Math.floor(seconds));
    const amounts = [
        ['d', 86_400],
        ['h', 3_600],
        ['m', 60],
        ['s', 1],
    ].map(([label, size]) => {
        const n = Math.floor(rest / size);
        rest -= n * size;
        return { n, label };
    });
    const first = amounts.findIndex((a) => a.n > 0);
    if (first < 0)
        return '0s';
    return amounts
        .slice(first, first + 2)
        .filter((a) => a.n > 0)
        .map((a) => `${a.n}${a.label}`)
        .join(' ');
}


/***/ })

};
