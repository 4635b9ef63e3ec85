export const id = 464;
export const ids = [464];
export const modules = {

/***/ 66142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b8: () => (/* binding */ appendHistory),
  vd: () => (/* binding */ defaultHistoryPath),
  readActivity: () => (/* binding */ readActivity),
  Lu: () => (/* binding */ readHistory)
});

// UNUSED EXPORTS: MAX_HISTORY_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/files/atomic.ts
var atomic = __webpack_require__(46094);
;// CONCATENATED MODULE: ./src/files/lock.ts
/**
 * A lock file beside a file that several processes rewrite (the scan history): created with O_EXCL, holding the
 * holder's pid, removed when done. Twelve scans at once each read the history, added their line and renamed their
 * copy over the others': the last rename won and the other lines were lost. Under the lock each read-append-trim-
 * write sees the one before it. A holder that died (kill -9) leaves its lock behind: a lock whose pid is gone, or
 * older than STALE_MS, is taken over.
 */

/** A holder keeps the lock for one read and one write of a small file: far less than this. */
const STALE_MS = 30_000;
/** How long to wait for another process's lock before giving up. */
const WAIT_MS = 15_000;
/** Another process held the lock for longer than we waited. */
class LockUnavailable extends Error {
    path;
    constructor(path) {
        super(`${path} is held by another process`);
        this.path = path;
    }
}
function sleepSync(ms) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
/** The inode of the lock when its holder is gone (its pid dead, or the lock older than STALE_MS); else null. */
function staleLock(lock, now) {
    try {
        const stat = (0,external_node_fs_.statSync)(lock);
        const pid = Number((0,external_node_fs_.readFileSync)(lock, 'utf8').trim());
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid) {
            try {
                process.kill(pid, 0);
            }
            catch (e) {
                if (e.code === 'ESRCH')
                    return stat.ino;
            }
        }
        return now - stat.mtimeMs > STALE_MS ? stat.ino : null;
    }
    catch {
        // Gone between our attempt and this look: try again.
        return null;
    }
}
/**
 * Takes a stale lock away: renamed aside (atomic), so of two waiters that both judged it stale only one gets it. A
 * waiter that renamed a lock made since it looked (another waiter's fresh one) puts it back.
 */
function removeStale(lock, staleIno) {
    const aside = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
        (0,external_node_fs_.renameSync)(lock, aside);
    }
    catch {
        return; // Someone else took it away first.
    }
    try {
        if ((0,external_node_fs_.statSync)(aside).ino !== staleIno)
            (0,external_node_fs_.linkSync)(aside, lock);
    }
    catch {
        // The path was taken again meanwhile: that holder has it.
    }
    finally {
        (0,external_node_fs_.rmSync)(aside, { force: true });
    }
}
/** Runs `fn` holding `<path>.lock`; the lock is removed however `fn` ends. */
function withFileLock(path, fn, waitMs = WAIT_MS) {
    const lock = `${path}.lock`;
    const deadline = Date.now() + waitMs;
    let fd;
    for (let delay = 5; fd === undefined; delay = Math.min(100, delay * 2)) {
        try {
            fd = (0,external_node_fs_.openSync)(lock, 'wx', 0o600);
        }
        catch (e) {
            // A folder that is missing or read-only: the caller words it as it would for the file itself.
            if (e.code !== 'EEXIST')
                throw e;
            const stale = staleLock(lock, Date.now());
            if (stale !== null) {
                removeStale(lock, stale);
                continue;
            }
            if (Date.now() > deadline)
                throw new LockUnavailable(lock);
            sleepSync(delay + Math.floor(Math.random() * delay));
        }
    }
    try {
        (0,external_node_fs_.writeSync)(fd, String(process.pid));
        (0,external_node_fs_.closeSync)(fd);
        return fn();
    }
    finally {
        (0,external_node_fs_.rmSync)(lock, { force: true });
    }
}

// EXTERNAL MODULE: ./src/core/scan-history.ts
var scan_history = __webpack_require__(9931);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
;// CONCATENATED MODULE: ./src/app/history-file.ts
/**
 * The scan history file (JSON Lines) beside the baseline: read it (a corrupt line is skipped with a note), and
 * append one scan atomically (write a temp file, fsync, rename), keeping only the newest `limit` lines, under a
 * lock file so that scans running at once each add their whole line.
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
        const stat = (0,external_node_fs_.statSync)(path);
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
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        (0,external_node_fs_.readSync)(fd, buffer, 0, length, size - length);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    let text = buffer.toString('utf8');
    if (size > length) {
        // Started mid-line: drop the partial first line.
        text = text.slice(text.indexOf('\n') + 1);
        notes.push(`history ${path} is larger than ${MAX_HISTORY_BYTES / 1024 / 1024} MiB: read its newest part`);
    }
    const { entries, corruptLines } = (0,scan_history/* parseHistory */.i6)(text);
    if (corruptLines.length > 0) {
        const shown = corruptLines.slice(0, 5).join(', ');
        notes.push(`skipped ${corruptLines.length} corrupt line${corruptLines.length === 1 ? '' : 's'} in history ${path} (line ${shown}${corruptLines.length > 5 ? ', …' : ''})`);
    }
    return { entries, notes };
}
/**
 * Append one scan and keep the newest `limit` entries. The new file replaces the old by rename, so a reader
 * (or a crash) sees the old history or the new one, never half a line. Corrupt lines do not survive a rewrite.
 * The read and the write happen under `<path>.lock`: a scan running at the same time waits its turn, so no
 * scan's line is lost to another's rename.
 */
function appendHistory(path, entry, limit) {
    try {
        return withFileLock(path, () => {
            const read = readHistory(path);
            const entries = [...read.entries, entry].slice(-Math.max(1, limit));
            const text = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
            (0,atomic/* writeFileAtomically */.lo)(path, text);
            return { entries, notes: read.notes };
        });
    }
    catch (e) {
        const code = e instanceof LockUnavailable
            ? `its lock ${e.message}`
            : (e.code ?? e.message);
        throw new types/* ConfigError */.xL(`cannot write the scan history to ${path}: ${code}`, 'check that its directory exists and is writable, or pass --history PATH');
    }
}
/** `status`'s Recent activity from a history file (an empty one when it does not exist yet). */
function readActivity(path, now) {
    const { entries, notes } = readHistory(path);
    return { path, recent: entries.length ? (0,scan_history/* recentActivity */.bC)(entries, now) : null, notes };
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
  kv: () => (/* binding */ credentialsFromEnv),
  Z9: () => (/* binding */ loadConfig),
  Pv: () => (/* binding */ longFlag),
  E9: () => (/* reexport */ duration/* parseDuration */.E),
  Gm: () => (/* reexport */ parseFault),
  Z4: () => (/* reexport */ parseRollout),
  lv: () => (/* reexport */ parseSeverity),
  pe: () => (/* reexport */ parseTime),
  LI: () => (/* reexport */ resolveWindow)
});

// UNUSED EXPORTS: DEFAULT_CONFIG, didYouMean, inferSource, namerFor, parseConfigFile, parseFactor, parseRatio, parseSize, validateConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/settings.ts + 5 modules
var settings = __webpack_require__(75959);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(74528);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
;// CONCATENATED MODULE: ./src/config/units.ts
/**
 * The units settings are written in ("90s", "5%", "2x", "64MiB", "-2h", a fault spec), parsed in one place for
 * the YAML file, the CLI's flags and the Action's inputs, each with one clear message per bad value.
 */



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
/** "reviews:latency:3" → a simulated fault; "reviews@v2:latency:1.6x" → on the rollout's new version only. */
function parseFault(text) {
    // SERVICE[@VERSION]:TYPE[:MAGNITUDE][@-DURATION]: "@-1h" = the fault began an hour before the deploy.
    const colon = text.indexOf(':');
    const versionAt = text.indexOf('@');
    if (versionAt >= 0 && colon >= 0 && versionAt < colon) {
        const version = text.slice(versionAt + 1, colon);
        if (!/^[A-Za-z0-9][-A-Za-z0-9_.]*$/.test(version)) {
            throw new types/* ConfigError */.xL(`fault "${text}": "${version}" is not a version`, 'write it like reviews@v2:latency:1.6x (the fault acts on version v2 of a rollout only)');
        }
        return { ...parseFault(text.slice(0, versionAt) + text.slice(colon)), version };
    }
    const at = text.indexOf('@');
    if (at >= 0) {
        const since = text.slice(at + 1);
        if (!since.startsWith('-')) {
            throw new types/* ConfigError */.xL(`fault "${text}": "@${since}" is not a time before the deploy`, 'write it like reviews:latency:2@-1h (began an hour before the deploy)');
        }
        return { ...parseFault(text.slice(0, at)), startsBeforeMs: (0,duration/* parseDuration */.E)(since.slice(1)) };
    }
    const [service, type, magnitude] = text.split(':');
    if (!service || !type || !types/* FAULT_TYPES */.nH.includes(type)) {
        throw new types/* ConfigError */.xL(`"${text}" is not a fault to inject`, `write SERVICE:TYPE[:MAGNITUDE] with TYPE one of ${types/* FAULT_TYPES */.nH.join(', ')}`);
    }
    if (magnitude === undefined)
        return { service, type: type };
    // Written as in config files too: a ratio as 8% or 0.08, a factor as 3x or 3, a delay as 300ms or 300.
    const unit = magnitude.endsWith('%')
        ? '%'
        : magnitude.endsWith('ms')
            ? 'ms'
            : magnitude.endsWith('x')
                ? 'x'
                : '';
    const number = Number(magnitude.slice(0, magnitude.length - unit.length));
    const size = unit === '%' ? number / 100 : number;
    if (magnitude === unit ||
        !Number.isFinite(size) ||
        size < 0 ||
        (unit === 'ms' && type !== 'network_delay')) {
        throw new types/* ConfigError */.xL(`fault "${text}": magnitude "${magnitude}" is not a number`, type === 'network_delay'
            ? 'write it like reviews:network_delay:300ms'
            : 'write it like reviews:latency:3');
    }
    return { service, type: type, magnitude: size };
}
/**
 * "reviews:v2:20%" → a simulated rollout: from the deploy on, 20% of reviews' requests go to version v2 (the rest
 * stay on v1). The share defaults to 20%.
 */
function parseRollout(text) {
    const [service, version, share, extra] = text.split(':');
    const fix = 'write SERVICE:VERSION[:SHARE], like reviews:v2:20% (a 20% canary of version v2 beside v1)';
    if (!service || !version || extra !== undefined || !/^[A-Za-z0-9][-A-Za-z0-9_.]*$/.test(version))
        throw new types/* ConfigError */.xL(`"${text}" is not a rollout`, fix);
    if (share === undefined)
        return { service, version, share: 0.2 };
    const value = share.endsWith('%') ? Number(share.slice(0, -1)) / 100 : Number(share);
    if (share === '' || !Number.isFinite(value) || value <= 0 || value >= 1)
        throw new types/* ConfigError */.xL(`rollout "${text}": share "${share}" is not between 0% and 100%`, fix);
    return { service, version, share: value };
}
/** Points in time: RFC3339, unix seconds, "now", or relative to now like "-15m". */
function parseTime(text, now) {
    const value = String(text).trim();
    if (value === 'now')
        return now;
    if (/^-\d/.test(value))
        return now - (0,duration/* parseDuration */.E)(value.slice(1));
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
 * The YAML config file: its zod schema, derived from the settings' declaration (core/settings.ts: each setting's
 * key and unit), strict so an unknown key is a mistake with a did-you-mean, and its translation into overrides
 * of the defaults (each key's value put at its setting's path).
 */





/** A scalar the unit parsers read; anything else (a list, a map, a boolean) gets one message naming the units. */
const scalar = (example) => schemas/* custom */.IeY((v) => typeof v === 'string' || typeof v === 'number', `expected a value like ${example}`);
const file_duration = scalar('90s, 5m or 1h').transform((v, ctx) => {
    try {
        return (0,duration/* parseDuration */.E)(String(v));
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
const MIB = 1024 * 1024;
/** A whole number within the setting's bounds, as zod words a bound ("must be at least 0"). */
function wholeNumber(setting) {
    const { min, max } = setting.bounds ?? {};
    let schema = schemas/* number */.aig().int();
    if (min !== undefined)
        schema = schema.min((0,settings/* boundValue */.O)(min));
    if (max !== undefined)
        schema = schema.max((0,settings/* boundValue */.O)(max));
    return schema;
}
/** How one setting is written in the file. Bounds the unit parsers do not hold are checked after the merge. */
function fileValue(setting) {
    const { min, max, above } = setting.bounds ?? {};
    switch (setting.unit) {
        case 'duration':
            if (setting.zeroTurnsOff)
                return schemas/* union */.KCZ([schemas/* literal */.euz(0), schemas/* literal */.euz('0'), file_duration]).transform(Number);
            // A bound that is off by default ("none") is written as null too.
            return setting.default === null ? schemas/* union */.KCZ([file_duration, schemas/* null */.chJ()]) : file_duration;
        case 'ratio':
            return ratio;
        case 'factor':
            return factor;
        case 'size':
            return size;
        case 'mebibytes':
            return wholeNumber(setting).transform((mib) => mib * MIB);
        case 'count':
        case 'integer':
            return wholeNumber(setting);
        case 'number': {
            let schema = schemas/* number */.aig();
            if (above !== undefined)
                schema = schema.gt(above);
            if (max !== undefined)
                schema = schema.max((0,settings/* boundValue */.O)(max));
            return schema;
        }
        case 'boolean':
            return schemas/* boolean */.zMY();
        case 'choice':
        case 'severity':
            return schemas/* enum */.k5n(setting.choices ?? []);
        case 'namespaces':
            // An explicit empty list is a mistake more often than a wish: "every namespace" is spelled by leaving it out.
            return schemas/* array */.YOg(schemas/* string */.YjP().min(1))
                .min(1, 'an empty list names no namespace (remove the key to analyse every namespace)');
        case 'text':
        case 'version': {
            let schema = schemas/* string */.YjP();
            if (min !== undefined)
                schema = schema.min((0,settings/* boundValue */.O)(min));
            if (max !== undefined)
                schema = schema.max((0,settings/* boundValue */.O)(max));
            return schema;
        }
        case 'url':
            return schemas/* string */.YjP().url();
        case 'headers':
            return schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP());
        case 'sigv4':
            // AWS SigV4 signing (Amazon Managed Service for Prometheus): the region, and the signing name (aps).
            return schemas/* strictObject */.rej({ region: schemas/* string */.YjP(), service: schemas/* string */.YjP().optional() })
                .transform(({ region, service }) => ({ region, service: service ?? 'aps' }));
        case 'faults':
        case 'rollouts':
            // Read after the schema (parseFault, parseRollout): their messages are the CLI's and the Action's.
            return schemas/* array */.YOg(schemas/* string */.YjP());
        case 'secret':
            throw new Error(`${setting.name} is never read from the config file`);
    }
}
/** The file's keys, nested as they are written (`rules.errorRatio` in a strict `rules` section), in order. */
function fileSchemaOf(settings) {
    const byHead = new Map();
    for (const setting of settings) {
        if (setting.key === undefined)
            continue;
        const [head, ...rest] = setting.key.split('.');
        const inner = { ...setting, key: rest.join('.') };
        const section = byHead.get(head);
        if (rest.length === 0)
            byHead.set(head, setting);
        else if (Array.isArray(section))
            section.push(inner);
        else
            byHead.set(head, [inner]);
    }
    const shape = {};
    for (const [head, entry] of byHead)
        shape[head] = (Array.isArray(entry) ? fileSchemaOf(entry) : fileValue(entry)).optional();
    return schemas/* strictObject */.rej(shape);
}
const fileSchema = fileSchemaOf(settings/* SETTINGS */.yy);
/** The values that are lists of specs become what they spell (faults, rollouts). */
const READ_AFTER = {
    faults: (specs) => specs.map(parseFault),
    rollouts: (specs) => specs.map(parseRollout),
};
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
        throw new types/* ConfigError */.xL(`${file}: ${messages.join('; ')}`, 'see docs/configuration.md for every key and its units');
    }
    return fileToOverrides(parsed.data);
}
function fileToOverrides(file) {
    const overrides = {};
    for (const setting of settings/* SETTINGS */.yy) {
        if (setting.key === undefined)
            continue;
        const value = (0,settings/* valueAt */.fK)(file, setting.key.split('.'));
        if (value === undefined)
            continue;
        const read = READ_AFTER[setting.unit];
        (0,settings/* setAt */.ef)(overrides, setting.path, read && Array.isArray(value) ? read(value) : value);
    }
    return overrides;
}

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Settings, assembled in one place for the CLI and the Action: defaults < YAML file (file.ts) < environment <
 * flags / inputs, then cross-field validation. The units ("5m", "5%", "2x") are parsed in units.ts.
 */









function mergeInto(target, source) {
    if (!source)
        return target;
    const out = { ...target };
    for (const [key, value] of Object.entries(source)) {
        if (value === undefined)
            continue;
        const current = out[key];
        const isPlainObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
        // headers, basicAuth and sigv4 are values, not sections: an override replaces them whole.
        out[key] =
            isPlainObject(value) && isPlainObject(current) && !['headers', 'basicAuth', 'sigv4'].includes(key)
                ? mergeInto(current, value)
                : value;
    }
    return out;
}
const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-4, … */
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** "24h", "48h": a limit of whole hours reads better in hours than as "1d". */
const hours = (ms) => (ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : (0,duration/* formatDuration */.a)(ms));
const load_MIB = 1024 * 1024;
const SETTING_NAMED = new Map(settings/* SETTINGS */.yy.map((s) => [s.name, s]));
/** The long form of a flag as commander declares it: "-d, --duration <duration>" → "--duration". */
function longFlag(flags) {
    return /--[a-z0-9-]+/.exec(flags)?.[0] ?? flags;
}
/**
 * Names a value as the user gave it: the flag (or input) when the flags set it, else the config key (with the file
 * it came from), so a fix line can be followed as written: `--duration 100d`, not `learnDuration`, for a flag.
 */
function namerFor(surface, overrides, file) {
    return (field) => {
        const setting = SETTING_NAMED.get(field);
        if (!setting)
            return { name: field };
        const { flag, input, path } = setting;
        const spelled = surface === 'cli' && flag
            ? longFlag(flag.flags)
            : surface === 'action' && input
                ? `input ${input.name}`
                : undefined;
        if (spelled && (0,settings/* valueAt */.fK)(overrides, path) !== undefined)
            return { name: spelled };
        if (file && (0,settings/* valueAt */.fK)(file.values, path) !== undefined)
            return { name: field, file: file.path };
        return { name: field };
    };
}
const byConfigKey = (field) => ({ name: field });
/**
 * "change --duration", "change the input duration", "correct learnDuration in smanalyzer.yaml", or both kinds
 * ("change --step, and correct rules.trafficSpike in smanalyzer.yaml"); the general words when a value at fault
 * came from nowhere the user can point at.
 */
function fixFor(named) {
    const isFlag = (v) => v.name.startsWith('--');
    const isInput = (v) => v.name.startsWith('input ');
    const unique = (values) => [...new Set(values.map((v) => v.name))];
    const flags = unique(named.filter(isFlag));
    const inputs = unique(named.filter(isInput));
    const inFile = named.filter((v) => !isFlag(v) && !isInput(v));
    const files = new Set(inFile.map((v) => v.file));
    if (named.length === 0 || files.size > 1 || (inFile.length > 0 && !inFile[0].file))
        return 'correct the values in the config file or the flags';
    const parts = [];
    if (flags.length > 0)
        parts.push(`change ${flags.join(' and ')}`);
    if (inputs.length > 0)
        parts.push(`change the ${inputs.join(' and the ')}`);
    if (inFile.length > 0)
        parts.push(`correct ${unique(inFile).join(' and ')} in ${inFile[0].file}`);
    return parts.join(', and ');
}
const within = (v, min, max) => Number.isFinite(v) && v >= min && v <= max;
/**
 * What is wrong with one setting's value by its declared bounds and its unit, in the words of that unit; `named`
 * names it (as the user wrote it) only when something is.
 */
