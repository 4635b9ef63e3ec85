export const id = 776;
export const ids = [776];
export const modules = {

/***/ 93776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectCluster: () => (/* binding */ connectCluster)
});

// UNUSED EXPORTS: DEFAULT_RETRY_POLICY, SERVICE_ACCOUNT_DIR, loadKubeConfig

// EXTERNAL MODULE: ./src/core/kubeconfig-limits.ts
var kubeconfig_limits = __webpack_require__(41405);
// EXTERNAL MODULE: ./src/k8s/lookup.ts
var lookup = __webpack_require__(58580);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 874 modules
var dist = __webpack_require__(41547);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(37893);
// EXTERNAL MODULE: ./src/net/errors.ts
var errors = __webpack_require__(3688);
;// CONCATENATED MODULE: ./src/k8s/errors.ts
/**
 * Turns whatever the Kubernetes client throws (ApiException, undici network/TLS errors, aborts) into a
 * ClusterError with one line of cause and one line of fix. Never echoes response headers or credentials.
 */


const RBAC_EXAMPLE = 'examples/rbac.yaml';
/** Errors worth another attempt: throttling, server-side failures, dropped connections. */
function isRetryableKubeError(err) {
    const code = httpCode(err);
    if (code !== undefined)
        return code === 429 || code >= 500;
    const net = (0,errors/* networkErrorCode */.a0)(err);
    return net !== undefined && errors/* RETRYABLE_NETWORK_CODES */.FS.has(net);
}
/** Seconds the server asked us to wait (Retry-After on 429/503), if any. */
function retryAfterSeconds(err) {
    const headers = err?.headers;
    const raw = headers?.['retry-after'] ?? headers?.['Retry-After'];
    const seconds = raw === undefined ? NaN : Number(raw);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}
