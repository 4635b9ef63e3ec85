/**
 * The bundle as the runner runs it, judging a canary with no baseline (input compare-versions): the simulated mesh
 * rolls v2 out at 20% failing 8% of its requests (SMANALYZER_SIMULATE_ROLLOUTS / _FAULTS); the step fails, the job
 * summary shows the rollout and both versions' picture, and the sticky PR comment carries its row.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle, ROOT, runBundledAction } from './support/action-runner.js';
import { GitHubApiServer } from './support/github-api-server.js';

let server: GitHubApiServer;
let work: string;

beforeAll(async () => {
  ensureBundle();
  server = new GitHubApiServer();
  await server.start();
  work = mkdtempSync(join(tmpdir(), 'smanalyzer-rollout-action-'));
}, 240_000);

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('compare-versions with no baseline: the canary fails the step, shown in the summary and the comment', async () => {
  const run = await runBundledAction({
    work,
    inputs: {
      mode: 'scan',
      source: 'simulated',
      'compare-versions': 'true',
      'baseline-path': join(work, 'no-baseline.json'),
      comment: 'always',
      'github-token': 'ghs_rolloutToken0123456789abcdefABCDEF',
    },
    env: {
      SMANALYZER_SIMULATE_ROLLOUTS: 'reviews:v2:20%',
      SMANALYZER_SIMULATE_FAULTS: 'reviews@v2:error_rate:8%',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(ROOT, 'test', 'support', 'events', 'pull_request.json'),
      GITHUB_REPOSITORY: 'octo-org/bookinfo',
      GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      GITHUB_REF: 'refs/pull/57/merge',
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '7100',
      GITHUB_WORKFLOW: 'canary-gate',
    },
  });
  expect(run.code).toBe(1);
  expect(run.outputs.verdict).toBe('fail');
  expect(run.summary).toMatch(/### Rollouts/);
  expect(run.summary).toMatch(/\| bookinfo\/reviews \| v2 vs v1 \| \d+(\.\d+)?% \| ❌ regressed \| v2 vs v1/);
  expect(run.summary).toMatch(/```mermaid\n[\s\S]*reviews error ratio/);
  expect(run.summary).toMatch(/\*\*Baseline:\*\* none/);
  const [comment] = [...server.comments.values()].flat();
  expect(comment.body).toMatch(/❌ regressed/);
  expect(comment.body).toMatch(/v2 is worse — errors \d/);
}, 120_000);
