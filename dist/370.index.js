export const id = 370;
export const ids = [370];
export const modules = {

/***/ 3023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SIGNAL_NAMES),
/* harmony export */   L3: () => (/* binding */ unavailableReason),
/* harmony export */   Lf: () => (/* binding */ nameFromLabels),
/* harmony export */   Uj: () => (/* binding */ clusterStatSignals),
/* harmony export */   Zd: () => (/* binding */ combineReadings),
/* harmony export */   _: () => (/* binding */ signalReadings),
/* harmony export */   kW: () => (/* binding */ namingLabels),
/* harmony export */   mE: () => (/* binding */ classifyRequest)
/* harmony export */ });
/* unused harmony exports conditionHolds, requestCarries, labelSignals, serviceOfHost, namePartValue, declaredLabelNames */
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22483);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
/**
 * What a mesh dialect is: the shape every declaration under mesh/dialects/ fills in, as data. A dialect says
 * which series a mesh's proxies export and what their labels mean — the request counter and the latency
 * histogram, the label that tells the callee's proxy from the caller's, the labels that name a service, a caller
 * and a version, how outcomes classify into errors, timeouts, retries and overflows, which signals the mesh
 * cannot show, and where its proxies serve their metrics. The PromQL (queries.ts), the proxy scrape
 * (sources/sidecars/), discovery and the call graph are all derived from it, so a new mesh is one declaration.
 * Pure: the helpers below read labels, nothing else.
 */


const SIGNAL_NAMES = ['errors', 'timeouts', 'retries', 'overflows', 'ejections'];
// ---------------------------------------------------------------------------------------------------------
// Reading labels with a declaration
function wholeMatch(regex) {
    return new RegExp(`^(?:${regex})$`);
}
/** Whether a series' labels meet one condition. */
function conditionHolds(condition, labels) {
    const value = labels[condition.label] ?? '';
    if ('matches' in condition)
        return wholeMatch(condition.matches).test(value);
    if ('notMatches' in condition)
        return !wholeMatch(condition.notMatches).test(value);
    const flags = value.split(',').map((flag) => flag.trim());
    return condition.hasFlag.some((flag) => flags.includes(flag));
}
/** Whether a request series carries a signal in its labels (whichever view it came from). */
function requestCarries(dialect, name, labels) {
    const match = dialect.signals[name].requests;
    return match !== undefined && match.anyOf.some((condition) => conditionHolds(condition, labels));
}
/** The signals a request series of one view shows (a caller's flags only in a view that can see them). */
function classifyRequest(dialect, labels, view) {
    return SIGNAL_NAMES.filter((name) => dialect.signals[name].requests?.seenBy.includes(view) && requestCarries(dialect, name, labels));
}
/**
 * Which readings of a signal count for one service read in `view`: its request labels when that view can see
 * them, its cluster counter when one is exported for the service. None: unavailable (never zero).
 */
function signalReadings(dialect, name, view, clusterStatSeen) {
    const signal = dialect.signals[name];
    const readings = [];
    if (signal.requests?.seenBy.includes(view))
        readings.push('labels');
    if (signal.clusterStat && clusterStatSeen)
        readings.push('clusterStat');
    return readings;
}
/** Why these metrics are unavailable in this dialect: its own words, or how to export the counters. */
function unavailableReason(dialect, missing) {
    const reasons = new Set();
    for (const name of SIGNAL_NAMES) {
        const signal = dialect.signals[name];
        if (!missing.has(signal.metric))
            continue;
        if (signal.clusterStat && dialect.clusterStats)
            reasons.add(`the ${dialect.title} cluster stats they need are not exported; ${dialect.clusterStats.enable}`);
        else if (signal.unavailable)
            reasons.add(signal.unavailable);
    }
    return [...reasons].join('; ');
}
/** The signals read from request labels in some view of this dialect. */
function labelSignals(dialect) {
    return SIGNAL_NAMES.filter((name) => dialect.signals[name].requests !== undefined);
}
/** The signals an upstream-cluster counter feeds, by counter name. */
function clusterStatSignals(dialect) {
    return new Map(SIGNAL_NAMES.flatMap((name) => {
        const stat = dialect.signals[name].clusterStat;
        return stat ? [[stat, name]] : [];
    }));
}
/**
 * Combines the readings of one signal over one step. Flags and cluster counters are two views of the same events
 * (a request refused by the circuit breaker is flagged UO *and* counted in upstream_rq_pending_overflow), so they
 * are never added: the larger wins.
 */
function combineReadings(values) {
    if (values.length === 0)
        return 0;
    let most = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < values.length; i++)
        most = Math.max(most, values[i]);
    return most;
}
/**
 * The Service a host names, as clients write one (`reviews`, `reviews.shop`, `reviews.shop.svc.cluster.local`,
 * each with an optional port), when it is a Service of `namespace`; undefined for addresses and other hosts.
 */
function serviceOfHost(host, namespace) {
    const withoutPort = host.replace(/:\d+$/, '');
    const parts = withoutPort.split('.');
    const [name, second, third] = parts;
    // A Service name starts with a letter (RFC 1035): an IP address is not one.
    if (!/^[a-z]/.test(name ?? '') || !(0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isKubernetesName */ .aN)(name))
        return undefined;
    if (parts.length === 1)
        return name;
    if (second !== namespace)
        return undefined;
    return parts.length === 2 || third === 'svc' ? name : undefined;
}
/** The value one name part yields from a series' labels, or undefined. */
function namePartValue(part, labels, namespace) {
    const value = labels[part.label];
    if (!value || value === 'unknown')
        return undefined;
    return part.host ? serviceOfHost(value, namespace) : value;
}
/**
 * The service a series names by the declaration alone: its namespace, its name from the first non-fallback part
 * that yields one, and otherwise the fallback's value marked as such (naming.ts aliases it).
 */
function nameFromLabels(naming, labels) {
    const namespace = labels[naming.namespace];
    if (!namespace || namespace === 'unknown')
        return undefined;
    for (const fallback of [false, true]) {
        for (const part of naming.name) {
            if (Boolean(part.fallback) !== fallback)
                continue;
            const name = namePartValue(part, labels, namespace);
            if (name)
                return { namespace, name, fallback };
        }
    }
    return undefined;
}
/** Every label a naming reads: what a query must keep when it aggregates. */
function namingLabels(naming) {
    return [...new Set([naming.namespace, ...naming.name.map((part) => part.label)])];
}
/** Every label name a declaration spells: what no file outside src/mesh/ may spell (test/mesh-labels.test.ts). */
function declaredLabelNames(dialect) {
    const names = new Set([
        dialect.server.label,
        dialect.client.label,
        ...(dialect.server.caller ? [dialect.server.caller.namespace, ...dialect.server.caller.workload] : []),
        ...namingLabels(dialect.server.service),
        ...dialect.server.workload,
        ...namingLabels(dialect.client.callee),
        dialect.client.caller.namespace,
        ...dialect.client.caller.workload,
        ...(dialect.client.caller.canonical ? [dialect.client.caller.canonical] : []),
        ...dialect.versions,
        ...Object.values(dialect.client.versions ?? {}),
        ...(dialect.clusterStats ? [dialect.clusterStats.label] : []),
        ...(dialect.l4 ? [dialect.l4.label, ...namingLabels(dialect.l4.service)] : []),
    ]);
    for (const signal of Object.values(dialect.signals))
        for (const condition of signal.requests?.anyOf ?? [])
            names.add(condition.label);
    return [...names];
}


/***/ }),

/***/ 28945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rk: () => (/* binding */ callerFromLabels),
/* harmony export */   Xo: () => (/* binding */ ServiceNamer),
/* harmony export */   p1: () => (/* binding */ callerWorkload)
/* harmony export */ });
/* unused harmony export isOutsideCaller */
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22483);
/* harmony import */ var _dialect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3023);
/**
 * Which service a series is, by a dialect's naming (dialect.ts): the Service its labels name, or — where only a
 * workload is named (a Linkerd request whose authority is an address, a kubelet probe) — the Service the same
 * workload's other requests named, else the workload itself. And which Service a caller is. Pure.
 */


