/**
 * The managed Prometheus services' recipes (docs/managed-prometheus.md), tried as written: each service's URL shape
 * (its path prefix kept) and credentials — a bearer token for Google and Azure, basic auth for Grafana Cloud, SigV4
 * for Amazon — through the CLI and through the bundled Action, against loopback stand-ins that answer only a
 * request carrying exactly what the service would check. No credential is ever printed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle, ROOT, runBundledAction } from './support/action-runner.js';
import { runCli } from './support/cli.js';
import { startSigV4Proxy, type SigV4Proxy } from './support/sigv4-proxy.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const TOKEN = 'ya29.a0AfH6SMBexampleAccessToken0123456789';
const GRAFANA = { user: '1234567', password: 'glc_eyJvIjoiMTIzNDU2NyIsIm4iOiJyZWFkIn0exampleToken' };
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-managed-'));
const servers: Server[] = [];

/** A stand-in answering Prometheus's instant queries under `prefix` for requests `allowed` lets through. */
async function service(prefix: string, allowed: (request: IncomingMessage) => boolean): Promise<string> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (!allowed(request)) {
        response.writeHead(401, { 'Content-Type': 'application/json' }).end('{"error":"unauthenticated"}');
        return;
      }
      if (!(request.url ?? '').startsWith(`${prefix}/api/v1/query`)) {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('404 page not found');
        return;
      }
      const result = [
        {
          metric: { destination_service_namespace: 'shop', destination_service_name: 'reviews' },
          value: [NOW / 1000, '40'],
        },
      ];
      response
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
}

const bearer = (request: IncomingMessage) => request.headers.authorization === `Bearer ${TOKEN}`;
const basic = (request: IncomingMessage) =>
  request.headers.authorization ===
  `Basic ${Buffer.from(`${GRAFANA.user}:${GRAFANA.password}`).toString('base64')}`;

/** The log less the runner's own ::add-mask:: commands (which name a secret so that the runner hides it). */
const logWithoutMasks = (log: string) =>
  log
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

const status = (url: string, env: Record<string, string>) =>
  runCli(
    ['status', '--prometheus-url', url, '--mesh', 'istio', '--baseline', join(dir, 'none.json')],
    { now: () => NOW },
    env,
  );
