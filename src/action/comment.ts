/**
 * The sticky PR comment: find the pull request for this run, find our comment by its hidden marker,
 * update it in place or create it once, and mark it resolved when a later run passes. A token that may
 * not write (fork PRs) is a warning, never a failed gate.
 */
import type { getOctokit } from '@actions/github';
import type { Report } from '../core/types.js';
import { commentMarker, readCommentState, renderPrComment } from '../render/markdown.js';
import { headMismatch, runHead, tokenIdentity, writtenBy, type TokenIdentity } from './comment-trust.js';

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
      head_repository?: { full_name?: string; owner?: { login?: string } } | null;
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
 * The pull request this run belongs to: from a pull_request event directly; for a workflow_run, the one whose
 * head is the triggering run's (findRunPullRequest); otherwise the open PR whose head is this commit
 * (GET /repos/{owner}/{repo}/commits/{sha}/pulls). Null when there is none.
 */
export async function findPullRequest(
  octokit: Octokit,
  context: EventContext,
  log: (line: string) => void = () => undefined,
): Promise<number | null> {
  if (PULL_REQUEST_EVENTS.has(context.eventName) && context.payload.pull_request) {
    return context.payload.pull_request.number;
  }
  if (context.payload.workflow_run) return findRunPullRequest(octokit, context, log);
  const sha = commitOf(context);
  if (!sha) return null;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...context.repo,
    commit_sha: sha,
    per_page: 100,
  });
  return data.find((pr) => pr.state === 'open')?.number ?? null;
}

type PullHead = {
  number: number;
  state: string;
  head: { ref?: string; sha?: string; repo?: { full_name?: string } | null };
};

/**
 * A workflow_run posts the report of the run that triggered it, so the pull request must have that run's
 * head: repository, branch and commit (all from GitHub's event, nothing the fork wrote). Candidates, in order:
 * the run's `pull_requests` (empty for forks), the open PRs of its commit, the open PRs of its head
 * `owner:branch` (how a fork's PR is found). The first whose head matches is the one.
 */
async function findRunPullRequest(
  octokit: Octokit,
  context: EventContext,
  log: (line: string) => void,
): Promise<number | null> {
  const run = context.payload.workflow_run!;
  const head = runHead(run);
  if (!head) {
    log('The workflow_run names no head repository, branch and commit: no pull request to comment on.');
    return null;
  }
  const seen = new Set<number>();
  const accept = (candidates: PullHead[]): number | null => {
    for (const pr of candidates) {
      if (pr.state !== 'open' || seen.has(pr.number)) continue;
      seen.add(pr.number);
      const mismatch = headMismatch(pr, head);
      if (!mismatch) return pr.number;
      log(`Not commenting on pull request #${pr.number}: ${mismatch}.`);
    }
    return null;
  };
  for (const { number } of run.pull_requests ?? []) {
    const { data } = await octokit.rest.pulls.get({ ...context.repo, pull_number: number });
    const found = accept([data as PullHead]);
    if (found) return found;
  }
  const { data: ofCommit } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...context.repo,
    commit_sha: head.sha,
    per_page: 100,
  });
  const fromCommit = accept(ofCommit as PullHead[]);
  if (fromCommit) return fromCommit;
  const { data: ofBranch } = await octokit.rest.pulls.list({
    ...context.repo,
    state: 'open',
    head: `${head.repository.split('/')[0]}:${head.branch}`,
    per_page: 100,
  });
  return accept(ofBranch as PullHead[]);
}

/** A pull_request run whose head lives in another repository: GitHub hands it a read-only token. */
export function isForkPullRequest(context: EventContext): boolean {
  const pr = context.payload.pull_request;
  if (!PULL_REQUEST_EVENTS.has(context.eventName) || !pr?.base?.repo?.full_name) return false;
  return pr.head?.repo?.full_name !== pr.base.repo.full_name;
}

/**
 * Our comment on the PR: the body opens with the marker (another bot's comment quoting it is not ours), and the
 * token's own identity wrote it (paging through every comment).
 */
export async function findStickyComment(
  octokit: Octokit,
  target: { owner: string; repo: string; issueNumber: number },
  commentId: string,
  identity: TokenIdentity,
): Promise<{ id: number; body: string } | null> {
  const marker = commentMarker(commentId);
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const found = page.data.find((c) => c.body?.startsWith(marker) && writtenBy(c, identity));
    if (found) return { id: found.id, body: found.body ?? '' };
  }
  return null;
}

function mapStrings<T>(value: T, map: (text: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return map(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
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
    const pullRequest = await findPullRequest(octokit, request.context, (m) => log.info(m));
    if (pullRequest === null) {
      log.info('No pull request for this run: no PR comment.');
      return { action: 'skipped', reason: 'no pull request' };
    }
    const target = { ...request.context.repo, issueNumber: pullRequest };
    const identity = await tokenIdentity(octokit, (m) => log.info(m));
    const existing = await findStickyComment(octokit, target, request.commentId, identity);
    const hasAnomalies = request.report.anomalies.length > 0 || request.report.verdict !== 'pass';
    if (!existing && !hasAnomalies && request.policy === 'on-anomaly') {
      return { action: 'skipped', reason: 'no anomalies and no earlier comment' };
    }
    const earlierState = existing ? readCommentState(existing.body) : null;
    // Redact before rendering: the body is cut to GitHub's limit, and half a secret is no longer found.
    const report = request.redact ? mapStrings(request.report, request.redact) : request.report;
    const rendered = renderPrComment(report, {
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