/** Names services from series labels, remembering which Service each workload was called by. */
class ServiceNamer {
    naming;
    workloadLabels;
    refused;
    /** namespace/workload → the one Service its requests named (null: several, so none). */
    aliases = new Map();
    constructor(naming, workloadLabels, refused = new _core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .RefusedNames */ .TH()) {
        this.naming = naming;
        this.workloadLabels = workloadLabels;
        this.refused = refused;
    }
    /** Whether any label set may need an alias: only namings with a fallback part. */
    get usesAliases() {
        return this.naming.name.some((part) => part.fallback);
    }
    workloadOf(labels) {
        for (const label of this.workloadLabels)
            if (labels[label])
                return labels[label];
        return undefined;
    }
    /** Learns from label sets (a services query's answer): which Service each workload's requests named. */
    learn(labelSets) {
        for (const labels of labelSets) {
            const named = (0,_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .nameFromLabels */ .Lf)(this.naming, labels);
            const workload = this.workloadOf(labels);
            if (!named || named.fallback || !workload)
                continue;
            const id = `${named.namespace}/${workload}`;
            const known = this.aliases.get(id);
            if (known === undefined)
                this.aliases.set(id, named.name);
            else if (known !== named.name)
                this.aliases.set(id, null);
        }
        return this;
    }
    /** The Service a workload's requests named, when exactly one. */
    serviceOfWorkload(namespace, workload) {
        return this.aliases.get(`${namespace}/${workload}`) ?? undefined;
    }
    /**
     * The service a series is, or undefined (no usable labels, or not Kubernetes names: refused, with a note). A
     * workload named alone whose other requests named its Service is a kubelet probe or a call by address: not the
     * Service's traffic, so not read (a steady probe rate would hide a change of the real one); a workload whose
     * requests never name a Service is read under its own name.
     */
    key(labels) {
        const named = (0,_dialect_js__WEBPACK_IMPORTED_MODULE_0__/* .nameFromLabels */ .Lf)(this.naming, labels);
        if (!named)
            return undefined;
        if (named.fallback && this.serviceOfWorkload(named.namespace, named.name))
            return undefined;
        const name = named.name;
        // Labels are whatever the scraped workloads said: only Kubernetes names go on (core/names.ts).
        if (!this.refused.accept(named.namespace, name))
            return undefined;
        return { namespace: named.namespace, name };
    }
}
/** Whether a caller is traffic from outside the mesh (a gateway, an ingress controller, `unknown`). */
function isOutsideCaller(naming, labels) {
    const namespace = labels[naming.namespace];
    const workload = naming.workload.map((label) => labels[label]).find(Boolean);
    if (!workload || !namespace || namespace === 'unknown')
        return true;
    return new RegExp(`^(?:${naming.outside})$`).test(workload);
}
/** The caller's workload as its labels name it, or undefined for traffic from outside. */
function callerWorkload(naming, labels) {
    if (isOutsideCaller(naming, labels))
        return undefined;
    const name = naming.workload.map((label) => labels[label]).find(Boolean);
    const namespace = labels[naming.namespace];
    // Labels are whatever the calling proxies said: a caller that is not named as Kubernetes names things is not
    // carried into reports under that name, but counted with the traffic from outside.
    if (!(0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isKubernetesName */ .aN)(namespace) || !(0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isKubernetesName */ .aN)(name))
        return undefined;
    return { namespace, name };
}
/**
 * The Service a caller most likely is, from its labels alone: its canonical service when that is a known
 * service, else the Service its workload serves (`aliasOf`, from the callee-side naming), else its workload less
 * a version suffix (reviews-v2 → reviews) when that is known, else the canonical service (or workload) as it is.
 * Null for traffic from outside the mesh.
 */
function callerFromLabels(naming, labels, known, aliasOf) {
    const workload = callerWorkload(naming, labels);
    if (!workload)
        return null;
    const { namespace } = workload;
    const canonical = naming.canonical ? labels[naming.canonical] : undefined;
    const alias = aliasOf?.(namespace, workload.name);
    const candidates = [canonical, alias, workload.name.replace(/-v\d+$/, ''), workload.name].filter((c) => c !== undefined && c !== 'unknown' && (0,_core_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isKubernetesName */ .aN)(c));
    const name = candidates.find((c) => known.has(`${namespace}/${c}`)) ?? candidates[0] ?? workload.name;
    return { namespace, name };
}


/***/ }),

/***/ 12370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SidecarSource: () => (/* binding */ SidecarSource)
});

// UNUSED EXPORTS: scrapeTimes

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
;// CONCATENATED MODULE: ./src/sources/sidecars/exposition.ts
/**
 * Parses the Prometheus text exposition format (0.0.4): what a sidecar serves on :15020/stats/prometheus.
 * Owns metric families (# HELP / # TYPE), samples with escaped label values, special floats and optional
 * timestamps. Pure: text in, families out.
 *
 * Why not a library: the one npm parser (parse-prometheus-text-format) merges every labelled histogram
 * series into one bucket map, which loses the labels Istio's histograms are keyed by.
 */

const METRIC_TYPES = ['counter', 'gauge', 'histogram', 'summary', 'untyped'];
const NAME_START = /[a-zA-Z_:]/;
const NAME_CHAR = /[a-zA-Z0-9_:]/;
const LABEL_START = /[a-zA-Z_]/;
const LABEL_CHAR = /[a-zA-Z0-9_]/;
/** Suffixes a histogram / summary family's samples carry. */
const FAMILY_SUFFIXES = {
    histogram: ['_bucket', '_sum', '_count'],
    summary: ['_sum', '_count'],
    counter: [],
    gauge: [],
    untyped: [],
};
/** Parses a whole exposition into its families, in the order they first appear. */
function parseExposition(text) {
    const families = new Map();
    const familyOf = (name) => {
        let family = families.get(name);
        if (!family) {
            family = { name, type: 'untyped', samples: [] };
            families.set(name, family);
        }
        return family;
    };
    // A sample belongs to a declared histogram/summary when its name is the family name plus a suffix.
    const ownerOf = (sampleName) => {
        const exact = families.get(sampleName);
        if (exact)
            return exact;
        for (const suffix of ['_bucket', '_sum', '_count']) {
            if (!sampleName.endsWith(suffix))
                continue;
            const base = families.get(sampleName.slice(0, -suffix.length));
            if (base && FAMILY_SUFFIXES[base.type].includes(suffix))
                return base;
        }
        return familyOf(sampleName);
    };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        const lineNumber = i + 1;
        const trimmed = line.trimStart();
        if (trimmed === '')
            continue;
        if (trimmed.startsWith('#')) {
            parseComment(trimmed, lineNumber, familyOf);
            continue;
        }
        const sample = parseSampleLine(trimmed, lineNumber);
        ownerOf(sample.name).samples.push(sample);
    }
    return [...families.values()];
}
/** Every sample of the named family (empty when the family is absent). */
function samplesOf(families, familyName) {
    return families.find((f) => f.name === familyName)?.samples ?? [];
}
function parseComment(line, lineNumber, familyOf) {
    // "# HELP name text" and "# TYPE name type"; any other comment is ignored.
    const match = /^#[ \t]+(HELP|TYPE)[ \t]+(\S+)(?:[ \t]+(.*))?$/.exec(line);
    if (!match)
        return;
    const [, keyword, name, rest = ''] = match;
    if (!isMetricName(name))
        throw syntaxError(lineNumber, `invalid metric name "${name}" in # ${keyword}`);
    const family = familyOf(name);
    if (keyword === 'HELP') {
        family.help = unescapeHelp(rest);
        return;
    }
    const type = rest.trim().toLowerCase();
    if (!METRIC_TYPES.includes(type))
        throw syntaxError(lineNumber, `unknown metric type "${rest.trim()}"`);
    if (family.samples.length > 0 && family.type !== type) {
        throw syntaxError(lineNumber, `# TYPE for "${name}" comes after its samples`);
    }
    family.type = type;
}
function parseSampleLine(line, lineNumber) {
    let pos = 0;
    const fail = (what) => {
        throw syntaxError(lineNumber, `${what} at column ${pos + 1}`);
    };
    const skipBlanks = () => {
        while (pos < line.length && (line[pos] === ' ' || line[pos] === '\t'))
            pos++;
    };
    if (!NAME_START.test(line[pos] ?? ''))
        fail('expected a metric name');
    const nameStart = pos;
    while (pos < line.length && NAME_CHAR.test(line[pos]))
        pos++;
    const name = line.slice(nameStart, pos);
    const labels = {};
    skipBlanks();
    if (line[pos] === '{') {
        pos++;
        for (;;) {
            skipBlanks();
            if (line[pos] === '}')
                break;
            if (!LABEL_START.test(line[pos] ?? ''))
                fail('expected a label name');
            const labelStart = pos;
            while (pos < line.length && LABEL_CHAR.test(line[pos]))
                pos++;
            const labelName = line.slice(labelStart, pos);
            skipBlanks();
            if (line[pos] !== '=')
                fail(`expected "=" after label "${labelName}"`);
            pos++;
            skipBlanks();
            if (line[pos] !== '"')
                fail(`expected a quoted value for label "${labelName}"`);
            pos++;
            let value = '';
            for (;;) {
                const ch = line[pos];
                if (ch === undefined)
                    fail(`unterminated value for label "${labelName}"`);
                pos++;
                if (ch === '"')
                    break;
                if (ch !== '\\') {
                    value += ch;
                    continue;
                }
                const escaped = line[pos];
                pos++;
                if (escaped === '\\')
                    value += '\\';
                else if (escaped === '"')
                    value += '"';
                else if (escaped === 'n')
                    value += '\n';
                else
                    fail(`invalid escape "\\${escaped ?? ''}" in label "${labelName}"`);
            }
            if (Object.hasOwn(labels, labelName))
                fail(`duplicate label "${labelName}"`);
            labels[labelName] = value;
            skipBlanks();
            if (line[pos] === ',') {
                pos++;
                continue;
            }
            if (line[pos] !== '}')
                fail('expected "," or "}"');
            break;
        }
        pos++; // the closing brace
    }
    const rest = line.slice(pos).trim();
    if (rest === '')
        fail('expected a value');
    const fields = rest.split(/[ \t]+/);
    if (fields.length > 2)
        fail('unexpected text after the timestamp');
    const value = parseFloatValue(fields[0]);
    if (value === undefined)
        fail(`invalid value "${fields[0]}"`);
    const sample = { name, labels, value: value };
    if (fields.length === 2) {
        if (!/^-?\d+$/.test(fields[1]))
            fail(`invalid timestamp "${fields[1]}"`);
        sample.timestampMs = Number(fields[1]);
    }
    return sample;
}
/** Go's ParseFloat as Prometheus uses it: decimals, exponents, NaN and ±Inf (case-insensitive). */
function parseFloatValue(text) {
    const lower = text.toLowerCase();
    if (lower === 'nan')
        return Number.NaN;
    if (lower === '+inf' || lower === 'inf' || lower === '+infinity' || lower === 'infinity') {
        return Number.POSITIVE_INFINITY;
    }
    if (lower === '-inf' || lower === '-infinity')
        return Number.NEGATIVE_INFINITY;
    return isDecimalNumber(text) ? Number(text) : undefined;
}
/**
 * `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, checked in one pass: a regex with two adjacent
 * digit runs backtracks quadratically on a long digit string that fails at its end (a hostile scrape).
 */
