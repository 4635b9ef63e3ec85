/**
 * The fault-injection matrix: the Kubernetes API server (the emulator, or a raw HTTPS server for answers the
 * emulator cannot garble) and Prometheus (loopback servers speaking its API) fail in every way that matters —
 * refuse, reset, 401, 403, 429, 500, hang past the deadline, malformed JSON, truncated response — while
 * `smanalyzer scan` runs in-process through main(argv, io). For each cell: with on-error fail, exit 2 with one
 * line of cause and one of fix; with on-error warn, exit 0 with a partial warn report naming the fault.
 * Never a crash, never an unhandled rejection. Set WRITE_FAULT_MATRIX=1 to regenerate docs/fault-matrix.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/load.js';
import { main } from '../src/cli/main.js';
import { runLearn } from '../src/app/pipeline.js';
import type { Report } from '../src/core/types.js';
import { startKubeApiServer, type Fault, type KubeApiServer } from './support/kube-api-server.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NOW = Date.now();

let dir: string;
let baselinePath: string;
let configPath: string;
let api: KubeApiServer;
const servers: Server[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const savedKubeTimeout = process.env.SMANALYZER_KUBE_TIMEOUT;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  // Each Kubernetes request gets 1s and each call 3s, so "hang past the deadline" ends quickly.
  process.env.SMANALYZER_KUBE_TIMEOUT = '1s';
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-faults-'));
  baselinePath = join(dir, 'baseline.json');
  configPath = join(dir, 'smanalyzer.yaml');
  writeFileSync(configPath, 'prometheus:\n  timeout: 1s\n');
  // A baseline as a Prometheus learn would have written it (learned here from the simulator: the cells
  // fail before any analysis, so only its metadata matters).
  const config = loadConfig({ overrides: { baselinePath, learnDurationMs: 2 * 3_600_000 } });
  await runLearn({ config, now: () => NOW, log: () => undefined });
  const baseline = JSON.parse(readFileSync(baselinePath, 'utf8'));
  writeFileSync(baselinePath, JSON.stringify({ ...baseline, source: 'prometheus' }));
  api = await startKubeApiServer();
}, 60_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  if (savedKubeTimeout === undefined) delete process.env.SMANALYZER_KUBE_TIMEOUT;
  else process.env.SMANALYZER_KUBE_TIMEOUT = savedKubeTimeout;
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

// ---- Servers that misbehave ------------------------------------------------------------------------------

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on: connections are refused. */
async function closedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

type Misbehaviour = (request: IncomingMessage, response: ServerResponse) => void;

const json =
  (status: number, body: string, headers: Record<string, string> = {}): Misbehaviour =>
  (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(body);
  };
/** Promises a body it never finishes: headers and half the JSON, then the connection drops. */
const truncated =
  (body: string): Misbehaviour =>
  (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
    res.write(body.slice(0, Math.floor(body.length / 2)));
    setTimeout(() => res.socket?.destroy(), 20);
  };
const reset: Misbehaviour = (req) => req.socket.destroy();
const hang: Misbehaviour = () => undefined;

const PROMETHEUS_OK = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } });

async function prometheusServer(misbehave: Misbehaviour): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    misbehave(req, res);
  });
  return `http://127.0.0.1:${await listen(server)}`;
}

let selfSignedTls: { key: string; cert: string } | undefined;
function tlsPair(): { key: string; cert: string } {
  if (selfSignedTls) return selfSignedTls;
  const certDir = mkdtempSync(join(tmpdir(), 'smanalyzer-faults-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      'k.pem',
      '-out',
      'c.pem',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { cwd: certDir, stdio: 'pipe' },
  );
  selfSignedTls = {
    key: readFileSync(join(certDir, 'k.pem'), 'utf8'),
    cert: readFileSync(join(certDir, 'c.pem'), 'utf8'),
  };
  rmSync(certDir, { recursive: true, force: true });
  return selfSignedTls;
}

/** An HTTPS server that answers /version like Kubernetes and every list call with `misbehave`. */
async function rawKubeServer(misbehave: Misbehaviour): Promise<string> {
  const server = createHttpsServer(tlsPair(), (req, res) => {
    req.resume();
    if (req.url === '/version')
      return json(200, JSON.stringify({ major: '1', minor: '31', gitVersion: 'v1.31.2' }))(req, res);
    misbehave(req, res);
  });
  return `https://127.0.0.1:${await listen(server as unknown as Server)}`;
}

function kubeconfigFor(server: string, token: string, insecure: boolean): string {
  const file = join(dir, `kubeconfig-${Math.random().toString(36).slice(2)}.yaml`);
  const ca = insecure
    ? '    insecure-skip-tls-verify: true'
    : `    certificate-authority-data: ${Buffer.from(api.caPem).toString('base64')}`;
  writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: c',
      '  cluster:',
      `    server: ${server}`,
      ca,
      'users:',
      '- name: u',
      '  user:',
      `    token: ${token}`,
      'contexts:',
      '- name: ctx',
      '  context: {cluster: c, user: u}',
      'current-context: ctx',
      '',
    ].join('\n'),
  );
  return file;
}

