export const id = 90;
export const ids = [90];
export const modules = {

/***/ 98090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   probePrometheus: () => (/* binding */ probePrometheus)
/* harmony export */ });
/* harmony import */ var _mesh_queries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93677);
/* harmony import */ var _mesh_detect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24938);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87176);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69964);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5555);
/**
 * Prometheus at a glance for `status`: does it answer, which mesh's request metrics it holds for the namespaces
 * asked (how many services in the last hour), and at what interval they are scraped. Each answer within 5 s.
 */





const HOUR_MS = 3_600_000;
const INTERVAL_WINDOW_MS = 10 * 60_000;
async function probePrometheus(config, now) {
    const url = (0,_failures_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrlOf */ .J$)(config.prometheus.url) ?? config.prometheus.url;
    const source = new _source_js__WEBPACK_IMPORTED_MODULE_4__.PrometheusSource({
        ...config.prometheus,
        url: config.prometheus.url,
        mesh: config.mesh,
    });
    const client = source.client;
    const context = () => ({
        deadline: Date.now() + _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PREFLIGHT_TIMEOUT_MS */ .lA,
        deadlineMs: _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PREFLIGHT_TIMEOUT_MS */ .lA,
        signal: AbortSignal.timeout(_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PREFLIGHT_TIMEOUT_MS */ .lA),
    });
    try {
        const window = { from: now - HOUR_MS, to: now, signal: AbortSignal.timeout(_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PREFLIGHT_TIMEOUT_MS */ .lA) };
        const dialect = await source.dialect(window).catch((error) => {
            // It answers, and holds no mesh's series: reachable, with nothing to read.
            if (error instanceof _mesh_detect_js__WEBPACK_IMPORTED_MODULE_1__/* .NoMeshMetrics */ .m)
                return null;
            throw error;
        });
        if (!dialect)
            return { status: { url, reachable: true, services: 0, scrapeIntervalSeconds: null }, failure: null };
        const scope = { dialect, namespaces: config.namespaces };
        const services = await source.listServices({ ...window, namespaces: config.namespaces });
        const perWindow = Number((await client.query((0,_mesh_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .scrapeIntervalQuery */ .t_)(scope, INTERVAL_WINDOW_MS), now, context()))[0]?.value[1]);
        // Shown as the interval people set (30s, not the 29s a range holding both ends' samples would give).
        const interval = (0,_mesh_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .scrapeIntervalSeconds */ .LN)(perWindow, INTERVAL_WINDOW_MS);
        return {
            status: {
                url,
                reachable: true,
                mesh: dialect.name,
                services: services.length,
                scrapeIntervalSeconds: interval?.roundedDown || null,
            },
            failure: null,
        };
    }
    catch (error) {
        const failure = error instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .UserFacingError */ .Ui
            ? error
            : new _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .UserFacingError */ .Ui('metrics', `Prometheus at ${url} did not answer within ${_core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PREFLIGHT_TIMEOUT_MS */ .lA / 1000} s`, 'check --prometheus-url, that the server is running and reachable from here, and its load');
        return { status: { url, reachable: false, error: `${failure.message} (${failure.fix})` }, failure };
    }
    finally {
        await source.close();
    }
}


/***/ })

};
