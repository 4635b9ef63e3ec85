import { annotationsFor } from '../src/action/annotations.js';
import {
  commentMarker,
  escapeMarkdown,
  formatAge,
  formatMetric,
  readCommentState,
  renderPrComment,
  renderSummaryMarkdown,
} from '../src/render/markdown.js';
import { finding, report, service } from './support/action-report-fixture.js';
import { chart } from './support/chart-fixture.js';

describe('escapeMarkdown', () => {
  it('turns HTML into inert text', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps a pipe from splitting a table cell', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
  });

  it('keeps a newline from ending a table row', () => {
    expect(escapeMarkdown('a\n| x | y |')).toBe('a \\| x \\| y \\|');
  });

  it('breaks @-mentions and issue references with a zero-width space', () => {
    expect(escapeMarkdown('@octocat #12')).toBe('@&#8203;octocat #&#8203;12');
  });

  it('escapes emphasis, code and link syntax', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e)')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e)');
  });

  it('leaves ordinary Kubernetes names readable', () => {
    expect(escapeMarkdown('bookinfo/reviews-v2.prod')).toBe('bookinfo/reviews-v2.prod');
  });
});

describe('unit formatting', () => {
  it('shows ratios as percentages', () => {
    expect(formatMetric('errorRatio', 0.0525)).toBe('5.25%');
  });

  it('shows latencies in milliseconds', () => {
    expect(formatMetric('latencyP99', 312.4)).toBe('312 ms');
  });

  it('shows a missing value as a dash, not zero', () => {
    expect(formatMetric('latencyP99', null)).toBe('–');
  });

  it('shows a baseline age of 3 hours 5 minutes as "3h 5m"', () => {
    expect(formatAge(3 * 3600 + 5 * 60)).toBe('3h 5m');
  });
});

describe('renderSummaryMarkdown', () => {
  const failing = report({}, [finding()]);

  it('states the verdict in the heading', () => {
    expect(renderSummaryMarkdown(failing).split('\n')[0]).toBe(
      '## ❌ SMAnalyzer: anomalies found · source: simulated (built-in demo mesh, not a cluster)',
    );
  });

  it('lists each anomaly with observed, expected range and threshold', () => {
    expect(renderSummaryMarkdown(failing)).toContain(
      '| bookinfo/reviews | latency | **high** | p99 latency | 300 ms | 100 ms (80 ms – 120 ms) | 200 ms | rule |',
    );
  });

  it('shows the window and the baseline age', () => {
    const text = renderSummaryMarkdown(failing);
    expect(text).toContain('**Window:** 2026-11-25T10:00:00.000Z → 2026-11-25T10:05:00.000Z (5m)');
    expect(text).toContain('**Baseline:** learned 3h 5m ago');
  });

  it('gives every service a status row', () => {
    const text = renderSummaryMarkdown(failing);
    expect(text).toContain('| bookinfo/reviews | ❌ anomalous | 1200 |');
    expect(text).toContain('| bookinfo/ratings | ✅ ok | 1200 |');
  });

  it("draws the finding's chart: the metric over the window against the band, in its unit", () => {
    const r = report({}, [finding()]);
    r.charts = [chart()];
    const text = renderSummaryMarkdown(r);
    expect(text).toContain('xychart-beta\n  title "bookinfo/reviews p99 latency (ms)"');
    expect(text).toContain('  x-axis "minutes into the scan window" 0 --> 4.8');
    expect(text).toContain('  y-axis "ms" 0 --> 400');
    expect(text).toContain('  line [100, 101, 102, 103, 310, 320, 300, 300, 320,');
    expect(text).toContain(`  line [${new Array(20).fill(120).join(', ')}]`);
    expect(text).toContain('green: learned normal band 80 ms – 120 ms');
  });

  it("names the half hour before the deploy as the band's source when it is (a service the baseline lacks)", () => {
    const r = report({}, [finding()]);
    r.charts = [{ ...chart(), bandFrom: 'reference' }];
    expect(renderSummaryMarkdown(r)).toContain('green: normal band before the deploy 80 ms – 120 ms');
  });

  it('opens with the health of each namespace, before the tables', () => {
    const text = renderSummaryMarkdown(failing);
    expect(text).toContain('**Mesh:** 2 services in 1 namespace — ❌ 1 anomalous · ✅ 1 ok');
    expect(text).toContain('| bookinfo | 🟥🟩 | 1 | 0 | 1 | 0 |');
    expect(text.indexOf('**Mesh:**')).toBeLessThan(text.indexOf('### Anomalies'));
  });

  it('folds a table beyond 20 rows into <details>', () => {
    const services = Array.from({ length: 25 }, (_, i) =>
      service({ name: `svc-${String(i).padStart(2, '0')}` }),
    );
    const text = renderSummaryMarkdown(report({ services }));
    const [visible, folded] = text.split('<details><summary>5 more services</summary>');
    expect(visible).toContain('| bookinfo/svc-19 |');
    expect(visible).not.toContain('| bookinfo/svc-20 |');
    expect(folded).toContain('| bookinfo/svc-24 |');
    expect(folded).toContain('</details>');
  });

  it('draws no chart when nothing is flagged', () => {
    expect(renderSummaryMarkdown(report())).not.toContain('mermaid');
  });

  it('escapes a hostile service name in every table', () => {
    const evil = '<script>x</script>|@admin';
    const r = report({ services: [service({ name: evil, status: 'anomalous' })] }, [
      finding({ service: evil }),
    ]);
    const text = renderSummaryMarkdown(r);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('@admin');
    expect(text).toContain('bookinfo/&lt;script&gt;x&lt;/script&gt;\\|@&#8203;admin');
  });
});

