/**
 * The baseline as a workflow artifact: `learn` uploads it (@actions/artifact, the runner's results
 * service), `scan` downloads the newest unexpired one of that name from this repository's trusted runs.
 * Finding "the newest across runs" is not something @actions/artifact offers (it looks inside one run),
 * so the search uses the public REST API (GET /repos/{o}/{r}/actions/artifacts?name=, then each candidate's
 * run), and the download is ours: the 302 to a signed blob URL, fetched and unpacked within a byte cap.
 *
 * Trust: anyone who can open a pull request can make a run upload an artifact of any name, with a branch
 * named `main` and the same workflow file; anyone with write access can push a branch whose workflow uploads one.
 * Only a run of this repository itself (head_repository), started by a trusted event (push, schedule,
 * workflow_dispatch by default), on the configured branch (by default the repository's default branch, whose
 * protection rules then guard the baseline) and workflow, may supply the baseline; every other candidate is
 * skipped with a line in the log saying why. Candidates are first sifted from the listing itself (repository and
 * branch), and at most MAX_RUN_LOOKUPS runs are looked up, so a flood of planted artifacts costs no more calls.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { basename, dirname, join, resolve } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { BaselineError, UserFacingError } from '../core/types.js';
import {
  ArtifactTooLargeError,
  DEFAULT_ARTIFACT_MAX_BYTES,
  extractOneEntry,
  formatBytes,
  saveCapped,
} from './artifact-zip.js';
import type { Octokit } from './comment.js';

/** A GitHub API or service problem the user can act on (permissions, names, retention). */
export class GitHubError extends UserFacingError {
  constructor(message: string, fix: string) {
    super('github', message, fix);
  }
}

/** Events whose runs only people with write access can start: the default for baseline-trusted-events. */
export const DEFAULT_TRUSTED_EVENTS = ['push', 'schedule', 'workflow_dispatch'];

export interface ArtifactSelector {
  owner: string;
  repo: string;
  name: string;
  /** Workflow file name, path or display name (e.g. "baseline-refresh.yml"); null: any workflow. */
  workflow: string | null;
  /** Only artifacts produced on this branch (the default branch unless configured); null: any branch. */
  branch: string | null;
  /** Events whose runs may supply the baseline; default DEFAULT_TRUSTED_EVENTS. */
  trustedEvents?: string[];
  /** Most bytes the zip may weigh, downloaded or unpacked; default DEFAULT_ARTIFACT_MAX_BYTES. */
  maxBytes?: number;
}

interface ArtifactInfo {
  id: number;
  name: string;
  expired: boolean;
  created_at?: string | null;
  workflow_run?: {
    id?: number;
    head_branch?: string | null;
    repository_id?: number;
    head_repository_id?: number;
  } | null;
}

/** Runs looked up (one API call each) for one artifact name: the newest candidates the listing left. */
export const MAX_RUN_LOOKUPS = 20;
/** Artifacts of one name read from the listing (100 a page, newest first). */
export const MAX_LISTED_ARTIFACTS = 1000;
/** Skipped candidates named one by one in the log; the rest are counted. */
const SKIPS_NAMED = 10;

/** What to write in place of `baseline-artifact-branch` to take artifacts from any branch. */
export const ANY_BRANCH = '*';

/** The fields of GET /repos/{o}/{r}/actions/runs/{id} that decide trust, and the ones the log names. */
export interface RunInfo {
  id: number;
  event?: string;
  head_branch?: string | null;
  head_sha?: string;
  path?: string;
  name?: string | null;
  html_url?: string;
  created_at?: string;
  head_repository?: { full_name?: string } | null;
}

