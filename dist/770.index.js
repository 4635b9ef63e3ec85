export const id = 770;
export const ids = [770];
export const modules = {

/***/ 29171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b8: () => (/* binding */ appendHistory),
/* harmony export */   readActivity: () => (/* binding */ readActivity),
/* harmony export */   vd: () => (/* binding */ defaultHistoryPath)
/* harmony export */ });
/* unused harmony exports MAX_HISTORY_BYTES, readHistory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _files_atomic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46094);
/* harmony import */ var _core_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28863);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73054);
/**
 * The scan history file (JSON Lines) beside the baseline: read it (a corrupt line is skipped with a note), and
 * append one scan atomically (write a temp file, fsync, rename), keeping only the newest `limit` lines.
 */




/** A history of the default 1000 lines is ~300 KB; only the newest bytes of anything far larger are read. */
const MAX_HISTORY_BYTES = 8 * 1024 * 1024;
/** `<baseline>.history.jsonl`: smanalyzer-baseline.json → smanalyzer-baseline.history.jsonl. */
function defaultHistoryPath(baselinePath) {
    return `${baselinePath.replace(/\.json$/i, '')}.history.jsonl`;
}
/** The entries of a history file, oldest first; a missing file is an empty history. */
function readHistory(path) {
    let size;
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!stat.isFile())
            return { entries: [], notes: [`history ${path} is not a regular file: ignored`] };
        size = stat.size;
    }
    catch {
        return { entries: [], notes: [] };
    }
    const notes = [];
    const length = Math.min(size, MAX_HISTORY_BYTES);
    const buffer = Buffer.alloc(length);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, length, size - length);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    let text = buffer.toString('utf8');
    if (size > length) {
        // Started mid-line: drop the partial first line.
        text = text.slice(text.indexOf('\n') + 1);
        notes.push(`history ${path} is larger than ${MAX_HISTORY_BYTES / 1024 / 1024} MiB: read its newest part`);
    }
    const { entries, corruptLines } = (0,_core_history_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHistory */ .i6)(text);
    if (corruptLines.length > 0) {
        const shown = corruptLines.slice(0, 5).join(', ');
        notes.push(`skipped ${corruptLines.length} corrupt line${corruptLines.length === 1 ? '' : 's'} in history ${path} (line ${shown}${corruptLines.length > 5 ? ', …' : ''})`);
    }
    return { entries, notes };
}
/**
 * Append one scan and keep the newest `limit` entries. The new file replaces the old by rename, so a reader
 * (or a crash) sees the old history or the new one, never half a line. Corrupt lines do not survive a rewrite.
 */
function appendHistory(path, entry, limit) {
    const read = readHistory(path);
    const entries = [...read.entries, entry].slice(-Math.max(1, limit));
    const text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
    try {
        (0,_files_atomic_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomically */ .lo)(path, text);
    }
    catch (e) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`cannot write the scan history to ${path}: ${e.code ?? e.message}`, 'check that its directory exists and is writable, or pass --history PATH');
    }
    return { entries, notes: read.notes };
}
/** `status`'s Recent activity from a history file (an empty one when it does not exist yet). */
function readActivity(path, now) {
    const { entries, notes } = readHistory(path);
    return { path, recent: entries.length ? (0,_core_history_js__WEBPACK_IMPORTED_MODULE_2__/* .recentActivity */ .bC)(entries, now) : null, notes };
}


/***/ }),

/***/ 68404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseHeaders)
/* harmony export */ });
/**
 * HTTP headers for Prometheus, from the CLI's repeated --prometheus-header or the Action's multi-line
 * prometheus-headers input: one "Name: value" per line, the name an HTTP token. How a bad line is reported is
 * the caller's (it names its flag or input); the value is never echoed, since it may hold a credential.
 */
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
function parseHeaders(lines, refuse, options = {}) {
    const headers = {};
    for (const [index, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === '' && options.skipBlank)
            continue;
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        if (!HEADER_NAME.test(name))
            throw refuse(raw, index);
        headers[name] = line.slice(colon + 1).trim();
    }
    return headers;
}


/***/ }),

/***/ 56280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig),
  E9: () => (/* reexport */ parseDuration),
  Gm: () => (/* reexport */ parseFault),
  lv: () => (/* reexport */ parseSeverity),
  pe: () => (/* reexport */ parseTime),
  LI: () => (/* reexport */ resolveWindow)
});

// UNUSED EXPORTS: DEFAULT_CONFIG, didYouMean, inferSource, parseConfigFile, parseFactor, parseRatio, parseSize, validateConfig

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/settings.ts
var settings = __webpack_require__(51922);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
;// CONCATENATED MODULE: ./src/config/units.ts
/**
 * The units settings are written in ("90s", "5%", "2x", "64MiB", "-2h", a fault spec), parsed in one place for
 * the YAML file, the CLI's flags and the Action's inputs, each with one clear message per bad value.
 */

const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** "90s", "5m", "1h30m", "250ms" → milliseconds. A bare number is refused: its unit would be a guess. */
function parseDuration(text) {
    const trimmed = String(text).trim();
    const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed) {
        throw new types/* ConfigError */.xL(`"${trimmed}" is not a duration`, 'write a number with a unit, like 90s, 5m, 1h or 250ms');
    }
    return parts.reduce((sum, p) => sum + Number(p[1]) * DURATION_UNITS[p[2]], 0);
}
/** "5%" → 0.05; 0.05 → 0.05. A bare number above 1 is refused (is 5 meant as 5%?). */
function parseRatio(value, field) {
    const text = String(value).trim();
    const ratio = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
    if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
        throw new types/* ConfigError */.xL(`${field}: "${text}" is not a ratio between 0 and 1`, `write it as a percentage, like 5%`);
    }
    return ratio;
}
const SIZE_UNITS = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };
/** "64MiB", "512 KiB", 1048576 → bytes. */
function parseSize(value, field) {
    const text = String(value).trim();
    const match = /^(\d+)\s*(B|KiB|MiB|GiB)?$/.exec(text);
    const bytes = match ? Number(match[1]) * SIZE_UNITS[match[2] ?? 'B'] : NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1024 || bytes > 4 * 1024 ** 3) {
        throw new types/* ConfigError */.xL(`${field}: "${text}" is not a size between 1KiB and 4GiB`, 'write it like 64MiB or 512KiB');
    }
    return bytes;
}
/** "2x" → 2; 2 → 2. */
function parseFactor(value, field) {
    const text = String(value).trim();
    const factor = Number(text.endsWith('x') ? text.slice(0, -1) : text);
    if (!Number.isFinite(factor) || factor <= 0 || factor > 1000) {
        throw new types/* ConfigError */.xL(`${field}: "${text}" is not a positive factor`, 'write it like 2x or 0.5x');
    }
    return factor;
}
function parseSeverity(text) {
    const value = String(text).trim().toLowerCase();
    if (types/* SEVERITIES */.oC.includes(value))
        return value;
    throw new types/* ConfigError */.xL(`"${text}" is not a severity`, `use one of ${types/* SEVERITIES */.oC.join(', ')}`);
}
/** "reviews:latency:3" → a simulated fault. */
function parseFault(text) {
    // SERVICE:TYPE[:MAGNITUDE][@-DURATION]: "@-1h" = the fault began an hour before the deploy.
    const at = text.indexOf('@');
    if (at >= 0) {
        const since = text.slice(at + 1);
        if (!since.startsWith('-')) {
            throw new types/* ConfigError */.xL(`fault "${text}": "@${since}" is not a time before the deploy`, 'write it like reviews:latency:2@-1h (began an hour before the deploy)');
        }
        return { ...parseFault(text.slice(0, at)), startsBeforeMs: parseDuration(since.slice(1)) };
    }
    const [service, type, magnitude] = text.split(':');
    if (!service || !type || !types/* FAULT_TYPES */.nH.includes(type)) {
        throw new types/* ConfigError */.xL(`"${text}" is not a fault to inject`, `write SERVICE:TYPE[:MAGNITUDE] with TYPE one of ${types/* FAULT_TYPES */.nH.join(', ')}`);
    }
    if (magnitude === undefined)
        return { service, type: type };
    // Written as in config files too: a ratio as 8% or 0.08, a factor as 3x or 3, a delay as 300ms or 300.
    const unit = magnitude.endsWith('%') ? '%' : magnitude.endsWith('ms') ? 'ms' : magnitude.endsWith('x') ? 'x' : '';
    const number = Number(magnitude.slice(0, magnitude.length - unit.length));
    const size = unit === '%' ? number / 100 : number;
    if (magnitude === unit || !Number.isFinite(size) || size < 0 || (unit === 'ms' && type !== 'network_delay')) {
        throw new types/* ConfigError */.xL(`fault "${text}": magnitude "${magnitude}" is not a number`, type === 'network_delay' ? 'write it like reviews:network_delay:300ms' : 'write it like reviews:latency:3');
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
    throw new types/* ConfigError */.xL(`"${value}" is not a time`, 'use RFC3339 (2026-11-25T10:00:00Z), unix seconds, "now" or "-15m"');
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
        throw new types/* ConfigError */.xL(`the window is empty: --from ${new Date(from).toISOString()} is not before --to ${new Date(to).toISOString()}`, 'give a --from earlier than --to');
    }
    if (to > now + 60_000) {
        throw new types/* ConfigError */.xL(`--to ${new Date(to).toISOString()} is in the future`, 'analyse a window that has ended, or use --duration for a live scan');
    }
    return { from, to, live: false };
}