/** The emulator with a fault on every list call (/version still answers: the failure comes mid-scan). */
function emulatorWith(fault: Fault, token = api.token): string {
  api.clearFaults();
  api.fail({ pathPrefix: '/api' }, fault);
  return kubeconfigFor(api.url, token, false);
}

// ---- The matrix ----------------------------------------------------------------------------------------

interface Cell {
  backend: 'API server' | 'Prometheus';
  fault: string;
  /** What the one-line cause must say. */
  cause: RegExp;
  /** Scan flags that point the run at the misbehaving backend. */
  setup: () => Promise<string[]>;
}

const kube = (fault: string, cause: RegExp, kubeconfig: () => Promise<string> | string): Cell => ({
  backend: 'API server',
  fault,
  cause,
  setup: async () => [
    '--kubeconfig',
    await kubeconfig(),
    '--prometheus-url',
    `http://127.0.0.1:${await closedPort()}`,
  ],
});
const prometheus = (fault: string, cause: RegExp, url: () => Promise<string>): Cell => ({
  backend: 'Prometheus',
  fault,
  cause,
  setup: async () => ['--prometheus-url', await url()],
});

const CELLS: Cell[] = [
  kube('refuse', /API server at 127\.0\.0\.1:\d+ is unreachable \(ECONNREFUSED\)/, async () =>
    kubeconfigFor(`https://127.0.0.1:${await closedPort()}`, api.token, false),
  ),
  kube('reset', /connection to the API server was reset/, () => emulatorWith({ reset: true })),
  kube('401', /rejected the credentials \(HTTP 401/, () =>
    kubeconfigFor(api.url, 'a-stale-token-0000', false),
  ),
  kube('403', /forbidden \(HTTP 403\)/, () => emulatorWith({ status: 403 })),
  kube('429', /kept throttling requests \(HTTP 429/, () => emulatorWith({ status: 429 })),
  kube('500', /the API server failed \(HTTP 500/, () => emulatorWith({ status: 500 })),
  kube('hang past the deadline', /did not answer within 3s/, () => emulatorWith({ delayMs: 60_000 })),
  kube('malformed JSON', /cannot list namespaces: /, () =>
    rawKubeServer(json(200, '{"kind": "NamespaceList", "items": [')).then((url) =>
      kubeconfigFor(url, 'raw-token-0000', true),
    ),
  ),
  kube('truncated response', /cannot list namespaces: /, () =>
    rawKubeServer(truncated('{"kind":"NamespaceList","apiVersion":"v1","metadata":{},"items":[]}')).then(
      (url) => kubeconfigFor(url, 'raw-token-0000', true),
    ),
  ),
  prometheus(
    'refuse',
    /cannot reach Prometheus at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/,
    async () => `http://127.0.0.1:${await closedPort()}`,
  ),
  prometheus('reset', /cannot reach Prometheus at .*: (ECONNRESET|UND_ERR_SOCKET)/, () =>
    prometheusServer(reset),
  ),
  prometheus('401', /refused the request: HTTP 401 unauthorized/, () =>
    prometheusServer(json(401, '{"status":"error","errorType":"unauthorized","error":"no"}')),
  ),
  prometheus('403', /refused the request: HTTP 403 forbidden/, () =>
    prometheusServer(json(403, 'forbidden')),
  ),
  prometheus('429', /kept failing: HTTP 429/, () =>
    prometheusServer(json(429, '{"status":"error","errorType":"too_many_requests","error":"slow down"}')),
  ),
  prometheus('500', /kept failing: HTTP 500/, () =>
    prometheusServer(json(500, '{"status":"error","errorType":"internal","error":"boom"}')),
  ),
  prometheus('hang past the deadline', /did not answer within 1 s/, () => prometheusServer(hang)),
  prometheus('malformed JSON', /did not answer like a Prometheus API/, () =>
    prometheusServer(json(200, '{"status": "success", "data": {')),
  ),
  prometheus('truncated response', /cannot reach Prometheus at .*|did not answer like a Prometheus API/, () =>
    prometheusServer(truncated(PROMETHEUS_OK)),
  ),
];

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  report: Report | null;
}

async function scan(flags: string[], onError: 'fail' | 'warn'): Promise<Outcome> {
  const reportPath = join(dir, `report-${onError}-${Math.random().toString(36).slice(2)}.json`);
  let stdout = '';
  let stderr = '';
  const code = await main(
    [
      'scan',
      '--source',
      'prometheus',
      '--baseline',
      baselinePath,
      '--config',
      configPath,
      '--from',
      '-2h',
      '--to',
      '-1h',
      '--output',
      'json',
      '--report',
      reportPath,
      '--on-error',
      onError,
      ...flags,
    ],
    {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      env: {},
    },
  );
  const report = existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as Report) : null;
  return { code, stdout, stderr, report };
}

const rows: string[] = [];

describe.each(CELLS)('$backend: $fault', (cell) => {
  test('with on-error fail: exit 2, one line of cause naming the fault and one of fix, no report', async () => {
    const outcome = await scan(await cell.setup(), 'fail');
    const errorLines = outcome.stderr.split('\n').filter((l) => l.startsWith('Error: '));
    const fixLines = outcome.stderr.split('\n').filter((l) => l.startsWith('Fix: '));

    expect(outcome.code).toBe(2);
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(cell.cause);
    expect(fixLines).toHaveLength(1);
    expect(outcome.stderr).not.toMatch(/^\s+at /m);
    expect(outcome.report).toBeNull();
    rows.push(
      `| ${cell.backend} | ${cell.fault} | 2 | ${errorLines[0]
        .slice('Error: '.length)
        .replace(/\|/g, '\\|')
        .replace(
          /127\.0\.0\.1:\d+/g,
          '127.0.0.1:PORT',
        )} | ${fixLines[0].slice('Fix: '.length).replace(/\|/g, '\\|')} |`,
    );
  }, 30_000);

  test('with on-error warn: exit 0, a partial warn report naming the fault, never a pass', async () => {
    const outcome = await scan(await cell.setup(), 'warn');

    expect(outcome.code).toBe(0);
    expect(outcome.report?.verdict).toBe('warn');
    expect(outcome.report?.partial).toBe(true);
    expect(outcome.report?.notes[0]).toMatch(cell.cause);
    expect(outcome.report?.summary.reason).toMatch(/environment fault/);
  }, 30_000);
});

test('bad input is not an environment fault: a missing kubeconfig context exits 2 even with on-error warn', async () => {
  const file = join(dir, 'no-context.yaml');
  writeFileSync(
    file,
    readFileSync(kubeconfigFor(api.url, api.token, false), 'utf8').replace('current-context: ctx\n', ''),
  );
  const outcome = await scan(['--kubeconfig', file, '--prometheus-url', 'http://127.0.0.1:1'], 'warn');

  expect(outcome.code).toBe(2);
  expect(outcome.stderr).toMatch(/has no current-context/);
  expect(outcome.report).toBeNull();
});

test('no unhandled rejection or uncaught exception happened across the matrix', () => {
  expect(unhandled).toEqual([]);
});

afterAll(() => {
  if (process.env.WRITE_FAULT_MATRIX !== '1') return;
  const doc = [
    '# Fault matrix',
    '',
    'Measured by `test/fault-matrix.test.ts` (regenerate: `WRITE_FAULT_MATRIX=1 NODE_OPTIONS=--experimental-vm-modules npx jest test/fault-matrix.test.ts`).',
    'Each cell runs `smanalyzer scan --source prometheus` against a backend that fails in one way: the Kubernetes API server',
    '(the emulator in test/support, or a raw HTTPS server for garbled bodies; every list call fails, /version answers) or',
    'Prometheus (a loopback server). Timeouts in the test: `prometheus.timeout: 1s`, `SMANALYZER_KUBE_TIMEOUT=1s` (3s per call).',
    '',
    '- **on-error: fail** (default): exit code 2, `Error:` one line of cause, `Fix:` one line of fix, no report written.',
    '- **on-error: warn**: exit code 0, a report with `verdict: "warn"`, `partial: true`, no services judged, and the cause and fix',
    '  in `notes` — in every cell below. Never a pass.',
    '- Bad input (a kubeconfig without current-context, an unknown context, a namespace that does not exist, a config or',
    '  baseline problem) is not an environment fault: exit 2 under either policy.',
    '- Zero unhandled rejections or uncaught exceptions across the matrix.',
    '',
    '| Backend | Fault | Exit (fail) | Exit (warn) | Message (one line) | Fix (one line) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => row.replace(/^(\| [^|]+ \| [^|]+ \| 2 \|)/, '$1 0 (warn, partial) |')),
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'docs', 'fault-matrix.md'), doc);
});
