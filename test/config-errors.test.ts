/**
 * The bad-input matrix for configuration: a bad config file, a bad flag or a bad kubeconfig each get one
 * line of cause and one of fix, exit code 2, and nothing written (no report, no baseline).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';

let dir: string;
/** A loopback port nothing listens on (not a port fetch blocks, like 1). */
let closedPort: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-config-errors-'));
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  code: number;
  errorLine: string;
  fixLine: string;
  stderrLines: number;
  wrote: string[];
}

/** Runs `learn` and `scan` with the given extra arguments; both must refuse the same way. */
async function refuse(args: string[], configText?: string): Promise<Outcome> {
  const configArgs: string[] = [];
  if (configText !== undefined) {
    const file = join(dir, `config-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, configText);
    configArgs.push('--config', file);
  }
  const baseline = join(dir, `baseline-${Math.random().toString(36).slice(2)}.json`);
  const report = join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  let stderr = '';
  const io = { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, env: {} };
  const code = await main(
    ['learn', '--source', 'simulated', '--baseline', baseline, ...configArgs, ...args],
    io,
  );
  const learnStderr = stderr;
  stderr = '';
  const scanCode = await main(
    ['scan', '--source', 'simulated', '--baseline', baseline, '--report', report, ...configArgs, ...args],
    io,
  );
  expect(scanCode).toBe(code);
  const lines = learnStderr.split('\n').filter(Boolean);
  return {
    code,
    errorLine: lines.find((l) => l.startsWith('Error: ')) ?? '',
    fixLine: lines.find((l) => l.startsWith('Fix: ')) ?? '',
    stderrLines: lines.length,
    wrote: [baseline, report].filter((f) => existsSync(f)),
  };
}

const FILE_CASES: Array<[string, string, RegExp]> = [
  ['malformed YAML', 'gate:\n  failOn: [high\n', /bad|indentation|unexpected end|at line \d+/],
  ['a top level that is not a mapping', '- scan\n- learn\n', /the top level is not a mapping/],
  [
    'an unknown key (with a did-you-mean)',
    'gate:\n  failon: high\n',
    /unknown key "gate\.failon" \(did you mean "failOn"\?\)/,
  ],
  [
    'an unknown top-level key (with a did-you-mean)',
    'namespace: [shop]\n',
    /unknown key "namespace" \(did you mean "namespaces"\?\)/,
  ],
  ['a duration without a unit', 'scanDuration: 5\n', /scanDuration: "5" is not a duration/],
  [
    'an unknown severity',
    'gate:\n  failOn: severe\n',
    /gate\.failOn: must be one of "low", "medium", "high", "critical"/,
  ],
  ['a ratio given as a list', 'rules:\n  errorRatio: [5%]\n', /rules\.errorRatio: expected a value like 5%/],
  [
    'a negative ratio',
    'rules:\n  errorRatio: -5%\n',
    /rules\.errorRatio: "-5%" is not a ratio between 0 and 1/,
  ],
  ['a ratio above 100%', 'rules:\n  timeoutRatio: 250%\n', /rules\.timeoutRatio: "250%" is not a ratio/],
  [
    'an infinite factor',
    'rules:\n  trafficSpike: .inf\n',
    /rules\.trafficSpike: "Infinity" is not a positive factor/,
  ],
  ['a traffic drop that is a rise', 'rules:\n  trafficDrop: 3x\n', /rules\.trafficDrop 3x must be below 1x/],
  ['a negative max-anomalies', 'gate:\n  maxAnomalies: -1\n', /gate\.maxAnomalies: must be at least 0/],
  ['an absurd min-requests', 'gate:\n  minRequests: 1e15\n', /gate\.minRequests: must be at most /],
  ['an absurd sensitivity', 'model:\n  sensitivity: 5000\n', /model\.sensitivity: must be at most 100/],
  ['a zero step', 'step: 0s\n', /step 0ms is not between 1s and 1h/],
  ['an absurd step', 'step: 1000d\n', /step 1000d is not between 1s and 1h/],
  [
    'a zero Prometheus timeout',
    'prometheus:\n  timeout: 0s\n',
    /prometheus\.timeout 0ms is not between 100ms and 10m/,
  ],
  [
    'a learn window shorter than a feature window',
    'learnDuration: 1m\n',
    /learnDuration 1m is shorter than the model's 2m window \(featureWindow\)/,
  ],
  ['an explicit empty namespace list', 'namespaces: []\n', /namespaces: an empty list names no namespace/],
  ['an empty namespace name', 'namespaces: [""]\n', /namespaces\.0: must not be empty/],
  [
    'an unknown on-error policy',
    'gate:\n  onError: ignore\n',
    /gate\.onError: must be one of "fail", "warn"/,
  ],
];

describe.each(FILE_CASES)('a config file with %s', (_name, text, message) => {
  test('is refused with one line of cause and one of fix, exit 2, nothing written', async () => {
    const outcome = await refuse([], text);

    expect(outcome.code).toBe(2);
    expect(outcome.errorLine).toMatch(message);
    expect(outcome.fixLine).not.toBe('');
    expect(outcome.stderrLines).toBe(2);
    expect(outcome.wrote).toEqual([]);
  });
});

const FLAG_CASES: Array<[string, string[], RegExp]> = [
  ['an empty --namespace', ['--namespace', ''], /--namespace: "" is not a Kubernetes namespace name/],
  ['an invalid --namespace', ['--namespace', 'Shop_Prod'], /"Shop_Prod" is not a Kubernetes namespace name/],
  ['a --duration without a unit', ['--duration', '5'], /"5" is not a duration/],
  ['a --step of zero', ['--step', '0s'], /step 0ms is not between 1s and 1h/],
  ['a --from that is not a time', ['--from', 'yesterday'], /"yesterday" is not a time/],
  ['a --from after --to', ['--from', '-1h', '--to', '-2h'], /the window is empty/],
  ['a non-numeric --seed', ['--seed', 'abc'], /--seed "NaN" is not a whole number/],
  [
    'an --inject of an unknown type',
    ['--inject', 'reviews:meltdown'],
    /"reviews:meltdown" is not a fault to inject/,
  ],
  [
    'a --config that does not exist',
    ['--config', '/nonexistent/smanalyzer.yaml'],
    /cannot read config file \/nonexistent\/smanalyzer\.yaml: ENOENT/,
  ],
];

describe.each(FLAG_CASES)('%s', (_name, args, message) => {
  test('is refused with one line of cause and one of fix, exit 2, nothing written', async () => {
    const outcome = await refuse(args);

    expect(outcome.code).toBe(2);
    expect(outcome.errorLine).toMatch(message);
    expect(outcome.fixLine).not.toBe('');
    expect(outcome.wrote).toEqual([]);
  });
});

const KUBECONFIG_CASES: Array<[string, string, RegExp]> = [
  ['empty', '', /kubeconfig from .* is empty/],
  ['not YAML', 'clusters: [\n', /is not valid YAML at line \d+/],
  [
    'without a current context',
    'apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: "https://127.0.0.1:1"}\nusers:\n- name: u\n  user: {token: abc}\ncontexts:\n- name: ctx\n  context: {cluster: c, user: u}\n',
    /has no current-context/,
  ],
  [
    'pointing at an unreachable server',
    'apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: "https://127.0.0.1:CLOSED_PORT", insecure-skip-tls-verify: true}\nusers:\n- name: u\n  user: {token: abc}\ncontexts:\n- name: ctx\n  context: {cluster: c, user: u}\ncurrent-context: ctx\n',
    /the API server at 127\.0\.0\.1:\d+ is unreachable \(ECONNREFUSED\)/,
  ],
];

describe.each(KUBECONFIG_CASES)('a kubeconfig that is %s', (_name, text, message) => {
  test('is refused with one line of cause and one of fix, exit 2, nothing written', async () => {
    const file = join(dir, `kubeconfig-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text.replace('CLOSED_PORT', String(closedPort)));
    const outcome = await refuse(['--source', 'sidecars', '--kubeconfig', file]);

    expect(outcome.code).toBe(2);
    expect(outcome.errorLine).toMatch(message);
    expect(outcome.fixLine).not.toBe('');
    expect(outcome.wrote).toEqual([]);
  });
});
