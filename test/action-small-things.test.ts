/**
 * The smaller holes: the job summary's limit in bytes, the comment's chart work bounded, a
 * future-dated baseline under warn-only, and a report path the Action cannot write (through the bundled Action).
 * (getWorkflowRun 404: action-artifact.test.ts; wrapped base64 and YAML aliases: secrets-everywhere.test.ts.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitSummary, STEP_SUMMARY_LIMIT_BYTES } from '../src/action/output-limits.js';
import { renderPrComment, renderSummaryMarkdown, TOP_FINDINGS } from '../src/render/markdown.js';
import type { FindingChart } from '../src/core/types.js';
import { finding, report, service } from './support/action-report-fixture.js';
import { ensureBundle, ROOT, runBundledAction, type ActionRun } from './support/action-runner.js';

describe('the job summary', () => {
  // Before 10.11 the limit was counted in UTF-16 units: 400k characters of "—" are 1.2 MB.
  it('is cut to its limit in bytes, however many bytes a character takes', () => {
    const services = Array.from({ length: 500 }, (_, i) =>
      service({ name: `svc-${i}`, reason: '—'.repeat(800) }),
    );
    const text = renderSummaryMarkdown(report({ services }));
    expect(text.length).toBeLessThan(900_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(900_000);
  });

  it('never goes past 1 MiB in the step, with a note where it was cut and no broken character', () => {
    const fitted = fitSummary('é'.repeat(600_000), STEP_SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    expect(fitted).toMatch(/the rest did not fit in the job summary \(1 MiB per step\)/);
    expect(fitted).not.toContain('\uFFFD');
    expect(fitSummary('short', 10)).toBe('short');
  });
});

describe('the PR comment of a scan with thousands of findings', () => {
  const many = (n: number) => {
    const anomalies = Array.from({ length: n }, (_, i) => finding({ service: `svc-${i}` }));
    const r = report({}, anomalies);
    r.charts = anomalies.map((a): FindingChart => ({
      namespace: a.namespace,
      service: a.service,
      metric: a.metric,
      type: a.type,
      severity: a.severity,
      scan: {
        from: '2026-11-25T10:00:00Z',
        stepSeconds: 15,
        values: Array.from({ length: 60 }, (_, j) => j),
      },
      expected: 100,
      band: [80, 120],
      deployedAt: null,
    }));
    return r;
  };

  // Before 10.11 every finding's chart was drawn for a comment that then dropped them all for length.
  it('draws only the charts of the findings it lists, and keeps the first one', () => {
    const started = Date.now();
    const body = renderPrComment(many(4000), { commentId: 'default' });
    const elapsed = Date.now() - started;
    const charts = body.split('\n').filter((l) => l.trim() === 'xychart-beta').length;
    expect(charts).toBeGreaterThanOrEqual(1);
    expect(charts).toBeLessThanOrEqual(TOP_FINDINGS);
    expect(elapsed).toBeLessThan(1500);
  });
});

describe('through the bundled Action', () => {
  let work: string;
  let baseline: string;
  const run = (inputs: Record<string, string>): Promise<ActionRun> =>
    runBundledAction({
      work,
      inputs: { mode: 'scan', source: 'simulated', comment: 'never', 'baseline-path': baseline, ...inputs },
      env: {
        GITHUB_REPOSITORY: 'octo-org/bookinfo',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: join(ROOT, 'test', 'support', 'events', 'push.json'),
      },
    });

  beforeAll(async () => {
    ensureBundle();
    work = mkdtempSync(join(tmpdir(), 'smanalyzer-small-'));
    baseline = join(work, 'baseline.json');
    const learned = await runBundledAction({
      work,
      inputs: { mode: 'learn', source: 'simulated', 'baseline-path': baseline },
      env: { GITHUB_REPOSITORY: 'octo-org/bookinfo' },
    });
    if (learned.code !== 0) throw new Error(`learn failed: ${learned.stdout}`);
  }, 240_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  describe('a baseline dated in the future', () => {
    beforeAll(() => {
      const b = JSON.parse(readFileSync(baseline, 'utf8'));
      writeFileSync(
        join(work, 'future.json'),
        JSON.stringify({ ...b, createdAt: '2099-01-01T00:00:00.000Z' }),
      );
    });

    // Before 10.11 warn-only still failed the step on it.
    it('under warn-only is a warning and the step passes', async () => {
      const result = await run({ 'baseline-path': join(work, 'future.json'), 'warn-only': 'true' });
      expect([result.code, result.outputs.verdict]).toEqual([0, 'warn']);
      expect(result.stdout).toMatch(
        /^::warning::.*future\.json was created in the future \(2099-01-01T00:00:00\.000Z\)/m,
      );
    }, 60_000);

    it('fails the step otherwise', async () => {
      const result = await run({ 'baseline-path': join(work, 'future.json') });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^::error::.*was created in the future/m);
    }, 60_000);
  });

  describe('a report path it cannot write', () => {
    // Before 10.11: "unexpected error: ENOTDIR: not a directory, mkdir …".
    it('is named with its cause and the input to change', async () => {
      writeFileSync(join(work, 'a-file'), '');
      const path = join(work, 'a-file', 'report.json');
      const result = await run({ 'report-path': path });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        `::error::cannot write the report to ${path}: a part of the path is a file, not a directory (EEXIST)%0ATo fix: set report-path to a writable path`,
      );
    }, 60_000);

    it('is named the same way when its file system is read-only', async () => {
      // /sys is read-only in containers (even for root); elsewhere this case has nothing to show.
      let writable = true;
      try {
        writeFileSync('/sys/smanalyzer-probe', '');
      } catch {
        writable = false;
      }
      if (writable) return;
      const result = await run({ 'report-path': '/sys/smanalyzer-report.json' });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /^::error::cannot write the report to \/sys\/smanalyzer-report\.json: (permission denied \(EACCES\)|the file system is read-only \(EROFS\))%0ATo fix: set report-path/m,
      );
    }, 60_000);
  });
});
