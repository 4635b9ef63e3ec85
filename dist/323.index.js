export const id = 323;
export const ids = [323];
export const modules = {

/***/ 17323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   podProxyFetcher: () => (/* binding */ podProxyFetcher)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_SCRAPE_BYTES, formatBytes */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41547);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87176);
/* harmony import */ var _net_body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27739);
/* harmony import */ var _net_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3688);
/**
 * Fetching one sidecar scrape: GET :15020/stats/prometheus through the API server's pod proxy, aborted when it
 * takes too long, refused past a size cap and refused when it redirects, with failures translated into a cause
 * and a fix. The API server passes a pod's redirect on, and the client would follow it: a meshed pod could send
 * the scrape (with the API server's credentials, when the target is the API server itself) anywhere. A scrape
 * never needs a redirect, so none is followed.
 */




/** A sidecar's /stats/prometheus is a few MiB even with every cluster stat on; more is a fault or an attack. */
const DEFAULT_MAX_SCRAPE_BYTES = 64 * 1024 * 1024;
/** A Location header as a message may show it: one line, short, no query string (it may carry a token). */
function oneLineLocation(location) {
    const flat = location.replace(/[\s\x00-\x1f\x7f]+/g, ' ').split('?')[0];
    return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}
/** 67108864 → "64 MiB", for messages. */
function formatBytes(bytes) {
    for (const [unit, size] of [
        ['GiB', 1024 ** 3],
        ['MiB', 1024 ** 2],
        ['KiB', 1024],
    ]) {
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size} ${unit}`;
    }
    return `${bytes} bytes`;
}
/**
 * Fetches a sidecar's metrics through GET /api/v1/namespaces/{ns}/pods/{pod}:{port}/proxy/{path}
 * (needs `get` on `pods/proxy`). No exec into the proxy container: modern proxies are distroless.
 */
function podProxyFetcher(core) {
    return async (namespace, pod, port, path, limits = {}) => {
        let body;
        const maxBytes = limits.maxBytes ?? DEFAULT_MAX_SCRAPE_BYTES;
        const tooLarge = () => new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`The sidecar of pod ${namespace}/${pod} sent more than the ${formatBytes(maxBytes)} scrape cap on :${port}/${path}; the scrape was dropped.`, 'If the pod really exports that much, raise sidecars.maxScrapeSize in the config file; otherwise narrow its proxyStatsMatcher.');
        try {
            body = await core.connectGetNamespacedPodProxyWithPath({ name: `${pod}:${port}`, namespace, path }, limitedCall(limits.signal, maxBytes, tooLarge));
        }
        catch (err) {
            throw podProxyError(err, namespace, pod, port);
        }
        if (typeof body !== 'string') {
            throw new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`The sidecar of pod ${namespace}/${pod} answered on :${port}/${path} with something other than text.`, "Check that port 15020 is the Istio agent (the pod's prometheus.io/port annotation).");
        }
        return body;
    };
}
/** A pod answered its scrape with a redirect: refused, never followed. */
class RedirectRefused extends Error {
    status;
    location;
    constructor(status, location) {
        super(`redirect refused (HTTP ${status})`);
        this.status = status;
        this.location = location;
    }
}
/**
 * The request's dispatcher (the kubeconfig's TLS dispatcher, else the client's global one) wrapped so that a 3xx answer
 * aborts the request instead of reaching fetch, which would follow it. The response is stopped before its body.
 */
function refusingRedirects(inner) {
    return {
        dispatch(options, handler) {
            const guarded = new Proxy(handler, {
                get(target, property) {
                    const value = target[property];
                    if (property === 'onResponseStart' && typeof value === 'function') {
                        const start = (controller, status, headers, statusText) => {
                            if (status >= 300 && status < 400) {
                                const location = headers['location'];
                                controller.abort(new RedirectRefused(status, Array.isArray(location) ? location[0] : location));
                                return;
                            }
                            value.call(target, controller, status, headers, statusText);
                        };
                        return start;
                    }
                    return typeof value === 'function' ? value.bind(target) : value;
                },
            });
            return inner.dispatch(options, guarded);
        },
    };
}
/** The client library's global dispatcher (undici's dispatcher API version 2), used when a request sets none. */
const CLIENT_GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.2');
/**
 * Per-call options for the generated client: the abort signal on the request, no redirect followed, and a
 * response body read from its stream that stops (and cancels the stream) past `maxBytes`, before the whole body
 * is buffered.
 */
function limitedCall(signal, maxBytes, tooLarge) {
    const middleware = {
        pre: (context) => {
            if (signal)
                context.setSignal(signal);
            const dispatcher = (context.getDispatcher() ??
                globalThis[CLIENT_GLOBAL_DISPATCHER]);
            if (dispatcher)
                context.setDispatcher(refusingRedirects(dispatcher));
            return new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .Observable */ .cPK(Promise.resolve(context));
        },
        post: (response) => {
            const original = response.body;
            const read = () => (0,_net_body_js__WEBPACK_IMPORTED_MODULE_3__/* .readCappedStream */ .Ko)(original.stream(), maxBytes, Number(response.headers['content-length'])).catch((err) => {
                throw err instanceof _net_body_js__WEBPACK_IMPORTED_MODULE_3__/* .BodyTooLarge */ .KQ ? tooLarge() : err;
            });
            response.body = {
                stream: () => original.stream(),
                binary: async () => Buffer.from(await read()),
                text: async () => new TextDecoder().decode(await read()),
            };
            return new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .Observable */ .cPK(Promise.resolve(response));
        },
    };
    // 'append' keeps the client's own middleware (its User-Agent header).
    return { middleware: [middleware], middlewareMergeStrategy: 'append' };
}
/** The RedirectRefused behind a failed fetch (its cause, or the cause's cause), if any. */
function redirectIn(err) {
    for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
        if (e instanceof RedirectRefused)
            return e;
    }
    return undefined;
}
function podProxyError(err, namespace, pod, port) {
    if (err instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj)
        return err;
    const where = `pod ${namespace}/${pod} (:${port} via the API server's pod proxy)`;
    const redirect = redirectIn(err);
    if (redirect) {
        const to = redirect.location ? ` to ${oneLineLocation(redirect.location)}` : '';
        return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Scraping ${where} answered with a redirect (HTTP ${redirect.status}${to}): refused, a scrape follows no redirect.`, 'Check what serves port 15020 in that pod: an Istio sidecar answers /stats/prometheus itself.');
    }
    if (err instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4) {
        const code = err.code;
        switch (code) {
            case 401:
                return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`The API server refused the credentials while scraping ${where} (HTTP 401).`, 'Refresh the kubeconfig credentials or the service account token.');
            case 403:
                return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Not allowed to scrape ${where} (HTTP 403).`, `Grant get on pods/proxy in namespace ${namespace} to SMAnalyzer's identity.`);
            case 404:
                return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`The API server could not find ${where} (HTTP 404): the pod is gone or the path is not served.`, 'Nothing to do if the pod was just replaced; otherwise check that it runs an Istio sidecar.');
            default:
                return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Scraping ${where} failed with HTTP ${code}.`, code >= 500
                    ? 'Check that the sidecar is running and ready; the API server could not reach it.'
                    : 'Check the API server and the pod.');
        }
    }
    const code = (0,_net_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .networkErrorCode */ .a0)(err);
    return new _core_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsError */ .kj(`Scraping ${where} failed: ${(0,_net_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}${code ? ` (${code})` : ''}.`, 'Check the connection to the API server.');
}


/***/ })

};