function isDecimalNumber(text) {
    let pos = 0;
    const digits = () => {
        const start = pos;
        while (pos < text.length && text.charCodeAt(pos) >= 48 && text.charCodeAt(pos) <= 57)
            pos++;
        return pos - start;
    };
    if (text[pos] === '+' || text[pos] === '-')
        pos++;
    let mantissa = digits();
    if (text[pos] === '.') {
        pos++;
        mantissa += digits();
    }
    if (mantissa === 0)
        return false;
    if (text[pos] === 'e' || text[pos] === 'E') {
        pos++;
        if (text[pos] === '+' || text[pos] === '-')
            pos++;
        if (digits() === 0)
            return false;
    }
    return pos === text.length;
}
function unescapeHelp(text) {
    return text.replace(/\\(\\|n)/g, (_, ch) => (ch === 'n' ? '\n' : '\\'));
}
function isMetricName(name) {
    return /^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name);
}
function syntaxError(lineNumber, what) {
    return new types/* MetricsError */.kj(`The metrics text is not in the Prometheus exposition format (line ${lineNumber}: ${what}).`, 'Check that the endpoint serves /stats/prometheus from an Istio sidecar (port 15020) in text format 0.0.4.');
}

// EXTERNAL MODULE: ./src/net/errors.ts
var errors = __webpack_require__(3688);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(37893);
// EXTERNAL MODULE: ./src/mesh/dialects/istio.ts
var istio = __webpack_require__(45849);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
// EXTERNAL MODULE: ./src/core/rollout-types.ts
var rollout_types = __webpack_require__(43674);
// EXTERNAL MODULE: ./src/mesh/dialect.ts
var mesh_dialect = __webpack_require__(3023);
;// CONCATENATED MODULE: ./src/sources/sidecars/snapshot.ts
/**
 * Reading one proxy scrape: picks the series SMAnalyzer needs out of the parsed exposition and says what each
 * counts for (the requests, or a reading of a signal), as the mesh's declaration says (mesh/dialect.ts). Pure.
 */




/** Which of the declaration's version labels a series carries a usable version in. */
function versionsOf(dialect, labels) {
    const found = dialect.versions.filter((label) => (0,rollout_types/* isVersionValue */.mK)(labels[label]));
    return found.length > 0 ? Object.fromEntries(found.map((label) => [label, labels[label]])) : undefined;
}
/** The view a proxy's own inbound series carry in its scrape: the dialect's first server view. */
function scrapedView(dialect) {
    return dialect.server.values[0];
}
/**
 * The labels of a scraped sample as Prometheus would store them: a proxy that does not label its own pod (Linkerd)
 * gets its pod's namespace and the pod labels the mesh's scrape copies (its version), as Prometheus's relabelling
 * adds them. What the proxy wrote itself stays.
 */
function withPodLabels(dialect, labels, pod) {
    const out = { ...labels };
    const label = dialect.proxy.podNamespaceLabel;
    if (label && out[label] === undefined)
        out[label] = pod.namespace;
    for (const [seriesLabel, podLabel] of Object.entries(dialect.proxy.podLabels ?? {})) {
        const value = pod.labels?.[podLabel];
        if (out[seriesLabel] === undefined && value !== undefined)
            out[seriesLabel] = value;
    }
    return out;
}
/**
 * Picks the series SMAnalyzer needs out of one parsed scrape: the proxy's inbound traffic (the server view) and,
 * where the mesh exports them, the upstream-cluster stats of its outbound clusters. `podService` names the
 * series whose labels name no usable service; `podLabels` are the pod's own (discovery's MeshPod.labels).
 */
