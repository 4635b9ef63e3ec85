export const id = 242;
export const ids = [242];
export const modules = {

/***/ 24938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ noMeshMetricsError),
/* harmony export */   R1: () => (/* binding */ meshOfProxies),
/* harmony export */   l5: () => (/* binding */ detectMesh),
/* harmony export */   m: () => (/* binding */ NoMeshMetrics)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87176);
/* harmony import */ var _dialects_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23709);
/**
 * Which mesh a cluster or a Prometheus holds, when `--mesh auto` asks: from the proxies discovery found, or from
 * which dialects' series exist. Pure.
 */


/**
 * The dialect whose series a Prometheus holds: ambient where any waypoint reports L7, sidecar Istio where sidecars
 * do, ambient again where Istio holds only ztunnel's L4 series, Linkerd where its proxies report inbound traffic.
 */
function detectMesh(present) {
    const { istio, 'istio-ambient': ambient, linkerd } = _dialects_index_js__WEBPACK_IMPORTED_MODULE_1__.MESH_DIALECTS;
    const l7 = (dialect, value) => present(dialect.metrics.requests, dialect.server.label, value);
    if (ambient.server.values.some((value) => !istio.server.values.includes(value) && l7(ambient, value)))
        return 'istio-ambient';
    if (istio.server.values.some((value) => l7(istio, value)))
        return 'istio';
    const l4 = ambient.l4;
    if (l4.values.some((value) => present(l4.connections, l4.label, value)))
        return 'istio-ambient';
    if (linkerd.server.values.some((value) => l7(linkerd, value)))
        return 'linkerd';
    return null;
}
/** The series each dialect would need, for the message when none is there. */
function expectedSeries(dialect) {
    const dialects = dialect ? [_dialects_index_js__WEBPACK_IMPORTED_MODULE_1__.MESH_DIALECTS[dialect]] : Object.values(_dialects_index_js__WEBPACK_IMPORTED_MODULE_1__.MESH_DIALECTS);
    const names = new Map();
    for (const one of dialects) {
        names.set(one.metrics.requests, [...(names.get(one.metrics.requests) ?? []), one.title]);
        if (one.l4)
            names.set(one.l4.connections, [...(names.get(one.l4.connections) ?? []), `${one.title} L4`]);
    }
    return [...names].map(([metric, titles]) => `${metric} (${titles.join(', ')})`).join(', ');
}
/** No mesh series where the source looked (a server that answers, holding none). */
class NoMeshMetrics extends _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricsError */ .kj {
}
/** No mesh series where the source looked: what it looked for, and what to check. */
function noMeshMetricsError(server, window, dialect) {
    const where = window.namespaces && window.namespaces.length > 0 ? ` in namespaces ${window.namespaces.join(', ')}` : '';
    return new NoMeshMetrics(`no mesh metrics found at ${server}${where} between ${new Date(window.from).toISOString()} and ` +
        `${new Date(window.to).toISOString()}: none of ${expectedSeries(dialect?.name)}`, 'check that this Prometheus scrapes the mesh proxies, the --mesh, --namespace and --from/--to settings', { environmental: false });
}
/** The dialect of the proxies discovery found: Linkerd's, ambient Istio's (any ambient pod), else sidecar Istio's. */
function meshOfProxies(counts) {
    if (counts.linkerd > counts.sidecar + counts.ambient)
        return 'linkerd';
    if (counts.ambient > 0)
        return 'istio-ambient';
    if (counts.sidecar > 0)
        return 'istio';
    return counts.linkerd > 0 ? 'linkerd' : null;
}


/***/ }),

/***/ 19242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  discoverMesh: () => (/* binding */ discoverMesh)
});

// UNUSED EXPORTS: PAGE_SIZE

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/core/types.ts + 1 modules
var types = __webpack_require__(87176);
// EXTERNAL MODULE: ./src/mesh/dialects/istio.ts
var istio = __webpack_require__(45849);
// EXTERNAL MODULE: ./src/mesh/dialects/linkerd.ts
var linkerd = __webpack_require__(68864);
;// CONCATENATED MODULE: ./src/mesh/control-plane.ts