export interface TrustedArtifact {
  artifact: ArtifactInfo;
  run: RunInfo;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

function workflowMatches(wanted: string, run: RunInfo): boolean {
  // A run's path may carry the ref it ran from (".github/workflows/x.yml@refs/heads/main").
  const path = (run.path ?? '').replace(/@.*$/, '');
  return wanted === path || wanted === basename(path) || wanted === run.name;
}

/** Why this run may not supply the baseline, or null when it may. */
export function untrustedBecause(run: RunInfo, selector: ArtifactSelector): string | null {
  const repository = `${selector.owner}/${selector.repo}`.toLowerCase();
  const head = run.head_repository?.full_name ?? '(unknown)';
  if (head.toLowerCase() !== repository) return `it ran on ${head}, not ${repository}`;
  const events = selector.trustedEvents ?? DEFAULT_TRUSTED_EVENTS;
  if (!events.includes(run.event ?? '')) {
    return `its event ${run.event ?? '(unknown)'} is not one of ${events.join(', ')} (baseline-trusted-events)`;
  }
  if (selector.branch && run.head_branch !== selector.branch) {
    return `it ran on branch ${run.head_branch ?? '(unknown)'}, not ${selector.branch}`;
  }
  if (selector.workflow && !workflowMatches(selector.workflow, run)) {
    return `it ran workflow ${run.path ?? run.name ?? '(unknown)'}, not ${selector.workflow}`;
  }
  return null;
}

/**
 * Why the listing alone rules this artifact out (another repository's run, another branch), or null when its run
 * must be looked up. The listing names the run's repository and head repository by id, and its branch.
 */
function listingSkip(artifact: ArtifactInfo, selector: ArtifactSelector): string | null {
  const run = artifact.workflow_run;
  const repository = `${selector.owner}/${selector.repo}`;
  if (
    typeof run?.repository_id === 'number' &&
    typeof run.head_repository_id === 'number' &&
    run.head_repository_id !== run.repository_id
  ) {
    return `it ran on another repository (id ${run.head_repository_id}, a fork), not ${repository}`;
  }
  if (selector.branch && typeof run?.head_branch === 'string' && run.head_branch !== selector.branch) {
    return `it ran on branch ${run.head_branch}, not ${selector.branch}`;
  }
  return null;
}

/**
 * The default branch of the repository: from the event (every event's payload names its repository), else the
 * repos API. The branch whose protection rules guard what lands on it: the baseline comes from there by default.
 */
export async function defaultBranch(
  octokit: Octokit,
  repository: { owner: string; repo: string },
  payload: { repository?: object } | undefined,
): Promise<{ branch: string; from: 'event' | 'api' }> {
  const fromEvent = (payload?.repository as { default_branch?: unknown } | undefined)?.default_branch;
  if (typeof fromEvent === 'string' && fromEvent !== '') return { branch: fromEvent, from: 'event' };
  try {
    const { data } = await octokit.rest.repos.get(repository);
    if (typeof data.default_branch === 'string' && data.default_branch !== '')
      return { branch: data.default_branch, from: 'api' };
  } catch (error) {
    const status = statusOf(error);
    throw new GitHubError(
      `cannot tell the default branch of ${repository.owner}/${repository.repo}, which the baseline artifact must come from${status ? ` (HTTP ${status})` : ''}`,
      'set baseline-artifact-branch to the branch whose runs may supply the baseline (e.g. main)',
    );
  }
  throw new GitHubError(
    `cannot tell the default branch of ${repository.owner}/${repository.repo}, which the baseline artifact must come from`,
    'set baseline-artifact-branch to the branch whose runs may supply the baseline (e.g. main)',
  );
}

/** The run behind an artifact; null when GitHub no longer has it (a deleted run keeps no trust). */
async function runOf(octokit: Octokit, selector: ArtifactSelector, runId: number): Promise<RunInfo | null> {
  try {
    const { data } = await octokit.rest.actions.getWorkflowRun({
      owner: selector.owner,
      repo: selector.repo,
      run_id: runId,
    });
    return data as RunInfo;
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 || status === 410) return null;
    throw new GitHubError(
      `cannot read workflow run ${runId}, which uploaded artifact "${selector.name}"${status ? ` (HTTP ${status})` : ''}`,
      status === 403
        ? 'give the job `permissions: actions: read` (and pass github-token)'
        : 'retry the job; check GitHub status if it persists',
    );
  }
}

/**
 * The newest unexpired artifact with this name that a trusted run uploaded, with that run; or null.
 * `log` hears about every candidate skipped and why.
 */
