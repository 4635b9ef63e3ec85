/**
 * The generated mesh of the Prometheus cost benchmark: N services in namespaces of 50, each with its own request
 * rate, error share and latency bands, called by one to three callers (other services, the ingress gateway for
 * some); every edge reported by both proxies as Istio's sidecars do (the callee's, reporter="destination", and
 * the caller's, reporter="source", both ends labelled), a request counter per outcome and the Envoy latency
 * buckets per outcome, scraped every 30 s, a latency or error fault on a few services at the end; backfilled into
 * a TSDB with `promtool tsdb create-blocks-from openmetrics`.
 */
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const SCRAPE_MS = 30_000;
const SERVICES_PER_NAMESPACE = 50;
/** Envoy's default histogram bounds (ms). */
export const BOUNDS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000,
  3600000,
];

interface Band {
  lower: number;
  upper: number;
  share: number;
}
interface Behaviour {
  rate: number;
  errorShare: number;
  bands: Band[];
}
export interface Service {
  namespace: string;
  name: string;
  normal: Behaviour;
  fault?: { type: 'latency' | 'error_rate'; behaviour: Behaviour };
}

function shareAtOrBelow(bands: Band[], le: number): number {
  let share = 0;
  for (const band of bands) {
    if (le >= band.upper) share += band.share;
    else if (le > band.lower) share += (band.share * (le - band.lower)) / (band.upper - band.lower);
  }
  return share;
}

/** N services in namespaces of 50, each with its own rate and latency; a few with a fault at the end. */
export function meshOf(count: number): Service[] {
  const faults = Math.max(2, Math.round(Math.log10(count) * 2));
  const stride = Math.floor(count / faults);
  return Array.from({ length: count }, (_, i) => {
    const normal: Behaviour = {
      rate: 2 + (i % 7),
      errorShare: 0.002,
      bands: [
        { lower: 2 + (i % 20), upper: 30 + (i % 50), share: 0.9 },
        { lower: 60 + (i % 40), upper: 300 + (i % 300), share: 0.1 },
      ],
    };
    const service: Service = {
      namespace: `ns-${String(Math.floor(i / SERVICES_PER_NAMESPACE)).padStart(3, '0')}`,
      name: `svc-${String(i).padStart(5, '0')}`,
      normal,
    };
    if (i % stride === stride - 1 && Math.floor(i / stride) < faults) {
      service.fault =
        Math.floor(i / stride) % 2 === 0
          ? {
              type: 'latency',
              behaviour: {
                ...normal,
                bands: normal.bands.map((b) => ({ ...b, lower: b.lower * 4, upper: b.upper * 4 })),
              },
            }
          : { type: 'error_rate', behaviour: { ...normal, errorShare: 0.1 } };
    }
    return service;
  });
}

/** A caller of a service: the workload whose proxy sends the requests, as Istio labels it. */
export interface Caller {
  namespace: string;
  workload: string;
  canonical: string;
}

/** Traffic from outside the mesh comes through the ingress gateway. */
const INGRESS: Caller = {
  namespace: 'istio-system',
  workload: 'istio-ingressgateway',
  canonical: 'istio-ingressgateway',
};

/**
 * One caller → callee edge: the caller, its share of the callee's requests, whether it retries failed requests
 * (its proxy marks those that still fail URX) and the share of its requests its circuit breaker turns away (UO:
 * they never reach the callee).
 */
export interface Edge {
  caller: Caller;
  callee: Service;
  share: number;
  retries: boolean;
  overflowShare: number;
}

/** How the busiest first split a service's requests among its one, two or three callers. */
const CALLER_SHARES = [[1], [0.7, 0.3], [0.6, 0.3, 0.1]];

/**
 * Each service's callers: one to three (by its index), other services of the mesh a few places after it (mostly
 * in its own namespace, some across), and the ingress gateway first for every fourth service.
 */
