/**
 * The scan history through the bundled Action against the GitHub emulator: every scan appends a line,
 * the file travels from run to run as an artifact (newest trusted one downloaded, appended, uploaded again), a
 * run a pull request started cannot feed it, and the job summary shows the recent runs.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHistory } from '../src/core/history.js';
import { ensureBundle, ROOT, runBundledAction, type ActionRun } from './support/action-runner.js';
import { GitHubApiServer } from './support/github-api-server.js';
import { unzipSync } from './support/zip.js';

let server: GitHubApiServer;
let work: string;
let baseline: string;

function runtimeToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const scp =
    'Actions.GenericRead Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774';
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp })}.sig`;
}

async function scan(
  runId: number,
  event: 'push' | 'pull_request',
  extra: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  // Each run is a fresh checkout: its own directory, the baseline copied in, no history file of its own.
  const dir = mkdtempSync(join(work, `run-${runId}-`));
  const baselinePath = join(dir, 'baseline.json');
  copyFileSync(baseline, baselinePath);
  server.uploadRun = { id: runId, branch: event === 'push' ? 'main' : 'feature', sha: 'a'.repeat(40), event };
  const run = await runBundledAction({
    work: dir,
    inputs: {
      'github-token': 'ghs_historyTestToken0123456789abcdef',
      mode: 'scan',
      source: 'simulated',
      'baseline-path': baselinePath,
      'history-artifact': 'mesh-history',
      'history-limit': '1000',
      comment: 'never',
      ...extra,
    },
    env: {
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: join(ROOT, 'test', 'support', 'events', `${event}.json`),
      GITHUB_REPOSITORY: 'octo-org/bookinfo',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: event === 'push' ? 'refs/heads/main' : 'refs/pull/42/merge',
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: String(runId),
      ACTIONS_RUNTIME_TOKEN: runtimeToken(),
      ACTIONS_RESULTS_URL: `${server.url}/`,
      ...env,
    },
  });
  return { run, history: join(dir, 'baseline.history.jsonl'), dir };
}

/** The history lines in the artifact a run uploaded. */
function uploadedHistory(runId: number) {
  const artifact = server.artifacts.find((a) => a.name === 'mesh-history' && a.workflow_run?.id === runId);
  if (!artifact) return null;
  const files = unzipSync(artifact.zip);
  return parseHistory(files['baseline.history.jsonl'].toString('utf8')).entries;
}

beforeAll(async () => {
  ensureBundle();
  server = new GitHubApiServer();
  await server.start();
  work = mkdtempSync(join(tmpdir(), 'smanalyzer-history-e2e-'));
  baseline = join(work, 'baseline.json');
  const learned = await runBundledAction({
    work,
    inputs: { mode: 'learn', source: 'simulated', 'baseline-path': baseline },
    env: { GITHUB_REPOSITORY: 'octo-org/bookinfo' },
  });
  if (learned.code !== 0) throw new Error(`learn failed: ${learned.stdout}${learned.stderr}`);
}, 240_000);

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the scan history artifact', () => {
  let first: { run: ActionRun; history: string };
  let second: { run: ActionRun; history: string };

  beforeAll(async () => {
    first = await scan(9301, 'push');
    second = await scan(9302, 'push');
  }, 120_000);

  it('the first run starts the history and uploads it', () => {
    expect(first.run.code).toBe(0);
    expect(first.run.stdout).toContain('No trusted history artifact "mesh-history" yet');
    const lines = parseHistory(readFileSync(first.history, 'utf8'));
    expect(lines.corruptLines).toEqual([]);
    expect(lines.entries.map((e) => e.verdict)).toEqual(['pass']);
    expect(uploadedHistory(9301)).toHaveLength(1);
  });

  it('the second run, in a fresh checkout, carries the first run on: two lines', () => {
    expect(second.run.code).toBe(0);
    expect(second.run.stdout).toMatch(
      /Scan history from artifact "mesh-history" \(id \d+\), uploaded by run 9301/,
    );
    const entries = parseHistory(readFileSync(second.history, 'utf8')).entries;
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual(uploadedHistory(9301)![0]);
    expect(uploadedHistory(9302)).toHaveLength(2);
    expect(second.run.summary).toContain('### Recent runs');
    expect(second.run.summary).toContain('🟩🟩 — the last 2 scans');
  });

  it("a pull request's upload never feeds a later run; its own failing scan is still in its artifact", async () => {
    const pr = await scan(9303, 'pull_request', {}, { SMANALYZER_SIMULATE_FAULTS: 'reviews:latency:3' });
    expect(pr.run.code).toBe(1);
    expect(uploadedHistory(9303)!.map((e) => e.verdict)).toEqual(['pass', 'pass', 'fail']);
    const next = await scan(9304, 'push', { 'report-html': 'report.html' });
    // Its branch is not the default branch: ruled out from the listing, before its event is even read.
    expect(next.run.stdout).toMatch(
      /Skipped artifact "mesh-history" \(id \d+, run 9303\): it ran on branch feature, not main\./,
    );
    const entries = parseHistory(readFileSync(next.history, 'utf8')).entries;
    // 9301, 9302 (trusted) and this one: the pull request's failing line is not among them.
    expect(entries.map((e) => e.verdict)).toEqual(['pass', 'pass', 'pass']);
    expect(uploadedHistory(9304)).toHaveLength(3);
    const html = readFileSync(join(next.dir, 'report.html'), 'utf8');
    expect(html).toContain('<h2>Recent runs</h2>');
    expect(html).not.toMatch(/<script/i);
    expect(next.run.outputs['report-html']).toBe('report.html');
  }, 120_000);

  it('mode: status downloads the trusted history and shows its recent activity', async () => {
    const status = await scan(9305, 'push', { mode: 'status' });
    expect(status.run.code).toBe(0);
    expect(status.run.stdout).toContain('Recent activity   3 scans recorded in');
    expect(status.run.stdout).toMatch(/last hour +0 anomalies in 3 scans \(0 failed, 0 warned\)/);
    expect(status.run.summary).toContain('Recent activity');
  }, 60_000);
});
