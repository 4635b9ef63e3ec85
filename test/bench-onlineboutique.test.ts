/**
 * The Online Boutique conversion (bench/onlineboutique/convert.ts) on hand-made rows with answers worked out by
 * hand, then on the committed excerpt itself: the edge medians each proxy measured come back out of the
 * synthesised histograms through histogram_quantile.
 */
import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import {
  callerAnchors,
  calleeAnchors,
  parseEdgeCsv,
  parseServiceCsv,
  writeOpenMetrics,
  type DayData,
} from '../bench/onlineboutique/convert.js';
import { writeDialectOpenMetrics } from '../bench/onlineboutique/dialects.js';
import { loadExcerpt } from '../bench/onlineboutique/run.js';
import { histogramQuantile } from '../src/core/histogram.js';
import { ENVOY_DEFAULT_BUCKETS } from '../src/sources/simulated/buckets.js';
import type { MeshName } from '../src/core/types.js';

const SERVICE_HEADER = 'timestamp,ops,p90,p95,p99';

function day(): DayData {
  const cart = parseServiceCsv(
    'cartservice',
    'cartservice-1-a',
    [SERVICE_HEADER, '60,2,0.005,0.006,0.01', '120,1,0.005,0.006,0.01'].join('\n'),
  );
  const frontend = parseServiceCsv(
    'frontend',
    'frontend-1-b',
    [SERVICE_HEADER, '60,4,0.05,0.06,0.1', '120,4,0.05,0.06,0.1'].join('\n'),
  );
  const checkout = parseServiceCsv(
    'checkoutservice',
    'checkoutservice-1-c',
    [SERVICE_HEADER, '60,1,0.2,0.3,0.4', '120,1,0.2,0.3,0.4'].join('\n'),
  );
  // Minute 2: checkout made no call to cart (its cells are empty on both sides).
  const callee = parseEdgeCsv(
    ['timestamp,frontend_cartservice,checkoutservice_cartservice', '61,0.003,0.004', '121,0.003,'].join('\n'),
  );
  const caller = parseEdgeCsv(
    ['timestamp,checkoutservice_cartservice,frontend_cartservice', '61,0.004,0.243', '121,,0.003'].join('\n'),
  );
  return { day: '1970-01-01', services: [cart, frontend, checkout], calleeView: callee, callerView: caller };
}

describe('the Online Boutique conversion', () => {
  test('an edge file gives each caller → callee p50 per minute in ms; an empty cell is no requests', () => {
    const table = parseEdgeCsv(['timestamp,frontend_cartservice,a_b', '1661140280,0.0042,'].join('\n'));
    expect(table.edges).toEqual([
      { caller: 'frontend', callee: 'cartservice' },
      { caller: 'a', callee: 'b' },
    ]);
    expect(table.byMinute.get(Math.floor(1661140280 / 60))).toEqual([4.2, null]);
    expect(() => parseEdgeCsv('timestamp,frontend-cartservice\n60,1')).toThrow(/not <caller>_<callee>/);
  });

  test("the callee's view of an edge takes the edge's median and the pod's tail", () => {
    const row = { t: 60, ops: 1, p90: 5, p95: 6, p99: 10 };
    expect(calleeAnchors(row, 3)).toEqual([
      [0.75, 0],
      [3, 0.5],
      [5, 0.9],
      [6, 0.95],
      [10, 0.99],
      [20, 1],
    ]);
    // A median above the pod's p90 (another caller's requests are faster) keeps the distribution monotone.
    expect(calleeAnchors(row, 8)!.map(([x]) => x)).toEqual([2, 8, 8, 8, 10, 20]);
  });

  test("the caller's view is later by as much as its median is, never earlier", () => {
    const own = calleeAnchors({ t: 60, ops: 1, p90: 5, p95: 6, p99: 10 }, 3)!;
    // A network delay: the callee measured 3 ms, its caller 243 ms: every request 240 ms later.
    expect(callerAnchors(own, 3, 243).map(([x]) => x)).toEqual([240.75, 243, 245, 246, 250, 260]);
    expect(callerAnchors(own, 3, 2)).toEqual(own);
    expect(callerAnchors(own, 3, null)).toEqual(own);
  });

  test('each callee is written by both proxies per caller, its requests shared by the callers seen calling', () => {
    let text = '';
    writeOpenMetrics([day()], (chunk) => (text += chunk));
    const requests = text.split('\n').filter((l) => l.startsWith('istio_requests_total'));
    const series = (reporter: string, caller: string, callee: string) =>
      requests
        .filter(
          (l) =>
            l.includes(`reporter="${reporter}"`) &&
            l.includes(`source_workload="${caller}"`) &&
            l.includes(`destination_service_name="${callee}"`),
        )
        .map((l) => l.split(' ').slice(1));
    // cart: 2 req/s × 60 s shared by two callers, then 1 req/s × 60 s all from frontend.
    expect(series('destination', 'frontend', 'cartservice')).toEqual([
      ['60', '60'],
      ['120', '120'],
    ]);
    expect(series('destination', 'checkoutservice', 'cartservice')).toEqual([
      ['60', '60'],
      ['60', '120'],
    ]);
    expect(series('source', 'frontend', 'cartservice')).toEqual(
      series('destination', 'frontend', 'cartservice'),
    );
    // No caller in the edge data: frontend's requests come from outside the mesh, seen by its own proxy only.
    expect(series('destination', 'unknown', 'frontend')).toEqual([
      ['240', '60'],
      ['480', '120'],
    ]);
    const frontendSeries = requests
      .filter((l) => l.includes('destination_service_name="frontend"'))
      .map((l) => l.split(' ')[0]);
    expect(new Set(frontendSeries).size).toBe(1);
    // The proxy that reported a series is its pod: the caller's for reporter="source".
    expect(
      requests.find((l) => l.includes('reporter="source"') && l.includes('source_workload="frontend"')),
    ).toContain('pod="frontend-1-b"');
    expect(text.endsWith('# EOF\n')).toBe(true);
  });
});