function settingProblems(setting, value, named) {
    const { min, max, above, below } = setting.bounds ?? {};
    if (typeof value === 'number') {
        switch (setting.unit) {
            case 'duration':
                if (min === undefined || max === undefined)
                    return [];
                return within(value, (0,settings/* boundValue */.O)(min), (0,settings/* boundValue */.O)(max))
                    ? []
                    : [`${named()} ${(0,duration/* formatDuration */.a)(value)} is not between ${min} and ${max}`];
            case 'factor':
                if (above !== undefined && value <= above)
                    return [`${named()} ${value}x must be above ${above}x`];
                if (below !== undefined && value >= below)
                    return [`${named()} ${value}x must be below ${below}x`];
                return [];
            case 'ratio':
                return above !== undefined && value <= above ? [`${named()} must be above ${above * 100}%`] : [];
            case 'number':
                return above !== undefined && max !== undefined && !(value > above && value <= (0,settings/* boundValue */.O)(max))
                    ? [`${named()} must be above ${above} and at most ${max}`]
                    : [];
            case 'integer':
                return Number.isInteger(value) ? [] : [`${named()} "${value}" is not a whole number`];
            case 'count':
                if (!Number.isInteger(value) || value < (0,settings/* boundValue */.O)(min ?? 0))
                    return [`${named()} must be ${min ?? 0} or more`];
                return max !== undefined && value > (0,settings/* boundValue */.O)(max) ? [`${named()} must be at most ${max}`] : [];
            case 'mebibytes':
                return min !== undefined &&
                    max !== undefined &&
                    !within(value / load_MIB, (0,settings/* boundValue */.O)(min), (0,settings/* boundValue */.O)(max))
                    ? [`${named()} must be between ${min} and ${max} MiB`]
                    : [];
            default:
                return [];
        }
    }
    if (typeof value === 'string' && (setting.unit === 'text' || setting.unit === 'version')) {
        if (min !== undefined && value.length < (0,settings/* boundValue */.O)(min))
            return [
                (0,settings/* boundValue */.O)(min) <= 1
                    ? `${named()} must not be empty`
                    : `${named()} must be at least ${min} characters`,
            ];
        if (max !== undefined && value.length > (0,settings/* boundValue */.O)(max))
            return [`${named()} must be at most ${max} characters`];
        return [];
    }
    if (setting.unit === 'namespaces' && Array.isArray(value)) {
        const bad = value.filter((ns) => !NAMESPACE_NAME.test(ns));
        if (bad.length === 0)
            return [];
        return [
            `${named()}: ${bad.map((x) => `"${x}"`).join(', ')} ${bad.length === 1 ? 'is not a Kubernetes namespace name' : 'are not Kubernetes namespace names'} (lowercase letters, digits and "-")`,
        ];
    }
    return [];
}
/** The SigV4 region and signing name, and one Authorization per request. */
function sigv4Problems({ prometheus }) {
    const { sigv4, headers, bearerToken, basicAuth } = prometheus;
    if (!sigv4)
        return [];
    const problems = [];
    if (!AWS_REGION.test(sigv4.region))
        problems.push(`the SigV4 region "${sigv4.region}" is not an AWS region name (like us-east-1)`);
    if (!/^[a-z0-9-]{1,64}$/.test(sigv4.service))
        problems.push(`the SigV4 service "${sigv4.service}" is not an AWS signing name (like aps)`);
    const authorizationHeader = Object.keys(headers).some((header) => header.toLowerCase() === 'authorization');
    if (bearerToken || basicAuth || authorizationHeader)
        problems.push('SigV4 signing and another credential (PROMETHEUS_TOKEN, PROMETHEUS_USERNAME or an Authorization header) are both set: a request carries one Authorization');
    return problems;
}
/**
 * Checks between settings, each after the setting it is listed under, and only when that setting is within its
 * own bounds. `n` names a value and marks it for the fix line; `name` only names it.
 */
const RELATIONS = {
    stepMs: ({ stepMs, featureWindowMs }, n, name) => {
        const steps = settings/* LIMITS */.b1.stepsPerFeatureWindow;
        return featureWindowMs < steps * stepMs
            ? [
                `${n('step')} ${(0,duration/* formatDuration */.a)(stepMs)} leaves fewer than ${steps} steps in the model's ${(0,duration/* formatDuration */.a)(featureWindowMs)} window (${name('featureWindow').name})`,
            ]
            : [];
    },
    learnDurationMs: ({ learnDurationMs, featureWindowMs }, n, name) => learnDurationMs < featureWindowMs
        ? [
            `${n('learnDuration')} ${(0,duration/* formatDuration */.a)(learnDurationMs)} is shorter than the model's ${(0,duration/* formatDuration */.a)(featureWindowMs)} window (${name('featureWindow').name})`,
        ]
        : [],
    'prometheus.sigv4': sigv4Problems,
    'gate.maxBefore': ({ gate }) => !(gate.before >= 0) || gate.before > gate.maxBefore
        ? [
            `before ${(0,duration/* formatDuration */.a)(gate.before)} is longer than the ${hours(gate.maxBefore)} a reference window may span ` +
                '(a shorter --before: the 30 minutes right before the deploy are usually enough; or raise gate.maxBefore in the config file)',
        ]
        : [],
};
/**
 * Every setting's declared bounds, and the checks between settings, whatever set them (flags and inputs skip the
 * file's schema); one message per problem, in the order of the declaration.
 */
function validateConfig(config, name = byConfigKey) {
    const problems = [];
    /** The values at fault, as named: the fix says which to change. */
    const named = [];
    const n = (field) => {
        const value = name(field);
        named.push(value);
        return value.name;
    };
    for (const setting of settings/* SETTINGS */.yy) {
        const own = settingProblems(setting, (0,settings/* valueAt */.fK)(config, setting.path), () => n(setting.name));
        problems.push(...own);
        if (own.length === 0)
            problems.push(...(RELATIONS[setting.path.join('.')]?.(config, n, name) ?? []));
    }
    if (problems.length > 0)
        throw new types/* ConfigError */.xL(problems.join('; '), fixFor(named));
    return config;
}
/**
 * An explicit source wins; else a Prometheus URL means prometheus and a cluster alone means sidecars. Nothing
 * at all is an error, or null where the inference is optional (status).
 */
function inferSource(given, inference) {
    if (given.source)
        return given.source;
    if (given.prometheus?.url)
        return 'prometheus';
    if (inference.clusterGiven || given.kube?.kubeconfig || given.kube?.context)
        return 'sidecars';
    if (inference.optional)
        return null;
    if (inference.surface === 'cli') {
        throw new types/* ConfigError */.xL('no metrics source: give --prometheus-url or --source', 'add --prometheus-url URL (Prometheus), --source sidecars with a cluster, or --source simulated for the built-in demo mesh');
    }
    throw new types/* ConfigError */.xL('no metrics source: give the prometheus-url or source input', 'set prometheus-url (Prometheus), source: sidecars with a kubeconfig, or source: simulated for the built-in demo mesh');
}
/**
 * What the environment says about the cluster connection (read here, at load time, so that the pipeline reads
 * no environment variable): the settings whose value is a duration in an environment variable
 * (SMANALYZER_KUBE_TIMEOUT, e.g. 10s).
 */
function environmentOverrides(env) {
    const overrides = {};
    for (const setting of settings/* SETTINGS */.yy) {
        const variable = setting.env?.[0];
        const text = variable && env[variable];
        if (setting.unit !== 'duration' || !text)
            continue;
        const fix = `set it like ${variable}=10s`;
        let ms;
        try {
            ms = (0,duration/* parseDuration */.E)(text);
        }
        catch {
            throw new types/* ConfigError */.xL(`${variable} "${text}" is not a duration`, fix);
        }
        const min = setting.bounds?.min;
        if (min !== undefined && ms < (0,settings/* boundValue */.O)(min))
            throw new types/* ConfigError */.xL(`${variable} ${text} is below ${min}`, fix);
        (0,settings/* setAt */.ef)(overrides, setting.path, ms);
    }
    return overrides;
}
/**
 * The Prometheus credentials the environment holds (PROMETHEUS_TOKEN; PROMETHEUS_USERNAME with
 * PROMETHEUS_PASSWORD), read alike by the CLI and the Action: credentials stay out of flags, inputs and shell
 * history.
 */
function credentialsFromEnv(env) {
    const [token] = (0,settings/* settingAt */.OZ)('prometheus.bearerToken').env ?? [];
    const [user, password] = (0,settings/* settingAt */.OZ)('prometheus.basicAuth').env ?? [];
    const username = env[user];
    return {
        bearerToken: env[token] || undefined,
        basicAuth: username ? { username, password: env[password] ?? '' } : undefined,
    };
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
    const namer = namerFor(options.inferSource?.surface, options.overrides, options.file ? { path: options.file, values: fromFile } : null);
    const merged = mergeInto(mergeInto(mergeInto(settings/* DEFAULT_CONFIG */.PV, fromFile), fromEnv), options.overrides);
    if (options.inferSource) {
        const given = mergeInto(fromFile, options.overrides);
        const source = inferSource(given, options.inferSource);
        if (source)
            merged.source = source;
        else
            merged.sourceNamed = false;
    }
    // The settings the user gave (flags, inputs or the file), as named there: a note about one only when it was asked.
    const givenAs = {};
    for (const { name, path } of settings/* SETTINGS */.yy) {
        if ((0,settings/* valueAt */.fK)(options.overrides, path) !== undefined || (0,settings/* valueAt */.fK)(fromFile, path) !== undefined)
            givenAs[name] = namer(name).name;
    }
    if (Object.keys(givenAs).length > 0)
        merged.givenAs = givenAs;
    return validateConfig(merged, namer);
}


/***/ }),

/***/ 38019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PX: () => (/* reexport safe */ _core_kubeconfig_limits_js__WEBPACK_IMPORTED_MODULE_4__.PX),
/* harmony export */   hT: () => (/* binding */ kubeconfigSecrets),
/* harmony export */   io: () => (/* binding */ isSecretHeader),
/* harmony export */   n3: () => (/* binding */ headerSecrets),
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
    // The AWS default chain's credentials (SigV4 signing): what the chain reads must not be written back out.
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
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
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
/**
 * Durations as flags, inputs and the config write them ("90s", "5m", "1h30m", "250ms") and as messages show them,
 * both ways: parsed once at the edge into milliseconds, formatted back the way they were written.
 */

const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Longer than any duration anyone writes ("1d23h59m59s999ms" is 16): past it, refused before it is read. */
const MAX_DURATION_TEXT = 64;
/** One number and its unit, matched only where the previous one ended (sticky): one pass over the text. */
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;
/** "90s", "5m", "1h30m", "250ms" → milliseconds. A bare number is refused: its unit would be a guess. */
function parseDuration(text) {
    const raw = String(text);
    const refuse = (shown) => new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`"${shown}" is not a duration`, 'write a number with a unit, like 90s, 5m, 1h or 250ms');
    // A 40,000-digit value took seconds to refuse: a duration that long is refused as it is, unread.
    if (raw.length > 4 * MAX_DURATION_TEXT)
        throw refuse(`${raw.slice(0, 16)}… (${raw.length} characters)`);
    const trimmed = raw.trim();
    if (trimmed.length > MAX_DURATION_TEXT)
        throw refuse(`${trimmed.slice(0, 16)}… (${trimmed.length} characters)`);
    let total = 0;
    let at = 0;
    DURATION_PART.lastIndex = 0;
    while (at < trimmed.length) {
        DURATION_PART.lastIndex = at;
        const part = DURATION_PART.exec(trimmed);
        if (!part)
            throw refuse(trimmed);
        total += Number(part[1]) * DURATION_UNITS[part[2]];
        at = DURATION_PART.lastIndex;
    }
    if (at === 0)
        throw refuse(trimmed);
    return total;
}
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

/***/ 45869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OH: () => (/* binding */ edgesByCallee),
/* harmony export */   WH: () => (/* binding */ OTHER_CALLERS),
/* harmony export */   ZS: () => (/* binding */ OWN_CALLS),
/* harmony export */   ZV: () => (/* binding */ withCallerSignals),
/* harmony export */   Zb: () => (/* binding */ callerEdgesByCallee),
/* harmony export */   _D: () => (/* binding */ isEdgeCallerId),
/* harmony export */   fe: () => (/* binding */ OUTSIDE_CALLERS),
/* harmony export */   pR: () => (/* binding */ CALLERS_LEARNED),
/* harmony export */   uJ: () => (/* binding */ edgesToLearn),
/* harmony export */   wc: () => (/* binding */ edgeCallerId),
/* harmony export */   xJ: () => (/* binding */ foldSeries),
/* harmony export */   yI: () => (/* binding */ edgesAsLearned)
/* harmony export */ });
/* harmony import */ var _histogram_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80365);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22483);
/* harmony import */ var _series_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34990);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87176);
/**
 * The caller's view of a service: the edges into it as its callers' proxies saw them — the network between, the
 * callers' retries, timeouts and circuit breaking, none of which the callee's own proxy sees. Here: folding
 * series (several workloads of one caller, the quieter callers into one "other callers" edge, every caller into
 * the service as all its callers see it), and which edges a service's baseline keeps. Pure.
 */




/** The busiest callers of a service learned one by one; the rest are folded into one edge. */
const CALLERS_LEARNED = 3;
/** Who an edge is from, as the baseline names it: a Service, traffic from outside the mesh, or the other callers. */
const OUTSIDE_CALLERS = '(outside the mesh)';
const OTHER_CALLERS = '(other callers)';
/** A service's own calls to others, as its own proxy saw them (Finding.caller): its side of the network. */
const OWN_CALLS = '(its calls to others)';
function edgeCallerId(caller) {
    return caller ? (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceId */ .fH)(caller) : OUTSIDE_CALLERS;
}
/** Whether a baseline's edge caller is one this tool writes: a Service ("ns/name") or one of the two markers. */
function isEdgeCallerId(id) {
    if (id === OUTSIDE_CALLERS || id === OTHER_CALLERS)
        return true;
    const [namespace, name, ...rest] = id.split('/');
    return rest.length === 0 && (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isKubernetesName */ .aN)(namespace ?? '') && (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isKubernetesName */ .aN)(name ?? '');
}
/**
 * Series on one step grid summed into one: requests and rates add up, per-request ratios are weighted by each
 * part's requests, latency quantiles come from the merged histogram buckets (where every part has the same
 * bounds; else request-weighted). A metric is available only where every part has it. `metrics`: the metrics to
 * fold where only some are wanted (the others' values are null, and the buckets are merged only for a latency).
 */
function foldSeries(service, parts, metrics = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAMES */ .Uw) {
    if (parts.length === 1)
        return { ...parts[0], service };
    const steps = Math.max(0, ...parts.map((p) => p.requests.length));
    const unavailable = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAMES */ .Uw.filter((metric) => parts.some((p) => p.unavailable.includes(metric)));
    const requests = new Array(steps).fill(0);
    for (const part of parts)
        part.requests.forEach((r, i) => (requests[i] += r ?? 0));
    const every = metrics.length === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAMES */ .Uw.length;
    const bounds = parts[0]?.latencyBuckets?.bounds;
    const sameBounds = bounds !== undefined &&
        (every || metrics.some((metric) => _series_js__WEBPACK_IMPORTED_MODULE_0__/* .LATENCY_QUANTILES */ .QF[metric] !== undefined)) &&
        parts.every((p) => p.latencyBuckets && p.latencyBuckets.bounds.join() === bounds.join());
    const counts = [];
    if (sameBounds) {
        for (let i = 0; i < steps; i++) {
            let sum = null;
            for (const part of parts) {
                const c = part.latencyBuckets.counts[i];
                if (!c)
                    continue;
                sum ??= new Array(c.length).fill(0);
                for (let b = 0; b < c.length; b++)
                    sum[b] += c[b] ?? 0;
            }
            counts.push(sum);
        }
    }
    const wanted = new Set(metrics);
    const values = (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .metricArrays */ .FR)((metric) => {
        if (!wanted.has(metric))
            return new Array(steps).fill(null);
        const out = [];
        for (let i = 0; i < steps; i++) {
            const q = _series_js__WEBPACK_IMPORTED_MODULE_0__/* .LATENCY_QUANTILES */ .QF[metric];
            if (q !== undefined && sameBounds) {
                const merged = counts[i];
                out.push(merged && requests[i] > 0
                    ? (0,_histogram_js__WEBPACK_IMPORTED_MODULE_3__/* .histogramQuantile */ .E)(q, bounds.map((le, b) => ({ le, count: merged[b] })))
                    : null);
                continue;
            }
            let sum = 0;
            let weight = 0;
            let seen = false;
            for (const part of parts) {
                const v = part.values[metric][i];
                if (v === null || v === undefined || !Number.isFinite(v))
                    continue;
                seen = true;
                const w = _series_js__WEBPACK_IMPORTED_MODULE_0__/* .PER_REQUEST */ .m5.has(metric) ? (part.requests[i] ?? 0) : 1;
                sum += _series_js__WEBPACK_IMPORTED_MODULE_0__/* .PER_REQUEST */ .m5.has(metric) ? v * w : v;
                weight += w;
            }
            out.push(!seen ? null : _series_js__WEBPACK_IMPORTED_MODULE_0__/* .PER_REQUEST */ .m5.has(metric) ? (weight > 0 ? sum / weight : null) : sum);
        }
        return out;
    });
    const folded = { service, requests, values, unavailable };
    if (sameBounds)
        folded.latencyBuckets = { bounds: bounds, counts };
    return folded;
}
/** Every edge into each callee (both proxies' views), by callee id. */
function edgesByCallee(edges) {
    const out = new Map();
    for (const edge of edges) {
        const id = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceId */ .fH)(edge.callee);
        const list = out.get(id);
        if (list)
            list.push(edge);
        else
            out.set(id, [edge]);
    }
    return out;
}
/** The caller's-view edges into each callee, by callee id, several workloads of one caller folded into one. */
function callerEdgesByCallee(edges) {
    const out = new Map();
    for (const edge of edges) {
        if (edge.side !== 'client')
            continue;
        const callee = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceId */ .fH)(edge.callee);
        let byCaller = out.get(callee);
        if (!byCaller)
            out.set(callee, (byCaller = new Map()));
        const id = edgeCallerId(edge.caller);
        byCaller.set(id, [...(byCaller.get(id) ?? []), edge]);
    }
    return out;
}
/**
 * The edges a baseline learns for one callee: its CALLERS_LEARNED busiest callers one by one (requests over the
 * window), every other caller folded into one.
 */
function edgesToLearn(callee, byCaller) {
    const folded = [...byCaller].map(([caller, parts]) => ({ caller, series: foldSeries(callee, parts) }));
    folded.sort((a, b) => (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .totalRequests */ .Xi)(b.series) - (0,_series_js__WEBPACK_IMPORTED_MODULE_0__/* .totalRequests */ .Xi)(a.series) || a.caller.localeCompare(b.caller));
    const kept = folded.slice(0, CALLERS_LEARNED).map((one) => ({ callee, ...one }));
    const rest = folded.slice(CALLERS_LEARNED);
    if (rest.length > 0)
        kept.push({
            callee,
            caller: OTHER_CALLERS,
            series: foldSeries(callee, rest.map((one) => one.series)),
        });
    return kept;
}
/**
 * A scan's edges into one callee as its baseline learned them: each learned caller on its own, every other caller
 * into the learned "other callers" edge (dropped when the baseline has none: a caller it never saw is new).
 */
