/**
 * SigV4 for Amazon Managed Service for Prometheus. The signer is the AWS SDK's; what checks it is not: AWS's
 * published test vector (get-vanilla), and a loopback stand-in that recomputes every signature with the `aws4`
 * package from the request as it arrived. Through the client (GET with a query string, POST with a form body,
 * a retry) and through the bundled CLI (credentials from the AWS default chain's environment variables, the
 * stand-in passing verified requests on to a real Prometheus holding the known mesh).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import aws4 from 'aws4';
import { PrometheusClient } from '../src/sources/prometheus/client.js';
import { sigv4Signer } from '../src/sources/prometheus/sigv4.js';
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { ensureBundle, ROOT } from './support/action-runner.js';
import type { CliRun } from './support/cli.js';
import { FAULTY, iso, knownAnswers, knownMeshTexts, mergeFamilies } from './support/known-mesh.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';
import { startSigV4Proxy, verifySigV4, type SigV4Proxy } from './support/sigv4-proxy.js';

const CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'FwoGZXIvYXdzEXAMPLEsessionTOKENvalue0123456789',
};
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-sigv4-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** AWS's SigV4 test suite, get-vanilla: GET / on example.amazonaws.com, 20150830T123600Z, us-east-1, "service". */
const VANILLA = {
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
  authorization:
    'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, ' +
    'Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
};

describe("AWS's published test vector", () => {
  test('the signer gives get-vanilla its published signature', async () => {
    const sign = await sigv4Signer(
      { region: 'us-east-1', service: 'service' },
      async () => VANILLA.credentials,
      () => new Date('2015-08-30T12:36:00Z'),
    );
    const headers = await sign({
      method: 'GET',
      url: new URL('https://example.amazonaws.com/'),
      headers: {},
    });
    expect(headers.authorization).toBe(VANILLA.authorization);
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
  });

  test('so does the independent checker the stand-in uses (aws4)', () => {
    const opts = {
      host: 'example.amazonaws.com',
      path: '/',
      method: 'GET',
      service: 'service',
      region: 'us-east-1',
      headers: { Host: 'example.amazonaws.com', 'X-Amz-Date': '20150830T123600Z' } as Record<string, string>,
    };
    aws4.sign(opts, VANILLA.credentials);
    expect(opts.headers.Authorization).toBe(VANILLA.authorization);
  });

  test('the checker refuses a signature made with another secret', () => {
    const request = {
      method: 'GET',
      url: '/',
      headers: {
        host: 'example.amazonaws.com',
        'x-amz-date': '20150830T123600Z',
        authorization: VANILLA.authorization,
      },
    };
    expect(
      verifySigV4(request, '', VANILLA.credentials, { region: 'us-east-1', service: 'service' }).verified,
    ).toBe(true);
    const other = { ...VANILLA.credentials, secretAccessKey: 'another-secret-key-entirely-0123456789' };
    expect(verifySigV4(request, '', other, { region: 'us-east-1', service: 'service' })).toMatchObject({
      verified: false,
      reason: 'signature does not match',
    });
  });
});

describe('the client signs every request', () => {
  let proxy: SigV4Proxy;
  let failOnce = true;
  beforeAll(async () => {
    proxy = await startSigV4Proxy({
      credentials: CREDENTIALS,
      region: 'eu-west-1',
      answer: (request) => {
        // One 503 on the first range query: the retry must carry a signature of its own, and verify.
        if (request.path.includes('query_range') && failOnce) {
          failOnce = false;
          return { status: 503, body: '{"status":"error","errorType":"unavailable","error":"try again"}' };
        }
        if (request.path.includes('/label/'))
          return { status: 200, body: '{"status":"success","data":["bookinfo","shop"]}' };
        const resultType = request.path.includes('query_range') ? 'matrix' : 'vector';
        return {
          status: 200,
          body: `{"status":"success","data":{"resultType":"${resultType}","result":[]}}`,
        };
      },
    });
  });
  afterAll(() => proxy.close());

  const client = () =>
    new PrometheusClient(
      {
        ...DEFAULT_CONFIG.prometheus,
        url: `${proxy.url}/workspaces/ws-0123abcd-4567-89ef/`,
        sigv4: { region: 'eu-west-1', service: 'aps' },
      },
      { awsCredentials: async () => CREDENTIALS, retryBaseDelayMs: 1 },
    );
  const context = () => ({ deadline: Date.now() + 10_000, deadlineMs: 10_000 });

  test('a GET with a query string, a POSTed form and a retried range query all verify independently', async () => {
    const c = client();
    expect(
      await c.labelValues(
        'namespace',
        'istio_requests_total{reporter="destination"}',
        0,
        3_600_000,
        context(),
      ),
    ).toEqual(['bookinfo', 'shop']);
    expect(
      await c.query(
        'sum(rate(istio_requests_total[5m])) by (destination_service_name)',
        3_600_000,
        context(),
      ),
    ).toEqual([]);
    expect(await c.queryRange('up', 0, 3_600_000, 15_000, context())).toEqual([]);
    await c.close();
    expect(proxy.checked.map((r) => [r.method, r.verified])).toEqual([
      ['GET', true],
      ['POST', true],
      ['POST', true],
      ['POST', true],
    ]);
    expect(proxy.checked[0].path).toMatch(
      /^\/workspaces\/ws-0123abcd-4567-89ef\/api\/v1\/label\/namespace\/values\?match%5B%5D=/,
    );
    expect(proxy.checked[1].body).toMatch(/^query=sum%28rate%28istio_requests_total/);
    for (const request of proxy.checked) {
      expect(request.signedHeaders).toEqual(
        expect.arrayContaining(['host', 'x-amz-date', 'x-amz-security-token']),
      );
      expect(JSON.stringify(request.headers)).not.toContain(CREDENTIALS.secretAccessKey);
    }
  });
});

