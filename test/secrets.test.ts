/**
 * No credential leaks: runs that fail in each way (cluster 401/403/500/unreachable, Prometheus 401/500/garbage
 * that echoes the request's headers, on-error warn reports, a learn) with a known kubeconfig bearer token,
 * a Prometheus bearer token (PROMETHEUS_TOKEN), a basic-auth password and a header value; then every output
 * channel — stdout, stderr, the JSON report file, the baseline file — is searched for each secret.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { loadConfig } from '../src/config/load.js';
import { runLearn } from '../src/app/pipeline.js';
import { SecretRedactor, kubeconfigSecrets, REDACTED } from '../src/config/secrets.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';

const KUBE_TOKEN = 'kube-secret-7c1e9a44f0b2d6e8';
const PROM_TOKEN = 'prom-secret-3a9f0c7e5b1d2468';
const PROM_PASSWORD = 'pw-secret-8d2e4f6a0c135790';
const HEADER_VALUE = 'hdr-secret-5e7a9c1b3d5f7091';
const SECRETS = [KUBE_TOKEN, PROM_TOKEN, PROM_PASSWORD, HEADER_VALUE];
/** The forms a secret travels in: itself, base64 (Basic auth), URL-encoded. */
const FORMS = [
  ...SECRETS,
  Buffer.from(`user:${PROM_PASSWORD}`).toString('base64'),
  Buffer.from(KUBE_TOKEN).toString('base64'),
];

let dir: string;
let baselinePath: string;
let api: KubeApiServer;
let kubeconfig: string;
const servers: Server[] = [];
const channels: Array<{ run: string; channel: string; text: string }> = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-secrets-'));
  baselinePath = join(dir, 'baseline.json');
  const config = loadConfig({ overrides: { baselinePath, learnDurationMs: 2 * 3_600_000 } });
  await runLearn({ config, now: () => Date.now(), log: () => undefined });
  const baseline = JSON.parse(readFileSync(baselinePath, 'utf8'));
  writeFileSync(join(dir, 'prom-baseline.json'), JSON.stringify({ ...baseline, source: 'prometheus' }));
  api = await startKubeApiServer({ token: KUBE_TOKEN });
  kubeconfig = api.writeKubeconfig(dir);
  process.env.SMANALYZER_KUBE_TIMEOUT = '1s';
}, 60_000);