;// CONCATENATED MODULE: ./src/config/file.ts
/**
 * The YAML config file: its zod schema (strict: an unknown key is a mistake, with a did-you-mean), and its
 * translation into overrides of the defaults.
 */




/** A scalar the unit parsers read; anything else (a list, a map, a boolean) gets one message naming the units. */
const scalar = (example) => schemas/* custom */.IeY((v) => typeof v === 'string' || typeof v === 'number', `expected a value like ${example}`);
const file_duration = scalar('90s, 5m or 1h').transform((v, ctx) => {
    try {
        return parseDuration(String(v));
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: e.message + ' (write it like 90s, 5m or 1h)' });
        return core/* NEVER */.tm;
    }
});
const unitValue = (parse, example) => scalar(example).transform((v, ctx) => {
    try {
        return parse(v, '');
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: e.message.replace(/^: /, '') });
        return core/* NEVER */.tm;
    }
});
const ratio = unitValue(parseRatio, '5%');
const factor = unitValue(parseFactor, '2x');
const size = unitValue(parseSize, '64MiB');
const severity = schemas/* enum */.k5n(types/* SEVERITIES */.oC);
const fileSchema = schemas/* strictObject */.rej({
    source: schemas/* enum */.k5n(types/* SOURCE_NAMES */.tN).optional(),
    mesh: schemas/* enum */.k5n(['auto', ...types/* MESH_NAMES */.rC]).optional(),
    // An explicit empty list is a mistake more often than a wish: "every namespace" is spelled by leaving it out.
    namespaces: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .min(1, 'an empty list names no namespace (remove the key to analyse every namespace)')
        .optional(),
    baseline: schemas/* string */.YjP().min(1).optional(),
    step: file_duration.optional(),
    featureWindow: file_duration.optional(),
    learnDuration: file_duration.optional(),
    scanDuration: file_duration.optional(),
    rules: schemas/* strictObject */.rej({
        errorRatio: ratio.optional(),
        trafficSpike: factor.optional(),
        trafficDrop: factor.optional(),
        latencyP99: schemas/* union */.KCZ([file_duration, schemas/* null */.chJ()]).optional(),
        latencyFactor: factor.optional(),
        retryRatio: ratio.optional(),
        timeoutRatio: ratio.optional(),
        overflowRatio: ratio.optional(),
    })
        .optional(),
    model: schemas/* strictObject */.rej({
        sensitivity: schemas/* number */.aig().positive().max(100).optional(),
        kMax: schemas/* number */.aig().int().min(1).max(12).optional(),
        seed: schemas/* number */.aig().int().optional(),
    })
        .optional(),
    gate: schemas/* strictObject */.rej({
        failOn: severity.optional(),
        maxAnomalies: schemas/* number */.aig().int().min(0).max(1_000_000).optional(),
        minRequests: schemas/* number */.aig().int().min(0).max(1_000_000_000).optional(),
        warnOnly: schemas/* boolean */.zMY().optional(),
        onInsufficientData: schemas/* enum */.k5n(['pass', 'warn', 'fail']).optional(),
        onError: schemas/* enum */.k5n(['fail', 'warn']).optional(),
        before: schemas/* union */.KCZ([schemas/* literal */.euz(0), schemas/* literal */.euz('0'), file_duration])
            .transform(Number)
            .optional(),
        preExisting: schemas/* enum */.k5n(['warn', 'fail']).optional(),
    })
        .optional(),
    prometheus: schemas/* strictObject */.rej({
        url: schemas/* string */.YjP().url().optional(),
        headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
        timeout: file_duration.optional(),
        deadline: file_duration.optional(),
        /** MiB: the largest answer read from the server. */
        maxResponseSize: schemas/* number */.aig().int().min(1).max(4096).optional(),
        concurrency: schemas/* number */.aig().int().min(1).max(256).optional(),
        caFile: schemas/* string */.YjP().optional(),
        insecureSkipVerify: schemas/* boolean */.zMY().optional(),
    })
        .optional(),
    kube: schemas/* strictObject */.rej({ kubeconfig: schemas/* string */.YjP().optional(), context: schemas/* string */.YjP().optional() }).optional(),
    sidecars: schemas/* strictObject */.rej({
        interval: file_duration.optional(),
        concurrency: schemas/* number */.aig().int().min(1).max(256).optional(),
        maxScrapeSize: size.optional(),
    })
        .optional(),
    simulated: schemas/* strictObject */.rej({
        topology: schemas/* string */.YjP().optional(),
        seed: schemas/* number */.aig().int().optional(),
        faults: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    })
        .optional(),
    report: schemas/* strictObject */.rej({ origins: schemas/* boolean */.zMY().optional() }).optional(),
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
    while (current instanceof schemas/* ZodOptional */.IiU)
        current = current.unwrap();
    return current instanceof schemas/* ZodObject */.bvH ? current : null;
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
        raw = js_yaml/* load */.Hh(text);
    }
    catch (e) {
        const reason = e.reason ?? 'invalid YAML';
        const line = e.mark?.line;
        throw new types/* ConfigError */.xL(`${file}: ${reason}${line !== undefined ? ` at line ${line + 1}` : ''}`, 'fix the YAML syntax (indentation, quotes, colons)');
    }
    if (raw === undefined || raw === null)
        return {};
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new types/* ConfigError */.xL(`${file}: the top level is not a mapping`, 'write the config as "key: value" lines');
    }
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) {
        const messages = parsed.error.issues.map((issue) => describeIssue(issue));
        throw new types/* ConfigError */.xL(`${file}: ${messages.join('; ')}`, 'see the "Configuration" section of the README for every key and its units');
    }
    return fileToOverrides(parsed.data);
}
function fileToOverrides(file) {
    const overrides = {
        source: file.source,
        mesh: file.mesh,
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
            timeoutMs: file.prometheus.timeout,
            deadlineMs: file.prometheus.deadline,
            maxResponseBytes: file.prometheus.maxResponseSize === undefined
                ? undefined
                : file.prometheus.maxResponseSize * 1024 * 1024,
            concurrency: file.prometheus.concurrency,
            caFile: file.prometheus.caFile,
            insecureSkipVerify: file.prometheus.insecureSkipVerify,
        },
        kube: file.kube,
        sidecars: file.sidecars && {
            intervalMs: file.sidecars.interval,
            concurrency: file.sidecars.concurrency,
            maxScrapeBytes: file.sidecars.maxScrapeSize,
        },
        simulated: file.simulated && {
            topology: file.simulated.topology,
            seed: file.simulated.seed,
            faults: file.simulated.faults?.map(parseFault),
        },
        report: file.report,
    };
    return overrides;
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Settings, assembled in one place for the CLI and the Action: defaults < YAML file (file.ts) < environment <
 * flags / inputs, then cross-field validation. The units ("5m", "5%", "2x") are parsed in units.ts.
 */