function readSidecarSnapshot(families, podService, dialect, refused = new names/* RefusedNames */.TH(), podLabels) {
    const pod = { namespace: podService.namespace, labels: podLabels };
    const snapshot = { counters: new Map(), histograms: new Map(), clusterStats: new Set() };
    const view = scrapedView(dialect);
    const { server, metrics } = dialect;
    const statSignals = (0,mesh_dialect/* clusterStatSignals */.Uj)(dialect);
    // A proxy whose requests name its Service: the ones that name none are probes or calls by address (naming.ts).
    const namesItsService = families.some((family) => family.samples.some((sample) => {
        if (sample.name !== metrics.requests)
            return false;
        const labels = withPodLabels(dialect, sample.labels, pod);
        const named = labels[server.label] === view ? (0,mesh_dialect/* nameFromLabels */.Lf)(server.service, labels) : undefined;
        return named !== undefined && !named.fallback;
    }));
    const probe = (labels) => namesItsService && (0,mesh_dialect/* nameFromLabels */.Lf)(server.service, labels)?.fallback === true;
    const clusterPattern = dialect.clusterStats
        ? new RegExp(`^(?:${dialect.clusterStats.servicePattern})$`)
        : null;
    for (const family of families) {
        for (const sample of family.samples) {
            const { name, value } = sample;
            if (name === metrics.requests) {
                const labels = withPodLabels(dialect, sample.labels, pod);
                if (labels[server.label] !== view || probe(labels))
                    continue;
                snapshot.counters.set(seriesKey(name, labels), {
                    service: serviceOf(dialect, labels, podService, refused),
                    requests: true,
                    view: 'labels',
                    signals: (0,mesh_dialect/* classifyRequest */.mE)(dialect, labels, view),
                    value,
                    versions: versionsOf(dialect, labels),
                });
            }
            else if (name === metrics.latencyBuckets) {
                const labels = withPodLabels(dialect, sample.labels, pod);
                if (labels[server.label] !== view || labels.le === undefined || probe(labels))
                    continue;
                const le = parseFloatValue(labels.le);
                if (le === undefined || Number.isNaN(le))
                    continue;
                const seriesLabels = { ...labels };
                delete seriesLabels.le;
                const key = seriesKey(name, seriesLabels);
                let series = snapshot.histograms.get(key);
                if (!series) {
                    series = {
                        service: serviceOf(dialect, labels, podService, refused),
                        buckets: new Map(),
                        versions: versionsOf(dialect, labels),
                    };
                    snapshot.histograms.set(key, series);
                }
                series.buckets.set(le * metrics.latencyUnitMs, value);
            }
            else if (statSignals.has(name) && dialect.clusterStats) {
                snapshot.clusterStats.add(name);
                const service = clusterService(clusterPattern, sample.labels[dialect.clusterStats.label]);
                if (!service)
                    continue;
                snapshot.counters.set(seriesKey(name, sample.labels), {
                    service,
                    requests: false,
                    view: 'clusterStat',
                    signals: [statSignals.get(name)],
                    value,
                });
            }
        }
    }
    return snapshot;
}
/** What an inbound request series counts for: the requests, and the signals its labels show. */
function classifyRequests(dialect, labels) {
    return ['requests', ...classifyRequest(dialect, labels, scrapedView(dialect))];
}
/** The Service an upstream cluster's name names (`outbound|9080|v1|reviews.bookinfo.svc.cluster.local`), or undefined. */
function clusterService(pattern, clusterName) {
    const match = pattern.exec(clusterName ?? '');
    if (!match)
        return undefined;
    const [, name, namespace] = match;
    // Only Kubernetes names go on: a cluster name is text the proxy reported (core/names.ts).
    const refused = new names/* RefusedNames */.TH();
    return refused.accept(namespace, name) ? { namespace, name } : undefined;
}
function serviceOf(dialect, labels, fallback, refused) {
    // A workload named alone (a request to an address, a probe) is the pod's own Service.
    const named = (0,mesh_dialect/* nameFromLabels */.Lf)(dialect.server.service, labels);
    if (!named || named.fallback)
        return fallback;
    // A label is what the workload said: only a Kubernetes name is taken (core/names.ts), else the pod's own.
    return refused.accept(named.namespace, named.name)
        ? { namespace: named.namespace, name: named.name }
        : fallback;
}
function seriesKey(name, labels) {
    const sorted = Object.keys(labels)
        .sort()
        .map((k) => [k, labels[k]]);
    return `${name}${JSON.stringify(sorted)}`;
}

// EXTERNAL MODULE: ./src/core/histogram.ts
var histogram = __webpack_require__(80365);
// EXTERNAL MODULE: ./src/mesh/naming.ts
var mesh_naming = __webpack_require__(28945);
// EXTERNAL MODULE: ./src/core/series.ts
var core_series = __webpack_require__(34990);
;// CONCATENATED MODULE: ./src/sources/sidecars/increase.ts
/**
 * Counters → increases: what each service gained between two scrapes of one pod, with counter resets (a
 * restarted proxy) handled, and what a scan adds up per step. Pure.
 */


function emptyIncrease() {
    const zeros = () => Object.fromEntries(mesh_dialect/* SIGNAL_NAMES */.A.map((name) => [name, 0]));
    return { requests: 0, labels: zeros(), clusterStat: zeros(), latencyBuckets: new Map() };
}
/**
 * A counter's increase between two readings. A decrease means the process restarted and the counter
 * began again from zero, so everything it now shows is new. A series absent before was born in between.
 */
function counterIncrease(previous, current) {
    if (!Number.isFinite(current))
        return 0;
    if (previous === undefined || !Number.isFinite(previous))
        return current;
    return current < previous ? current : current - previous;
}
/**
 * Per-service increases between two snapshots of the same pod. A histogram series is reset as a whole
 * when any of its buckets went down, which keeps its buckets cumulative. `keyOf`: what a series counts for (by
 * default its service; a version of it, for rollouts), undefined to leave it out.
 */
function snapshotIncrease(previous, current, keyOf = (series) => series.service) {
    const byService = new Map();
    const increaseOf = (service) => {
        const id = (0,types/* serviceId */.fH)(service);
        let inc = byService.get(id);
        if (!inc) {
            inc = emptyIncrease();
            byService.set(id, inc);
        }
        return inc;
    };
    for (const [key, series] of current.counters) {
        const counted = keyOf(series);
        if (!counted)
            continue;
        const delta = counterIncrease(previous.counters.get(key)?.value, series.value);
        if (delta === 0)
            continue;
        const inc = increaseOf(counted);
        if (series.requests)
            inc.requests += delta;
        for (const signal of series.signals)
            inc[series.view][signal] += delta;
    }
    for (const [key, series] of current.histograms) {
        const counted = keyOf(series);
        if (!counted)
            continue;
        const before = previous.histograms.get(key)?.buckets;
        const reset = before === undefined || [...series.buckets].some(([le, count]) => count < (before.get(le) ?? 0));
        const inc = increaseOf(counted);
        for (const [le, count] of series.buckets) {
            if (!Number.isFinite(count))
                continue;
            const delta = reset ? count : count - (before?.get(le) ?? 0);
            inc.latencyBuckets.set(le, (inc.latencyBuckets.get(le) ?? 0) + delta);
        }
    }
    return byService;
}
function addScaled(into, from, fraction) {
    into.requests += from.requests * fraction;
    for (const name of mesh_dialect/* SIGNAL_NAMES */.A) {
        into.labels[name] += from.labels[name] * fraction;
        into.clusterStat[name] += from.clusterStat[name] * fraction;
    }
    for (const [le, count] of from.latencyBuckets) {
        into.latencyBuckets.set(le, (into.latencyBuckets.get(le) ?? 0) + count * fraction);
    }
}

// EXTERNAL MODULE: ./src/core/edges.ts
var edges = __webpack_require__(45869);
;// CONCATENATED MODULE: ./src/sources/sidecars/grid.ts
/**
 * The step grid: per-service increases spread over the request's steps by overlap, how much of each step was
 * observed, and the per-step increases turned into the shared ServiceSeries shape. Pure.
 */





/** Per-service increases laid on the request's step grid, and how much of each step was observed. */
class StepAccumulator {
    from;
    to;
    stepMs;
    steps;
    perService = new Map();
    intervals = [];
    constructor(from, to, stepMs) {
        this.from = from;
        this.to = to;
        this.stepMs = stepMs;
        this.steps = Math.ceil((to - from) / stepMs);
    }
    /**
     * Spreads what was gained over [start, end) across the steps it overlaps, in proportion to the overlap
     * (when scrapes run on the step grid, each interval lands whole in one step).
     */
    add(start, end, increases, services) {
        if (!(end > start))
            return;
        this.intervals.push([start, end]);
        for (const [id, inc] of increases) {
            const service = services.get(id);
            if (!service)
                continue;
            const target = this.seriesFor(service);
            this.forEachOverlap(start, end, (step, overlap) => addScaled(target[step], inc, overlap / (end - start)));
        }
    }
    seriesFor(service) {
        const id = (0,types/* serviceId */.fH)(service);
        let entry = this.perService.get(id);
        if (!entry) {
            entry = { service, steps: Array.from({ length: this.steps }, emptyIncrease) };
            this.perService.set(id, entry);
        }
        return entry.steps;
    }
    services() {
        return [...this.perService.values()].map((e) => e.service);
    }
    /** Milliseconds of each step covered by at least one observed interval. */
    coverage() {
        const merged = [];
        for (const [s, e] of [...this.intervals].sort((a, b) => a[0] - b[0])) {
            const last = merged.at(-1);
            if (last && s <= last[1])
                last[1] = Math.max(last[1], e);
            else
                merged.push([s, e]);
        }
        const covered = new Array(this.steps).fill(0);
        for (const [s, e] of merged)
            this.forEachOverlap(s, e, (step, overlap) => (covered[step] += overlap));
        return covered;
    }
    forEachOverlap(start, end, visit) {
        const first = Math.max(0, Math.floor((start - this.from) / this.stepMs));
        for (let step = first; step < this.steps; step++) {
            const stepStart = this.from + step * this.stepMs;
            if (stepStart >= end)
                break;
            const stepEnd = Math.min(stepStart + this.stepMs, this.to);
            const overlap = Math.min(end, stepEnd) - Math.max(start, stepStart);
            if (overlap > 0)
                visit(step, overlap);
        }
    }
}
/**
 * One service's per-step increases → the shared ServiceSeries shape; with `bounds` (sorted, the last +Infinity),
 * each step's buckets too, as the rollout comparison counts them.
 */