function edgesAsLearned(callee, byCaller, learned) {
    const own = [];
    const others = [];
    for (const [caller, parts] of byCaller) {
        if (learned.has(caller))
            own.push({ callee, caller, series: foldSeries(callee, parts) });
        else
            others.push(...parts);
    }
    if (others.length > 0 && learned.has(OTHER_CALLERS))
        own.push({ callee, caller: OTHER_CALLERS, series: foldSeries(callee, others) });
    return own.sort((a, b) => a.caller.localeCompare(b.caller));
}
/**
 * A service's signals that only its callers' proxies see (retries, circuit-breaker overflows: unavailable in its
 * own view, never zero) taken from its callers' view of it: every caller folded into one. Its own view's other
 * signals stay as they are.
 */
function withCallerSignals(series, callerEdges) {
    if (series.unavailable.length === 0 || callerEdges.length === 0)
        return series;
    // Only the metrics taken are folded: every caller's latencies merged step by step cost as much as the rest.
    const taken = series.unavailable.filter((metric) => callerEdges.every((edge) => !edge.unavailable.includes(metric)));
    if (taken.length === 0)
        return series;
    const all = foldSeries(series.service, callerEdges, taken);
    const steps = series.requests.length;
    const values = { ...series.values };
    for (const metric of taken)
        values[metric] = Array.from({ length: steps }, (_, i) => all.values[metric][i] ?? null);
    return { ...series, values, unavailable: series.unavailable.filter((metric) => !taken.includes(metric)) };
}


/***/ }),

/***/ 80365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ sortedHistogramQuantile),
/* harmony export */   E: () => (/* binding */ histogramQuantile)
/* harmony export */ });
/**
 * Quantiles from cumulative histogram buckets, with the semantics of PromQL's histogram_quantile:
 * linear interpolation inside the bucket the rank falls in, the lowest bucket starting at 0, and a rank
 * in the +Inf bucket answered with the highest finite bound. Pure.
 */
/**
 * The q-quantile (0..1) of a histogram given as cumulative buckets (any order).
 * Returns null where histogram_quantile returns NaN: no observations, no +Inf bucket, fewer than two
 * buckets, or q is NaN. q < 0 gives -Infinity and q > 1 gives +Infinity, as in PromQL.
 */
function histogramQuantile(q, buckets) {
    if (Number.isNaN(q))
        return null;
    if (q < 0)
        return Number.NEGATIVE_INFINITY;
    if (q > 1)
        return Number.POSITIVE_INFINITY;
    const sorted = coalesce(buckets);
    if (sorted.length < 2)
        return null;
    if (sorted[sorted.length - 1].le !== Number.POSITIVE_INFINITY)
        return null;
    ensureMonotonic(sorted);
    const observations = sorted[sorted.length - 1].count;
    if (!(observations > 0))
        return null;
    let rank = q * observations;
    const b = sorted.findIndex((bucket) => bucket.count >= rank);
    if (b === sorted.length - 1)
        return sorted[sorted.length - 2].le;
    if (b === 0 && sorted[0].le <= 0)
        return sorted[0].le;
    let bucketStart = 0;
    const bucketEnd = sorted[b].le;
    let count = sorted[b].count;
    if (b > 0) {
        bucketStart = sorted[b - 1].le;
        count -= sorted[b - 1].count;
        rank -= sorted[b - 1].count;
    }
    // A zero-width share (q = 0 on an empty leading bucket) sits at the bucket's start.
    if (count === 0)
        return bucketStart;
    return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}
/**
 * histogramQuantile on the first `size` buckets of sorted, unique bounds: the same answer without building bucket
 * objects, a map and a sort for each of millions of steps. Scrapes are not atomic, so a count lower than the one
 * below it is carried up, as PromQL does (in place: `counts` is changed).
 */
function sortedHistogramQuantile(q, bounds, counts, size) {
    if (size < 2 || bounds[size - 1] !== Number.POSITIVE_INFINITY)
        return null;
    for (let b = 1; b < size; b++)
        if (counts[b] < counts[b - 1])
            counts[b] = counts[b - 1];
    const observations = counts[size - 1];
    if (!(observations > 0))
        return null;
    let rank = q * observations;
    let b = 0;
    while (counts[b] < rank)
        b++;
    if (b === size - 1)
        return bounds[size - 2];
    if (b === 0 && bounds[0] <= 0)
        return bounds[0];
    let start = 0;
    let count = counts[b];
    if (b > 0) {
        start = bounds[b - 1];
        count -= counts[b - 1];
        rank -= counts[b - 1];
    }
    if (count === 0)
        return start;
    return start + (bounds[b] - start) * (rank / count);
}
/** Sorts by bound and sums buckets that share one (two series merged with the same layout). */
function coalesce(buckets) {
    const byBound = new Map();
    for (const { le, count } of buckets) {
        if (Number.isNaN(le) || Number.isNaN(count))
            continue;
        byBound.set(le, (byBound.get(le) ?? 0) + count);
    }
    return [...byBound.entries()].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
}
/**
 * Scrapes are not atomic, so a higher bucket can briefly read lower than the one below it;
 * PromQL carries the running maximum forward, and so do we.
 */
function ensureMonotonic(sorted) {
    let max = Number.NEGATIVE_INFINITY;
    for (const bucket of sorted) {
        if (bucket.count > max)
            max = bucket.count;
        else
            bucket.count = max;
    }
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

/***/ 22483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OD: () => (/* binding */ nameList),
/* harmony export */   TH: () => (/* binding */ RefusedNames),
/* harmony export */   Tk: () => (/* binding */ describeRefusedName),
/* harmony export */   aN: () => (/* binding */ isKubernetesName)
/* harmony export */ });
/**
 * Kubernetes names as the tool accepts them. A namespace or service name comes from labels, sidecar
 * expositions, the API server or a baseline file; every one of those can carry text an attacker chose
 * (`::warning ...`, newlines, bidi overrides). A real name is an RFC 1123 label (what Kubernetes itself
 * requires of namespaces and services): anything else is refused where it enters, with a note.
 */
/** RFC 1123 label: lower-case letters, digits and '-', starting and ending alphanumeric, at most 63. */
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
function isKubernetesName(value) {
    return DNS_1123_LABEL.test(value);
}
/** A refused value as it may be shown: quoted, controls escaped, shortened. Never the raw text. */
function describeRefusedName(value) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Collects the names refused at one edge, so the source can say once what it dropped and why, with a
 * few examples (escaped), instead of one note per sample.
 */
class RefusedNames {
    seen = new Set();
    /** True when both are Kubernetes names; otherwise remembers the bad one and answers false. */
    accept(namespace, name) {
        const bad = [namespace, name].filter((v) => !isKubernetesName(v));
        for (const value of bad)
            this.seen.add(value);
        return bad.length === 0;
    }
    get size() {
        return this.seen.size;
    }
    /** One note for the report, or null when nothing was refused. */
    note(where) {
        if (this.seen.size === 0)
            return null;
        const examples = [...this.seen].slice(0, 3).map(describeRefusedName).join(', ');
        return (`Ignored ${this.seen.size} ${where} value${this.seen.size === 1 ? '' : 's'} that ` +
            `${this.seen.size === 1 ? 'is' : 'are'} not a Kubernetes name (RFC 1123 label): ${examples}` +
            `${this.seen.size > 3 ? ', …' : ''}.`);
    }
}
/** The first `shown` names, then how many more ("a, b, c and 4 more"): a note or a log line stays one line. */
function nameList(names, shown) {
    const more = names.length > shown ? ` and ${names.length - shown} more` : '';
    return `${names.slice(0, shown).join(', ')}${more}`;
}


/***/ }),

/***/ 29186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bk: () => (/* binding */ VERDICTS),
  LB: () => (/* binding */ reportSchemas)
});

// UNUSED EXPORTS: SERVICE_STATUSES, reportSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(74528);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./src/core/rollout-types.ts
var rollout_types = __webpack_require__(43674);
;// CONCATENATED MODULE: ./src/core/report-schema-fields.ts
/**
 * The report schema's building blocks: the caps on a report read from elsewhere, and the field types every part of
 * the schema shares (capped text and lists, numbers the JSON may hold as null, counts, the named enums). Apart from
 * report-schema.ts so that the parts in their own files (report-schema-findings.ts) build on the same ones.
 */


const UNCAPPED = {
    text: Infinity,
    version: Infinity,
    charts: Infinity,
    chartPoints: Infinity,
    rollouts: Infinity,
    oldVersions: Infinity,
    rolloutEntries: Infinity,
    combination: Infinity,
};
const textOf = (cap) => (Number.isFinite(cap) ? schemas/* string */.YjP().max(cap) : schemas/* string */.YjP());
const listOf = (item, cap) => Number.isFinite(cap) ? schemas/* array */.YOg(item).max(cap) : schemas/* array */.YOg(item);
/**
 * A measured number that the JSON may hold as null: JSON has no Infinity or NaN, so JSON.stringify writes an
 * unbounded value as null. Read back it is NaN, a number with no value, which the renderers show as "–".
 */
const measured = schemas/* number */.aig()
    .nullable()
    .transform((v) => v ?? NaN);
/** A number or null (no value), in memory and in the JSON alike. */
const orNull = schemas/* number */.aig().nullable();
const count = schemas/* number */.aig().int().min(0);
const metricName = schemas/* enum */.k5n(types/* METRIC_NAMES */.Uw);
const anomalyType = schemas/* enum */.k5n(types/* ANOMALY_TYPES */.Al);
const severity = schemas/* enum */.k5n(types/* SEVERITIES */.oC);
const source = schemas/* enum */.k5n(types/* SOURCE_NAMES */.tN);

;// CONCATENATED MODULE: ./src/core/report-schema-findings.ts
/**
 * The report schema's finding: one anomaly, why it counts as data (one shape per rule or model test) and how it
 * relates to a rollout. Apart from report-schema.ts because it is the largest part of the contract and the one a
 * new rule or model test extends.
 */



/**
 * Why a finding counts, as data (Kayenta's split: the classification is the finding's type and severity, this is
 * the reason behind it). The core fills it; render/ turns it into words.
 */
function findingReasonSchema(text, caps) {
    return schemas/* discriminatedUnion */.gMt('kind', [
        /** Request rate outside the factor band around the expected rate (the hour's profile or the mean). */
        schemas/* object */.Ikc({
            kind: schemas/* literal */.euz('traffic-band'),
            direction: schemas/* enum */.k5n(['above', 'below']),
            factor: measured,
            expectedRate: measured,
            basis: schemas/* enum */.k5n(['hour-of-day', 'baseline-mean']),
            /** The rate is over this part of the window (a drop that filled two of its three slices); absent: all of it. */
            overSeconds: measured.optional(),
        }),
        /** A ratio over a fixed limit (the limit is the finding's threshold). */
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('ratio-limit'), limit: measured }),
        /** A ratio far above the service's own usual one, and too many events to be chance. */
        schemas/* object */.Ikc({
            kind: schemas/* literal */.euz('ratio-relative'),
            factor: measured,
            usual: measured,
            z: measured,
            requests: measured,
        }),
        /** p99 over the configured absolute bound. */
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('latency-bound'), limitMs: measured }),
        /**
         * A latency quantile over a factor of its usual level: the baseline's, or (`learnedFrom: reference`) that of the
         * half hour before the deploy, for a service the baseline does not know or saw no traffic for.
         */
        schemas/* object */.Ikc({
            kind: schemas/* literal */.euz('latency-factor'),
            factor: measured,
            baseline: measured,
            learnedFrom: schemas/* literal */.euz('reference').optional(),
        }),
        /** A quiet service's events (errors, timeouts) too many to be luck at its learned rate and over-dispersion. */
        schemas/* object */.Ikc({
            kind: schemas/* literal */.euz('event-count'),
            events: measured,
            requests: measured,
            usual: measured,
            dispersion: measured,
            chance: measured,
        }),
        /** A latency quantile past what its windows reached in training, or before the deploy (`learnedFrom`). */
        schemas/* object */.Ikc({
            kind: schemas/* literal */.euz('latency-range'),
            high: measured,
            learnedFrom: schemas/* literal */.euz('reference').optional(),
        }),
        /** The scan's windows unlike every learned mode of the signal (K-means). */
        schemas/* object */.Ikc({
            kind: schemas/* literal */.euz('mode-distance'),
            feature: schemas/* enum */.k5n(['mean', 'stddev', 'trend', 'volatility']),
            distance: measured,
            threshold: measured,
            mode: measured,
            modes: measured,
            /** The joint model: every signal together, so the combination is what no state had. */
            joint: schemas/* boolean */.zMY().optional(),
            /**
             * The joint model's evidence in each signal's own units: the scan's typical window and the nearest learned
             * state, the finding's metric first, then the others by how far they sit from that state. `requestRate` is
             * a share of the hour's usual rate when `relativeTraffic`.
             */
            combination: listOf(schemas/* object */.Ikc({ metric: metricName, window: measured, nearest: measured }), caps.combination).optional(),
            relativeTraffic: schemas/* boolean */.zMY().optional(),
        }),
        /** The scan's window means outside the range they kept in training. */
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('envelope'), side: schemas/* enum */.k5n(['above', 'below']), bound: measured }),
        /** No request for a stretch of the window where the learned rate expected many: the service went dark. */
        schemas/* object */.Ikc({
            kind: schemas/* literal */.euz('went-dark'),
            silentSeconds: measured,
            expectedRequests: measured,
            shareOfWindow: measured,
            /** The traffic came back before the window ended (absent: the silence lasted to its end). */
            resumed: schemas/* boolean */.zMY().optional(),
        }),
        /** Its callers' median outgrew its own proxy's by more than the learned gap: time lost between the proxies. */
        schemas/* object */.Ikc({ kind: schemas/* literal */.euz('callers-gap'), ownMs: measured, usualRatio: measured }),
        /** The new version of a rollout against the old one in the same minutes (core/judge/rollout.ts). */
        schemas/* object */.Ikc({
            kind: schemas/* literal */.euz('version-regression'),
            signal: schemas/* enum */.k5n(rollout_types/* ROLLOUT_SIGNALS */.o9),
            newVersion: text,
            oldVersion: text,
            newEvents: measured,
            newRequests: measured,
            oldEvents: measured,
            oldRequests: measured,
            /** The old version's quantile the latency counts are taken above (ms). */
            thresholdMs: measured.optional(),
            pValue: measured,
        }),
    ]);
}
/** One anomaly, why it counts (findingReasonSchema) and how it relates to a rollout. */
function findingSchemas(text, caps) {
    const findingReason = findingReasonSchema(text, caps);
    /** How a finding relates to a rollout: the new version alone moved (`new`), or both alike (`both`, never gating). */
    const findingRollout = schemas/* object */.Ikc({
        new: text,
        old: text,
        moved: schemas/* enum */.k5n(['new', 'both']),
        /** A finding on another service that follows, on the call graph, the deviation both versions of this one share. */
        follows: text.optional(),
    });
    /** One anomaly: what was seen, what was expected, and why it counts. */
    const finding = schemas/* object */.Ikc({
        namespace: text,
        service: text,
        type: anomalyType,
        severity: severity,
        detector: schemas/* enum */.k5n(['rule', 'model']),
        metric: metricName,
        observed: measured,
        /**
         * The expected value (the baseline mean; for traffic, the rate expected at that hour when the baseline learned
         * an hour-of-day profile) and the normal range learned for it (for such traffic, at that hour).
         */
        expected: measured,
        expectedRange: schemas/* tuple */.PVZ([measured, measured]),
        threshold: schemas/* number */.aig(),
        /** How far past the threshold: 1 = at the threshold. */
        score: schemas/* number */.aig(),
        /** Why it counts, in words (render/finding-words.ts writes it from `reason`). */
        description: text,
        /** Why it counts, as data: the rule or model test that broke and its figures. */
        reason: findingReason.optional(),
        /** When this finding follows another service's trouble on the call graph: the origin's "ns/svc". */
        origin: text.optional(),
        /**
         * Seen by this caller's proxy, not by the service's own: "ns/name" of the caller, "(outside the mesh)" or
         * "(other callers)" (core/edges.ts). The network to the service, its callers' retries and overflows.
         */
        caller: text.optional(),
        /** With `caller`: the metric as the service's own proxy saw it over the window (null: no value). */
        ownObserved: orNull.optional(),
        /**
         * `pre-existing`: the same deviation held through most of the reference window right before the deploy
         * (not the deploy's doing: reported, gating only with gate.preExisting fail). `new` otherwise.
         */
        onset: schemas/* enum */.k5n(['new', 'pre-existing']).optional(),
        /**
         * false: the deviation held in fewer than two of the window's three slices (a burst, a GC pause, a restart):
         * reported at severity low, so it gates only with failOn low. Absent otherwise.
         */
        sustained: schemas/* literal */.euz(false).optional(),
        /**
         * During a rollout: `moved: new`, the new version alone regressed against the old in the same minutes;
         * `moved: both`, both versions deviate alike (a dependency, the load): reported, never gating.
         */
        rollout: findingRollout.optional(),
    });
    return { findingReason, findingRollout, finding };
}

;// CONCATENATED MODULE: ./src/core/report-schema.ts
/**
 * The JSON report's schema: a public, documented contract (docs/json-report.md), kept stable. The report's
 * types are inferred from it (core/types.ts names them), so what a scan writes and what a reader validates are
 * one shape. A report another run wrote (the Action's mode: comment) is read through the same schema with caps on
 * its sizes (`reportSchemas(caps)`); the core's own reports are built in code and never parsed.
 */





