export const id = 78;
export const ids = [78];
export const modules = {

/***/ 27739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ BodyTooLarge),
/* harmony export */   Ko: () => (/* binding */ readCappedStream),
/* harmony export */   q$: () => (/* binding */ forEachChunk)
/* harmony export */ });
/** Response bodies read with a size cap, for every server we read from (Prometheus, sidecars). */
/** The body went past its cap; the caller says which cap, and how to raise it. */
class BodyTooLarge extends Error {
}
/**
 * Reads a body stream up to `maxBytes`: refused at once when the declared Content-Length is already past it,
 * else the stream is cancelled at the first byte beyond it. Either way: BodyTooLarge, nothing buffered past
 * the cap.
 */
async function readCappedStream(stream, maxBytes, declaredLength) {
    const chunks = [];
    const bytes = await forEachChunk(stream, maxBytes, declaredLength, (chunk) => chunks.push(chunk));
    return Buffer.concat(chunks, bytes);
}
/**
 * Hands a body stream to `use` chunk by chunk, under the same cap as readCappedStream; returns the bytes read.
 * An error thrown by `use` cancels the stream.
 */
async function forEachChunk(stream, maxBytes, declaredLength, use) {
    if (declaredLength !== undefined && Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        await stream?.cancel().catch(() => undefined);
        throw new BodyTooLarge();
    }
    if (!stream)
        return 0;
    const reader = stream.getReader();
    let bytes = 0;
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            bytes += value.byteLength;
            if (bytes > maxBytes)
                throw new BodyTooLarge();
            use(value);
        }
    }
    catch (error) {
        await reader.cancel().catch(() => undefined);
        throw error;
    }
    return bytes;
}


/***/ }),

/***/ 3688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FS: () => (/* binding */ RETRYABLE_NETWORK_CODES),
/* harmony export */   a0: () => (/* binding */ networkErrorCode),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/**
 * What a failed network call says about itself, read the same way for every server we talk to (the Kubernetes
 * API, sidecars through its pod proxy, Prometheus).
 */
/** Socket error codes that mean "the connection dropped mid-request": worth one more try, for any server. */
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'ECONNABORTED',
]);
/**
 * The first string `code` along an error's cause chain: undici wraps the socket error in `cause`, and a
 * happy-eyeballs connect keeps the real errors in an AggregateError's `errors`.
 */
function networkErrorCode(err) {
    let current = err;
    for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
        const candidate = current;
        if (typeof candidate.code === 'string')
            return candidate.code;
        if (Array.isArray(candidate.errors) && candidate.errors.length > 0) {
            current = candidate.errors[0];
            continue;
        }
        current = candidate.cause;
    }
    return undefined;
}
/** The message of anything thrown, for a one-line note. */
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 86078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ DEFAULT_MAX_RESPONSE_BYTES),
  PrometheusClient: () => (/* binding */ PrometheusClient)
});

// UNUSED EXPORTS: isNearby

// EXTERNAL MODULE: ./src/net/body.ts
var body = __webpack_require__(27739);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(37893);
// EXTERNAL MODULE: ./src/sources/prometheus/http.ts
var http = __webpack_require__(53279);
// EXTERNAL MODULE: ./src/sources/prometheus/failures.ts
var failures = __webpack_require__(69964);
;// CONCATENATED MODULE: ./src/sources/prometheus/matrix-stream.ts
/**
 * A range query's answer read as it arrives: the JSON is scanned byte by byte and each point goes straight to
 * the series it belongs to, so a gigabyte of answers is never held as text nor as millions of small arrays and
 * strings (JSON.parse of the whole body, then reading it again, was most of the tool's time and memory at 1,000
 * services). Written by hand because no JSON library both streams and skips building the values: the generic
 * streaming parsers emit a string per token, slower than JSON.parse. Every other part of the answer is checked
 * as JSON and, except the envelope's status and error, skipped. Pure: bytes in, calls to the sink out.
 */