function toServiceSeries(service, steps, coveredMs, views, dialect, bounds) {
    const unavailable = mesh_dialect/* SIGNAL_NAMES */.A.filter((name) => views[name].length === 0).map((name) => dialect.signals[name].metric);
    const values = (0,core_series/* metricArrays */.FR)();
    const requests = [];
    steps.forEach((inc, i) => {
        const seconds = coveredMs[i] / 1000;
        const observed = seconds > 0;
        // A share of the step's requests: never above 1, even where a cluster counter saw more events than requests.
        const perRequest = (count) => (inc.requests > 0 ? Math.min(1, count / inc.requests) : null);
        requests.push(inc.requests);
        values.requestRate.push(observed ? inc.requests / seconds : null);
        for (const name of mesh_dialect/* SIGNAL_NAMES */.A) {
            const signal = dialect.signals[name];
            const count = (0,mesh_dialect/* combineReadings */.Zd)(views[name].map((view) => inc[view][name]));
            if (views[name].length === 0)
                values[signal.metric].push(null);
            else if (signal.per === 'request')
                values[signal.metric].push(perRequest(count));
            else
                values[signal.metric].push(observed ? count / seconds : null);
        }
        const buckets = [...inc.latencyBuckets].map(([le, count]) => ({ le, count }));
        for (const [metric, q] of core_series/* LATENCY_QUANTILE_ENTRIES */.Sk)
            values[metric].push((0,histogram/* histogramQuantile */.E)(q, buckets));
    });
    const series = { service, requests, values, unavailable };
    if (bounds && bounds.length > 0)
        series.latencyBuckets = {
            bounds: [...bounds],
            counts: steps.map((inc) => inc.latencyBuckets.size > 0 ? bounds.map((le) => inc.latencyBuckets.get(le) ?? 0) : null),
        };
    return series;
}

;// CONCATENATED MODULE: ./src/sources/sidecars/versions.ts
/**
 * A rollout as the sidecars show it: each scrape's increases again per version of each Service, by every version
 * label of the declaration the proxy's own series carry (Istio's destination_canonical_revision and
 * destination_version: the pod's own labels); at the end, per Service, the label that splits it and each
 * version's series, as the Prometheus source reads them (sources/prometheus/versions.ts), with its callers' view
 * where their proxies labelled its version. Linkerd's proxy labels no version of its own: there, Prometheus's
 * relabelling adds the pod's. Pure.
 */





/** A (service, label, version) is kept under a key of its own (never shown): no Kubernetes name has a NUL. */
const SEPARATOR = '\u0000';
/** Versions of one Service read per label: label values are what the proxies wrote, and each costs a series. */
const MAX_VERSIONS_PER_SERVICE = 32;
/** Admits versions of a Service per label up to the cap, and remembers the Services that showed more. */
class VersionCap {
    counted = new Map();
    overCap = new Set();
    /** Whether one more version of `service` by `label` is read (call once per new version). */
    admit(service, label) {
        const key = `${(0,types/* serviceId */.fH)(service)}${SEPARATOR}${label}`;
        const count = this.counted.get(key) ?? 0;
        if (count >= MAX_VERSIONS_PER_SERVICE) {
            this.overCap.add((0,types/* serviceId */.fH)(service));
            return false;
        }
        this.counted.set(key, count + 1);
        return true;
    }
}
class VersionTracker {
    dialect;
    grid;
    /** Version key id → the key, and what it stands for. */
    keys = new Map();
    meaning = new Map();
    cap = new VersionCap();
    constructor(from, to, stepMs, dialect) {
        this.dialect = dialect;
        this.grid = new StepAccumulator(from, to, stepMs);
    }
    /** One pod's increase between two scrapes, per version label and value its series carry. */
    add(start, end, previous, current) {
        for (const label of this.dialect.versions) {
            const increases = snapshotIncrease(previous, current, (series) => {
                const version = series.versions?.[label];
                return version === undefined ? undefined : this.keyOf(series.service, label, version);
            });
            this.grid.add(start, end, increases, this.keys);
        }
    }
    /** The key a version is summed under; undefined past the cap of versions per service and label. */
    keyOf(service, label, version) {
        const key = { namespace: service.namespace, name: [service.name, label, version].join(SEPARATOR) };
        const id = (0,types/* serviceId */.fH)(key);
        if (!this.keys.has(id)) {
            if (!this.cap.admit(service, label))
                return undefined;
            this.keys.set(id, key);
            this.meaning.set(id, { service, label, version });
        }
        return key;
    }
    /**
     * Per Service asked, the versions that served in the window (by the label that splits it) and, where two or
     * more did, each one's series. `views`: how each signal is read (a version has no cluster counter of its own).
     * `callersOf`: a version as its callers' proxies saw it (sidecars/edges.ts), whose retries and overflows it
     * takes as a Service takes its callers'.
     */
    result(services, coveredMs, views, bounds, callersOf = () => undefined) {
        const served = new Map();
        for (const [id, { service, label, version }] of this.meaning) {
            const key = this.keys.get(id);
            if (!this.grid.seriesFor(key).some((step) => step.requests > 0))
                continue;
            const byLabel = served.get((0,types/* serviceId */.fH)(service)) ?? new Map();
            byLabel.set(label, [...(byLabel.get(label) ?? []), { version, key }]);
            served.set((0,types/* serviceId */.fH)(service), byLabel);
        }
        const versionsSeen = [];
        const versions = [];
        for (const service of services) {
            const byLabel = served.get((0,types/* serviceId */.fH)(service));
            if (!byLabel)
                continue;
            const found = (0,rollout_types/* splittingVersionLabel */.J_)(this.dialect.versions, (label) => (byLabel.get(label) ?? []).map((v) => v.version));
            if (!found)
                continue;
            versionsSeen.push({ service, versions: found.values });
            if (found.values.length < 2)
                continue;
            for (const { version, key } of byLabel
                .get(found.label)
                .sort((a, b) => a.version.localeCompare(b.version))) {
                const series = toServiceSeries(key, this.grid.seriesFor(key), coveredMs, views, this.dialect, bounds);
                const callers = callersOf(service, found.label, version);
                versions.push({
                    ...(callers ? (0,edges/* withCallerSignals */.ZV)(series, [callers]) : series),
                    service,
                    version,
                    ...(callers ? { callers: { ...callers, service } } : {}),
                });
            }
        }
        return { versionsSeen, versions };
    }
}

;// CONCATENATED MODULE: ./src/sources/sidecars/edges.ts
/**
 * The call graph from the proxies. Each pod's scrape holds both ends of its calls: its outbound calls as its own
 * proxy saw them (the client view: the caller is the pod's Service, the callee the labels' destination) and, where
 * the mesh's inbound series name callers (Istio), its inbound calls as it served them (the server view: the caller
 * named by its labels, an entry point for gateways and unknown callers). Counter increases between a pod's scrapes
 * become per-step requests, errors and latency buckets per edge. Pure apart from the state it keeps between scrapes.
 */










