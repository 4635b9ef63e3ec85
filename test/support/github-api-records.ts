/**
 * What the loopback GitHub REST emulator records and stores, in the shapes its tests read: requests as received,
 * issue comments, artifacts, pull requests, workflow runs and the run an upload is recorded against; and the
 * GitHub Actions bot that authors the job token's comments.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface StoredArtifact {
  id: number;
  name: string;
  expired: boolean;
  created_at: string;
  workflow_run: { id: number; head_branch: string; head_sha: string };
  zip: Buffer;
}

export interface PullRequest {
  number: number;
  state: 'open' | 'closed';
  head: { owner: string; ref: string; sha: string };
}

/** A run as GET /repos/{o}/{r}/actions/runs/{id} describes it (the fields that matter for trust). */
export interface WorkflowRun {
  id: number;
  name: string;
  path: string;
  head_branch: string;
  /** Defaults: push, the emulated repository as head repository, a fixed SHA. */
  event?: string;
  head_sha?: string;
  /** "owner/name" of the repository the run's code came from (a fork's, for a fork's pull request). */
  head_repository?: string;
  /** When the run was created (RFC 3339). */
  created_at?: string;
}

/** Where an upload (or an added artifact without a known run) is recorded: a run of the repository itself. */
export interface UploadRun {
  id: number;
  branch: string;
  sha: string;
  event?: string;
  headRepository?: string;
  path?: string;
}

/** The author of the job token's comments: the GitHub Actions app's bot user. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
