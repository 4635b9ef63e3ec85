/**
 * The call graph from the proxies. Each pod's scrape holds both ends of its calls: its outbound calls as its own
 * proxy saw them (the client view: the caller is the pod's Service, the callee the labels' destination) and, where
 * the mesh's inbound series name callers (Istio), its inbound calls as it served them (the server view: the caller
 * named by its labels, an entry point for gateways and unknown callers). Counter increases between a pod's scrapes
 * become per-step requests, errors and latency buckets per edge. Pure apart from the state it keeps between scrapes.
 */
import { histogramQuantile } from '../../core/histogram.js';
import { isVersionValue } from '../../core/rollout-types.js';
import { serviceId, type EdgeSeries, type ServiceKey, type ServiceSeries } from '../../core/types.js';
import { callerFromLabels, callerWorkload } from '../../mesh/naming.js';
import {
  SIGNAL_NAMES,
  classifyRequest,
  nameFromLabels,
  type CallerNaming,
  type MeshDialect,
  type SignalName,
} from '../../mesh/dialect.js';
import { LATENCY_QUANTILE_ENTRIES, metricArrays } from '../../core/series.js';
import { parseFloatValue, type MetricFamily } from './exposition.js';
import { counterIncrease } from './increase.js';
import { withPodLabels } from './snapshot.js';
import { VersionCap } from './versions.js';

interface EdgeReading {
  edge: string;
  kind: 'requests' | 'bucket' | SignalName;
  le?: number;
  value: number;
}

interface EdgeState {
  caller: ServiceKey | null;
  /** The inbound caller's labels, named in result() against every Service seen. */
  callerLabels?: Record<string, string>;
  callee: ServiceKey;
  side: EdgeSeries['side'];
  requests: number[];
  /** Per signal its labels showed, the requests per step that carried it. */
  events: Map<SignalName, number[]>;
  /** The signals this edge's view can see in labels (the others are unavailable, never zero). */
  visible: SignalName[];
  /** Per step, bucket bound → increase (cumulative like `le`). */
  buckets: Array<Map<number, number>>;
  /** Every caller of one version of the callee (versionsSeenByCallers): the server view's label, and its value. */
  version?: { label: string; value: string };
}

/** A step's bucket increases as cumulative counts on every bound the edge has (a bound not seen: the one below). */
function cumulativeCounts(bounds: readonly number[], buckets: ReadonlyMap<number, number>): number[] {
  let last = 0;
  return bounds.map((le) => (last = buckets.get(le) ?? last));
}

/** Follows the edges of every pod across a collection window. */
export class EdgeTracker {
  private readonly steps: number;
  private readonly last = new Map<string, { atMs: number; readings: Map<string, EdgeReading> }>();
  private readonly edges = new Map<string, EdgeState>();
  /** The callers' view of each callee's versions, every caller folded, by id. */
  private readonly byVersion = new Map<string, EdgeState>();
  readonly versionCap = new VersionCap();
  /** Services known from discovery: what a caller's labels are matched against. */
  private readonly known = new Set<string>();

  constructor(
    private readonly from: number,
    to: number,
    private readonly stepMs: number,
    private readonly dialect: MeshDialect,
  ) {
    this.steps = Math.max(0, Math.floor((to - from) / stepMs));
  }