const VERDICTS = ['pass', 'warn', 'fail'];
const SERVICE_STATUSES = ['ok', 'anomalous', 'new', 'insufficient-data', 'missing'];
/** A service's line in the report: its status, requests and each metric against its baseline. */
function serviceSchemas(text) {
    const metricSummary = schemas/* object */.Ikc({
        /** Aggregate over the scan window (request-weighted for ratios and latencies). */
        observed: orNull,
        /** The baseline's mean and its normal band (p5..p95 of the learned per-window means). */
        expected: orNull,
        band: schemas/* tuple */.PVZ([measured, measured]).nullable(),
    });
    const serviceReport = schemas/* object */.Ikc({
        namespace: text,
        name: text,
        status: schemas/* enum */.k5n(SERVICE_STATUSES),
        /** Requests seen in the scan window. */
        requests: schemas/* number */.aig(),
        metrics: schemas/* partialRecord */.jgl(metricName, metricSummary),
        /** Why a service is not `ok` when it has no finding (insufficient data, new, missing). */
        reason: text.optional(),
        /** `l4`: seen at L4 only (connections; no proxy reads it at L7): only its traffic was judged. */
        layer: schemas/* literal */.euz('l4').optional(),
    });
    return { metricSummary, serviceReport };
}
/** The likely origins of the anomalies on the call graph, and the evidence behind each. */
function originSchemas(text) {
    const serviceKey = schemas/* object */.Ikc({ namespace: text, name: text });
    /**
     * Why a service (or a network edge) is named an origin, or why a symptom follows it: structured, worded by
     * render/. `carried` is the share of the caller's deviation the edge accounts for (0..1).
     */
    const originEvidence = schemas/* object */.Ikc({
        signal: schemas/* enum */.k5n(['errors', 'latency', 'traffic']),
        caller: serviceKey.optional(),
        callee: serviceKey.optional(),
        carried: measured.optional(),
        edgeErrors: measured.optional(),
        edgeP99Ms: measured.optional(),
        calleeNormalP99Ms: measured.optional(),
        edgeShare: measured.optional(),
        /** A network edge: the caller's client-side p99 against the callee's own server-side p99. */
        clientP99Ms: measured.optional(),
        serverP99Ms: measured.optional(),
        /** The caller's own proxy sent the callee no more than it received while its traffic dropped: it stopped calling. */
        stoppedCalling: schemas/* boolean */.zMY().optional(),
        /** An origin's own deviation. */
        service: serviceKey.optional(),
        type: anomalyType.optional(),
        metric: metricName.optional(),
        observed: measured.optional(),
        expected: measured.optional(),
        healthyCallees: measured.optional(),
    });
    /** One likely origin of the anomalies, best first in the report's `origins`. */
    const reportOrigin = schemas/* object */.Ikc({
        namespace: text,
        service: text,
        /** A service, or the network between `caller` and this service. */
        kind: schemas/* enum */.k5n(['service', 'network']),
        caller: schemas/* object */.Ikc({ namespace: text, service: text }).optional(),
        score: measured,
        /** The anomalies that follow from it. */
        explains: schemas/* array */.YOg(schemas/* object */.Ikc({
            namespace: text,
            service: text,
            type: anomalyType,
            /** The kind of trouble it follows when not its own kind: a traffic surge of callers retrying failures follows errors. */
            follows: schemas/* enum */.k5n(['errors', 'latency', 'traffic']).optional(),
        })),
        evidence: schemas/* array */.YOg(originEvidence),
    });
    return { originEvidence, reportOrigin };
}
/** The charts: a finding's picture, its series held to `caps`. */
function chartSchemas(text, caps) {
    /** A chart's samples: one value per point, `stepSeconds` apart from `from`; null where there was no data. */
    const chartSeries = schemas/* object */.Ikc({
        from: text,
        stepSeconds: schemas/* number */.aig().positive(),
        values: listOf(orNull, caps.chartPoints),
    });
    /**
     * The picture behind one finding: the metric over the scan window (and the reference window before the deploy,
     * when the scan read one) against the learned normal band. Values in the metric's own unit (ratios 0..1,
     * latencies ms, rates per second), at most 60 points in all.
     */
    const findingChart = schemas/* object */.Ikc({
        namespace: text,
        service: text,
        /** As this caller's proxy saw the service (Finding.caller); absent: the service's own view. */
        caller: text.optional(),
        metric: metricName,
        type: anomalyType,
        severity: severity,
        scan: chartSeries,
        reference: chartSeries.optional(),
        expected: orNull,
        band: schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]).nullable(),
        /** `reference`: the band is the half hour before the deploy's, not the baseline's (reason `learnedFrom`). */
        bandFrom: schemas/* literal */.euz('reference').optional(),
        /** When the deploy happened (the reference window ends there); null when the scan has no reference. */
        deployedAt: text.nullable(),
    });
    return { chartSeries, findingChart };
}
/** A rollout: both versions' sides, their comparison per signal, the deviations they share, and their chart. */
function rolloutSchemas(text, caps, chartSeries) {
    /** A version's side of a rollout: its requests in the window and its share of the service's. */
    const rolloutSide = schemas/* object */.Ikc({ version: text, requests: schemas/* number */.aig(), share: schemas/* number */.aig() });
    const rolloutCounts = schemas/* object */.Ikc({ events: schemas/* number */.aig(), requests: schemas/* number */.aig(), value: orNull });
    /**
     * One signal of the new version against the old over the minutes both served. Counts: `events` of `requests`
     * (errors, timeouts, …; for latency, the requests slower than `thresholdMs`, the old version's own quantile).
     * `value`: the ratio, or for latency the version's quantile (ms) from its merged buckets.
     */
    const rolloutComparison = schemas/* object */.Ikc({
        signal: schemas/* enum */.k5n(rollout_types/* ROLLOUT_SIGNALS */.o9),
        metric: metricName,
        type: anomalyType,
        new: rolloutCounts,
        old: rolloutCounts,
        thresholdMs: schemas/* number */.aig().optional(),
        /** One-sided Fisher exact test: the chance of the new version having this many events or more if both were alike. */
        pValue: schemas/* number */.aig(),
        /**
         * `worse`: the new version's events are too many to be chance and past the effect floor; `same` otherwise
         * (`better` when it clearly has fewer); `too-few`: not enough requests or events on a side to tell.
         */
        verdict: schemas/* enum */.k5n(['worse', 'same', 'better', 'too-few']),
        /** false: the new version was worse in fewer than two of the window's three slices (a blip). */
        sustained: schemas/* boolean */.zMY().optional(),
    });
    /** A deviation from the baseline that both versions show alike: not the new version's doing. */
    const sharedDeviation = schemas/* object */.Ikc({
        metric: metricName,
        type: anomalyType,
        expected: schemas/* number */.aig(),
        new: orNull,
        old: orNull,
    });
    /** The picture of both versions over the scan window: one metric, the same points for each. */
    /** `view: callers`: both versions as their callers' proxies saw them (where the new one is worse there). */
    const rolloutChart = schemas/* object */.Ikc({
        metric: metricName,
        view: schemas/* literal */.euz('callers').optional(),
        new: chartSeries,
        old: chartSeries,
    });
    /** One rollout: a service serving two versions in the window, the new one judged against the old. */
    const reportRollout = schemas/* object */.Ikc({
        namespace: text,
        service: text,
        new: rolloutSide,
        /** The old side: every other version serving (usually one). */
        old: rolloutSide.extend({ versions: listOf(text, caps.oldVersions) }),
        /** How the new version was told from the old (rollout-types.ts NewVersionBasis). */
        basis: schemas/* enum */.k5n(['given', 'unseen-before', 'started-later', 'version-order']),
        /**
         * `regressed`: a signal of the new version is worse (its findings are in `anomalies`); `ok`: none is;
         * `insufficient`: a side has fewer requests than `minRequests` so far.
         */
        verdict: schemas/* enum */.k5n(['regressed', 'ok', 'insufficient']),
        minRequests: count,
        signals: listOf(rolloutComparison, caps.rolloutEntries),
        /** Baseline deviations both versions show (the dependency, the load): reported, never gating. */
        shared: listOf(sharedDeviation, caps.rolloutEntries),
        /** One sentence: why the verdict is what it is. */
        reason: text,
        chart: rolloutChart.optional(),
    });
    return { rolloutSide, rolloutComparison, sharedDeviation, rolloutChart, reportRollout };
}
/** Every part of the report, its strings and lists held to `caps`. */
function reportSchemas(caps) {
    const text = textOf(caps.text);
    const span = schemas/* object */.Ikc({ from: text, to: text });
    const { metricSummary, serviceReport } = serviceSchemas(text);
    const { findingReason, findingRollout, finding } = findingSchemas(text, caps);
    const { originEvidence, reportOrigin } = originSchemas(text);
    const { chartSeries, findingChart } = chartSchemas(text, caps);
    const { rolloutSide, rolloutComparison, sharedDeviation, rolloutChart, reportRollout } = rolloutSchemas(text, caps, chartSeries);
    const clusterIdentity = schemas/* object */.Ikc({ server: text, context: text, version: text });
    const baselineSummary = schemas/* object */.Ikc({
        path: text,
        createdAt: text,
        source: source,
        window: span,
        ageSeconds: schemas/* number */.aig(),
        services: count,
    });
    const report = schemas/* object */.Ikc({
        schemaVersion: schemas/* literal */.euz(1),
        tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz('smanalyzer'), version: textOf(caps.version) }),
        verdict: schemas/* enum */.k5n(VERDICTS),
        /** `reference`: the window right before the deploy that findings were compared with (absent when off). */
        window: span.extend({ reference: span.optional() }),
        source: source,
        /** The mesh dialect the metrics were read in (absent: the simulated mesh). */
        mesh: schemas/* enum */.k5n(types/* MESH_NAMES */.rC).optional(),
        /** The cluster the scan ran against (from /version and the kubeconfig); null without one. */
        cluster: clusterIdentity.nullable(),
        partial: schemas/* boolean */.zMY(),
        baseline: baselineSummary.nullable(),
        services: schemas/* array */.YOg(serviceReport),
        anomalies: schemas/* array */.YOg(finding),
        /** Likely origins of the anomalies on the call graph, best first; absent when the source has no call graph. */
        origins: schemas/* array */.YOg(reportOrigin).optional(),
        summary: schemas/* object */.Ikc({
            servicesScanned: count,
            anomalous: count,
            insufficientData: count,
            new: count,
            missing: count,
            anomalyCount: count,
            /** Findings at or above fail-on: the ones that count against max-anomalies. */
            gatingAnomalies: count,
            /** Findings already present before the deploy (onset pre-existing). */
            preExisting: count.optional(),
            bySeverity: schemas/* object */.Ikc({ low: count, medium: count, high: count, critical: count }),
            failOn: severity,
            maxAnomalies: count,
            warnOnly: schemas/* boolean */.zMY(),
            /** One sentence: why the verdict is what it is. */
            reason: text,
        }),
        notes: schemas/* array */.YOg(text),
        /** Charts of the first (at most five) gating findings; absent when there is nothing to draw. */
        charts: listOf(findingChart, caps.charts).optional(),
        /** Services that ran two versions in the window, the new one judged against the old; absent when none did. */
        rollouts: listOf(reportRollout, caps.rollouts).optional(),
    });
    return {
        report,
        serviceReport,
        metricSummary,
        finding,
        findingReason,
        findingRollout,
        originEvidence,
        reportOrigin,
        chartSeries,
        findingChart,
        reportRollout,
        rolloutSide,
        rolloutComparison,
        sharedDeviation,
        rolloutChart,
        clusterIdentity,
        baselineSummary,
    };
}
/** The report's shape with no caps: the types below are inferred from it. */
const reportSchema = reportSchemas(UNCAPPED);


/***/ }),

/***/ 43674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ splittingVersionLabel),
/* harmony export */   mK: () => (/* binding */ isVersionValue),
/* harmony export */   o9: () => (/* binding */ ROLLOUT_SIGNALS),
/* harmony export */   xg: () => (/* binding */ SIGNALS_BY_CALLERS)
/* harmony export */ });
/** A version label value as a report may show it; anything else is not read as a version. */
const VERSION_VALUE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
/** Values Istio and Linkerd write where no version is known: not a version of their own. */
const NO_VERSION = new Set(['', 'unknown']);
/** Whether a version label's value names a version (labels are what the proxies reported: checked here). */
function isVersionValue(value) {
    return value !== undefined && !NO_VERSION.has(value) && VERSION_VALUE.test(value);
}
/**
 * The label that tells a service's versions apart: of the mesh declaration's version labels (most specific
 * first), the first whose values split the service, else the first it has one value of. `valuesOf`: the values a
 * label took on the service's requests.
 */
function splittingVersionLabel(labels, valuesOf) {
    let single = null;
    for (const label of labels) {
        const values = [...new Set(valuesOf(label))].filter(isVersionValue);
        if (values.length >= 2)
            return { label, values: values.sort() };
        if (values.length === 1 && !single)
            single = { label, values };
    }
    return single;
}
/** The per-request signals two versions are compared on; `callers…`: their latency as the callers saw it. */
const ROLLOUT_SIGNALS = [
    'errors',
    'timeouts',
    'retries',
    'overflows',
    'latencyP50',
    'latencyP99',
    'callersLatencyP50',
    'callersLatencyP99',
];
/** The signals read from the versions' callers' view (VersionSeries.callers), not their own. */
const SIGNALS_BY_CALLERS = new Set([
    'callersLatencyP50',
    'callersLatencyP99',
]);


/***/ }),

/***/ 9931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZI: () => (/* binding */ DEFAULT_HISTORY_LIMIT),
/* harmony export */   bC: () => (/* binding */ recentActivity),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   xg: () => (/* binding */ historyEntry)
/* harmony export */ });
/* unused harmony exports scanHistoryLineSchema, parseHistoryLine, ACTIVITY_PERIODS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74528);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
/* harmony import */ var _report_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29186);
/**
 * The scan history: one line per scan (time, verdict, findings by severity and type, services scanned, baseline
 * id), its zod schema, and the recent activity `status` and the job summary show from it. Pure: lines and a clock
 * in. A line comes from a file or an artifact, so it is read through the schema, never trusted.
 */



/** A whole number of 0 or more (any size a JSON number holds: zod's `int()` stops at 2^53). */
const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().refine((n) => Number.isInteger(n) && n >= 0, 'must be a whole number of 0 or more');
/** Findings by anomaly type. zod drops a `__proto__` key without a word; a line that names one is not ours. */
const byType = zod__WEBPACK_IMPORTED_MODULE_2__/* .custom */ .IeY((v) => typeof v === 'object' &&
    v !== null &&
    Object.keys(v).every((key) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ANOMALY_TYPES */ .Al.includes(key)), 'must count anomaly types only')
    .pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ANOMALY_TYPES */ .Al), count));
/** One line of the history file; the keys in the order they are written. */
const scanHistoryLineSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    /** When the scan finished (ISO 8601). */
    time: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .max(40)
        .refine((t) => Number.isFinite(Date.parse(t)), 'must be a time'),
    verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_report_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICTS */ .bk),
    /** Only `true` marks a partial scan; anything else reads as a whole one. */
    partial: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()
        .optional()
        .transform((v) => v === true),
    findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        total: count,
        /** Findings that counted against the gate (fail-on or worse). */
        gating: count,
        bySeverity: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ low: count, medium: count, high: count, critical: count }),
        byType,
    }),
    servicesScanned: count,
    /** The baseline's creation time: scans against the same baseline share it. Null without a baseline. */
    baselineId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(64).nullable(),
});
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
/** One JSON line back into an entry, or null when it is not one (corrupt, truncated, foreign). */
function parseHistoryLine(line) {
    let raw;
    try {
        raw = JSON.parse(line);
    }
    catch {
        return null;
    }
    const parsed = scanHistoryLineSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
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

/***/ 34990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ metricArrays),
/* harmony export */   Ng: () => (/* binding */ windowAggregates),
/* harmony export */   QF: () => (/* binding */ LATENCY_QUANTILES),
/* harmony export */   Sk: () => (/* binding */ LATENCY_QUANTILE_ENTRIES),
/* harmony export */   Uj: () => (/* binding */ aggregateMetric),
/* harmony export */   Xi: () => (/* binding */ totalRequests),
/* harmony export */   YJ: () => (/* binding */ windowQuantile),
/* harmony export */   kU: () => (/* binding */ requestsSlowerThan),
/* harmony export */   kV: () => (/* binding */ sliceSeries),
/* harmony export */   m5: () => (/* binding */ PER_REQUEST),
/* harmony export */   oX: () => (/* binding */ windowStarts),
/* harmony export */   w: () => (/* binding */ presentValues)
/* harmony export */ });
/* harmony import */ var _histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80365);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
/**
 * Typed access to per-service samples: windows over the step grid and request-weighted aggregates.
 * Pure functions; statistics beyond weighted means live in ml.ts.
 */


/** The quantile each latency metric is. */
const LATENCY_QUANTILES = {
    latencyP50: 0.5,
    latencyP90: 0.9,
    latencyP99: 0.99,
};
/** LATENCY_QUANTILES as [metric, q] pairs, for sources that fill every latency metric from one histogram. */
const LATENCY_QUANTILE_ENTRIES = Object.entries(LATENCY_QUANTILES);
/**
 * The cumulative bucket counts of [start, end) summed over its steps; undefined without buckets there. Kept per
 * series and window: learning asks for the same windows' buckets once per quantile and per model (a third of
 * learn's time at 1,000 services). Callers must not change the sums.
 */
function mergedBuckets(series, start, end) {
    const buckets = series.latencyBuckets;
    if (!buckets || buckets.bounds.length < 2)
        return undefined;
    let memo = MERGED.get(buckets);
    if (!memo)
        MERGED.set(buckets, (memo = new Map()));
    const key = start * 1_000_003 + end;
    if (memo.has(key))
        return memo.get(key);
    const sums = new Float64Array(buckets.bounds.length);
    let seen = false;
    for (let i = start; i < end; i++) {
        const counts = buckets.counts[i];
        if (!counts)
            continue;
        seen = true;
        for (let b = 0; b < sums.length; b++)
            sums[b] += counts[b] ?? 0;
    }
    const merged = seen
        ? { bounds: buckets.bounds, sums, quantiles: new Map() }
        : undefined;
    memo.set(key, merged);
    return merged;
}
const MERGED = new WeakMap();
/**
 * A latency quantile of [start, end) from the window's merged histogram bucket increments — the window's own
 * quantile, as histogram_quantile over increase() would give it, not a mean of per-step quantiles (a heavy tail
 * makes those two very different). Undefined when the series has no buckets there: callers fall back to steps.
 */
function windowQuantile(series, metric, start = 0, end = series.requests.length) {
    const q = LATENCY_QUANTILES[metric];
    if (q === undefined)
        return undefined;
    const merged = mergedBuckets(series, start, end);
    if (!merged)
        return undefined;
    const known = merged.quantiles.get(q);
    if (known !== undefined)
        return known;
    const { bounds, sums } = merged;
    // Sources give bounds sorted and unique: no bucket objects to build and sort for each of many windows.
    const quantile = strictlyAscending(bounds) && !sums.some(Number.isNaN)
        ? (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedHistogramQuantile */ .D)(q, bounds, Float64Array.from(sums), sums.length)
        : (0,_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .histogramQuantile */ .E)(q, bounds.map((le, b) => ({ le, count: sums[b] })));
    merged.quantiles.set(q, quantile);
    return quantile;
}
function strictlyAscending(bounds) {
    for (let b = 1; b < bounds.length; b++)
        if (!(bounds[b] > bounds[b - 1]))
            return false;
    return true;
}
/**
 * From the window's merged buckets: how many requests it saw and how many of them took longer than `ms`
 * (interpolated linearly inside the bucket holding `ms`, as histogram_quantile does). Undefined without buckets.
 */
function requestsSlowerThan(series, ms, start = 0, end = series.requests.length) {
    const merged = mergedBuckets(series, start, end);
    if (!merged)
        return undefined;
    const { bounds, sums } = merged;
    const requests = sums[sums.length - 1];
    let atOrBelow = requests;
    for (let b = 0; b < sums.length; b++) {
        const le = bounds[b];
        if (ms > le)
            continue;
        const lower = b === 0 ? 0 : bounds[b - 1];
        const below = b === 0 ? 0 : sums[b - 1];
        atOrBelow =
            Number.isFinite(le) && le > lower ? below + ((sums[b] - below) * (ms - lower)) / (le - lower) : below;
        break;
    }
    return { requests, slower: Math.max(0, requests - atOrBelow) };
}
/** Start indexes of windows of `size` steps, `stride` apart, that fit in `length` steps. */
function windowStarts(length, size, stride) {
    const starts = [];
    for (let start = 0; start + size <= length; start += stride)
        starts.push(start);
    return starts;
}
/** The non-null values of a metric in [start, end). */
function presentValues(values, start = 0, end = values.length) {
    const out = [];
    for (let i = start; i < end; i++) {
        const v = values[i];
        if (v !== null && Number.isFinite(v))
            out.push(v);
    }
    return out;
}
function totalRequests(series, start = 0, end = series.requests.length) {
    let sum = 0;
    for (let i = start; i < end; i++)
        sum += series.requests[i] ?? 0;
    return sum;
}
/** Metrics that are per request (ratios, latencies): their aggregate is weighted by the requests behind each step. */
const PER_REQUEST = new Set(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw.filter((metric) => metric !== 'requestRate' && metric !== 'ejectionRate'));
/**
 * One number for a metric over [start, end): the mean rate for rates, the request-weighted mean for ratios
 * and latencies (so a quiet step does not count as much as a busy one). Null when there is no value.
 */
function aggregateMetric(series, metric, start = 0, end = series.requests.length) {
    const merged = windowQuantile(series, metric, start, end);
    if (merged !== undefined)
        return merged;
    const values = series.values[metric];
    let weighted = 0;
    let weight = 0;
    for (let i = start; i < end; i++) {
        const v = values[i];
        if (v === null || v === undefined || !Number.isFinite(v))
            continue;
        const w = PER_REQUEST.has(metric) ? (series.requests[i] ?? 0) : 1;
        weighted += v * w;
        weight += w;
    }
    return weight > 0 ? weighted / weight : null;
}
/**
 * The same aggregate as aggregateMetric for many windows at once, from prefix sums: O(steps + windows)
 * instead of O(steps × window size). Null for a window with no value.
 */
