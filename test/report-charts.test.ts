/**
 * The pictures behind the findings: the series the core puts in the report (from a real simulated scan), the
 * terminal sparkline and the namespace health strip.
 */
import { analyseScan } from '../src/app/analyse.js';
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { buildFindingCharts, MAX_CHART_POINTS } from '../src/core/charts.js';
import { chartLine, sparkline, wantsAscii } from '../src/render/sparkline.js';
import { namespaceHealth, stripCells } from '../src/render/overview.js';
import { renderText } from '../src/render/text.js';
import { renderHtmlReport } from '../src/render/html.js';
import { timeline } from '../src/render/charts.js';
import { learnSimulated, NOW, scanSimulated, STEP } from './support/engine.js';
import { finding, report, service } from './support/action-report-fixture.js';
import { chart } from './support/chart-fixture.js';

describe('the charts in the JSON report', () => {
  const baseline = learnSimulated();
  const faulty = () => scanSimulated([{ service: 'reviews', type: 'latency', magnitude: 4 }]);
  const scanned = analyseScan(faulty(), baseline, DEFAULT_CONFIG, { baselinePath: 'b.json', now: NOW });

  it('draw the flagged metric of the flagged service over the scan window, in its own unit', () => {
    expect(scanned.verdict).toBe('fail');
    // The fault propagates to reviews' callers too: pick the faulty service's own chart.
    const first = scanned.charts!.find((c) => c.service === 'reviews')!;
    const f = scanned.anomalies.find((a) => a.service === first.service && a.metric === first.metric)!;
    expect(first).toMatchObject({ namespace: 'bookinfo', service: 'reviews', deployedAt: null });
    // 5 minutes at 15 s: every step is a point.
    expect(first.scan.values).toHaveLength(20);
    expect(first.scan.stepSeconds).toBe(15);
    // The window's points average to what the finding observed (request-weighted, like the judge).
    const mean = first.scan.values.reduce((a, v) => a! + v!, 0)! / first.scan.values.length;
    expect(mean).toBeGreaterThan(f.expectedRange[1]);
    expect(first.band).toEqual([expect.any(Number), expect.any(Number)]);
    expect(first.band![1]).toBeLessThan(mean);
  });

  it('show the reference window the scan read before the deploy, and mark the deploy', () => {
    const scan = faulty();
    const reference = scanSimulated([], { from: scan.from - 30 * 60_000, minutes: 30 });
    const r = analyseScan(scan, baseline, DEFAULT_CONFIG, {
      baselinePath: 'b.json',
      now: NOW,
      reference: { collected: reference, window: { from: reference.from, to: reference.to } },
    });
    const c = r.charts!.find((x) => x.service === 'reviews')!;
    expect(c.deployedAt).toBe(new Date(scan.from).toISOString());
    // 5 minutes after and (at most twice that) 10 minutes before, on one grid of at most 60 points.
    expect(c.reference!.from).toBe(new Date(scan.from - 10 * 60_000).toISOString());
    expect(c.reference!.stepSeconds).toBe(c.scan.stepSeconds);
    const before = Math.max(...c.reference!.values.map((v) => v ?? 0));
    const after = Math.min(...c.scan.values.map((v) => v ?? Infinity));
    expect(after).toBeGreaterThan(before);
  });

  it('sit in the HTML report under the likely origin, as SVG', () => {
    const withOrigin = {
      ...scanned,
      origins: [
        {
          namespace: 'bookinfo',
          service: 'reviews<b>',
          kind: 'service' as const,
          score: 1,
          explains: [{ namespace: 'bookinfo', service: 'productpage', type: 'latency' as const }],
          evidence: [],
        },
      ],
    };
    const html = renderHtmlReport(withOrigin);
    expect(html).toContain('<p class="origin"><b>Likely origin: reviews&lt;b&gt;</b>');
    expect(html.match(/<svg[^>]*class="chart"/g)!.length).toBe(scanned.charts!.length);
  });

  it('are absent when nothing is flagged', () => {
    const clean = analyseScan(scanSimulated([]), baseline, DEFAULT_CONFIG, { baselinePath: 'b', now: NOW });
    expect(clean.anomalies).toHaveLength(0);
    expect(clean.charts).toBeUndefined();
  });

  it('keep at most five charts of at most 60 evenly spaced points, the reference window before the deploy', () => {
    const findings = ['productpage', 'reviews', 'ratings', 'details', 'reviews', 'ratings', 'details'].map(
      (svc, i) =>
        finding({ service: svc, metric: i < 4 ? 'latencyP99' : 'errorRatio', severity: 'critical' }),
    );
    const scan = scanSimulated([], { minutes: 60 });
    const reference = scanSimulated([], { from: scan.from - 6 * 3_600_000, minutes: 6 * 60 });
    const charts = buildFindingCharts({ scan, reference, deployedAt: scan.from }, findings, 'high');
    expect(charts).toHaveLength(5);
    for (const c of charts) {
      const points = c.scan.values.length + (c.reference?.values.length ?? 0);
      expect(points).toBeLessThanOrEqual(MAX_CHART_POINTS);
      expect(c.reference!.stepSeconds).toBe(c.scan.stepSeconds);
      // The reference shows at most twice the scan's length, ending at the deploy.
      const referenceEnd =
        Date.parse(c.reference!.from) + c.reference!.values.length * c.reference!.stepSeconds * 1000;
      expect(referenceEnd).toBe(scan.from);
      expect(c.reference!.values.length).toBeLessThanOrEqual(2 * c.scan.values.length);
      expect(c.deployedAt).toBe(new Date(scan.from).toISOString());
    }
    expect(JSON.stringify(charts).length).toBeLessThan(10_000);
  });

  it('put gating findings first and draw one service-metric once', () => {
    const findings = [
      finding({ severity: 'medium', service: 'low-one', score: 9 }),
      finding({ severity: 'high', score: 1 }),
      finding({ severity: 'critical', detector: 'model', score: 2 }),
    ];
    const scan = scanSimulated([]);
    scan.services.push({ ...scan.services[0], service: { namespace: 'bookinfo', name: 'low-one' } });
    const charts = buildFindingCharts({ scan }, findings, 'high');
    expect(charts.map((c) => `${c.service}:${c.severity}`)).toEqual(['reviews:critical', 'low-one:medium']);
    expect(STEP).toBe(15_000);
  });
});