/** The control planes to look for, each by its own label selector. */
const CONTROL_PLANES = [
    { mesh: 'istio', dialect: istio/* ISTIO */.B },
    { mesh: 'linkerd', dialect: linkerd/* LINKERD */.e },
];
/** "docker.io/istio/pilot:1.22.3-distroless" → "1.22.3"; undefined when pinned by digest only. */
function istioVersionFromImage(image) {
    if (!image)
        return undefined;
    const withoutDigest = image.split('@')[0];
    const lastSlash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    if (colon <= lastSlash)
        return undefined;
    const tag = withoutDigest.slice(colon + 1).replace(/-(distroless|debug)$/, '');
    return tag || undefined;
}
/** Whether a Deployment is a control plane's version-telling component (istiod; Linkerd's destination). */
function controlPlaneOf(d) {
    const labels = d.metadata?.labels ?? {};
    return (CONTROL_PLANES.find(({ dialect }) => Object.entries(dialect.discovery.controlPlane.isControlPlane).every(([k, v]) => labels[k] === v)) ?? (labels.istio === 'pilot' ? CONTROL_PLANES[0] : undefined));
}
function replicaCounts(d) {
    return { ready: d.status?.readyReplicas ?? 0, total: d.spec?.replicas ?? d.status?.replicas ?? 0 };
}
/**
 * The control plane: the preferred mesh's (the one the pods speak), else the first found. Istio's istiod
 * revisions and version, Linkerd's destination controller; readiness summed over its replicas.
 */
function describeControlPlane(deployments, prefer) {
    const found = deployments.filter((d) => controlPlaneOf(d) !== undefined);
    const meshes = [...new Set(found.map((d) => controlPlaneOf(d).mesh))];
    const mesh = prefer && meshes.includes(prefer) ? prefer : meshes[0];
    const notes = [];
    if (!mesh) {
        notes.push('no mesh control plane (istiod, linkerd-destination) found in any namespace: it may be external (remote cluster, managed mesh) or missing');
        return { controlPlane: { found: false, revisions: [], replicasReady: 0, replicas: 0 }, notes };
    }
    const { dialect } = CONTROL_PLANES.find((one) => one.mesh === mesh);
    const planes = found.filter((d) => controlPlaneOf(d).mesh === mesh);
    const revisionOf = (d) => d.metadata?.labels?.['istio.io/rev'] ?? 'default';
    // The default revision first: it is the one unlabelled namespaces use.
    planes.sort((a, b) => Number(revisionOf(b) === 'default') - Number(revisionOf(a) === 'default'));
    const container = dialect.discovery.controlPlane.versionContainer;
    const versions = [
        ...new Set(planes
            .map((d) => d.spec?.template?.spec?.containers?.find((c) => c.name === container)?.image)
            .map(istioVersionFromImage)
            .filter((v) => v !== undefined)),
    ];
    const name = mesh === 'istio' ? 'istiod' : 'linkerd-destination';
    if (versions.length > 1)
        notes.push(`${name} revisions run different versions: ${versions.join(', ')}`);
    const replicasReady = planes.reduce((sum, d) => sum + replicaCounts(d).ready, 0);
    const replicas = planes.reduce((sum, d) => sum + replicaCounts(d).total, 0);
    if (replicasReady < replicas)
        notes.push(`${name}: ${replicasReady} of ${replicas} replicas ready`);
    return {
        controlPlane: {
            found: true,
            mesh,
            namespace: planes[0].metadata?.namespace,
            revisions: [...new Set(planes.map(revisionOf))].sort(),
            version: versions[0],
            replicasReady,
            replicas,
        },
        notes,
    };
}
function describeGateways(deployments) {
    return deployments
        .filter((d) => controlPlaneOf(d) === undefined && d.metadata?.labels?.istio !== undefined)
        .filter((d) => {
        const containers = d.spec?.template?.spec?.containers ?? [];
        const role = d.metadata?.labels?.istio ?? '';
        return /gateway|ingress|egress/.test(role) || containers.some((c) => c.args?.includes('router'));
    })
        .map((d) => {
        const name = d.metadata?.name ?? '';
        const role = d.metadata?.labels?.istio ?? '';
        const kind = /egress/.test(role) || /egress/.test(name) ? 'egress' : 'ingress';
        const { ready, total } = replicaCounts(d);
        return { namespace: d.metadata?.namespace ?? '', name, kind, ready, total };
    })
        .sort(types/* compareServiceKeys */.dt);
}

// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
// EXTERNAL MODULE: ./src/mesh/dialects/istio-ambient.ts
var istio_ambient = __webpack_require__(37904);
// EXTERNAL MODULE: ./src/mesh/dialects/index.ts
var dialects = __webpack_require__(23709);
// EXTERNAL MODULE: ./src/mesh/detect.ts
var detect = __webpack_require__(24938);
;// CONCATENATED MODULE: ./src/mesh/pod-roles.ts



