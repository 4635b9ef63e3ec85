/**
 * The Action's run(): inputs → config → the same pipeline as the CLI → outputs, job summary,
 * annotations, sticky PR comment, baseline artifact; or (mode: comment) the sticky comment for a report
 * another run wrote. The single place where an error becomes core.setFailed (one "cause / fix" message)
 * and the step's exit code. Every file it writes goes through the secret redactor first.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { writeFileAtomically } from '../files/atomic.js';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { loadConfig, type Config } from '../config/load.js';
import { runLearn, runScan, runStatus, type RunContext } from '../app/pipeline.js';
import { escapeMarkdown, renderSummaryMarkdown } from '../render/markdown.js';
import { renderStatusText, statusToJson } from '../render/status-report.js';
import type { SecretRedactor } from '../config/secrets.js';
import { BaselineError, UserFacingError, type Report } from '../core/types.js';
import { emitAnnotations } from './annotations.js';
import { log } from './log.js';
import { fitSummary, STEP_SUMMARY_LIMIT_BYTES, writeProblem } from './output-limits.js';
import { ANY_BRANCH, defaultBranch, downloadBaselineArtifact, uploadBaselineArtifact } from './artifact.js';
import { readActivity } from '../app/history-file.js';
import { downloadHistory, historyInputs, historySelector, recordScanHistory } from './history-artifact.js';
import { publishPrComment, type EventContext, type Octokit } from './comment.js';
import { getInputs, type ActionInputs } from './inputs.js';
import { actionRedactor, redactDeep, redactedJson, scrubText } from './redaction.js';
import { readUntrustedReport } from './report-input.js';

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

function octokitFor(token: string): Octokit {
  // Read the API URL at call time (GHES, tests): @actions/github captures it at import.
  // GitHub's API has passing 5xx hiccups: retried with backoff (1 s, 4 s, 9 s), never 4xx.
  return github.getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' }, retry);
}

/**
 * The branch whose runs may supply the baseline and history artifacts: baseline-artifact-branch, else the
 * repository's default branch (its protection rules then guard the baseline: a push to another branch, with its
 * workflow file edited there, cannot supply one). `*`: any branch. Asked once per run, and only when needed.
 */
function artifactBranch(inputs: ActionInputs): () => Promise<string | null> {
  let resolved: Promise<string | null> | undefined;
  return () =>
    (resolved ??= (async () => {
      if (inputs.artifactBranch === ANY_BRANCH) {
        log.info('Artifacts are taken from a trusted run on any branch (baseline-artifact-branch: *).');
        return null;
      }
      if (inputs.artifactBranch) return inputs.artifactBranch;
      const { branch, from } = await defaultBranch(
        octokitFor(inputs.githubToken),
        github.context.repo,
        github.context.payload,
      );
      log.info(
        `Artifacts are taken from trusted runs on ${branch}, the repository's default branch (from the ${from === 'event' ? 'event' : 'repository API'}); baseline-artifact-branch chooses another.`,
      );
      return branch;
    })());
}

function eventContext(): EventContext {
  const context = github.context;
  return { eventName: context.eventName, sha: context.sha, repo: context.repo, payload: context.payload };
}

/** The files the Action writes itself, each scrubbed of every known secret on the way out. */
class Output {
  constructor(public redactor: SecretRedactor) {}

  readonly redact = (text: string): string => scrubText(this.redactor, text);

  /** Bytes this step wrote to its summary: GitHub's 1 MiB cap is per step, whatever the number of writes. */
  private summaryBytes = 0;

  async summary(markdown: string): Promise<void> {
    // Outside a runner (local runs) there is no summary file; the report is still on disk and in the log.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    const text = fitSummary(this.redact(markdown), STEP_SUMMARY_LIMIT_BYTES - this.summaryBytes);
    this.summaryBytes += Buffer.byteLength(text);
    await core.summary.addRaw(text, true).write();
  }

