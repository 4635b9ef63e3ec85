/**
 * The Action's run(): inputs → config → the same pipeline as the CLI → outputs, job summary,
 * annotations, sticky PR comment, baseline artifact. The single place where an error becomes
 * core.setFailed (one "cause / fix" message) and the step's exit code.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { loadConfig, type Config } from '../config.js';
import { runLearn, runScan, runStatus, type RunContext } from '../pipeline.js';
import { renderSummaryMarkdown } from '../report/markdown.js';
import { renderStatusText, statusToJson } from '../report/status.js';
import { UserFacingError, type Report } from '../types.js';
import { emitAnnotations } from './annotations.js';
import { downloadBaselineArtifact, uploadBaselineArtifact } from './artifact.js';
import { publishPrComment, type EventContext, type Octokit } from './comment.js';
import { getInputs, type ActionInputs } from './inputs.js';

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

function octokitFor(token: string): Octokit {
  // Read the API URL at call time (GHES, tests): @actions/github captures it at import.
  return github.getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
}

function eventContext(): EventContext {
  const context = github.context;
  return { eventName: context.eventName, sha: context.sha, repo: context.repo, payload: context.payload };
}

async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner (local runs) there is no summary file; the report is still on disk and in the log.
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(value, null, 2) + '\n');
}

function context(config: Config, inputs: ActionInputs): RunContext {
  return {
    config,
    now: () => Date.now(),
    log: (line) => core.info(line),
    window: inputs.window,
  };
}

async function learn(config: Config, inputs: ActionInputs): Promise<void> {
  const result = await runLearn(context(config, inputs));
  core.setOutput('baseline-path', result.path);
  core.setOutput('services-scanned', String(result.services));
  core.setOutput('verdict', 'pass');
  core.setOutput('anomaly-count', '0');
  core.info(
    `Learned a baseline of ${result.services} services (${result.window.from} → ${result.window.to}) at ${result.path}.`,
  );
  if (inputs.baselineArtifact) {
    await uploadBaselineArtifact(inputs.baselineArtifact.name, result.path, (line) => core.info(line));
  }
  await writeSummary(
    [
      '## 📚 SMAnalyzer: baseline learned',
      '',
      `${result.services} services, window ${result.window.from} → ${result.window.to}.`,
      inputs.baselineArtifact ? `Uploaded as artifact \`${inputs.baselineArtifact.name}\`.` : '',
      '',
    ].join('\n'),
  );
}

async function status(config: Config, inputs: ActionInputs): Promise<void> {
  const view = await runStatus(context(config, inputs));
  await writeJson(inputs.reportPath, statusToJson(view));
  core.setOutput('report-path', inputs.reportPath);
  core.setOutput('baseline-path', config.baselinePath);
  const text = renderStatusText(view);
  core.info(text);
  await writeSummary(
    ['## SMAnalyzer: status', '', '```text', text.replace(/```/g, "'''"), '```', ''].join('\n'),
  );
}

/** The baseline for a scan: downloaded when an artifact is named; a clear answer when there is none. */
async function ensureBaseline(config: Config, inputs: ActionInputs): Promise<boolean> {
  if (inputs.baselineArtifact) {
    const { owner, repo } = github.context.repo;
    const downloaded = await downloadBaselineArtifact(
      octokitFor(inputs.githubToken),
      inputs.githubToken,
      { owner, repo, ...inputs.baselineArtifact },
      config.baselinePath,
      (line) => core.info(line),
    );
    if (!downloaded) core.warning(`No unexpired artifact named "${inputs.baselineArtifact.name}" was found.`);
  }
  if (existsSync(config.baselinePath)) return true;
  const cause = `no baseline at ${config.baselinePath}`;
  const fix = inputs.baselineArtifact
    ? `run the baseline refresh workflow first (this action with mode: learn and baseline-artifact: ${inputs.baselineArtifact.name})`
    : `learn one first: \`smanalyzer learn --baseline ${config.baselinePath}\`, or this action with mode: learn`;
  if (config.gate.warnOnly) {
    core.warning(`${cause}: nothing to compare with, so this advisory run passes. To fix: ${fix}.`);
    return false;
  }
  throw new UserFacingError('baseline', cause, fix);
}

async function scan(config: Config, inputs: ActionInputs): Promise<void> {
  core.setOutput('baseline-path', config.baselinePath);
  if (!(await ensureBaseline(config, inputs))) {
    core.setOutput('verdict', 'warn');
    core.setOutput('anomaly-count', '0');
    core.setOutput('services-scanned', '0');
    return;
  }
  const report: Report = await runScan(context(config, inputs));
  await writeJson(inputs.reportPath, report);
  core.setOutput('verdict', report.verdict);
  core.setOutput('anomaly-count', String(report.summary.anomalyCount));
  core.setOutput('services-scanned', String(report.summary.servicesScanned));
  core.setOutput('report-path', inputs.reportPath);

  emitAnnotations(report);
  await writeSummary(renderSummaryMarkdown(report, { runUrl: runUrl() }));
  if (inputs.githubToken !== '' && inputs.comment !== 'never') {
    await publishPrComment(
      octokitFor(inputs.githubToken),
      {
        report,
        context: eventContext(),
        policy: inputs.comment,
        commentId: inputs.commentId,
        runUrl: runUrl(),
      },
      { info: (m) => core.info(m), warning: (m) => core.warning(m) },
    );
  }
  core.info(`Verdict: ${report.verdict}. ${report.summary.reason}`);
  if (report.verdict === 'fail') core.setFailed(`SMAnalyzer: ${report.summary.reason}`);
}

/** Cause and fix on two lines; anything that is not a UserFacingError is still a failure, never silent. */
export function failureMessage(error: unknown): string {
  if (error instanceof UserFacingError) return `${error.message}\nTo fix: ${error.fix}`;
  if (error instanceof Error) return `unexpected error: ${error.message}`;
  return `unexpected error: ${String(error)}`;
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    core.info(`SMAnalyzer ${inputs.mode} starting.`);
    const config = loadConfig({ file: inputs.configFile, overrides: inputs.overrides });
    if (inputs.mode === 'learn') await learn(config, inputs);
    else if (inputs.mode === 'status') await status(config, inputs);
    else await scan(config, inputs);
  } catch (error) {
    if (error instanceof Error && !(error instanceof UserFacingError) && error.stack) core.debug(error.stack);
    core.setFailed(failureMessage(error));
  }
}