export function edgesOf(mesh: Service[]): Edge[] {
  const edges: Edge[] = [];
  mesh.forEach((callee, i) => {
    const count = 1 + (i % 3);
    const callers: Caller[] = i % 4 === 0 ? [INGRESS] : [];
    for (let k = 0; callers.length < count && k < mesh.length; k++) {
      const j = (i + 1 + 17 * k) % mesh.length;
      const other = mesh[j];
      if (j === i || callers.some((c) => c.canonical === other.name && c.namespace === other.namespace))
        continue;
      callers.push({ namespace: other.namespace, workload: `${other.name}-v1`, canonical: other.name });
    }
    const shares = CALLER_SHARES[callers.length - 1];
    callers.forEach((caller, k) => {
      const index = edges.length;
      edges.push({
        caller,
        callee,
        share: shares[k],
        retries: index % 2 === 1,
        overflowShare: index % 5 === 4 ? 0.0005 : 0,
      });
    });
  });
  return edges;
}

/** One counter series of the generated mesh: its labels and how much it grows per second under a behaviour. */
interface GeneratedSeries {
  line: string;
  service: Service;
  perSecond: (behaviour: Behaviour) => number;
}

/**
 * The outcomes each edge's request counters are split into, as shares of its successes and of its errors: by
 * default one code each (the caller's proxy marks the errors of a retrying caller URX, and some callers' circuit
 * breakers turn a few requests away, UO); `rich` as a mesh shows them, codes with Envoy flags (retried, timed
 * out, overflowed, downstream closed) in both views, for measuring queries whose cost grows with the outcomes.
 */
export type Outcomes = 'two' | 'rich';
type Split = Array<[string, number]>;
const OUTCOMES: Record<Outcomes, { ok: Split; errors: Split }> = {
  two: {
    ok: [['response_code="200",response_flags="-"', 1]],
    errors: [['response_code="503",response_flags="-"', 1]],
  },
  rich: {
    ok: [
      ['response_code="200",response_flags="-"', 0.9],
      ['response_code="201",response_flags="-"', 0.03],
      ['response_code="404",response_flags="-"', 0.04],
      ['response_code="200",response_flags="URX"', 0.03],
    ],
    errors: [
      ['response_code="503",response_flags="-"', 0.5],
      ['response_code="503",response_flags="UO"', 0.2],
      ['response_code="504",response_flags="UT"', 0.2],
      ['response_code="0",response_flags="DC"', 0.1],
    ],
  },
};
const RETRIED = 'response_code="503",response_flags="URX"';
const OVERFLOWED = 'response_code="503",response_flags="UO"';

/** One view of an edge: its outcomes, each with its requests per second under the callee's behaviour. */
function edgeOutcomes(
  edge: Edge,
  view: 'destination' | 'source',
  outcomes: Outcomes,
): Array<[string, (b: Behaviour) => number]> {
  const { ok, errors } = OUTCOMES[outcomes];
  const caller = view === 'source' && outcomes === 'two';
  const out: Array<[string, (b: Behaviour) => number]> = [
    ...ok.map(([labels, share]): [string, (b: Behaviour) => number] => [
      labels,
      (b) => b.rate * edge.share * (1 - b.errorShare) * share,
    ]),
    ...errors.map(([labels, share]): [string, (b: Behaviour) => number] => [
      caller && edge.retries ? RETRIED : labels,
      (b) => b.rate * edge.share * b.errorShare * share,
    ]),
  ];
  if (caller && edge.overflowShare > 0)
    out.push([OVERFLOWED, (b) => b.rate * edge.share * edge.overflowShare]);
  return out;
}

/** The latency the caller's proxy sees: the callee's and a millisecond of network. */
function seenBy(view: 'destination' | 'source', b: Behaviour): Behaviour {
  return view === 'destination'
    ? b
    : { ...b, bands: b.bands.map((band) => ({ ...band, lower: band.lower + 1, upper: band.upper + 1 })) };
}

/**
 * Every series of the mesh as Istio's sidecars report it: each edge twice, by the callee's proxy
 * (reporter="destination") and the caller's (reporter="source"), both ends labelled, one request counter per
 * outcome and, as Istio's histogram carries the same labels, the 20 latency buckets per outcome.
 */