describe('through the bundled CLI, with credentials from the AWS default chain', () => {
  let prometheus: RunningPrometheus;
  let proxy: SigV4Proxy;
  const region = 'us-east-1';
  /** The CLI as a user runs it: its own process, AWS credentials in the environment, nothing else to find. */
  const cli = (env: Record<string, string>, ...argv: string[]): Promise<CliRun> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'smanalyzer.js'), ...argv], {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: dir,
          // No shared files, no instance metadata: the chain finds the environment's credentials or nothing.
          AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
          AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-aws-credentials'),
          AWS_EC2_METADATA_DISABLED: 'true',
          ...env,
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  const awsEnv = {
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_SESSION_TOKEN: CREDENTIALS.sessionToken,
  };
  const signed = (...argv: string[]) =>
    cli(
      awsEnv,
      argv[0],
      '--prometheus-url',
      proxy.url,
      '--prometheus-sigv4-region',
      region,
      ...argv.slice(1),
    );

  beforeAll(async () => {
    ensureBundle();
    prometheus = await startPrometheus(mergeFamilies(knownMeshTexts()));
    proxy = await startSigV4Proxy({ credentials: CREDENTIALS, region, target: prometheus.url });
  }, 180_000);
  afterAll(async () => {
    await proxy?.close();
    await prometheus?.stop();
  });

  describe('the known answers, every request verified before it reached Prometheus', () => {
    knownAnswers(signed, dir, 15);

    test('every request the CLI sent (counts, range queries, discovery) was signed and verified', () => {
      expect(proxy.checked.length).toBeGreaterThan(5);
      expect(proxy.checked.filter((r) => !r.verified)).toEqual([]);
      expect(
        proxy.checked.some((r) => r.path.includes('/api/v1/query_range') && r.body.includes('query=')),
      ).toBe(true);
    });
  });

  test('unsigned, the service refuses: exit 2 with the 403 said, the fix naming the credentials', async () => {
    const before = proxy.checked.length;
    const result = await cli(
      awsEnv,
      'learn',
      '--prometheus-url',
      proxy.url,
      '--baseline',
      join(dir, 'unsigned.json'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^Error: Prometheus at http:\/\/127\.0\.0\.1:\d+ refused the request: HTTP 403 forbidden$/m,
    );
    expect(proxy.checked.slice(before).every((r) => !r.verified)).toBe(true);
  });

  test('a wrong secret is refused, and neither secret appears in the output', async () => {
    const wrong = 'wrongSecretKey0123456789abcdefghijklmnopq';
    const result = await cli(
      { ...awsEnv, AWS_SECRET_ACCESS_KEY: wrong },
      'scan', '--prometheus-url', proxy.url, '--prometheus-sigv4-region', region, '-n', 'scrape15',
      '--baseline', join(dir, 'known-15.json'), '--from', iso(FAULTY.from), '--to', iso(FAULTY.to), '--debug',
    ); // prettier-ignore
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/HTTP 403 forbidden/);
    for (const secret of [wrong, CREDENTIALS.secretAccessKey, CREDENTIALS.sessionToken])
      expect(result.stdout + result.stderr).not.toContain(secret);
  });

  test('no credentials anywhere in the chain: exit 2, the chain named, no request sent', async () => {
    const before = proxy.checked.length;
    const result = await cli(
      {},
      'learn', '--prometheus-url', proxy.url, '--prometheus-sigv4-region', region, '--baseline', join(dir, 'none.json'),
    ); // prettier-ignore
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Error: no AWS credentials for SigV4 signing/m);
    expect(result.stderr).toMatch(
      /^Fix: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY .*configure-aws-credentials/m,
    );
    expect(proxy.checked.length).toBe(before);
  });
});
