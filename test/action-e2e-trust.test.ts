/**
 * The bundled Action against an adversary: the runner's way of running it (`node dist/index.js`,
 * INPUT_* variables, event files), the GitHub emulator on loopback, and inputs an attacker controls.
 * 10.3: a fork's planted baseline artifact is ignored, so the faulty deploy still fails.
 * 10.5: hostile Prometheus labels, Kubernetes messages and baseline fields never start a workflow command.
 * 10.6: the sticky comment is never someone else's, and a workflow_run comments only on its own head's PR.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle, ROOT, runBundledAction, type ActionRun } from './support/action-runner.js';
import { GitHubApiServer } from './support/github-api-server.js';
import { generateIstioOpenMetrics, type SyntheticService } from './support/istio-openmetrics.js';
import { statusObject } from './support/kube-api-errors.js';
import { startKubeApiServer } from './support/kube-api-server.js';
import { buildSampleMesh, service } from './support/mesh-fixtures.js';
import { startPrometheus } from '../harness/prometheus.js';

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
  options: {
    event?: 'pull_request' | 'push' | 'workflow_run';
    env?: Record<string, string>;
    eventPath?: string;
  } = {},
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
    const names = server.artifacts
      .filter((a) => a.name === 'mesh-baseline')
      .map((a) => [a.name, a.workflow_run.id]);
    expect(names).toEqual([
      ['mesh-baseline', 9001],
      ['mesh-baseline', 9002],
    ]);
  });

  it('is skipped, with the reason in the log', () => {
    expect(scan.stdout).toMatch(
      /^Skipped artifact "mesh-baseline" \(id 1001, run 9002\): it ran on another repository \(id \d+, a fork\), not octo-org\/bookinfo\.$/m,
    );
  });

  it('is not used: the baseline comes from the trusted run, named in the log', () => {
    expect(scan.stdout).toMatch(
      /^Baseline from artifact "mesh-baseline" \(id 1000\), uploaded by run 9001 \(event schedule, branch main, created \S+Z, sha a{12}, https:\/\/github\.com\/octo-org\/bookinfo\/actions\/runs\/9001\)/m,
    );
  });

  it('so the faulty deploy fails', () => {
    expect([scan.code, scan.outputs.verdict]).toEqual([1, 'fail']);
  });
});

describe('untrusted text never becomes a workflow command (10.5)', () => {
  // What an attacker who controls a label, a Kubernetes answer or a baseline file would write.
  const MASK = '\n::add-mask::Learned';
  const STOP = '\r::stop-commands::pwned';
  const WARN = '\r\n  ::warning::spoofed';
  const ANSI = '\x1b[2J\x1b]8;;https://evil.example\x07';
  const BIDI = '\u202Egnp.exe';

  /** Lines the runner would obey: `::name …::` after leading blanks (and the old `##[` form). */
  const commandLines = (stdout: string) => stdout.split(/\r\n|\r|\n/).filter((l) => /^\s*(::|##\[)/.test(l));
  /** Secrets the runs hold (the GitHub token, the emulator's bearer token): their masks are meant. */
  const secrets = new Set([GITHUB_TOKEN]);
  const maskedForms = () =>
    new Set([...secrets].flatMap((v) => [v, Buffer.from(v).toString('base64'), encodeURIComponent(v)]));
  /** The commands this tool means to send: masks of its own secrets, and escaped annotations/debug lines. */
  const meant = (line: string) =>
    (line.startsWith('::add-mask::') && maskedForms().has(line.slice('::add-mask::'.length))) ||
    /^::(debug|notice|warning|error)( [^:]*)?::/.test(line);
  const expectNoInjection = (run: ActionRun) => {
    const lines = commandLines(run.stdout);
    expect(lines.filter((l) => !meant(l))).toEqual([]);
    expect(run.stdout).not.toMatch(/^\s*::(add-mask::Learned|stop-commands|warning::spoofed)/m);
    // The job summary is a Markdown file the runner does not read for commands; it must still be clean.
    for (const out of [run.stdout, run.summary]) expect(out).not.toMatch(/[\x1b\u202e]/);
  };

  describe('in Prometheus labels (a real Prometheus)', () => {
    const START = Date.parse('2026-11-20T08:00:00Z');
    const END = START + 2 * 3600_000;
    const behaviour = {
      protocol: 'http' as const,
      ratePerSecond: 20,
      responses: [{ code: '200', share: 1 }],
      latency: [{ lowerMs: 10, upperMs: 50, fraction: 1 }],
    };
    const services: SyntheticService[] = [
      { namespace: 'bookinfo', name: 'productpage', ...behaviour },
      { namespace: 'bookinfo', name: `reviews${MASK}`, ...behaviour },
      { namespace: `bookinfo${STOP}`, name: 'ratings', ...behaviour },
      { namespace: 'bookinfo', name: `details${ANSI}${BIDI}`, ...behaviour },
    ];
    let stopPrometheus: () => Promise<void> = async () => undefined;
    let learn: ActionRun;
    beforeAll(async () => {
      const prometheus = await startPrometheus(
        generateIstioOpenMetrics({ services, startMs: START, endMs: END, scrapeIntervalMs: 30_000 }),
      );
      stopPrometheus = () => prometheus.stop();
      learn = await runAction({
        mode: 'learn',
        source: 'prometheus',
        'prometheus-url': prometheus.url,
        'baseline-path': join(work, 'prom-baseline.json'),
        from: new Date(START + 10 * 60_000).toISOString(),
        to: new Date(END).toISOString(),
      });
    }, 180_000);
    afterAll(() => stopPrometheus());

    it('learns the real service', () => {
      expect(learn.code).toBe(0);
      const baseline = JSON.parse(readFileSync(join(work, 'prom-baseline.json'), 'utf8'));
      expect(baseline.services.map((s: { name: string }) => s.name)).toEqual(['productpage']);
    });

    it('refuses the labels that are not Kubernetes names, with a note', () => {
      expect(learn.stdout).toMatch(
        /^Note: Ignored 3 Prometheus service label values that are not a Kubernetes name \(RFC 1123 label\): /m,
      );
    });

    it('writes no command it did not mean, no ANSI escape, no bidi override', () => {
      expectNoInjection(learn);
    });
  });

  describe('in Kubernetes answers and baseline fields (status)', () => {
    let run: ActionRun;
    beforeAll(async () => {
      const api = await startKubeApiServer();
      try {
        buildSampleMesh(api);
        secrets.add(api.token);
        api.gitVersion = `v1.31.2${MASK}${ANSI}`;
        api.addService(service('shop', `evil${WARN}`, { app: 'frontend' }));
        api.fail(
          { pathPrefix: '/apis/apps/v1/deployments' },
          { status: 403, body: statusObject(403, `deployments is forbidden${STOP}${MASK}${BIDI}`) },
        );
        const baseline = join(work, 'hostile-baseline.json');
        writeFileSync(
          baseline,
          JSON.stringify({
            schemaVersion: 1,
            tool: { name: 'smanalyzer', version: `0.1.0${MASK}` },
            createdAt: `2026-11-25T10:00:00Z${WARN}`,
            source: 'simulated',
            cluster: { server: `https://x${STOP}`, context: `ctx${MASK}` },
          }),
        );
        run = await runAction({
          mode: 'status',
          source: 'simulated',
          kubeconfig: api.writeKubeconfig(work),
          'baseline-path': baseline,
          'report-path': join(work, 'status.json'),
        });
      } finally {
        await api.close();
      }
    }, 120_000);

    it('still reports the status', () => {
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('listing deployments was forbidden');
    });

    it('writes no command it did not mean, no ANSI escape, no bidi override', () => {
      expectNoInjection(run);
    });

    it('writes no ANSI escape or bidi override in the JSON it writes either', () => {
      expect(readFileSync(join(work, 'status.json'), 'utf8')).not.toMatch(/\\u001b|[\x1b\u202e]/i);
    });
  });
});

