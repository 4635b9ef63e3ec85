/**
 * The origin line and the call-graph flowchart through the bundled Action, as the runner runs it, against the
 * loopback GitHub: a fault in ratings reaches reviews and productpage, and the job summary and the sticky PR
 * comment open with the service that broke.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../src/core/types.js';
import { ensureBundle, ROOT, runBundledAction, type ActionRun } from './support/action-runner.js';
import { GitHubApiServer } from './support/github-api-server.js';

let server: GitHubApiServer;
let work: string;
let run: ActionRun;

function runAction(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runBundledAction({
    work,
    inputs: { 'github-token': 'ghs_originE2eToken0123456789abcdefABCD', ...inputs },
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(ROOT, 'test', 'support', 'events', 'pull_request.json'),
      GITHUB_REPOSITORY: 'octo-org/bookinfo',
      GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '7002',
      GITHUB_WORKFLOW: 'deploy',
      ...env,
    },
  });
}

beforeAll(async () => {
  ensureBundle();
  server = new GitHubApiServer();
  await server.start();
  work = mkdtempSync(join(tmpdir(), 'smanalyzer-origin-e2e-'));
  const common = { source: 'simulated', 'baseline-path': join(work, 'baseline.json') };
  const learned = await runAction({ mode: 'learn', ...common });
  if (learned.code !== 0) throw new Error(`learn failed: ${learned.stdout}${learned.stderr}`);
  run = await runAction(
    { mode: 'scan', ...common, 'report-path': join(work, 'report.json') },
    { SMANALYZER_SIMULATE_FAULTS: 'ratings:error_rate:0.3' },
  );
}, 240_000);

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * The origin line: ratings, the callers' errors following it. The simulated mesh is a function of the wall
 * clock, so at some minutes another symptom follows too ("; reviews traffic follows its failures (callers'
 * retries)"). No second origin: that would be an "(also: …)".
 */
const ORIGIN_LINE =
  /^\*\*Likely origin: ratings\*\* — productpage and reviews errors follow its failures(;.*)?$/;
const originLine = (line: string) => ORIGIN_LINE.test(line) && !line.includes('(also:');

describe('a pull_request run with a fault that spreads to the callers', () => {
  it('fails the gate as before: symptoms still count as findings', () => {
    expect(run.outputs.verdict).toBe('fail');
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as Report;
    expect(new Set(report.anomalies.map((a) => a.service))).toEqual(
      new Set(['ratings', 'reviews', 'productpage']),
    );
    expect(report.origins?.[0]).toMatchObject({ namespace: 'bookinfo', service: 'ratings', kind: 'service' });
    expect(
      report.anomalies.filter((a) => a.service !== 'ratings').every((a) => a.origin === 'bookinfo/ratings'),
    ).toBe(true);
  });

  it('opens the job summary with the origin line, then the flowchart', () => {
    const lines = run.summary.split('\n');
    expect(originLine(lines[2])).toBe(true);
    const chart = run.summary.slice(run.summary.indexOf('```mermaid\nflowchart LR'));
    expect(chart).toMatch(/^```mermaid\nflowchart LR\n {2}n0\["🔥 ratings"\]:::origin\n/);
    // The chain as it runs: productpage calls reviews, which calls ratings.
    expect(chart).toContain('n1 --> n2\n  n2 --> n0');
  });

  it('opens the sticky PR comment with the origin line and the flowchart', () => {
    const comments = [...server.comments.values()].flat();
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body.split('\n').slice(0, 6).some(originLine)).toBe(true);
    expect(body).toContain('```mermaid\nflowchart LR\n  n0["🔥 ratings"]:::origin');
  });
});