/** The meshes whose proxies run in the pod (a container, or a native sidecar), by their discovery hints. */
const PROXY_MESHES = [
    { dialect: istio/* ISTIO */.B, role: 'sidecar' },
    { dialect: linkerd/* LINKERD */.e, role: 'linkerd' },
];
const ENROLMENT = istio_ambient/* ISTIO_AMBIENT */.K.discovery.enrolment;
/** Istio labels a waypoint's pods with the Gateway they run, and marks them managed by its mesh controller. */
const GATEWAY_NAME_LABEL = 'gateway.networking.k8s.io/gateway-name';
const runsContainer = (containers, name, native) => (containers ?? []).some((c) => c.name === name && (!native || c.restartPolicy === 'Always'));
/** Whether a pod runs a mesh's proxy: as a container, a native sidecar (an init container that keeps running), or by its injector's annotation. */
function runsProxy(pod, dialect) {
    const { proxyContainer, injectedAnnotation } = dialect.discovery;
    return (runsContainer(pod.spec?.containers, proxyContainer, false) ||
        runsContainer(pod.spec?.initContainers, proxyContainer, true) ||
        (injectedAnnotation !== undefined && pod.metadata?.annotations?.[injectedAnnotation] !== undefined));
}
/** Whether a pod is a waypoint proxy (a Gateway of class istio-waypoint, run by Istio). */
function isWaypointPod(pod) {
    const labels = pod.metadata?.labels ?? {};
    return (Boolean(labels[GATEWAY_NAME_LABEL]) && labels['gateway.istio.io/managed'] === 'istio.io-mesh-controller');
}
/** Gateways, waypoints, ztunnel and the control planes are the mesh's machinery, not workloads to analyse. */
function isInfrastructurePod(pod) {
    const labels = pod.metadata?.labels ?? {};
    if (labels.app === 'istiod' || labels.istio === 'pilot' || labels.app === 'ztunnel')
        return true;
    if (labels['gateway.istio.io/managed'] || labels['istio.io/gateway-name'])
        return true;
    if (labels[linkerd/* LINKERD */.e.discovery.controlPlane.labelSelector])
        return true;
    const proxy = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c) => c.name === istio/* ISTIO */.B.discovery.proxyContainer);
    return Boolean(proxy?.args?.includes('router'));
}
/**
 * How a pod takes part in the mesh. A proxy in the pod wins over ambient enrolment: istio-cni skips pods that
 * have a sidecar.
 */
