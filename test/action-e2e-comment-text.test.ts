/**
 * What the bot's PR comment may hold, through the bundled Action against the GitHub emulator:
 * - our sticky comment is the one whose body opens with the marker: another workflow's comment by the same bot
 *   that quotes the marker further down is not ours, and is never overwritten;
 * - in mode: comment the report comes from a fork's run: a bare URL in it must not become a link, and `$…$` must
 *   not become math, in the comment or the job summary.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle, ROOT, runBundledAction, type ActionRun } from './support/action-runner.js';
import { GitHubApiServer } from './support/github-api-server.js';

const GITHUB_TOKEN = 'ghs_commentTextToken0123456789abcdefABCD';
const FAULT = { SMANALYZER_SIMULATE_FAULTS: 'reviews:latency:3' };
const MARKER = '<!-- smanalyzer:default -->';
const FORK_SHA = 'c0ffee0dd3c5e1e4a9b8f7a6e5d4c3b2a1908f7e';

let server: GitHubApiServer;
let work: string;

function runAction(
  inputs: Record<string, string>,
  options: { event?: string; eventPath?: string; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  const event = options.event ?? 'pull_request';
  return runBundledAction({
    work,
    inputs: { 'github-token': GITHUB_TOKEN, ...inputs },
    env: {
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: options.eventPath ?? join(ROOT, 'test', 'support', 'events', `${event}.json`),
      GITHUB_REPOSITORY: 'octo-org/bookinfo',
      GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '7301',
      ...options.env,
    },
  });
}

const baselinePath = () => join(work, 'baseline.json');

beforeAll(async () => {
  ensureBundle();
  server = new GitHubApiServer();
  await server.start();
  work = mkdtempSync(join(tmpdir(), 'smanalyzer-comment-text-'));
  const learned = await runAction({ mode: 'learn', source: 'simulated', 'baseline-path': baselinePath() });
  if (learned.code !== 0) throw new Error(`learn failed: ${learned.stdout}`);
}, 600_000);

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a comment by the same bot that quotes the marker further down', () => {
  const QUOTING = `Deploy bot: the gate's comment is the one that starts with \`${MARKER}\`; approve when it is green.`;
  let run: ActionRun;
  beforeAll(async () => {
    server.comments.clear();
    server.requests.length = 0;
    // Written by github-actions[bot], the job token's own identity, from another workflow.
    server.seedComments(42, [QUOTING]);
    run = await runAction(
      {
        mode: 'scan',
        source: 'simulated',
        'baseline-path': baselinePath(),
        'report-path': join(work, 'report.json'),
      },
      { env: FAULT },
    );
  }, 120_000);

  it('is not overwritten: no PATCH, its text unchanged', () => {
    expect(run.outputs.verdict).toBe('fail');
    expect(server.apiCalls('PATCH')).toEqual([]);
    expect(server.comments.get(42)![0].body).toBe(QUOTING);
  });

  it('and our own comment is posted beside it, opening with the marker', () => {
    const comments = server.comments.get(42)!;
    expect(comments).toHaveLength(2);
    expect(comments[1].body.startsWith(MARKER)).toBe(true);
  });

  it('which the next run finds and updates in place', async () => {
    server.requests.length = 0;
    await runAction(
      {
        mode: 'scan',
        source: 'simulated',
        'baseline-path': baselinePath(),
        'report-path': join(work, 'report.json'),
      },
      { env: FAULT },
    );
    const comments = server.comments.get(42)!;
    expect(comments).toHaveLength(2);
    expect(server.apiCalls('PATCH').map((r) => r.path)).toEqual([
      `/repos/octo-org/bookinfo/issues/comments/${comments[1].id}`,
    ]);
    expect(comments[0].body).toBe(QUOTING);
  }, 120_000);
});

describe("mode: comment with a fork's report holding URLs and math", () => {
  const HOSTILE =
    'All checks passed, sign in at https://evil.example/login or www.evil.example/login to approve: ' +
    '$\\color{green}{\\textsf{PASSED}}$ and $$\\huge\\text{SAFE}$$';
  let run: ActionRun;
  let body = '';
  beforeAll(async () => {
    server.comments.clear();
    server.pulls.push({
      number: 57,
      state: 'open',
      head: { owner: 'forker', ref: 'ratings-retry-budget', sha: FORK_SHA },
    });
    // The fork's run wrote a real report, then edited it: the comment workflow reads it as untrusted data.
    const reportPath = join(work, 'fork-report.json');
    const scanned = await runAction(
      {
        mode: 'scan',
        source: 'simulated',
        'baseline-path': baselinePath(),
        'report-path': reportPath,
        comment: 'never',
      },
      { env: FAULT },
    );
    expect(scanned.outputs.verdict).toBe('fail');
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { summary: { reason: string } };
    report.summary.reason = HOSTILE;
    writeFileSync(reportPath, JSON.stringify(report));
    run = await runAction(
      { mode: 'comment', 'report-path': reportPath },
      { event: 'workflow_run', eventPath: join(ROOT, 'test', 'support', 'events', 'workflow_run.json') },
    );
    body = server.comments.get(57)?.[0]?.body ?? '';
  }, 120_000);

  it('posts the comment', () => {
    expect(run.code).toBe(0);
    expect(body.startsWith(MARKER)).toBe(true);
  });

  it('with the URLs broken so they cannot link, and the text still readable', () => {
    expect(body).not.toContain('https://evil.example');
    expect(body).not.toMatch(/www\.evil/);
    expect(body).toContain('sign in at https:&#8203;//evil.example/login or www&#8203;.evil.example/login');
  });

  it('with no dollar sign left to open math', () => {
    expect(body).not.toContain('$');
    expect(body).toContain('&#36;\\\\color{green}{\\\\textsf{PASSED}}&#36;');
  });

  it('and the job summary likewise', () => {
    expect(run.summary).not.toContain('https://evil.example');
    expect(run.summary).not.toContain('$');
  });
});
