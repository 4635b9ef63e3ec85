/**
 * Every Mermaid block the job summary and PR comment carry goes through Mermaid's own parser (the one GitHub
 * runs), with a DOM from jsdom since Mermaid expects a browser. A broken block must be rejected, or the check
 * would prove nothing.
 */
import { JSDOM } from 'jsdom';
import { renderPrComment, renderSummaryMarkdown } from '../src/render/markdown.js';
import { historyEntry } from '../src/core/scan-history.js';
import { finding, report } from './support/action-report-fixture.js';
import { chart } from './support/chart-fixture.js';

type Mermaid = { parse(text: string): Promise<unknown> };
let mermaid: Mermaid;

beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
}, 60_000);

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
}

const withCharts = () => {
  const r = report({}, [
    finding(),
    finding({ service: 'ratings', metric: 'errorRatio', type: 'error_rate' }),
  ]);
  r.charts = [
    chart(),
    chart({
      service: 'ratings',
      metric: 'errorRatio',
      band: [0, 0.002],
      expected: 0.001,
      withReference: true,
    }),
  ];
  return r;
};

describe('Mermaid blocks', () => {
  it('parse: the findings charts, with and without a reference window, and the recent-runs chart', async () => {
    const r = withCharts();
    const history = [0, 1, 2].map((i) => historyEntry(r, Date.parse('2026-11-25T10:00:00Z') + i * 60_000));
    const blocks = mermaidBlocks(renderSummaryMarkdown(r, { history }));
    expect(blocks).toHaveLength(3);
    for (const block of blocks)
      await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'xychart' });
  });

  it('parse in the PR comment too', async () => {
    const blocks = mermaidBlocks(renderPrComment(withCharts(), { commentId: 'x' }));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) await expect(mermaid.parse(block)).resolves.toBeTruthy();
  });

  it('a hostile service name stays inside the title', async () => {
    const r = withCharts();
    r.charts![0].service = 'x" \n  line [1]\n%%{init: {}}%% <b>';
    const [block] = mermaidBlocks(renderSummaryMarkdown(r));
    expect(block.split('\n').filter((l) => l.trim().startsWith('line')).length).toBe(3);
    await expect(mermaid.parse(block)).resolves.toBeTruthy();
  });

  it('the parser really rejects a broken block', async () => {
    const [block] = mermaidBlocks(renderSummaryMarkdown(withCharts()));
    await expect(mermaid.parse(block.replace(/line \[/, 'line [,'))).rejects.toThrow(/Parse error/);
    await expect(mermaid.parse(block.replace('x-axis', 'x-axes'))).rejects.toThrow();
  });
});