function meshSeries(
  mesh: Service[],
  outcomes: Outcomes,
): { requests: GeneratedSeries[]; buckets: GeneratedSeries[] } {
  const requests: GeneratedSeries[] = [];
  const buckets: GeneratedSeries[] = [];
  const bucket = 'istio_request_duration_milliseconds_bucket';
  for (const edge of edgesOf(mesh)) {
    const service = edge.callee;
    for (const view of ['destination', 'source'] as const) {
      const base =
        `reporter="${view}",source_workload="${edge.caller.workload}",` +
        `source_workload_namespace="${edge.caller.namespace}",source_canonical_service="${edge.caller.canonical}",` +
        `destination_service_namespace="${service.namespace}",destination_service_name="${service.name}"`;
      for (const [labels, perSecond] of edgeOutcomes(edge, view, outcomes)) {
        requests.push({ line: `istio_requests_total{${base},${labels}}`, service, perSecond });
        for (const le of BOUNDS)
          buckets.push({
            line: `${bucket}{${base},${labels},le="${le}"}`,
            service,
            perSecond: (b) => perSecond(b) * shareAtOrBelow(seenBy(view, b).bands, le),
          });
        buckets.push({ line: `${bucket}{${base},${labels},le="+Inf"}`, service, perSecond });
      }
    }
  }
  return { requests, buckets };
}

/** How many series of each kind the mesh holds, per view. */
export function meshSeriesCounts(
  mesh: Service[],
  outcomes: Outcomes,
): {
  edges: number;
  destination: { requests: number; buckets: number };
  source: { requests: number; buckets: number };
} {
  const edges = edgesOf(mesh);
  const count = (view: 'destination' | 'source') => {
    const requests = edges.reduce((sum, edge) => sum + edgeOutcomes(edge, view, outcomes).length, 0);
    return { requests, buckets: requests * (BOUNDS.length + 1) };
  };
  return { edges: edges.length, destination: count('destination'), source: count('source') };
}

/**
 * Backfills the mesh's history in 2-hour slices, one OpenMetrics file and one promtool run each: promtool 2.42
 * re-reads its whole input once per 2-hour block, so one file for a day costs twelve passes. Each slice is
 * written series by series (each series' samples together and in time order, as the backfiller wants), its
 * counters continuing from the slice before. Returns the samples written.
 */
export function backfill(
  dataDir: string,
  dir: string,
  mesh: Service[],
  start: number,
  end: number,
  faultFrom: number,
  outcomes: Outcomes = 'two',
): number {
  const { requests, buckets } = meshSeries(mesh, outcomes);
  const all = [...requests, ...buckets];
  const totals = new Float64Array(all.length);
  const behaviourAt = (service: Service, t: number) =>
    service.fault && t > faultFrom ? service.fault.behaviour : service.normal;
  let samples = 0;
  const sliceMs = 2 * HOUR;
  for (let sliceStart = Math.floor(start / sliceMs) * sliceMs; sliceStart < end; sliceStart += sliceMs) {
    const times: number[] = [];
    for (let t = start; t < end; t += SCRAPE_MS)
      if (t >= sliceStart && t < sliceStart + sliceMs) times.push(t);
    if (times.length === 0) continue;
    const path = join(dir, 'slice.om');
    const fd = openSync(path, 'w');
    let buffer = '';
    const write = (index: number) => {
      const one = all[index];
      for (let k = 0; k < times.length; k++) {
        const t = times[k];
        if (t > start) totals[index] += one.perSecond(behaviourAt(one.service, t)) * (SCRAPE_MS / 1000);
        buffer += `${one.line} ${Math.round(totals[index])} ${t / 1000}\n`;
      }
      samples += times.length;
      if (buffer.length > 8 * 1024 * 1024) {
        writeSync(fd, buffer);
        buffer = '';
      }
    };
    buffer += '# TYPE istio_requests counter\n';
    for (let index = 0; index < requests.length; index++) write(index);
    buffer += '# TYPE istio_request_duration_milliseconds histogram\n';
    for (let index = requests.length; index < all.length; index++) write(index);
    buffer += '# EOF\n';
    writeSync(fd, buffer);
    closeSync(fd);
    const run = spawnSync(
      'promtool',
      ['tsdb', 'create-blocks-from', 'openmetrics', '--quiet', path, dataDir],
      {
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) throw new Error(`promtool failed: ${run.stderr.slice(-500)}`);
    rmSync(path);
  }
  return samples;
}
