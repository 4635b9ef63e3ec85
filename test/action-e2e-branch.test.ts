/**
 * The baseline comes from the repository's default branch unless baseline-artifact-branch says otherwise. Anyone
 * with write access can push a branch whose workflow file (edited on that branch) learns a baseline with the fault
 * already in the mesh and uploads it, newer than the scheduled run's on main: taken, the faulty deploy passed. The
 * bundled Action against the GitHub emulator, as the runner runs it; the history artifact follows the same rules.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle, ROOT, runBundledAction, type ActionRun } from './support/action-runner.js';
import { GitHubApiServer } from './support/github-api-server.js';
import { zipSync } from './support/zip.js';

const GITHUB_TOKEN = 'ghs_branchToken0123456789abcdefABCDEFGH';
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
  options: { event?: string; eventPath?: string; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  const event = options.event ?? 'pull_request';
  return runBundledAction({
    work,
    inputs: { 'github-token': GITHUB_TOKEN, ...inputs },
    env: {
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: options.eventPath ?? join(ROOT, 'test', 'support', 'events', `${event}.json`),
      GITHUB_REPOSITORY: 'octo-org/bookinfo',
      GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      GITHUB_REF: 'refs/pull/42/merge',
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '7201',
      ACTIONS_RUNTIME_TOKEN: runtimeToken(),
      ACTIONS_RESULTS_URL: `${server.url}/`,
      ...options.env,
    },
  });
}

const learnInputs = (dir: string) => ({
  mode: 'learn',
  source: 'simulated',
  'baseline-path': join(dir, 'smanalyzer-baseline.json'),
  'baseline-artifact': 'mesh-baseline',
});
const scanInputs = (extra: Record<string, string> = {}) => ({
  mode: 'scan',
  source: 'simulated',
  comment: 'never',
  'baseline-path': join(mkdtempSync(join(work, 'scan-')), 'smanalyzer-baseline.json'),
  'baseline-artifact': 'mesh-baseline',
  ...extra,
});

beforeAll(async () => {
  ensureBundle();
  server = new GitHubApiServer();
  await server.start();
  work = mkdtempSync(join(tmpdir(), 'smanalyzer-branch-'));
  // The real baseline: the scheduled refresh on main.
  server.uploadRun = { id: 9101, branch: 'main', sha: 'a'.repeat(40), event: 'schedule' };
  const trusted = await runAction(learnInputs(mkdtempSync(join(work, 'trusted-'))), { event: 'push' });
  if (trusted.code !== 0) throw new Error(`trusted learn failed: ${trusted.stdout}`);
  // The plant: a push to a branch of this repository, its workflow edited there, learned with the fault in the
  // mesh, uploaded later (so newest) under the same name. A trusted event, this repository: only the branch differs.
  server.uploadRun = { id: 9102, branch: 'wip/quick-fix', sha: 'c'.repeat(40), event: 'push' };
  const planted = await runAction(learnInputs(mkdtempSync(join(work, 'planted-'))), {
    event: 'push',
    env: FAULT,
  });
  if (planted.code !== 0) throw new Error(`planted learn failed: ${planted.stdout}`);
  // And a history artifact from that branch, which must not feed the scan history either.
  server.addArtifact({
    name: 'mesh-baseline-history',
    expired: false,
    created_at: new Date().toISOString(),
    workflow_run: { id: 9102, head_branch: 'wip/quick-fix', head_sha: 'c'.repeat(40) },
    zip: zipSync({ 'smanalyzer-baseline.history.jsonl': '{"planted":true}\n' }),
  });
}, 600_000);

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('with baseline-artifact-branch left empty', () => {
  let scan: ActionRun;
  beforeAll(async () => {
    scan = await runAction(scanInputs(), { env: FAULT });
  }, 120_000);

  it("takes the default branch's run: the newer artifact from wip/quick-fix is skipped, and the faulty deploy fails", () => {
    expect(scan.stdout).toContain(
      "Artifacts are taken from trusted runs on main, the repository's default branch (from the event); baseline-artifact-branch chooses another.",
    );
    expect(scan.stdout).toMatch(
      /^Skipped artifact "mesh-baseline" \(id \d+, run 9102\): it ran on branch wip\/quick-fix, not main\.$/m,
    );
    expect([scan.code, scan.outputs.verdict]).toEqual([1, 'fail']);
  });

  it('names the run it took: id, event, branch, created time, commit and address', () => {
    expect(scan.stdout).toMatch(
      /^Baseline from artifact "mesh-baseline" \(id \d+\), uploaded by run 9101 \(event schedule, branch main, created \d{4}-\d\d-\d\dT[\d:.]+Z, sha a{12}, https:\/\/github\.com\/octo-org\/bookinfo\/actions\/runs\/9101\)/m,
    );
  });

  it('the history artifact follows the same rules: the branch one is skipped', () => {
    expect(scan.stdout).toMatch(
      /^Skipped artifact "mesh-baseline-history" \(id \d+, run 9102\): it ran on branch wip\/quick-fix, not main\.$/m,
    );
    const history = readFileSync(scan.outputs['baseline-path'].replace(/\.json$/, '.history.jsonl'), 'utf8');
    expect(history).not.toContain('planted');
  });
});

it('baseline-artifact-branch names another branch: its run is taken (and the fault it learned passes)', async () => {
  const run = await runAction(scanInputs({ 'baseline-artifact-branch': 'wip/quick-fix' }), { env: FAULT });
  expect(run.stdout).toMatch(/uploaded by run 9102 \(event push, branch wip\/quick-fix,/);
  expect([run.code, run.outputs.verdict]).toEqual([0, 'pass']);
}, 120_000);

it('without default_branch in the event, the repository API tells it', async () => {
  const event = JSON.parse(
    readFileSync(join(ROOT, 'test', 'support', 'events', 'pull_request.json'), 'utf8'),
  ) as { repository: Record<string, unknown> };
  delete event.repository.default_branch;
  const eventPath = join(work, 'event-without-default-branch.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const before = server.apiCalls('GET').filter((r) => r.path === '/repos/octo-org/bookinfo').length;
  const run = await runAction(scanInputs(), { eventPath, env: FAULT });
  expect(server.apiCalls('GET').filter((r) => r.path === '/repos/octo-org/bookinfo').length).toBe(before + 1);
  expect(run.stdout).toContain(
    "Artifacts are taken from trusted runs on main, the repository's default branch (from the repository API)",
  );
  expect([run.code, run.outputs.verdict]).toEqual([1, 'fail']);
}, 120_000);