  /** One scrape of one pod (the pod's Service from discovery), taken at `atMs`. */
  observe(podId: string, podService: ServiceKey, families: readonly MetricFamily[], atMs: number): void {
    this.known.add(serviceId(podService));
    const readings = new Map<string, EdgeReading>();
    const { metrics } = this.dialect;
    for (const family of families) {
      for (const sample of family.samples) {
        const { name, value } = sample;
        if (name !== metrics.requests && name !== metrics.latencyBuckets) continue;
        const labels = withPodLabels(this.dialect, sample.labels, podService);
        const found = this.edgeOf(labels, podService);
        if (!found) continue;
        const series = JSON.stringify(Object.entries(labels).sort());
        // The edge's own, then once per version label the caller's proxy wrote for the callee.
        for (const [edge, prefix] of [[found.id, ''], ...this.versionEdgesOf(found, labels)]) {
          if (name === metrics.requests) {
            readings.set(`${prefix}r${series}`, { edge, kind: 'requests', value });
            for (const signal of classifyRequest(this.dialect, labels, found.view))
              readings.set(`${prefix}${signal}${series}`, { edge, kind: signal, value });
          } else {
            const le = parseFloatValue(labels.le ?? '');
            if (le === undefined || Number.isNaN(le)) continue;
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
    if (!previous) return;
    // The interval's increase lands in the step holding its middle: scrapes are one step apart or less.
    const step = Math.floor(((previous.atMs + atMs) / 2 - this.from) / this.stepMs);
    if (step < 0 || step >= this.steps) return;
    for (const [key, reading] of readings) {
      const increase = counterIncrease(previous.readings.get(key)?.value, reading.value);
      if (!(increase > 0)) continue;
      const state = this.edges.get(reading.edge) ?? this.byVersion.get(reading.edge)!;
      if (reading.kind === 'requests') state.requests[step] += increase;
      else if (reading.kind === 'bucket')
        state.buckets[step].set(reading.le!, (state.buckets[step].get(reading.le!) ?? 0) + increase);
      else state.events.get(reading.kind)![step] += increase;
    }
  }

  /** The edges seen over the window, with callers matched against every Service the scrapes came from. */
  result(): EdgeSeries[] {
    const naming = this.dialect.server.caller;
    return [...this.edges.values()].map((state) => {
      const caller =
        state.callerLabels && naming
          ? callerFromLabels(naming, state.callerLabels, this.known)
          : state.caller;
      const workload = state.callerLabels && naming ? callerWorkload(naming, state.callerLabels) : undefined;
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
  versionsSeenByCallers(): Array<{
    callee: ServiceKey;
    label: string;
    version: string;
    series: ServiceSeries;
  }> {
    return [...this.byVersion.values()].map((state) => ({
      callee: state.callee,
      label: state.version!.label,
      version: state.version!.value,
      series: this.seriesOf(state),
    }));
  }

  private seriesOf(state: EdgeState): ServiceSeries {
    const bounds = [...new Set(state.buckets.flatMap((buckets) => [...buckets.keys()]))].sort(
      (a, b) => a - b,
    );
    const counts = state.buckets.map((buckets, i) =>
      state.requests[i] > 0 && buckets.size > 0 ? cumulativeCounts(bounds, buckets) : null,
    );
    const values = metricArrays();
    state.requests.forEach((r, i) => {
      values.requestRate.push(r / (this.stepMs / 1000));
      for (const name of SIGNAL_NAMES) {
        const { metric, per } = this.dialect.signals[name];
        if (per === 'second') values[metric].push(null);
        else
          values[metric].push(
            state.visible.includes(name) && r > 0 ? Math.min(1, state.events.get(name)![i] / r) : null,
          );
      }
      const merged = counts[i] ? bounds.map((le, b) => ({ le, count: counts[i]![b] })) : null;
      for (const [metric, q] of LATENCY_QUANTILE_ENTRIES)
        values[metric].push(merged ? histogramQuantile(q, merged) : null);
    });
    const unavailable = SIGNAL_NAMES.filter((name) => !state.visible.includes(name)).map(
      (name) => this.dialect.signals[name].metric,
    );
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
  private versionEdgesOf(
    found: { id: string; callee: ServiceKey; side: EdgeSeries['side'] },
    labels: Record<string, string>,
  ): Array<[string, string]> {
    if (found.side !== 'client') return [];
    const out: Array<[string, string]> = [];
    for (const [label, spelled] of Object.entries(this.dialect.client.versions ?? {})) {
      const value = labels[spelled];
      if (!isVersionValue(value)) continue;
      const id = `${serviceId(found.callee)}|${label}|${value}`;
      if (!this.byVersion.has(id)) {
        // As many versions per callee as the callee's own view reads (sidecars/versions.ts).
        if (!this.versionCap.admit(found.callee, label)) continue;
        const edge = this.edges.get(found.id)!;
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

  private emptyState(callee: ServiceKey, side: EdgeSeries['side'], visible: SignalName[]) {
    return {
      callee,
      side,
      requests: new Array<number>(this.steps).fill(0),
      events: new Map(SIGNAL_NAMES.map((name) => [name, new Array<number>(this.steps).fill(0)])),
      visible,
      buckets: Array.from({ length: this.steps }, () => new Map<number, number>()),
    };
  }

  /** The edge a series belongs to (created on first sight), or undefined for series that name no callee. */
  private edgeOf(
    labels: Record<string, string>,
    podService: ServiceKey,
  ): { id: string; view: string; callee: ServiceKey; side: EdgeSeries['side'] } | undefined {
    const { client, server } = this.dialect;
    // Outbound: this pod is the caller. Inbound: the labels name the caller (resolved in result()).
    const outbound = labels[client.label] === client.values[0];
    const inbound = !outbound && server.caller !== undefined && server.values.includes(labels[server.label]);
    if (!outbound && !inbound) return undefined;
    const named = nameFromLabels(outbound ? client.callee : server.service, labels);
    if (!named || named.fallback) return undefined;
    const callee = { namespace: named.namespace, name: named.name };
    const side: EdgeSeries['side'] = outbound ? 'client' : 'server';
    const callerNaming = server.caller as CallerNaming;
    const callerLabels = inbound
      ? Object.fromEntries(
          [
            callerNaming.namespace,
            ...callerNaming.workload,
            ...(callerNaming.canonical ? [callerNaming.canonical] : []),
          ].map((label) => [label, labels[label] ?? '']),
        )
      : undefined;
    const callerName = outbound ? serviceId(podService) : JSON.stringify(callerLabels);
    const id = `${side}|${callerName}|${serviceId(callee)}`;
    const view = labels[outbound ? client.label : server.label];
    if (!this.edges.has(id)) {
      const visible = SIGNAL_NAMES.filter((name) =>
        this.dialect.signals[name].requests?.seenBy.includes(view),
      );
      this.edges.set(id, {
        ...this.emptyState(callee, side, visible),
        caller: outbound ? podService : null,
        ...(callerLabels ? { callerLabels } : {}),
      });
    }
    return { id, view, callee, side };
  }
}
