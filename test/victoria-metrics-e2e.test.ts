/**
 * "Any PromQL backend", tested rather than claimed: the known answers prometheus-e2e.test.ts holds the real
 * Prometheus to (learn a window that ended hours ago, a clean later window passes, 3x p99 on frontend and 8%
 * errors on cart flag exactly those two), through the CLI, on the real VictoriaMetrics holding the same samples.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import { NOW, knownAnswers, knownMeshTexts, mergeFamilies } from './support/known-mesh.js';
import { startVictoriaMetrics, type RunningVictoriaMetrics } from '../harness/victoria-metrics.js';

const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-vm-e2e-'));
let vm: RunningVictoriaMetrics;
let savedKubeconfig: string | undefined;

beforeAll(async () => {
  // pipeline.ts reads process.env.KUBECONFIG: these tests run with no cluster at all.
  savedKubeconfig = process.env.KUBECONFIG;
  delete process.env.KUBECONFIG;
  vm = await startVictoriaMetrics(mergeFamilies(knownMeshTexts()));
}, 120_000);

afterAll(async () => {
  await vm?.stop();
  rmSync(dir, { recursive: true, force: true });
  if (savedKubeconfig !== undefined) process.env.KUBECONFIG = savedKubeconfig;
});

describe.each([15, 30] as const)('VictoriaMetrics, data scraped every %i s', (interval) => {
  knownAnswers(
    (command, ...rest) => runCli([command, '--prometheus-url', vm.url, ...rest], { now: () => NOW }, {}),
    dir,
    interval,
  );
});