const UNREACHABLE_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EHOSTDOWN',
    'UND_ERR_CONNECT_TIMEOUT',
]);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
function httpCode(err) {
    const code = err?.code;
    return typeof code === 'number' ? code : undefined;
}
function causeWith(err, key) {
    let current = err;
    for (let depth = 0; current && depth < 5; depth++) {
        if (current[key] !== undefined)
            return current;
        const inner = current.errors;
        current = Array.isArray(inner) && inner.length > 0 ? inner[0] : current.cause;
    }
    return undefined;
}
/** The v1 Status object an API error carries (the client hands it over as text or parsed). */
function statusBody(err) {
    const body = err?.body;
    if (body && typeof body === 'object')
        return body;
    if (typeof body === 'string') {
        try {
            const parsed = JSON.parse(body);
            if (parsed && typeof parsed === 'object')
                return parsed;
        }
        catch {
            // not JSON (a proxy's HTML error page, …): ignore it rather than echo it
        }
    }
    return undefined;
}
/** Strips anything that looks like a credential and keeps one short line. */
function sanitizeForMessage(text, maxLength = 200) {
    const oneLine = text
        .replace(/(bearer|basic)\s+[\w\-.~+/=]+/gi, '$1 [redacted]')
        .replace(/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[redacted]')
        .replace(/(token|password|secret)(["']?\s*[:=]\s*["']?)[^\s"',}]+/gi, '$1$2[redacted]')
        .split('\n')[0]
        .trim();
    return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
}
function isAbort(err) {
    const name = err?.name;
    return name === 'AbortError' || name === 'TimeoutError';
}
/** A ClusterError that is an environment fault (see FaultKind in types.ts). */
function fault(message, fix) {
    return new types/* ClusterError */.b$(message, fix, { environmental: true });
}
/**
 * Translates an error from a Kubernetes API call into a ClusterError.
 * `action` says what was being done, e.g. "list pods in namespace shop".
 */
function translateKubeError(err, action) {
    if (err instanceof types/* ClusterError */.b$)
        return err;
    const code = httpCode(err);
    if (code !== undefined)
        return fromHttpStatus(code, statusBody(err), action);
    if (isAbort(err)) {
        return fault(`cannot ${action}: the API server did not answer in time`, 'check that the cluster is healthy and reachable (kubectl get --raw /readyz), then retry');
    }
    const net = (0,errors/* networkErrorCode */.a0)(err);
    if (net && UNREACHABLE_CODES.has(net)) {
        const where = causeWith(err, 'address') ?? causeWith(err, 'hostname');
        const host = where
            ? `${String(where.address ?? where.hostname)}${where.port ? `:${String(where.port)}` : ''}`
            : 'its address';
        return fault(`cannot ${action}: the API server at ${host} is unreachable (${net})`, "check the kubeconfig's server address, your network/VPN, and that the cluster is running");
    }
    if (net && TIMEOUT_CODES.has(net)) {
        return fault(`cannot ${action}: the API server did not answer in time (${net})`, 'check that the cluster is healthy and reachable (kubectl get --raw /readyz), then retry');
    }
    if (net && errors/* RETRYABLE_NETWORK_CODES */.FS.has(net)) {
        return fault(`cannot ${action}: the connection to the API server was reset (${net})`, 'a proxy, load balancer or the API server dropped the connection; check the cluster and retry');
    }
    if (net && isTlsCode(net)) {
        return fault(`cannot ${action}: TLS verification of the API server failed (${net})`, "the kubeconfig's certificate-authority data does not match the server's certificate: refresh the kubeconfig");
    }
    if (err instanceof SyntaxError) {
        // A 200 whose body is not JSON: something between us and the API server answered instead.
        return fault(`cannot ${action}: the API server's answer is not valid JSON (cut short, or not from a Kubernetes API server)`, "check the kubeconfig's server URL and any proxy in between (kubectl get --raw /version), then retry");
    }
    if (err instanceof TypeError && err.message === 'fetch failed') {
        // undici hides the reason when it refuses to connect at all (a blocked port such as :1, a bad URL).
        return fault(`cannot ${action}: could not connect to the API server (the connection was refused before it started)`, "check the kubeconfig's server address and port");
    }
    const message = err instanceof Error ? err.message : String(err);
    return fault(`cannot ${action}: ${sanitizeForMessage(message)}`, 'check the kubeconfig and that the cluster is reachable (kubectl version)');
}
function isTlsCode(code) {
    return (code.startsWith('ERR_TLS_') ||
        code.startsWith('ERR_SSL_') ||
        code.includes('CERT') ||
        code.includes('SELF_SIGNED') ||
        code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
        code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY');
}
function fromHttpStatus(code, status, action) {
    const serverSays = status?.message ? sanitizeForMessage(status.message) : undefined;
    switch (true) {
        case code === 401:
            return fault(`cannot ${action}: the API server rejected the credentials (HTTP 401 Unauthorized)`, 'refresh the token or client certificate in the kubeconfig (or its exec plugin), or choose another --context');
        case code === 403: {
            const missing = missingPermission(status?.message, action);
            return fault(`cannot ${action}: forbidden (HTTP 403)${serverSays ? `: ${serverSays}` : ''}`, `grant ${missing} to this user or service account: apply the least-privilege ClusterRole in ${RBAC_EXAMPLE}`);
        }
        case code === 404: {
            const name = status?.details?.name;
            const isNamespace = status?.details?.kind === 'namespaces' || /^namespaces? "/.test(status?.message ?? '');
            if (isNamespace && name) {
                return new types/* ClusterError */.b$(`namespace "${name}" not found (HTTP 404) while trying to ${action}`, 'check the namespaces setting against `kubectl get namespaces` (or the --context you use)');
            }
            return fault(`cannot ${action}: not found (HTTP 404)${serverSays ? `: ${serverSays}` : ''}`, 'check the namespace and that the server is a Kubernetes API server (the kubeconfig server URL)');
        }
        case code === 429:
            return fault(`cannot ${action}: the API server kept throttling requests (HTTP 429 Too Many Requests)`, 'the API server is overloaded or rate-limits this client (API priority and fairness); retry later');
        case code >= 500:
            return fault(`cannot ${action}: the API server failed (HTTP ${code}${serverSays ? `: ${serverSays}` : ''})`, 'check the control plane health (kubectl get --raw /readyz?verbose) and retry');
        default:
            return fault(`cannot ${action}: the API server answered HTTP ${code}${serverSays ? `: ${serverSays}` : ''}`, 'check the kubeconfig and the API server version (kubectl version)');
    }
}
/** "list" on "pods" (from the server's Forbidden message, else from the action's first two words). */
function missingPermission(serverMessage, action) {
    const m = serverMessage?.match(/cannot (\w+) resource "([^"]+)"(?: in API group "([^"]*)")?/);
    if (m) {
        const group = m[3] ? ` (API group "${m[3]}")` : '';
        return `"${m[1]}" on "${m[2]}"${group}`;
    }
    const [verb, resource] = action.split(' ');
    return resource ? `"${verb}" on "${resource}"` : 'the permissions';
}

;// CONCATENATED MODULE: ./src/k8s/connection.ts
/**
 * Owns the connection to a Kubernetes cluster: finding the kubeconfig (explicit path / inline YAML / base64,
 * KUBECONFIG, ~/.kube/config, in-cluster service account), choosing the context, building the API clients,
 * reading the cluster identity, and running every API call with a timeout, bounded retries and a deadline.
 */











const DEFAULT_RETRY_POLICY = {
    attempts: 4,
    initialDelayMs: 250,
    maxDelayMs: 4000,
    requestTimeoutMs: 20_000,
    deadlineMs: 60_000,
};

const NO_CONFIG_FIX = 'set KUBECONFIG, pass --kubeconfig, or run inside a cluster';
async function connectCluster(options) {
    const loaded = loadKubeConfig(options);
    const kubeConfig = loaded.kubeConfig;
    selectContext(loaded, options.context ?? null);
    const cluster = kubeConfig.getCurrentCluster();
    if (!cluster?.server) {
        throw new types/* ClusterError */.b$(`context "${kubeConfig.getCurrentContext()}" in ${loaded.source} has no cluster server`, 'fix the context\'s "cluster" entry (kubectl config view), or choose another --context');
    }
    if (cluster.server.startsWith('http:') && !cluster.skipTLSVerify) {
        throw new types/* ClusterError */.b$(`the cluster server ${cluster.server} uses plain HTTP`, 'use the https:// address of the API server in the kubeconfig');
    }
    const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const stats = { requests: 0 };
    const core = kubeConfig.makeApiClient(dist/* CoreV1Api */.f5Y);
    const apps = kubeConfig.makeApiClient(dist/* AppsV1Api */.eY6);
    const versionApi = kubeConfig.makeApiClient(dist/* VersionApi */.Nq_);
    const call = (action, send) => callWithRetry(retry, stats, action, send);
    const version = await call('read the server version (/version)', (o) => versionApi.getCode(o));
    return {
        kubeConfig,
        core,
        apps,
        identity: {
            server: cluster.server,
            context: kubeConfig.getCurrentContext(),
            version: version.gitVersion,
        },
        retry,
        stats,
        call,
    };
}
/** Explicit kubeconfig > KUBECONFIG > ~/.kube/config > in-cluster service account. */
function loadKubeConfig(options) {
    const env = options.env ?? process.env;
    const explicit = options.kubeconfig?.trim();
    // HOME first, as secrets.ts reads it (and a test or a wrapper can point it elsewhere).
    const home = options.homeDir ?? (env.HOME || external_node_os_.homedir());
    if (explicit)
        return loadExplicit((0,lookup/* expandHome */.kc)(explicit, home));
    const fromEnv = (env.KUBECONFIG ?? '').split(external_node_path_.delimiter).filter(Boolean);
    if (fromEnv.length > 0) {
        // Like kubectl: files that do not exist are skipped; the first one that does sets the context.
        const existing = fromEnv.filter((file) => external_node_fs_.existsSync(file));
        if (existing.length === 0) {
            throw new types/* ClusterError */.b$(`KUBECONFIG names ${fromEnv.map((f) => `"${f}"`).join(', ')}, and none of them exists`, 'point KUBECONFIG at an existing kubeconfig file, or pass --kubeconfig');
        }
        const kubeConfig = loadFile(existing[0], 'KUBECONFIG');
        for (const file of existing.slice(1))
            kubeConfig.mergeConfig(loadFile(file, 'KUBECONFIG'), true);
        return { kubeConfig, source: `KUBECONFIG (${existing.join(external_node_path_.delimiter)})` };
    }
    const homeConfig = home ? external_node_path_.join(home, '.kube', 'config') : '';
    if (homeConfig && external_node_fs_.existsSync(homeConfig)) {
        return { kubeConfig: loadFile(homeConfig, homeConfig), source: homeConfig };
    }
    const saDir = options.serviceAccountDir ?? lookup/* SERVICE_ACCOUNT_DIR */.Id;
    const host = env.KUBERNETES_SERVICE_HOST;
    const port = env.KUBERNETES_SERVICE_PORT;
    if (host && port && external_node_fs_.existsSync(external_node_path_.join(saDir, 'token'))) {
        return { kubeConfig: inClusterConfig(host, port, saDir), source: 'the in-cluster service account' };
    }
    throw new types/* ClusterError */.b$('no Kubernetes configuration found', NO_CONFIG_FIX);
}
function loadExplicit(value) {
    const source = '--kubeconfig';
    // Base64 first: a wrapped one (76 columns, as `base64` writes it) has newlines but is not YAML.
    const decoded = decodeBase64Yaml(value);
    if (decoded !== undefined)
        return { kubeConfig: parseKubeconfig(decoded, `${source} (base64)`), source };
    if (looksLikeYaml(value))
        return { kubeConfig: parseKubeconfig(value, `${source} (inline YAML)`), source };
    if (!external_node_fs_.existsSync(value)) {
        throw new types/* ClusterError */.b$(`kubeconfig file "${value}" does not exist`, 'pass --kubeconfig a kubeconfig path, its YAML, or its base64 encoding');
    }
    return { kubeConfig: loadFile(value, value), source: value };
}
function looksLikeYaml(value) {
    return (value.includes('\n') ||
        value.startsWith('{') ||
        /^(apiVersion|kind|clusters|contexts|users)\s*:/m.test(value));
}
function decodeBase64Yaml(value) {
    const text = (0,kubeconfig_limits/* decodeWrappedBase64 */.Bz)(value);
    if (text === undefined)
        return undefined;
    return /^(apiVersion|kind|clusters|contexts|users|current-context)\s*:/m.test(text) ||
        text.trim().startsWith('{')
        ? text
        : undefined;
}
function loadFile(file, source) {
    let text;
    try {
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new types/* ClusterError */.b$(`cannot read kubeconfig "${file}" (${err.code ?? 'read error'})`, 'check the path and its permissions');
    }
    const kubeConfig = parseKubeconfig(text, source);
    kubeConfig.makePathsAbsolute(external_node_path_.dirname(file));
    return kubeConfig;
}
/** Parses kubeconfig text; errors name the line, never quote the text (it may hold a token). */
function parseKubeconfig(text, source) {
    if (text.trim() === '') {
        throw new types/* ClusterError */.b$(`kubeconfig from ${source} is empty`, 'use a kubeconfig with a cluster, a user and a context (kubectl config view --minify --raw)');
    }
    if (Buffer.byteLength(text) > kubeconfig_limits/* MAX_KUBECONFIG_BYTES */.PX) {
        throw new types/* ClusterError */.b$(`kubeconfig from ${source} is larger than ${kubeconfig_limits/* MAX_KUBECONFIG_BYTES */.PX / 1024 / 1024} MiB`, 'use a kubeconfig with one cluster, user and context (kubectl config view --minify --raw)');
    }
    let parsed;
    try {
        parsed = js_yaml/* load */.Hh(text, kubeconfig_limits/* KUBECONFIG_YAML_OPTIONS */.BC);
    }
    catch (err) {
        const e = err;
        const where = e.mark?.line !== undefined ? ` at line ${e.mark.line + 1}` : '';
        throw new types/* ClusterError */.b$(`kubeconfig from ${source} is not valid YAML${where}${e.reason ? ` (${e.reason})` : ''}`, 'check the file with `kubectl config view --kubeconfig <file>`');
    }
    if (!parsed || typeof parsed !== 'object') {
        throw new types/* ClusterError */.b$(`kubeconfig from ${source} is empty`, 'use a kubeconfig with a cluster, a user and a context (kubectl config view --minify --raw)');
    }
    const kubeConfig = new dist/* KubeConfig */.ypW();
    try {
        kubeConfig.loadFromString(text);
    }
    catch (err) {
        throw new types/* ClusterError */.b$(`kubeconfig from ${source} is malformed (${err.message.split('\n')[0]})`, 'check the file with `kubectl config view --kubeconfig <file>`');
    }
    return kubeConfig;
}
function selectContext(loaded, requested) {
    const { kubeConfig, source } = loaded;
    const names = kubeConfig.getContexts().map((c) => c.name);
    const available = names.length ? `available: ${names.join(', ')}` : 'it defines no contexts';
    if (names.length === 0) {
        throw new types/* ClusterError */.b$(`kubeconfig from ${source} defines no contexts`, 'use a kubeconfig with a cluster, a user and a context (kubectl config view --minify --raw)');
    }
    if (requested) {
        if (!names.includes(requested)) {
            throw new types/* ClusterError */.b$(`context "${requested}" not found in ${source} (${available})`, 'pass an existing --context');
        }
        kubeConfig.setCurrentContext(requested);
        return;
    }
    const current = kubeConfig.getCurrentContext();
    if (!current) {
        throw new types/* ClusterError */.b$(`kubeconfig from ${source} has no current-context`, `pass --context (${available}) or run \`kubectl config use-context <name>\``);
    }
    if (!names.includes(current)) {
        throw new types/* ClusterError */.b$(`current-context "${current}" is not defined in ${source} (${available})`, 'pass an existing --context, or fix current-context in the kubeconfig');
    }
}
/** The same shape client-node's loadFromCluster builds, but reading the environment we were given. */
function inClusterConfig(host, port, saDir) {
    const kubeConfig = new dist/* KubeConfig */.ypW();
    const serverHost = host.includes(':') ? `[${host}]` : host;
    const namespaceFile = external_node_path_.join(saDir, 'namespace');
    kubeConfig.loadFromOptions({
        clusters: [
            {
                name: 'inCluster',
                server: `https://${serverHost}:${port}`,
                caFile: external_node_path_.join(saDir, 'ca.crt'),
                skipTLSVerify: false,
            },
        ],
        users: [
            {
                name: 'inClusterUser',
                authProvider: { name: 'tokenFile', config: { tokenFile: external_node_path_.join(saDir, 'token') } },
            },
        ],
        contexts: [
            {
                name: 'inClusterContext',
                cluster: 'inCluster',
                user: 'inClusterUser',
                namespace: external_node_fs_.existsSync(namespaceFile) ? external_node_fs_.readFileSync(namespaceFile, 'utf8').trim() : undefined,
            },
        ],
        currentContext: 'inClusterContext',
    });
    return kubeConfig;
}
/** One API call under the connection's policy: a timeout per attempt, jittered retries, an overall deadline. */
function callWithRetry(policy, stats, action, send) {
    return (0,retry/* withRetry */.bD)(policy, (signal) => send(withSignal(signal)), {
        retryable: isRetryableKubeError,
        retryAfterMs: (err) => {
            const seconds = retryAfterSeconds(err);
            return seconds === undefined ? undefined : seconds * 1000;
        },
        deadlineExceeded: () => new types/* ClusterError */.b$(`cannot ${action}: the API server did not answer within ${(0,duration/* formatDuration */.a)(policy.deadlineMs)}`, 'check that the cluster is healthy and reachable (kubectl get --raw /readyz), then retry', { environmental: true }),
        failed: (err, attempts) => {
            const translated = translateKubeError(err, action);
            if (attempts === undefined)
                return translated;
            return new types/* ClusterError */.b$(`${translated.message} (gave up after ${attempts} attempts)`, translated.fix, {
                environmental: translated.environmental,
            });
        },
        onAttempt: () => stats.requests++,
    });
}
function withSignal(signal) {
    const middleware = {
        pre: (context) => {
            context.setSignal(signal);
            return new dist/* Observable */.cPK(Promise.resolve(context));
        },
        post: (response) => new dist/* Observable */.cPK(Promise.resolve(response)),
    };
    // 'append' keeps the client's own middleware (its User-Agent header).
    return { middleware: [middleware], middlewareMergeStrategy: 'append' };
}


/***/ })

};