  async text(path: string, text: string, input = 'report-html'): Promise<void> {
    try {
      await mkdir(dirname(path), { recursive: true });
      writeFileAtomically(path, this.redact(text));
    } catch (error) {
      throw writeProblem(error, 'report', path, input);
    }
  }

  async json(path: string, value: unknown, input = 'report-path'): Promise<void> {
    try {
      await mkdir(dirname(path), { recursive: true });
      writeFileAtomically(path, redactedJson(value, this.redactor));
    } catch (error) {
      throw writeProblem(error, 'report', path, input);
    }
  }
}

function context(config: Config, inputs: ActionInputs): RunContext {
  return {
    config,
    now: () => Date.now(),
    log: (line) => log.info(line),
    window: inputs.window,
    deployedAt: inputs.deployedAt,
    learnCommand:
      'this action with mode: learn and the same source, prometheus-url, kubeconfig, namespaces and baseline-path inputs',
  };
}

async function learn(config: Config, inputs: ActionInputs, out: Output): Promise<void> {
  const result = await runLearn(context(config, inputs));
  core.setOutput('baseline-path', result.path);
  core.setOutput('services-scanned', String(result.services));
  core.setOutput('verdict', 'pass');
  core.setOutput('anomaly-count', '0');
  log.info(
    `Learned a baseline of ${result.services} services (${result.window.from} → ${result.window.to}) at ${result.path}.`,
  );
  if (inputs.baselineArtifact) {
    await uploadBaselineArtifact(inputs.baselineArtifact.name, result.path, (line) => log.info(line));
  }
  await out.summary(
    [
      '## 📚 SMAnalyzer: baseline learned',
      '',
      `${result.services} services, window ${result.window.from} → ${result.window.to}.`,
      inputs.baselineArtifact ? `Uploaded as artifact \`${inputs.baselineArtifact.name}\`.` : '',
      '',
    ].join('\n'),
  );
}