function windowAggregates(series, metric, starts, size) {
    if (LATENCY_QUANTILES[metric] !== undefined && series.latencyBuckets) {
        return starts.map((start) => aggregateMetric(series, metric, start, Math.min(series.requests.length, start + size)));
    }
    const values = series.values[metric];
    const n = series.requests.length;
    const weighted = new Float64Array(n + 1);
    const weights = new Float64Array(n + 1);
    const perRequest = PER_REQUEST.has(metric);
    for (let i = 0; i < n; i++) {
        const v = values[i];
        const ok = v !== null && v !== undefined && Number.isFinite(v);
        const w = ok ? (perRequest ? (series.requests[i] ?? 0) : 1) : 0;
        weighted[i + 1] = weighted[i] + (ok ? v * w : 0);
        weights[i + 1] = weights[i] + w;
    }
    return starts.map((start) => {
        const end = Math.min(n, start + size);
        const w = weights[end] - weights[start];
        return w > 0 ? (weighted[end] - weighted[start]) / w : null;
    });
}
/** One array per metric, made by `make`: every source builds its series' values this way. */
function metricArrays(make = () => []) {
    return Object.fromEntries(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_NAMES */ .Uw.map((metric) => [metric, make(metric)]));
}
/** Steps [start, end) of a series, histogram buckets included. */
function sliceSeries(series, start, end) {
    return {
        ...series,
        requests: series.requests.slice(start, end),
        values: metricArrays((metric) => series.values[metric].slice(start, end)),
        ...(series.latencyBuckets
            ? {
                latencyBuckets: {
                    bounds: series.latencyBuckets.bounds,
                    counts: series.latencyBuckets.counts.slice(start, end),
                },
            }
            : {}),
    };
}


/***/ }),

/***/ 75959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PV: () => (/* binding */ DEFAULT_CONFIG),
  b1: () => (/* binding */ LIMITS),
  yy: () => (/* binding */ SETTINGS),
  O: () => (/* binding */ boundValue),
  ef: () => (/* binding */ setAt),
  OZ: () => (/* binding */ settingAt),
  fK: () => (/* binding */ valueAt)
});

// UNUSED EXPORTS: configSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(74528);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __webpack_require__(29396);
;// CONCATENATED MODULE: ./src/core/settings/declare.ts
/**
 * How a setting is declared: its resolved value's zod schema, registered with what the declaration says of it
 * (its key and unit in the YAML file, default, bounds, flag, input, environment, meaning). The declarations are
 * in this folder by section; core/settings.ts puts them together and derives from them.
 */

const registry = registries/* registry */.u5();
/** One setting: its resolved value's schema, registered with what the declaration says of it. */
function setting(schema, meta) {
    registry.add(schema, meta);
    return schema;
}
/** What the declaration says of a setting's schema; undefined: a section, or a field that is no setting. */
function metaOf(schema) {
    return registry.get(schema);
}

;// CONCATENATED MODULE: ./src/core/settings/connections.ts
/**
 * The settings of the connections: Prometheus (URL, headers, credentials from the environment, time budgets,
 * TLS, SigV4), the cluster, and the sidecars' scrape (declared as core/settings/declare.ts describes).
 */


const MIB = 1024 * 1024;
const connectionSettings = {
    prometheus: schemas/* object */.Ikc({
        url: setting(schemas/* string */.YjP().nullable(), {
            key: 'prometheus.url',
            unit: 'url',
            default: null,
            flag: {
                flags: '--prometheus-url <url>',
                help: 'Prometheus (or Thanos, Mimir, VictoriaMetrics) base URL',
                env: 'PROMETHEUS_URL',
            },
            input: { name: 'prometheus-url' },
            description: 'The base URL of Prometheus or a compatible server (Thanos, Mimir, VictoriaMetrics).',
        }),
        headers: setting(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()), {
            key: 'prometheus.headers',
            unit: 'headers',
            default: {},
            flag: {
                flags: '--prometheus-header <header>',
                help: "extra HTTP header 'Name: value' (repeatable)",
            },
            input: { name: 'prometheus-headers' },
            description: 'Extra HTTP headers on every request (a tenant, a credential from a secret).',
        }),
        bearerToken: setting(schemas/* string */.YjP().nullable(), {
            unit: 'secret',
            default: null,
            env: ['PROMETHEUS_TOKEN'],
            description: 'A bearer token for Prometheus (Google, Azure).',
        }),
        basicAuth: setting(schemas/* object */.Ikc({ username: schemas/* string */.YjP(), password: schemas/* string */.YjP() }).nullable(), {
            unit: 'secret',
            default: null,
            env: ['PROMETHEUS_USERNAME', 'PROMETHEUS_PASSWORD'],
            description: 'A user and password for Prometheus (Grafana Cloud).',
        }),
        timeoutMs: setting(schemas/* number */.aig(), {
            key: 'prometheus.timeout',
            unit: 'duration',
            // As long as Prometheus's own --query.timeout default: a shorter wait abandons work the server still does.
            default: 120_000,
            bounds: { min: '100ms', max: '10m' },
            flag: {
                flags: '--timeout <duration>',
                help: "Prometheus: time allowed per request (default 2m, as the server's --query.timeout)",
            },
            input: { name: 'prometheus-timeout' },
            description: 'The time allowed per Prometheus request.',
        }),
        deadlineMs: setting(schemas/* number */.aig().optional(), {
            key: 'prometheus.deadline',
            unit: 'duration',
            default: undefined,
            bounds: { min: '1s', max: '24h' },
            flag: {
                flags: '--deadline <duration>',
                help: 'Prometheus: time allowed for the whole collection (default: sized from the work)',
            },
            input: { name: 'prometheus-deadline' },
            description: 'The time allowed for one whole collection; unset: sized from the work.',
        }),
        maxResponseBytes: setting(schemas/* number */.aig().optional(), {
            key: 'prometheus.maxResponseSize',
            unit: 'mebibytes',
            default: undefined,
            bounds: { min: 1, max: 4096 },
            description: 'The largest answer read from the server, in MiB; unset: 64.',
        }),
        concurrency: setting(schemas/* number */.aig(), {
            key: 'prometheus.concurrency',
            unit: 'count',
            default: 8,
            bounds: { min: 1, max: 256 },
            description: 'Queries in flight at once.',
        }),
        caFile: setting(schemas/* string */.YjP().nullable(), {
            key: 'prometheus.caFile',
            unit: 'text',
            default: null,
            flag: { flags: '--prometheus-ca <file>', help: 'CA bundle for a Prometheus behind TLS' },
            description: 'A CA bundle (PEM) for a Prometheus behind TLS.',
        }),
        insecureSkipVerify: setting(schemas/* boolean */.zMY(), {
            key: 'prometheus.insecureSkipVerify',
            unit: 'boolean',
            default: false,
            flag: { flags: '--insecure-skip-tls-verify', help: 'do not verify the Prometheus TLS certificate' },
            description: "Do not verify the Prometheus server's TLS certificate.",
        }),
        /**
         * Sign every request with AWS Signature Version 4 (Amazon Managed Service for Prometheus), with credentials
         * from the AWS SDK's default chain; null: no signing.
         */
        sigv4: setting(schemas/* object */.Ikc({ region: schemas/* string */.YjP(), service: schemas/* string */.YjP() }).nullable().optional(), {
            key: 'prometheus.sigv4',
            unit: 'sigv4',
            default: null,
            flag: {
                flags: '--prometheus-sigv4-region <region>',
                help: 'sign Prometheus requests with AWS SigV4 for this region (Amazon Managed Service for Prometheus); credentials from the AWS default chain',
                with: { flags: '--prometheus-sigv4-service <name>', help: 'the SigV4 signing name (default aps)' },
            },
            input: { name: 'prometheus-sigv4-region' },
            description: 'Sign every request with AWS SigV4: { region, service } (service default aps), credentials from the AWS default chain.',
        }),
    }),
    kube: schemas/* object */.Ikc({
        kubeconfig: setting(schemas/* string */.YjP().nullable(), {
            key: 'kube.kubeconfig',
            unit: 'text',
            default: null,
            flag: {
                flags: '--kubeconfig <path>',
                help: 'kubeconfig file (default: KUBECONFIG, ~/.kube/config, in-cluster)',
            },
            input: { name: 'kubeconfig' },
            description: 'A kubeconfig path, inline YAML or base64; unset: KUBECONFIG, ~/.kube/config, then in-cluster.',
        }),
        context: setting(schemas/* string */.YjP().nullable(), {
            key: 'kube.context',
            unit: 'text',
            default: null,
            flag: { flags: '--context <name>', help: 'kubeconfig context' },
            input: { name: 'context' },
            description: "The kubeconfig context; unset: the kubeconfig's current one.",
        }),
        requestTimeoutMs: setting(schemas/* number */.aig().nullable(), {
            unit: 'duration',
            default: null,
            bounds: { min: '100ms' },
            env: ['SMANALYZER_KUBE_TIMEOUT'],
            description: "Each Kubernetes API request's timeout (a call's deadline is three times it); unset: defaults.",
        }),
    }),
    sidecars: schemas/* object */.Ikc({
        intervalMs: setting(schemas/* number */.aig(), {
            key: 'sidecars.interval',
            unit: 'duration',
            default: 15_000,
            bounds: { min: '1s', max: '1h' },
            flag: { flags: '--interval <duration>', help: 'sidecar scrape interval (default 15s)' },
            input: { name: 'interval' },
            description: 'The sidecar scrape interval.',
        }),
        concurrency: setting(schemas/* number */.aig(), {
            key: 'sidecars.concurrency',
            unit: 'count',
            default: 16,
            bounds: { min: 1, max: 256 },
            description: 'Sidecars scraped at once.',
        }),
        maxScrapeBytes: setting(schemas/* number */.aig(), {
            key: 'sidecars.maxScrapeSize',
            unit: 'size',
            default: 64 * MIB,
            description: 'The largest scrape body accepted from one sidecar.',
        }),
    }),
};

// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
;// CONCATENATED MODULE: ./src/core/settings/judgement.ts
/**
 * The settings of the judgement: the rules' limits, the model, and the gate's policy (declared as
 * core/settings/declare.ts describes).
 */



const DAY = 24 * 3_600_000;
const judgementSettings = {
    rules: schemas/* object */.Ikc({
        errorRatio: setting(schemas/* number */.aig(), {
            key: 'rules.errorRatio',
            unit: 'ratio',
            default: 0.05,
            bounds: { above: 0 },
            description: 'An error ratio above this is a rule finding.',
        }),
        trafficSpikeFactor: setting(schemas/* number */.aig(), {
            key: 'rules.trafficSpike',
            unit: 'factor',
            default: 2,
            bounds: { above: 1 },
            description: 'Traffic above this many times the expected rate is a rule finding.',
        }),
        trafficDropFactor: setting(schemas/* number */.aig(), {
            key: 'rules.trafficDrop',
            unit: 'factor',
            default: 0.5,
            bounds: { below: 1 },
            description: 'Traffic below this many times the expected rate is a rule finding.',
        }),
        latencyP99Ms: setting(schemas/* number */.aig().nullable(), {
            key: 'rules.latencyP99',
            unit: 'duration',
            default: null,
            bounds: { min: '1ms', max: '1h' },
            description: 'An absolute bound on p99 latency; unset: none.',
        }),
        latencyFactor: setting(schemas/* number */.aig(), {
            key: 'rules.latencyFactor',
            unit: 'factor',
            default: 2,
            bounds: { above: 1 },
            description: 'p99 latency above this many times its baseline mean is a rule finding.',
        }),
        retryRatio: setting(schemas/* number */.aig(), {
            key: 'rules.retryRatio',
            unit: 'ratio',
            default: 0.1,
            description: 'A retry ratio above this is a rule finding.',
        }),
        timeoutRatio: setting(schemas/* number */.aig(), {
            key: 'rules.timeoutRatio',
            unit: 'ratio',
            default: 0.02,
            description: 'A timeout ratio above this is a rule finding.',
        }),
        overflowRatio: setting(schemas/* number */.aig(), {
            key: 'rules.overflowRatio',
            unit: 'ratio',
            default: 0.01,
            description: 'A circuit-breaker overflow ratio above this is a rule finding.',
        }),
    }),
    model: schemas/* object */.Ikc({
        sensitivity: setting(schemas/* number */.aig(), {
            key: 'model.sensitivity',
            unit: 'number',
            default: 1,
            bounds: { above: 0, max: 100 },
            flag: {
                flags: '--sensitivity <x>',
                help: 'model sensitivity: above 1 flags smaller deviations (default 1)',
            },
            description: "Above 1 makes the model's thresholds tighter (more findings), below 1 looser.",
        }),
        kMax: setting(schemas/* number */.aig(), {
            key: 'model.kMax',
            unit: 'count',
            default: 4,
            bounds: { min: 1, max: 12 },
            description: 'The most modes of normal behaviour K-means learns per signal.',
        }),
        seed: setting(schemas/* number */.aig(), {
            key: 'model.seed',
            unit: 'integer',
            default: 42,
            description: "The seed of K-means' initial centroids.",
        }),
    }),
    gate: schemas/* object */.Ikc({
        failOn: setting(schemas/* enum */.k5n(types/* SEVERITIES */.oC), {
            key: 'gate.failOn',
            unit: 'severity',
            default: 'high',
            flag: {
                flags: '--fail-on <severity>',
                help: 'lowest severity that fails the gate: low, medium, high, critical (default high)',
            },
            input: { name: 'fail-on' },
            description: 'The lowest severity that counts against the gate.',
        }),
        maxAnomalies: setting(schemas/* number */.aig(), {
            key: 'gate.maxAnomalies',
            unit: 'count',
            default: 0,
            bounds: { min: 0, max: 1_000_000 },
            flag: {
                flags: '--max-anomalies <n>',
                help: 'anomalies at or above --fail-on allowed before failing (default 0)',
            },
            input: { name: 'max-anomalies' },
            description: 'How many findings at or above failOn are tolerated before the gate fails.',
        }),
        minRequests: setting(schemas/* number */.aig(), {
            key: 'gate.minRequests',
            unit: 'count',
            default: 100,
            bounds: { min: 0, max: 1_000_000_000 },
            flag: {
                flags: '--min-requests <n>',
                help: 'requests a service needs in the window to be judged (default 100)',
            },
            description: 'Below this many requests in the scan window a service is insufficient-data.',
        }),
        warnOnly: setting(schemas/* boolean */.zMY(), {
            key: 'gate.warnOnly',
            unit: 'boolean',
            default: false,
            flag: { flags: '--warn-only', help: 'advisory: report, never fail' },
            input: { name: 'warn-only' },
            description: 'Advisory mode: report, never fail.',
        }),
        onInsufficientData: setting(schemas/* enum */.k5n(['pass', 'warn', 'fail']), {
            key: 'gate.onInsufficientData',
            unit: 'choice',
            default: 'warn',
            description: 'What a service with too few requests to judge does to the verdict.',
        }),
        onError: setting(schemas/* enum */.k5n(['fail', 'warn']), {
            key: 'gate.onError',
            unit: 'choice',
            default: 'fail',
            flag: {
                flags: '--on-error <policy>',
                help: 'cluster or Prometheus failing mid-scan: fail (exit 2) or warn (partial report, exit 0)',
            },
            input: { name: 'on-error' },
            description: 'The cluster or Prometheus failing mid-scan: fail the step, or warn with a partial report.',
        }),
        before: setting(schemas/* number */.aig(), {
            key: 'gate.before',
            unit: 'duration',
            zeroTurnsOff: true,
            default: 30 * 60_000,
            flag: {
                flags: '--before <duration>',
                help: 'reference window before the deploy to tell new from pre-existing (default 30m, 0 = off)',
            },
            input: { name: 'before' },
            description: 'The reference window read right before the deploy, to tell new findings from pre-existing ones; 0: off.',
        }),
        maxBefore: setting(schemas/* number */.aig(), {
            key: 'gate.maxBefore',
            unit: 'duration',
            default: DAY,
            bounds: { min: '1m', max: '7d' },
            description: 'The longest reference window accepted: a year-long one would exhaust memory.',
        }),
        preExisting: setting(schemas/* enum */.k5n(['warn', 'fail']), {
            key: 'gate.preExisting',
            unit: 'choice',
            default: 'warn',
            input: { name: 'pre-existing' },
            description: 'Findings already present before the deploy: reported (warn), or counted against the gate.',
        }),
    }),
};

;// CONCATENATED MODULE: ./src/core/settings/scope.ts
/**
 * The settings that say what is read and when: the source, the mesh dialect, the namespaces, the baseline's
 * path, the step and the windows (declared as core/settings/declare.ts describes).
 */



const scope_DAY = 24 * 3_600_000;
const DURATION_FLAG = { flags: '-d, --duration <duration>', help: 'length of a timed window, like 5m' };
const scopeSettings = {
    source: setting(schemas/* enum */.k5n(types/* SOURCE_NAMES */.tN), {
        key: 'source',
        unit: 'choice',
        default: 'simulated',
        flag: { flags: '--source <source>', help: 'where metrics come from' },
        input: { name: 'source' },
        description: 'Where metrics come from. Unset: inferred (a Prometheus URL means prometheus, a cluster alone sidecars).',
    }),
    mesh: setting(schemas/* enum */.k5n(['auto', ...types/* MESH_NAMES */.rC]), {
        key: 'mesh',
        unit: 'choice',
        default: 'auto',
        flag: {
            flags: '--mesh <mesh>',
            help: 'mesh dialect to read (default auto: from the cluster, else the metrics)',
        },
        input: { name: 'mesh' },
        description: 'The mesh dialect to read; auto: from discovery, else from the series the metrics hold.',
    }),
    namespaces: setting(schemas/* array */.YOg(schemas/* string */.YjP()), {
        key: 'namespaces',
        unit: 'namespaces',
        default: [],
        flag: {
            flags: '-n, --namespace <ns>',
            help: 'namespace to analyse (repeatable or comma separated; default: all)',
        },
        input: { name: 'namespaces' },
        description: 'The namespaces to analyse; empty: every namespace.',
    }),
    baselinePath: setting(schemas/* string */.YjP(), {
        key: 'baseline',
        unit: 'text',
        default: 'smanalyzer-baseline.json',
        bounds: { min: 1 },
        flag: {
            flags: '-b, --baseline <path>',
            help: 'baseline artifact path (default: smanalyzer-baseline.json)',
        },
        input: { name: 'baseline-path' },
        description: 'Where the baseline is read (scan, status) or written (learn).',
    }),
    stepMs: setting(schemas/* number */.aig(), {
        key: 'step',
        unit: 'duration',
        default: 15_000,
        bounds: { min: '1s', max: '1h' },
        flag: { flags: '--step <duration>', help: 'sample resolution (default 15s)' },
        input: { name: 'interval' },
        description: 'The sample resolution of every series.',
    }),
    featureWindowMs: setting(schemas/* number */.aig(), {
        key: 'featureWindow',
        unit: 'duration',
        default: 120_000,
        bounds: { min: '4s', max: '1d' },
        description: 'The length of one feature window: the model\'s unit of "normal behaviour".',
    }),
    learnDurationMs: setting(schemas/* number */.aig(), {
        key: 'learnDuration',
        unit: 'duration',
        default: scope_DAY,
        bounds: { min: '1s', max: '90d' },
        flag: { ...DURATION_FLAG, for: 'learn' },
        input: { name: 'duration', for: 'learn' },
        description: 'The length of a timed learn (without --from/--to).',
    }),
    scanDurationMs: setting(schemas/* number */.aig(), {
        key: 'scanDuration',
        unit: 'duration',
        default: 300_000,
        bounds: { min: '1s', max: '7d' },
        flag: { ...DURATION_FLAG, for: 'scan' },
        input: { name: 'duration', for: 'scan' },
        description: 'The length of a timed scan (without --from/--to).',
    }),
};

;// CONCATENATED MODULE: ./src/core/settings/simulation.ts
/**
 * The settings of the simulated mesh (topology, seed, faults, rollouts), of the report, and of rollouts (which
 * version is new, and the baseline-less comparison) (declared as core/settings/declare.ts describes).
 */