export async function findNewestArtifact(
  octokit: Octokit,
  selector: ArtifactSelector,
  log: (line: string) => void = () => undefined,
): Promise<TrustedArtifact | null> {
  let candidates: ArtifactInfo[];
  let pagesRead = 0;
  try {
    candidates = (await octokit.paginate(
      octokit.rest.actions.listArtifactsForRepo,
      { owner: selector.owner, repo: selector.repo, name: selector.name, per_page: 100 },
      (response, done) => {
        const page = response.data as unknown as ArtifactInfo[];
        // Enough for any real history of one name; a flood of planted ones is not read to its end.
        if (++pagesRead * 100 >= MAX_LISTED_ARTIFACTS) done();
        return page;
      },
    )) as ArtifactInfo[];
  } catch (error) {
    const status = statusOf(error);
    throw new GitHubError(
      `cannot list the artifacts of ${selector.owner}/${selector.repo}${status ? ` (HTTP ${status})` : ''}`,
      status === 403 || status === 404
        ? 'give the job `permissions: actions: read` (and pass github-token)'
        : 'retry the job; check GitHub status if it persists',
    );
  }
  const newestFirst = candidates
    .filter((a) => a.name === selector.name && !a.expired)
    .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
  let skipped = 0;
  const skip = (artifact: ArtifactInfo, why: string) => {
    if (++skipped <= SKIPS_NAMED)
      log(
        `Skipped artifact "${selector.name}" (id ${artifact.id}, run ${artifact.workflow_run?.id ?? 'unknown'}): ${why}.`,
      );
  };
  const summary = () => {
    if (skipped > SKIPS_NAMED)
      log(
        `Skipped ${skipped - SKIPS_NAMED} more artifacts named "${selector.name}" for the same kinds of reason.`,
      );
  };
  let lookups = 0;
  for (const artifact of newestFirst) {
    const runId = artifact.workflow_run?.id;
    if (!runId) {
      skip(artifact, 'it names no workflow run');
      continue;
    }
    const ruledOut = listingSkip(artifact, selector);
    if (ruledOut) {
      skip(artifact, ruledOut);
      continue;
    }
    if (lookups++ >= MAX_RUN_LOOKUPS) {
      summary();
      log(
        `Looked up the runs of the newest ${MAX_RUN_LOOKUPS} candidates for "${selector.name}" only; older artifacts were not considered.`,
      );
      return null;
    }
    const run = await runOf(octokit, selector, runId);
    if (!run) {
      skip(artifact, `its workflow run ${runId} no longer exists (HTTP 404)`);
      continue;
    }
    const reason = untrustedBecause(run, selector);
    if (reason) skip(artifact, reason);
    else {
      summary();
      return { artifact, run };
    }
  }
  summary();
  return null;
}

/** "run 9001 (event push, branch main, created 2026-…, sha 0123abc, https://…)": where a baseline came from. */
export function describeRun(run: RunInfo): string {
  return (
    `run ${run.id} (event ${run.event ?? 'unknown'}, branch ${run.head_branch ?? 'unknown'}, ` +
    `created ${run.created_at ?? 'unknown'}, sha ${(run.head_sha ?? 'unknown').slice(0, 12)}` +
    `${run.html_url ? `, ${run.html_url}` : ''})`
  );
}