const DEFAULT_CONFIG = {
    source: 'simulated',
    mesh: 'auto',
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
        before: 30 * 60_000,
        preExisting: 'warn',
    },
    prometheus: {
        url: null,
        headers: {},
        bearerToken: null,
        basicAuth: null,
        caFile: null,
        insecureSkipVerify: false,
        // As long as Prometheus's own --query.timeout default: a shorter wait abandons work the server still does.
        timeoutMs: 120_000,
        concurrency: 8,
    },
    kube: { kubeconfig: null, context: null, requestTimeoutMs: null },
    sidecars: { intervalMs: 15_000, concurrency: 16, maxScrapeBytes: 64 * 1024 * 1024 },
    simulated: { topology: 'bookinfo', seed: 1, faults: [] },
    report: { origins: true },
};
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
/** Cross-field checks and bounds the schema cannot express (flags skip the schema); one message per problem. */
function validateConfig(config) {
    const problems = [];
    const { rules, gate, model } = config;
    const within = (ms, min, max) => Number.isFinite(ms) && ms >= min && ms <= max;
    const { stepMs, featureWindowMs, stepsPerFeatureWindow } = settings/* LIMITS */.b;
    if (!within(config.stepMs, stepMs.min, stepMs.max))
        problems.push(`step ${(0,duration/* formatDuration */.a)(config.stepMs)} is not between ${(0,duration/* formatDuration */.a)(stepMs.min)} and ${(0,duration/* formatDuration */.a)(stepMs.max)}`);
    else if (config.featureWindowMs < stepsPerFeatureWindow * config.stepMs)
        problems.push(`featureWindow ${(0,duration/* formatDuration */.a)(config.featureWindowMs)} must hold at least ${stepsPerFeatureWindow} steps of ${(0,duration/* formatDuration */.a)(config.stepMs)}`);
    if (!within(config.featureWindowMs, featureWindowMs.min, featureWindowMs.max))
        problems.push(`featureWindow ${(0,duration/* formatDuration */.a)(config.featureWindowMs)} is not between ${(0,duration/* formatDuration */.a)(featureWindowMs.min)} and ${(0,duration/* formatDuration */.a)(featureWindowMs.max)}`);
    if (!within(config.learnDurationMs, 1000, 90 * DAY_MS))
        problems.push(`learnDuration ${(0,duration/* formatDuration */.a)(config.learnDurationMs)} is not between 1s and 90d`);
    else if (config.learnDurationMs < config.featureWindowMs)
        problems.push(`learnDuration ${(0,duration/* formatDuration */.a)(config.learnDurationMs)} is shorter than one featureWindow (${(0,duration/* formatDuration */.a)(config.featureWindowMs)})`);
    if (!within(config.scanDurationMs, 1000, 7 * DAY_MS))
        problems.push(`scanDuration ${(0,duration/* formatDuration */.a)(config.scanDurationMs)} is not between 1s and 7d`);
    if (rules.trafficSpikeFactor <= 1)
        problems.push(`rules.trafficSpike ${rules.trafficSpikeFactor}x must be above 1x`);
    if (rules.trafficDropFactor >= 1)
        problems.push(`rules.trafficDrop ${rules.trafficDropFactor}x must be below 1x`);
    if (rules.latencyFactor <= 1)
        problems.push(`rules.latencyFactor ${rules.latencyFactor}x must be above 1x`);
    if (rules.errorRatio <= 0)
        problems.push('rules.errorRatio must be above 0%');
    if (rules.latencyP99Ms !== null && !within(rules.latencyP99Ms, 1, HOUR_MS))
        problems.push(`rules.latencyP99 ${(0,duration/* formatDuration */.a)(rules.latencyP99Ms)} is not between 1ms and 1h`);
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
        problems.push(`prometheus.timeout ${(0,duration/* formatDuration */.a)(config.prometheus.timeoutMs)} is not between 100ms and 10m`);
    const deadlineMs = config.prometheus.deadlineMs;
    if (deadlineMs !== undefined && !within(deadlineMs, 1000, 24 * HOUR_MS))
        problems.push(`prometheus.deadline ${(0,duration/* formatDuration */.a)(deadlineMs)} is not between 1s and 24h`);
    if (!within(config.sidecars.intervalMs, 1000, HOUR_MS))
        problems.push(`sidecars.interval ${(0,duration/* formatDuration */.a)(config.sidecars.intervalMs)} is not between 1s and 1h`);
    const badNamespaces = config.namespaces.filter((ns) => !NAMESPACE_NAME.test(ns));
    if (badNamespaces.length > 0)
        problems.push(`namespaces: ${badNamespaces.map((n) => `"${n}"`).join(', ')} ${badNamespaces.length === 1 ? 'is not a Kubernetes namespace name' : 'are not Kubernetes namespace names'} (lowercase letters, digits and "-")`);
    if (problems.length > 0) {
        throw new types/* ConfigError */.xL(problems.join('; '), 'correct the values in the config file or the flags');
    }
    return config;
}
/** An explicit source wins; else a Prometheus URL means prometheus and a cluster alone means sidecars. */
function inferSource(given, inference) {
    if (given.source)
        return given.source;
    if (given.prometheus?.url)
        return 'prometheus';
    if (inference.clusterGiven || given.kube?.kubeconfig || given.kube?.context)
        return 'sidecars';
    if (inference.surface === 'cli') {
        throw new types/* ConfigError */.xL('no metrics source: give --prometheus-url or --source', 'add --prometheus-url URL (Prometheus), --source sidecars with a cluster, or --source simulated for the built-in demo mesh');
    }
    throw new types/* ConfigError */.xL('no metrics source: give the prometheus-url or source input', 'set prometheus-url (Prometheus), source: sidecars with a kubeconfig, or source: simulated for the built-in demo mesh');
}
/**
 * What the environment says about the cluster connection (read here, at load time, so that the pipeline reads
 * no environment variable): SMANALYZER_KUBE_TIMEOUT (a duration, e.g. 10s).
 */
function environmentOverrides(env) {
    const text = env.SMANALYZER_KUBE_TIMEOUT;
    let requestTimeoutMs;
    if (text) {
        try {
            requestTimeoutMs = parseDuration(text);
        }
        catch {
            throw new types/* ConfigError */.xL(`SMANALYZER_KUBE_TIMEOUT "${text}" is not a duration`, 'set it like SMANALYZER_KUBE_TIMEOUT=10s');
        }
        if (requestTimeoutMs < 100)
            throw new types/* ConfigError */.xL(`SMANALYZER_KUBE_TIMEOUT ${text} is below 100ms`, 'set it like SMANALYZER_KUBE_TIMEOUT=10s');
    }
    return { kube: { requestTimeoutMs } };
}
/**
 * The one place settings are assembled, for the CLI and the Action alike: defaults < the YAML file < the
 * environment's cluster settings < flags / inputs, validated.
 */
function loadConfig(options = {}) {
    let fromFile = {};
    if (options.file) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(options.file, 'utf8');
        }
        catch (e) {
            throw new types/* ConfigError */.xL(`cannot read config file ${options.file}: ${e.code ?? e.message}`, 'check the --config path');
        }
        fromFile = parseConfigFile(text, options.file);
    }
    const fromEnv = environmentOverrides(options.env ?? process.env);
    const merged = mergeInto(mergeInto(mergeInto(DEFAULT_CONFIG, fromFile), fromEnv), options.overrides);
    if (options.inferSource) {
        const given = mergeInto(fromFile, options.overrides);
        merged.source = inferSource(given, options.inferSource);
    }
    return validateConfig(merged);
}


/***/ }),

/***/ 38019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PX: () => (/* reexport safe */ _core_kubeconfig_limits_js__WEBPACK_IMPORTED_MODULE_4__.PX),
/* harmony export */   hT: () => (/* binding */ kubeconfigSecrets),
/* harmony export */   n3: () => (/* binding */ headerSecrets),
/* harmony export */   pE: () => (/* binding */ SecretRedactor)
/* harmony export */ });
/* unused harmony exports REDACTED, isSecretHeader */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33243);
/* harmony import */ var _core_kubeconfig_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41405);
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
/**
 * Headers whose values identify rather than authenticate (a tenant, an org, content negotiation): masking
 * them hides nothing and breaks the output (`X-Scope-OrgID: bookinfo` turned `bookinfo/reviews` into
 * `[redacted]/reviews`). Every other header value is treated as a credential.
 */
const NON_SECRET_HEADERS = new Set([
    'x-scope-orgid',
    'thanos-tenant',
    'x-grafana-org-id',
    'x-org-id',
    'x-tenant-id',
    'accept',
    'accept-encoding',
    'content-type',
    'user-agent',
    'cache-control',
    'x-request-id',
]);
/** True when a header's value must be kept out of logs and files. */
function isSecretHeader(name) {
    return !NON_SECRET_HEADERS.has(name.trim().toLowerCase());
}
/** The secret parts of a header value: the whole value and the credential behind a scheme ("Bearer abc"). */
function headerSecrets(name, value) {
    if (!isSecretHeader(name))
        return [];
    const parts = value.trim().split(/\s+/);
    return parts.length > 1 ? [value.trim(), parts.slice(1).join(' ')] : [value.trim()];
}
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
        for (const [name, value] of Object.entries(prometheus.headers)) {
            for (const secret of headerSecrets(name, value))
                this.add(secret);
        }
        if (prometheus.url) {
            try {
                const url = new URL(prometheus.url);
                if (url.password) {
                    const password = decodeURIComponent(url.password);
                    this.add(password);
                    // What a client sends for URL credentials: Basic base64(user:password) (add() registers the base64).
                    this.add(`${decodeURIComponent(url.username)}:${password}`);
                }
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
    /** Every string scrubbed (secrets and their encodings), for the runner's masks. */
    values() {
        return [...this.secrets];
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
        // Base64 first: a wrapped one has newlines but is not YAML.
        const decoded = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(value) ? undefined : (0,_core_kubeconfig_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeWrappedBase64 */ .Bz)(value);
        if (decoded !== undefined)
            return [decoded];
        if (value.includes('\n') || /^\s*(apiVersion|kind|clusters|contexts|users)\s*:/m.test(value))
            return [value];
        return read(value);
    }
    const fromEnv = (env.KUBECONFIG ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean);
    if (fromEnv.length > 0)
        return fromEnv.flatMap(read);
    return read((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube', 'config'));
}
/** Credential values under `users:` (token, password, client key, auth-provider tokens, exec env values). */
function kubeconfigSecrets(text) {
    if (Buffer.byteLength(text) > _core_kubeconfig_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_KUBECONFIG_BYTES */ .PX)
        return [];
    let parsed;
    try {
        // Aliases capped: the walk below would follow a billion-laughs graph exponentially.
        parsed = js_yaml__WEBPACK_IMPORTED_MODULE_3__/* .load */ .Hh(text, _core_kubeconfig_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .KUBECONFIG_YAML_OPTIONS */ .BC);
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

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** How a duration reads in a message, the way durations are written in flags and config: "250ms", "1.5s", "1m30s". */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    if (ms < 1000)
        return `${ms}ms`;
    if (ms < 10_000 && ms % 1000 !== 0)
        return `${Number((ms / 1000).toFixed(1))}s`;
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


/***/ }),

/***/ 28863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZI: () => (/* binding */ DEFAULT_HISTORY_LIMIT),
/* harmony export */   bC: () => (/* binding */ recentActivity),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   xg: () => (/* binding */ historyEntry)
/* harmony export */ });
/* unused harmony exports parseHistoryLine, ACTIVITY_PERIODS */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);
/**
 * The scan history (issue 15): one line per scan (time, verdict, findings by severity and type, services scanned,
 * baseline id), and the recent activity `status` and the job summary show from it. Pure: lines and a clock in.
 * A line comes from a file or an artifact, so it is validated field by field, never trusted.
 */