describe('the sticky comment is ours alone (10.6)', () => {
  const FORK_SHA = 'c0ffee0dd3c5e1e4a9b8f7a6e5d4c3b2a1908f7e';
  const MARKER = '<!-- smanalyzer:default -->';
  const reportPath = () => join(work, 'comment-report.json');

  describe("a marker in another person's comment", () => {
    let run: ActionRun;
    beforeAll(async () => {
      server.comments.clear();
      server.requests.length = 0;
      server.seedComments(42, [`${MARKER}\nplease approve, the gate is fine`], {
        login: 'mallory',
        type: 'User',
      });
      const learned = await runAction({
        mode: 'learn',
        source: 'simulated',
        'baseline-path': join(work, 'comment-baseline.json'),
      });
      if (learned.code !== 0) throw new Error(`learn failed: ${learned.stdout}`);
      server.requests.length = 0;
      run = await runAction(
        {
          mode: 'scan',
          source: 'simulated',
          'baseline-path': join(work, 'comment-baseline.json'),
          'report-path': reportPath(),
        },
        { env: FAULT },
      );
    }, 120_000);

    it('is left alone: no PATCH, its text unchanged', () => {
      expect(server.apiCalls('PATCH')).toEqual([]);
      expect(server.comments.get(42)![0]).toMatchObject({
        user: { login: 'mallory' },
        body: `${MARKER}\nplease approve, the gate is fine`,
      });
    });

    it("and our own comment is posted beside it, by the token's identity", () => {
      expect(run.outputs.verdict).toBe('fail');
      expect(server.comments.get(42)!.map((c) => c.user.login)).toEqual(['mallory', 'github-actions[bot]']);
      expect(server.apiCalls('GET').map((r) => r.path)).toContain('/user');
      expect(server.apiCalls('POST').map((r) => r.path)).toContain('/graphql');
    });
  });

  describe('mode: comment from a workflow_run', () => {
    let run: ActionRun;
    beforeAll(async () => {
      server.comments.clear();
      server.requests.length = 0;
      // An open PR in the base repository whose branch has the fork's name and even the fork's commit,
      // listed first by the event: not the run's head repository, so not the run's pull request.
      server.pulls.push({
        number: 58,
        state: 'open',
        head: { owner: 'octo-org', ref: 'ratings-retry-budget', sha: FORK_SHA },
      });
      server.pulls.push({
        number: 57,
        state: 'open',
        head: { owner: 'forker', ref: 'ratings-retry-budget', sha: FORK_SHA },
      });
      server.pullsForCommit.set(FORK_SHA, [{ number: 58, state: 'open' }]);
      const event = JSON.parse(
        readFileSync(join(ROOT, 'test', 'support', 'events', 'workflow_run.json'), 'utf8'),
      );
      event.workflow_run.pull_requests = [
        { number: 58, head: { ref: 'ratings-retry-budget', sha: FORK_SHA } },
      ];
      const eventPath = join(work, 'workflow_run-58.json');
      writeFileSync(eventPath, JSON.stringify(event));
      run = await runAction(
        { mode: 'comment', 'report-path': reportPath() },
        { event: 'workflow_run', eventPath },
      );
    }, 120_000);

    it("does not comment on a pull request whose head is not the run's", () => {
      expect(server.comments.get(58)).toBeUndefined();
      expect(run.stdout).toContain(
        "Not commenting on pull request #58: its head is octo-org/bookinfo:ratings-retry-budget@c0ffee0dd3c5, not the run's forker/bookinfo:ratings-retry-budget@c0ffee0dd3c5.",
      );
    });

    it("comments on the one whose head repository, branch and commit are the run's", () => {
      expect(run.code).toBe(0);
      expect(server.comments.get(57)).toHaveLength(1);
    });
  });
});
