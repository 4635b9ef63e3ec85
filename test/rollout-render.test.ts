/**
 * Rollouts in every report: the JSON report's `rollouts` section through a real analysis of the simulated mesh,
 * then the job summary, PR comment and HTML report drawn from it (both versions' picture parsed by Mermaid's own
 * parser), hostile version labels escaped, and the comment mode's schema keeping the section of an untrusted file.
 */
import { JSDOM } from 'jsdom';
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { analyseScan } from '../src/app/analyse.js';
import { parseUntrustedReport } from '../src/action/report-input.js';
import { renderPrComment, renderSummaryMarkdown } from '../src/render/markdown.js';
import { renderHtmlReport } from '../src/render/html.js';
import { renderText } from '../src/render/text.js';
import { SimulatedSource } from '../src/sources/simulated/source.js';
import type { Report } from '../src/core/types.js';
import { learnSimulated, NOW, STEP } from './support/engine.js';

type Mermaid = { parse(text: string): Promise<unknown> };
let mermaid: Mermaid;
let report: Report;

const DEPLOY = NOW + 60 * 60_000;

function rolloutReport(faults: ConstructorParameters<typeof SimulatedSource>[0]['faults']): Report {
  const source = new SimulatedSource({
    topology: 'bookinfo',
    seed: 1,
    faults,
    rollouts: [{ service: 'reviews', version: 'v2', share: 0.2 }],
    faultFrom: DEPLOY,
  });
  // As a scan reads it: versions, and the call graph (a caller waiting on reviews follows it).
  const read = (from: number, to: number) =>
    source.collectNow({ from, to, stepMs: STEP, namespaces: [], withVersions: true, withEdges: true });
  const scan = read(DEPLOY, DEPLOY + 5 * 60_000);
  const before = read(DEPLOY - 30 * 60_000, DEPLOY);
  return analyseScan(scan, learnSimulated(), DEFAULT_CONFIG, {
    baselinePath: 'b.json',
    now: DEPLOY + 5 * 60_000,
    reference: { collected: before, window: { from: before.from, to: before.to } },
  });
}

beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
  report = rolloutReport([{ service: 'reviews', version: 'v2', type: 'error_rate', magnitude: 0.08 }]);
}, 60_000);

const mermaidBlocks = (markdown: string) =>
  [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);

test('the JSON report lists the rollout: both sides, every signal, the sentence and the picture', () => {
  expect(report.verdict).toBe('fail');
  const [rollout] = report.rollouts!;
  expect(rollout).toMatchObject({
    namespace: 'bookinfo',
    service: 'reviews',
    basis: 'unseen-before',
    verdict: 'regressed',
    minRequests: 100,
    new: { version: 'v2' },
    old: { version: 'v1', versions: ['v1'] },
  });
  expect(rollout.signals.map((s) => s.signal)).toEqual([
    'errors',
    'timeouts',
    'retries',
    'overflows',
    'latencyP50',
    'latencyP99',
    'callersLatencyP50',
    'callersLatencyP99',
  ]);
  expect(rollout.reason).toMatch(/^v2 vs v1 \(\d+(\.\d+)?% of the requests\): v2 is worse — errors /);
  expect(rollout.chart!.metric).toBe('errorRatio');
  expect(rollout.chart!.new.values.length).toBe(rollout.chart!.old.values.length);
  expect(rollout.chart!.new.values.length).toBeLessThanOrEqual(60);
  const finding = report.anomalies.find((f) => f.rollout?.moved === 'new')!;
  expect(finding).toMatchObject({ type: 'error_rate', detector: 'rule', onset: 'new' });
  expect(finding.reason).toMatchObject({ kind: 'version-regression', newVersion: 'v2', oldVersion: 'v1' });
});

test('the job summary has the rollout row and both versions over the window, as Mermaid parses it', async () => {
  const markdown = renderSummaryMarkdown(report);
  expect(markdown).toMatch(/### Rollouts\n\n\| Service \| New vs old \| New share \| Verdict \| Why \|/);
  expect(markdown).toMatch(/\| bookinfo\/reviews \| v2 vs v1 \| \d+(\.\d+)?% \| ❌ regressed \| v2 vs v1/);
  const blocks = mermaidBlocks(markdown).filter((b) => b.includes('reviews error ratio'));
  expect(blocks).toHaveLength(1);
  expect(blocks[0].match(/^ {2}line \[/gm)).toHaveLength(2);
  await expect(mermaid.parse(blocks[0])).resolves.toMatchObject({ diagramType: 'xychart' });
});

test('the PR comment carries the rollout row and its picture', async () => {
  const comment = renderPrComment(report, { commentId: 'canary' });
  expect(comment).toMatch(/❌ regressed/);
  const blocks = mermaidBlocks(comment);
  expect(blocks.some((b) => b.includes('reviews error ratio'))).toBe(true);
  for (const block of blocks) await expect(mermaid.parse(block)).resolves.toBeTruthy();
});

test('the HTML report draws both versions as two lines', () => {
  const html = renderHtmlReport(report);
  expect(html).toMatch(/<h2>Rollouts<\/h2>/);
  expect(html).toMatch(/<path d="M[^"]+" class="old-version"\/><path d="M[^"]+" class="observed"\/>/);
});

test('both versions slower: the finding sits in its own section, worded, and does not gate', () => {
  const shared = rolloutReport([{ service: 'reviews', type: 'latency', magnitude: 1.8 }]);
  expect(shared.verdict).toBe('warn');
  const text = renderText(shared);
  expect(text).toMatch(/In both versions alike \(not the new version's doing\) \(2\):\n/);
  expect(text).toMatch(/bookinfo\/reviews {2}latency .*\n.*v2 and v1 alike: not the new version's doing/);
  expect(text).toMatch(
    /bookinfo\/productpage {2}latency .*\n.*follows bookinfo\/reviews, whose v2 and v1 moved alike/,
  );
  expect(renderSummaryMarkdown(shared)).toMatch(/### In both versions alike \(not the new version's doing\)/);
  expect(shared.summary.gatingAnomalies).toBe(0);
});

test('a hostile version label from an untrusted report is escaped everywhere', () => {
  const hostile = JSON.parse(JSON.stringify(report)) as Report;
  hostile.rollouts![0].new.version = '<img src=x onerror=alert(1)>|@team';
  hostile.rollouts![0].old.versions = ['</table><script>x</script>'];
  const parsed = parseUntrustedReport(hostile, 'report.json');
  expect(parsed.rollouts).toHaveLength(1);
  const html = renderHtmlReport(parsed);
  expect(html).not.toMatch(/<img src=x|<script>x/);
  const markdown = renderSummaryMarkdown(parsed);
  expect(markdown).not.toMatch(/<img src=x|<\/table><script>/);
  expect(markdown).not.toMatch(/[^`\\]@team/);
});

test("the comment mode's schema keeps the rollouts and each finding's rollout", () => {
  const parsed = parseUntrustedReport(JSON.parse(JSON.stringify(report)), 'report.json');
  expect(parsed.rollouts).toEqual(report.rollouts);
  const finding = parsed.anomalies.find((f) => f.rollout)!;
  expect(finding.rollout).toEqual({ new: 'v2', old: 'v1', moved: 'new' });
});