const DEFAULT_HISTORY_LIMIT = 1000;
function historyEntry(report, now) {
    const byType = {};
    for (const f of report.anomalies)
        byType[f.type] = (byType[f.type] ?? 0) + 1;
    return {
        time: new Date(now).toISOString(),
        verdict: report.verdict,
        partial: report.partial,
        findings: {
            total: report.anomalies.length,
            gating: report.summary.gatingAnomalies,
            bySeverity: { ...report.summary.bySeverity },
            byType,
        },
        servicesScanned: report.summary.servicesScanned,
        baselineId: report.baseline?.createdAt ?? null,
    };
}
const isCount = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** One JSON line back into an entry, or null when it is not one (corrupt, truncated, foreign). */
function parseHistoryLine(line) {
    let raw;
    try {
        raw = JSON.parse(line);
    }
    catch {
        return null;
    }
    if (!isRecord(raw) || !isRecord(raw.findings))
        return null;
    const { time, verdict, partial, servicesScanned, baselineId } = raw;
    const f = raw.findings;
    if (typeof time !== 'string' || time.length > 40 || !Number.isFinite(Date.parse(time)))
        return null;
    if (verdict !== 'pass' && verdict !== 'warn' && verdict !== 'fail')
        return null;
    if (!isCount(f.total) || !isCount(f.gating) || !isCount(servicesScanned))
        return null;
    if (!isRecord(f.bySeverity) ||
        !_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.every((s) => isCount(f.bySeverity[s])))
        return null;
    if (!isRecord(f.byType))
        return null;
    const byType = {};
    for (const [type, n] of Object.entries(f.byType)) {
        if (!_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ANOMALY_TYPES */ .Al.includes(type) || !isCount(n))
            return null;
        byType[type] = n;
    }
    if (baselineId !== null && (typeof baselineId !== 'string' || baselineId.length > 64))
        return null;
    const bySeverity = Object.fromEntries(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => [s, f.bySeverity[s]]));
    return {
        time,
        verdict,
        partial: partial === true,
        findings: {
            total: f.total,
            gating: f.gating,
            bySeverity: bySeverity,
            byType,
        },
        servicesScanned,
        baselineId: baselineId ?? null,
    };
}
/** The file's text back into entries, oldest first; the 1-based numbers of lines that were not entries. */
function parseHistory(text) {
    const entries = [];
    const corruptLines = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === '')
            return;
        const entry = parseHistoryLine(line);
        if (entry)
            entries.push(entry);
        else
            corruptLines.push(i + 1);
    });
    return { entries, corruptLines };
}
const ACTIVITY_PERIODS = [
    { label: 'last hour', ms: 3_600_000 },
    { label: 'last 24 h', ms: 86_400_000 },
    { label: 'last 7 days', ms: 7 * 86_400_000 },
];
function recentActivity(entries, now, lastCount = 10) {
    const periods = ACTIVITY_PERIODS.map(({ label, ms }) => {
        const inPeriod = entries.filter((e) => {
            const t = Date.parse(e.time);
            return t > now - ms && t <= now;
        });
        const bySeverity = Object.fromEntries(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => [s, 0]));
        for (const e of inPeriod)
            for (const s of _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC)
                bySeverity[s] += e.findings.bySeverity[s];
        return {
            label,
            scans: inPeriod.length,
            anomalies: inPeriod.reduce((sum, e) => sum + e.findings.total, 0),
            bySeverity,
            failed: inPeriod.filter((e) => e.verdict === 'fail').length,
            warned: inPeriod.filter((e) => e.verdict === 'warn').length,
        };
    });
    const newestFirst = [...entries].sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
    return {
        periods,
        last: newestFirst.slice(0, lastCount).map((e) => ({
            time: e.time,
            verdict: e.verdict,
            anomalies: e.findings.total,
            gating: e.findings.gating,
        })),
        total: entries.length,
    };
}


/***/ }),

/***/ 41405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ KUBECONFIG_YAML_OPTIONS),
/* harmony export */   Bz: () => (/* binding */ decodeWrappedBase64),
/* harmony export */   PX: () => (/* binding */ MAX_KUBECONFIG_BYTES)
/* harmony export */ });
/**
 * Bounds on a kubeconfig before anything parses or walks it. Real kubeconfigs are a few kilobytes and use no
 * YAML aliases; a "billion laughs" of nested aliases loads as a small shared graph but explodes for anything
 * that walks or copies it (the secret finder, the Kubernetes client), so aliases are capped at load.
 */
const MAX_KUBECONFIG_BYTES = 4 * 1024 * 1024;
/** js-yaml load options for kubeconfig text: at most this many alias nodes (`*ref`). */
const KUBECONFIG_YAML_OPTIONS = { maxAliases: 64 };
/** Node's base64 decoder skips whitespace, so a wrapped (line-broken) base64 kubeconfig decodes whole. */
function decodeWrappedBase64(value) {
    const compact = value.replace(/\s+/g, '');
    if (compact.length < 16 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact))
        return undefined;
    return Buffer.from(compact, 'base64').toString('utf8');
}


/***/ }),

/***/ 51922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ LIMITS)
/* harmony export */ });
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * The bounds every setting that shapes the work is held to, wherever it comes from: the config and flags
 * (config/load.ts) and a baseline file (core/baseline.ts), which may come from an untrusted artifact. A
 * baseline with a 30-day feature window or a 1 ms step would otherwise make a scan wait or run out of memory.
 */
const LIMITS = {
    stepMs: { min: 1000, max: HOUR },
    featureWindowMs: { min: 4000, max: DAY },
    /** A feature window holds at least this many steps. */
    stepsPerFeatureWindow: 4,
    kMax: { min: 1, max: 12 },
    /** Envoy's default histogram has 20 bounds; a custom one rarely more than a few dozen. */
    histogramBuckets: 256,
    /** Far above any mesh we measured (10,000 services), far below what exhausts memory. */
    services: 100_000,
};


/***/ }),

/***/ 65471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ safeBlock),
/* harmony export */   ZB: () => (/* binding */ stripTerminalControls),
/* harmony export */   _P: () => (/* binding */ escapeLogLine)
/* harmony export */ });
/* unused harmony export guardCommandLines */
/**
 * Untrusted text (labels, Kubernetes messages, exposition text, baseline fields, error messages) on its
 * way to a log, a terminal or a report. Two dangers:
 * - the Actions runner reads a stdout line that starts with `::` (or `##[`) as a workflow command
 *   (`::add-mask::`, `::stop-commands::`, `::warning::`), so a value must never start a line;
 * - terminals and GitHub's UI obey ANSI escapes and bidirectional overrides (U+202E turns `gnp.exe` into
 *   `exe.png`), so neither may reach an output.
 * Every output path of the Action and the CLI goes through these helpers.
 */
/** ESC sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`), DCS/SOS/PM/APC strings, and 2-byte ones. */
const ANSI = /\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[@-Z\\-_]|[ -/]+[0-~])|\x9b[0-?]*[ -/]*[@-~]/g;
/** C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate/mark characters. */
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * The text without ANSI escapes, bidi overrides and control characters; `\r\n` becomes `\n`, a lone `\r`
 * (which some consumers read as a line break, and which lets a terminal overwrite a line) is removed.
 */
function stripTerminalControls(text) {
    return text.replace(ANSI, '').replace(/\r\n/g, '\n').replace(/\r/g, '').replace(CONTROLS, '');
}
/**
 * One log line, whatever it holds: newlines and carriage returns (also lone `\r`) escaped as the runner
 * escapes command data (`%0A`, `%0D`), a `%` that would read as such an escape escaped too (`%25`), then
 * terminal controls stripped. The result never spans two lines.
 */
