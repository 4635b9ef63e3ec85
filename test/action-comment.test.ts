import { readFileSync } from 'node:fs';
import { getOctokit } from '@actions/github';
import {
  findPullRequest,
  isForkPullRequest,
  publishPrComment,
  type EventContext,
  type Octokit,
} from '../src/action/comment.js';
import { commentMarker, readCommentState } from '../src/render/markdown.js';
import { GitHubApiServer } from './support/github-api-server.js';
import { finding, report } from './support/action-report-fixture.js';

const repo = { owner: 'octo-org', repo: 'bookinfo' };
const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const pullRequestEvent = JSON.parse(readFileSync('test/support/events/pull_request.json', 'utf8'));
const pushEvent = JSON.parse(readFileSync('test/support/events/push.json', 'utf8'));

const prContext: EventContext = { eventName: 'pull_request', sha: HEAD_SHA, repo, payload: pullRequestEvent };
const pushContext: EventContext = { eventName: 'push', sha: HEAD_SHA, repo, payload: pushEvent };

let server: GitHubApiServer;
let octokit: Octokit;
const warnings: string[] = [];
const log = { info: () => undefined, warning: (m: string) => void warnings.push(m) };

beforeEach(async () => {
  server = new GitHubApiServer();
  const url = await server.start();
  octokit = getOctokit('ghs_test_token', { baseUrl: url });
  warnings.length = 0;
});

afterEach(async () => {
  await server.stop();
});

const failing = () => report({}, [finding()]);
const passing = () => report();
const publish = (
  r = failing(),
  context = prContext,
  policy: 'always' | 'on-anomaly' | 'never' = 'on-anomaly',
  commentId = 'default',
) =>
  publishPrComment(
    octokit,
    { report: r, context, policy, commentId, runUrl: 'https://github.com/o/r/actions/runs/7' },
    log,
  );

describe('finding the pull request', () => {
  it('takes the number from a pull_request event without asking the API', async () => {
    expect(await findPullRequest(octokit, prContext)).toBe(42);
    expect(server.apiCalls()).toHaveLength(0);
  });

  it('looks up the open pull request of the commit on a push', async () => {
    server.pullsForCommit.set(HEAD_SHA, [
      { number: 7, state: 'closed' },
      { number: 42, state: 'open' },
    ]);
    expect(await findPullRequest(octokit, pushContext)).toBe(42);
    expect(server.apiCalls()[0].path).toBe(`/repos/octo-org/bookinfo/commits/${HEAD_SHA}/pulls`);
  });

  const runContext = (pullRequests: Array<{ number: number }> = []): EventContext => ({
    eventName: 'workflow_run',
    sha: HEAD_SHA,
    repo,
    payload: {
      workflow_run: {
        head_sha: 'abc123',
        head_branch: 'feature',
        head_repository: { full_name: 'octo-org/bookinfo', owner: { login: 'octo-org' } },
        pull_requests: pullRequests,
      },
    },
  });

  it('uses the workflow_run head commit, not the run’s own SHA', async () => {
    server.pulls.push({
      number: 9,
      state: 'open',
      head: { owner: 'octo-org', ref: 'feature', sha: 'abc123' },
    });
    server.pullsForCommit.set('abc123', [{ number: 9, state: 'open' }]);
    expect(await findPullRequest(octokit, runContext())).toBe(9);
  });

  // Before 10.6 pull_requests[0] and the commit's first open PR were taken as they came.
  it("refuses the run's pull request when its head is not the run's repository, branch and commit", async () => {
    server.pulls.push({
      number: 9,
      state: 'open',
      head: { owner: 'octo-org', ref: 'feature', sha: 'def456' },
    });
    server.pulls.push({
      number: 10,
      state: 'open',
      head: { owner: 'forker', ref: 'feature', sha: 'abc123' },
    });
    server.pullsForCommit.set('abc123', [{ number: 10, state: 'open' }]);
    const lines: string[] = [];
    expect(await findPullRequest(octokit, runContext([{ number: 9 }]), (l) => lines.push(l))).toBeNull();
    expect(lines).toEqual([
      "Not commenting on pull request #9: its head is octo-org/bookinfo:feature@def456, not the run's octo-org/bookinfo:feature@abc123.",
      "Not commenting on pull request #10: its head is forker/bookinfo:feature@abc123, not the run's octo-org/bookinfo:feature@abc123.",
    ]);
  });
});

describe('finding a fork pull request from a workflow_run', () => {
  const FORK_SHA = 'c0ffee0dd3c5e1e4a9b8f7a6e5d4c3b2a1908f7e';
  const workflowRunEvent = JSON.parse(readFileSync('test/support/events/workflow_run.json', 'utf8'));
  const runContext: EventContext = {
    eventName: 'workflow_run',
    sha: '9049f1265b7d61be4a8904a9a27120d2064dab3b',
    repo,
    payload: workflowRunEvent,
  };
  const forkPull = (sha: string) => ({
    number: 57,
    state: 'open' as const,
    head: { owner: 'forker', ref: 'ratings-retry-budget', sha },
  });

  it('matches the head repository owner, branch and commit', async () => {
    server.pulls.push(forkPull(FORK_SHA));
    expect(await findPullRequest(octokit, runContext)).toBe(57);
    expect(server.apiCalls()[1].query).toMatchObject({ state: 'open', head: 'forker:ratings-retry-budget' });
  });

  it('refuses a pull request whose head moved past the run’s commit', async () => {
    server.pulls.push(forkPull('d'.repeat(40)));
    expect(await findPullRequest(octokit, runContext)).toBeNull();
  });
});

