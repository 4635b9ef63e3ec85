export const id = 722;
export const ids = [722];
export const modules = {

/***/ 8722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discoverMesh: () => (/* binding */ discoverMesh)
/* harmony export */ });
/* unused harmony exports PAGE_SIZE, classifyPod, isPodReady, istioVersionFromImage, describeControlPlane, describeGateways, buildInventory */
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22483);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70370);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);
/**
 * Finds the mesh in a cluster: which pods are meshed (sidecar, native sidecar, ambient), which Services they
 * back, the Istio control plane (istiod revisions, readiness, version) and gateways. A fixed number of paged
 * list calls per resource kind, never one call per pod. The classification below the I/O is pure.
 */



/** Items per list page: large enough to keep calls few, small enough to keep responses modest. */
const PAGE_SIZE = 500;
/** A runaway `continue` chain (a server bug) must not loop forever. */
const MAX_PAGES = 1000;
const DATAPLANE_MODE_LABEL = 'istio.io/dataplane-mode';
const SIDECAR_STATUS_ANNOTATION = 'sidecar.istio.io/status';
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
    throw new _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ClusterError */ .b$(`cannot ${action}: the API server kept returning more pages after ${MAX_PAGES} pages`, 'narrow the namespaces setting, or check the API server', { environmental: true });
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
        const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(4);
        // Listing pods in a namespace that does not exist returns an empty list: read it first to say so.
        namespaces = await Promise.all(chosen.map((name) => limit(() => conn.call(`get namespace ${name}`, (o) => core.readNamespace({ name }, o)))));
        const perNamespace = await Promise.all(chosen.map((namespace) => limit(async () => ({
            pods: await listAll(conn, `list pods in namespace ${namespace}`, (cont, o) => core.listNamespacedPod({ namespace, limit: PAGE_SIZE, _continue: cont }, o)),
            services: await listAll(conn, `list services in namespace ${namespace}`, (cont, o) => core.listNamespacedService({ namespace, limit: PAGE_SIZE, _continue: cont }, o)),
        }))));
        pods = perNamespace.flatMap((n) => n.pods);
        services = perNamespace.flatMap((n) => n.services);
    }
    // The control plane and gateways live outside the analysed namespaces, so look cluster-wide;
    // every istiod and classic gateway Deployment carries the `istio` label.
    try {
        const deployments = await listAll(conn, 'list deployments in all namespaces', (cont, o) => apps.listDeploymentForAllNamespaces({ labelSelector: 'istio', limit: PAGE_SIZE, _continue: cont }, o));
        return { namespaces, pods, services, deployments };
    }
    catch (err) {
        if (err instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ClusterError */ .b$ && err.message.includes('HTTP 403')) {
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
const hasIstioProxy = (containers, native) => (containers ?? []).some((c) => c.name === 'istio-proxy' && (!native || c.restartPolicy === 'Always'));
/** Gateways, waypoints and istiod are part of the mesh's machinery, not workloads to analyse. */
function isInfrastructurePod(pod) {
    const labels = pod.metadata?.labels ?? {};
    if (labels.app === 'istiod' || labels.istio === 'pilot' || labels.app === 'ztunnel')
        return true;
    if (labels['gateway.istio.io/managed'] || labels['istio.io/gateway-name'])
        return true;
    const proxy = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c) => c.name === 'istio-proxy');
    return Boolean(proxy?.args?.includes('router'));
}
/** How a pod takes part in the mesh. A sidecar wins over ambient: istio-cni skips pods that have one. */
function classifyPod(pod, namespaceLabels = {}) {
    if (isInfrastructurePod(pod))
        return 'infrastructure';
    const spec = pod.spec;
    const annotations = pod.metadata?.annotations ?? {};
    if (hasIstioProxy(spec?.containers, false) ||
        hasIstioProxy(spec?.initContainers, true) ||
        annotations[SIDECAR_STATUS_ANNOTATION] !== undefined) {
        return 'sidecar';
    }
    const podMode = pod.metadata?.labels?.[DATAPLANE_MODE_LABEL];
    if (podMode === 'none')
        return 'unmeshed';
    if (podMode === 'ambient' || namespaceLabels[DATAPLANE_MODE_LABEL] === 'ambient')
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
function isIstiod(d) {
    const labels = d.metadata?.labels ?? {};
    return labels.app === 'istiod' || labels.istio === 'pilot';
}
function replicaCounts(d) {
    return { ready: d.status?.readyReplicas ?? 0, total: d.spec?.replicas ?? d.status?.replicas ?? 0 };
}
function describeControlPlane(deployments) {
    const istiods = deployments.filter(isIstiod);
    const notes = [];
    if (istiods.length === 0) {
        notes.push('istiod not found in any namespace: the control plane may be external (remote cluster, managed mesh) or missing');
        return { controlPlane: { found: false, revisions: [], replicasReady: 0, replicas: 0 }, notes };
    }
    const revisionOf = (d) => d.metadata?.labels?.['istio.io/rev'] ?? 'default';
    // The default revision first: it is the one unlabelled namespaces use.
    istiods.sort((a, b) => Number(revisionOf(b) === 'default') - Number(revisionOf(a) === 'default'));
    const versions = [
        ...new Set(istiods
            .map((d) => d.spec?.template?.spec?.containers?.find((c) => c.name === 'discovery')?.image)
            .map(istioVersionFromImage)
            .filter((v) => v !== undefined)),
    ];
    if (versions.length > 1)
        notes.push(`istiod revisions run different Istio versions: ${versions.join(', ')}`);
    const replicasReady = istiods.reduce((sum, d) => sum + replicaCounts(d).ready, 0);
    const replicas = istiods.reduce((sum, d) => sum + replicaCounts(d).total, 0);
    if (replicasReady < replicas)
        notes.push(`istiod: ${replicasReady} of ${replicas} replicas ready`);
    return {
        controlPlane: {
            found: true,
            namespace: istiods[0].metadata?.namespace,
            revisions: [...new Set(istiods.map(revisionOf))].sort(),
            version: versions[0],
            replicasReady,
            replicas,
        },
        notes,
    };
}
function describeGateways(deployments) {
    return deployments
        .filter((d) => !isIstiod(d))
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
        .sort(_core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .compareServiceKeys */ .dt);
}
/** Pods → Services by selector, then the inventory. Pure: objects in, inventory out. */
function buildInventory(objects, chosen) {
    const notes = [];
    const namespaceLabels = new Map(objects.namespaces.map((n) => [n.metadata?.name ?? '', n.metadata?.labels ?? {}]));
    const podsByNamespace = new Map();
    for (const pod of objects.pods) {
        if (!isLive(pod))
            continue;
        const ns = pod.metadata?.namespace ?? '';
        const list = podsByNamespace.get(ns) ?? [];
        list.push(pod);
        podsByNamespace.set(ns, list);
    }
    const services = [];
    const refused = new _core_names_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusedNames */ .TH();
    let unmeshedServices = 0;
    let ambientServices = 0;
    for (const svc of objects.services) {
        const selector = svc.spec?.selector;
        if (!selector || Object.keys(selector).length === 0 || svc.spec?.type === 'ExternalName')
            continue;
        const ns = svc.metadata?.namespace ?? '';
        const name = svc.metadata?.name ?? '';
        // The API server validates names, but whatever answers on its address may not: refuse, with a note.
        if (!refused.accept(ns, name))
            continue;
        const labels = namespaceLabels.get(ns) ?? {};
        const matched = (podsByNamespace.get(ns) ?? [])
            .filter((p) => selects(selector, p.metadata?.labels))
            .map((pod) => ({ pod, role: classifyPod(pod, labels) }))
            .filter((m) => m.role !== 'infrastructure');
        if (matched.length === 0)
            continue;
        const meshed = matched.filter((m) => m.role === 'sidecar' || m.role === 'ambient');
        if (meshed.length === 0) {
            unmeshedServices++;
            continue;
        }
        const roles = new Set(meshed.map((m) => m.role));
        const meshMode = roles.size > 1 ? 'mixed' : roles.has('ambient') ? 'ambient' : 'sidecar';
        if (meshMode !== 'sidecar')
            ambientServices++;
        const pods = meshed
            .map(({ pod }) => ({
            name: pod.metadata?.name ?? '',
            ready: isPodReady(pod),
            ...(pod.status?.podIP ? { ip: pod.status.podIP } : {}),
        }))
            .sort((a, b) => a.name.localeCompare(b.name));
        const outside = matched.length - meshed.length;
        if (outside > 0) {
            notes.push(`${ns}/${name}: ${outside} of ${matched.length} pods are outside the mesh (no sidecar, not ambient)`);
        }
        services.push({
            namespace: ns,
            name,
            meshMode,
            podsReady: pods.filter((p) => p.ready).length,
            podsTotal: pods.length,
            pods,
        });
    }
    services.sort(_core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .compareServiceKeys */ .dt);
    const refusedNote = refused.note('Service');
    if (refusedNote)
        notes.push(refusedNote);
    const namespaceNames = (chosen.length > 0 ? chosen : [...namespaceLabels.keys()]).sort();
    for (const ns of chosen) {
        if (!services.some((s) => s.namespace === ns)) {
            notes.push(`namespace ${ns} has no meshed Service: label it istio-injection=enabled (sidecars) or ${DATAPLANE_MODE_LABEL}=ambient`);
        }
    }
    if (ambientServices > 0) {
        notes.push(`${ambientServices} Service(s) run in ambient mode: their L7 metrics come from waypoint proxies only`);
    }
    let controlPlane;
    let gateways = [];
    if (objects.deployments === null) {
        controlPlane = { found: false, revisions: [], replicasReady: 0, replicas: 0 };
        notes.push(`control plane and gateways not checked: listing deployments was forbidden (${objects.deploymentsProblem ?? ''})`);
    }
    else {
        const described = describeControlPlane(objects.deployments);
        controlPlane = described.controlPlane;
        notes.push(...described.notes);
        gateways = describeGateways(objects.deployments);
        if (gateways.length === 0)
            notes.push('no ingress or egress gateway found (fine if traffic enters another way)');
        for (const g of gateways) {
            if (g.ready < g.total)
                notes.push(`${g.kind} gateway ${g.namespace}/${g.name}: ${g.ready} of ${g.total} ready`);
        }
    }
    return { namespaces: namespaceNames, services, unmeshedServices, controlPlane, gateways, notes };
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
