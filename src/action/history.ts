/**
 * The scan history in the Action: before the scan's line is appended, the newest history artifact
 * from a trusted run is downloaded (the baseline artifact's trust rules: this repository, a trusted event, the
 * configured branch, by default the repository's default branch); after it, the file is uploaded as this run's artifact. A history problem is a warning: the
 * gate's verdict never depends on it.
 */
import * as core from '@actions/core';
import { appendHistory, defaultHistoryPath } from '../app/history.js';
import { DEFAULT_HISTORY_LIMIT, historyEntry, type ScanHistoryEntry } from '../core/history.js';
import { ConfigError, UserFacingError, type Report } from '../core/types.js';
import { downloadBaselineArtifact, uploadBaselineArtifact, type ArtifactSelector } from './artifact.js';
import type { Octokit } from './comment.js';
import type { ActionInputs } from './inputs.js';
import { log } from './log.js';

export interface HistoryInputs {
  path: string;
  limit: number;
  /** The artifact that carries the history from run to run; null: the file only. */
  artifact: string | null;
}

const HISTORY_FILE = {
  noun: 'scan history',
  extension: '.jsonl',
  fix: 'let the next scan write a fresh one (history-artifact names the artifact)',
};

/**
 * history-path (default `<baseline>.history.jsonl`), history-limit (default 1000), history-artifact (default
 * `<baseline-artifact>-history` when baseline-artifact is set; `none` keeps the file only).
 */
export function historyInputs(
  baselinePath: string,
  inputs: Pick<ActionInputs, 'baselineArtifact'>,
  read: (name: string) => string = (name) => core.getInput(name),
): HistoryInputs {
  const limitText = read('history-limit');
  const limit = limitText === '' ? DEFAULT_HISTORY_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1)
    throw new ConfigError(
      `history-limit "${limitText}" is not a whole number ≥ 1`,
      'set it like history-limit: 500',
    );
  const named = read('history-artifact');
  if (named !== '' && named !== 'none' && !/^[A-Za-z0-9._-]{1,100}$/.test(named))
    throw new ConfigError(
      'history-artifact may use letters, digits, ".", "_" and "-" only',
      'set it like history-artifact: mesh-history, or none',
    );
  const artifact =
    named === 'none'
      ? null
      : named !== ''
        ? named
        : inputs.baselineArtifact
          ? `${inputs.baselineArtifact.name}-history`
          : null;
  return { path: read('history-path') || defaultHistoryPath(baselinePath), limit, artifact };
}

function warnOnly(error: unknown): void {
  if (!(error instanceof UserFacingError)) throw error;
  log.warning(`Scan history: ${error.message}. To fix: ${error.fix}`);
}

/** The baseline artifact's trust rules for another artifact; its branch resolved when it is needed. */
export type HistorySelector = Omit<ArtifactSelector, 'name' | 'branch'> & {
  branch: () => Promise<string | null>;
};

/** The newest trusted history artifact into history.path (when one is named); problems are warnings. */
export async function downloadHistory(
  history: HistoryInputs,
  selector: HistorySelector | null,
  octokit: () => Octokit,
): Promise<void> {
  if (!history.artifact || !selector) return;
  const logLine = (line: string) => log.info(line);
  try {
    // The history comes from whichever workflow scans, not the baseline refresh: only the workflow filter goes.
    const found = await downloadBaselineArtifact(
      octokit(),
      { ...selector, name: history.artifact, workflow: null, branch: await selector.branch() },
      history.path,
      logLine,
      HISTORY_FILE,
    );
    if (!found)
      logLine(`No trusted history artifact "${history.artifact}" yet: starting the scan history here.`);
  } catch (error) {
    warnOnly(error);
  }
}

/** Download the newest trusted history, append this scan, upload it again. Returns the history, oldest first. */
export async function recordScanHistory(
  report: Report,
  history: HistoryInputs,
  selector: HistorySelector | null,
  octokit: () => Octokit,
  now: number,
): Promise<ScanHistoryEntry[]> {
  const logLine = (line: string) => log.info(line);
  const warn = warnOnly;
  await downloadHistory(history, selector, octokit);
  let entries: ScanHistoryEntry[] = [historyEntry(report, now)];
  try {
    const written = appendHistory(history.path, entries[0], history.limit);
    entries = written.entries;
    for (const note of written.notes) log.warning(`Scan history: ${note}`);
    logLine(`Scan history: ${entries.length} scan${entries.length === 1 ? '' : 's'} in ${history.path}.`);
  } catch (error) {
    warn(error);
    return entries;
  }
  if (history.artifact) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN) {
      logLine(`Not in a workflow job (no ACTIONS_RUNTIME_TOKEN): the scan history stays in ${history.path}.`);
    } else {
      try {
        await uploadBaselineArtifact(history.artifact, history.path, logLine, 'scan history');
      } catch (error) {
        warn(error);
      }
    }
  }
  return entries;
}

/**
 * The baseline artifact's trust rules for the history artifact (this repository, a trusted event, the branch the
 * baseline comes from: the default branch unless baseline-artifact-branch says otherwise), or this repository's
 * defaults without a baseline artifact.
 */
export function historySelector(
  repository: { owner: string; repo: string },
  inputs: Pick<ActionInputs, 'baselineArtifact'>,
  branch: () => Promise<string | null>,
): HistorySelector {
  const b = inputs.baselineArtifact;
  return b
    ? { ...repository, workflow: null, branch, trustedEvents: b.trustedEvents, maxBytes: b.maxBytes }
    : { ...repository, workflow: null, branch };
}
