/**
 * Who the Prometheus client trusts and where its credentials go: a self-signed certificate is refused with a fix,
 * trusted through a CA file or skipped when told; a redirect to another origin is refused before any credential
 * leaves, and same-origin redirects are followed as HTTP says. Uses loopback HTTP and HTTPS servers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrometheusClient } from '../src/sources/prometheus/source.js';
import {
  closeLoopbacks,
  DEFAULTS,
  END,
  expectNoSecret,
  failure,
  FAST_RETRIES,
  json,
  loopback,
  servers,
  TOKEN,
} from './support/prometheus-loopback.js';

afterAll(closeLoopbacks);

describe('over TLS with a self-signed certificate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-tls-'));
  let url = '';
  beforeAll(async () => {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' }); // prettier-ignore
    const server = createHttpsServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (_request, response) =>
        json(response, 200, { status: 'success', data: { resultType: 'vector', result: [] } }),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const context = () => ({ deadline: Date.now() + 10_000, deadlineMs: 10_000 });

  test('refuses an untrusted certificate and says how to trust it', async () => {
    const client = new PrometheusClient({ ...DEFAULTS, url });
    const error = await failure(client.query('up', END, context()));
    expect(error.message).toMatch(
      /^cannot reach Prometheus at https:\/\/127\.0\.0\.1:\d+: .*(CERT|SELF_SIGNED)/,
    );
    expect(error.fix).toContain('--prometheus-ca');
  });

  test('trusts the server through the CA file', async () => {
    const client = new PrometheusClient({ ...DEFAULTS, url, caFile: join(dir, 'cert.pem') });
    await expect(client.query('up', END, context())).resolves.toEqual([]);
    await client.close();
  });

  test('skips verification when told to', async () => {
    const client = new PrometheusClient({ ...DEFAULTS, url, insecureSkipVerify: true });
    await expect(client.query('up', END, context())).resolves.toEqual([]);
    await client.close();
  });
});

describe('redirects keep credentials with their origin', () => {
  const CREDENTIAL_HEADERS = ['authorization', 'x-scope-orgid', 'x-api-key'];
  const headers = { 'X-Scope-OrgID': 'tenant-a', 'X-Api-Key': 'key-5e1d9b3a7f-secret' };

  test.each([307, 302])(
    'refuses a %i redirect to another origin, which never sees a credential',
    async (code) => {
      const target = await loopback((_request, response) =>
        json(response, 200, { status: 'success', data: { resultType: 'vector', result: [] } }),
      );
      const origin = await loopback((request, response) => {
        response.writeHead(code, { Location: `${target.url}${request.url}` });
        response.end();
      });
      const client = new PrometheusClient({ ...DEFAULTS, url: origin.url, headers }, FAST_RETRIES);
      const error = await failure(
        client.query('up', END, { deadline: Date.now() + 10_000, deadlineMs: 10_000 }),
      );
      expect(error.message).toBe(
        `Prometheus at ${origin.url} redirected to another origin (${target.url}): not followed, so its ` +
          'credentials and headers stay with the configured server',
      );
      expect(origin.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
      // The other origin received nothing at all: no request, so no header and no POST body.
      expect(target.requests).toHaveLength(0);
      for (const request of target.requests) {
        for (const name of CREDENTIAL_HEADERS) expect(request.headers[name]).toBeUndefined();
      }
      expectNoSecret(error);
    },
  );

  test('follows a same-origin 307 with the POST body, and a same-origin 302 as a GET with the query in the URL', async () => {
    const bodies: string[] = [];
    const server = await loopback((request, response, index) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        bodies[index] = body;
        if (request.url === '/api/v1/query') {
          response.writeHead(307, { Location: '/moved/api/v1/query' });
          response.end();
        } else if (request.url === '/moved/api/v1/query') {
          response.writeHead(302, { Location: '/final/api/v1/query' });
          response.end();
        } else {
          const query = new URL(request.url ?? '', 'http://x').searchParams.get('query');
          json(response, 200, {
            status: 'success',
            data: { resultType: 'vector', result: [{ metric: { q: query }, value: [1, '1'] }] },
          });
        }
      });
    });
    const client = new PrometheusClient({ ...DEFAULTS, url: server.url, headers });
    const result = await client.query('up{job="a"}', END, {
      deadline: Date.now() + 10_000,
      deadlineMs: 10_000,
    });
    expect(result).toEqual([{ metric: { q: 'up{job="a"}' }, value: [1, '1'] }]);
    expect(server.requests.map((request) => [request.method, request.url?.split('?')[0]])).toEqual([
      ['POST', '/api/v1/query'],
      ['POST', '/moved/api/v1/query'],
      ['GET', '/final/api/v1/query'],
    ]);
    // The 307 repeats the POST with its body; the 302 turns it into a GET with the form in the URL.
    expect(new URLSearchParams(bodies[0]).get('query')).toBe('up{job="a"}');
    expect(bodies[1]).toBe(bodies[0]);
    expect(bodies[2]).toBe('');
    expect(server.requests[2].headers['x-scope-orgid']).toBe('tenant-a');
  });
});
