/**
 * The bundled Action against an adversary (issue 10): the runner's way of running it (`node dist/index.js`,
 * INPUT_* variables, event files), the GitHub emulator on loopback, and inputs an attacker controls.
 * 10.3: a fork's planted baseline artifact is ignored, so the faulty deploy still fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle, ROOT, runBundledAction, type ActionRun } from './support/action-runner.js';
import { GitHubApiServer } from './support/github-api-server.js';

const GITHUB_TOKEN = 'ghs_trustToken0123456789abcdefABCDEFGH';
const FAULT = { SMANALYZER_SIMULATE_FAULTS: 'reviews:latency:3' };

let server: GitHubApiServer;
let work: string;

/** A fake ACTIONS_RUNTIME_TOKEN: @actions/artifact only decodes its `scp` claim. */
function runtimeToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const scp =
    'Actions.GenericRead Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774';
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp })}.sig`;
}

async function runAction(
  inputs: Record<string, string>,
  options: { event?: 'pull_request' | 'push' | 'workflow_run'; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  const event = options.event ?? 'pull_request';
  return runBundledAction({
    work,
    inputs: { 'github-token': GITHUB_TOKEN, ...inputs },
    env: {
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: join(ROOT, 'test', 'support', 'events', `${event}.json`),
      GITHUB_REPOSITORY: 'octo-org/bookinfo',
      GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      GITHUB_REF: event === 'pull_request' ? 'refs/pull/42/merge' : 'refs/heads/main',
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '7101',
      GITHUB_WORKFLOW: 'deploy',
      ACTIONS_RUNTIME_TOKEN: runtimeToken(),
      ACTIONS_RESULTS_URL: `${server.url}/`,
      ...options.env,
    },
  });
}

beforeAll(async () => {
  ensureBundle();
  server = new GitHubApiServer();
  await server.start();
  work = mkdtempSync(join(tmpdir(), 'smanalyzer-trust-'));
}, 240_000);

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a baseline artifact planted by a fork pull request (10.3)', () => {
  const learnInputs = (dir: string) => ({
    mode: 'learn',
    source: 'simulated',
    'baseline-path': join(dir, 'smanalyzer-baseline.json'),
    'baseline-artifact': 'mesh-baseline',
  });
  let plantedDir: string;
  let control: ActionRun;
  let scan: ActionRun;
  beforeAll(async () => {
    // The real baseline: the scheduled refresh on main.
    server.uploadRun = { id: 9001, branch: 'main', sha: 'a'.repeat(40), event: 'schedule' };
    const trusted = await runAction(learnInputs(mkdtempSync(join(work, 'trusted-'))), { event: 'push' });
    if (trusted.code !== 0) throw new Error(`trusted learn failed: ${trusted.stdout}`);
    // The plant: a fork's pull_request run of the same workflow, on its branch named main, learned with the
    // fault already in the mesh, uploaded later (so newest) under the same artifact name.
    server.uploadRun = {
      id: 9002,
      branch: 'main',
      sha: 'b'.repeat(40),
      event: 'pull_request',
      headRepository: 'forker/bookinfo',
    };
    plantedDir = mkdtempSync(join(work, 'planted-'));
    const planted = await runAction(learnInputs(plantedDir), { env: FAULT });
    if (planted.code !== 0) throw new Error(`planted learn failed: ${planted.stdout}`);

    const scanInputs = (extra: Record<string, string>) => ({
      mode: 'scan',
      source: 'simulated',
      comment: 'never',
      'baseline-artifact-branch': 'main',
      'baseline-artifact-workflow': 'baseline-refresh.yml',
      ...extra,
    });
    // What the plant would do if taken: the faulty deploy judged against it passes.
    control = await runAction(scanInputs({ 'baseline-path': join(plantedDir, 'smanalyzer-baseline.json') }), {
      env: FAULT,
    });
    scan = await runAction(
      scanInputs({
        'baseline-path': join(mkdtempSync(join(work, 'scan-')), 'smanalyzer-baseline.json'),
        'baseline-artifact': 'mesh-baseline',
      }),
      { env: FAULT },
    );
  }, 240_000);

  it('is a real threat: judged against the planted baseline, the faulty deploy passes', () => {
    expect([control.code, control.outputs.verdict]).toEqual([0, 'pass']);
  });

  it('is newer than the trusted one and has the same name', () => {
    const names = server.artifacts.map((a) => [a.name, a.workflow_run.id]);
    expect(names).toEqual([
      ['mesh-baseline', 9001],
      ['mesh-baseline', 9002],
    ]);
  });

  it('is skipped, with the reason in the log', () => {
    expect(scan.stdout).toContain(
      'Skipped artifact "mesh-baseline" (id 1001, run 9002): it ran on forker/bookinfo, not octo-org/bookinfo.',
    );
  });

  it('is not used: the baseline comes from the trusted run, named in the log', () => {
    expect(scan.stdout).toMatch(
      /^Baseline from artifact "mesh-baseline" \(id 1000\), uploaded by run 9001 \(event schedule, branch main, sha a{12}, https:\/\/github\.com\/octo-org\/bookinfo\/actions\/runs\/9001\)/m,
    );
  });

  it('so the faulty deploy fails', () => {
    expect([scan.code, scan.outputs.verdict]).toEqual([1, 'fail']);
  });
});