const reachable = /^Prometheus +\S+: reachable, Istio \(sidecars\) metrics for 1 service in the last hour/m;

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('through the CLI, as the recipes say', () => {
  test('Google: the /v1/projects/…/prometheus prefix kept, PROMETHEUS_TOKEN sent as a bearer token', async () => {
    const url = await service('/v1/projects/my-project/location/global/prometheus', bearer);
    const result = await status(url, { PROMETHEUS_TOKEN: TOKEN });
    expect(result.stdout).toMatch(reachable);
    expect(result.stdout).toContain(`Prometheus   ${url}: reachable`);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  test('Azure: a bearer token at the query endpoint root', async () => {
    const url = await service('', bearer);
    expect((await status(url, { PROMETHEUS_TOKEN: TOKEN })).stdout).toMatch(reachable);
    const without = await status(url, {});
    expect(without.code).toBe(2);
    expect(without.stdout).toMatch(
      /unreachable: Prometheus at \S+ refused the request: HTTP 401 unauthorized/,
    );
  });

  test('Grafana Cloud: PROMETHEUS_USERNAME and PROMETHEUS_PASSWORD as basic auth under /api/prom', async () => {
    const url = await service('/api/prom', basic);
    const result = await status(url, {
      PROMETHEUS_USERNAME: GRAFANA.user,
      PROMETHEUS_PASSWORD: GRAFANA.password,
    });
    expect(result.stdout).toMatch(reachable);
    expect(result.stdout + result.stderr).not.toContain(GRAFANA.password);
  });

  test('Grafana Cloud without its /api/prom prefix: the 404 says which base URL to give', async () => {
    const url = await service('/api/prom', basic);
    const result = await runCli(
      ['learn', '--prometheus-url', url.replace('/api/prom', ''), '--baseline', join(dir, 'g.json')],
      { now: () => NOW },
      { PROMETHEUS_USERNAME: GRAFANA.user, PROMETHEUS_PASSWORD: GRAFANA.password },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^Error: no Prometheus query API at http:\/\/127\.0\.0\.1:\d+\/api\/v1\/query(_range)? \(HTTP 404\)/m,
    );
    expect(result.stderr).toMatch(/^Fix: set --prometheus-url to the base URL that serves \/api\/v1\/query/m);
  });

  test('SigV4 with a bearer token as well is refused before anything is sent', async () => {
    const result = await runCli(
      [
        'scan',
        '--prometheus-url',
        'http://127.0.0.1:9',
        '--prometheus-sigv4-region',
        'us-east-1',
        '--baseline',
        join(dir, 'x.json'),
      ],
      { now: () => NOW },
      { PROMETHEUS_TOKEN: TOKEN },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Error: SigV4 signing and another credential .* are both set/m);
  });
});

test('the config file takes prometheus.sigv4 (service aps by default), and refuses a region that is not one', async () => {
  const { loadConfig } = await import('../src/config/load.js');
  const good = join(dir, 'amp.yaml');
  writeFileSync(
    good,
    'prometheus:\n  url: https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-1\n  sigv4: { region: us-east-1 }\n',
  );
  expect(loadConfig({ file: good, env: {} }).prometheus.sigv4).toEqual({
    region: 'us-east-1',
    service: 'aps',
  });
  const bad = join(dir, 'bad.yaml');
  writeFileSync(
    bad,
    'prometheus:\n  url: https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-1\n  sigv4: { region: Virginia }\n',
  );
  const result = await runCli(['scan', '-c', bad, '--baseline', join(dir, 'x.json')], { now: () => NOW }, {});
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(
    /^Error: the SigV4 region "Virginia" is not an AWS region name \(like us-east-1\)$/m,
  );
});

describe('through the bundled Action, credentials on the step', () => {
  const CREDENTIALS = {
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLEsessionTOKEN0123456789',
  };
  let amazon: SigV4Proxy;
  beforeAll(async () => {
    ensureBundle();
    amazon = await startSigV4Proxy({
      credentials: CREDENTIALS,
      region: 'us-east-1',
      answer: () => ({
        status: 200,
        body: JSON.stringify({
          status: 'success',
          data: { resultType: 'vector', result: [{ metric: {}, value: [NOW / 1000, '40'] }] },
        }),
      }),
    });
  }, 180_000);
  afterAll(() => amazon.close());

  const statusAction = async (inputs: Record<string, string>, env: Record<string, string>) => {
    const work = mkdtempSync(join(dir, 'action-'));
    const run = await runBundledAction({
      work,
      inputs: { mode: 'status', mesh: 'istio', 'report-path': join(work, 'status.json'), ...inputs },
      env: { GITHUB_REPOSITORY: 'octo-org/bookinfo', ...env },
    });
    const json = JSON.parse(readFileSync(join(work, 'status.json'), 'utf8')) as {
      thresholds: { source: string };
      prometheus?: { reachable: boolean; error?: string };
    };
    return { run, json };
  };

  test('Grafana Cloud: PROMETHEUS_USERNAME/PROMETHEUS_PASSWORD in env reach the service, masked', async () => {
    const url = await service('/api/prom', basic);
    const { run, json } = await statusAction(
      { 'prometheus-url': url },
      { PROMETHEUS_USERNAME: GRAFANA.user, PROMETHEUS_PASSWORD: GRAFANA.password },
    );
    expect(run.code).toBe(0);
    expect(json.thresholds.source).toBe('prometheus');
    expect(json.prometheus?.reachable).toBe(true);
    expect(run.stdout).toContain(`::add-mask::${GRAFANA.password}`);
    expect(logWithoutMasks(run.stdout)).not.toContain(GRAFANA.password);
  }, 60_000);

  test('Google or Azure: a bearer token from the auth step in PROMETHEUS_TOKEN', async () => {
    const url = await service('/v1/projects/my-project/location/global/prometheus', bearer);
    const { json } = await statusAction({ 'prometheus-url': url }, { PROMETHEUS_TOKEN: TOKEN });
    expect(json.prometheus?.reachable).toBe(true);
  }, 60_000);

  test('Amazon: prometheus-sigv4-region, the credentials configure-aws-credentials leaves in env', async () => {
    const url = `${amazon.url}/workspaces/ws-0123abcd-4567-89ef-0123-456789abcdef`;
    const { run, json } = await statusAction(
      { 'prometheus-url': url, 'prometheus-sigv4-region': 'us-east-1' },
      {
        AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
        AWS_SESSION_TOKEN: CREDENTIALS.sessionToken,
        AWS_REGION: 'us-east-1',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    );
    expect(json.prometheus).toMatchObject({ reachable: true });
    expect(amazon.checked.length).toBeGreaterThan(0);
    expect(amazon.checked.every((r) => r.verified)).toBe(true);
    for (const secret of [CREDENTIALS.secretAccessKey, CREDENTIALS.sessionToken])
      expect(logWithoutMasks(run.stdout)).not.toContain(secret);
  }, 60_000);
});

test('the recipes page is linked from the README and names each service', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain('(docs/managed-prometheus.md)');
  const page = readFileSync(join(ROOT, 'docs', 'managed-prometheus.md'), 'utf8');
  for (const heading of [
    '## Amazon Managed Service for Prometheus',
    '## Google Cloud Managed Service for Prometheus',
    '## Azure Monitor managed service for Prometheus',
    '## Grafana Cloud',
  ])
    expect(page).toContain(heading);
  expect(page).toContain('aws-actions/configure-aws-credentials');
  expect(page).toContain('prometheus-sigv4-region');
});