function escapeLogLine(text) {
    const escaped = text
        .replace(/%(?=[0-9A-Fa-f]{2})/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
    return guardCommandLines(stripTerminalControls(escaped));
}
/**
 * Several lines the tool laid out itself (a status table, a text report) with untrusted values inside:
 * controls stripped, and any line that would start a workflow command (`::…`, `##[…`, after leading
 * blanks, as the runner trims them) has its first character escaped, so it is printed, not obeyed.
 */
function safeBlock(text) {
    return guardCommandLines(stripTerminalControls(text));
}
function guardCommandLines(text) {
    return text.replace(/^([ \t]*)(::|##\[)/gm, (_m, blanks, start) => start === '::' ? `${blanks}%3A:` : `${blanks}%23#[`);
}


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ ANOMALY_TYPES),
/* harmony export */   Ui: () => (/* binding */ UserFacingError),
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   b$: () => (/* binding */ ClusterError),
/* harmony export */   dt: () => (/* binding */ compareServiceKeys),
/* harmony export */   fH: () => (/* binding */ serviceId),
/* harmony export */   kj: () => (/* binding */ MetricsError),
/* harmony export */   nH: () => (/* binding */ FAULT_TYPES),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   rC: () => (/* binding */ MESH_NAMES),
/* harmony export */   s$: () => (/* binding */ BaselineError),
/* harmony export */   tN: () => (/* binding */ SOURCE_NAMES),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * The shared vocabulary of SMAnalyzer: services, metric series, findings and errors.
 * Every module speaks these types; none of them does I/O.
 */
function serviceId(key) {
    return `${key.namespace}/${key.name}`;
}
/** Services in reading order: by namespace, then name. */
function compareServiceKeys(a, b) {
    return a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name);
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
/** The mesh dialects SMAnalyzer reads; what each means is declared under src/mesh/dialects/. */
const MESH_NAMES = ['istio', 'istio-ambient', 'linkerd'];
/** Where metrics can come from: each is one folder under src/sources/. */
const SOURCE_NAMES = ['simulated', 'prometheus', 'sidecars'];
const ANOMALY_TYPES = [
    'traffic_spike',
    'traffic_drop',
    'error_rate',
    'latency',
    'retry_storm',
    'timeout',
    'circuit_breaker',
];
/**
 * Faults the simulated mesh can inject: one per anomaly type, and two only the callee's callers see — a delay on
 * the network to its pods (ms), and packet loss its callers' proxies retry (the share of requests retried).
 */
const FAULT_TYPES = [...ANOMALY_TYPES, 'network_delay', 'packet_loss'];
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

/***/ 83323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, stamped into reports and baselines. Kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 46094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lo: () => (/* binding */ writeFileAtomically),
/* harmony export */   oq: () => (/* binding */ sweepAbandonedTempFiles)
/* harmony export */ });
/* unused harmony exports tempPathFor, writeAll */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Every file SMAnalyzer writes is complete or absent: written to a hidden temp file beside the target, every
 * byte (a short write on a full disk is retried until it fails outright), fsynced, then renamed over the
 * target and the directory fsynced. A reader, a crash or a full disk sees the old file or the new, never half.
 */



/** The temp files this process writes next to `path`: hidden, ending in .tmp, carrying the writer's pid. */
function tempPathFor(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/** Write all of `buffer` or throw: writeSync may write fewer bytes than asked (a disk filling up). */
function writeAll(fd, buffer, write = node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync) {
    let offset = 0;
    while (offset < buffer.length) {
        const written = write(fd, buffer, offset, buffer.length - offset);
        if (!(written > 0)) {
            throw Object.assign(new Error(`wrote ${offset} of ${buffer.length} bytes`), { code: 'ENOSPC' });
        }
        offset += written;
    }
}
/**
 * Replace `path` with `data` atomically. Throws the underlying error (with its `code`: ENOSPC, EACCES, …)
 * after removing the temp file; the caller words it for its user.
 */
function writeFileAtomically(path, data, options = {}) {
    const buffer = typeof data === 'string' ? Buffer.from(data) : data;
    const temp = tempPathFor(path);
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, 'wx', options.mode ?? 0o644);
        try {
            writeAll(fd, buffer, options.writeSync);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, path);
        fsyncDirectory((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
        throw error;
    }
}
/** Make the rename itself durable; some filesystems refuse to fsync a directory, which is harmless. */
function fsyncDirectory(dir) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(dir, 'r');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
    }
    catch {
        // not supported here: the rename is still atomic, only its durability across a power cut is weaker
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Temp files of `path` whose writer process is gone (kill -9, OOM); a live writer's temp file is left alone. */
function sweepAbandonedTempFiles(path) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir);
    }
    catch {
        return; // the write reports an unusable directory itself
    }
    const prefix = `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.`;
    for (const entry of entries) {
        if (!entry.startsWith(prefix) || !entry.endsWith('.tmp'))
            continue;
        const pid = Number(entry.slice(prefix.length).split('.')[0]);
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid))
            continue;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry), { force: true });
    }
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}


/***/ }),

/***/ 23709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ MESH_DIALECTS),
/* harmony export */   dialectOf: () => (/* binding */ dialectOf)
/* harmony export */ });
/* harmony import */ var _istio_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45849);
/* harmony import */ var _istio_ambient_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37904);
/* harmony import */ var _linkerd_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68864);



const MESH_DIALECTS = {
    istio: _istio_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO */ .B,
    'istio-ambient': _istio_ambient_js__WEBPACK_IMPORTED_MODULE_1__/* .ISTIO_AMBIENT */ .K,
    linkerd: _linkerd_js__WEBPACK_IMPORTED_MODULE_2__/* .LINKERD */ .e,
};
function dialectOf(name) {
    return MESH_DIALECTS[name];
}


/***/ }),

/***/ 37904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ISTIO_AMBIENT)
/* harmony export */ });
/* harmony import */ var _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48765);

const ISTIO_AMBIENT = {
    name: 'istio-ambient',
    title: 'Istio ambient',
    metrics: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_METRICS */ .dK,
    server: {
        label: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_VIEW_LABEL */ .Wg,
        values: ['waypoint', 'destination'],
        service: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_SERVICE */ .fG,
        workload: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_WORKLOAD */ .ZU,
        caller: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_CALLER */ .RL,
    },
    client: {
        label: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_VIEW_LABEL */ .Wg,
        // A sidecar caller's own view first; else the waypoint, the proxy that sends the request on to the callee.
        values: ['source', 'waypoint'],
        callee: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_SERVICE */ .fG,
        caller: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_CALLER */ .RL,
        shows: "the waypoint, which sends each request on to the callee: its retries, overflows and timeouts, and the hop from the waypoint to the callee's pods; not the caller's own hop to the waypoint",
    },
    l4: {
        label: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_VIEW_LABEL */ .Wg,
        values: ['destination'],
        connections: 'istio_tcp_connections_opened_total',
        service: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_SERVICE */ .fG,
        advice: 'L4 only: add a waypoint for L7 (label the namespace or Service istio.io/use-waypoint=waypoint)',
    },
    // A waypoint is the proxy that sends the request upstream: it sets the retry and overflow flags.
    signals: (0,_istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .istioSignals */ ._A)({ every: ['waypoint', 'destination', 'source'], sender: ['waypoint', 'source'] }),
    versions: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_VERSIONS */ .z3,
    discovery: {
        proxyContainer: 'istio-proxy',
        injectedAnnotation: 'sidecar.istio.io/status',
        enrolment: { label: 'istio.io/dataplane-mode', value: 'ambient' },
        waypointLabel: 'istio.io/use-waypoint',
        controlPlane: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_CONTROL_PLANE */ .qQ,
        enrolHint: 'label it istio.io/dataplane-mode=ambient (and istio.io/use-waypoint for L7)',
    },
    proxy: { port: 15020, path: 'stats/prometheus', pods: 'waypoints' },
    summary: 'L7 from waypoints (reporter="waypoint"), where a service has one, with retries, overflows and timeouts; ' +
        "services without a waypoint only at L4 from ztunnel (connections); no Envoy cluster stats; the waypoint's " +
        "view of each edge leaves out the caller's hop to the waypoint",
};


/***/ }),