/** A step's bucket increases as cumulative counts on every bound the edge has (a bound not seen: the one below). */
function cumulativeCounts(bounds, buckets) {
    let last = 0;
    return bounds.map((le) => (last = buckets.get(le) ?? last));
}
/** Follows the edges of every pod across a collection window. */
class EdgeTracker {
    from;
    stepMs;
    dialect;
    steps;
    last = new Map();
    edges = new Map();
    /** The callers' view of each callee's versions, every caller folded, by id. */
    byVersion = new Map();
    versionCap = new VersionCap();
    /** Services known from discovery: what a caller's labels are matched against. */
    known = new Set();
    constructor(from, to, stepMs, dialect) {
        this.from = from;
        this.stepMs = stepMs;
        this.dialect = dialect;
        this.steps = Math.max(0, Math.floor((to - from) / stepMs));
    }
    /** One scrape of one pod (the pod's Service from discovery), taken at `atMs`. */
    observe(podId, podService, families, atMs) {
        this.known.add((0,types/* serviceId */.fH)(podService));
        const readings = new Map();
        const { metrics } = this.dialect;
        for (const family of families) {
            for (const sample of family.samples) {
                const { name, value } = sample;
                if (name !== metrics.requests && name !== metrics.latencyBuckets)
                    continue;
                const labels = withPodLabels(this.dialect, sample.labels, podService);
                const found = this.edgeOf(labels, podService);
                if (!found)
                    continue;
                const series = JSON.stringify(Object.entries(labels).sort());
                // The edge's own, then once per version label the caller's proxy wrote for the callee.
                for (const [edge, prefix] of [[found.id, ''], ...this.versionEdgesOf(found, labels)]) {
                    if (name === metrics.requests) {
                        readings.set(`${prefix}r${series}`, { edge, kind: 'requests', value });
                        for (const signal of (0,mesh_dialect/* classifyRequest */.mE)(this.dialect, labels, found.view))
                            readings.set(`${prefix}${signal}${series}`, { edge, kind: signal, value });
                    }
                    else {
                        const le = parseFloatValue(labels.le ?? '');
                        if (le === undefined || Number.isNaN(le))
                            continue;
                        readings.set(`${prefix}b${series}`, {
                            edge,
                            kind: 'bucket',
                            le: le * metrics.latencyUnitMs,
                            value,
                        });
                    }
                }
            }
        }
        const previous = this.last.get(podId);
        this.last.set(podId, { atMs, readings });
        if (!previous)
            return;
        // The interval's increase lands in the step holding its middle: scrapes are one step apart or less.
        const step = Math.floor(((previous.atMs + atMs) / 2 - this.from) / this.stepMs);
        if (step < 0 || step >= this.steps)
            return;
        for (const [key, reading] of readings) {
            const increase = counterIncrease(previous.readings.get(key)?.value, reading.value);
            if (!(increase > 0))
                continue;
            const state = this.edges.get(reading.edge) ?? this.byVersion.get(reading.edge);
            if (reading.kind === 'requests')
                state.requests[step] += increase;
            else if (reading.kind === 'bucket')
                state.buckets[step].set(reading.le, (state.buckets[step].get(reading.le) ?? 0) + increase);
            else
                state.events.get(reading.kind)[step] += increase;
        }
    }
    /** The edges seen over the window, with callers matched against every Service the scrapes came from. */
    result() {
        const naming = this.dialect.server.caller;
        return [...this.edges.values()].map((state) => {
            const caller = state.callerLabels && naming
                ? (0,mesh_naming/* callerFromLabels */.Rk)(naming, state.callerLabels, this.known)
                : state.caller;
            const workload = state.callerLabels && naming ? (0,mesh_naming/* callerWorkload */.p1)(naming, state.callerLabels) : undefined;
            return {
                ...this.seriesOf(state),
                caller,
                ...(workload && caller ? { callerWorkload: workload } : {}),
                callee: state.callee,
                side: state.side,
            };
        });
    }
    /**
     * Each callee's versions as its callers' proxies saw them, every caller folded: by the server view's version
     * label (`label`) whose value the callers' series repeat (`dialect.client.versions`).
     */
    versionsSeenByCallers() {
        return [...this.byVersion.values()].map((state) => ({
            callee: state.callee,
            label: state.version.label,
            version: state.version.value,
            series: this.seriesOf(state),
        }));
    }
    seriesOf(state) {
        const bounds = [...new Set(state.buckets.flatMap((buckets) => [...buckets.keys()]))].sort((a, b) => a - b);
        const counts = state.buckets.map((buckets, i) => state.requests[i] > 0 && buckets.size > 0 ? cumulativeCounts(bounds, buckets) : null);
        const values = (0,core_series/* metricArrays */.FR)();
        state.requests.forEach((r, i) => {
            values.requestRate.push(r / (this.stepMs / 1000));
            for (const name of mesh_dialect/* SIGNAL_NAMES */.A) {
                const { metric, per } = this.dialect.signals[name];
                if (per === 'second')
                    values[metric].push(null);
                else
                    values[metric].push(state.visible.includes(name) && r > 0 ? Math.min(1, state.events.get(name)[i] / r) : null);
            }
            const merged = counts[i] ? bounds.map((le, b) => ({ le, count: counts[i][b] })) : null;
            for (const [metric, q] of core_series/* LATENCY_QUANTILE_ENTRIES */.Sk)
                values[metric].push(merged ? (0,histogram/* histogramQuantile */.E)(q, merged) : null);
        });
        const unavailable = mesh_dialect/* SIGNAL_NAMES */.A.filter((name) => !state.visible.includes(name)).map((name) => this.dialect.signals[name].metric);
        return {
            service: state.callee,
            requests: [...state.requests],
            values,
            unavailable,
            ...(bounds.length > 0 ? { latencyBuckets: { bounds, counts } } : {}),
        };
    }
    /**
     * The callers' view of the callee's versions a caller-side series counts for (created on first sight), with the
     * prefix its readings are kept under: one per version label the declaration reads there with a usable value.
     */
    versionEdgesOf(found, labels) {
        if (found.side !== 'client')
            return [];
        const out = [];
        for (const [label, spelled] of Object.entries(this.dialect.client.versions ?? {})) {
            const value = labels[spelled];
            if (!(0,rollout_types/* isVersionValue */.mK)(value))
                continue;
            const id = `${(0,types/* serviceId */.fH)(found.callee)}|${label}|${value}`;
            if (!this.byVersion.has(id)) {
                // As many versions per callee as the callee's own view reads (sidecars/versions.ts).
                if (!this.versionCap.admit(found.callee, label))
                    continue;
                const edge = this.edges.get(found.id);
                this.byVersion.set(id, {
                    ...this.emptyState(found.callee, 'client', edge.visible),
                    caller: null,
                    version: { label, value },
                });
            }
            out.push([id, `v${label}|`]);
        }
        return out;
    }
    emptyState(callee, side, visible) {
        return {
            callee,
            side,
            requests: new Array(this.steps).fill(0),
            events: new Map(mesh_dialect/* SIGNAL_NAMES */.A.map((name) => [name, new Array(this.steps).fill(0)])),
            visible,
            buckets: Array.from({ length: this.steps }, () => new Map()),
        };
    }
    /** The edge a series belongs to (created on first sight), or undefined for series that name no callee. */
    edgeOf(labels, podService) {
        const { client, server } = this.dialect;
        // Outbound: this pod is the caller. Inbound: the labels name the caller (resolved in result()).
        const outbound = labels[client.label] === client.values[0];
        const inbound = !outbound && server.caller !== undefined && server.values.includes(labels[server.label]);
        if (!outbound && !inbound)
            return undefined;
        const named = (0,mesh_dialect/* nameFromLabels */.Lf)(outbound ? client.callee : server.service, labels);
        if (!named || named.fallback)
            return undefined;
        const callee = { namespace: named.namespace, name: named.name };
        const side = outbound ? 'client' : 'server';
        const callerNaming = server.caller;
        const callerLabels = inbound
            ? Object.fromEntries([
                callerNaming.namespace,
                ...callerNaming.workload,
                ...(callerNaming.canonical ? [callerNaming.canonical] : []),
            ].map((label) => [label, labels[label] ?? '']))
            : undefined;
        const callerName = outbound ? (0,types/* serviceId */.fH)(podService) : JSON.stringify(callerLabels);
        const id = `${side}|${callerName}|${(0,types/* serviceId */.fH)(callee)}`;
        const view = labels[outbound ? client.label : server.label];
        if (!this.edges.has(id)) {
            const visible = mesh_dialect/* SIGNAL_NAMES */.A.filter((name) => this.dialect.signals[name].requests?.seenBy.includes(view));
            this.edges.set(id, {
                ...this.emptyState(callee, side, visible),
                caller: outbound ? podService : null,
                ...(callerLabels ? { callerLabels } : {}),
            });
        }
        return { id, view, callee, side };
    }
}

