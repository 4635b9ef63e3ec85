/**
 * The reports as a browser reads them: the job summary's Markdown through `marked` (a CommonMark/GFM
 * renderer) and the HTML report parsed by jsdom; then, where Chromium is installed, a real screenshot. The
 * screenshots a person looks at come from `npm run screenshots` (docs/cli.md "Reading a report").
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { historyEntry } from '../src/core/history.js';
import { renderHtmlReport } from '../src/render/html.js';
import { renderSummaryMarkdown } from '../src/render/markdown.js';
import { finding, report, service } from './support/action-report-fixture.js';
import { chart } from './support/chart-fixture.js';

const EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function sample() {
  const services = [
    ...Array.from({ length: 24 }, (_, i) => service({ name: `svc-${String(i).padStart(2, '0')}` })),
    service({ name: EVIL, status: 'anomalous' }),
    service({ namespace: 'shop', name: 'cart', status: 'insufficient-data', reason: 'only 3 requests' }),
  ];
  const r = report({ services }, [finding({ service: EVIL, description: `slow ${EVIL}` })]);
  r.charts = [chart({ service: EVIL, withReference: true })];
  r.notes = [`note ${EVIL}`];
  const history = [0, 1, 2].map((i) => historyEntry(r, Date.parse('2026-11-25T10:00:00Z') + i * 600_000));
  return { r, history };
}

describe('the job summary through a Markdown renderer', () => {
  const { r, history } = sample();
  const dom = new JSDOM(marked.parse(renderSummaryMarkdown(r, { history })) as string);
  const doc = dom.window.document;

  it('opens with the health strip table, before the anomalies', () => {
    const first = doc.querySelector('table')!;
    expect([...first.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Namespace',
      'Health',
      'ok',
      'warn',
      'anomalous',
      'insufficient data',
    ]);
    expect(first.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('folds the services beyond 20 rows into a <details> that holds a real table', () => {
    const details = [...doc.querySelectorAll('details')].find((d) =>
      d.textContent!.includes('more services'),
    )!;
    expect(details.querySelector('summary')!.textContent).toBe('6 more services');
    expect(details.querySelectorAll('table tbody tr')).toHaveLength(6);
  });

  it('keeps a hostile name as text: no element, no handler', () => {
    expect(doc.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
  });

  it('leaves the Mermaid blocks as code blocks for GitHub to draw', () => {
    expect(doc.querySelectorAll('code.language-mermaid')).toHaveLength(2);
  });
});

describe('the HTML report', () => {
  const { r, history } = sample();
  const html = renderHtmlReport(r, { history });
  const doc = new JSDOM(html).window.document;

  it('is one self-contained file: no script, no external resource, a CSP that allows none', () => {
    expect(doc.querySelectorAll('script, link, iframe, object, embed, img')).toHaveLength(0);
    expect(
      [...doc.querySelectorAll('*')]
        .flatMap((el) => el.getAttributeNames())
        .filter((a) => a.startsWith('on')),
    ).toEqual([]);
    // The only address is the SVG namespace, which no browser fetches.
    expect(new Set(html.match(/https?:\/\/[^"'\s)]*/g))).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'),
    ).toContain("default-src 'none'");
  });

  it('has the same sections as the job summary, with an SVG chart per finding and for the recent runs', () => {
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Mesh',
      'Anomalies',
      'What moved',
      'Services',
      'Notes',
      'Recent runs',
    ]);
    expect(doc.querySelectorAll('svg.chart')).toHaveLength(2);
    expect(doc.querySelector('svg.chart polyline.observed')).not.toBeNull();
    expect(doc.querySelector('svg.chart line.deploy')).not.toBeNull();
    expect(doc.querySelector('details summary')!.textContent).toBe('6 more services');
  });

  it('escapes everything from the report', () => {
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
    expect(doc.querySelector('svg')!.getAttribute('aria-label')).toContain('<script>');
  });

  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  (chromium ? it : it.skip)(
    'renders in headless Chromium (skipped without it: apt-get install -y chromium)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-html-'));
      const page = join(dir, 'report.html');
      const png = join(dir, 'report.png');
      writeFileSync(page, html);
      const run = spawnSync(
        chromium!,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--window-size=1100,1600',
          `--screenshot=${png}`,
          `file://${page}`,
        ],
        { timeout: 60_000 },
      );
      expect(run.status).toBe(0);
      const image = readFileSync(png);
      expect(image.subarray(1, 4).toString()).toBe('PNG');
      expect(image.length).toBeGreaterThan(20_000);
    },
    90_000,
  );
  if (!chromium) console.warn('report-render: Chromium not installed, the screenshot check is skipped');
});