/***/ 48765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EA: () => (/* binding */ ISTIO_CLUSTER_STATS),
/* harmony export */   RL: () => (/* binding */ ISTIO_CALLER),
/* harmony export */   Wg: () => (/* binding */ ISTIO_VIEW_LABEL),
/* harmony export */   ZU: () => (/* binding */ ISTIO_WORKLOAD),
/* harmony export */   _A: () => (/* binding */ istioSignals),
/* harmony export */   dK: () => (/* binding */ ISTIO_METRICS),
/* harmony export */   fG: () => (/* binding */ ISTIO_SERVICE),
/* harmony export */   qQ: () => (/* binding */ ISTIO_CONTROL_PLANE),
/* harmony export */   z3: () => (/* binding */ ISTIO_VERSIONS)
/* harmony export */ });
const ISTIO_METRICS = {
    requests: 'istio_requests_total',
    latencyBuckets: 'istio_request_duration_milliseconds_bucket',
    latencyUnitMs: 1,
};
const ISTIO_VIEW_LABEL = 'reporter';
const ISTIO_SERVICE = {
    namespace: 'destination_service_namespace',
    name: [{ label: 'destination_service_name' }],
};
const ISTIO_CALLER = {
    namespace: 'source_workload_namespace',
    workload: ['source_workload'],
    canonical: 'source_canonical_service',
    // Ingress and egress gateways, and callers Istio could not identify, are traffic from outside the mesh.
    outside: '(.*-)?(ingress|egress)?gateway|unknown',
};
const ISTIO_WORKLOAD = ['destination_workload'];
/** Most specific first: the canonical revision (a pod label Istio derives), then the `version` label. */
const ISTIO_VERSIONS = ['destination_canonical_revision', 'destination_version'];
/** Which views' proxies set each signal's labels: `seenBy` is filled in per data plane. */
function istioSignals(views) {
    return {
        errors: {
            metric: 'errorRatio',
            per: 'request',
            // "0": no response was sent at all; a gRPC failure travels as HTTP 200 with a non-OK status.
            requests: {
                anyOf: [
                    { label: 'response_code', matches: '0|5..' },
                    { label: 'grpc_response_status', notMatches: '|0' },
                ],
                seenBy: views.every,
            },
        },
        timeouts: {
            metric: 'timeoutRatio',
            per: 'request',
            requests: {
                anyOf: [
                    { label: 'response_code', matches: '504' },
                    { label: 'response_flags', hasFlag: ['UT'] },
                ],
                seenBy: views.every,
            },
            clusterStat: 'envoy_cluster_upstream_rq_timeout',
        },
        retries: {
            metric: 'retryRatio',
            per: 'request',
            requests: { anyOf: [{ label: 'response_flags', hasFlag: ['URX'] }], seenBy: views.sender },
            clusterStat: 'envoy_cluster_upstream_rq_retry',
        },
        overflows: {
            metric: 'overflowRatio',
            per: 'request',
            requests: { anyOf: [{ label: 'response_flags', hasFlag: ['UO'] }], seenBy: views.sender },
            clusterStat: 'envoy_cluster_upstream_rq_pending_overflow',
        },
        ejections: {
            metric: 'ejectionRate',
            per: 'second',
            clusterStat: 'envoy_cluster_outlier_detection_ejections_enforced_total',
            unavailable: 'outlier ejections exist only as Envoy cluster stats',
        },
    };
}
/**
 * Envoy's per-upstream-cluster counters, named `outbound|9080|v1|reviews.bookinfo.svc.cluster.local`. Istio
 * exports them only where `proxyStatsMatcher` includes them (by default only for xds-grpc).
 */
const ISTIO_CLUSTER_STATS = {
    label: 'cluster_name',
    servicePattern: String.raw `outbound\|[0-9]*\|[^|]*\|([^.|]+)\.([^.|]+)\.svc(\..*)?`,
    enable: 'add a proxyStatsMatcher to the mesh config (meshConfig.defaultConfig) or a pod annotation ' +
        'proxy.istio.io/config, then restart the pods',
};
const ISTIO_CONTROL_PLANE = {
    // Every istiod and classic gateway Deployment carries the `istio` label.
    labelSelector: 'istio',
    isControlPlane: { app: 'istiod' },
    versionContainer: 'discovery',
};


/***/ }),

/***/ 45849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ ISTIO)
/* harmony export */ });
/* harmony import */ var _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48765);

const ISTIO = {
    name: 'istio',
    title: 'Istio (sidecars)',
    metrics: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_METRICS */ .dK,
    server: {
        label: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_VIEW_LABEL */ .Wg,
        values: ['destination'],
        service: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_SERVICE */ .fG,
        workload: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_WORKLOAD */ .ZU,
        caller: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_CALLER */ .RL,
    },
    client: {
        label: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_VIEW_LABEL */ .Wg,
        values: ['source'],
        callee: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_SERVICE */ .fG,
        caller: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_CALLER */ .RL,
        shows: "the caller's sidecar: the network to the callee, the caller's retries (URX), overflows (UO) and timeouts",
    },
    signals: (0,_istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .istioSignals */ ._A)({ every: ['destination', 'source'], sender: ['source'] }),
    clusterStats: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_CLUSTER_STATS */ .EA,
    versions: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_VERSIONS */ .z3,
    discovery: {
        proxyContainer: 'istio-proxy',
        injectedAnnotation: 'sidecar.istio.io/status',
        controlPlane: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_CONTROL_PLANE */ .qQ,
        enrolHint: 'label it istio-injection=enabled (sidecars) or istio.io/dataplane-mode=ambient',
    },
    proxy: { port: 15020, path: 'stats/prometheus', pods: 'workloads' },
    summary: "L7 from each callee's sidecar; each edge, retries and overflows from the caller's sidecar; Envoy cluster " +
        'stats (ejections) where proxyStatsMatcher exports them',
};


/***/ }),

/***/ 68864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ LINKERD)
/* harmony export */ });
const WORKLOAD = ['deployment', 'statefulset', 'daemonset'];
const UNAVAILABLE = 'linkerd2-proxy exports no such counter per service';
const LINKERD = {
    name: 'linkerd',
    title: 'Linkerd',
    metrics: {
        requests: 'response_total',
        latencyBuckets: 'response_latency_ms_bucket',
        latencyUnitMs: 1,
    },
    server: {
        label: 'direction',
        values: ['inbound'],
        service: {
            namespace: 'namespace',
            name: [{ label: 'authority', host: true }, ...WORKLOAD.map((label) => ({ label, fallback: true }))],
        },
        workload: WORKLOAD,
    },
    client: {
        label: 'direction',
        values: ['outbound'],
        callee: {
            namespace: 'dst_namespace',
            name: [
                { label: 'dst_service' },
                { label: 'authority', host: true },
                { label: 'dst_deployment', fallback: true },
                { label: 'dst_statefulset', fallback: true },
            ],
        },
        caller: { namespace: 'namespace', workload: WORKLOAD, outside: '(.*-)?(ingress|gateway)(-.*)?|unknown' },
        shows: "the caller's proxy: the network to the callee and its failures; no retry or overflow flags",
    },
    signals: {
        errors: {
            metric: 'errorRatio',
            per: 'request',
            // Linkerd classifies by the gRPC status where there is one, else by the HTTP status (5xx) and stream errors.
            requests: { anyOf: [{ label: 'classification', matches: 'failure' }], seenBy: ['inbound', 'outbound'] },
        },
        timeouts: {
            metric: 'timeoutRatio',
            per: 'request',
            requests: { anyOf: [{ label: 'status_code', matches: '504' }], seenBy: ['inbound', 'outbound'] },
        },
        retries: { metric: 'retryRatio', per: 'request', unavailable: UNAVAILABLE },
        overflows: { metric: 'overflowRatio', per: 'request', unavailable: UNAVAILABLE },
        ejections: { metric: 'ejectionRate', per: 'second', unavailable: UNAVAILABLE },
    },
    versions: ['version', 'pod_template_hash'],
    discovery: {
        proxyContainer: 'linkerd-proxy',
        injectedAnnotation: 'linkerd.io/proxy-version',
        controlPlane: {
            labelSelector: 'linkerd.io/control-plane-component',
            isControlPlane: { 'linkerd.io/control-plane-component': 'destination' },
            versionContainer: 'destination',
        },
        enrolHint: 'annotate it linkerd.io/inject=enabled',
    },
    proxy: { port: 4191, path: 'metrics', pods: 'workloads', podNamespaceLabel: 'namespace' },
    summary: "L7 from each callee's proxy (inbound) and each caller's (outbound: edges); errors by Linkerd's " +
        'classification, timeouts as 504s; no retry, overflow or ejection counters (unavailable, not zero)',
};


/***/ }),

/***/ 37893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   wj: () => (/* binding */ withTimeout),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export backoffDelayMs */
/**
 * One way to bound a network call: a per-request timeout that aborts the request, attempts with jittered
 * exponential backoff (or the server's Retry-After), and an overall deadline. Callers say what is worth
 * retrying and how failures read; the clock and the sleep are injectable for tests.
 */
/** Resolves after `ms`, or rejects with the signal's reason as soon as it is aborted. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const timer = setTimeout(done, ms);
        function done() {
            signal?.removeEventListener('abort', abort);
            resolve();
        }
        function abort() {
            clearTimeout(timer);
            reject(signal.reason);
        }
        signal?.addEventListener('abort', abort, { once: true });
    });
}
/** Exponential backoff with "equal jitter": half fixed, half random, so retries from many clients spread out. */
function backoffDelayMs(policy, attempt, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** attempt);
    return ceiling / 2 + (random() * ceiling) / 2;
}
/**
 * Runs `run` with a signal that aborts after `timeoutMs` (or when `outer` aborts). Settles on time even when
 * `run` ignores its signal: then it rejects with `onTimeout()`.
 */
