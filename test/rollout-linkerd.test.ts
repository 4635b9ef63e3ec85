/**
 * A rollout on Linkerd through the CLI against the real `prometheus`: linkerd-viz's series of a linkerd2-proxy
 * (response_total, response_latency_ms, by direction, with the pod's namespace, deployment and pod_template_hash),
 * where the only version label is the pods' template hash. The new pods' hash is the one the window before the
 * deploy never served; at a 20% share failing 4% of their requests (the old pods 0.1%), the gate fails on them.
 * And `voting`, whose caller's proxy (`direction="outbound"`, the callee's `dst_pod_template_hash`) times the new
 * pods 300 ms slower while their own proxies time them as the old ones: the gate fails on the callers' latency.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import type { Report } from '../src/core/types.js';
import { generateRolloutOpenMetrics, type VersionBehaviour } from './support/istio-rollout-openmetrics.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Math.floor(Date.now() / HOUR) * HOUR;
const START = NOW - 5 * HOUR;
const DEPLOY = START + 2 * HOUR + 30 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();
const OLD = '7d9f8c6b5';
const NEW = '5c4b8d9f7';

const pods = (hash: string, share: number, errors: number): VersionBehaviour => ({
  version: hash,
  share,
  responses: [
    { code: '200', share: 1 - errors },
    { code: '500', share: errors },
  ],
  latency: [
    { lowerMs: 2, upperMs: 10, fraction: 0.7 },
    { lowerMs: 10, upperMs: 40, fraction: 0.3 },
  ],
});

let prometheus: RunningPrometheus;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-rollout-linkerd-'));
  prometheus = await startPrometheus(
    generateRolloutOpenMetrics({
      mesh: 'linkerd',
      startMs: START,
      endMs: DEPLOY + 30 * MINUTE,
      scrapeIntervalMs: 15_000,
      services: [
        {
          namespace: 'emojivoto',
          name: 'web',
          ratePerSecond: 20,
          phases: [
            { fromMs: START, versions: [pods(OLD, 1, 0.001)] },
            { fromMs: DEPLOY, versions: [pods(OLD, 0.8, 0.001), pods(NEW, 0.2, 0.04)] },
          ],
        },
        {
          namespace: 'voting',
          name: 'voting',
          ratePerSecond: 20,
          caller: 'web',
          phases: [
            { fromMs: START, versions: [pods(OLD, 1, 0.001)] },
            {
              fromMs: DEPLOY,
              versions: [
                pods(OLD, 0.5, 0.001),
                {
                  ...pods(NEW, 0.5, 0.001),
                  latencySeenByCallers: pods(NEW, 0.5, 0.001).latency.map((band) => ({
                    ...band,
                    lowerMs: band.lowerMs + 300,
                    upperMs: band.upperMs + 300,
                  })),
                },
              ],
            },
          ],
        },
      ],
    }),
  );
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const clock = { now: () => NOW };
const common = () => [
  '--prometheus-url',
  prometheus.url,
  '--mesh',
  'linkerd',
  '--baseline',
  join(dir, 'b.json'),
];

async function scan(namespace: string): Promise<{ code: number; report: Report }> {
  const path = join(dir, `${namespace}.json`);
  const run = await runCli(
    ['scan', ...common(), '-n', namespace, '--from', iso(DEPLOY), '--to', iso(DEPLOY + 10 * MINUTE),
      '--deployed-at', iso(DEPLOY), '--report', path, '--history', join(dir, `${namespace}.jsonl`)],
    clock,
  ); // prettier-ignore
  if (run.code === 2) throw new Error(run.stderr);
  return { code: run.code, report: JSON.parse(readFileSync(path, 'utf8')) as Report };
}

test('new pods failing 4% of their requests at a 20% share fail the gate, named by their template hash', async () => {
  const learned = await runCli(
    ['learn', ...common(), '--from', iso(START + 5 * MINUTE), '--to', iso(DEPLOY - 40 * MINUTE)],
    clock,
  );
  expect(learned.code).toBe(0);
  const { code, report } = await scan('emojivoto');
  expect(code).toBe(1);
  expect(report.mesh).toBe('linkerd');
  expect(report.rollouts).toEqual([
    expect.objectContaining({
      namespace: 'emojivoto',
      service: 'web',
      basis: 'unseen-before',
      verdict: 'regressed',
      new: expect.objectContaining({ version: NEW }),
      old: expect.objectContaining({ version: OLD }),
    }),
  ]);
  const finding = report.anomalies.find((f) => f.rollout?.moved === 'new')!;
  expect(finding.type).toBe('error_rate');
  expect(finding.description).toMatch(
    new RegExp(`^${NEW} vs ${OLD}: errors (3\\.9\\d|4(\\.\\d+)?)% vs 0\\.1\\d?%`),
  );
});

test("new pods their caller's proxy times 300 ms slower fail on the callers' latency, their own time unchanged", async () => {
  const { code, report } = await scan('voting');
  expect(code).toBe(1);
  const [rollout] = report.rollouts!;
  expect(rollout).toMatchObject({ service: 'voting', verdict: 'regressed', new: { version: NEW } });
  const verdict = (signal: string) => rollout.signals.find((s) => s.signal === signal)!.verdict;
  expect([verdict('latencyP50'), verdict('latencyP99')]).not.toContain('worse');
  expect([verdict('callersLatencyP50'), verdict('callersLatencyP99')]).toEqual(['worse', 'worse']);
});