afterAll(async () => {
  delete process.env.SMANALYZER_KUBE_TIMEOUT;
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A Prometheus stand-in that fails with `status` and echoes the request headers back in its body. */
async function echoingPrometheus(status: number): Promise<string> {
  const server = createServer((req: IncomingMessage, res) => {
    req.resume();
    const echo = JSON.stringify(req.headers);
    res.writeHead(status, { 'Content-Type': status === 200 ? 'text/html' : 'application/json' });
    res.end(
      status === 200
        ? `<html>login page ${echo}</html>`
        : JSON.stringify({ status: 'error', errorType: 'x', error: `request ${echo}` }),
    );
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Runs the CLI with every secret in play and records each output channel. */
async function run(name: string, args: string[]): Promise<number> {
  const reportPath = join(dir, `${name}.report.json`);
  let stdout = '';
  let stderr = '';
  const env = {
    PROMETHEUS_TOKEN: PROM_TOKEN,
    PROMETHEUS_USERNAME: 'user',
    PROMETHEUS_PASSWORD: PROM_PASSWORD,
  };
  const code = await main(
    [
      ...args,
      '--prometheus-header',
      `X-Scope-OrgID: ${HEADER_VALUE}`,
      '--debug',
      ...(args[0] === 'scan' ? ['--report', reportPath, '--output', 'json'] : []),
    ],
    { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env },
  );
  channels.push(
    { run: name, channel: 'stdout', text: stdout },
    { run: name, channel: 'stderr', text: stderr },
  );
  if (existsSync(reportPath))
    channels.push({ run: name, channel: 'report file', text: readFileSync(reportPath, 'utf8') });
  return code;
}

const promScan = (url: string, extra: string[] = []) => [
  'scan',
  '--source',
  'prometheus',
  '--baseline',
  join(dir, 'prom-baseline.json'),
  '--from',
  '-2h',
  '--to',
  '-1h',
  '--prometheus-url',
  url,
  ...extra,
];

test('runs that fail in each way all end with exit 2 (or 0 under on-error warn)', async () => {
  const codes = {
    promUnauthorized: await run('prom-401', promScan(await echoingPrometheus(401))),
    promServerError: await run('prom-500', promScan(await echoingPrometheus(500))),
    promEchoPage: await run('prom-html', promScan(await echoingPrometheus(200))),
    promWarn: await run('prom-500-warn', promScan(await echoingPrometheus(500), ['--on-error', 'warn'])),
    kubeForbidden: await (async () => {
      api.clearFaults();
      api.fail({ pathPrefix: '/api' }, { status: 403 });
      return run('kube-403', promScan('http://127.0.0.1:1', ['--kubeconfig', kubeconfig]));
    })(),
    kubeServerError: await (async () => {
      api.clearFaults();
      api.fail(
        { pathPrefix: '/api' },
        { status: 500, body: { kind: 'Status', message: `token ${KUBE_TOKEN} rejected`, code: 500 } },
      );
      return run(
        'kube-500-echo',
        promScan('http://127.0.0.1:1', ['--kubeconfig', kubeconfig, '--on-error', 'warn']),
      );
    })(),
    kubeUnauthorized: await run(
      'kube-401',
      promScan('http://127.0.0.1:1', [
        '--kubeconfig',
        api.writeKubeconfig(dir, { token: `${KUBE_TOKEN}-stale` }),
      ]),
    ),
    kubeInline: await run(
      'kube-inline-unreachable',
      promScan('http://127.0.0.1:1', [
        '--kubeconfig',
        api.kubeconfigYaml().replace(api.url, 'https://127.0.0.1:1'),
      ]),
    ),
    learn: await run('learn', [
      'learn',
      '--source',
      'simulated',
      '--baseline',
      join(dir, 'learned.json'),
      '--duration',
      '2h',
      '--kubeconfig',
      kubeconfig,
    ]),
  };
  expect(codes).toEqual({
    promUnauthorized: 2,
    promServerError: 2,
    promEchoPage: 2,
    promWarn: 0,
    kubeForbidden: 2,
    kubeServerError: 0,
    kubeUnauthorized: 2,
    kubeInline: 2,
    learn: 0,
  });
}, 60_000);

test('no secret, in any form, appears in stdout, stderr, a report file or a baseline file', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.report.json'))) {
    channels.push({ run: 'files', channel: file, text: readFileSync(join(dir, file), 'utf8') });
  }
  const leaks = channels.flatMap(({ run: name, channel, text }) =>
    FORMS.filter((secret) => text.includes(secret)).map((secret) => `${name} ${channel}: ${secret}`),
  );
  expect(channels.length).toBeGreaterThan(15);
  expect(leaks).toEqual([]);
});

test('the redactor scrubs a secret, its base64 and its URL-encoded form', () => {
  const redactor = new SecretRedactor().add('s3cr3t/value+1');
  const text = `a s3cr3t/value+1 b ${Buffer.from('s3cr3t/value+1').toString('base64')} c ${encodeURIComponent('s3cr3t/value+1')}`;

  expect(redactor.redact(text)).toBe(`a ${REDACTED} b ${REDACTED} c ${REDACTED}`);
});

test('the redactor scrubs an echoed Authorization header it was not told about', () => {
  expect(new SecretRedactor().redact('{"authorization":"Bearer abc.def-ghi"}')).toBe(
    `{"authorization":"Bearer ${REDACTED}"}`,
  );
});

test('kubeconfig secrets are the user credentials, not the server or names', () => {
  const text = [
    'users:',
    '- name: u',
    '  user:',
    '    token: t0ken-one',
    '    client-key-data: a2V5LWRhdGE=',
    '    auth-provider: {name: oidc, config: {id-token: id-tok, refresh-token: ref-tok, client-id: public}}',
    '    exec: {command: aws, env: [{name: AWS_SECRET, value: aws-secret}]}',
    'clusters:',
    '- name: c',
    '  cluster: {server: "https://k8s:6443"}',
  ].join('\n');

  expect(kubeconfigSecrets(text).sort()).toEqual([
    'a2V5LWRhdGE=',
    'aws-secret',
    'id-tok',
    'ref-tok',
    't0ken-one',
  ]);
});

test('a token kept in a kubeconfig tokenFile is a secret too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-tokenfile-'));
  const file = join(dir, 'token');
  writeFileSync(file, 'file-held-t0ken\n');
  const text = ['users:', '- name: u', '  user:', `    tokenFile: ${file}`].join('\n');
  expect(kubeconfigSecrets(text)).toEqual(['file-held-t0ken']);
  expect(
    new SecretRedactor().add('file-held-t0ken').redact('Authorization: Bearer file-held-t0ken'),
  ).not.toContain('file-held-t0ken');
});