function classifyPod(pod, namespaceLabels = {}) {
    if (isInfrastructurePod(pod))
        return 'infrastructure';
    for (const { dialect, role } of PROXY_MESHES)
        if (runsProxy(pod, dialect))
            return role;
    const podMode = pod.metadata?.labels?.[ENROLMENT.label];
    if (podMode === 'none')
        return 'unmeshed';
    if (podMode === ENROLMENT.value || namespaceLabels[ENROLMENT.label] === ENROLMENT.value)
        return 'ambient';
    return 'unmeshed';
}
/** Running and its Ready condition true. */
function isPodReady(pod) {
    if (pod.status?.phase !== 'Running')
        return false;
    return (pod.status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}
/** Terminating pods are leaving; finished pods (Succeeded/Failed) serve nothing. */
function isLive(pod) {
    if (pod.metadata?.deletionTimestamp)
        return false;
    const phase = pod.status?.phase;
    return phase !== 'Succeeded' && phase !== 'Failed';
}
function selects(selector, labels) {
    const l = labels ?? {};
    return Object.entries(selector).every(([k, v]) => l[k] === v);
}

;// CONCATENATED MODULE: ./src/mesh/inventory.ts
/**
 * The inventory from the listed cluster objects: pods matched to Services by selector, the meshed Services tallied
 * by proxy kind and mode, the waypoints, the control plane and gateways, and the notes on what is missing. Pure:
 * objects in, inventory out; the listing itself is in discover.ts.
 */









const WAYPOINT_LABEL = istio_ambient/* ISTIO_AMBIENT */.K.discovery.waypointLabel;
const WAYPOINT_NAMESPACE_LABEL = 'istio.io/use-waypoint-namespace';
/**
 * The waypoint the most specific opt-in label names, from label sets most specific first (pods, the Service, its
 * namespace): the first that has the label decides, and "none" opts out of the ones below it.
 */
function waypointName(labelSets) {
    for (const labels of labelSets) {
        const value = labels?.[WAYPOINT_LABEL];
        if (value)
            return value === 'none' ? undefined : value;
    }
    return undefined;
}
/** The pod labels any mesh's scrape copies onto a proxy's series (the direct source copies them the same way). */
const COPIED_POD_LABELS = Object.values(dialects.MESH_DIALECTS).flatMap((d) => Object.values(d.proxy.podLabels ?? {}));
function meshPod(pod) {
    const own = pod.metadata?.labels ?? {};
    const labels = Object.fromEntries(COPIED_POD_LABELS.filter((label) => typeof own[label] === 'string').map((label) => [label, own[label]]));
    return {
        name: pod.metadata?.name ?? '',
        ready: isPodReady(pod),
        ...(pod.status?.podIP ? { ip: pod.status.podIP } : {}),
        ...(Object.keys(labels).length > 0 ? { labels } : {}),
    };
}
/** The live pods of each namespace, and of each waypoint (namespace/name). */
function livePods(objects) {
    const podsByNamespace = new Map();
    const waypointPods = new Map();
    for (const pod of objects.pods) {
        if (!isLive(pod))
            continue;
        const ns = pod.metadata?.namespace ?? '';
        const list = podsByNamespace.get(ns) ?? [];
        list.push(pod);
        podsByNamespace.set(ns, list);
        if (isWaypointPod(pod)) {
            const id = `${ns}/${pod.metadata?.labels?.[GATEWAY_NAME_LABEL]}`;
            waypointPods.set(id, [...(waypointPods.get(id) ?? []), pod]);
        }
    }
    return { podsByNamespace, waypointPods };
}
/**
 * One Service with a selector, by the pods it selects: skipped when it selects none (infrastructure aside), counted
 * as unmeshed when none of them has a proxy or is ambient, else added to the tally as a meshed Service.
 */
function tallyService(svc, labels, namespacePods, tally, notes) {
    const ns = svc.metadata?.namespace ?? '';
    const name = svc.metadata?.name ?? '';
    const matched = namespacePods
        .filter((p) => selects(svc.spec.selector, p.metadata?.labels))
        .map((pod) => ({ pod, role: classifyPod(pod, labels) }))
        .filter((m) => m.role !== 'infrastructure');
    if (matched.length === 0)
        return;
    const meshed = matched.filter((m) => m.role !== 'unmeshed');
    if (meshed.length === 0) {
        tally.unmeshedServices++;
        return;
    }
    const roles = new Set(meshed.map((m) => m.role));
    for (const role of roles)
        tally.proxies[role]++;
    const meshMode = roles.size > 1 ? 'mixed' : [...roles][0];
    const pods = meshed.map(({ pod }) => meshPod(pod)).sort((a, b) => a.name.localeCompare(b.name));
    const outside = matched.length - meshed.length;
    if (outside > 0) {
        notes.push(`${ns}/${name}: ${outside} of ${matched.length} pods are outside the mesh (no proxy, not ambient)`);
    }
    const service = {
        namespace: ns,
        name,
        meshMode,
        podsReady: pods.filter((p) => p.ready).length,
        podsTotal: pods.length,
        pods,
    };
    if (roles.has('ambient')) {
        tally.ambientServices++;
        // The most specific opt-in wins: a pod's, then the Service's, then its namespace's.
        const waypoint = waypointName([
            ...meshed.map(({ pod }) => pod.metadata?.labels),
            svc.metadata?.labels,
            labels,
        ]);
        if (waypoint)
            service.waypoint = waypoint;
        else
            tally.withoutWaypoint.push(`${ns}/${name}`);
    }
    tally.services.push(service);
}
/** Every Service with a selector (ExternalName ones and refused names aside), tallied; sorted by namespace and name. */
function tallyServices(objects, namespaceLabels, podsByNamespace, notes) {
    const tally = {
        services: [],
        proxies: { sidecar: 0, ambient: 0, linkerd: 0 },
        unmeshedServices: 0,
        ambientServices: 0,
        withoutWaypoint: [],
    };
    const refused = new names/* RefusedNames */.TH();
    for (const svc of objects.services) {
        const selector = svc.spec?.selector;
        if (!selector || Object.keys(selector).length === 0 || svc.spec?.type === 'ExternalName')
            continue;
        const ns = svc.metadata?.namespace ?? '';
        // The API server validates names, but whatever answers on its address may not: refuse, with a note.
        if (!refused.accept(ns, svc.metadata?.name ?? ''))
            continue;
        tallyService(svc, namespaceLabels.get(ns) ?? {}, podsByNamespace.get(ns) ?? [], tally, notes);
    }
    tally.services.sort(types/* compareServiceKeys */.dt);
    const refusedNote = refused.note('Service');
    if (refusedNote)
        notes.push(refusedNote);
    return tally;
}
/** The waypoints found, with a note for each one a Service names whose pods were not found. */
function listWaypoints(waypointPods, services, chosen, notes) {
    const waypoints = [...waypointPods].map(([id, pods]) => {
        const [namespace, name] = id.split('/');
        return { namespace, name, pods: pods.map(meshPod).sort((a, b) => a.name.localeCompare(b.name)) };
    });
    const served = new Set(services.flatMap((s) => (s.waypoint ? [s.waypoint] : [])));
    for (const name of served) {
        if (!waypoints.some((w) => w.name === name))
            notes.push(`waypoint ${name} is named by ${WAYPOINT_LABEL} but none of its pods was found${chosen.length > 0 ? ` in the namespaces looked at (it may live in another: ${WAYPOINT_NAMESPACE_LABEL})` : ''}`);
    }
    return waypoints;
}
/** The control plane and the gateways from the deployments (unchecked when listing them was forbidden). */
function controlPlaneAndGateways(objects, mesh, notes) {
    if (objects.deployments === null) {
        notes.push(`control plane and gateways not checked: listing deployments was forbidden (${objects.deploymentsProblem ?? ''})`);
        return { controlPlane: { found: false, revisions: [], replicasReady: 0, replicas: 0 }, gateways: [] };
    }
    const described = describeControlPlane(objects.deployments, mesh === null ? undefined : mesh === 'linkerd' ? 'linkerd' : 'istio');
    const controlPlane = described.controlPlane;
    notes.push(...described.notes);
    const gateways = describeGateways(objects.deployments);
    if (gateways.length === 0 && controlPlane.mesh !== 'linkerd')
        notes.push('no ingress or egress gateway found (fine if traffic enters another way)');
    for (const g of gateways) {
        if (g.ready < g.total)
            notes.push(`${g.kind} gateway ${g.namespace}/${g.name}: ${g.ready} of ${g.total} ready`);
    }
    return { controlPlane, gateways };
}
/** Pods → Services by selector, then the inventory. Pure: objects in, inventory out. */
function buildInventory(objects, chosen) {
    const notes = [];
    const namespaceLabels = new Map(objects.namespaces.map((n) => [n.metadata?.name ?? '', n.metadata?.labels ?? {}]));
    const { podsByNamespace, waypointPods } = livePods(objects);
    const tally = tallyServices(objects, namespaceLabels, podsByNamespace, notes);
    const { services, unmeshedServices, ambientServices, withoutWaypoint } = tally;
    const namespaceNames = (chosen.length > 0 ? chosen : [...namespaceLabels.keys()]).sort();
    const mesh = (0,detect/* meshOfProxies */.R1)(tally.proxies);
    // Chosen namespaces with no meshed Service: noted here once the mesh is known (below, from the control plane
    // when no proxy was found), with that mesh's own way to enrol one.
    const unenrolled = chosen.filter((ns) => !services.some((s) => s.namespace === ns));
    const unenrolledAt = notes.length;
    if (ambientServices > 0) {
        notes.push(`${ambientServices} Service(s) run in ambient mode: their L7 metrics come from waypoint proxies only` +
            (withoutWaypoint.length > 0
                ? `; ${withoutWaypoint.length} have no waypoint and are seen at L4 only (${withoutWaypoint.slice(0, 5).join(', ')}${withoutWaypoint.length > 5 ? ', …' : ''}): ${istio_ambient/* ISTIO_AMBIENT */.K.l4.advice}`
                : ''));
    }
    const waypoints = listWaypoints(waypointPods, services, chosen, notes);
    const { controlPlane, gateways } = controlPlaneAndGateways(objects, mesh, notes);
    const detected = mesh ?? (controlPlane.mesh === 'linkerd' ? 'linkerd' : controlPlane.mesh === 'istio' ? 'istio' : null);
    const { enrolHint } = (detected === 'linkerd' ? linkerd/* LINKERD */.e : detected === 'istio-ambient' ? istio_ambient/* ISTIO_AMBIENT */.K : istio/* ISTIO */.B).discovery;
    notes.splice(unenrolledAt, 0, ...unenrolled.map((ns) => `namespace ${ns} has no meshed Service: ${enrolHint}`));
    return {
        mesh: detected,
        namespaces: namespaceNames,
        services,
        unmeshedServices,
        controlPlane,
        gateways,
        waypoints,
        notes,
    };
}

;// CONCATENATED MODULE: ./src/mesh/discover.ts
/**
 * Finds the mesh in a cluster: lists the namespaces, pods, Services and the control planes' and gateways'
 * deployments — a fixed number of paged list calls per resource kind, never one call per pod — and hands them to
 * the pure classification (inventory.ts, pod-roles.ts, control-plane.ts).
 */




/** Items per list page: large enough to keep calls few, small enough to keep responses modest. */
const PAGE_SIZE = 500;
/** A runaway `continue` chain (a server bug) must not loop forever. */
const MAX_PAGES = 1000;
/** Lists every page of a list call (limit + continue), counting as one logical list. */
async function listAll(conn, action, page) {
    const items = [];
    let cont;
    for (let pages = 0; pages < MAX_PAGES; pages++) {
        const result = await conn.call(action, (options) => page(cont, options));
        items.push(...result.items);
        cont = result.metadata?._continue || undefined;
        if (!cont)
            return items;
    }
    throw new types/* ClusterError */.b$(`cannot ${action}: the API server kept returning more pages after ${MAX_PAGES} pages`, 'narrow the namespaces setting, or check the API server', { environmental: true });
}
async function fetchClusterObjects(conn, chosen) {
    const { core, apps } = conn;
    let namespaces;
    let pods;
    let services;
    if (chosen.length === 0) {
        namespaces = await listAll(conn, 'list namespaces', (cont, o) => core.listNamespace({ limit: PAGE_SIZE, _continue: cont }, o));
        pods = await listAll(conn, 'list pods in all namespaces', (cont, o) => core.listPodForAllNamespaces({ limit: PAGE_SIZE, _continue: cont }, o));
        services = await listAll(conn, 'list services in all namespaces', (cont, o) => core.listServiceForAllNamespaces({ limit: PAGE_SIZE, _continue: cont }, o));
    }
    else {
        const limit = (0,p_limit/* default */.A)(4);
        // Listing pods in a namespace that does not exist returns an empty list: read it first to say so.
        namespaces = await Promise.all(chosen.map((name) => limit(() => conn.call(`get namespace ${name}`, (o) => core.readNamespace({ name }, o)))));
        const perNamespace = await Promise.all(chosen.map((namespace) => limit(async () => ({
            pods: await listAll(conn, `list pods in namespace ${namespace}`, (cont, o) => core.listNamespacedPod({ namespace, limit: PAGE_SIZE, _continue: cont }, o)),
            services: await listAll(conn, `list services in namespace ${namespace}`, (cont, o) => core.listNamespacedService({ namespace, limit: PAGE_SIZE, _continue: cont }, o)),
        }))));
        pods = perNamespace.flatMap((n) => n.pods);
        services = perNamespace.flatMap((n) => n.services);
    }
    // The control planes and gateways live outside the analysed namespaces, so look cluster-wide, by each
    // mesh's own label (every istiod and classic gateway carries `istio`; Linkerd's a control-plane label).
    try {
        const deployments = [];
        for (const { dialect } of CONTROL_PLANES) {
            const labelSelector = dialect.discovery.controlPlane.labelSelector;
            deployments.push(...(await listAll(conn, 'list deployments in all namespaces', (cont, o) => apps.listDeploymentForAllNamespaces({ labelSelector, limit: PAGE_SIZE, _continue: cont }, o))));
        }
        return { namespaces, pods, services, deployments };
    }
    catch (err) {
        if (err instanceof types/* ClusterError */.b$ && err.message.includes('HTTP 403')) {
            return { namespaces, pods, services, deployments: null, deploymentsProblem: err.fix };
        }
        throw err;
    }
}
/** Discovers meshed Services, the control plane and gateways in the given namespaces (empty: all). */
async function discoverMesh(conn, namespaces) {
    const before = conn.stats.requests;
    const chosen = [...new Set(namespaces.map((n) => n.trim()).filter(Boolean))];
    const objects = await fetchClusterObjects(conn, chosen);
    const inventory = buildInventory(objects, chosen);
    return { cluster: conn.identity, ...inventory, apiCalls: conn.stats.requests - before };
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