const faultSchema = schemas/* object */.Ikc({
    /** Service name (optionally namespace/name) in the simulated mesh. */
    service: schemas/* string */.YjP(),
    type: schemas/* enum */.k5n(types/* FAULT_TYPES */.nH),
    /**
     * Type-specific size: a factor for latency/traffic, a ratio for errors/retries/timeouts/overflow and packet
     * loss, milliseconds for a network delay.
     */
    magnitude: schemas/* number */.aig().optional(),
    /** The fault began this long before the deploy (ms): already there in the reference window. */
    startsBeforeMs: schemas/* number */.aig().optional(),
    /** Only this version of the service has the fault (a rollout's new version: `reviews@v2:latency:1.6x`). */
    version: schemas/* string */.YjP().optional(),
});
/** A simulated rollout: from the deploy on, `share` of the service's requests go to `version` (the rest stay on v1). */
const rolloutSchema = schemas/* object */.Ikc({ service: schemas/* string */.YjP(), version: schemas/* string */.YjP(), share: schemas/* number */.aig() });
const simulationSettings = {
    simulated: schemas/* object */.Ikc({
        topology: setting(schemas/* string */.YjP(), {
            key: 'simulated.topology',
            unit: 'text',
            default: 'bookinfo',
            flag: {
                flags: '--topology <name>',
                help: 'simulated mesh: bookinfo, boutique, generated:N, realistic:<one of them>',
            },
            description: 'The simulated mesh: bookinfo, boutique, generated:N, or one of them as realistic:NAME.',
        }),
        seed: setting(schemas/* number */.aig(), {
            key: 'simulated.seed',
            unit: 'integer',
            default: 1,
            flag: { flags: '--seed <n>', help: 'simulated mesh seed' },
            description: "The simulated mesh's seed.",
        }),
        faults: setting(schemas/* array */.YOg(faultSchema), {
            key: 'simulated.faults',
            unit: 'faults',
            default: [],
            flag: {
                flags: '--inject <fault>',
                help: "simulated fault SERVICE[@VERSION]:TYPE[:MAGNITUDE] (repeatable; @VERSION: a rollout's new version only)",
            },
            description: 'Faults injected into the simulated mesh, like reviews:latency:3 or reviews@v2:latency:1.6x.',
        }),
        rollouts: setting(schemas/* array */.YOg(rolloutSchema), {
            key: 'simulated.rollouts',
            unit: 'rollouts',
            default: [],
            flag: {
                flags: '--rollout <rollout>',
                help: 'simulated rollout SERVICE:VERSION[:SHARE]: from the deploy on, SHARE of its requests (default 20%) go to VERSION beside v1 (repeatable)',
            },
            description: 'Services rolling out a new version beside v1 from the deploy on, like reviews:v2:20%.',
        }),
    }),
    report: schemas/* object */.Ikc({
        origins: setting(schemas/* boolean */.zMY(), {
            key: 'report.origins',
            unit: 'boolean',
            default: true,
            description: 'Name the likely origin of the anomalies on the call graph; never changes the verdict.',
        }),
    }),
    /** Rollouts: a service serving two versions in the window, the new one judged against the old. */
    rollout: schemas/* object */.Ikc({
        newVersion: setting(schemas/* string */.YjP().nullable(), {
            key: 'rollout.newVersion',
            unit: 'version',
            default: null,
            bounds: { min: 1, max: 253 },
            flag: {
                flags: '--new-version <version>',
                help: "a rollout's new version, as its version label says (default: found from the data)",
            },
            input: { name: 'new-version' },
            description: "A rollout's new version, as its version label says; unset: found from the data.",
        }),
        oldVersion: setting(schemas/* string */.YjP().nullable(), {
            key: 'rollout.oldVersion',
            unit: 'version',
            default: null,
            bounds: { min: 1, max: 253 },
            flag: {
                flags: '--old-version <version>',
                help: "a rollout's old version (default: every version but the new one)",
            },
            input: { name: 'old-version' },
            description: "A rollout's old version; unset: every version but the new one.",
        }),
        compareVersions: setting(schemas/* boolean */.zMY(), {
            key: 'rollout.compareVersions',
            unit: 'boolean',
            default: false,
            flag: {
                flags: '--compare-versions',
                help: 'judge the new version of each rollout against the old only, with no baseline (for teams without one yet)',
            },
            input: { name: 'compare-versions' },
            description: 'Judge the new version of each rollout against the old only, with no baseline.',
        }),
    }),
};

;// CONCATENATED MODULE: ./src/core/settings.ts
/**
 * Every setting, declared once (the sections in core/settings/): where it sits in `Config`, its key and unit in
 * the YAML file, its default, its bounds, its CLI flag and Action input (where one sets it), and what it means.
 * From this declaration come the `Config` type (z.output of `configSchema`), DEFAULT_CONFIG, the YAML file's
 * schema and the bound checks (config/), the flags (cli/flags.ts), the inputs (action/inputs.ts) and the table in
 * docs/configuration.md. Durations are milliseconds; ratios are 0..1; sizes are bytes.
 */







const configSchema = schemas/* object */.Ikc({
    ...scopeSettings,
    ...judgementSettings,
    ...connectionSettings,
    ...simulationSettings,
    /**
     * false when nothing named a metrics source (no source, Prometheus URL or cluster): only `status` runs so, and
     * it says so instead of showing `source` (which then holds the default and is not used).
     */
    sourceNamed: schemas/* literal */.euz(false).optional(),
    /**
     * The settings the user gave, by their config key, each as the user named it (`--step`, `input interval`,
     * `step`): a message about a value says where it came from, and a note about one only when it was asked for.
     */
    givenAs: schemas/* partialRecord */.jgl(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
});
function settingsIn(schema, prefix) {
    return Object.entries(schema.shape).flatMap(([key, child]) => {
        const path = [...prefix, key];
        const meta = metaOf(child);
        if (meta)
            return [
                { ...meta, path, name: meta.key ?? meta.env?.[0] ?? path.join('.'), choices: choicesOf(child) },
            ];
        return child instanceof schemas/* ZodObject */.bvH ? settingsIn(child, path) : [];
    });
}
function choicesOf(schema) {
    let inner = schema;
    while (inner instanceof schemas/* ZodOptional */.IiU || inner instanceof schemas/* ZodNullable */.l1C)
        inner = inner.unwrap();
    return inner instanceof schemas/* ZodEnum */.Vb4 ? inner.options : undefined;
}
/** Every setting, in the order of the YAML file. */
const SETTINGS = settingsIn(configSchema, []);
/** A setting by its path in Config (`gate.maxAnomalies`); the declaration's own paths only. */
function settingAt(path) {
    const found = SETTINGS.find((s) => s.path.join('.') === path);
    if (!found)
        throw new Error(`no setting at ${path}`);
    return found;
}
/** A bound as a number in the setting's own unit (milliseconds for a duration). */
function boundValue(bound) {
    return typeof bound === 'number' ? bound : (0,duration/* parseDuration */.E)(bound);
}
/** The value at a path of a settings tree (Config, or a part of one), or undefined. */
function valueAt(tree, path) {
    let current = tree;
    for (const key of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = Reflect.get(current, key);
    }
    return current;
}
const isSection = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Sets the value at a path of a settings tree, making the sections on the way. */
function setAt(tree, path, value) {
    let node = tree;
    for (const key of path.slice(0, -1)) {
        const next = node[key];
        if (isSection(next))
            node = next;
        else
            node = node[key] = {};
    }
    node[path[path.length - 1]] = value;
}
function defaultsTree() {
    const tree = {};
    for (const s of SETTINGS)
        if (s.default !== undefined)
            setAt(tree, s.path, s.default);
    return tree;
}
/** Every setting at its default, through the schema. */
const DEFAULT_CONFIG = configSchema.parse(defaultsTree());
const range = (path) => {
    const { min, max } = settingAt(path).bounds ?? {};
    return { min: boundValue(min ?? 0), max: boundValue(max ?? Infinity) };
};
/**
 * The bounds every setting that shapes the work is held to, wherever it comes from: the config and flags
 * (config/load.ts) and a baseline file (core/baseline.ts), which may come from an untrusted artifact. A
 * baseline with a 30-day feature window or a 1 ms step would otherwise make a scan wait or run out of memory.
 */
const LIMITS = {
    stepMs: range('stepMs'),
    featureWindowMs: range('featureWindowMs'),
    /** A feature window holds at least this many steps. */
    stepsPerFeatureWindow: 4,
    kMax: range('model.kMax'),
    /** Envoy's default histogram has 20 bounds; a custom one rarely more than a few dozen. */
    histogramBuckets: 256,
    /** Far above any mesh we measured (10,000 services), far below what exhausts memory. */
    services: 100_000,
    /** gate.before is at most gate.maxBefore (default 24 h), which is at most this. */
    maxBeforeMs: range('gate.maxBefore').max,
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

/***/ 87176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Al: () => (/* binding */ ANOMALY_TYPES),
  s$: () => (/* binding */ BaselineError),
  b$: () => (/* binding */ ClusterError),
  xL: () => (/* binding */ ConfigError),
  nH: () => (/* binding */ FAULT_TYPES),
  rC: () => (/* binding */ MESH_NAMES),
  Uw: () => (/* binding */ METRIC_NAMES),
  kj: () => (/* binding */ MetricsError),
  lA: () => (/* reexport */ PREFLIGHT_TIMEOUT_MS),
  v: () => (/* binding */ REQUEST_SHARES),
  oC: () => (/* binding */ SEVERITIES),
  tN: () => (/* reexport */ SOURCE_NAMES),
  Ui: () => (/* binding */ UserFacingError),
  dt: () => (/* binding */ compareServiceKeys),
  fH: () => (/* binding */ serviceId),
  qs: () => (/* binding */ severityRank)
});

;// CONCATENATED MODULE: ./src/core/metrics-source.ts
/**
 * Where metrics can come from: each is one folder under src/sources/ and one entry in src/sources/registry.ts
 * (config validates against this list; a test keeps it equal to the registry's names, in its order).
 */
const SOURCE_NAMES = ['simulated', 'prometheus', 'sidecars'];
/** Every answer a preflight or `status` waits for from a source's backend comes within this, or it says so. */
const PREFLIGHT_TIMEOUT_MS = 5000;

;// CONCATENATED MODULE: ./src/core/types.ts
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
/** The metrics that are a share of the requests (0–1), each counted in events: errors, retries, timeouts, overflows. */
const REQUEST_SHARES = new Set([
    'errorRatio',
    'retryRatio',
    'timeoutRatio',
    'overflowRatio',
]);
/** The mesh dialects SMAnalyzer reads; what each means is declared under src/mesh/dialects/. */
const MESH_NAMES = ['istio', 'istio-ambient', 'linkerd'];

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
/* harmony export */   a: () => (/* binding */ DOCS_URL),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, stamped into reports and baselines. Kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';
/** The documentation pages (docs/ in the repository), for the links in notes and fixes. */
const DOCS_URL = 'https://github.com/smanalyzer/smanalyzer/blob/main/docs';


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
 * The new file keeps the permissions of the one it replaces (a baseline made private with chmod 600 stays so).
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
    const kept = options.mode ?? existingMode(path);
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, 'wx', kept ?? 0o644);
        try {
            // Set exactly, past the umask: the rename must not widen (or narrow) who may read the file.
            if (kept !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, kept);
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
/** The permission bits of the file at `path`, or undefined when there is none (or it is not a regular file). */
function existingMode(path) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path);
        return stat.isFile() ? stat.mode & 0o777 : undefined;
    }
    catch {
        return undefined;
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MESH_DIALECTS: () => (/* binding */ MESH_DIALECTS),
/* harmony export */   controlPlaneTitle: () => (/* binding */ controlPlaneTitle),
/* harmony export */   dialectFor: () => (/* binding */ dialectFor),
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
/** The dialect to read when neither the settings nor discovery named one: Istio's sidecars, the most common. */
function dialectFor(mesh) {
    return dialectOf(mesh === 'auto' ? 'istio' : mesh);
}
/** How a log line names the control plane discovery found (its `mesh`: istiod's, or Linkerd's destination). */
function controlPlaneTitle(mesh) {
    return mesh === 'linkerd' ? 'Linkerd' : 'Istio';
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
        versions: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_CALLER_VERSIONS */ .VM,
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
/* harmony export */   VM: () => (/* binding */ ISTIO_CALLER_VERSIONS),
/* harmony export */   Wg: () => (/* binding */ ISTIO_VIEW_LABEL),
/* harmony export */   ZU: () => (/* binding */ ISTIO_WORKLOAD),
/* harmony export */   _A: () => (/* binding */ istioSignals),
/* harmony export */   dK: () => (/* binding */ ISTIO_METRICS),
/* harmony export */   fG: () => (/* binding */ ISTIO_SERVICE),
/* harmony export */   qQ: () => (/* binding */ ISTIO_CONTROL_PLANE),
/* harmony export */   z3: () => (/* binding */ ISTIO_VERSIONS)
/* harmony export */ });
/* unused harmony export PROXY_STATS_MATCHER_REGEXPS */
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83323);
/**
 * Istio's request telemetry, shared by its two data planes (sidecars and ambient): the standard metrics, the
 * labels that name a service, a caller and a version, and how Envoy's response codes and flags classify. Retries
 * and circuit-breaker overflows happen in the proxy that sends the request — the caller's sidecar, or the waypoint
 * in front of the callee — so only those views carry their flags (`URX`, `UO`); the callee's sidecar sees none.
 */

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
/** A caller's proxy labels the callee's version as the callee's own does. */
const ISTIO_CALLER_VERSIONS = Object.fromEntries(ISTIO_VERSIONS.map((label) => [label, label]));
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
    // Short, once per run: the mesh config and the annotation are in the page it links.
    enable: `turn them on with Istio's proxyStatsMatcher: ${_core_version_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS_URL */ .a}/envoy-stats.md`,
};
/** The proxyStatsMatcher inclusion regexps that keep the cluster stats Istio's optional signals read. */
const PROXY_STATS_MATCHER_REGEXPS = Object.values(istioSignals({ every: [], sender: [] }))
    .flatMap((signal) => (signal.clusterStat ? [signal.clusterStat] : []))
    .map((stat) => `.*${stat.replace(/^envoy_cluster_/, '').replace(/_total$/, '')}.*`);
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
        versions: _istio_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .ISTIO_CALLER_VERSIONS */ .VM,
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
        // Its outbound series carry the callee's pod template hash (dst_pod_template_hash), not a `version`.
        versions: { pod_template_hash: 'dst_pod_template_hash' },
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
    proxy: {
        port: 4191,
        path: 'metrics',
        pods: 'workloads',
        podNamespaceLabel: 'namespace',
        // linkerd-viz's Prometheus copies every pod label onto the pod's series, `-` and `.` spelled `_`.
        podLabels: { version: 'version', pod_template_hash: 'pod-template-hash' },
    },
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
/* harmony export */   H2: () => (/* binding */ displayUnit),
/* harmony export */   Hf: () => (/* binding */ bandName),
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   IO: () => (/* binding */ timeline),
/* harmony export */   JL: () => (/* binding */ chartCaption)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33647);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87176);
/**
 * A finding's picture as the renderers draw it: the report's `charts` turned into one timeline in
 * display units, then into a Mermaid `xychart-beta` block for GitHub (job summary, PR comment). The terminal's
 * sparkline and the HTML report's SVG read the same timeline. Pure.
 */


function displayUnit(metric) {
    if (_core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .REQUEST_SHARES */ .v.has(metric))
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
/** Whose normal band a chart draws: the baseline's, or the half hour's before the deploy. */
function bandName(chart) {
    return chart.bandFrom === 'reference' ? 'normal band before the deploy' : 'learned normal band';
}
/** The words under a chart: what each colour is, in the metric's units. */
function chartCaption(chart, drawing = 'mermaid') {
    const t = timeline(chart);
    const svg = drawing === 'svg';
    const parts = [`red${svg ? ' line' : ''}: observed ${_units_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_LABEL */ .SM[chart.metric] ?? chart.metric}`];
    if (chart.band)
        parts.push(`green${svg ? ' area' : ''}: ${bandName(chart)} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(chart.metric, chart.band[0])} – ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(chart.metric, chart.band[1])}`);
    if (t.hasReference && chart.deployedAt)
        parts.push(`${svg ? 'dashed line' : 'grey bar'}: the deploy at ${chart.deployedAt}`);
    if (t.values.some((v) => v === null))
        parts.push(svg ? 'gaps: steps without data' : 'steps without data repeat their neighbour');
    const step = chart.scan.stepSeconds;
    parts.push(`one point per ${step >= 60 ? `${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(step / 60, 1)} min` : `${step} s`}`);
    return parts.join(' · ');
}


/***/ }),

/***/ 57789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown),
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/**
 * Escaping for every renderer, in one place: whatever came from the cluster, a report or an artifact is
 * untrusted text and leaves here inert (Markdown and HTML).
 */
/**
 * Escape text for Markdown and HTML contexts (including table cells): HTML-significant characters become
 * entities, the punctuation that opens emphasis, code, links or table cells is backslash-escaped, and `@`/`#` get a zero-width space so no one is
 * mentioned and no issue is linked. Newlines collapse to spaces so a value stays in its table row.
 * GitHub also turns bare URLs (`https://…`, `www.…`) into links and `$…$` into math: a report from a fork's run
 * could put a link or a formula in the bot's comment. `$` becomes an entity (never a math delimiter) and a
 * zero-width space breaks `://` and `www.`, so the text reads the same and is inert.
 */
function escapeMarkdown(text) {
    return String(text)
        .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/[@#]/g, (c) => `${c}&#8203;`)
        .replace(/\$/g, '&#36;')
        .replace(/:\/\//g, ':&#8203;//')
        .replace(/\b(www)\./gi, '$1&#8203;.');
}
/** Text for an HTML element or a quoted attribute value: the five significant characters as entities. */
function escapeHtml(text) {
    return String(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}


/***/ }),

/***/ 88169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ modelInternals),
/* harmony export */   _l: () => (/* binding */ thresholdInUnits),
/* harmony export */   jb: () => (/* binding */ describeFinding)
/* harmony export */ });
/* unused harmony export describeReason */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33647);
/* harmony import */ var _core_edges_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45869);
/* harmony import */ var _rollout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92265);



