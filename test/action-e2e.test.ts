/**
 * The bundle as the runner runs it: `node dist/index.js` with INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, a real event payload, and GITHUB_API_URL pointing at a loopback GitHub.
 * The bundle is rebuilt here only when it is missing or older than src/ (`npm run bundle` makes it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commentMarker, readCommentState } from '../src/render/markdown.js';
import { ensureBundle, ROOT, runBundledAction, type ActionRun } from './support/action-runner.js';
import { GitHubApiServer } from './support/github-api-server.js';

const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const GITHUB_TOKEN = 'ghs_e2eSecretToken0123456789abcdefABCDEF';
const PROMETHEUS_SECRET = 'prom-e2e-secret-7f3a9c1d';

let server: GitHubApiServer;
let work: string;

/** A fake ACTIONS_RUNTIME_TOKEN: @actions/artifact only decodes its `scp` claim. */
function runtimeToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const scp =
    'Actions.GenericRead Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774';
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp })}.sig`;
}

async function runAction(
  inputs: Record<string, string>,
  options: { event?: 'pull_request' | 'push'; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  const event = options.event ?? 'pull_request';
  return runBundledAction({
    work,
    // The runner's naming: upper-cased, dashes kept (INPUT_GITHUB-TOKEN).
    inputs: { 'github-token': GITHUB_TOKEN, ...inputs },
    env: {
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: join(ROOT, 'test', 'support', 'events', `${event}.json`),
      GITHUB_REPOSITORY: 'octo-org/bookinfo',
      GITHUB_SHA: HEAD_SHA,
      GITHUB_REF: event === 'push' ? 'refs/heads/reviews-cache' : 'refs/pull/42/merge',
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '7001',
      GITHUB_WORKFLOW: 'deploy',
      ...options.env,
    },
  });
}

const FAULT = { SMANALYZER_SIMULATE_FAULTS: 'reviews:latency:3' };

beforeAll(async () => {
  ensureBundle();
  server = new GitHubApiServer();
  await server.start();
  work = mkdtempSync(join(tmpdir(), 'smanalyzer-e2e-'));
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
  server.failures.length = 0;
});

const scanInputs = (extra: Record<string, string> = {}) => ({
  mode: 'scan',
  source: 'simulated',
  'baseline-path': join(work, 'baseline.json'),
  'report-path': join(work, 'report.json'),
  ...extra,
});

describe('a pull_request run with an injected fault', () => {
  let run: ActionRun;
  beforeAll(async () => {
    server.comments.clear();
    run = await runAction(scanInputs(), { env: FAULT });
  });

  it('sets the verdict output to fail', () => {
    expect(run.outputs.verdict).toBe('fail');
  });

  it('exits with code 1', () => {
    expect(run.code).toBe(1);
  });

  it('counts the anomaly in the outputs', () => {
    expect(Number(run.outputs['anomaly-count'])).toBeGreaterThanOrEqual(1);
  });

  it('writes the anomaly table to the job summary', () => {
    expect(run.summary).toContain(
      '| Service | Type | Severity | Metric | Observed | Expected (normal range) | Threshold | Detector |',
    );
    expect(run.summary).toMatch(/\| bookinfo\/reviews \| latency \|/);
  });

  it('annotates the finding as an error', () => {
    expect(run.stdout).toMatch(/^::error title=SMAnalyzer%3A \w+ latency in bookinfo\/reviews::/m);
  });
});

describe('the sticky PR comment across runs', () => {
  it('is created exactly once by a failing run', async () => {
    await runAction(scanInputs(), { env: FAULT });
    expect(server.apiCalls('POST').filter((r) => r.path !== '/graphql')).toHaveLength(1);
    expect(server.comments.get(42)).toHaveLength(1);
    expect(server.comments.get(42)![0].body.startsWith(commentMarker('default'))).toBe(true);
  });

  it('is updated, not duplicated, by a second failing run', async () => {
    await runAction(scanInputs(), { env: FAULT });
    const firstId = server.comments.get(42)![0].id;
    await runAction(scanInputs(), { env: FAULT });
    expect(server.comments.get(42)).toHaveLength(1);
    expect(server.apiCalls('PATCH').map((r) => r.path)).toEqual([
      `/repos/octo-org/bookinfo/issues/comments/${firstId}`,
    ]);
  });

  it('is created once even when GitHub answers the first attempt with a 502', async () => {
    server.failures.push({ method: 'POST', path: /\/issues\/42\/comments$/, status: 502 });
    const run = await runAction(scanInputs(), { env: FAULT });
    expect(run.outputs.verdict).toBe('fail');
    expect(server.apiCalls('POST').filter((r) => r.path !== '/graphql')).toHaveLength(2); // the 502, then the retry
    expect(server.comments.get(42)).toHaveLength(1);
  });

  it('is marked resolved by a later passing run', async () => {
    await runAction(scanInputs(), { env: FAULT });
    const passing = await runAction(scanInputs());
    expect(passing.code).toBe(0);
    expect(passing.outputs.verdict).toBe('pass');
    expect(readCommentState(server.comments.get(42)![0].body)).toBe('resolved');
  });

  it('is found from the commit on a push event', async () => {
    server.pullsForCommit.set(HEAD_SHA, [{ number: 42, state: 'open' }]);
    try {
      await runAction(scanInputs(), { event: 'push', env: FAULT });
      expect(server.apiCalls('GET')[0].path).toBe(`/repos/octo-org/bookinfo/commits/${HEAD_SHA}/pulls`);
      expect(server.comments.get(42)).toHaveLength(1);
    } finally {
      server.pullsForCommit.clear();
    }
  });
});

describe('a read-only token', () => {
  it('turns the comment into a warning and the passing step still succeeds', async () => {
    server.readOnly = true;
    const run = await runAction(scanInputs({ comment: 'always' }));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning::Could not comment on the pull request \(HTTP 403\)/m);
  });
});

describe('learn and scan in separate processes', () => {
  it('share only the baseline file and pass on a healthy mesh', async () => {
    const baseline = join(work, 'separate-baseline.json');
    const learn = await runAction({ mode: 'learn', source: 'simulated', 'baseline-path': baseline });
    const scan = await runAction(scanInputs({ 'baseline-path': baseline, comment: 'never' }));
    expect([learn.code, learn.outputs['baseline-path'], scan.code, scan.outputs.verdict]).toEqual([
      0,
      baseline,
      0,
      'pass',
    ]);
  });

  it('share the baseline as an artifact: uploaded by learn, downloaded by scan', async () => {
    const artifactEnv = { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${server.url}/` };
    const learnDir = mkdtempSync(join(work, 'learn-'));
    const scanDir = mkdtempSync(join(work, 'scan-'));
    const learn = await runAction(
      {
        mode: 'learn',
        source: 'simulated',
        'baseline-path': join(learnDir, 'baseline.json'),
        'baseline-artifact': 'mesh-baseline',
      },
      { env: artifactEnv },
    );
    expect(learn.code).toBe(0);
    const scan = await runAction(
      scanInputs({
        'baseline-path': join(scanDir, 'baseline.json'),
        'baseline-artifact': 'mesh-baseline',
        comment: 'never',
      }),
    );
    expect([scan.code, scan.outputs.verdict, existsSync(join(scanDir, 'baseline.json'))]).toEqual([
      0,
      'pass',
      true,
    ]);
  });
});