/** The bytes are not the JSON of a Prometheus answer. */
class MatrixSyntaxError extends Error {
}
var Where;
(function (Where) {
    Where[Where["Root"] = 0] = "Root";
    Where[Where["Data"] = 1] = "Data";
    Where[Where["Result"] = 2] = "Result";
    Where[Where["Series"] = 3] = "Series";
    Where[Where["Metric"] = 4] = "Metric";
    Where[Where["Values"] = 5] = "Values";
    Where[Where["Point"] = 6] = "Point";
    Where[Where["Elsewhere"] = 7] = "Elsewhere";
})(Where || (Where = {}));
var Expect;
(function (Expect) {
    Expect[Expect["KeyOrEnd"] = 0] = "KeyOrEnd";
    Expect[Expect["Key"] = 1] = "Key";
    Expect[Expect["Colon"] = 2] = "Colon";
    Expect[Expect["Value"] = 3] = "Value";
    Expect[Expect["CommaOrEnd"] = 4] = "CommaOrEnd";
    Expect[Expect["ValueOrEnd"] = 5] = "ValueOrEnd";
})(Expect || (Expect = {}));
const MAX_DEPTH = 256;
const MAX_TOKEN_BYTES = 1024 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
function isSpace(byte) {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
/** Bytes that end a number or a literal. */
function isDelimiter(byte) {
    return byte === 0x2c || byte === 0x5d || byte === 0x7d || isSpace(byte);
}
/**
 * A decimal as Number() reads it. Most values ("0.016666", "1795923630.5") take the exact path: at most 15
 * significant digits and 22 decimals are both exact doubles, so one division rounds as Number() does. The rest
 * (exponents, NaN, +Inf, 17 digits) go through Number() itself.
 */
function decimal(bytes, start, end) {
    let i = start;
    let negative = false;
    if (bytes[i] === 0x2d) {
        negative = true;
        i++;
    }
    let mantissa = 0;
    let digits = 0;
    let decimals = 0;
    let point = false;
    if (i === end)
        return Number.NaN;
    for (; i < end; i++) {
        const byte = bytes[i];
        if (byte >= 0x30 && byte <= 0x39) {
            if (mantissa !== 0 || byte !== 0x30)
                digits++;
            mantissa = mantissa * 10 + (byte - 0x30);
            if (point)
                decimals++;
        }
        else if (byte === 0x2e && !point && i > start + (negative ? 1 : 0)) {
            point = true;
        }
        else
            break;
    }
    if (i === end && digits <= 15 && decimals <= 22 && bytes[end - 1] !== 0x2e) {
        const value = decimals === 0 ? mantissa : mantissa / 10 ** decimals;
        return negative ? -value : value;
    }
    return Number(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1'));
}
/** Scans one answer; feed it with write() chunk by chunk, then end(). */
class MatrixStreamParser {
    sink;
    pending = new Uint8Array(0);
    where = new Uint8Array(MAX_DEPTH);
    expect = new Uint8Array(MAX_DEPTH);
    index = new Int32Array(MAX_DEPTH);
    keys = [];
    /** -1 before the root value, 0 once it is complete. */
    depth = -1;
    rootDone = false;
    envelope = { series: 0 };
    // The series being read: its labels, where its points go, and points seen before its labels (any order is JSON).
    labels;
    writer;
    early = [];
    pointSeconds = Number.NaN;
    pointValue = Number.NaN;
    constructor(sink) {
        this.sink = sink;
    }
    write(chunk) {
        let bytes = chunk;
        if (this.pending.length > 0) {
            bytes = new Uint8Array(this.pending.length + chunk.length);
            bytes.set(this.pending);
            bytes.set(chunk, this.pending.length);
        }
        const used = this.scan(bytes, false);
        this.pending = used < bytes.length ? bytes.slice(used) : new Uint8Array(0);
        // Only one unfinished token waits here; one this long is not a label, a number or a status.
        if (this.pending.length > MAX_TOKEN_BYTES)
            throw new MatrixSyntaxError(`a single value in the answer is longer than ${MAX_TOKEN_BYTES / 1024 / 1024} MiB`);
    }
    end() {
        const used = this.scan(this.pending, true);
        this.pending = new Uint8Array(0);
        if (used < 0 || !this.rootDone)
            throw new MatrixSyntaxError('the answer ended before its JSON did');
        return this.envelope;
    }
    /** Reads whole tokens from `bytes`; returns how many bytes it used (the rest waits for more). */
    scan(bytes, last) {
        const length = bytes.length;
        let i = 0;
        while (i < length) {
            const byte = bytes[i];
            if (isSpace(byte)) {
                i++;
                continue;
            }
            if (this.rootDone)
                throw new MatrixSyntaxError('more text after the answer');
            const d = this.depth;
            const expect = d < 0 ? Expect.Value : this.expect[d];
            if (expect === Expect.Colon) {
                if (byte !== 0x3a)
                    throw this.unexpected(byte);
                this.expect[d] = Expect.Value;
                i++;
                continue;
            }
            if (expect === Expect.CommaOrEnd) {
                if (byte === 0x2c) {
                    this.expect[d] = this.isObject(d) ? Expect.Key : Expect.Value;
                    i++;
                    continue;
                }
                if (byte === (this.isObject(d) ? 0x7d : 0x5d)) {
                    this.close();
                    i++;
                    continue;
                }
                throw this.unexpected(byte);
            }
            if (expect === Expect.KeyOrEnd || expect === Expect.Key) {
                if (byte === 0x7d && expect === Expect.KeyOrEnd) {
                    this.close();
                    i++;
                    continue;
                }
                if (byte !== QUOTE)
                    throw this.unexpected(byte);
                const end = stringEnd(bytes, i);
                if (end < 0)
                    return i;
                this.keys[d] = stringAt(bytes, i, end);
                this.expect[d] = Expect.Colon;
                i = end;
                continue;
            }
            // A value (or, after '[', the array's end).
            if (byte === 0x5d && expect === Expect.ValueOrEnd) {
                this.close();
                i++;
                continue;
            }
            if (byte === 0x5b && d >= 0 && this.where[d] === Where.Values) {
                // Nearly every byte of an answer is a point: read the plain ones without the general machinery.
                const end = this.point(bytes, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
                if (end === 0 && !last)
                    return i;
            }
            if (byte === 0x7b || byte === 0x5b) {
                this.open(byte === 0x7b);
                i++;
                continue;
            }
            if (byte === QUOTE) {
                const end = stringEnd(bytes, i);
                if (end < 0)
                    return i;
                this.stringValue(bytes, i, end);
                i = end;
                continue;
            }
            // A number or a literal: it ends at a delimiter, which may be in the next chunk.
            let end = i + 1;
            while (end < length && !isDelimiter(bytes[end]))
                end++;
            if (end === length && !last)
                return i;
            this.scalarValue(bytes, i, end);
            i = end;
        }
        return i;
    }
    /**
     * A point written plainly, `[1700000000.5,"0.25"]` with no space or escape: the index past it once its value
     * is handed on; 0 when the bytes end inside it; -1 for any other form, which the general path then reads.
     */
    point(bytes, start) {
        const length = bytes.length;
        let i = start + 1;
        while (i < length && bytes[i] !== 0x2c && bytes[i] !== 0x5d && !isSpace(bytes[i]))
            i++;
        if (i >= length)
            return 0;
        const timeEnd = i;
        if (bytes[i] !== 0x2c || !isJsonNumber(bytes, start + 1, timeEnd))
            return -1;
        if (i + 1 >= length)
            return 0;
        if (bytes[i + 1] !== QUOTE)
            return -1;
        const valueStart = i + 2;
        i = valueStart;
        while (i < length && bytes[i] !== QUOTE) {
            if (bytes[i] === BACKSLASH || bytes[i] < 0x20)
                return -1;
            i++;
        }
        if (i + 1 >= length)
            return 0;
        if (bytes[i + 1] !== 0x5d)
            return -1;
        const seconds = decimal(bytes, start + 1, timeEnd);
        const value = decimal(bytes, valueStart, i);
        if (this.labels === undefined)
            this.early.push(seconds, value);
        else
            this.writer?.(seconds, value);
        this.valueDone();
        return i + 2;
    }
    isObject(d) {
        const where = this.where[d];
        if (where === Where.Elsewhere)
            return this.index[d] < 0;
        return where === Where.Root || where === Where.Data || where === Where.Series || where === Where.Metric;
    }
    /** Where a new value lands, from its parent and the key or position it takes there. */
    childWhere() {
        const d = this.depth;
        if (d < 0)
            return Where.Root;
        const key = this.keys[d];
        switch (this.where[d]) {
            case Where.Root:
                return key === 'data' ? Where.Data : Where.Elsewhere;
            case Where.Data:
                return key === 'result' ? Where.Result : Where.Elsewhere;
            case Where.Result:
                return Where.Series;
            case Where.Series:
                return key === 'metric' ? Where.Metric : key === 'values' ? Where.Values : Where.Elsewhere;
            case Where.Values:
                return Where.Point;
            default:
                return Where.Elsewhere;
        }
    }
    open(isObject) {
        const where = this.childWhere();
        const d = ++this.depth;
        if (d >= MAX_DEPTH)
            throw new MatrixSyntaxError('the answer is nested too deeply');
        // What each place must be: anything else is not this API's answer.
        const wantsObject = where === Where.Root || where === Where.Data || where === Where.Series || where === Where.Metric;
        const wantsArray = where === Where.Result || where === Where.Values || where === Where.Point;
        if ((wantsObject && !isObject) || (wantsArray && isObject))
            throw new MatrixSyntaxError('the answer does not have the shape of a Prometheus matrix');
        this.where[d] = where;
        // Elsewhere, `index` tells objects (-1) from arrays (0..).
        this.index[d] = isObject && where === Where.Elsewhere ? -1 : 0;
        this.expect[d] = isObject ? Expect.KeyOrEnd : Expect.ValueOrEnd;
        this.keys[d] = '';
        if (where === Where.Series) {
            this.labels = undefined;
            this.writer = undefined;
            this.early = [];
            this.envelope.series++;
        }
        else if (where === Where.Metric) {
            // No prototype: a label named __proto__ is a label like any other.
            this.labels = Object.create(null);
        }
        else if (where === Where.Point) {
            this.pointSeconds = Number.NaN;
            this.pointValue = Number.NaN;
        }
    }
    close() {
        const d = this.depth;
        const where = this.where[d];
        if (where === Where.Metric) {
            this.writer = this.sink.series(this.labels);
        }
        else if (where === Where.Point) {
            if (this.index[d] !== 2)
                throw new MatrixSyntaxError('a point is not a [time, value] pair');
            if (this.labels === undefined)
                this.early.push(this.pointSeconds, this.pointValue);
            else
                this.writer?.(this.pointSeconds, this.pointValue);
        }
        else if (where === Where.Series) {
            if (this.labels === undefined) {
                this.labels = Object.create(null);
                this.writer = this.sink.series(this.labels);
            }
            for (let k = 0; k + 1 < this.early.length; k += 2)
                this.writer?.(this.early[k], this.early[k + 1]);
            this.early = [];
            this.labels = undefined;
            this.writer = undefined;
        }
        this.depth--;
        this.valueDone();
    }
    /** A value of the current container is complete. */
    valueDone() {
        const d = this.depth;
        if (d < 0) {
            this.rootDone = true;
            return;
        }
        this.expect[d] = Expect.CommaOrEnd;
        if (this.where[d] === Where.Point || this.where[d] === Where.Result || this.where[d] === Where.Values)
            this.index[d]++;
        else if (this.where[d] === Where.Elsewhere && this.index[d] >= 0)
            this.index[d]++;
    }
    stringValue(bytes, start, end) {
        const d = this.depth;
        if (d < 0)
            throw new MatrixSyntaxError('the answer is not a JSON object');
        const parent = this.where[d];
        if (parent === Where.Point) {
            if (this.index[d] !== 1)
                throw new MatrixSyntaxError('a point is not a [time, value] pair');
            // The value's text without its quotes (a number never needs an escape).
            this.pointValue = hasByte(bytes, BACKSLASH, start, end)
                ? Number(stringAt(bytes, start, end))
                : decimal(bytes, start + 1, end - 1);
        }
        else if (this.childWhere() !== Where.Elsewhere) {
            throw new MatrixSyntaxError('the answer does not have the shape of a Prometheus matrix');
        }
        else if (parent === Where.Metric) {
            this.labels[this.keys[d]] = stringAt(bytes, start, end);
        }
        else if (parent === Where.Root) {
            const key = this.keys[d];
            if (key === 'status' || key === 'errorType' || key === 'error')
                this.envelope[key] = stringAt(bytes, start, end);
        }
        else if (parent === Where.Data && this.keys[d] === 'resultType') {
            this.envelope.resultType = stringAt(bytes, start, end);
        }
        this.valueDone();
    }
    scalarValue(bytes, start, end) {
        const d = this.depth;
        if (d < 0)
            throw new MatrixSyntaxError('the answer is not a JSON object');
        const first = bytes[start];
        const number = first === 0x2d || (first >= 0x30 && first <= 0x39);
        if (number ? !isJsonNumber(bytes, start, end) : !isLiteral(bytes, start, end))
            throw this.unexpected(first);
        if (this.where[d] === Where.Point) {
            if (this.index[d] !== 0 || !number)
                throw new MatrixSyntaxError('a point is not a [time, value] pair');
            this.pointSeconds = decimal(bytes, start, end);
        }
        else if (this.childWhere() !== Where.Elsewhere) {
            throw new MatrixSyntaxError('the answer does not have the shape of a Prometheus matrix');
        }
        this.valueDone();
    }
    unexpected(byte) {
        return new MatrixSyntaxError(`unexpected ${JSON.stringify(String.fromCharCode(byte))} in the answer's JSON`);
    }
}
function hasByte(bytes, byte, start, end) {
    for (let k = start; k < end; k++)
        if (bytes[k] === byte)
            return true;
    return false;
}
function isDigit(byte) {
    return byte >= 0x30 && byte <= 0x39;
}
/** JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
function isJsonNumber(bytes, start, end) {
    let i = start;
    if (bytes[i] === 0x2d)
        i++;
    if (i >= end || !isDigit(bytes[i]))
        return false;
    if (bytes[i] === 0x30)
        i++;
    else
        while (i < end && isDigit(bytes[i]))
            i++;
    if (i < end && bytes[i] === 0x2e) {
        i++;
        if (i >= end || !isDigit(bytes[i]))
            return false;
        while (i < end && isDigit(bytes[i]))
            i++;
    }
    if (i < end && (bytes[i] === 0x65 || bytes[i] === 0x45)) {
        i++;
        if (i < end && (bytes[i] === 0x2b || bytes[i] === 0x2d))
            i++;
        if (i >= end || !isDigit(bytes[i]))
            return false;
        while (i < end && isDigit(bytes[i]))
            i++;
    }
    return i === end;
}
const LITERALS = ['true', 'false', 'null'].map((word) => Buffer.from(word, 'latin1'));
function isLiteral(bytes, start, end) {
    return LITERALS.some((word) => word.length === end - start && word.every((byte, k) => bytes[start + k] === byte));
}
/** The index just past the closing quote of the string opening at `start`, or -1 if it is not complete yet. */
function stringEnd(bytes, start) {
    let i = start + 1;
    for (;;) {
        const quote = bytes.indexOf(QUOTE, i);
        if (quote < 0)
            return -1;
        // A quote preceded by an odd run of backslashes is escaped.
        let slashes = 0;
        while (bytes[quote - 1 - slashes] === BACKSLASH)
            slashes++;
        if (slashes % 2 === 0)
            return quote + 1;
        i = quote + 1;
    }
}
/** The string from its opening to past its closing quote, decoded as JSON does. */
function stringAt(bytes, start, end) {
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
    if (raw.indexOf(BACKSLASH) < 0) {
        for (let k = 1; k < raw.length - 1; k++)
            if (raw[k] < 0x20)
                throw new MatrixSyntaxError('a control character inside a string');
        return raw.toString('utf8', 1, raw.length - 1);
    }
    try {
        return JSON.parse(raw.toString('utf8'));
    }
    catch {
        throw new MatrixSyntaxError('a string with a broken escape');
    }
}

;// CONCATENATED MODULE: ./src/sources/prometheus/client.ts
/**
 * The HTTP client for a Prometheus-compatible query API (Prometheus, Thanos, Mimir, VictoriaMetrics): auth, TLS,
 * timeouts, retries, redirects that keep credentials with their origin, and a cap on every answer's size. Every
 * failure becomes a MetricsError with a cause and a fix; a query the server found too large becomes a
 * QueryTooLarge (failures.ts), so the caller can ask in smaller pieces instead of retrying the same one.
 */







const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/**
 * A range answer streamed into fixed arrays (matrix-stream.ts) may be this many times the cap: its size no longer
 * costs memory (the series it may open are bounded apart), and larger pieces cost the server less.
 */
const MAX_BACKOFF_MS = 5_000;
/** A range query as the API takes it: POSTed as a form (a long query does not fit a URL), times in seconds. */
function rangeRequest(query, startMs, endMs, stepMs) {
    return {
        method: 'POST',
        form: { query, start: String(startMs / 1000), end: String(endMs / 1000), step: String(stepMs / 1000) },
        query,
    };
}
/** The HTTP client for the Prometheus query API. */
class PrometheusClient {
    options;
    deps;
    baseUrl;
    headers;
    encoding;
    secrets;
    maxResponseBytes;
    failures;
    transport;
    closeTransport;
    /** Requests sent (each attempt and each redirect hop counts), for the benchmark and the progress line. */
    requests = 0;
    constructor(options, deps = {}) {
        this.options = options;
        this.deps = deps;
        let url;
        try {
            url = new URL(options.url);
        }
        catch {
            throw new types/* MetricsError */.kj('the Prometheus URL is not a valid URL', 'set --prometheus-url to the server base URL, e.g. http://prometheus.istio-system:9090', { environmental: false });
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw new types/* MetricsError */.kj(`the Prometheus URL must start with http:// or https:// (got ${url.protocol})`, 'set --prometheus-url to the server base URL, e.g. http://prometheus.istio-system:9090', { environmental: false });
        }
        // Credentials in the URL become basic auth: fetch refuses them inline, and messages must never show them.
        let basicAuth = options.basicAuth;
        if (!basicAuth && url.username) {
            basicAuth = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
        }
        url.username = '';
        url.password = '';
        url.search = '';
        url.hash = '';
        if (!url.pathname.endsWith('/'))
            url.pathname += '/';
        this.baseUrl = url;
        // Nearby (loopback, a private address, a cluster name) answers come uncompressed: gzip of a gigabyte of
        // answers cost the server 15% more CPU and the bucket query 1.8x the wall time at 1,000 services, for a
        // transfer that costs nothing there. Farther away, compressed. A user's own Accept-Encoding header wins.
        const ownEncoding = Object.keys(options.headers).some((name) => name.toLowerCase() === 'accept-encoding');
        this.encoding = (0,http/* isNearby */.k_)(url.hostname) && !ownEncoding ? { 'Accept-Encoding': 'identity' } : {};
        this.headers = { ...options.headers };
        if (options.bearerToken)
            this.headers['Authorization'] = `Bearer ${options.bearerToken}`;
        else if (basicAuth) {
            const encoded = Buffer.from(`${basicAuth.username}:${basicAuth.password}`).toString('base64');
            this.headers['Authorization'] = `Basic ${encoded}`;
        }
        this.secrets = [
            options.bearerToken,
            basicAuth?.password,
            ...Object.values(this.headers).filter((value) => value.length >= 6),
        ].filter((secret) => Boolean(secret));
        this.maxResponseBytes = deps.maxResponseBytes ?? options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
        this.failures = new failures/* Failures */.oo((0,failures/* displayUrl */.Qy)(url), (text) => this.redact(text), this.maxResponseBytes);
    }
    /** The server as messages name it (never with credentials). */
    get displayUrl() {
        return (0,failures/* displayUrl */.Qy)(this.baseUrl);
    }
    /** A range query's matrix. */
    async queryRange(query, startMs, endMs, stepMs, context) {
        const data = await this.call('api/v1/query_range', context, rangeRequest(query, startMs, endMs, stepMs));
        return (0,http/* expectResult */.V_)(data, 'matrix', this.displayUrl);
    }
    /**
     * A range query's matrix streamed into `sink` as it arrives (matrix-stream.ts): nothing of the answer is held
     * but the points the sink keeps. A retried attempt sends the same points again. Returns the series answered.
     */
    async queryRangeInto(query, startMs, endMs, stepMs, context, sink) {
        const envelope = (await this.call('api/v1/query_range', context, {
            ...rangeRequest(query, startMs, endMs, stepMs),
            sink,
        }));
        return envelope.series;
    }
    /** An instant query's vector. */
    async query(query, timeMs, context) {
        const data = await this.call('api/v1/query', context, {
            method: 'POST',
            form: { query, time: String(timeMs / 1000) },
            query,
        });
        return (0,http/* expectResult */.V_)(data, 'vector', this.displayUrl);
    }
    /** The values a label takes on series matching `selector` within [startMs, endMs]. */
    async labelValues(label, selector, startMs, endMs, context) {
        const params = new URLSearchParams({
            'match[]': selector,
            start: String(startMs / 1000),
            end: String(endMs / 1000),
        });
        const data = await this.call(`api/v1/label/${encodeURIComponent(label)}/values?${params}`, context, {
            method: 'GET',
            query: selector,
        });
        if (!Array.isArray(data))
            throw this.failures.notPrometheus('the label values were not a list');
        return data.map(String);
    }
    /** Releases the TLS connection pool, if one was made. */
    async close() {
        await this.closeTransport?.();
    }
    fetchFunction() {
        if (this.deps.fetch)
            return Promise.resolve(this.deps.fetch);
        if (!this.options.caFile && !this.options.insecureSkipVerify)
            return Promise.resolve(globalThis.fetch);
        this.transport ??= (0,http/* tlsTransport */.Vv)(this.options).then(({ fetch, close }) => {
            this.closeTransport = close;
            return fetch;
        });
        return this.transport;
    }
    redact(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('[redacted]');
        return out;
    }
    /**
     * One request under net/retry.ts's policy: 5xx, 429 and connection resets are tried again with jittered
     * backoff (or the server's Retry-After) within the collection's deadline; a request that ran past --timeout is
     * not, so the source can ask it again in smaller pieces instead of repeating what the server could not do.
     */
    async call(path, context, request) {
        const fetchFn = await this.fetchFunction();
        const policy = {
            attempts: Math.max(1, this.deps.maxAttempts ?? 4),
            initialDelayMs: this.deps.retryBaseDelayMs ?? 250,
            maxDelayMs: MAX_BACKOFF_MS,
            requestTimeoutMs: this.options.timeoutMs,
            deadlineMs: context.deadline - Date.now(),
        };
        // Out of attempts or of time after a retryable failure: that failure, which says what the server did.
        const lastFailure = (error) => error instanceof failures/* RetryableFailure */.jn ? new types/* MetricsError */.kj(error.final.message, error.final.fix) : undefined;
        return (0,retry/* withRetry */.bD)(policy, (signal) => this.attempt(fetchFn, path, context, request, signal), {
            retryable: (error) => error instanceof failures/* RetryableFailure */.jn,
            retryAfterMs: (error) => (error instanceof failures/* RetryableFailure */.jn ? error.retryAfterMs : undefined),
            retryTimedOut: false,
            deadlineExceeded: (error) => lastFailure(error) ?? this.failures.timeoutError(context.deadlineMs, 'the overall deadline'),
            failed: (error) => lastFailure(error) ?? error,
            sleep: (ms) => (0,retry/* sleep */.yy)(ms, context.signal),
        });
    }
    /** One attempt; `timeout` aborts at the request timeout or the deadline, whichever comes first. */
    async attempt(fetchFn, path, context, request, timeout) {
        context.signal?.throwIfAborted();
        const timeoutMs = Math.min(this.options.timeoutMs, context.deadline - Date.now());
        const signal = context.signal ? AbortSignal.any([context.signal, timeout]) : timeout;
        let response;
        let url;
        let text;
        let streamed = false;
        try {
            ({ response, url } = await (0,http/* sendWithinOrigin */.oo)(fetchFn, new URL(path, this.baseUrl), {
                method: request.method,
                form: request.form,
                headers: { Accept: 'application/json', ...this.encoding, ...this.headers },
                signal,
                server: this.displayUrl,
                onRequest: () => this.requests++,
            }));
            streamed = request.sink !== undefined && response.ok;
            if (streamed)
                return await this.streamMatrix(response, request.sink, request.query);
            const body = await (0,http/* readCapped */.EF)(response, this.maxResponseBytes);
            this.deps.onResponse?.(body.bytes);
            text = body.text;
        }
        catch (error) {
            if (error instanceof types/* MetricsError */.kj)
                throw error;
            if (error instanceof MatrixSyntaxError)
                throw this.failures.notPrometheus(error.message);
            if (error instanceof http/* BodyTooLarge */.KQ)
                throw this.failures.tooLargeAnswer(request.query, streamed);
            if (context.signal?.aborted)
                throw context.signal.reason;
            if (timeout.aborted) {
                if (timeoutMs < this.options.timeoutMs)
                    throw this.failures.timeoutError(timeoutMs, 'the overall deadline');
                const error = this.failures.timeoutError(timeoutMs, 'the request timeout');
                throw new failures/* RequestTimedOut */.T(error.message, error.fix);
            }
            throw this.failures.networkError(error);
        }
        let envelope;
        try {
            const parsed = JSON.parse(text);
            if (parsed && typeof parsed === 'object' && 'status' in parsed)
                envelope = parsed;
        }
        catch {
            envelope = undefined;
        }
        const promError = envelope?.status === 'error' ? `${envelope.errorType ?? 'error'}: ${envelope.error ?? ''}` : '';
        const status = response.status;
        if (response.ok) {
            if (envelope?.status === 'success')
                return envelope.data;
            if (envelope?.status === 'error')
                throw this.failures.queryRejected(status, promError, request.query);
            const contentType = response.headers.get('content-type') ?? 'no content type';
            throw this.failures.notPrometheus(`HTTP ${status}, ${contentType}: ${(0,failures/* oneLine */.TN)(this.redact(text), 80)}`);
        }
        const tooLarge = this.failures.tooLarge(status, envelope, promError);
        if (tooLarge)
            throw tooLarge;
        if (status === 429 || status >= 500) {
            if (status === 429 || status === 503)
                context.onPushback?.();
            const retryAfterSeconds = Number(response.headers.get('retry-after'));
            const detail = promError || (0,failures/* oneLine */.TN)(text, 120) || response.statusText;
            throw new failures/* RetryableFailure */.jn(new types/* MetricsError */.kj(`Prometheus at ${this.displayUrl} kept failing: HTTP ${status} (${this.redact((0,failures/* oneLine */.TN)(detail, 200))})`, status === 429
                ? 'the server is rate limiting: lower prometheus.concurrency, raise --step, or retry later'
                : "check the server's health and logs, then retry; a large window may need a larger --step"), Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : undefined);
        }
        if (status === 401 || status === 403) {
            throw new types/* MetricsError */.kj(`Prometheus at ${this.displayUrl} refused the request: HTTP ${status} ${status === 401 ? 'unauthorized' : 'forbidden'}`, 'check the bearer token, basic auth and --prometheus-header values (and that they grant read access)');
        }
        if (status === 404 && !envelope) {
            throw new types/* MetricsError */.kj(`no Prometheus query API at ${(0,failures/* displayUrl */.Qy)(url)} (HTTP 404)`, 'set --prometheus-url to the base URL that serves /api/v1/query (for Mimir or Thanos include their prefix, e.g. /prometheus)');
        }
        if (envelope?.status === 'error')
            throw this.failures.queryRejected(status, promError, request.query);
        throw this.failures.notPrometheus(`HTTP ${status}: ${(0,failures/* oneLine */.TN)(this.redact(text), 80)}`);
    }
    /**
     * A successful answer streamed through the matrix parser under the same cap as any answer. Its envelope must
     * say success and a matrix, as expectResult checks for answers read whole.
     */
    async streamMatrix(response, sink, query) {
        const parser = new MatrixStreamParser(sink);
        const bytes = await (0,body/* forEachChunk */.q$)(response.body, failures/* STREAMED_CAP_FACTOR */.DE * this.maxResponseBytes, Number(response.headers.get('content-length')), (chunk) => parser.write(chunk));
        this.deps.onResponse?.(bytes);
        const envelope = parser.end();
        if (envelope.status === 'error')
            throw this.failures.queryRejected(response.status, `${envelope.errorType ?? 'error'}: ${envelope.error ?? ''}`, query);
        if (envelope.status !== 'success' || envelope.resultType !== 'matrix')
            throw this.failures.notPrometheus(`expected a matrix result, got ${(0,failures/* oneLine */.TN)(String(envelope.resultType), 40)}`);
        return envelope;
    }
}


/***/ }),

/***/ 69964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ STREAMED_CAP_FACTOR),
/* harmony export */   G3: () => (/* binding */ QueryTooLarge),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   T: () => (/* binding */ RequestTimedOut),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   UG: () => (/* binding */ AnswerTooLarge),
/* harmony export */   jn: () => (/* binding */ RetryableFailure),
/* harmony export */   oo: () => (/* binding */ Failures)
/* harmony export */ });
/* harmony import */ var _net_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3688);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73054);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53279);
/**
 * How the Prometheus client's failures read: every one a MetricsError with a cause and a fix, naming the server
 * (never its credentials) and never a secret the server echoed back. The kinds the source acts on — a query too
 * large for the server, a request past its timeout, an answer past its cap — have their own classes, so the source
 * can ask again in smaller pieces instead of repeating what the server could not do. Pure.
 */



