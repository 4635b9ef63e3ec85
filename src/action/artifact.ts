/**
 * The baseline as a workflow artifact: `learn` uploads it (@actions/artifact, the runner's results
 * service), `scan` downloads the newest unexpired one of that name from this repository's runs.
 * Finding "the newest across runs" is not something @actions/artifact offers (it looks inside one run),
 * so the search uses the public REST API (GET /repos/{o}/{r}/actions/artifacts?name=) and the download
 * reuses @actions/artifact's public-API path (302 to a blob URL, streamed unzip).
 */
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { BaselineError, UserFacingError } from '../core/types.js';
import type { Octokit } from './comment.js';

/** A GitHub API or service problem the user can act on (permissions, names, retention). */
export class GitHubError extends UserFacingError {
  constructor(message: string, fix: string) {
    super('github', message, fix);
  }
}

export interface ArtifactSelector {
  owner: string;
  repo: string;
  name: string;
  /** Workflow file name, path or display name (e.g. "baseline-refresh.yml"); null: any workflow. */
  workflow: string | null;
  /** Only artifacts produced on this branch (e.g. main); null: any branch. */
  branch: string | null;
}

interface ArtifactInfo {
  id: number;
  name: string;
  expired: boolean;
  created_at?: string | null;
  workflow_run?: { id?: number; head_branch?: string | null } | null;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

function workflowMatches(wanted: string, run: { path?: string; name?: string | null }): boolean {
  const path = run.path ?? '';
  return wanted === path || wanted === basename(path) || wanted === run.name;
}

/** The newest unexpired artifact with this name (and branch / workflow), or null. */
export async function findNewestArtifact(
  octokit: Octokit,
  selector: ArtifactSelector,
): Promise<ArtifactInfo | null> {
  let candidates: ArtifactInfo[];
  try {
    candidates = (await octokit.paginate(octokit.rest.actions.listArtifactsForRepo, {
      owner: selector.owner,
      repo: selector.repo,
      name: selector.name,
      per_page: 100,
    })) as ArtifactInfo[];
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
    .filter((a) => !selector.branch || a.workflow_run?.head_branch === selector.branch)
    .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
  if (!selector.workflow) return newestFirst[0] ?? null;
  for (const artifact of newestFirst) {
    const runId = artifact.workflow_run?.id;
    if (!runId) continue;
    const { data: run } = await octokit.rest.actions.getWorkflowRun({
      owner: selector.owner,
      repo: selector.repo,
      run_id: runId,
    });
    if (workflowMatches(selector.workflow, run)) return artifact;
  }
  return null;
}

/**
 * Download the newest baseline artifact and place its file at `baselinePath`.
 * Returns null when there is no such artifact (the caller decides whether that fails the step).
 */
export async function downloadBaselineArtifact(
  octokit: Octokit,
  token: string,
  selector: ArtifactSelector,
  baselinePath: string,
  log: (line: string) => void,
): Promise<{ artifactId: number; createdAt: string | null } | null> {
  const artifact = await findNewestArtifact(octokit, selector);
  if (!artifact) return null;
  const workDir = await mkdtemp(join(tmpdir(), 'smanalyzer-artifact-'));
  try {
    try {
      await new DefaultArtifactClient().downloadArtifact(artifact.id, {
        path: workDir,
        findBy: {
          token,
          repositoryOwner: selector.owner,
          repositoryName: selector.repo,
          workflowRunId: artifact.workflow_run?.id ?? 0,
        },
      });
    } catch (error) {
      const status = statusOf(error);
      throw new GitHubError(
        `cannot download artifact "${selector.name}" (id ${artifact.id})${status ? `: HTTP ${status}` : ''}`,
        status === 403
          ? 'give the job `permissions: actions: read`'
          : 'retry the job; the artifact may have just expired',
      );
    }
    const files = (await readdir(workDir, { recursive: true, withFileTypes: true })).filter((e) =>
      e.isFile(),
    );
    const wanted = basename(baselinePath);
    const chosen =
      files.find((f) => f.name === wanted) ??
      (files.filter((f) => f.name.endsWith('.json')).length === 1
        ? files.find((f) => f.name.endsWith('.json'))
        : undefined);
    if (!chosen) {
      throw new BaselineError(
        `artifact "${selector.name}" (id ${artifact.id}) holds no baseline file named ${wanted}`,
        'upload it with this action in mode: learn and the same baseline-artifact name',
      );
    }
    await copyFile(join(chosen.parentPath, chosen.name), baselinePath);
    log(
      `Downloaded baseline artifact "${selector.name}" (id ${artifact.id}, created ${artifact.created_at ?? 'unknown'}) to ${baselinePath}.`,
    );
    return { artifactId: artifact.id, createdAt: artifact.created_at ?? null };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Upload the baseline file as an artifact of this run (needs the runner's ACTIONS_RUNTIME_TOKEN). */
export async function uploadBaselineArtifact(
  name: string,
  baselinePath: string,
  log: (line: string) => void,
): Promise<{ artifactId: number | null }> {
  const absolute = resolve(baselinePath);
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    throw new GitHubError(
      'cannot upload the baseline artifact: this is not a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN)',
      'run it in a workflow, or leave baseline-artifact empty and keep the baseline-path file yourself',
    );
  }
  try {
    const result = await new DefaultArtifactClient().uploadArtifact(name, [absolute], dirname(absolute));
    log(`Uploaded the baseline as artifact "${name}" (id ${result.id ?? 'unknown'}).`);
    return { artifactId: result.id ?? null };
  } catch (error) {
    throw new GitHubError(
      `cannot upload the baseline artifact "${name}": ${(error as Error)?.message ?? String(error)}`,
      'check the artifact name is unique in this run and the job can write artifacts',
    );
  }
}
