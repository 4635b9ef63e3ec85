/**
 * Whose comment the sticky comment is, and which pull request a workflow_run may comment on.
 * - A hidden `<!-- smanalyzer:… -->` marker is text anyone can type: a comment is ours only when the token's
 *   own identity wrote it. A user token answers GET /user; an installation token (the job's GITHUB_TOKEN, a
 *   GitHub App's) gets 403 there and is identified by GraphQL `viewer { login }`, as
 *   marocchino/sticky-pull-request-comment does; if that fails too, the job token's `github-actions[bot]`.
 * - In `mode: comment` the report belongs to the run that triggered the workflow_run: a pull request is
 *   accepted only when its head repository, branch and commit are that run's.
 */
import type { Octokit } from './comment.js';

export interface TokenIdentity {
  login: string;
  /** An app (installation token): its comments are by a user of type Bot named `<slug>[bot]`. */
  bot: boolean;
}

/** The identity of the job's GITHUB_TOKEN: the GitHub Actions app. */
export const ACTIONS_BOT: TokenIdentity = { login: 'github-actions[bot]', bot: true };

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Who the token is: GET /user, else GraphQL viewer (installation tokens), else the Actions bot. */
export async function tokenIdentity(
  octokit: Octokit,
  log: (line: string) => void = () => undefined,
): Promise<TokenIdentity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, bot: data.type === 'Bot' };
  } catch (error) {
    if (statusOf(error) !== 403 && statusOf(error) !== 401) throw error;
  }
  try {
    const data = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    const login = data.viewer.login;
    return { login: login.endsWith('[bot]') ? login : `${login}[bot]`, bot: true };
  } catch {
    log(`Could not tell which identity the token has; only comments by ${ACTIONS_BOT.login} are ours.`);
    return ACTIONS_BOT;
  }
}

/** True when the comment was written by this identity (login and, for an app, a Bot account). */
export function writtenBy(
  comment: { user?: { login?: string; type?: string } | null },
  identity: TokenIdentity,
): boolean {
  const user = comment.user;
  if (!user?.login) return false;
  return user.login === identity.login && (!identity.bot || user.type === 'Bot');
}

export interface RunHead {
  repository: string;
  branch: string;
  sha: string;
}

/** The head a workflow_run's pull request must have: the triggering run's repository, branch and commit. */
export function runHead(run: {
  head_sha?: string;
  head_branch?: string | null;
  head_repository?: { full_name?: string } | null;
}): RunHead | null {
  const repository = run.head_repository?.full_name;
  if (!repository || !run.head_branch || !run.head_sha) return null;
  return { repository, branch: run.head_branch, sha: run.head_sha };
}

/** Why this pull request's head is not the run's head, or null when it is. */
export function headMismatch(
  pr: { number: number; head: { ref?: string; sha?: string; repo?: { full_name?: string } | null } },
  head: RunHead,
): string | null {
  const theirs = `${pr.head.repo?.full_name ?? '(deleted repository)'}:${pr.head.ref ?? '?'}@${(pr.head.sha ?? '?').slice(0, 12)}`;
  const ours = `${head.repository}:${head.branch}@${head.sha.slice(0, 12)}`;
  const same =
    pr.head.repo?.full_name?.toLowerCase() === head.repository.toLowerCase() &&
    pr.head.ref === head.branch &&
    pr.head.sha === head.sha;
  return same ? null : `its head is ${theirs}, not the run's ${ours}`;
}
