/**
 * The sticky PR comment: find the pull request for this run, find our comment by its hidden marker,
 * update it in place or create it once, and mark it resolved when a later run passes. A token that may
 * not write (fork PRs) is a warning, never a failed gate.
 */
import type { getOctokit } from '@actions/github';
import type { Report } from '../core/types.js';
import { commentMarker, readCommentState, renderPrComment } from '../render/markdown.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** The parts of the Actions event context this module reads (github.context satisfies it). */
export interface EventContext {
  eventName: string;
  sha: string;
  repo: { owner: string; repo: string };
  payload: {
    pull_request?: {
      number: number;
      head?: { repo?: { full_name?: string } | null };
      base?: { repo?: { full_name?: string } };
    };
    workflow_run?: {
      head_sha?: string;
      head_branch?: string | null;
      head_repository?: { owner?: { login?: string } } | null;
      html_url?: string;
      pull_requests?: Array<{ number: number }>;
    };
    deployment?: { sha?: string };
    [key: string]: unknown;
  };
}

export type CommentPolicy = 'always' | 'on-anomaly' | 'never';

export type CommentOutcome =
  | { action: 'created' | 'updated'; commentId: number; pullRequest: number }
  | { action: 'skipped'; reason: string }
  | { action: 'warned'; reason: string };

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The commit this run is about, for events that do not name a pull request. */
export function commitOf(context: EventContext): string {
  return context.payload.workflow_run?.head_sha ?? context.payload.deployment?.sha ?? context.sha;
}

/**
 * The pull request this run belongs to: from a pull_request event directly, otherwise the open PR
 * whose head is this commit (GET /repos/{owner}/{repo}/commits/{sha}/pulls). Null when there is none.
 */
export async function findPullRequest(octokit: Octokit, context: EventContext): Promise<number | null> {
  if (PULL_REQUEST_EVENTS.has(context.eventName) && context.payload.pull_request) {
    return context.payload.pull_request.number;
  }
  const fromRun = context.payload.workflow_run?.pull_requests?.[0]?.number;
  if (fromRun) return fromRun;
  const sha = commitOf(context);
  if (!sha) return null;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...context.repo,
    commit_sha: sha,
    per_page: 100,
  });
  const open = data.filter((pr) => pr.state === 'open');
  if (open[0]) return open[0].number;
  return findForkPullRequest(octokit, context, sha);
}

/**
 * A workflow_run for a fork's pull request carries no `pull_requests` (GitHub leaves it empty for forks):
 * ask for the open PR whose head is the run's head repository owner and branch, and accept it only when its
 * head is still the run's commit. Both come from GitHub's event, not from anything the fork wrote.
 */
async function findForkPullRequest(
  octokit: Octokit,
  context: EventContext,
  sha: string,
): Promise<number | null> {
  const run = context.payload.workflow_run;
  const owner = run?.head_repository?.owner?.login;
  const branch = run?.head_branch;
  if (!owner || !branch) return null;
  const { data } = await octokit.rest.pulls.list({
    ...context.repo,
    state: 'open',
    head: `${owner}:${branch}`,
    per_page: 100,
  });
  return data.find((pr) => pr.head.sha === sha)?.number ?? null;
}

/** A pull_request run whose head lives in another repository: GitHub hands it a read-only token. */
export function isForkPullRequest(context: EventContext): boolean {
  const pr = context.payload.pull_request;
  if (!PULL_REQUEST_EVENTS.has(context.eventName) || !pr?.base?.repo?.full_name) return false;
  return pr.head?.repo?.full_name !== pr.base.repo.full_name;
}

/** Our comment on the PR (paging through every comment), or null. */
export async function findStickyComment(
  octokit: Octokit,
  target: { owner: string; repo: string; issueNumber: number },
  commentId: string,
): Promise<{ id: number; body: string } | null> {
  const marker = commentMarker(commentId);
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const found = page.data.find((c) => c.body?.includes(marker));
    if (found) return { id: found.id, body: found.body ?? '' };
  }
  return null;
}

export interface PublishCommentRequest {
  report: Report;
  context: EventContext;
  policy: CommentPolicy;
  commentId: string;
  runUrl?: string;
  maxLength?: number;
  /** Scrubs known secrets from the body before it leaves (defense in depth). */
  redact?: (text: string) => string;
}

/**
 * Post or refresh the sticky comment according to the policy:
 * - `always`: every run updates (or creates) it;
 * - `on-anomaly`: created when there are anomalies; once it exists every run updates it, so a passing
 *   run marks it resolved instead of leaving a stale failure on the PR;
 * - `never`: nothing.
 */
export async function publishPrComment(
  octokit: Octokit,
  request: PublishCommentRequest,
  log: Logger,
): Promise<CommentOutcome> {
  if (request.policy === 'never') return { action: 'skipped', reason: 'comment: never' };
  try {
    const pullRequest = await findPullRequest(octokit, request.context);
    if (pullRequest === null) {
      log.info('No pull request for this run: no PR comment.');
      return { action: 'skipped', reason: 'no pull request' };
    }
    const target = { ...request.context.repo, issueNumber: pullRequest };
    const existing = await findStickyComment(octokit, target, request.commentId);
    const hasAnomalies = request.report.anomalies.length > 0 || request.report.verdict !== 'pass';
    if (!existing && !hasAnomalies && request.policy === 'on-anomaly') {
      return { action: 'skipped', reason: 'no anomalies and no earlier comment' };
    }
    const earlierState = existing ? readCommentState(existing.body) : null;
    const rendered = renderPrComment(request.report, {
      commentId: request.commentId,
      runUrl: request.runUrl,
      maxLength: request.maxLength,
      resolvesEarlierFailure: earlierState === 'anomalies' || earlierState === 'resolved',
    });
    const body = request.redact ? request.redact(rendered) : rendered;
    if (existing) {
      await octokit.rest.issues.updateComment({ ...request.context.repo, comment_id: existing.id, body });
      log.info(`Updated the SMAnalyzer comment on pull request #${pullRequest}.`);
      return { action: 'updated', commentId: existing.id, pullRequest };
    }
    const { data } = await octokit.rest.issues.createComment({
      ...request.context.repo,
      issue_number: pullRequest,
      body,
    });
    log.info(`Commented on pull request #${pullRequest}.`);
    return { action: 'created', commentId: data.id, pullRequest };
  } catch (error) {
    // The comment is a convenience; the gate's verdict must not depend on it.
    const status = statusOf(error);
    const reason =
      (status === 403 || status === 404) && isForkPullRequest(request.context)
        ? `Could not comment on the pull request (HTTP ${status}): it comes from a fork, and GitHub gives fork pull requests a read-only token. ` +
          'Set comment: never here and post the comment from a workflow_run workflow (examples/fork-pr-comment.yml); the job summary has the full report.'
        : status === 403 || status === 404
          ? `Could not comment on the pull request (HTTP ${status}): the token is read-only here (fork pull requests get one). ` +
            'Grant `permissions: pull-requests: write` to the job, or set comment: never; the job summary has the full report.'
          : `Could not comment on the pull request: ${status ? `HTTP ${status}` : ((error as Error)?.message ?? String(error))}. ` +
            'The job summary has the full report.';
    log.warning(reason);
    return { action: 'warned', reason };
  }
}