function pct(v) {
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)('errorRatio', v);
}
/** "is above the 5% limit", "is over 5x its usual 0.2% (z = 40 over 1200 requests)", … */
function describeReason(f) {
    const r = f.reason;
    switch (r.kind) {
        case 'traffic-band': {
            const usual = r.basis === 'hour-of-day' ? 'expected at this hour' : 'baseline mean';
            const over = r.overSeconds !== undefined ? ` for ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(r.overSeconds)} of the window` : '';
            return `is ${r.direction} ${r.factor}x the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)('requestRate', r.expectedRate)} ${usual}${over}`;
        }
        case 'ratio-limit':
            return `is above the ${pct(r.limit)} limit`;
        case 'ratio-relative':
            return `is over ${r.factor}x its usual ${pct(r.usual)} (z = ${r.z.toFixed(0)} over ${Math.round(r.requests)} requests)`;
        case 'latency-bound':
            return `is above the ${r.limitMs} ms bound`;
        case 'event-count':
            return `is ${r.events} in ${r.requests} requests where ${pct(r.usual)} is usual (chance ${r.chance < 1e-6 ? 'under 1 in a million' : `1 in ${Math.round(1 / r.chance).toLocaleString('en')}`})`;
        case 'latency-range':
            return `is above the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)('latencyP99', r.high)} its windows reached ${r.learnedFrom === 'reference' ? 'before the deploy' : 'in training'}`;
        case 'latency-factor':
            return `is above ${r.factor}x its ${r.learnedFrom === 'reference' ? 'level before the deploy,' : 'baseline'} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)('latencyP99', r.baseline)}`;
        case 'mode-distance': {
            const change = r.feature === 'mean'
                ? 'is unlike every normal mode learned'
                : `has an unusual ${r.feature === 'stddev' ? 'spread' : r.feature}`;
            return `${change} (distance ${r.distance.toFixed(1)} vs threshold ${r.threshold.toFixed(1)} for mode ${r.mode} of ${r.modes})`;
        }
        case 'envelope':
            return `is ${r.side} the range its window means kept in training (bound ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(f.metric, r.bound)})`;
        case 'went-dark':
            return r.resumed
                ? `for ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(r.silentSeconds)} of the window (${Math.round(100 * r.shareOfWindow)}%), where about ${Math.round(r.expectedRequests)} requests were expected, before its traffic came back: the service went dark`
                : `for the last ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatAge */ .nV)(r.silentSeconds)} of the window (${Math.round(100 * r.shareOfWindow)}%), where about ${Math.round(r.expectedRequests)} requests were expected: the service went dark`;
        case 'callers-gap':
            return `against its own proxy's ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(f.metric, r.ownMs)} for the same calls, where the two medians are usually ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(r.usualRatio, 2)}x apart`;
        case 'version-regression':
            return `against ${r.oldVersion} in the same minutes (one-sided Fisher p = ${r.pValue.toPrecision(2)})`;
    }
}
/** Why the model objects, in a few words (the distances stay in the report's `reason`). */
function modelObjection(r) {
    if (r.kind === 'envelope')
        return `${r.side} the range its window means kept in training`;
    if (r.kind === 'mode-distance' && r.feature !== 'mean')
        return `unusual ${r.feature === 'stddev' ? 'spread' : r.feature} (mode ${r.mode} of ${r.modes})`;
    if (r.kind === 'mode-distance' && r.joint)
        return `with the other signals, unlike ${r.modes === 1 ? 'its learned operating state' : `all ${r.modes} operating states learned`}`;
    if (r.kind === 'mode-distance')
        return r.modes === 1
            ? 'unlike its learned normal behaviour'
            : `unlike all ${r.modes} normal modes learned`;
    return describeReason({ metric: 'requestRate', reason: r });
}
/** "70–90 ms": the unit once. */
function formatRange(metric, lo, hi) {
    const [low, high] = [(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(metric, lo), (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(metric, hi)];
    if (low === high)
        return low;
    const unit = / ms$|%$|\/s$/.exec(high)?.[0];
    return `${unit && low.endsWith(unit) ? low.slice(0, -unit.length) : low}–${high}`;
}
/** "2.6x", "0.4x": how far the value moved from its usual level; empty without one. */
function times(observed, usual) {
    if (!(usual > 0) || !Number.isFinite(observed))
        return '';
    const x = observed / usual;
    return `, ${x >= 10 ? x.toFixed(0) : x.toFixed(1)}x`;
}
/** Who saw it, for a finding of the caller's view: "shop/checkout sees it", "its other callers see it". */
function seenBy(caller) {
    if (caller === _core_edges_js__WEBPACK_IMPORTED_MODULE_1__/* .OWN_CALLS */ .ZS)
        return 'its own proxy sees its calls to others';
    if (caller === _core_edges_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTSIDE_CALLERS */ .fe)
        return 'its callers from outside the mesh see it';
    if (caller === _core_edges_js__WEBPACK_IMPORTED_MODULE_1__/* .OTHER_CALLERS */ .WH)
        return 'its other callers see it';
    return `${caller} sees it`;
}
/**
 * What the service's own proxy saw, for a finding only its callers' proxies saw: its own time unchanged means
 * the time went between them; retries and circuit breaking are the callers' proxies' own doing.
 */
function ownView(f) {
    const own = f.ownObserved;
    if (f.metric === 'retryRatio' || f.metric === 'overflowRatio')
        return `; ${f.metric === 'retryRatio' ? 'retries' : 'circuit breaking'} happen in the callers' proxies, where only they are seen`;
    if (f.caller === _core_edges_js__WEBPACK_IMPORTED_MODULE_1__/* .OWN_CALLS */ .ZS)
        return `; its callees answer in their usual time to their other callers: the time goes on ${f.service}'s side — its pod's network`;
    if (own === undefined || own === null)
        return `; ${f.service}'s own proxy has no value to compare`;
    const label = _units_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_LABEL */ .SM[f.metric];
    return `; ${f.service}'s own ${label} is ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(f.metric, own)}${whereTheTimeWent(f, own)}`;
}
/**
 * Where the callers' extra time went: between the proxies when the gap between their view and the service's own
 * is at least half of how far the callers' view is from its usual; its own work when the service's own time rose
 * by more (a quiet service's own p90 doubling, its callers seeing that and a little more).
 */
function whereTheTimeWent(f, own) {
    if (!_units_js__WEBPACK_IMPORTED_MODULE_0__/* .LATENCY_METRICS */ .Z$.includes(f.metric) || !(own < f.observed))
        return '';
    // A report read back holds no expectation as NaN: then the gap alone speaks, as it did before.
    const deviation = Number.isFinite(f.expected) ? f.observed - f.expected : 0;
    return f.observed - own >= 0.5 * deviation
        ? `: the time goes between them — the network or the pod's network`
        : ': most of the added time is its own';
}
/** One signal of a joint state in its units: "p50 latency 37 ms", "traffic 0.6x its hour's usual". */
function stateValue(metric, value, relativeTraffic) {
    if (metric === 'requestRate')
        return relativeTraffic
            ? `traffic ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(value, value < 10 ? 1 : 0)}x its hour's usual`
            : `traffic ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(metric, value)}`;
    return `${_units_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_LABEL */ .SM[metric]} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(metric, value)}`;
}
/**
 * The joint model's finding: every signal may sit inside its own range, so what is unusual is the pair, said in
 * units ("p50 latency 37 ms with traffic 0.4x its hour's usual: no learned operating state had these together;
 * the nearest had p50 latency 34 ms with traffic 1x its hour's usual").
 */
function describeCombination(f, short) {
    const r = f.reason;
    if (r.kind !== 'mode-distance' || !r.joint || !r.combination || r.combination.length < 2)
        return null;
    const [own, other] = r.combination;
    const relative = r.relativeTraffic === true;
    const [lo, hi] = f.expectedRange;
    const inside = f.observed >= lo && f.observed <= hi;
    const normal = `${inside ? 'inside its' : 'normal'} ${formatRange(f.metric, lo, hi)}${inside ? ' normal' : ''}`;
    return (`${_units_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_LABEL */ .SM[f.metric]} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(f.metric, f.observed)} (${normal}) with ${stateValue(other.metric, other.window, relative)}: ` +
        `no learned operating state had these together; the nearest had ${stateValue(own.metric, own.nearest, relative)} ` +
        `with ${stateValue(other.metric, other.nearest, relative)}${short}`);
}
/**
 * The finding's one-line description. A rule: the metric, its value and the rule it broke. The model:
 * what moved in the metric's units ("p99 latency 229 ms, normal 70–90 ms, 2.6x: unlike every normal mode").
 * A finding of the caller's view says who saw it and what the service's own proxy saw.
 */
function describeFinding(f) {
    if (f.caller !== undefined) {
        const { caller, ...own } = f;
        return `as ${seenBy(caller)}: ${describeFinding(own)}${ownView(f)}`;
    }
    const short = (f.sustained === false ? '; short-lived: it did not last through the window' : '') +
        (f.rollout?.moved === 'both' ? (0,_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .bothVersionsNote */ .pH)(f.rollout) : '');
    const label = _units_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_LABEL */ .SM[f.metric];
    if (f.reason.kind === 'version-regression') {
        const r = f.reason;
        const comparison = (0,_rollout_js__WEBPACK_IMPORTED_MODULE_2__/* .describeComparison */ .L5)({
            signal: r.signal,
            metric: f.metric,
            new: { events: r.newEvents, requests: r.newRequests, value: f.observed },
            old: { events: r.oldEvents, requests: r.oldRequests, value: f.expected },
            ...(r.thresholdMs !== undefined ? { thresholdMs: r.thresholdMs } : {}),
        }, r.oldVersion);
        const chance = r.pValue < 1e-6 ? 'under 1 in a million' : `1 in ${Math.round(1 / r.pValue).toLocaleString('en')}`;
        return `${r.newVersion} vs ${r.oldVersion}: ${comparison}; by chance ${chance}${short}`;
    }
    if (f.detector === 'rule')
        return `${label} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(f.metric, f.observed)} ${describeReason(f)}${short}`;
    const combination = describeCombination(f, short);
    if (combination)
        return combination;
    const [lo, hi] = f.expectedRange;
    const normal = formatRange(f.metric, lo, hi);
    return `${label} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(f.metric, f.observed)}, normal ${normal}${times(f.observed, f.expected)}: ${modelObjection(f.reason)}${short}`;
}
/**
 * A finding's threshold in the metric's units: a rule's limit, or the bound of the range a model's window means
 * kept. Null where the model judged a distance in its scaled feature space, which has no unit to show.
 */
function thresholdInUnits(f) {
    if (f.detector === 'rule')
        return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(f.metric, f.threshold);
    if (f.reason?.kind === 'envelope')
        return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetric */ .gI)(f.metric, f.reason.bound);
    return null;
}
/** The model's internals, for --verbose and the JSON: its distance against its threshold, and the score. */
function modelInternals(f) {
    const r = f.reason;
    const distance = r?.kind === 'mode-distance'
        ? `model distance ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(r.distance, 2)} (threshold ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(r.threshold, 2)}, mode ${r.mode} of ${r.modes})`
        : f.detector === 'model'
            ? `model threshold ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(f.threshold, 2)}`
            : null;
    return [distance, `score ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .trimNumber */ .OM)(f.score, 2)}`].filter(Boolean).join(' · ');
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
    // Its own proxy sent them nothing: it stopped calling them (it fails before it calls).
    stopped: (names) => `it stopped calling ${names}, whose traffic dropped`,
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
    const stopped = new Set(origin.evidence
        .filter((e) => e.stoppedCalling && e.callee)
        .map((e) => `${e.callee.namespace}/${e.callee.name}`));
    for (const x of origin.explains) {
        const kind = kindOf(x.type) === 'traffic' && stopped.has(`${x.namespace}/${x.service}`)
            ? 'stopped'
            : kindOf(x.type) === 'traffic' && x.follows === 'errors'
                ? 'retries'
                : kindOf(x.type);
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

/***/ 49314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f4: () => (/* binding */ BOTH_VERSIONS_HEADING),
/* harmony export */   lR: () => (/* binding */ rolloutHtml),
/* harmony export */   mR: () => (/* binding */ ROLLOUT_CSS),
/* harmony export */   pY: () => (/* binding */ rolloutText),
/* harmony export */   rU: () => (/* binding */ rolloutMarkdown),
/* harmony export */   vc: () => (/* binding */ splitByRollout)
/* harmony export */ });
/* unused harmony exports rolloutChartLine, rolloutMermaid, rolloutSvg */
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47259);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57789);
/* harmony import */ var _sparkline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22531);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33647);




const BOTH_VERSIONS_HEADING = "In both versions alike (not the new version's doing)";
/** The findings that may gate, and those both versions of a rollout share (never gating). */
function splitByRollout(findings) {
    return {
        own: findings.filter((f) => f.rollout?.moved !== 'both'),
        bothVersions: findings.filter((f) => f.rollout?.moved === 'both'),
    };
}
const VERDICT_WORD = {
    regressed: 'REGRESSED',
    ok: 'ok',
    insufficient: 'too early',
};
const VERDICT_ICON = {
    regressed: '❌ regressed',
    ok: '✅ ok',
    insufficient: '⏳ too few requests yet',
};
const percent = (share) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)('errorRatio', share);
const versions = (r) => `${r.new.version} vs ${r.old.versions.join(', ')}`;
/** What a rollout chart shows: "p99 latency", or "p99 latency as its callers see it". */
function chartLabel(chart) {
    return `${_units_js__WEBPACK_IMPORTED_MODULE_2__/* .METRIC_LABEL */ .SM[chart.metric]}${chart.view === 'callers' ? ' as its callers see it' : ''}`;
}
/** Both versions' points in display units on one axis. */
function twoLines(chart) {
    const { unit, scale } = (0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .displayUnit */ .H2)(chart.metric);
    const show = (v) => (v === null || !Number.isFinite(v) ? null : v * scale);
    const newer = chart.new.values.map(show);
    const older = chart.old.values.map(show);
    const top = Math.max(0, ...newer.map((v) => v ?? 0), ...older.map((v) => v ?? 0));
    const minutes = chart.new.values.map((_, i) => (i * chart.new.stepSeconds) / 60);
    return { chart, newer, older, yMax: (0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .niceMax */ .Cd)(top * 1.05), unit, minutes };
}
/** "p99 latency  v2 ▁▂▆▇█  v1 ▁▁▁▁▁  (peaks 390 ms, 240 ms)". */
function rolloutChartLine(r, ascii) {
    if (!r.chart)
        return null;
    const t = twoLines(r.chart);
    const peak = (values) => {
        const present = values.filter((v) => v !== null);
        return present.length > 0
            ? (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetric */ .gI)(r.chart.metric, Math.max(...present) / (0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .displayUnit */ .H2)(r.chart.metric).scale)
            : '–';
    };
    return (`${chartLabel(r.chart)}  ${r.new.version} ${(0,_sparkline_js__WEBPACK_IMPORTED_MODULE_1__/* .sparkline */ .KM)(t.newer, t.yMax, ascii)}  ` +
        `${r.old.version} ${(0,_sparkline_js__WEBPACK_IMPORTED_MODULE_1__/* .sparkline */ .KM)(t.older, t.yMax, ascii)}  (peaks ${peak(t.newer)}, ${peak(t.older)})`);
}
/** The terminal's section: one rollout per block, its sentence and its two sparklines. */
function rolloutText(report, ascii) {
    const rollouts = report.rollouts ?? [];
    if (rollouts.length === 0)
        return [];
    const lines = [`Rollouts (${rollouts.length}):`];
    for (const r of rollouts) {
        lines.push(`  ${VERDICT_WORD[r.verdict].padEnd(9)} ${r.namespace}/${r.service}  ${versions(r)}, ${percent(r.new.share)} of the requests`);
        lines.push(`           ${r.reason}`);
        const chart = rolloutChartLine(r, ascii);
        if (chart)
            lines.push(`           ${chart}`);
    }
    return [...lines, ''];
}
const number = (v) => (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .trimNumber */ .OM)(v, v !== 0 && Math.abs(v) < 1 ? 4 : 2);
/** Mermaid's xychart has no gaps: a missing point repeats its neighbour. */
function filled(values) {
    let last = values.find((v) => v !== null) ?? 0;
    return values.map((v) => (v === null ? last : (last = v)));
}
/** Both versions as one `xychart-beta`: the new version red, the old one blue. */
function rolloutMermaid(r) {
    if (!r.chart)
        return [];
    const t = twoLines(r.chart);
    const hi = t.minutes.length > 1 ? t.minutes[t.minutes.length - 1] : 1;
    return [
        '```mermaid',
        '%%{init: {"xyChart": {"width": 700, "height": 320}, "themeVariables": {"xyChart": {"plotColorPalette": "#cf222e, #0969da"}}}}%%',
        'xychart-beta',
        `  title "${(0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(`${r.namespace}/${r.service} ${chartLabel(r.chart)}`)} (${(0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(t.unit)})"`,
        `  x-axis "minutes into the scan window" 0 --> ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .trimNumber */ .OM)(hi, hi >= 10 ? 0 : 1)}`,
        `  y-axis "${(0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidText */ .Hg)(t.unit)}" 0 --> ${number(t.yMax)}`,
        `  line [${filled(t.newer).map(number).join(', ')}]`,
        `  line [${filled(t.older).map(number).join(', ')}]`,
        '```',
    ];
}
function caption(r, svg) {
    const step = r.chart.new.stepSeconds;
    return [
        `red${svg ? ' line' : ''}: ${r.new.version} (new)`,
        `blue${svg ? ' line' : ''}: ${r.old.versions.join(', ')} (old)`,
        `one point per ${step >= 60 ? `${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .trimNumber */ .OM)(step / 60, 1)} min` : `${step} s`}`,
    ].join(' · ');
}
/** The job summary's (and PR comment's) section: a row per rollout, then the pictures (the first `charts`). */
function rolloutMarkdown(report, charts = Infinity) {
    const rollouts = report.rollouts ?? [];
    if (rollouts.length === 0)
        return [];
    const lines = [
        '### Rollouts',
        '',
        '| Service | New vs old | New share | Verdict | Why |',
        '|---|---|---:|---|---|',
        ...rollouts.map((r) => [
            '',
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .F)(`${r.namespace}/${r.service}`),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .F)(versions(r)),
            percent(r.new.share),
            VERDICT_ICON[r.verdict],
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .F)(r.reason),
            '',
        ]
            .join(' | ')
            .trim()),
        '',
    ];
    rollouts
        .filter((r) => r.chart)
        .slice(0, charts)
        .forEach((r) => lines.push(...rolloutMermaid(r), '', `<sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .F)(caption(r, false))}</sub>`, ''));
    return lines;
}
const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 56, right: 16, top: 16, bottom: 32 };
/** Both versions over the window as an SVG: the new version red, the old blue, gaps where no data. */
function rolloutSvg(r) {
    if (!r.chart)
        return '';
    const t = twoLines(r.chart);
    const plotW = WIDTH - PAD.left - PAD.right;
    const plotH = HEIGHT - PAD.top - PAD.bottom;
    const last = Math.max(1, t.minutes.length - 1);
    const x = (i) => PAD.left + (i / last) * plotW;
    const y = (v) => PAD.top + plotH - (Math.min(v, t.yMax) / t.yMax) * plotH;
    const path = (values) => {
        const parts = [];
        let drawing = false;
        values.forEach((v, i) => {
            if (v === null)
                return void (drawing = false);
            parts.push(`${drawing ? 'L' : 'M'}${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .trimNumber */ .OM)(x(i), 1)},${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .trimNumber */ .OM)(y(v), 1)}`);
            drawing = true;
        });
        return parts.join(' ');
    };
    const grid = [0, 0.5, 1].map((f) => {
        const v = t.yMax * f;
        return `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .trimNumber */ .OM)(y(v), 1)}" y2="${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .trimNumber */ .OM)(y(v), 1)}" class="grid"/><text x="${PAD.left - 6}" y="${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .trimNumber */ .OM)(y(v) + 4, 1)}" text-anchor="end">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)((0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .trimNumber */ .OM)(v, v < 10 ? 2 : 0))}</text>`;
    });
    return (`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(`${r.new.version} and ${r.old.version}: ${chartLabel(r.chart)}`)}">` +
        grid.join('') +
        `<text x="${PAD.left + plotW / 2}" y="${HEIGHT - 6}" text-anchor="middle" class="axis">minutes into the scan window</text>` +
        `<text x="12" y="${PAD.top + plotH / 2}" text-anchor="middle" class="axis" transform="rotate(-90 12 ${PAD.top + plotH / 2})">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(t.unit)}</text>` +
        `<path d="${path(t.older)}" class="old-version"/><path d="${path(t.newer)}" class="observed"/></svg>`);
}
/** The HTML report's section. */
function rolloutHtml(report) {
    const rollouts = report.rollouts ?? [];
    if (rollouts.length === 0)
        return '';
    const rows = rollouts
        .map((r) => `<tr><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(`${r.namespace}/${r.service}`)}</td><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(versions(r))}</td><td class="num">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(percent(r.new.share))}</td><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(VERDICT_ICON[r.verdict])}</td><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(r.reason)}</td></tr>`)
        .join('');
    const pictures = rollouts
        .filter((r) => r.chart)
        .map((r) => `<h3>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(`${r.namespace}/${r.service}`)} — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(chartLabel(r.chart))}, ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(versions(r))}</h3>${rolloutSvg(r)}<p class="caption">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeHtml */ .Z)(caption(r, true))}</p>`)
        .join('');
    return `<h2>Rollouts</h2><table><tr><th>Service</th><th>New vs old</th><th>New share</th><th>Verdict</th><th>Why</th></tr>${rows}</table>${pictures}`;
}
/** CSS the HTML report adds for the old version's line. */
const ROLLOUT_CSS = '.chart .old-version{fill:none;stroke:#0969da;stroke-width:2}';