;// CONCATENATED MODULE: ./src/sources/sidecars/watch.ts
/**
 * One collection by the sidecar source as it watches its window: the pods listed round by round (which vanished,
 * came back or appeared), the scrapes' increases on the step grid, what the proxies showed (services, cluster
 * stats, bucket bounds), and at the end the series and the notes. The source (source.ts) paces the rounds and
 * does the fetching; this keeps the count. Pure.
 */








function podId(pod) {
    return `${pod.namespace}/${pod.pod}`;
}
function iso(ms) {
    return new Date(ms).toISOString();
}
class SidecarWatch {
    req;
    dialect;
    grid;
    edgeTracker;
    /** Each Service's versions, for a scan's rollouts (`withVersions`). */
    versionTracker;
    pods = new Map();
    serviceKeys = new Map();
    listedServices = new Map();
    /** Per signal, the services some caller's Envoy cluster counter reported. */
    clusterStatServices = new Map(mesh_dialect/* SIGNAL_NAMES */.A.map((name) => [name, new Set()]));
    clusterStatsSeen = new Set();
    bucketBounds = new Set();
    notes = [];
    refused = new names/* RefusedNames */.TH();
    lostRounds = [];
    skippedRounds = 0;
    stoppedEarly = false;
    listFailures = 0;
    lastListError = '';
    /** The last round's pods listed, and how many of them answered. */
    listedCount = 0;
    succeeded = 0;
    constructor(req, dialect) {
        this.req = req;
        this.dialect = dialect;
        this.grid = new StepAccumulator(req.from, req.to, req.stepMs);
        this.edgeTracker = req.withEdges ? new EdgeTracker(req.from, req.to, req.stepMs, dialect) : undefined;
        this.versionTracker = req.withVersions
            ? new VersionTracker(req.from, req.to, req.stepMs, dialect)
            : undefined;
    }
    inNamespaces(ns) {
        return this.req.namespaces.length === 0 || this.req.namespaces.includes(ns);
    }
    /** The pods listed this round against those known: vanished, came back, appeared; their Services noted. */
    trackPods(listed, round, at) {
        const { pods, notes } = this;
        const listedIds = new Set(listed.map(podId));
        for (const state of pods.values()) {
            if (state.vanishedAt === undefined && !listedIds.has(podId(state.pod))) {
                state.vanishedAt = at;
                notes.push(`Pod ${podId(state.pod)} vanished at ${iso(at)}; its traffic up to its last scrape is kept.`);
            }
        }
        for (const pod of listed) {
            const existing = pods.get(podId(pod));
            if (existing) {
                existing.pod = pod;
                if (existing.vanishedAt !== undefined) {
                    // Most likely recreated under the same name (a StatefulSet): start again from its next scrape.
                    existing.vanishedAt = undefined;
                    existing.last = undefined;
                    notes.push(`Pod ${podId(pod)} came back at ${iso(at)}; it is counted again from its next scrape.`);
                }
            }
            else {
                pods.set(podId(pod), { pod, scrapes: 0, failures: 0 });
                if (round > 0)
                    notes.push(`Pod ${podId(pod)} appeared at ${iso(at)}; it is counted from its first scrape.`);
            }
            const service = { namespace: pod.namespace, name: pod.service };
            this.listedServices.set((0,types/* serviceId */.fH)(service), service);
        }
    }
    /** One round's answers: what each proxy showed, and its increase since its last scrape on the grid. */
    addScrapes(results, listed, at) {
        let succeeded = 0;
        for (const result of results) {
            if (!result)
                continue;
            succeeded++;
            const { state, snapshot } = result;
            this.edgeTracker?.observe(podId(state.pod), { namespace: state.pod.namespace, name: state.pod.service }, result.families, at);
            for (const stat of snapshot.clusterStats)
                this.clusterStatsSeen.add(stat);
            for (const series of [...snapshot.counters.values(), ...snapshot.histograms.values()]) {
                this.serviceKeys.set((0,types/* serviceId */.fH)(series.service), series.service);
            }
            for (const series of snapshot.counters.values()) {
                if (series.view !== 'clusterStat')
                    continue;
                for (const name of series.signals)
                    this.clusterStatServices.get(name).add((0,types/* serviceId */.fH)(series.service));
            }
            for (const series of snapshot.histograms.values())
                for (const le of series.buckets.keys())
                    this.bucketBounds.add(le);
            if (state.last) {
                this.grid.add(state.last.timeMs, at, snapshotIncrease(state.last.snapshot, snapshot), this.serviceKeys);
                this.versionTracker?.add(state.last.timeMs, at, state.last.snapshot, snapshot);
            }
            state.last = { timeMs: at, snapshot };
        }
        if (listed > 0 && succeeded === 0)
            this.lostRounds.push(at);
        this.listedCount = listed;
        this.succeeded = succeeded;
    }
    /** Every service's series (the requested ones, else every one seen or listed in scope) and the notes. */
    result(intervalMs) {
        const { dialect, req } = this;
        const wanted = req.services
            ? req.services
            : [...new Map([...this.listedServices, ...this.serviceKeys]).values()].filter((s) => this.inNamespaces(s.namespace));
        const coverage = this.grid.coverage();
        const bounds = [...this.bucketBounds].sort((a, b) => a - b);
        const unavailableMetrics = new Set();
        let servicesMissingOptional = 0;
        const services = [...wanted]
            .sort((a, b) => (0,types/* serviceId */.fH)(a).localeCompare((0,types/* serviceId */.fH)(b)))
            .map((service) => {
            const id = (0,types/* serviceId */.fH)(service);
            const views = Object.fromEntries(mesh_dialect/* SIGNAL_NAMES */.A.map((name) => [
                name,
                (0,mesh_dialect/* signalReadings */._)(dialect, name, scrapedView(dialect), this.clusterStatServices.get(name).has(id)),
            ]));
            const series = toServiceSeries(service, this.grid.seriesFor(service), coverage, views, dialect, bounds);
            if (series.unavailable.length > 0)
                servicesMissingOptional++;
            for (const metric of series.unavailable)
                unavailableMetrics.add(metric);
            return series;
        });
        this.noteGaps(servicesMissingOptional, unavailableMetrics, intervalMs);
        // A version has no cluster counter of its own: its signals are what its request labels show.
        const versionViews = Object.fromEntries(mesh_dialect/* SIGNAL_NAMES */.A.map((name) => [name, (0,mesh_dialect/* signalReadings */._)(dialect, name, scrapedView(dialect), false)]));
        return {
            ...(this.edgeTracker ? { edges: this.edgeTracker.result() } : {}),
            ...(this.versionTracker
                ? this.versionTracker.result(wanted, coverage, versionViews, bounds, this.callersOfVersions())
                : {}),
            source: 'sidecars',
            mesh: dialect.name,
            from: req.from,
            to: req.to,
            stepMs: req.stepMs,
            services,
            histogramBuckets: [...this.bucketBounds].filter(Number.isFinite).sort((a, b) => a - b),
            notes: this.notes,
            partial: this.lostRounds.length > 0 || this.stoppedEarly,
        };
    }
    /** Each version as its callers' proxies saw it, where the edges were followed. */
    callersOfVersions() {
        const seen = new Map((this.edgeTracker?.versionsSeenByCallers() ?? []).map((v) => [
            `${(0,types/* serviceId */.fH)(v.callee)}|${v.label}|${v.version}`,
            v.series,
        ]));
        return (service, label, version) => seen.get(`${(0,types/* serviceId */.fH)(service)}|${label}|${version}`);
    }
    /** What the watch could not see: signals no proxy exports, failed scrapes and lists, skipped rounds. */
    noteGaps(servicesMissingOptional, unavailableMetrics, intervalMs) {
        const { dialect, notes, lostRounds } = this;
        const missingStats = [...(0,mesh_dialect/* clusterStatSignals */.Uj)(dialect).keys()].filter((stat) => !this.clusterStatsSeen.has(stat));
        if (servicesMissingOptional > 0) {
            const which = missingStats.length > 0
                ? `The proxies do not export ${missingStats.join(', ')}`
                : `The ${dialect.title} proxies do not show every signal for some services`;
            notes.push(`${which}, so ${[...unavailableMetrics].join('/')} are unavailable (not zero) for ${servicesMissingOptional} ` +
                `service(s): ${(0,mesh_dialect/* unavailableReason */.L3)(dialect, unavailableMetrics)}.`);
        }
        for (const state of this.pods.values()) {
            if (state.failures > 0) {
                notes.push(`Pod ${podId(state.pod)}: ${state.failures} of ${state.scrapes} scrapes failed (last: ${state.lastError}).`);
            }
        }
        if (lostRounds.length > 0) {
            notes.push(`No sidecar answered at ${lostRounds.map(iso).join(', ')}; the data around ${lostRounds.length === 1 ? 'that time is' : 'those times is'} incomplete.`);
        }
        if (this.listFailures > 0) {
            notes.push(`Listing the meshed pods failed ${this.listFailures} time(s) (last: ${this.lastListError}); the previous list was used.`);
        }
        if (this.skippedRounds > 0) {
            notes.push(`Scrapes fell behind the ${intervalMs} ms interval; ${this.skippedRounds} round(s) were skipped.`);
        }
        const refusedNote = this.refused.note(`${dialect.title} proxy service label`);
        if (refusedNote)
            notes.push(`${refusedNote} Their requests count for the pod's own Service.`);
        if (this.stoppedEarly)
            notes.push('The scan was stopped before the end of its window.');
        const overCap = [
            ...new Set([
                ...(this.versionTracker?.cap.overCap ?? []),
                ...(this.edgeTracker?.versionCap.overCap ?? []),
            ]),
        ].sort();
        if (overCap.length > 0)
            notes.push(`${overCap.length} Service(s) showed more than ${MAX_VERSIONS_PER_SERVICE} versions (${overCap.slice(0, 5).join(', ')}); only the first ${MAX_VERSIONS_PER_SERVICE} of each were read as versions.`);
        if (this.pods.size === 0)
            notes.push('No meshed pods were found to scrape.');
    }
}

