export const id = 40;
export const ids = [40];
export const modules = {

/***/ 72040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVersionComparison: () => (/* binding */ runVersionComparison)
/* harmony export */ });
/* unused harmony export analyseVersions */
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56280);
/* harmony import */ var _core_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14888);
/* harmony import */ var _core_judge_service_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43197);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88557);
/* harmony import */ var _core_series_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34990);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87176);
/* harmony import */ var _render_finding_words_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88169);
/* harmony import */ var _preflight_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1424);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(27078);
/* harmony import */ var _rollouts_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1993);
/**
 * `scan --compare-versions`: each rollout's new version judged against its old one alone, with no baseline —
 * Kayenta's canary judgement, for a team that has no baseline yet. The same collection as a scan (versions, and
 * the window before the deploy to tell which version is new), the same comparison as beside a baseline; only the
 * services that ran two versions are reported. Nothing else is judged: a service with one version is not this
 * mode's business, and the report says when no service ran two.
 */










/** Judges the rollouts in one collected window (and the one before the deploy) against themselves. Pure. */
function analyseVersions(collected, config, extra) {
    const inRollout = new Set((collected.versions ?? []).map((v) => (0,_core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .serviceId */ .fH)(v.service)));
    const services = collected.services
        .filter((series) => inRollout.has((0,_core_types_js__WEBPACK_IMPORTED_MODULE_5__/* .serviceId */ .fH)(series.service)))
        .map((series) => ({
        key: series.service,
        verdict: {
            status: 'ok',
            requests: (0,_core_series_js__WEBPACK_IMPORTED_MODULE_4__/* .totalRequests */ .Xi)(series),
            findings: [],
            metrics: (0,_core_judge_service_js__WEBPACK_IMPORTED_MODULE_2__/* .summarizeMetrics */ .VX)(series, null),
        },
    }));
    const rolled = (0,_rollouts_js__WEBPACK_IMPORTED_MODULE_9__/* .withRollouts */ .R)(collected, extra.reference?.collected ?? null, services, config);
    const judged = rolled.services.filter((s) => rolled.rollouts.some((r) => r.namespace === s.key.namespace && r.service === s.key.name));
    const notes = [
        "compared versions only (--compare-versions): no baseline was read, so each rollout's new version is judged against its old one alone",
        ...(rolled.rollouts.length === 0
            ? [
                "no service ran two versions in the window: nothing to compare (a rollout shows as two values of the mesh's version label; give --new-version to name one)",
            ]
            : []),
        ...collected.notes,
        ...(extra.notes ?? []),
    ];
    const decision = (0,_core_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .decideVerdict */ .A)({
        findings: judged.flatMap((s) => s.verdict.findings),
        statuses: judged.map((s) => s.verdict.status),
        partial: collected.partial,
        youngRollouts: rolled.young,
    }, config.gate);
    const report = (0,_core_report_js__WEBPACK_IMPORTED_MODULE_3__/* .assembleReport */ .x)({
        window: { from: collected.from, to: collected.to },
        reference: extra.reference?.window ?? null,
        source: collected.source,
        ...(collected.mesh ? { mesh: collected.mesh } : {}),
        cluster: extra.cluster ?? null,
        partial: collected.partial,
        baseline: null,
        services: judged,
        decision,
        policy: config.gate,
        notes,
        now: extra.now,
        describe: _render_finding_words_js__WEBPACK_IMPORTED_MODULE_6__/* .describeFinding */ .jb,
    });
    return rolled.rollouts.length > 0 ? { ...report, rollouts: rolled.rollouts } : report;
}
/** The scan with no baseline: collect the window (and the one before the deploy), judge the rollouts. */
async function runVersionComparison(ctx, steps) {
    const { config } = ctx;
    const duration = Math.max(config.scanDurationMs, 2 * config.stepMs);
    // A bad --from/--to fails here, before the cluster or Prometheus is asked anything.
    const planned = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveWindow */ .LI)({ from: ctx.window?.from, to: ctx.window?.to, durationMs: duration }, ctx.now());
    (0,_preflight_js__WEBPACK_IMPORTED_MODULE_7__/* .checkOutputsWritable */ .Pe)(ctx.outputs ?? []);
    const deployedAt = (0,_reference_js__WEBPACK_IMPORTED_MODULE_8__/* .plannedDeployTime */ .$y)(config, ctx.window, ctx.deployedAt, duration, config.stepMs, ctx.now());
    const env = await steps.prepare(ctx, deployedAt ?? undefined);
    await (0,_preflight_js__WEBPACK_IMPORTED_MODULE_7__/* .preflightScan */ .hm)({
        source: env.source,
        inventory: env.inventory,
        baseline: null,
        baselinePath: config.baselinePath,
        namespaces: config.namespaces,
        window: planned,
        sourceUrl: (0,_preflight_js__WEBPACK_IMPORTED_MODULE_7__/* .displayUrl */ .Qy)(config.prometheus.url),
        signal: ctx.signal,
    });
    const collected = await steps.collectWindow(ctx, env, duration, config.stepMs, env.inventory?.services, 'scan');
    const notes = [];
    let reference = null;
    if (deployedAt !== null) {
        const read = await (0,_reference_js__WEBPACK_IMPORTED_MODULE_8__/* .readReference */ .Wf)(env.source, deployedAt, config, collected.stepMs, env.inventory?.services, ctx.signal);
        if (read.collected)
            reference = read;
        else
            notes.push(read.note);
    }
    return analyseVersions(collected, config, {
        cluster: env.connection?.identity ?? null,
        now: ctx.now(),
        notes,
        reference,
    });
}


/***/ })

};