/** A range answer is streamed into typed arrays, not held as text: it may run to this many times the cap. */
const STREAMED_CAP_FACTOR = 4;
/**
 * The server refused a query as too large: it would load more samples than --query.max-samples (422), or it
 * ran past --query.timeout (503 timeout). Never retried as is: the caller asks again in smaller pieces.
 */
class QueryTooLarge extends _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj {
    reason;
    constructor(reason, message, fix) {
        super(message, fix);
        this.reason = reason;
    }
}
/** One request ran past the per-request timeout (--timeout): a range query may be asked again in smaller pieces. */
class RequestTimedOut extends _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj {
}
/** One answer ran past the response cap: a range query may be asked again in smaller pieces. */
class AnswerTooLarge extends _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj {
}
/** A URL fit for messages: no credentials, no query string. */
function displayUrl(url) {
    return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/$/, '');
}
function oneLine(text, max = 300) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/;
/** A failure worth another attempt, and the error to report if attempts (or the deadline) run out. */
class RetryableFailure extends Error {
    final;
    retryAfterMs;
    constructor(final, retryAfterMs) {
        super(final.message);
        this.final = final;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The failures of one client: its server as messages name it, its secrets to redact, its cap on an answer. */
class Failures {
    server;
    redact;
    maxResponseBytes;
    constructor(server, redact, maxResponseBytes) {
        this.server = server;
        this.redact = redact;
        this.maxResponseBytes = maxResponseBytes;
    }
    notPrometheus(detail) {
        return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`the server at ${this.server} did not answer like a Prometheus API (${detail})`, 'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page');
    }
    /** An answer past its cap: `streamed` for a range answer read as it arrived, whose cap is larger. */
    tooLargeAnswer(query, streamed) {
        const cap = streamed ? STREAMED_CAP_FACTOR * this.maxResponseBytes : this.maxResponseBytes;
        const mib = Math.round((cap / 1024 / 1024) * 10) / 10;
        return new AnswerTooLarge(`the answer from Prometheus at ${this.server} exceeded the ${mib} MiB cap on a response ` +
            `(prometheus.maxResponseSize${streamed ? ` × ${STREAMED_CAP_FACTOR} for a range answer` : ''}) for: ${oneLine(query, 160)}`, 'query fewer namespaces, a shorter window or a larger --step, or raise prometheus.maxResponseSize in the config file');
    }
    /** A query the server refused for its size: the sample limit (422) or the query timeout (503 "timeout"). */
    tooLarge(status, envelope, promError) {
        const text = this.redact(oneLine(promError, 200));
        if (status === 422 && /too many samples/i.test(envelope?.error ?? '')) {
            return new QueryTooLarge('samples', `Prometheus at ${this.server} refused a query as too large (HTTP 422, ${text})`, "raise the server's --query.max-samples");
        }
        if (status === 503 && envelope?.errorType === 'timeout') {
            return new QueryTooLarge('timeout', `Prometheus at ${this.server} gave up on a query (HTTP 503, ${text})`, "raise the server's --query.timeout");
        }
        return undefined;
    }
    queryRejected(status, promError, query) {
        return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Prometheus at ${this.server} rejected a query (HTTP ${status}, ${this.redact(oneLine(promError, 300))}) ` +
            `for: ${oneLine(query, 200)}`, 'check the namespaces and reporter settings; if the backend is not Prometheus, check that it supports this PromQL', { environmental: false });
    }
    timeoutError(timeoutMs, what) {
        return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Prometheus at ${this.server} did not answer within ${Math.round(timeoutMs / 100) / 10} s (${what})`, 'raise --timeout (per request) or --deadline (overall), query a shorter window or a larger --step, or check the server load');
    }
    networkError(error) {
        const code = (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .networkErrorCode */ .a0)(error);
        const detail = code ?? oneLine(this.redact(error?.message ?? String(error)), 120);
        const failure = new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`cannot reach Prometheus at ${this.server}: ${detail}`, code && TLS_CODE.test(code)
            ? "the server's TLS certificate was not trusted: pass its CA with --prometheus-ca (or, for tests only, --insecure-skip-tls-verify)"
            : 'check --prometheus-url, that the server is running, and that this machine can reach it (DNS, firewall, port-forward)');
        if (code && _net_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRYABLE_NETWORK_CODES */ .FS.has(code))
            return new RetryableFailure(failure);
        return failure;
    }
}


