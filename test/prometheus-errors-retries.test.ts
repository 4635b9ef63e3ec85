/**
 * How the Prometheus client retries: a 4xx is reported at once and stops the queries behind it, 429 and 5xx are
 * retried until they succeed or the attempts run out, the server's Retry-After is waited but never past the
 * deadline, and an abort ends the wait at once. Uses loopback servers.
 */
import { PrometheusClient } from '../src/sources/prometheus/source.js';
import {
  closeLoopbacks,
  collect,
  DEFAULTS,
  END,
  expectNoSecret,
  failure,
  FAST_RETRIES,
  json,
  loopback,
} from './support/prometheus-loopback.js';

afterAll(closeLoopbacks);

test('reports a 4xx PromQL error from a compatible backend without retrying it', async () => {
  const promError = 'invalid parameter "query": 1:38: parse error: unexpected character in label matcher';
  const server = await loopback((_request, response) =>
    json(response, 400, { status: 'error', errorType: 'bad_data', error: promError }),
  );
  const error = await failure(collect(server.url, { concurrency: 1 }));
  expect(error.message).toContain(`HTTP 400, bad_data: ${promError}`);
  // Not retried, and the queries queued behind it are never sent.
  expect(server.requests).toHaveLength(1);
  expectNoSecret(error);
});

test('reports a persistent 5xx after the retries run out', async () => {
  const server = await loopback((_request, response) =>
    json(response, 503, { status: 'error', errorType: 'unavailable', error: 'TSDB not ready' }),
  );
  const client = new PrometheusClient({ ...DEFAULTS, url: server.url }, { ...FAST_RETRIES, maxAttempts: 4 });
  const error = await failure(client.query('up', END, { deadline: Date.now() + 10_000, deadlineMs: 10_000 }));
  expect(error.message).toBe(
    `Prometheus at ${server.url} kept failing: HTTP 503 (unavailable: TSDB not ready)`,
  );
  expect(server.requests).toHaveLength(4);
  expectNoSecret(error);
});

test('retries 429 and 5xx answers and returns the answer that finally succeeds', async () => {
  const server = await loopback((_request, response, index) => {
    if (index === 0)
      json(response, 429, { status: 'error', errorType: 'too_many_requests', error: 'slow down' });
    else if (index === 1)
      json(response, 502, { status: 'error', errorType: 'server_error', error: 'bad gateway' });
    else json(response, 200, { status: 'success', data: { resultType: 'vector', result: [] } });
  });
  const client = new PrometheusClient({ ...DEFAULTS, url: server.url }, FAST_RETRIES);
  const result = await client.query('up', END, { deadline: Date.now() + 10_000, deadlineMs: 10_000 });
  expect(result).toEqual([]);
  expect(server.requests).toHaveLength(3);
});

test("waits the server's Retry-After, and stops when the next wait would pass the deadline", async () => {
  const server = await loopback((_request, response) => {
    response.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '1' });
    response.end(JSON.stringify({ status: 'error', errorType: 'unavailable', error: 'overloaded' }));
  });
  let pushbacks = 0;
  const client = new PrometheusClient({ ...DEFAULTS, url: server.url }, { ...FAST_RETRIES, maxAttempts: 4 });
  const started = Date.now();
  const error = await failure(
    client.query('up', END, {
      deadline: started + 1_500,
      deadlineMs: 1_500,
      onPushback: () => pushbacks++,
    }),
  );
  const elapsed = Date.now() - started;
  // One wait of 1 s (not the 1 ms backoff), then a second wait would end past the deadline: no third request.
  expect(server.requests).toHaveLength(2);
  expect(elapsed).toBeGreaterThanOrEqual(1_000);
  expect(elapsed).toBeLessThan(1_500);
  expect(pushbacks).toBe(2);
  // The server's failure, not a bare timeout: it says what went wrong.
  expect(error.message).toBe(`Prometheus at ${server.url} kept failing: HTTP 503 (unavailable: overloaded)`);
});

test('an abort during the wait between attempts ends the call at once with its reason', async () => {
  const server = await loopback((_request, response) => {
    response.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '5' });
    response.end(JSON.stringify({ status: 'error', errorType: 'too_many_requests', error: 'slow down' }));
  });
  const client = new PrometheusClient({ ...DEFAULTS, url: server.url }, FAST_RETRIES);
  const aborter = new AbortController();
  const started = Date.now();
  const call = client.query('up', END, {
    deadline: started + 30_000,
    deadlineMs: 30_000,
    signal: aborter.signal,
  });
  setTimeout(() => aborter.abort(new Error('cancelled by the caller')), 200);
  await expect(call).rejects.toThrow('cancelled by the caller');
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(server.requests).toHaveLength(1);
});