describe('a fork pull_request run', () => {
  it('is told apart from a same-repository one', () => {
    const forkEvent = JSON.parse(readFileSync('test/support/events/pull_request_fork.json', 'utf8'));
    expect([isForkPullRequest({ ...prContext, payload: forkEvent }), isForkPullRequest(prContext)]).toEqual([
      true,
      false,
    ]);
  });
});

describe('the sticky comment', () => {
  it('is created once on the first failing run', async () => {
    const outcome = await publish();
    expect(outcome.action).toBe('created');
    expect(server.comments.get(42)).toHaveLength(1);
    expect(server.comments.get(42)![0].body.startsWith(commentMarker('default'))).toBe(true);
  });

  it('is updated in place by the second run, never duplicated', async () => {
    const first = await publish();
    const second = await publish();
    expect(second.action).toBe('updated');
    expect(server.comments.get(42)).toHaveLength(1);
    expect(
      first.action === 'created' && second.action === 'updated' && first.commentId === second.commentId,
    ).toBe(true);
  });

  it('is found on a later page of a long conversation', async () => {
    server.seedComments(
      42,
      Array.from({ length: 250 }, (_, i) => `chatter ${i}`),
    );
    server.seedComments(42, [`${commentMarker('default')}\nold report`]);
    const outcome = await publish();
    expect(outcome.action).toBe('updated');
    expect(server.comments.get(42)).toHaveLength(251);
    const pages = server.apiCalls('GET').filter((r) => r.path.endsWith('/comments'));
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('keeps separate comments for separate comment-ids', async () => {
    await publish(failing(), prContext, 'on-anomaly', 'staging');
    await publish(failing(), prContext, 'on-anomaly', 'canary');
    expect(server.comments.get(42)).toHaveLength(2);
  });

  it('is marked resolved when a later run passes', async () => {
    await publish(failing());
    const outcome = await publish(passing());
    expect(outcome.action).toBe('updated');
    expect(readCommentState(server.comments.get(42)![0].body)).toBe('resolved');
  });

  it('is not created by a passing run under on-anomaly', async () => {
    const outcome = await publish(passing());
    expect(outcome.action).toBe('skipped');
    expect(server.apiCalls('POST').filter((r) => r.path !== '/graphql')).toHaveLength(0);
  });

  // Before 10.6 the marker alone decided: anyone could have the tool overwrite their comment.
  it("is never someone else's comment that carries the marker", async () => {
    server.seedComments(42, [`${commentMarker('default')}\nplanted by mallory`], {
      login: 'mallory',
      type: 'User',
    });
    const outcome = await publish();
    expect(outcome.action).toBe('created');
    expect(server.comments.get(42)!.map((c) => [c.user.login, c.body.includes('planted')])).toEqual([
      ['mallory', true],
      ['github-actions[bot]', false],
    ]);
    expect(server.apiCalls('PATCH')).toHaveLength(0);
  });

  it('is not a user called github-actions[bot] either: an app token adopts only a Bot account', async () => {
    server.seedComments(42, [`${commentMarker('default')}\nx`], {
      login: 'github-actions[bot]',
      type: 'User',
    });
    expect((await publish()).action).toBe('created');
  });

  it('is recognised by the identity of a user token (GET /user)', async () => {
    server.tokenUsers.set('ghp_user_token', { login: 'release-bot', type: 'User' });
    const asUser = getOctokit('ghp_user_token', { baseUrl: server.url });
    server.seedComments(42, [`${commentMarker('default')}\nby the bot account`], {
      login: 'release-bot',
      type: 'User',
    });
    server.seedComments(42, [`${commentMarker('default')}\nby the job token`]);
    const outcome = await publishPrComment(
      asUser,
      { report: failing(), context: prContext, policy: 'on-anomaly', commentId: 'default' },
      log,
    );
    expect(outcome).toMatchObject({ action: 'updated', commentId: server.comments.get(42)![0].id });
  });

  it('is created by a passing run under always, as healthy', async () => {
    await publish(passing(), prContext, 'always');
    expect(readCommentState(server.comments.get(42)![0].body)).toBe('healthy');
  });

  it('is not attempted under never', async () => {
    await publish(failing(), prContext, 'never');
    expect(server.requests).toHaveLength(0);
  });

  it('is skipped when a push has no pull request', async () => {
    expect((await publish(failing(), pushContext)).action).toBe('skipped');
  });

  it('turns a read-only token (403) into a warning that names the permission', async () => {
    server.readOnly = true;
    const outcome = await publish();
    expect(outcome.action).toBe('warned');
    expect(warnings[0]).toContain('pull-requests: write');
  });
});
