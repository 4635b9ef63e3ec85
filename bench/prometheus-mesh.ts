/**
 * The generated mesh of the Prometheus cost benchmark (issue 16): N services in namespaces of 50, each with its
 * own request rate, error share and latency bands, request counters by code and the Envoy latency buckets,
 * scraped every 30 s, a latency or error fault on a few services at the end; backfilled into a TSDB with
 * `promtool tsdb create-blocks-from openmetrics`.
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

/** One counter series of the generated mesh: its labels and how much it grows per second under a behaviour. */
interface GeneratedSeries {
  line: string;
  service: Service;
  perSecond: (behaviour: Behaviour) => number;
}

/**
 * The outcomes each service's request counters are split into, as shares of its successes and of its errors:
 * by default one code each; `rich` as a mesh shows them, codes with Envoy flags (retried, timed out, overflowed,
 * downstream closed), for measuring queries whose cost grows with the outcomes.
 */
export type Outcomes = 'two' | 'rich';
const OUTCOMES: Record<Outcomes, { ok: Array<[string, number]>; errors: Array<[string, number]> }> = {
  two: { ok: [['response_code="200"', 1]], errors: [['response_code="503"', 1]] },
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

/** Request counter series per service for these outcomes. */
export function requestSeriesPerService(outcomes: Outcomes): number {
  return OUTCOMES[outcomes].ok.length + OUTCOMES[outcomes].errors.length;
}

function meshSeries(
  mesh: Service[],
  outcomes: Outcomes,
): { requests: GeneratedSeries[]; buckets: GeneratedSeries[] } {
  const base = (service: Service) =>
    `reporter="destination",destination_service_namespace="${service.namespace}",destination_service_name="${service.name}"`;
  const { ok, errors } = OUTCOMES[outcomes];
  const requests = mesh.flatMap((service): GeneratedSeries[] => [
    ...ok.map(([labels, share]) => ({
      line: `istio_requests_total{${base(service)},${labels}}`,
      service,
      perSecond: (b: Behaviour) => b.rate * (1 - b.errorShare) * share,
    })),
    ...errors.map(([labels, share]) => ({
      line: `istio_requests_total{${base(service)},${labels}}`,
      service,
      perSecond: (b: Behaviour) => b.rate * b.errorShare * share,
    })),
  ]);
  const bucket = 'istio_request_duration_milliseconds_bucket';
  const buckets = mesh.flatMap((service): GeneratedSeries[] => [
    ...BOUNDS.map((le) => ({
      line: `${bucket}{${base(service)},le="${le}"}`,
      service,
      perSecond: (b: Behaviour) => b.rate * shareAtOrBelow(b.bands, le),
    })),
    { line: `${bucket}{${base(service)},le="+Inf"}`, service, perSecond: (b: Behaviour) => b.rate },
  ]);
  return { requests, buckets };
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