async function withTimeout(timeoutMs, run, onTimeout, outer) {
    const aborter = new AbortController();
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const late = onTimeout();
            reject(late);
            aborter.abort(late);
        }, timeoutMs);
        timer.unref?.();
    });
    const signal = outer ? AbortSignal.any([outer, aborter.signal]) : aborter.signal;
    try {
        return await Promise.race([run(signal), timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** Runs `send` under the policy: each attempt gets a signal that aborts at its timeout or the deadline. */
async function withRetry(policy, send, hooks) {
    const now = hooks.now ?? Date.now;
    const pause = hooks.sleep ?? sleep;
    const deadline = now() + policy.deadlineMs;
    let lastError;
    for (let attempt = 0; attempt < policy.attempts; attempt++) {
        const remaining = deadline - now();
        if (remaining <= 0)
            throw hooks.deadlineExceeded(lastError);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), Math.min(policy.requestTimeoutMs, remaining));
        hooks.onAttempt?.(attempt);
        try {
            return await send(controller.signal, attempt);
        }
        catch (err) {
            lastError = err;
            const timedOut = controller.signal.aborted;
            if (timedOut && hooks.retryTimedOut === false)
                throw hooks.failed(err);
            if (!timedOut && !hooks.retryable(err))
                throw hooks.failed(err);
            if (timedOut && deadline - now() <= 0)
                throw hooks.deadlineExceeded(err);
        }
        finally {
            clearTimeout(timer);
        }
        if (attempt === policy.attempts - 1)
            break;
        const serverWait = hooks.retryAfterMs?.(lastError);
        const wait = serverWait !== undefined
            ? Math.min(serverWait, policy.maxDelayMs)
            : backoffDelayMs(policy, attempt, hooks.random);
        // A wait that reaches the deadline leaves no time for another attempt: give up now, not after sleeping.
        if (wait >= deadline - now())
            throw hooks.deadlineExceeded(lastError);
        await pause(wait);
    }
    throw hooks.failed(lastError, policy.attempts);
}


/***/ }),

/***/ 47259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ mermaidChart),
/* harmony export */   Cd: () => (/* binding */ niceMax),
/* harmony export */   IO: () => (/* binding */ timeline),
/* harmony export */   JL: () => (/* binding */ chartCaption)
/* harmony export */ });
/* unused harmony exports displayUnit, mermaidText */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33647);
/**
 * A finding's picture as the renderers draw it (issue 15): the report's `charts` turned into one timeline in
 * display units, then into a Mermaid `xychart-beta` block for GitHub (job summary, PR comment). The terminal's
 * sparkline and the HTML report's SVG read the same timeline. Pure.
 */

function displayUnit(metric) {
    if (_units_js__WEBPACK_IMPORTED_MODULE_0__/* .RATIO_METRICS */ .Gz.includes(metric))
        return { unit: '%', scale: 100 };
    if (_units_js__WEBPACK_IMPORTED_MODULE_0__/* .LATENCY_METRICS */ .Z$.includes(metric))
        return { unit: 'ms', scale: 1 };
    return { unit: 'per second', scale: 1 };
}
/** A round axis maximum a little above the largest value: 1, 2, 2.5, 5 × a power of ten. */
function niceMax(value) {
    if (!(value > 0) || !Number.isFinite(value))
        return 1;
    const power = 10 ** Math.floor(Math.log10(value));
    for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
        if (step * power >= value)
            return Number((step * power).toPrecision(3));
    }
    return 10 * power;
}
function timeline(chart) {
    const { unit, scale } = displayUnit(chart.metric);
    const show = (v) => (v === null || !Number.isFinite(v) ? null : v * scale);
    const reference = chart.reference?.values ?? [];
    const values = [...reference, ...chart.scan.values].map(show);
    const zero = Date.parse(chart.deployedAt ?? chart.scan.from);
    const at = (from, step, i) => (Date.parse(from) + i * step * 1000 - zero) / 60_000;
    const minutes = [
        ...reference.map((_, i) => at(chart.reference.from, chart.reference.stepSeconds, i)),
        ...chart.scan.values.map((_, i) => at(chart.scan.from, chart.scan.stepSeconds, i)),
    ];
    const band = chart.band ? [chart.band[0] * scale, chart.band[1] * scale] : null;
    const top = Math.max(0, ...values.map((v) => v ?? 0), band?.[1] ?? 0);
    return {
        chart,
        values,
        deployIndex: reference.length,
        hasReference: reference.length > 0,
        minutes,
        unit,
        band,
        expected: show(chart.expected),
        yMax: niceMax(top * 1.05),
        title: `${chart.namespace}/${chart.service} ${_units_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_LABEL */ .SM[chart.metric] ?? chart.metric}`,
    };
}
/** Mermaid strings accept a narrow alphabet here: anything else becomes "_" (the table beside it is exact). */
function mermaidText(text, max = 60) {
    return text.replace(/[^A-Za-z0-9/_.:%() -]/g, '_').slice(0, max);
}
/** Mermaid's xychart has no gaps: a missing point repeats its neighbour (the caption says so). */
function filled(values) {
    const out = [];
    let last = values.find((v) => v !== null) ?? 0;
    for (const v of values) {
        if (v !== null)
            last = v;
        out.push(last ?? 0);
    }
    return out;
}
const number = (v) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(v, v !== 0 && Math.abs(v) < 1 ? 4 : 2);
/** Colours in plot order: deploy marker (grey bar), observed (red), band bounds (green). */
const PALETTE_WITH_DEPLOY = '#d0d7de, #cf222e, #1a7f37, #1a7f37';
const PALETTE = '#cf222e, #1a7f37, #1a7f37';
/** Readable minutes: whole numbers when the window is long, one decimal for short windows. */
function axisMinutes(minutes) {
    const lo = Math.min(...minutes);
    const hi = Math.max(...minutes);
    const digits = hi - lo >= 10 ? 0 : 1;
    return [(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(lo, digits), (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(hi === lo ? lo + 1 : hi, digits)];
}
/** One `xychart-beta` block (with its caption) for a finding's chart. */
function mermaidChart(chart) {
    const t = timeline(chart);
    const observed = filled(t.values).map(number);
    const deployMarker = t.hasReference;
    const [from, to] = axisMinutes(t.minutes);
    const xLabel = deployMarker ? 'minutes from the deploy' : 'minutes into the scan window';
    const plots = [];
    if (deployMarker)
        plots.push(`  bar [${t.values.map((_, i) => (i === t.deployIndex ? number(t.yMax) : '0')).join(', ')}]`);
    plots.push(`  line [${observed.join(', ')}]`);
    if (t.band) {
        plots.push(`  line [${t.values.map(() => number(t.band[1])).join(', ')}]`);
        plots.push(`  line [${t.values.map(() => number(t.band[0])).join(', ')}]`);
    }
    const palette = deployMarker ? PALETTE_WITH_DEPLOY : PALETTE;
    return [
        '```mermaid',
        `%%{init: {"xyChart": {"width": 700, "height": 320}, "themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `  title "${mermaidText(t.title)} (${mermaidText(t.unit)})"`,
        `  x-axis "${xLabel}" ${from} --> ${to}`,
        `  y-axis "${mermaidText(t.unit)}" 0 --> ${number(t.yMax)}`,
        ...plots,
        '```',
    ];
}
/** The words under a chart: what each colour is, in the metric's units. */
function chartCaption(chart, drawing = 'mermaid') {
    const t = timeline(chart);
    const svg = drawing === 'svg';
    const parts = [`red${svg ? ' line' : ''}: observed ${_units_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_LABEL */ .SM[chart.metric] ?? chart.metric}`];
    if (chart.band)
        parts.push(`green${svg ? ' area' : ''}: learned normal band ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(chart.metric, chart.band[0])} – ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(chart.metric, chart.band[1])}`);
    if (t.hasReference && chart.deployedAt)
        parts.push(`${svg ? 'dashed line' : 'grey bar'}: the deploy at ${chart.deployedAt}`);
    if (t.values.some((v) => v === null))
        parts.push(svg ? 'gaps: steps without data' : 'steps without data repeat their neighbour');
    const step = chart.scan.stepSeconds;
    parts.push(`one point per ${step >= 60 ? `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(step / 60, 1)} min` : `${step} s`}`);
    return parts.join(' · ');
}


/***/ }),

/***/ 74284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ originText),
/* harmony export */   E5: () => (/* binding */ originTextGraph),
/* harmony export */   O9: () => (/* binding */ originMarkdown),
/* harmony export */   pH: () => (/* binding */ originHeadline)
/* harmony export */ });
/* unused harmony exports describeOrigin, affectedGraph, mermaidSafe, originMermaid */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33647);
/**
 * Origins in words and pictures: the one line a reader wants ("Likely origin: paymentservice — checkoutservice
 * and frontend errors follow its failures") and the affected part of the call graph, as text lines and as a
 * Mermaid flowchart. Pure: a report in, strings out. The headline is plain text (callers escape it for their
 * format); Mermaid labels are reduced to a safe alphabet here, since they come from the cluster.
 */