describe('renderPrComment', () => {
  const failing = report({}, [finding()]);

  it('starts with the hidden marker for its comment-id', () => {
    expect(renderPrComment(failing, { commentId: 'staging' }).startsWith('<!-- smanalyzer:staging -->')).toBe(
      true,
    );
  });

  it('records that it shows anomalies so a later run can resolve it', () => {
    expect(readCommentState(renderPrComment(failing, { commentId: 'x' }))).toBe('anomalies');
  });

  it('says resolved when a passing run follows a failing one', () => {
    const body = renderPrComment(report(), { commentId: 'x', resolvesEarlierFailure: true });
    expect(readCommentState(body)).toBe('resolved');
    expect(body).toContain('resolved');
  });

  it('stays within the length limit and links to the job summary when cut', () => {
    const many = Array.from({ length: 2000 }, (_, i) => finding({ service: `svc-${i}` }));
    const body = renderPrComment(report({}, many), {
      commentId: 'x',
      runUrl: 'https://github.com/o/r/actions/runs/1',
      maxLength: 65_536,
    });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('more anomalies');
    expect(body).toContain('[job summary](https://github.com/o/r/actions/runs/1)');
    expect(body.startsWith(commentMarker('x'))).toBe(true);
  });

  it('stays short: the top five findings, the first chart in place, the rest in the job summary', () => {
    const many = Array.from({ length: 12 }, (_, i) => finding({ service: `svc-${i}`, score: i }));
    const r = report({}, many);
    r.charts = [chart(), chart({ service: 'ratings' })];
    const body = renderPrComment(r, { commentId: 'x', runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.match(/^\| bookinfo\/svc-/gm)).toHaveLength(5);
    expect(body).toContain('| bookinfo/svc-11 |');
    expect(body).toContain('…and 7 more anomalies.');
    expect(body).toContain('<details><summary>1 more chart</summary>');
    expect(body).toContain('Full report: [job summary](https://github.com/o/r/actions/runs/1).');
    expect(body.length).toBeLessThan(6000);
  });

  it('hard-cuts a body that cannot fit even without rows', () => {
    const body = renderPrComment(report({}, [finding()]), { commentId: 'x', maxLength: 300 });
    expect(body.length).toBeLessThanOrEqual(300);
    expect(body).toContain('truncated');
  });
});

describe('annotationsFor', () => {
  it('makes a finding at or above fail-on an error', () => {
    expect(annotationsFor(report({}, [finding({ severity: 'critical' })]))[0].level).toBe('error');
  });

  it('makes a finding below fail-on a warning', () => {
    expect(annotationsFor(report({}, [finding({ severity: 'medium' })]))[0].level).toBe('warning');
  });

  it('makes every finding a warning in advisory mode', () => {
    const r = report({}, [finding({ severity: 'critical' })]);
    r.summary.warnOnly = true;
    expect(annotationsFor(r)[0].level).toBe('warning');
  });

  it('puts observed, expected and threshold in the message', () => {
    expect(annotationsFor(report({}, [finding()]))[0].message).toContain(
      'Observed 300 ms, expected 100 ms (normal 80 ms – 120 ms), threshold 200 ms [rule].',
    );
  });
});

describe('model findings', () => {
  it("keep the model's distance out of the table: it has no unit a reader could use", () => {
    const text = renderSummaryMarkdown(report({}, [finding({ detector: 'model', threshold: 9.254 })]));
    expect(text).toContain('| – | model |');
    expect(text).not.toMatch(/distance|9\.25/);
  });

  it("show an envelope's bound in the metric unit", () => {
    const text = renderSummaryMarkdown(
      report({}, [
        finding({
          detector: 'model',
          threshold: 9.254,
          reason: { kind: 'envelope', side: 'above', bound: 210 },
        }),
      ]),
    );
    expect(text).toContain('| 210 ms | model |');
  });
});