/** Three minutes of frontend → cartservice; in the second the caller saw every request 240 ms later. */
function delayedMinute(): DayData {
  const rows = (ops: number, p90: number) =>
    [SERVICE_HEADER, ...[60, 120, 180].map((t) => `${t},${ops},${p90},${p90 * 1.2},${p90 * 2}`)].join('\n');
  return {
    day: '1970-01-01',
    services: [
      parseServiceCsv('cartservice', 'cartservice-1-a', rows(2, 0.005)),
      parseServiceCsv('frontend', 'frontend-1-b', rows(4, 0.05)),
    ],
    calleeView: parseEdgeCsv(
      ['timestamp,frontend_cartservice', '61,0.003', '121,0.003', '181,0.003'].join('\n'),
    ),
    callerView: parseEdgeCsv(
      ['timestamp,frontend_cartservice', '61,0.003', '121,0.243', '181,0.003'].join('\n'),
    ),
  };
}

/** Each series' samples (labels → [value, time] in file order) of one family's lines. */
function samplesOf(text: string, family: string): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  for (const line of text.split('\n').filter((l) => l.startsWith(`${family}{`))) {
    const close = line.lastIndexOf('}');
    const [value, time] = line
      .slice(close + 2)
      .split(' ')
      .map(Number);
    const labels = line.slice(0, close + 1);
    out.set(labels, [...(out.get(labels) ?? []), [value, time]]);
  }
  return out;
}

/** The median in minute `t` of the histogram whose labels hold every one of `parts`. */
function medianAt(text: string, family: string, parts: string[], bounds: number[], t: number): number | null {
  const series = [...samplesOf(text, family)].filter(([labels]) => parts.every((p) => labels.includes(p)));
  const increase = (le: string) => {
    const samples = series.find(([labels]) => labels.includes(`le="${le}"`))?.[1] ?? [];
    const at = (time: number) => samples.find(([, s]) => s === time)?.[0] ?? NaN;
    return at(t) - at(t - 60);
  };
  return histogramQuantile(
    0.5,
    [...bounds.map(String), '+Inf'].map((le) => ({
      le: le === '+Inf' ? Infinity : Number(le),
      count: increase(le),
    })),
  );
}