describe('the terminal sparkline', () => {
  it('uses Unicode blocks in a terminal and plain ASCII otherwise', () => {
    expect(sparkline([0, 50, 100, null, 100], 100, false)).toBe('▁▅█ █');
    expect(sparkline([0, 50, 100, null, 100], 100, true)).toBe('_=# #');
    expect(wantsAscii({ isTTY: true }, {})).toBe(false);
    expect(wantsAscii({ isTTY: false }, {})).toBe(true);
    expect(wantsAscii({ isTTY: true }, { NO_COLOR: '1' })).toBe(true);
  });

  it('marks the deploy and says the band and the peak in the metric unit', () => {
    const line = chartLine(chart({ withReference: true }), false);
    expect(line).toMatch(/^p99 latency [▁-█ ]+┃[▁-█ ]+ {2}normal ▃ 80 ms – 120 ms · peak 320 ms · ┃ deploy$/);
    expect(chartLine(chart({ metric: 'errorRatio', band: [0, 0.002], expected: 0.001 }), true)).toContain(
      'normal _ 0% – 0.2% · peak 3.2%',
    );
  });

  it('sits under its finding in the text report', () => {
    const r = report({}, [finding()]);
    r.charts = [chart()];
    const text = renderText(r, { ascii: true });
    expect(text).toContain('           p99 latency ');
    expect(text.split('\n').find((l) => l.includes('p99 latency ') && l.includes('peak'))).toMatch(
      /[_.,\-=+*#]{5}/,
    );
  });
});

describe('the namespace health strip', () => {
  it('counts ok, warn, anomalous and insufficient data per namespace, worst first', () => {
    const r = report(
      {
        services: [
          service({ namespace: 'shop', name: 'cart', status: 'anomalous' }),
          service({ namespace: 'shop', name: 'pay', status: 'anomalous' }),
          service({ namespace: 'shop', name: 'new-one', status: 'new' }),
          service({ namespace: 'shop', name: 'quiet', status: 'insufficient-data' }),
          service({ namespace: 'blog', name: 'web' }),
        ],
      },
      [
        finding({ namespace: 'shop', service: 'cart' }),
        finding({ namespace: 'shop', service: 'pay', severity: 'low' }),
      ],
    );
    expect(namespaceHealth(r)).toEqual([
      { namespace: 'shop', counts: { ok: 0, warn: 2, anomalous: 1, insufficient: 1 }, total: 4 },
      { namespace: 'blog', counts: { ok: 1, warn: 0, anomalous: 0, insufficient: 0 }, total: 1 },
    ]);
  });

  it('keeps one cell for a single anomalous service among a thousand', () => {
    const cells = stripCells({ ok: 999, warn: 0, anomalous: 1, insufficient: 0 });
    expect(cells).toHaveLength(10);
    expect(cells.filter((c) => c === 'anomalous')).toHaveLength(1);
    expect(stripCells({ ok: 2, warn: 1, anomalous: 0, insufficient: 0 })).toEqual(['warn', 'ok', 'ok']);
  });

  it('timeline: values in display units with the deploy index', () => {
    const t = timeline(
      chart({ metric: 'errorRatio', band: [0, 0.002], expected: 0.001, withReference: true }),
    );
    expect(t.unit).toBe('%');
    expect(t.deployIndex).toBe(40);
    expect(t.minutes[40]).toBe(0);
    expect(t.minutes[0]).toBe(-10);
    expect(t.values[0]).toBeCloseTo(0.95);
  });
});

describe("another run's report (mode: comment)", () => {
  it('keeps its charts when they are within the bounds, and refuses oversized ones', async () => {
    const { parseUntrustedReport } = await import('../src/action/report-input.js');
    const r = report({}, [finding()]);
    r.charts = [chart({ withReference: true })];
    const parsed = parseUntrustedReport(JSON.parse(JSON.stringify(r)), 'report.json');
    expect(parsed.charts).toEqual(r.charts);
    const bloated = JSON.parse(JSON.stringify(r));
    bloated.charts[0].scan.values = new Array(10_000).fill(1);
    expect(() => parseUntrustedReport(bloated, 'report.json')).toThrow(/not a valid SMAnalyzer report/);
  });
});