;// CONCATENATED MODULE: ./src/sources/sidecars/source.ts
/**
 * The direct (sidecar) metrics source: scrapes every mesh proxy's metrics endpoint (the port and path its mesh
 * declares: Istio's :15020/stats/prometheus, Linkerd's :4191/metrics; ambient's waypoints) through the API
 * server's pod proxy on a fixed interval, turns counters into per-step increases (with reset handling),
 * aggregates pods to Services and histogram buckets to percentiles. For clusters without Prometheus; it watches
 * live, so it has no history.
 *
 * The maths (snapshot → increase → step grid) are pure exported functions; the clock, the sleep, the pod
 * list and the HTTP fetch are injected so the whole scan runs in tests without waiting.
 */








class SidecarSource {
    deps;
    options;
    name = 'sidecars';
    hasHistory = false;
    sleep;
    now;
    port;
    dialect;
    constructor(deps, options) {
        this.deps = deps;
        this.options = options;
        if (!(options.intervalMs > 0)) {
            throw new types/* ConfigError */.xL('The sidecar scrape interval must be positive.', 'Set --interval to e.g. 15s.');
        }
        if (!(options.concurrency >= 1)) {
            throw new types/* ConfigError */.xL('The sidecar scrape concurrency must be at least 1.', 'Set it to e.g. 10.');
        }
        this.sleep = deps.sleep ?? retry/* sleep */.yy;
        this.now = deps.now ?? Date.now;
        this.dialect = options.dialect ?? istio/* ISTIO */.B;
        this.port = options.port ?? this.dialect.proxy.port;
    }
    async collect(req) {
        if (!(req.to > req.from) || !(req.stepMs > 0)) {
            throw new types/* ConfigError */.xL('The collection window is empty or its step is not positive.', 'Use a duration longer than zero and a positive step.');
        }
        if (req.to <= this.now()) {
            throw new types/* ConfigError */.xL('The sidecar source watches live traffic and cannot read a window that has already ended.', 'Use --source prometheus for a past window, or scan without --from/--to.');
        }
        const targets = scrapeTimes(req.from, req.to, this.options.intervalMs);
        const watch = new SidecarWatch(req, this.dialect);
        const limit = (0,p_limit/* default */.A)(this.options.concurrency);
        let round = -1;
        while (round + 1 < targets.length) {
            let next = round + 1;
            // Fallen behind (slow scrapes, a suspended laptop): skip to the latest due round; the next
            // increases are spread over the gap.
            while (next + 1 < targets.length && targets[next + 1] <= this.now())
                next++;
            watch.skippedRounds += next - round - 1;
            const wait = targets[next] - this.now();
            if (wait > 0 && !req.signal?.aborted)
                await this.sleep(wait, req.signal).catch(() => undefined);
            if (req.signal?.aborted) {
                watch.stoppedEarly = true;
                break;
            }
            round = next;
            // Scrapes on time are stamped with their grid time, so each interval lands whole in one step; a late
            // one (a window that began before the scan did) with the real time, so rates divide by what was seen.
            const lateMs = this.now() - targets[round];
            const at = lateMs > Math.min(1000, this.options.intervalMs / 10) ? this.now() : targets[round];
            await this.scrapeRound(watch, round, at, limit);
            req.onProgress?.(targets.length > 1 ? round / (targets.length - 1) : 1, `scrape ${round + 1}/${targets.length}: ${watch.succeeded} of ${watch.listedCount} sidecars answered`);
        }
        return watch.result(this.options.intervalMs);
    }
    /** One round: the pods listed now (the last list when listing fails after the first round), each scraped. */
    async scrapeRound(watch, round, at, limit) {
        let listed;
        try {
            listed = dedupePods(await this.deps.pods()).filter((p) => watch.inNamespaces(p.namespace));
        }
        catch (err) {
            if (round === 0 || watch.pods.size === 0)
                throw err;
            watch.listFailures++;
            watch.lastListError = (0,errors/* errorMessage */.gJ)(err);
            listed = [...watch.pods.values()].filter((s) => s.vanishedAt === undefined).map((s) => s.pod);
        }
        watch.trackPods(listed, round, at);
        const results = await Promise.all(listed.map((pod) => limit(async () => {
            const state = watch.pods.get(podId(pod));
            state.scrapes++;
            try {
                const text = await this.fetchWithTimeout(pod, watch.req.signal);
                const families = parseExposition(text);
                const snapshot = readSidecarSnapshot(families, { namespace: pod.namespace, name: pod.service }, this.dialect, watch.refused, pod.labels);
                return { state, snapshot, families };
            }
            catch (err) {
                state.failures++;
                state.lastError = (0,errors/* errorMessage */.gJ)(err);
                return undefined;
            }
        })));
        watch.addScrapes(results, listed.length, at);
    }
    /** One scrape, aborted past its timeout (default: the interval) or when the scan stops. */
    fetchWithTimeout(pod, stop) {
        const timeoutMs = this.options.scrapeTimeoutMs ?? this.options.intervalMs;
        return (0,retry/* withTimeout */.wj)(timeoutMs, (signal) => this.deps.fetchMetrics(pod.namespace, pod.pod, this.port, this.dialect.proxy.path, {
            signal,
            maxBytes: this.options.maxScrapeBytes,
        }), () => new Error(`no answer within ${timeoutMs} ms`), stop);
    }
}
/** Scrape times: from, every interval after it, and `to` itself so the last partial interval is seen. */
function scrapeTimes(from, to, intervalMs) {
    const times = [];
    for (let t = from; t < to; t += intervalMs)
        times.push(t);
    times.push(to);
    return times;
}
function dedupePods(pods) {
    const seen = new Map();
    for (const pod of pods)
        if (!seen.has(podId(pod)))
            seen.set(podId(pod), pod);
    return [...seen.values()];
}


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
