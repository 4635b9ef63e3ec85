/**
 * GitHub's limits on a big mesh: a 10,000-service mesh with 500 findings, five charts and a long
 * history still gives a job summary under 1 MiB and a PR comment under 65,536 characters, both complete enough
 * to read (verdict, health strip, top findings, charts, the link to the rest).
 */
import { historyEntry } from '../src/core/history.js';
import { GITHUB_COMMENT_LIMIT, renderPrComment, renderSummaryMarkdown } from '../src/render/markdown.js';
import { renderHtmlReport } from '../src/render/html.js';
import type { Severity } from '../src/core/types.js';
import { finding, report, service } from './support/action-report-fixture.js';
import { chart } from './support/chart-fixture.js';

const JOB_SUMMARY_LIMIT = 1024 * 1024;

function bigMesh() {
  const services = Array.from({ length: 10_000 }, (_, i) =>
    service({
      namespace: `team-${String(i % 400).padStart(3, '0')}-payments-platform`,
      name: `service-${String(i).padStart(5, '0')}-api-gateway-v2`,
      status: i < 500 ? 'anomalous' : i % 10 === 0 ? 'insufficient-data' : 'ok',
      ...(i % 10 === 0 && i >= 500 ? { reason: 'only 12 requests in the window (needs 100)' } : {}),
    }),
  );
  const severities: Severity[] = ['critical', 'high', 'medium', 'low'];
  const anomalies = services.slice(0, 500).map((s, i) =>
    finding({
      namespace: s.namespace,
      service: s.name,
      severity: severities[i % 4],
      score: 500 - i,
      description: `p99 latency ${300 + i} ms, normal 80–120 ms, ${(3 + i / 100).toFixed(1)}x: over twice its baseline`,
    }),
  );
  const r = report({ services }, anomalies);
  r.charts = anomalies
    .slice(0, 5)
    .map((f) => chart({ namespace: f.namespace, service: f.service, withReference: true }));
  const history = Array.from({ length: 1000 }, (_, i) =>
    historyEntry(r, Date.parse('2026-11-01T00:00:00Z') + i * 600_000),
  );
  return { r, history };
}

describe('a 10,000-service mesh with 500 findings', () => {
  const { r, history } = bigMesh();

  it('gives a job summary under 1 MiB that still opens with the verdict and the health strip', () => {
    const text = renderSummaryMarkdown(r, { history, runUrl: 'https://github.com/o/r/actions/runs/1' });
    const bytes = Buffer.byteLength(text, 'utf8');
    expect(bytes).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT);
    expect(text.startsWith('## ❌ SMAnalyzer: anomalies found')).toBe(true);
    expect(text).toContain('**Mesh:** 10000 services in 400 namespaces');
    expect(text.match(/```mermaid/g)).toHaveLength(6); // five findings, one recent-runs chart
    expect(text).toContain('### Recent runs');
    // Every finding is listed (folded beyond 20), the services table cut to fit with a count of the rest.
    expect(text.match(/^\| team-/gm)!.length).toBeGreaterThanOrEqual(500);
    expect(text).toMatch(/…and \d+ more services\./);
    console.log(`job summary: ${bytes} bytes`);
  });

  it('cuts the services table to stay under 1 MiB even when asked for every service (bytes, not characters)', () => {
    const text = renderSummaryMarkdown(r, { history, maxServices: 10_000 });
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT);
    expect(text.match(/^\| team-.*\| (✅|❌|⚪)/gmu)!.length).toBeGreaterThan(2_000);
    expect(text).toMatch(/…and \d+ more services\./);
  });

  it('gives a PR comment under 65,536 characters: verdict, top five findings, a chart, the link', () => {
    const body = renderPrComment(r, { commentId: 'x', runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).toContain('### ❌ SMAnalyzer: anomalies found');
    expect(body.match(/^\| team-/gm)).toHaveLength(5);
    expect(body).toContain('…and 495 more anomalies.');
    expect(body).toContain('```mermaid');
    expect(body).toContain('[job summary](https://github.com/o/r/actions/runs/1)');
    console.log(`PR comment: ${body.length} characters`);
  });

  it('gives one HTML file with every service', () => {
    const html = renderHtmlReport(r, { history });
    expect(html.match(/<tr>/g)!.length).toBeGreaterThan(10_000);
    console.log(`HTML report: ${Buffer.byteLength(html)} bytes`);
  });
});
