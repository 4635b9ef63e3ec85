/**
 * Origins in words and pictures: the headline's wording, the flowchart's shape and limits, and that names
 * from the cluster cannot break out of Markdown or Mermaid.
 */
import { describe, expect, it } from '@jest/globals';
import { originHeadline, originMermaid } from '../src/render/origin.js';
import { renderPrComment, renderSummaryMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';
import type { ReportOrigin } from '../src/core/types.js';
import { finding, report, service } from './support/action-report-fixture.js';

const key = (name: string) => ({ namespace: 'shop', name });

function paymentReport() {
  const anomalies = [
    finding({
      namespace: 'shop',
      service: 'frontend',
      type: 'error_rate',
      metric: 'errorRatio',
      origin: 'shop/paymentservice',
    }),
    finding({
      namespace: 'shop',
      service: 'checkoutservice',
      type: 'error_rate',
      metric: 'errorRatio',
      origin: 'shop/paymentservice',
    }),
    finding({ namespace: 'shop', service: 'paymentservice', type: 'error_rate', metric: 'errorRatio' }),
  ];
  const origins: ReportOrigin[] = [
    {
      namespace: 'shop',
      service: 'paymentservice',
      kind: 'service',
      score: 30,
      explains: [
        { namespace: 'shop', service: 'checkoutservice', type: 'error_rate' },
        { namespace: 'shop', service: 'frontend', type: 'error_rate' },
      ],
      evidence: [
        { signal: 'errors', caller: key('checkoutservice'), callee: key('paymentservice'), carried: 1 },
        { signal: 'errors', caller: key('frontend'), callee: key('checkoutservice'), carried: 0.8 },
      ],
    },
  ];
  const services = ['frontend', 'checkoutservice', 'paymentservice', 'emailservice'].map((name) =>
    service({ namespace: 'shop', name, status: name === 'emailservice' ? 'ok' : 'anomalous' }),
  );
  return report({ services, origins }, anomalies);
}

describe('the origin headline', () => {
  it('names the origin and the services whose errors follow it', () => {
    expect(originHeadline(paymentReport())).toBe(
      'Likely origin: paymentservice — checkoutservice and frontend errors follow its failures',
    );
  });

  it('names the network for a slow edge to a healthy callee', () => {
    const r = report({
      origins: [
        {
          namespace: 'shop',
          service: 'cart',
          kind: 'network',
          caller: { namespace: 'shop', service: 'frontend' },
          score: 5,
          explains: [{ namespace: 'shop', service: 'frontend', type: 'latency' }],
          evidence: [
            {
              signal: 'latency',
              caller: key('frontend'),
              callee: key('cart'),
              clientP99Ms: 260,
              serverP99Ms: 21,
            },
          ],
        },
      ],
    });
    expect(originHeadline(r)).toBe(
      'Likely origin: the network between shop/frontend and shop/cart — calls take 260 ms (p99) at the caller while shop/cart answers in 21 ms',
    );
  });

  it('is absent when the report names no origin', () => {
    expect(originHeadline(report({}, [finding()]))).toBeNull();
    expect(renderText(report({}, [finding()]))).not.toContain('Likely origin');
  });
});

describe('the origin graph', () => {
  it('draws callers pointing at the origin, the origin highlighted and healthy services left out', () => {
    const lines = originMermaid(paymentReport());
    expect(lines).toEqual([
      '```mermaid',
      'flowchart LR',
      '  n0["🔥 paymentservice"]:::origin',
      '  n1["⚠ checkoutservice"]:::anomalous',
      '  n2["⚠ frontend"]:::anomalous',
      '  n1 --> n0',
      '  n2 --> n1',
      '  classDef origin fill:#ffb3a7,stroke:#c00,stroke-width:3px',
      '  classDef anomalous fill:#fff1c2,stroke:#c90',
      '  classDef healthy fill:#e8f5e9,stroke:#4a4',
      '```',
    ]);
  });

  it('keeps to fifteen nodes on a wide fan-in', () => {
    const callers = Array.from({ length: 40 }, (_, i) => `caller-${i}`);
    const r = report({
      origins: [
        {
          namespace: 'shop',
          service: 'db',
          kind: 'service',
          score: 9,
          explains: callers.map((c) => ({ namespace: 'shop', service: c, type: 'latency' as const })),
          evidence: callers.map((c) => ({ signal: 'latency' as const, caller: key(c), callee: key('db') })),
        },
      ],
    });
    const nodes = originMermaid(r).filter((l) => /^ {2}n\d+\[/.test(l));
    expect(nodes).toHaveLength(15);
  });

  it('keeps hostile names out of Markdown and Mermaid', () => {
    const evil = 'pay"]:::origin\n  click n0 "javascript:alert(1)"<img src=x>@team';
    const r = paymentReport();
    r.origins![0].service = evil;
    r.origins![0].evidence[0].callee = { namespace: 'shop', name: evil };
    const summary = renderSummaryMarkdown(r);
    const comment = renderPrComment(r, { commentId: 'gate' });
    for (const text of [summary, comment]) {
      expect(text).not.toContain('<img');
      expect(text).not.toContain('@team');
      const mermaid = text.slice(
        text.indexOf('```mermaid'),
        text.indexOf('```', text.indexOf('```mermaid') + 3),
      );
      expect(mermaid).not.toMatch(/click n\d/);
      for (const line of mermaid.split('\n').filter((l) => l.includes('['))) {
        expect(line).toMatch(/^ {2}n\d+\["[^"]*"\]:::(origin|anomalous|healthy)$/);
      }
    }
  });
});

describe('reports open with the origin', () => {
  it('puts the headline first in the text, the job summary and the PR comment', () => {
    const r = paymentReport();
    const line = 'checkoutservice and frontend errors follow its failures';
    const text = renderText(r);
    expect(text.indexOf('Likely origin: paymentservice')).toBeLessThan(text.indexOf('Anomalies'));
    expect(text).toContain('frontend (anomalous) ──▶ checkoutservice (anomalous)');
    expect(text).toContain('follows shop/paymentservice');
    const summary = renderSummaryMarkdown(r);
    expect(summary.split('\n')[2]).toBe(`**Likely origin: paymentservice** — ${line}`);
    const comment = renderPrComment(r, { commentId: 'gate' });
    expect(comment).toContain(`**Likely origin: paymentservice** — ${line}`);
    expect(comment).toContain('```mermaid\nflowchart LR');
  });
});
