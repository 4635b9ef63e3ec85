/**
 * What a user reads when the Prometheus source fails: an unreachable or silent server, a rejected query, an
 * answer that is not a Prometheus API's, a Prometheus holding no Istio series, refused credentials — each a
 * MetricsError naming the server and a fix, with no credential in it. Uses the real `prometheus` (holding no
 * Istio series) and loopback servers.
 */
import { PrometheusClient } from '../src/sources/prometheus/source.js';
import { startPrometheus, type RunningPrometheus } from '../harness/prometheus.js';
import {
  closeLoopbacks,
  collect,
  DEFAULTS,
  END,
  expectNoSecret,
  failure,
  HOUR,
  json,
  loopback,
  PASSWORD,
  servers,
  TOKEN,
} from './support/prometheus-loopback.js';

let prometheus: RunningPrometheus;

beforeAll(async () => {
  // A healthy Prometheus whose only series are not Istio's.
  const lines = ['# TYPE up gauge'];
  for (let t = END - 2 * HOUR; t < END; t += 15_000)
    lines.push(`up{job="node",instance="a:9100"} 1 ${t / 1000}`);
  prometheus = await startPrometheus(`${lines.join('\n')}\n# EOF\n`);
}, 60_000);

afterAll(async () => {
  await closeLoopbacks();
  await prometheus?.stop();
});

test('names the server and a fix when nothing listens at the URL', async () => {
  const { url } = await loopback(() => undefined);
  const server = servers.pop()!;
  await new Promise((resolve) => server.close(resolve));
  const error = await failure(collect(url));
  expect(error.message).toBe(`cannot reach Prometheus at ${url}: ECONNREFUSED`);
  expect(error.fix).toContain('--prometheus-url');
  expectNoSecret(error);
});

test('gives up with a timeout message when the server never answers', async () => {
  const { url } = await loopback(() => undefined);
  const error = await failure(collect(url, { timeoutMs: 300 }));
  expect(error.message).toBe(`Prometheus at ${url} did not answer within 0.3 s (the request timeout)`);
  expect(error.fix).toContain('--timeout');
  expectNoSecret(error);
});

test("passes on the real Prometheus's own PromQL error text for a rejected query", async () => {
  const client = new PrometheusClient({ ...DEFAULTS, url: prometheus.url });
  const context = { deadline: Date.now() + 10_000, deadlineMs: 10_000 };
  const error = await failure(
    client.queryRange('sum(rate(istio_requests_total[1m]', END - HOUR, END, 60_000, context),
  );
  expect(error.message).toMatch(/rejected a query \(HTTP 400, bad_data: .*parse error/);
  expectNoSecret(error);
});

test('says the server is not a Prometheus API when it answers with HTML', async () => {
  const server = await loopback((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<html><body>Sign in</body></html>');
  });
  const error = await failure(collect(server.url));
  expect(error.message).toMatch(
    /^the server at .* did not answer like a Prometheus API \(HTTP 200, text\/html/,
  );
  expect(error.fix).toContain('/api/v1/query');
  expectNoSecret(error);
});

test('says no Istio metrics were found when the real Prometheus holds none', async () => {
  const error = await failure(collect(prometheus.url));
  expect(error.message).toMatch(
    /^no mesh metrics found at http:\/\/127\.0\.0\.1:\d+ between \S+ and \S+: none of istio_requests_total \(Istio \(sidecars\)\)$/,
  );
  expect(error.fix).toContain('scrapes the mesh proxies');
  expectNoSecret(error);
});

test('sends the bearer token and extra headers, and keeps the token out of a 401 message', async () => {
  const server = await loopback((_request, response) => json(response, 401, { error: `bad token ${TOKEN}` }));
  const error = await failure(collect(server.url, { headers: { 'X-Scope-OrgID': 'tenant-a' } }));
  expect(server.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  expect(server.requests[0].headers['x-scope-orgid']).toBe('tenant-a');
  expect(error.message).toBe(`Prometheus at ${server.url} refused the request: HTTP 401 unauthorized`);
  expectNoSecret(error);
});

test('turns credentials in the URL into basic auth and never shows them', async () => {
  const server = await loopback((_request, response) => {
    response.writeHead(500, { 'Content-Type': 'text/plain' });
    response.end(`internal error for password ${PASSWORD}`);
  });
  const withCredentials = server.url.replace('http://', `http://reader:${PASSWORD}@`);
  const error = await failure(collect(withCredentials, { bearerToken: null }));
  expect(server.requests[0].headers.authorization).toBe(
    `Basic ${Buffer.from(`reader:${PASSWORD}`).toString('base64')}`,
  );
  expect(error.message).toContain(`Prometheus at ${server.url} kept failing: HTTP 500`);
  expectNoSecret(error);
});