/***/ }),

/***/ 53279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   KQ: () => (/* reexport safe */ _net_body_js__WEBPACK_IMPORTED_MODULE_3__.KQ),
/* harmony export */   V_: () => (/* binding */ expectResult),
/* harmony export */   Vv: () => (/* binding */ tlsTransport),
/* harmony export */   a0: () => (/* reexport safe */ _net_errors_js__WEBPACK_IMPORTED_MODULE_4__.a0),
/* harmony export */   k_: () => (/* binding */ isNearby),
/* harmony export */   oo: () => (/* binding */ sendWithinOrigin)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73054);
/* harmony import */ var _net_body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27739);
/* harmony import */ var _net_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3688);
/**
 * One exchange with the server at the HTTP level: redirects followed within the configured origin only, and an
 * answer read up to a cap, so neither a redirect nor an endless body can take credentials or memory away.
 */






const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/**
 * Sends one request, following same-origin redirects by hand. A redirect to another origin is refused: the
 * credentials (Authorization, X-Scope-OrgID, X-Api-Key, any --prometheus-header) and the query belong to the
 * configured server alone, and fetch's own redirect handling would carry custom headers (and a 307's body) across.
 */
async function sendWithinOrigin(fetchFn, start, exchange) {
    let url = start;
    let method = exchange.method;
    let form = exchange.form;
    for (let hop = 0;; hop++) {
        const headers = { ...exchange.headers };
        let body;
        if (form && method === 'POST') {
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            body = new URLSearchParams(form).toString();
        }
        exchange.onRequest?.();
        const response = await fetchFn(url, {
            method,
            headers,
            body,
            signal: exchange.signal,
            redirect: 'manual',
        });
        const location = response.headers.get('location');
        if (!REDIRECT_STATUSES.has(response.status) || !location)
            return { response, url };
        await response.body?.cancel();
        const target = new URL(location, url);
        if (target.origin !== start.origin) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsError */ .kj(`Prometheus at ${exchange.server} redirected to another origin (${target.origin}): not followed, so ` +
                'its credentials and headers stay with the configured server', `set --prometheus-url to the server that answers the queries itself (if you trust it: ${target.origin})`, { environmental: false });
        }
        if (hop + 1 >= MAX_REDIRECTS) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsError */ .kj(`Prometheus at ${exchange.server} redirected more than ${MAX_REDIRECTS} times`, 'set --prometheus-url to the URL the server finally answers on', { environmental: false });
        }
        // 307/308 repeat the request as it was; the others turn a POST into a GET, so its form moves to the URL.
        if (response.status !== 307 && response.status !== 308 && method === 'POST') {
            method = 'GET';
            for (const [key, value] of Object.entries(form ?? {}))
                target.searchParams.set(key, value);
            form = undefined;
        }
        url = target;
    }
}
/** A host on this machine, a private network or a cluster's own DNS, where bandwidth is not the cost. */
function isNearby(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIPv4)(host)) {
        const [a, b] = host.split('.').map(Number);
        return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
    }
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIPv6)(host))
        return host === '::1' || /^f[cd]/.test(host);
    // A name without a dot resolves inside the cluster's (or the host's) own search domains.
    return !host.includes('.') || host.endsWith('.svc') || host.endsWith('.cluster.local');
}
/**
 * A fetch with a custom CA or without verification: undici's own fetch and Agent (Node's fetch takes no TLS
 * options), and how to release its connection pool.
 */