describe('a missing baseline', () => {
  it('fails with the learn command to run', async () => {
    const run = await runAction(scanInputs({ 'baseline-path': join(work, 'absent.json') }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::no baseline at ${join(work, 'absent.json')}%0ATo fix: learn one first`,
    );
  });

  it('passes with a warning in warn-only mode', async () => {
    const run = await runAction(
      scanInputs({ 'baseline-path': join(work, 'absent.json'), 'warn-only': 'true' }),
    );
    expect([run.code, run.outputs.verdict]).toEqual([0, 'warn']);
    expect(run.stdout).toMatch(/^::warning::no baseline at/m);
  });
});

describe('secrets', () => {
  let run: ActionRun;
  let commentBodies = '';
  let authorizations: Array<string | undefined> = [];
  beforeAll(async () => {
    server.comments.clear();
    server.requests.length = 0;
    run = await runAction(
      scanInputs({
        'prometheus-headers': `Authorization: Bearer ${PROMETHEUS_SECRET}\nX-Scope-OrgID: tenant-1`,
      }),
      { env: FAULT },
    );
    commentBodies = (server.comments.get(42) ?? []).map((c) => c.body).join('\n');
    authorizations = server.requests.map((r) => r.authorization);
  });
  // The runner consumes ::add-mask:: commands; it is the one place a secret is meant to be written.
  const visible = (text: string) => text.replace(/^::add-mask::.*$/gm, '');

  it('were really used: the GitHub emulator saw the token', () => {
    expect(authorizations).toContain(`token ${GITHUB_TOKEN}`);
  });

  it('are masked before anything else is written', () => {
    const lines = run.stdout.split('\n');
    const masks = lines.findIndex((l) => l === `::add-mask::${GITHUB_TOKEN}`);
    const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
    expect(masks).toBeGreaterThanOrEqual(0);
    expect(masks).toBeLessThan(firstOther);
    expect(lines).toContain(`::add-mask::${PROMETHEUS_SECRET}`);
  });

  it('never appear in stderr', () => {
    expect(run.stderr).not.toContain(GITHUB_TOKEN);
    expect(run.stderr).not.toContain(PROMETHEUS_SECRET);
  });

  // Each of these is non-empty, so "does not contain" is not vacuous.
  it.each([
    ['stdout', () => visible(run.stdout)],
    ['the job summary', () => run.summary],
    ['the PR comment', () => commentBodies],
    ['the JSON report', () => readFileSync(join(work, 'report.json'), 'utf8')],
  ])('never appear in %s', (_where, text) => {
    const content = text();
    expect(content.length).toBeGreaterThan(0);
    expect(content).not.toContain(GITHUB_TOKEN);
    expect(content).not.toContain(PROMETHEUS_SECRET);
  });
});