/** The zip's signed blob URL: GitHub answers the download endpoint with a 302 that carries no token. */
async function downloadUrl(
  octokit: Octokit,
  selector: ArtifactSelector,
  artifactId: number,
): Promise<string> {
  let location: string | undefined;
  try {
    const response = await octokit.rest.actions.downloadArtifact({
      owner: selector.owner,
      repo: selector.repo,
      artifact_id: artifactId,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    location = (response.headers as Record<string, string | undefined>).location;
  } catch (error) {
    const status = statusOf(error);
    // With redirect: manual, some fetch stacks surface the 302 as an error that still carries the header.
    location = (error as { response?: { headers?: Record<string, string> } })?.response?.headers?.location;
    if (!location) {
      throw new GitHubError(
        `cannot download artifact "${selector.name}" (id ${artifactId})${status ? `: HTTP ${status}` : ''}`,
        status === 403
          ? 'give the job `permissions: actions: read`'
          : 'retry the job; the artifact may have just expired',
      );
    }
  }
  if (!location) {
    throw new GitHubError(
      `cannot download artifact "${selector.name}" (id ${artifactId}): GitHub gave no download address`,
      'retry the job; the artifact may have just expired',
    );
  }
  return location;
}

/** What an artifact holds: the baseline, or another file kept the same way (the scan history). */
export interface ArtifactFileKind {
  /** "baseline", "scan history": for the log and the errors. */
  noun: string;
  /** The one file to take when none has the wanted name. */
  extension: string;
  /** How to put a right one there. */
  fix: string;
}

const BASELINE_FILE: ArtifactFileKind = {
  noun: 'baseline',
  extension: '.json',
  fix: 'upload it with this action in mode: learn and the same baseline-artifact name',
};

/**
 * Download the newest trusted baseline artifact (or another kind of file, same trust rules) and place its file
 * at `baselinePath`. Returns null when there is no such artifact (the caller decides whether that fails the step).
 */
export async function downloadBaselineArtifact(
  octokit: Octokit,
  selector: ArtifactSelector,
  baselinePath: string,
  log: (line: string) => void,
  kind: ArtifactFileKind = BASELINE_FILE,
): Promise<{ artifactId: number; createdAt: string | null; run: RunInfo } | null> {
  const found = await findNewestArtifact(octokit, selector, log);
  if (!found) return null;
  const { artifact, run } = found;
  const cap = selector.maxBytes ?? DEFAULT_ARTIFACT_MAX_BYTES;
  const label = `artifact "${selector.name}" (id ${artifact.id})`;
  const workDir = await mkdtemp(join(tmpdir(), 'smanalyzer-artifact-'));
  try {
    const url = await downloadUrl(octokit, selector, artifact.id);
    const zipPath = join(workDir, 'artifact.zip');
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'error' });
    } catch (error) {
      throw new GitHubError(
        `cannot download ${label}: ${(error as Error)?.message ?? String(error)}`,
        'retry the job; the artifact may have just expired',
      );
    }
    if (!response.ok || !response.body) {
      throw new GitHubError(
        `cannot download ${label}: HTTP ${response.status} from the artifact storage`,
        'retry the job; the artifact may have just expired',
      );
    }
    const declaredLength = Number(response.headers.get('content-length') ?? 0);
    if (declaredLength > cap) {
      await response.body.cancel();
      throw new ArtifactTooLargeError(`${label} is ${formatBytes(declaredLength)} zipped`, cap);
    }
    await saveCapped(
      Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
      zipPath,
      cap,
      () => new ArtifactTooLargeError(`${label} is more than ${formatBytes(cap)} zipped`, cap),
    );
    const wanted = basename(baselinePath);
    let chosen: string | null;
    try {
      chosen = await extractOneEntry(
        zipPath,
        (names) => {
          const byName = names.find((n) => basename(n) === wanted);
          const json = names.filter((n) => n.endsWith(kind.extension));
          return byName ?? (json.length === 1 ? json[0] : undefined);
        },
        resolve(baselinePath),
        cap,
        label,
      );
    } catch (error) {
      if (error instanceof UserFacingError) throw error;
      throw new GitHubError(
        `${label} is not a readable zip: ${(error as Error)?.message ?? String(error)}`,
        'learn and upload the baseline again (this action with mode: learn)',
      );
    }
    if (!chosen) {
      throw new BaselineError(`${label} holds no ${kind.noun} file named ${wanted}`, kind.fix);
    }
    const noun = kind.noun[0].toUpperCase() + kind.noun.slice(1);
    log(`${noun} from ${label}, uploaded by ${describeRun(run)}, written to ${baselinePath}.`);
    return { artifactId: artifact.id, createdAt: artifact.created_at ?? null, run };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Upload the baseline file (or another `noun`) as an artifact of this run (needs ACTIONS_RUNTIME_TOKEN). */
export async function uploadBaselineArtifact(
  name: string,
  baselinePath: string,
  log: (line: string) => void,
  noun = 'baseline',
): Promise<{ artifactId: number | null }> {
  const absolute = resolve(baselinePath);
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    throw new GitHubError(
      `cannot upload the ${noun} artifact: this is not a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN)`,
      'run it in a workflow, or leave baseline-artifact empty and keep the baseline-path file yourself',
    );
  }
  try {
    const result = await new DefaultArtifactClient().uploadArtifact(name, [absolute], dirname(absolute));
    log(`Uploaded the ${noun} as artifact "${name}" (id ${result.id ?? 'unknown'}).`);
    return { artifactId: result.id ?? null };
  } catch (error) {
    throw new GitHubError(
      `cannot upload the ${noun} artifact "${name}": ${(error as Error)?.message ?? String(error)}`,
      'check the artifact name is unique in this run and the job can write artifacts',
    );
  }
}