function kindOf(type) {
    if (type === 'latency')
        return 'latency';
    if (type === 'traffic_spike' || type === 'traffic_drop')
        return 'traffic';
    return 'errors';
}
/** Service names alone when the report spans one namespace, namespace/name otherwise. */
function namer(report) {
    const namespaces = new Set(report.services.map((s) => s.namespace));
    for (const f of report.anomalies)
        namespaces.add(f.namespace);
    for (const o of report.origins ?? [])
        namespaces.add(o.namespace);
    return namespaces.size <= 1 ? (_ns, service) => service : (ns, service) => `${ns}/${service}`;
}
function list(items) {
    if (items.length <= 1)
        return items.join('');
    if (items.length > 4)
        return `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
const FOLLOWS = {
    errors: (names) => `${names} errors follow its failures`,
    latency: (names) => `${names} latency follows its slowdown`,
    traffic: (names) => `${names} traffic follows its change in load`,
    // A surge that follows errors is callers retrying them: not a change in the origin's load.
    retries: (names) => `${names} traffic follows its failures (callers' retries)`,
};
/** What an origin did on its own, for an origin that explains no one. */
function ownWords(origin) {
    const own = origin.evidence.filter((e) => e.type && e.metric && e.observed !== undefined);
    const worst = own[0];
    const what = worst
        ? `${worst.type.replace('_', ' ')} (${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(worst.metric, worst.observed)}, normally ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(worst.metric, worst.expected ?? 0)})`
        : 'anomalous';
    const callees = Math.max(0, ...own.map((e) => e.healthyCallees ?? 0));
    return `${what} on its own server side${callees > 0 ? `, its ${callees === 1 ? 'callee is' : `${callees} callees are`} healthy` : ''}`;
}
function originName(origin, name) {
    if (origin.kind === 'network' && origin.caller) {
        return `the network between ${name(origin.caller.namespace, origin.caller.service)} and ${name(origin.namespace, origin.service)}`;
    }
    return name(origin.namespace, origin.service);
}
/** One sentence for one origin: who it is and who follows it. */
function describeOrigin(origin, report) {
    const name = namer(report);
    if (origin.kind === 'network') {
        const gap = origin.evidence.find((e) => e.clientP99Ms !== undefined);
        const detail = gap
            ? ` — calls take ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)('latencyP99', gap.clientP99Ms)} (p99) at the caller while ${name(origin.namespace, origin.service)} answers in ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)('latencyP99', gap.serverP99Ms)}`
            : '';
        return `${originName(origin, name)}${detail}`;
    }
    if (origin.explains.length === 0)
        return `${originName(origin, name)} — ${ownWords(origin)}`;
    const byKind = new Map();
    for (const x of origin.explains) {
        const kind = kindOf(x.type) === 'traffic' && x.follows === 'errors' ? 'retries' : kindOf(x.type);
        const names = byKind.get(kind) ?? [];
        const label = name(x.namespace, x.service);
        if (!names.includes(label))
            names.push(label);
        byKind.set(kind, names);
    }
    const clauses = [...byKind].map(([kind, names]) => FOLLOWS[kind](list(names)));
    return `${originName(origin, name)} — ${clauses.join('; ')}`;
}
/** "Likely origin: …" (plain text), or null when the report names no origin. */
function originHeadline(report) {
    const origins = report.origins ?? [];
    if (origins.length === 0)
        return null;
    const name = namer(report);
    const others = origins.slice(1, 4).map((o) => originName(o, name));
    const more = origins.length > 4 ? ` and ${origins.length - 4} more` : '';
    const also = others.length > 0 ? ` (also: ${others.join(', ')}${more})` : '';
    return `Likely origin: ${describeOrigin(origins[0], report)}${also}`;
}
/** The affected part of the call graph: origins, the services that follow them, the edges between. */
function affectedGraph(report, maxNodes = 15) {
    const name = namer(report);
    const nodes = new Map();
    const edges = [];
    const anomalous = new Set(report.anomalies.map((f) => `${f.namespace}/${f.service}`));
    const add = (ns, svc, role) => {
        const id = `${ns}/${svc}`;
        const existing = nodes.get(id);
        if (existing) {
            if (role === 'origin')
                existing.role = 'origin';
            return true;
        }
        if (nodes.size >= maxNodes)
            return false;
        nodes.set(id, {
            id,
            label: name(ns, svc),
            role: anomalous.has(id) || role === 'origin' ? role : 'healthy',
        });
        return true;
    };
    for (const origin of report.origins ?? []) {
        if (origin.kind === 'network' && origin.caller) {
            if (!add(origin.caller.namespace, origin.caller.service, 'anomalous'))
                break;
            if (!add(origin.namespace, origin.service, 'healthy'))
                break;
            edges.push({
                from: `${origin.caller.namespace}/${origin.caller.service}`,
                to: `${origin.namespace}/${origin.service}`,
                network: true,
            });
        }
        else if (!add(origin.namespace, origin.service, 'origin'))
            break;
        for (const e of origin.evidence) {
            if (!e.caller || !e.callee || e.clientP99Ms !== undefined)
                continue;
            const ok = add(e.caller.namespace, e.caller.name, 'anomalous') &&
                add(e.callee.namespace, e.callee.name, 'anomalous');
            if (!ok)
                continue;
            const from = `${e.caller.namespace}/${e.caller.name}`;
            const to = `${e.callee.namespace}/${e.callee.name}`;
            if (!edges.some((x) => x.from === from && x.to === to))
                edges.push({ from, to, network: false });
        }
    }
    return { nodes: [...nodes.values()], edges };
}
/** Mermaid accepts a narrow alphabet in a quoted label: anything else becomes "_". */
function mermaidSafe(text) {
    return text.replace(/[^A-Za-z0-9/_.:-]/g, '_').slice(0, 60);
}
/** The Mermaid flowchart (fenced), callers on the left: origins highlighted, anomalous nodes marked. */
function originMermaid(report, maxNodes = 15) {
    const graph = affectedGraph(report, maxNodes);
    if (graph.nodes.length === 0)
        return [];
    const idOf = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
    const lines = ['```mermaid', 'flowchart LR'];
    const mark = { origin: '🔥 ', anomalous: '⚠ ', healthy: '' };
    for (const n of graph.nodes)
        lines.push(`  ${idOf.get(n.id)}["${mark[n.role]}${mermaidSafe(n.label)}"]:::${n.role}`);
    graph.edges.forEach((e) => {
        lines.push(`  ${idOf.get(e.from)} ${e.network ? '-. slow network .->' : '-->'} ${idOf.get(e.to)}`);
    });
    graph.edges.forEach((e, i) => {
        if (e.network)
            lines.push(`  linkStyle ${i} stroke:#d00,stroke-width:3px`);
    });
    lines.push('  classDef origin fill:#ffb3a7,stroke:#c00,stroke-width:3px', '  classDef anomalous fill:#fff1c2,stroke:#c90', '  classDef healthy fill:#e8f5e9,stroke:#4a4', '```');
    return lines;
}
/** The same graph for a terminal: one line per call, callers first. */
function originTextGraph(report, maxNodes = 15) {
    const graph = affectedGraph(report, maxNodes);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const label = (id) => {
        const n = byId.get(id);
        return n.role === 'origin'
            ? `${n.label} (origin)`
            : n.role === 'anomalous'
                ? `${n.label} (anomalous)`
                : n.label;
    };
    return graph.edges.map((e) => `  ${label(e.from)} ${e.network ? '~~slow network~~>' : '──▶'} ${label(e.to)}`);
}
/**
 * The Markdown opening: the headline (escaped with the caller's escaper, since names come from the cluster) and
 * the flowchart. Empty when the report names no origin.
 */
function originMarkdown(report, escape) {
    const headline = originHeadline(report);
    if (!headline)
        return [];
    const [first, ...rest] = headline.replace(/^Likely origin: /, '').split(' — ');
    const detail = rest.length > 0 ? ` — ${escape(rest.join(' — '))}` : '';
    return [`**Likely origin: ${escape(first)}**${detail}`, '', ...originMermaid(report), ''];
}
/** The text opening: the headline and the calls that carried the trouble. */
function originText(report) {
    const headline = originHeadline(report);
    if (!headline)
        return [];
    const graph = originTextGraph(report);
    return [headline, ...graph, ''];
}


/***/ }),

/***/ 58063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ splitByOnset),
/* harmony export */   t: () => (/* binding */ PRE_EXISTING_HEADING)
/* harmony export */ });
const PRE_EXISTING_HEADING = 'Already present before the deploy';
/** The deploy's findings (new, or from a report without onsets) and those that were there before. */
function splitByOnset(findings) {
    return {
        current: findings.filter((f) => f.onset !== 'pre-existing'),
        preExisting: findings.filter((f) => f.onset === 'pre-existing'),
    };
}


/***/ }),

/***/ 33647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   Gz: () => (/* binding */ RATIO_METRICS),
/* harmony export */   OM: () => (/* binding */ trimNumber),
/* harmony export */   SM: () => (/* binding */ METRIC_LABEL),
/* harmony export */   Z$: () => (/* binding */ LATENCY_METRICS),
/* harmony export */   aT: () => (/* binding */ describeL4Only),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   nV: () => (/* binding */ formatAge)
/* harmony export */ });
/* harmony import */ var _mesh_dialects_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23709);

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
/**
 * Where the numbers came from, said first in every report: a simulated mesh must never pass for a cluster; a
 * real one says which mesh's metrics were read.
 */
function describeSource(source, mesh) {
    if (source === 'simulated')
        return 'simulated (built-in demo mesh, not a cluster)';
    return mesh ? `${source}, mesh: ${_mesh_dialects_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MESH_DIALECTS */ .S[mesh].title}` : source;
}
/** How a service seen at L4 only is described: what was judged, and how to get L7. */
function describeL4Only(mesh) {
    const advice = mesh ? _mesh_dialects_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MESH_DIALECTS */ .S[mesh].l4?.advice : undefined;
    return advice ?? 'L4 only: only its connections were judged';
}


/***/ })

};
