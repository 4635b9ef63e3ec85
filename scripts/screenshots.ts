/**
 * `npm run screenshots`: the reports as a person sees them. Learns a simulated Bookinfo mesh, records
 * three scans (clean, latency fault, error fault), then renders
 *   - the job summary Markdown through `marked`, with Mermaid drawing its blocks in the page as GitHub does,
 *   - the HTML report as it is written (no script of its own),
 * and screenshots both with headless Chromium into screenshots/ (summary.png, report.png, plus the pages).
 * Needs Chromium (`apt-get install -y chromium`, or CHROMIUM=/path/to/chrome).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { marked } from 'marked';
import { analyseScan } from '../src/app/analyse.js';
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { buildFindingCharts } from '../src/core/charts.js';
import { historyEntry } from '../src/core/history.js';
import { learnBaseline } from '../src/core/learn.js';
import { renderHtmlReport } from '../src/render/html.js';
import { renderPrComment, renderSummaryMarkdown } from '../src/render/markdown.js';
import { SimulatedSource } from '../src/sources/simulated/source.js';
import type { AnomalyFault } from '../src/core/settings.js';

const OUT = resolve(process.argv[2] ?? 'screenshots');
const NOW = Date.parse('2026-11-25T12:00:00Z');
const STEP = 15_000;

function collect(faults: AnomalyFault[], from: number, minutes: number) {
  return new SimulatedSource({ topology: 'bookinfo', seed: 1, faults }).collectNow({
    from,
    to: from + minutes * 60_000,
    stepMs: STEP,
    namespaces: [],
    withEdges: true,
  });
}

const baseline = learnBaseline(collect([], NOW - 24 * 3_600_000, 24 * 60), DEFAULT_CONFIG, {
  now: NOW,
  toolVersion: 'screenshots',
  cluster: null,
  namespaces: [],
});

const scans: Array<{ faults: AnomalyFault[]; at: number }> = [
  { faults: [], at: NOW + 3_600_000 },
  { faults: [{ service: 'ratings', type: 'error_rate', magnitude: 0.08 }], at: NOW + 2 * 3_600_000 },
  { faults: [{ service: 'reviews', type: 'latency', magnitude: 4 }], at: NOW + 3 * 3_600_000 },
];
const history = [];
let report = null as ReturnType<typeof analyseScan> | null;
for (const scan of scans) {
  const collected = collect(scan.faults, scan.at, 5);
  report = analyseScan(collected, baseline, DEFAULT_CONFIG, { baselinePath: 'baseline.json', now: scan.at });
  // The scan's charts again with the half hour before the deploy as the reference window (the deploy-aware
  // window, here the fault-free mesh), so the pictures show the deploy marker.
  const reference = collect([], scan.at - 30 * 60_000, 30);
  report.charts = buildFindingCharts(
    { scan: collected, reference, deployedAt: collected.from },
    report.anomalies,
    report.summary.failOn,
  );
  history.push(historyEntry(report, scan.at + 5 * 60_000));
}
const last = report!;

mkdirSync(OUT, { recursive: true });
const mermaidJs = readFileSync(
  join(createRequire(import.meta.url).resolve('mermaid/package.json'), '..', 'dist', 'mermaid.min.js'),
  'utf8',
);
const githubLike = (title: string, markdown: string) => {
  // marked leaves ```mermaid as <pre><code class="language-mermaid">; GitHub draws those, so the page does too.
  const body = (marked.parse(markdown) as string).replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    '<pre class="mermaid">$1</pre>',
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>
body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;max-width:1000px;margin:0 auto;padding:24px;color:#1f2328}
table{border-collapse:collapse}th,td{border:1px solid #d1d9e0;padding:4px 10px}th{background:#f6f8fa}
pre.mermaid{background:none}sub{color:#59636e}</style></head><body>${body}
<script>${mermaidJs}</script><script>mermaid.initialize({startOnLoad:true});</script></body></html>`;
};

const pages = {
  summary: githubLike(
    'job summary',
    renderSummaryMarkdown(last, { history, runUrl: 'https://github.com/o/r/actions/runs/1' }),
  ),
  comment: githubLike(
    'PR comment',
    renderPrComment(last, { commentId: 'default', runUrl: 'https://github.com/o/r/actions/runs/1' }),
  ),
  report: renderHtmlReport(last, { history }),
};

const chromium =
  process.env.CHROMIUM ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
for (const [name, html] of Object.entries(pages)) {
  const page = join(OUT, `${name}.html`);
  writeFileSync(page, html);
  if (!chromium) continue;
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--virtual-time-budget=10000',
      `--window-size=1100,${name === 'comment' ? 960 : 3600}`,
      `--screenshot=${join(OUT, `${name}.png`)}`,
      `file://${page}`,
    ],
    { stdio: 'ignore' },
  );
  console.log(`${join(OUT, `${name}.png`)} (from ${page})`);
}
if (!chromium) {
  console.error(
    'Chromium not found: wrote the pages only. Install it (apt-get install -y chromium) or set CHROMIUM.',
  );
  process.exitCode = 2;
}