async function status(config: Config, inputs: ActionInputs, out: Output): Promise<void> {
  const view = await runStatus(context(config, inputs));
  const history = historyInputs(config.baselinePath, inputs);
  await downloadHistory(history, historySelector(github.context.repo, inputs, artifactBranch(inputs)), () =>
    octokitFor(inputs.githubToken),
  );
  view.activity = readActivity(history.path, Date.now());
  await out.json(inputs.reportPath, statusToJson(view));
  core.setOutput('report-path', inputs.reportPath);
  core.setOutput('baseline-path', config.baselinePath);
  const text = renderStatusText(view);
  log.block(text);
  await out.summary(
    ['## SMAnalyzer: status', '', '```text', text.replace(/```/g, "'''"), '```', ''].join('\n'),
  );
}

/** The baseline for a scan: downloaded when an artifact is named; a clear answer when there is none. */
async function ensureBaseline(
  config: Config,
  inputs: ActionInputs,
  branchOf: () => Promise<string | null>,
): Promise<boolean> {
  if (inputs.baselineArtifact) {
    const { owner, repo } = github.context.repo;
    const branch = await branchOf();
    const downloaded = await downloadBaselineArtifact(
      octokitFor(inputs.githubToken),
      { owner, repo, ...inputs.baselineArtifact, branch },
      config.baselinePath,
      (line) => log.info(line),
    );
    if (!downloaded) {
      const { name, trustedEvents } = inputs.baselineArtifact;
      log.warning(
        `No unexpired artifact named "${name}" from a trusted run of ${owner}/${repo} (events ${trustedEvents.join(', ')}${branch ? `, branch ${branch}` : ''}) was found.`,
      );
    }
  }
  if (existsSync(config.baselinePath)) return true;
  const cause = `no baseline at ${config.baselinePath}`;
  const fix = inputs.baselineArtifact
    ? `run the baseline refresh workflow first (this action with mode: learn and baseline-artifact: ${inputs.baselineArtifact.name})`
    : `learn one first: \`smanalyzer learn --baseline ${config.baselinePath}\`, or this action with mode: learn`;
  if (config.gate.warnOnly) {
    log.warning(`${cause}: nothing to compare with, so this advisory run passes. To fix: ${fix}.`);
    return false;
  }
  throw new UserFacingError('baseline', cause, fix);
}

async function scan(config: Config, inputs: ActionInputs, out: Output): Promise<void> {
  core.setOutput('baseline-path', config.baselinePath);
  const advisory = () => {
    core.setOutput('verdict', 'warn');
    core.setOutput('anomaly-count', '0');
    core.setOutput('services-scanned', '0');
  };
  const branchOf = artifactBranch(inputs);
  // compare-versions judges each rollout's versions against each other: no baseline to fetch.
  if (!config.rollout.compareVersions && !(await ensureBaseline(config, inputs, branchOf))) return advisory();
  let scanned: Report;
  try {
    scanned = await runScan(context(config, inputs));
  } catch (error) {
    // warn-only never fails the step: a baseline it cannot use (future-dated, from another mesh) is a warning.
    if (!(config.gate.warnOnly && error instanceof BaselineError)) throw error;
    log.warning(
      out.redact(
        `${error.message}: nothing to compare with, so this advisory run passes. To fix: ${error.fix}.`,
      ),
    );
    return advisory();
  }
  const report: Report = redactDeep(scanned, out.redactor);
  await out.json(inputs.reportPath, report);
  const history = await recordScanHistory(
    report,
    historyInputs(config.baselinePath, inputs),
    historySelector(github.context.repo, inputs, branchOf),
    () => octokitFor(inputs.githubToken),
    Date.now(),
  );
  const htmlPath = core.getInput('report-html');
  if (htmlPath) {
    const { renderHtmlReport } = await import('../render/html.js');
    await out.text(htmlPath, renderHtmlReport(report, { history }));
    core.setOutput('report-html', htmlPath);
  }
  core.setOutput('verdict', report.verdict);
  core.setOutput('anomaly-count', String(report.summary.anomalyCount));
  core.setOutput('services-scanned', String(report.summary.servicesScanned));
  core.setOutput('report-path', inputs.reportPath);

  emitAnnotations(report, log);
  const partialNotice = report.partial
    ? '> ⚠️ **Partial data:** the scan could not read everything it needed, so this is not a full check.\n\n'
    : '';
  await out.summary(partialNotice + renderSummaryMarkdown(report, { runUrl: runUrl(), history }));
  if (inputs.githubToken !== '' && inputs.comment !== 'never') {
    await publishPrComment(
      octokitFor(inputs.githubToken),
      {
        report,
        context: eventContext(),
        policy: inputs.comment,
        commentId: inputs.commentId,
        runUrl: runUrl(),
        redact: out.redact,
      },
      { info: (m) => log.info(m), warning: (m) => log.warning(m) },
    );
  }
  log.info(`Verdict: ${report.verdict}. ${report.summary.reason}`);
  if (report.partial) {
    // on-error: warn turned an environment fault into this report: say so where people look.
    const fix = report.notes.find((n) => n.startsWith('fix: '))?.slice('fix: '.length);
    log.warning(out.redact(`Partial data: ${report.summary.reason}${fix ? `\nTo fix: ${fix}` : ''}`));
  }
  if (report.verdict === 'fail') log.setFailed(`SMAnalyzer: ${report.summary.reason}`);
}

/** The triggering run's page (workflow_run events), when it is on this GitHub server; else this run's. */
function reportRunUrl(context: EventContext): string | undefined {
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const url = context.payload.workflow_run?.html_url;
  if (typeof url === 'string' && url.startsWith(`${server}/`) && /^https?:\/\/[^\s()<>]+$/.test(url))
    return url;
  return runUrl();
}

/**
 * mode: comment — the second half of the fork PR pattern. Runs in the base repository (workflow_run) with
 * a write token, never runs the fork's code: it reads the report the PR's run uploaded, validates it,
 * renders it with the same escaping as every report, and posts or updates the sticky comment.
 */
async function commentFromReport(inputs: ActionInputs, out: Output): Promise<void> {
  const report = redactDeep(readUntrustedReport(inputs.reportPath), out.redactor);
  core.setOutput('verdict', report.verdict);
  core.setOutput('anomaly-count', String(report.summary.anomalyCount));
  core.setOutput('services-scanned', String(report.summary.servicesScanned));
  core.setOutput('report-path', inputs.reportPath);
  const context = eventContext();
  const sourceRun = reportRunUrl(context);
  await out.summary(
    `> Report of the pull request's run${sourceRun ? ` ([run](${encodeURI(sourceRun)}))` : ''}, posted as a comment.\n\n` +
      renderSummaryMarkdown(report, { runUrl: sourceRun }),
  );
  if (inputs.comment === 'never') {
    log.info('comment: never, so mode: comment has nothing to post.');
    return;
  }
  if (inputs.githubToken === '') {
    throw new UserFacingError(
      'github',
      'mode: comment needs a github-token',
      'pass github-token (the default github.token) with permissions: pull-requests: write',
    );
  }
  const outcome = await publishPrComment(
    octokitFor(inputs.githubToken),
    {
      report,
      context,
      policy: inputs.comment,
      commentId: inputs.commentId,
      runUrl: sourceRun,
      redact: out.redact,
    },
    // Posting is this mode's whole job: a failure fails the step (below) instead of a warning.
    { info: (m) => log.info(m), warning: () => undefined },
  );
  if (outcome.action === 'warned') log.setFailed(out.redact(outcome.reason));
}

/** Cause and fix on two lines; anything that is not a UserFacingError is still a failure, never silent. */
export function failureMessage(error: unknown): string {
  if (error instanceof UserFacingError) return `${error.message}\nTo fix: ${error.fix}`;
  if (error instanceof Error) return `unexpected error: ${error.message}`;
  return `unexpected error: ${String(error)}`;
}

/** The job summary of a run that could not finish: the same cause and fix as the log, escaped. */
function failureSummary(message: string): string {
  const [cause, ...fix] = message.split('\n');
  return [
    '## ❌ SMAnalyzer: could not finish',
    '',
    escapeMarkdown(cause),
    '',
    ...fix.map(escapeMarkdown),
    '',
  ].join('\n');
}

export async function run(): Promise<void> {
  const out = new Output(actionRedactor(core.getInput('github-token'), null));
  try {
    const inputs = getInputs();
    log.info(`SMAnalyzer ${inputs.mode} starting.`);
    // No config in mode: comment: it reads no cluster, and a workflow_run job has no checkout to read one from.
    if (inputs.mode === 'comment') return await commentFromReport(inputs, out);
    const config = loadConfig({
      file: inputs.configFile,
      overrides: inputs.overrides,
      inferSource: {
        clusterGiven: Boolean(process.env.KUBECONFIG || process.env.KUBERNETES_SERVICE_HOST),
        surface: 'action',
        optional: inputs.mode === 'status',
      },
    });
    out.redactor = actionRedactor(inputs.githubToken, config);
    // The config file's and kubeconfig's secrets (and their base64/URL forms) are masked in the log too.
    for (const secret of out.redactor.values()) core.setSecret(secret);
    if (inputs.mode === 'learn') await learn(config, inputs, out);
    else if (inputs.mode === 'status') await status(config, inputs, out);
    else await scan(config, inputs, out);
  } catch (error) {
    if (error instanceof Error && !(error instanceof UserFacingError) && error.stack) log.debug(error.stack);
    const message = out.redact(failureMessage(error));
    log.setFailed(message);
    await out.summary(failureSummary(message)).catch(() => undefined);
  }
}