async function tlsTransport(options) {
    let ca;
    if (options.caFile) {
        try {
            ca = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(options.caFile, 'utf8');
        }
        catch (error) {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsError */ .kj(`cannot read the Prometheus CA file ${options.caFile}: ${error.message}`, 'point --prometheus-ca at a readable PEM file', { environmental: false });
        }
    }
    const undici = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19));
    const agent = new undici.Agent({ connect: { ca, rejectUnauthorized: !options.insecureSkipVerify } });
    const tlsFetch = (input, init) => undici.fetch(input, { ...init, dispatcher: agent });
    return { fetch: tlsFetch, close: () => agent.close() };
}
/** Reads a body up to `maxBytes`, cancelling the stream at the first byte beyond it (BodyTooLarge). */
async function readCapped(response, maxBytes) {
    const body = await (0,_net_body_js__WEBPACK_IMPORTED_MODULE_3__/* .readCappedStream */ .Ko)(response.body, maxBytes, Number(response.headers.get('content-length')));
    return { text: body.toString('utf8'), bytes: body.byteLength };
}
/** The `data.result` of a successful answer, if it has the expected type. */
function expectResult(data, resultType, url) {
    const payload = data;
    if (!payload || payload.resultType !== resultType || !Array.isArray(payload.result)) {
        throw new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricsError */ .kj(`the server at ${url} did not answer like a Prometheus API (expected a ${resultType} result)`, 'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page');
    }
    return payload.result;
}


/***/ })

};
