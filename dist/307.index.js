export const id = 307;
export const ids = [307];
export const modules = {

/***/ 61307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderStatusText: () => (/* binding */ renderStatusText),
  statusToJson: () => (/* binding */ statusToJson)
});

// UNUSED EXPORTS: formatAge

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/render/activity.ts
/**
 * `status`'s "Recent activity" (issue 15): anomaly counts for the last hour, 24 hours and 7 days, and the last
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
;// CONCATENATED MODULE: ./src/render/status.ts
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
function prometheusLines(p) {
    if (!p)
        return [];
    if (!p.reachable)
        return [`Prometheus   ${p.url}: unreachable: ${p.error ?? 'no answer'}`];
    const interval = p.scrapeIntervalSeconds
        ? `scraped every ${p.scrapeIntervalSeconds}s`
        : 'scrape interval unknown';
    return [
        p.mesh
            ? `Prometheus   ${p.url}: reachable, ${dialects/* MESH_DIALECTS */.S[p.mesh].title} metrics for ${p.services} service${p.services === 1 ? '' : 's'} in the last hour, ${interval}`
            : `Prometheus   ${p.url}: reachable, no mesh metrics in the last hour (Istio, Istio ambient, Linkerd)`,
    ];
}
function renderStatusText(status) {
    const lines = [
        ...clusterLines(status),
        ...prometheusLines(status.prometheus),
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
            pods: s.pods,
        })),
        unmeshedServices: inv?.unmeshedServices ?? 0,
        ...(status.prometheus ? { prometheus: { ...status.prometheus } } : {}),
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


/***/ })

};
