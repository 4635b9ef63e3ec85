/**
 * The call graph from the sidecars (issue 13). Each pod's scrape holds both ends of its calls: its outbound calls
 * as its own proxy saw them (reporter="source": the caller is the pod's Service, the callee the destination
 * labels) and its inbound calls as it served them (reporter="destination": the caller named by the source labels,
 * an entry point for gateways and unknown callers). Counter increases between a pod's scrapes become per-step
 * requests, errors and latency buckets per edge. Pure apart from the state it keeps between scrapes.
 */
import { histogramQuantile } from '../../core/histogram.js';
import { serviceId, type EdgeSeries, type ServiceKey } from '../../core/types.js';
import { callerFromLabels } from '../../mesh/call-graph.js';
import {
  ISTIO_DURATION_BUCKET,
  ISTIO_REQUESTS_TOTAL,
  classifyRequest,
  type Reporter,
} from '../../mesh/istio.js';
import { parseFloatValue, type MetricFamily } from './exposition.js';
import { counterIncrease } from './increase.js';

interface EdgeReading {
  edge: string;
  kind: 'requests' | 'errors' | 'bucket';
  le?: number;
  value: number;
}

interface EdgeState {
  caller: ServiceKey | null;
  callerWorkload?: { namespace: string; name: string };
  callee: ServiceKey;
  reporter: Reporter;
  requests: number[];
  errors: number[];
  /** Per step, bucket bound → increase (cumulative like `le`). */
  buckets: Array<Map<number, number>>;
}

/** Follows the edges of every pod across a collection window. */
export class EdgeTracker {
  private readonly steps: number;
  private readonly last = new Map<string, { atMs: number; readings: Map<string, EdgeReading> }>();
  private readonly edges = new Map<string, EdgeState>();
  /** Services known from discovery: what a caller's labels are matched against. */
  private readonly known = new Set<string>();

  constructor(
    private readonly from: number,
    to: number,
    private readonly stepMs: number,
  ) {
    this.steps = Math.max(0, Math.floor((to - from) / stepMs));
  }

  /** One scrape of one pod (the pod's Service from discovery), taken at `atMs`. */
  observe(podId: string, podService: ServiceKey, families: readonly MetricFamily[], atMs: number): void {
    this.known.add(serviceId(podService));
    const readings = new Map<string, EdgeReading>();
    for (const family of families) {
      for (const { name, labels, value } of family.samples) {
        if (name !== ISTIO_REQUESTS_TOTAL && name !== ISTIO_DURATION_BUCKET) continue;
        const edge = this.edgeOf(labels, podService);
        if (!edge) continue;
        const series = JSON.stringify(Object.entries(labels).sort());
        if (name === ISTIO_REQUESTS_TOTAL) {
          readings.set(`r${series}`, { edge, kind: 'requests', value });
          const reporter = labels.reporter as Reporter;
          if (classifyRequest(labels, reporter).includes('errors')) {
            readings.set(`e${series}`, { edge, kind: 'errors', value });
          }
        } else {
          const le = parseFloatValue(labels.le ?? '');
          if (le === undefined || Number.isNaN(le)) continue;
          readings.set(`b${series}`, { edge, kind: 'bucket', le, value });
        }
      }
    }
    const previous = this.last.get(podId);
    this.last.set(podId, { atMs, readings });
    if (!previous) return;
    // The interval's increase lands in the step holding its middle: scrapes are one step apart or less.
    const step = Math.floor(((previous.atMs + atMs) / 2 - this.from) / this.stepMs);
    if (step < 0 || step >= this.steps) return;
    for (const [key, reading] of readings) {
      const increase = counterIncrease(previous.readings.get(key)?.value, reading.value);
      if (!(increase > 0)) continue;
      const state = this.edges.get(reading.edge)!;
      if (reading.kind === 'requests') state.requests[step] += increase;
      else if (reading.kind === 'errors') state.errors[step] += increase;
      else state.buckets[step].set(reading.le!, (state.buckets[step].get(reading.le!) ?? 0) + increase);
    }
  }

  /** The edges seen over the window, with callers matched against every Service the scrapes came from. */
  result(): EdgeSeries[] {
    return [...this.edges.values()].map((state) => {
      const caller = state.callerWorkload
        ? callerFromLabels(
            {
              source_workload_namespace: state.callerWorkload.namespace,
              source_workload: state.callerWorkload.name,
              source_canonical_service: state.caller?.name ?? '',
            },
            this.known,
          )
        : state.caller;
      const latencyP99 = state.buckets.map((buckets, i) => {
        if (state.requests[i] <= 0 || buckets.size === 0) return null;
        return histogramQuantile(
          0.99,
          [...buckets].map(([le, count]) => ({ le, count })),
        );
      });
      return {
        caller,
        ...(state.callerWorkload && caller ? { callerWorkload: state.callerWorkload } : {}),
        callee: state.callee,
        reporter: state.reporter,
        requests: [...state.requests],
        errorRatio: state.requests.map((r, i) => (r > 0 ? Math.min(1, state.errors[i] / r) : null)),
        latencyP99,
      };
    });
  }

  /** The edge a series belongs to (created on first sight), or undefined for series that name no callee. */
  private edgeOf(labels: Record<string, string>, podService: ServiceKey): string | undefined {
    const reporter = labels.reporter;
    const namespace = labels.destination_service_namespace;
    const name = labels.destination_service_name;
    if ((reporter !== 'source' && reporter !== 'destination') || !namespace || !name || name === 'unknown') {
      return undefined;
    }
    const callee = { namespace, name };
    // Outbound: this pod is the caller. Inbound: the labels name the caller (resolved in result()).
    const outbound = reporter === 'source';
    const workload = outbound
      ? undefined
      : { namespace: labels.source_workload_namespace ?? '', name: labels.source_workload ?? '' };
    const callerName = outbound ? serviceId(podService) : `${workload!.namespace}/${workload!.name}`;
    const id = `${reporter}|${callerName}|${serviceId(callee)}`;
    if (!this.edges.has(id)) {
      this.edges.set(id, {
        caller: outbound
          ? podService
          : { namespace: workload!.namespace, name: labels.source_canonical_service ?? '' },
        ...(workload ? { callerWorkload: workload } : {}),
        callee,
        reporter,
        requests: new Array<number>(this.steps).fill(0),
        errors: new Array<number>(this.steps).fill(0),
        buckets: Array.from({ length: this.steps }, () => new Map<number, number>()),
      });
    }
    return id;
  }
}
