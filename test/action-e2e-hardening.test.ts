/**
 * The bundle as the runner runs it, for the hardening paths: the on-error policy when Prometheus is
 * unreachable, and the fork PR pattern (a read-only pull_request run, then a workflow_run that posts the
 * comment from the uploaded report, treated as untrusted data). `npm run bundle` makes dist/index.js.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commentMarker } from '../src/render/markdown.js';
import { ensureBundle, ROOT, runBundledAction, type ActionRun } from './support/action-runner.js';
import { GitHubApiServer } from './support/github-api-server.js';

const MERGE_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const FORK_SHA = 'c0ffee0dd3c5e1e4a9b8f7a6e5d4c3b2a1908f7e';
const GITHUB_TOKEN = 'ghs_hardeningToken0123456789abcdefABCD';
const FAULT = { SMANALYZER_SIMULATE_FAULTS: 'reviews:latency:3' };

type EventFile = 'pull_request' | 'pull_request_fork' | 'workflow_run';

let server: GitHubApiServer;
let work: string;

async function runAction(
  inputs: Record<string, string>,
  options: { event?: EventFile; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  const event = options.event ?? 'pull_request';
  const isRun = event === 'workflow_run';
  return runBundledAction({
    work,
    inputs: { 'github-token': GITHUB_TOKEN, ...inputs },
    env: {
      GITHUB_EVENT_NAME: isRun ? 'workflow_run' : 'pull_request',
      GITHUB_EVENT_PATH: join(ROOT, 'test', 'support', 'events', `${event}.json`),
      GITHUB_REPOSITORY: 'octo-org/bookinfo',
      // A workflow_run runs on the default branch's newest commit, not the PR's.
      GITHUB_SHA: isRun ? '9049f1265b7d61be4a8904a9a27120d2064dab3b' : MERGE_SHA,
      GITHUB_REF: isRun ? 'refs/heads/main' : 'refs/pull/57/merge',
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: isRun ? '7003' : '7002',
      GITHUB_WORKFLOW: isRun ? 'mesh-gate-pr-comment' : 'mesh-gate-pr',
      ...options.env,
    },
  });
}

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  ensureBundle();
  server = new GitHubApiServer();
  await server.start();
  work = mkdtempSync(join(tmpdir(), 'smanalyzer-hardening-'));
  const learned = await runAction({
    mode: 'learn',
    source: 'simulated',
    'baseline-path': join(work, 'baseline.json'),
  });
  if (learned.code !== 0) throw new Error(`learn failed: ${learned.stdout}${learned.stderr}`);
}, 240_000);

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  server.comments.clear();
  server.requests.length = 0;
  server.readOnly = false;
});

describe('on-error when Prometheus refuses connections mid-scan', () => {
  let url: string;
  beforeAll(async () => {
    // The simulated baseline, relabelled: the compatibility check passes and the scan reaches Prometheus.
    const baseline = JSON.parse(readFileSync(join(work, 'baseline.json'), 'utf8'));
    writeFileSync(join(work, 'prom-baseline.json'), JSON.stringify({ ...baseline, source: 'prometheus' }));
    url = `http://127.0.0.1:${await closedPort()}`;
  });
  const promInputs = (onError: string) => ({
    mode: 'scan',
    source: 'prometheus',
    'prometheus-url': url,
    'baseline-path': join(work, 'prom-baseline.json'),
    'report-path': join(work, `prom-report-${onError}.json`),
    from: '-15m',
    to: '-5m',
    'on-error': onError,
    comment: 'never',
  });

  describe('with on-error: fail', () => {
    let run: ActionRun;
    beforeAll(async () => {
      run = await runAction(promInputs('fail'));
    }, 60_000);

    it("exits with the runner's failure code", () => {
      expect(run.code).toBe(1);
    });

    it('fails the step with the cause and the fix as one error', () => {
      const error = run.stdout.split('\n').find((l) => l.startsWith('::error::'));
      expect(error).toContain(url.replace('http://', ''));
      expect(error).toContain('%0ATo fix: ');
    });

    it('writes no report', () => {
      expect(existsSync(join(work, 'prom-report-fail.json'))).toBe(false);
    });
  });

  describe('with on-error: warn', () => {
    let run: ActionRun;
    beforeAll(async () => {
      run = await runAction(promInputs('warn'));
    }, 60_000);

    it('exits 0', () => {
      expect(run.code).toBe(0);
    });

    it('sets the verdict output to warn', () => {
      expect(run.outputs.verdict).toBe('warn');
    });

    it('says in the job summary that the data is partial', () => {
      expect(run.summary).toContain('**Partial data:**');
      expect(run.summary).toContain('⚠️ **partial data**');
    });

    it('raises a warning with the fault and its fix', () => {
      const warning = run.stdout.split('\n').find((l) => l.startsWith('::warning::Partial data: '));
      expect(warning).toContain(url.replace('http://', ''));
      expect(warning).toContain('%0ATo fix: ');
    });

    it('writes a report marked partial with verdict warn', () => {
      const report = JSON.parse(readFileSync(join(work, 'prom-report-warn.json'), 'utf8'));
      expect([report.partial, report.verdict]).toEqual([true, 'warn']);
    });
  });

  it('refuses an on-error value that is not fail or warn', async () => {
    const run = await runAction({ ...promInputs('ignore') });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input on-error: "ignore" is not one of fail, warn');
  });
});

describe('a fork pull request: scan read-only, then comment from workflow_run', () => {
  const reportPath = () => join(work, 'fork-report.json');
  const forkScan = (extra: Record<string, string> = {}) => ({
    mode: 'scan',
    source: 'simulated',
    'baseline-path': join(work, 'baseline.json'),
    'report-path': reportPath(),
    ...extra,
  });
  const commentRun = (path = reportPath()) =>
    runAction({ mode: 'comment', 'report-path': path }, { event: 'workflow_run' });

  beforeAll(() => {
    server.pulls.push({
      number: 57,
      state: 'open',
      head: { owner: 'forker', ref: 'ratings-retry-budget', sha: FORK_SHA },
    });
  });

  describe('the pull_request run with comment: never (examples/fork-pr-scan.yml)', () => {
    let run: ActionRun;
    let calls: number;
    beforeAll(async () => {
      server.readOnly = true;
      server.requests.length = 0;
      run = await runAction(forkScan({ comment: 'never' }), { event: 'pull_request_fork', env: FAULT });
      calls = server.apiCalls().length;
    });

    it('gates on the scan alone: the anomaly fails the step', () => {
      expect([run.code, run.outputs.verdict]).toEqual([1, 'fail']);
    });

    it('writes the report to the job summary', () => {
      expect(run.summary).toMatch(/\| bookinfo\/reviews \| latency \|/);
    });

    it('writes the JSON report for the artifact', () => {
      expect(JSON.parse(readFileSync(reportPath(), 'utf8')).verdict).toBe('fail');
    });

    it('asks GitHub nothing', () => {
      expect(calls).toBe(0);
    });
  });

  describe('the pull_request run when a comment is attempted anyway', () => {
    let run: ActionRun;
    beforeAll(async () => {
      server.readOnly = true;
      run = await runAction(forkScan({ comment: 'always', 'report-path': join(work, 'fork-pass.json') }), {
        event: 'pull_request_fork',
      });
    });

    it('still passes the step', () => {
      expect([run.code, run.outputs.verdict]).toEqual([0, 'pass']);
    });

    it('warns and points at the workflow_run pattern', () => {
      const warning = run.stdout.split('\n').find((l) => l.startsWith('::warning::Could not comment'));
      expect(warning).toContain('it comes from a fork');
      expect(warning).toContain('examples/fork-pr-comment.yml');
    });

    it('writes the job summary', () => {
      expect(run.summary).toContain('SMAnalyzer: mesh healthy');
    });
  });

  describe('the workflow_run run', () => {
    type Call = { method: string; path: string };
    let first: ActionRun;
    let second: ActionRun;
    let firstCalls: Call[];
    let secondCalls: Call[];
    let afterFirst: Array<{ id: number; body: string }>;
    let afterSecond: Array<{ id: number; body: string }>;
    const calls = () => server.apiCalls().map(({ method, path }) => ({ method, path }));
    const comments = () => (server.comments.get(57) ?? []).map(({ id, body }) => ({ id, body }));
    beforeAll(async () => {
      server.comments.clear();
      server.requests.length = 0;
      first = await commentRun();
      [firstCalls, afterFirst] = [calls(), comments()];
      server.requests.length = 0;
      second = await commentRun();
      [secondCalls, afterSecond] = [calls(), comments()];
    });

    it('finds the fork PR from the head repository and branch, since pull_requests is empty', () => {
      expect(firstCalls.slice(0, 2)).toEqual([
        { method: 'GET', path: `/repos/octo-org/bookinfo/commits/${FORK_SHA}/pulls` },
        { method: 'GET', path: '/repos/octo-org/bookinfo/pulls' },
      ]);
    });

    it('posts exactly one comment on the pull request', () => {
      expect(first.code).toBe(0);
      expect(afterFirst).toHaveLength(1);
      expect(firstCalls.filter((c) => c.method === 'POST' && c.path !== '/graphql')).toHaveLength(1);
    });

    it("renders the pull request's report with a link to its run", () => {
      const body = afterFirst[0].body;
      expect(body.startsWith(commentMarker('default'))).toBe(true);
      expect(body).toMatch(/\| bookinfo\/reviews \| latency \|/);
      expect(body).toContain('(https://github.com/octo-org/bookinfo/actions/runs/7002)');
    });

    it('passes the step whatever the report’s verdict, and mirrors it in the outputs', () => {
      expect([first.code, first.outputs.verdict]).toEqual([0, 'fail']);
    });

    it('updates the same comment when rerun', () => {
      expect(second.code).toBe(0);
      expect(afterSecond.map((c) => c.id)).toEqual(afterFirst.map((c) => c.id));
      // The identity lookup (GraphQL viewer, 10.6) is a read, too.
      expect(secondCalls.filter((c) => c.method !== 'GET' && c.path !== '/graphql')).toEqual([
        { method: 'PATCH', path: `/repos/octo-org/bookinfo/issues/comments/${afterFirst[0].id}` },
      ]);
    });
  });

  describe('the report as untrusted data', () => {
    it('escapes hostile values from the report in the comment', async () => {
      const report = JSON.parse(readFileSync(reportPath(), 'utf8'));
      report.anomalies[0].service = '<img src=x onerror=alert(1)> @octo-org/admins | x';
      report.summary.reason = 'ping @everyone <script>alert(1)</script>';
      const hostile = join(work, 'hostile.json');
      writeFileSync(hostile, JSON.stringify(report));
      const run = await commentRun(hostile);
      const body = server.comments.get(57)![0].body;
      expect(run.code).toBe(0);
      expect(body).not.toMatch(/<img|<script|@everyone|@octo-org/);
      expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; @&#8203;octo-org/admins \\| x');
    });

    it('refuses a report of another schema version and posts nothing', async () => {
      const report = JSON.parse(readFileSync(reportPath(), 'utf8'));
      const other = join(work, 'v2.json');
      writeFileSync(other, JSON.stringify({ ...report, schemaVersion: 2 }));
      const run = await commentRun(other);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`::error::${other} is not a SMAnalyzer report of schemaVersion 1`);
      expect(server.apiCalls()).toHaveLength(0);
    });

    it('refuses a report whose fields have the wrong types', async () => {
      const report = JSON.parse(readFileSync(reportPath(), 'utf8'));
      report.summary.failOn = '<b>severe</b>';
      const wrong = join(work, 'wrong-types.json');
      writeFileSync(wrong, JSON.stringify(report));
      const run = await commentRun(wrong);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`is not a valid SMAnalyzer report (invalid_value at summary.failOn)`);
    });

    it('refuses a file that is not JSON without echoing it', async () => {
      const notJson = join(work, 'not-json.json');
      writeFileSync(notJson, '{"schemaVersion": 1, "x": ghs_leak_me');
      const run = await commentRun(notJson);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`::error::${notJson} is not valid JSON`);
      expect(run.stdout).not.toContain('ghs_leak_me');
    });
  });
});