describe('the Online Boutique excerpt in each mesh dialect', () => {
  const LINKERD_BOUNDS = [1, 2, 3, 4, 5, 10, 20, 30, 40, 50, 100, 200, 300, 400, 500, 1000, 2000];
  const write = (mesh: MeshName) => {
    let text = '';
    writeDialectOpenMetrics([delayedMinute()], mesh, (chunk) => (text += chunk.toString()));
    return text;
  };

  test.each([
    [
      'istio',
      'istio_request_duration_milliseconds_bucket',
      ['reporter="destination"', 'source_workload="frontend-v1"'],
      ['reporter="source"', 'source_workload="frontend-v1"'],
      ENVOY_DEFAULT_BUCKETS,
    ],
    [
      'linkerd',
      'response_latency_ms_bucket',
      ['direction="inbound"', 'authority="cartservice.'],
      ['direction="outbound"', 'dst_service="cartservice"'],
      LINKERD_BOUNDS,
    ],
  ] as const)(
    "%s: the callee's proxy times its own work, the caller's proxy the delay on the way",
    (mesh, family, calleeEnd, callerEnd, bounds) => {
      const text = write(mesh);
      const own = medianAt(text, family, [...calleeEnd, 'cartservice'], [...bounds], 120)!;
      const seen = medianAt(text, family, [...callerEnd], [...bounds], 120)!;
      expect(own).toBeLessThan(10);
      expect(seen).toBeGreaterThan(100);
      expect(seen).toBeLessThan(300);
    },
  );

  test('istio-ambient: the waypoint times the hop to the callee as its caller does; no sidecar reports', () => {
    const text = write('istio-ambient');
    const parts = [
      'reporter="waypoint"',
      'source_workload="frontend-v1"',
      'destination_service_name="cartservice"',
    ];
    const seen = medianAt(
      text,
      'istio_request_duration_milliseconds_bucket',
      parts,
      [...ENVOY_DEFAULT_BUCKETS],
      120,
    )!;
    expect(seen).toBeGreaterThan(100);
    expect(text).not.toContain('reporter="destination",source_workload="frontend-v1"');
    // frontend's callers are outside the mesh: the ingress gateway, an Envoy, reports its own side.
    expect(text).toContain('reporter="source",source_workload="istio-ingressgateway"');
  });

  test.each(['istio', 'istio-ambient', 'linkerd'] as const)(
    '%s: every series starts at zero and its samples are in time order',
    (mesh) => {
      const text = write(mesh);
      expect(text.endsWith('# EOF\n')).toBe(true);
      const all = [
        ...samplesOf(text, mesh === 'linkerd' ? 'request_total' : 'istio_requests_total').values(),
      ];
      expect(all.length).toBeGreaterThan(0);
      for (const samples of all) {
        expect(samples[0][0]).toBe(0);
        const times = samples.map(([, t]) => t);
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(new Set(times).size).toBe(times.length);
      }
    },
  );
});

describe('the committed excerpt', () => {
  const excerpt = () => loadExcerpt(join(process.cwd(), 'bench', 'onlineboutique', 'data'));

  test('holds both days, every service (adservice on 2022-08-23 only) and every fault of the Nezha lists', () => {
    const { days, faults } = excerpt();
    expect(days.map((d) => d.day)).toEqual(['2022-08-22', '2022-08-23']);
    expect(days.map((d) => d.services.length)).toEqual([9, 10]);
    expect(faults['2022-08-22']).toHaveLength(24);
    expect(faults['2022-08-23']).toHaveLength(32);
  });

  test("gives back each proxy's median of an edge through histogram_quantile", () => {
    const { days } = excerpt();
    let text = '';
    writeOpenMetrics(days, (chunk) => (text += chunk));
    const d = days[0];
    const edge = d.callerView.edges.findIndex((e) => e.caller === 'frontend' && e.callee === 'cartservice');
    const calleeEdge = d.calleeView.edges.findIndex(
      (e) => e.caller === 'frontend' && e.callee === 'cartservice',
    );
    // Every minute where both proxies measured the edge and the caller saw it over 50 ms later: a delay on the way.
    const delayed = [...d.callerView.byMinute].filter(([minute, p50s]) => {
      const callee = d.calleeView.byMinute.get(minute)?.[calleeEdge];
      return p50s[edge] !== null && callee != null && p50s[edge]! - callee > 50;
    });
    expect(delayed.length).toBeGreaterThan(0);
    const bucketsAt = (reporter: string, t: number) => {
      const lines = text
        .split('\n')
        .filter(
          (l) =>
            l.startsWith('istio_request_duration_milliseconds_bucket{') &&
            l.includes(`reporter="${reporter}"`) &&
            l.includes('source_workload="frontend"') &&
            l.includes('destination_service_name="cartservice"'),
        );
      // Counters: the minute's increase per bucket.
      const at = (le: string, time: number) =>
        Number(lines.find((l) => l.includes(`le="${le}"`) && l.endsWith(` ${time}`))?.split(' ')[1] ?? NaN);
      return [...ENVOY_DEFAULT_BUCKETS.map(String), '+Inf'].map((le) => ({
        le: le === '+Inf' ? Infinity : Number(le),
        count: at(le, t) - at(le, t - 60),
      }));
    };
    const cart = d.services.find((s) => s.service === 'cartservice')!;
    let checked = 0;
    for (const [minute, p50s] of delayed) {
      const row = cart.rows.find((r) => Math.floor(r.t / 60) === minute);
      const previous = cart.rows.find((r) => Math.floor(r.t / 60) === minute - 1);
      if (!row || !previous || row.t - previous.t !== 60 || row.ops < 1) continue;
      const caller = histogramQuantile(0.5, bucketsAt('source', row.t))!;
      const callee = histogramQuantile(0.5, bucketsAt('destination', row.t))!;
      // Floors and bucket interpolation blur the medians; the delay itself is what must survive.
      expect(caller - callee).toBeGreaterThan(
        0.5 * (p50s[edge]! - d.calleeView.byMinute.get(minute)![calleeEdge]!),
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
