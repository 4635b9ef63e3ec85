/**
 * The origin flowchart goes through Mermaid's own parser (the one GitHub runs), with hostile names and a network
 * edge; a broken flowchart must be rejected, or the check would prove nothing.
 */
import { JSDOM } from 'jsdom';
import { originMermaid } from '../src/render/origin.js';
import { renderPrComment, renderSummaryMarkdown } from '../src/render/markdown.js';
import type { Report, ReportOrigin } from '../src/core/types.js';
import { finding, report } from './support/action-report-fixture.js';

type Mermaid = { parse(text: string): Promise<unknown> };
let mermaid: Mermaid;

beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
}, 60_000);

const key = (name: string) => ({ namespace: 'shop', name });

function withOrigins(names: { origin: string; callers: string[] }): Report {
  const origins: ReportOrigin[] = [
    {
      namespace: 'shop',
      service: names.origin,
      kind: 'service',
      score: 10,
      explains: names.callers.map((c) => ({ namespace: 'shop', service: c, type: 'error_rate' as const })),
      evidence: names.callers.map((c) => ({
        signal: 'errors' as const,
        caller: key(c),
        callee: key(names.origin),
      })),
    },
    {
      namespace: 'shop',
      service: 'cart',
      kind: 'network',
      caller: { namespace: 'shop', service: 'frontend' },
      score: 4,
      explains: [{ namespace: 'shop', service: 'frontend', type: 'latency' }],
      evidence: [
        {
          signal: 'latency',
          caller: key('frontend'),
          callee: key('cart'),
          clientP99Ms: 300,
          serverP99Ms: 20,
        },
      ],
    },
  ];
  return report({ origins }, [finding({ namespace: 'shop', service: names.origin, type: 'error_rate' })]);
}

const blocks = (markdown: string) => [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('the origin flowchart', () => {
  it('parses as a flowchart in the job summary and the PR comment', async () => {
    const r = withOrigins({ origin: 'paymentservice', callers: ['checkoutservice', 'frontend'] });
    for (const markdown of [renderSummaryMarkdown(r), renderPrComment(r, { commentId: 'gate' })]) {
      const flowcharts = blocks(markdown).filter((b) => b.startsWith('flowchart'));
      expect(flowcharts).toHaveLength(1);
      await expect(mermaid.parse(flowcharts[0])).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    }
  });

  it('parses with names that try to break out of a label or add a click handler', async () => {
    const r = withOrigins({
      origin: 'pay"]; click n0 call alert(1); x["',
      callers: ['a]-->b', 'c;classDef x fill:red', 'é🙂\n%%{init}%%'],
    });
    const text = originMermaid(r).slice(1, -1).join('\n');
    // Every line is one of ours: the names stay inside quoted labels, in a narrow alphabet.
    for (const line of text.split('\n').slice(1)) {
      expect(line).toMatch(
        /^ {2}(n\d+\["[^"\]\[;%\n]*"\]:::(origin|anomalous|healthy)|n\d+ (-->|-\. slow network \.->) n\d+|linkStyle \d+ stroke:#d00,stroke-width:3px|classDef (origin|anomalous|healthy) [a-z0-9:#,-]+)$/,
      );
    }
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it('a broken flowchart is rejected by the same parser', async () => {
    await expect(mermaid.parse('flowchart LR\n  n0["a"] --> n1["b')).rejects.toThrow();
  });
});