/***/ }),

/***/ 92265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ describeComparison),
/* harmony export */   lw: () => (/* binding */ describeRollout),
/* harmony export */   pH: () => (/* binding */ bothVersionsNote)
/* harmony export */ });
/* unused harmony exports SIGNAL_LABEL, requestCount, describeBasis, describeShared */
/* harmony import */ var _core_rollout_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43674);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33647);
/**
 * Rollouts in words: the new version against the old in the same minutes ("v2 vs v1: errors 4.1% vs 0.1% (410 of
 * 10,000 vs 12 of 40,000)"), why a version was taken as new, what both versions share, and a rollout too young to
 * judge ("v2 has 40 requests so far; at least 100 needed"). The core says it as data; this says it to a developer.
 */


const SIGNAL_LABEL = {
    errors: 'errors',
    timeouts: 'timeouts',
    retries: 'retries',
    overflows: 'overflows',
    latencyP50: 'median latency',
    latencyP99: 'p99 latency',
    callersLatencyP50: "median latency as its callers' proxies see it",
    callersLatencyP99: "p99 latency as its callers' proxies see it",
};
/** 10,000: counts read from rates are whole requests to a reader. */
function requestCount(n) {
    return Math.round(n).toLocaleString('en');
}
function percent(share) {
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)('errorRatio', share);
}
/**
 * One comparison in words. Counts: "errors 4.1% vs 0.1% (410 of 10,000 vs 12 of 40,000)". Latency: "p99 latency
 * 390 ms vs 240 ms (5.9% vs 1% of requests slower than v1's 240 ms: 590 of 10,000 vs 400 of 40,000)".
 */
function describeComparison(c, oldVersion) {
    const label = SIGNAL_LABEL[c.signal];
    const counts = `${requestCount(c.new.events)} of ${requestCount(c.new.requests)} vs ${requestCount(c.old.events)} of ${requestCount(c.old.requests)}`;
    if (c.thresholdMs === undefined)
        return `${label} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(c.metric, c.new.value)} vs ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(c.metric, c.old.value)} (${counts})`;
    const share = (side) => percent(side.requests > 0 ? side.events / side.requests : 0);
    return (`${label} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(c.metric, c.new.value)} vs ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(c.metric, c.old.value)} ` +
        `(${share(c.new)} vs ${share(c.old)} of requests slower than ${oldVersion}'s ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(c.metric, c.thresholdMs)}: ${counts})`);
}
/** Why this version was taken as the new one. */
function describeBasis(basis, newVersion, minutes) {
    switch (basis) {
        case 'given':
            return `${newVersion} is the new version as given`;
        case 'unseen-before':
            return `${newVersion} is new: it served no request in the ${minutes ?? 30} minutes before the deploy`;
        case 'started-later':
            return `${newVersion} is new: its requests began later in the window`;
        case 'version-order':
            return `${newVersion} is taken as new because it sorts last (nothing in the data tells; give --new-version to say)`;
    }
}
/** "p99 latency 330 ms (v2) and 310 ms (v1) against 180 ms usual". */
function describeShared(s, newVersion, oldVersion) {
    return (`${_units_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_LABEL */ .SM[s.metric]} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(s.metric, s.new)} (${newVersion}) and ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(s.metric, s.old)} ` +
        `(${oldVersion}) against ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(s.metric, s.expected)} usual`);
}
/**
 * The rollout's one sentence: what was found, or why nothing could be yet; and, when the new version was only
 * guessed from the names, that it was (the reader can then name it).
 */
function describeRollout(r) {
    const guessed = r.basis === 'version-order' ? `; ${describeBasis(r.basis, r.new.version, null)}` : '';
    return verdictSentence(r) + guessed;
}
function verdictSentence(r) {
    const [fresh, old] = [r.new.version, r.old.version];
    const head = `${fresh} vs ${old} (${percent(r.new.share)} of the requests)`;
    const ownWorse = (metric) => r.signals.some((c) => c.verdict === 'worse' && !_core_rollout_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNALS_BY_CALLERS */ .xg.has(c.signal) && c.metric === metric);
    // Worse as its callers see it, where its own proxies see it worse too, says nothing more.
    const worse = r.signals.filter((c) => c.verdict === 'worse' && !(_core_rollout_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNALS_BY_CALLERS */ .xg.has(c.signal) && ownWorse(c.metric)));
    if (worse.length > 0)
        return `${head}: ${fresh} is worse — ${worse.map((c) => describeComparison(c, old)).join('; ')}`;
    const shared = r.shared.length > 0
        ? `; both versions moved alike, not the new version's doing: ${r.shared.map((s) => describeShared(s, fresh, old)).join('; ')}`
        : '';
    if (r.verdict === 'insufficient') {
        const short = r.new.requests < r.minRequests ? r.new : r.old;
        return `${head}: ${short.version} has ${requestCount(short.requests)} requests so far; at least ${requestCount(r.minRequests)} needed${shared}`;
    }
    const compared = r.signals.filter((c) => c.verdict !== 'too-few');
    const byCallers = compared.filter((c) => _core_rollout_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNALS_BY_CALLERS */ .xg.has(c.signal));
    const judged = [
        ...compared.filter((c) => !_core_rollout_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNALS_BY_CALLERS */ .xg.has(c.signal)).map((c) => SIGNAL_LABEL[c.signal]),
        ...(byCallers.length === _core_rollout_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNALS_BY_CALLERS */ .xg.size
            ? ["latency as its callers' proxies see it"]
            : byCallers.map((c) => SIGNAL_LABEL[c.signal])),
    ];
    return `${head}: no worse than ${old}${judged.length > 0 ? ` on ${judged.join(', ')}` : ''}${shared}`;
}
/** A finding both versions share (or one that follows such a service), in words appended to its description. */
function bothVersionsNote(rollout) {
    if (rollout.follows)
        return `; follows ${rollout.follows}, whose ${rollout.new} and ${rollout.old} moved alike: not the new version's doing, not gating`;
    return `; ${rollout.new} and ${rollout.old} alike: not the new version's doing (a dependency or the load), not gating`;
}


/***/ }),

/***/ 22531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ chartLine),
/* harmony export */   KM: () => (/* binding */ sparkline),
/* harmony export */   k2: () => (/* binding */ chartLegend),
/* harmony export */   pz: () => (/* binding */ wantsAscii)
/* harmony export */ });
/* harmony import */ var _charts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47259);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33647);
/**
 * A finding's picture in the terminal: one line of Unicode blocks (or plain ASCII when the output is not a
 * terminal or NO_COLOR is set), the deploy marked, with the normal band and the peak in the metric's units. Pure.
 */


const UNICODE = { levels: '▁▂▃▄▅▆▇█', gap: ' ', deploy: '┃' };
const ASCII = { levels: '_.,-=+*#', gap: ' ', deploy: '|' };
/** The blocks alone: each value scaled between 0 and the chart's axis maximum. */
function sparkline(values, max, ascii, deployIndex = -1) {
    const style = ascii ? ASCII : UNICODE;
    const top = style.levels.length - 1;
    let out = '';
    values.forEach((v, i) => {
        if (i === deployIndex && i > 0)
            out += style.deploy;
        if (v === null)
            out += style.gap;
        else
            out += style.levels[Math.max(0, Math.min(top, Math.round((v / (max || 1)) * top)))];
    });
    return out;
}
/** "p99 latency ▁▁▂┃▆▇█▇  normal 80 ms – 120 ms · peak 410 ms" (values in display units, text in metric units). */
function chartLine(chart, ascii) {
    const t = (0,_charts_js__WEBPACK_IMPORTED_MODULE_0__/* .timeline */ .IO)(chart);
    const scanValues = chart.scan.values.filter((v) => v !== null);
    const peak = scanValues.length ? Math.max(...scanValues) : null;
    const parts = [
        `${_units_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_LABEL */ .SM[chart.metric] ?? chart.metric} ${sparkline(t.values, t.yMax, ascii, t.hasReference ? t.deployIndex : -1)}`,
    ];
    const facts = [];
    if (chart.band)
        facts.push(`normal${chart.bandFrom === 'reference' ? ' before the deploy' : ''} ${sparkline([t.band[1]], t.yMax, ascii)} ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(chart.metric, chart.band[0])} – ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(chart.metric, chart.band[1])}`);
    if (peak !== null)
        facts.push(`peak ${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetric */ .gI)(chart.metric, peak)}`);
    if (t.hasReference)
        facts.push(`${ascii ? '|' : '┃'} deploy`);
    return `${parts.join('')}  ${facts.join(' · ')}`;
}
/** Plain ASCII when the stream is not a terminal or the user asked for no colour/decoration (NO_COLOR). */
function wantsAscii(stream, env) {
    return !stream.isTTY || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}
/** "15 s", "1 min", "2.5 min". */
function span(seconds) {
    return seconds >= 60 ? `${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .trimNumber */ .OM)(seconds / 60, 1)} min` : `${(0,_units_js__WEBPACK_IMPORTED_MODULE_1__/* .trimNumber */ .OM)(seconds, 1)} s`;
}
/**
 * The words under the sparklines, once per report: what a mark, its height, the deploy bar and the mark after
 * "normal" stand for, with the time each mark covers.
 */
function chartLegend(charts, ascii) {
    const style = ascii ? ASCII : UNICODE;
    const steps = [...new Set(charts.map((c) => c.scan.stepSeconds))];
    const reference = charts.find((c) => c.reference && c.reference.values.length > 0)?.reference;
    const order = reference
        ? `the ${span(reference.values.length * reference.stepSeconds)} before the deploy, ${style.deploy} the deploy, then the scan`
        : 'the scan window';
    return (`Charts: one mark per ${steps.map(span).join(' or ')}, oldest first: ${order}.\n` +
        `Height from 0 (${style.levels[0]}) to just above the chart's highest value (${style.levels.at(-1)}); ` +
        `blank: no data; the mark after "normal": the normal band's top.`);
}


/***/ }),

/***/ 77619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STATUS_FORMATS: () => (/* binding */ STATUS_FORMATS),
  yM: () => (/* binding */ STATUS_FORMAT_NAMES),
  _c: () => (/* binding */ renderStatusText),
  sh: () => (/* binding */ statusToJson)
});

// UNUSED EXPORTS: formatAge

// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
;// CONCATENATED MODULE: ./src/render/activity.ts
/**
 * `status`'s "Recent activity": anomaly counts for the last hour, 24 hours and 7 days, and the last
 * ten verdicts, from the scan history. Pure.
 */

const VERDICT_WORD = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };
function renderActivityText(activity) {
    const { recent } = activity;
    if (!recent || recent.total === 0)
        return [
            `Recent activity   no scans recorded in ${activity.path} yet`,
            ...activity.notes.map((n) => `  note       ${n}`),
        ];
    const rows = recent.periods.map((p) => {
        const severities = types/* SEVERITIES */.oC.filter((s) => p.bySeverity[s] > 0)
            .map((s) => `${p.bySeverity[s]} ${s}`)
            .join(', ');
        return `  ${p.label.padEnd(12)} ${String(p.anomalies).padStart(5)} anomal${p.anomalies === 1 ? 'y  ' : 'ies'} in ${p.scans} scan${p.scans === 1 ? '' : 's'} (${p.failed} failed, ${p.warned} warned)${severities ? ` · ${severities}` : ''}`;
    });
    const last = recent.last.map((r) => `    ${r.time}  ${VERDICT_WORD[r.verdict]}  ${r.anomalies} anomal${r.anomalies === 1 ? 'y' : 'ies'} (${r.gating} gating)`);
    return [
        `Recent activity   ${recent.total} scan${recent.total === 1 ? '' : 's'} recorded in ${activity.path}`,
        ...rows,
        `  last ${recent.last.length} verdicts (newest first)`,
        ...last,
        ...activity.notes.map((n) => `  note       ${n}`),
    ];
}

// EXTERNAL MODULE: ./src/render/units.ts
var units = __webpack_require__(33647);
// EXTERNAL MODULE: ./src/mesh/dialects/index.ts
var dialects = __webpack_require__(23709);
;// CONCATENATED MODULE: ./src/render/status-report.ts
/**
 * Renders the `status` command's view (cluster connection, namespaces, Istio control plane, meshed Services,
 * gateways, baseline metadata, thresholds) as terminal text or a stable JSON object. Pure: ages and every
 * other fact are passed in; no clock, no I/O.
 */




const yesNo = (value) => (value === undefined ? 'unknown' : value ? 'yes' : 'no');
/** Left-aligned columns separated by two spaces. */
function columns(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '));
}
function clusterLines(view) {
    const inv = view.inventory;
    if (!inv)
        return [`Cluster      not connected: ${view.connectionError ?? 'no connection attempted'}`];
    const cp = inv.controlPlane;
    const istio = cp.found
        ? `${cp.version ?? 'version unknown'} (istiod in ${cp.namespace ?? '?'}, revision${cp.revisions.length > 1 ? 's' : ''} ` +
            `${cp.revisions.join(', ')}, ${cp.replicasReady}/${cp.replicas} replicas ready)`
        : 'istiod not found';
    const gateways = inv.gateways.length
        ? inv.gateways.map((g) => `${g.kind} ${g.namespace}/${g.name} ${g.ready}/${g.total} ready`).join('; ')
        : 'none';
    const lines = [
        `Cluster      ${inv.cluster.server} (context ${inv.cluster.context}, Kubernetes ${inv.cluster.version})`,
        `Namespaces   ${inv.namespaces.length ? inv.namespaces.join(', ') : 'none'}`,
        `Istio        ${istio}`,
        `Gateways     ${gateways}`,
        `Services     ${inv.services.length} meshed, ${inv.unmeshedServices} outside the mesh`,
    ];
    if (inv.services.length > 0) {
        const rows = [
            ['NAMESPACE', 'SERVICE', 'MODE', 'READY'],
            ...inv.services.map((s) => [s.namespace, s.name, s.meshMode, `${s.podsReady}/${s.podsTotal}`]),
        ];
        lines.push(...columns(rows).map((l) => `  ${l}`));
    }
    return lines;
}
function baselineLines(baseline) {
    if (!baseline.present)
        return [`Baseline     none at ${baseline.path} (run \`smanalyzer learn\` to create one)`];
    const lines = [`Baseline     ${baseline.path}`];
    if (baseline.problem)
        lines.push(`  problem    ${baseline.problem}`);
    if (baseline.createdAt) {
        const age = baseline.ageSeconds !== undefined ? ` (${(0,units/* formatAge */.nV)(baseline.ageSeconds)} ago)` : '';
        lines.push(`  created    ${baseline.createdAt}${age}`);
    }
    if (baseline.window)
        lines.push(`  learned    ${baseline.window.from} → ${baseline.window.to}`);
    if (baseline.services !== undefined)
        lines.push(`  services   ${baseline.services}`);
    lines.push(`  matches    this cluster: ${yesNo(baseline.matchesCluster)}, these namespaces: ${yesNo(baseline.matchesNamespaces)}`);
    return lines;
}
function thresholdLines(thresholds) {
    const entries = Object.entries(thresholds);
    if (entries.length === 0)
        return ['Thresholds   none'];
    const rows = entries.map(([k, v]) => [k, v === null ? 'off' : String(v)]);
    return ['Thresholds', ...columns(rows).map((l) => `  ${l}`)];
}
function backendLines(backend) {
    if (!backend)
        return [];
    const { status: p } = backend;
    const title = backend.title.padEnd(12);
    if (!p.reachable)
        return [`${title} ${p.url}: unreachable: ${p.error ?? 'no answer'}`];
    const interval = p.scrapeIntervalSeconds
        ? `scraped every ${p.scrapeIntervalSeconds}s`
        : 'scrape interval unknown';
    return [
        p.mesh
            ? `${title} ${p.url}: reachable, ${dialects.MESH_DIALECTS[p.mesh].title} metrics for ${p.services} service${p.services === 1 ? '' : 's'} in the last hour, ${interval}`
            : `${title} ${p.url}: reachable, no mesh metrics in the last hour (Istio, Istio ambient, Linkerd)`,
    ];
}
function renderStatusText(status) {
    const lines = [
        ...clusterLines(status),
        ...backendLines(status.backend),
        ...baselineLines(status.baseline),
        ...thresholdLines(status.thresholds),
        ...(status.activity ? renderActivityText(status.activity) : []),
    ];
    const notes = status.inventory?.notes ?? [];
    if (notes.length)
        lines.push('Notes', ...notes.map((n) => `  - ${n}`));
    return `${lines.join('\n')}\n`;
}
/** The `status --output json` document. Field names are a public contract: keep them stable. */
function statusToJson(status) {
    const inv = status.inventory;
    return {
        schemaVersion: 1,
        cluster: inv
            ? { connected: true, ...inv.cluster }
            : { connected: false, error: status.connectionError ?? 'no connection attempted' },
        namespaces: inv?.namespaces ?? [],
        controlPlane: inv?.controlPlane ?? null,
        gateways: inv?.gateways ?? [],
        services: (inv?.services ?? []).map((s) => ({
            namespace: s.namespace,
            name: s.name,
            meshMode: s.meshMode,
            podsReady: s.podsReady,
            podsTotal: s.podsTotal,
            pods: s.pods.map(({ name, ready, ip }) => ({ name, ready, ...(ip ? { ip } : {}) })),
        })),
        unmeshedServices: inv?.unmeshedServices ?? 0,
        ...(status.backend ? { [status.backend.name]: { ...status.backend.status } } : {}),
        baseline: { ...status.baseline },
        thresholds: { ...status.thresholds },
        notes: inv?.notes ?? [],
        apiCalls: inv?.apiCalls ?? 0,
        ...(status.activity
            ? {
                recentActivity: {
                    path: status.activity.path,
                    ...(status.activity.recent ?? { periods: [], last: [], total: 0 }),
                    notes: status.activity.notes,
                },
            }
            : {}),
    };
}
/** The formats `status --output` offers, in the order its help lists them: the name and how the view is written. */
const STATUS_FORMATS = {
    text: renderStatusText,
    json: (view) => JSON.stringify(statusToJson(view), null, 2) + '\n',
};
const STATUS_FORMAT_NAMES = Object.keys(STATUS_FORMATS);


/***/ }),

/***/ 33647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   OM: () => (/* binding */ trimNumber),
/* harmony export */   SM: () => (/* binding */ METRIC_LABEL),
/* harmony export */   Z$: () => (/* binding */ LATENCY_METRICS),
/* harmony export */   aT: () => (/* binding */ describeL4Only),
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   nV: () => (/* binding */ formatAge)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
/* harmony import */ var _mesh_dialects_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23709);
/**
 * How values read, in one place for every renderer and every finding's description: metric values with
 * their units (ratios as percentages, latencies in ms, rates per second) and ages.
 */


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
    if (_core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .REQUEST_SHARES */ .v.has(metric)) {
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
    const meshTitle = mesh ? `mesh: ${_mesh_dialects_index_js__WEBPACK_IMPORTED_MODULE_1__.MESH_DIALECTS[mesh].title}` : '';
    if (source === 'simulated')
        return `simulated (built-in demo mesh, not a cluster${meshTitle ? `; as ${meshTitle}` : ''})`;
    return meshTitle ? `${source}, ${meshTitle}` : source;
}
/** How a service seen at L4 only is described: what was judged, and how to get L7. */
function describeL4Only(mesh) {
    const advice = mesh ? _mesh_dialects_index_js__WEBPACK_IMPORTED_MODULE_1__.MESH_DIALECTS[mesh].l4?.advice : undefined;
    return advice ?? 'L4 only: only its connections were judged';
}


/***/ })

};
