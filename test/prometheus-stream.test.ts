/**
 * Range answers are read as they arrive: a large answer is never held whole, and an answer
 * that names endless series stops at a bound set by the series the server counted before, not at the machine's
 * memory. The servers are loopback processes of their own.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../src/core/settings.js';
import { DEFAULT_CONFIG } from '../src/config/load.js';
import { PrometheusClient, PrometheusSource } from '../src/sources/prometheus/source.js';
import { isNearby } from '../src/sources/prometheus/client.js';
import { MetricsError } from '../src/core/types.js';

const HOUR = 3_600_000;
const END = Math.floor(Date.now() / HOUR) * HOUR - 3 * HOUR;
// The shipped defaults, with a shorter per-request timeout for a test.
const DEFAULTS: Config['prometheus'] = { ...DEFAULT_CONFIG.prometheus, timeoutMs: 20_000, concurrency: 4 };

/**
 * A Prometheus look-alike: the count says one service with one bucket; every range query answers the window's
 * points for `series(k)` for k = 0, 1, 2, … up to `count` series (Infinity: it never stops).
 */
function server(
  kind: 'same-series' | 'new-series',
  count: number,
): Promise<{ url: string; stop: () => void }> {
  const script = `
    const http = require('node:http');
    const [kind, count] = [${JSON.stringify(kind)}, ${Number.isFinite(count) ? count : 'Infinity'}];
    const service = { destination_service_namespace: 'shop', destination_service_name: 'cart' };
    http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const form = new URLSearchParams(body);
        const query = form.get('query') || '';
        response.writeHead(200, { 'Content-Type': 'application/json' });
        if (request.url === '/api/v1/query')
          return response.end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } }));
        if (query.includes('"size"')) {
          const result = ['services', 'requests', 'buckets', 'bucketOutputs'].map((size) => ({
            metric: { size, destination_service_namespace: 'shop' },
            values: [[Number(form.get('end')), '1']],
          }));
          return response.end(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } }));
        }
        const [start, end, step] = ['start', 'end', 'step'].map((key) => Number(form.get(key)));
        let points = '';
        for (let t = start; t <= end; t += step) points += (points ? ',' : '') + '[' + t + ',"2"]';
        response.write('{"status":"success","data":{"resultType":"matrix","result":[');
        let k = 0;
        const pump = () => {
          // Same-series: only the bucket query is large.
          const total = kind === 'same-series' && !query.includes('_bucket') ? 1 : count;
          while (!response.destroyed && k < total) {
            const metric = kind === 'new-series'
              ? { destination_service_namespace: 'shop', destination_service_name: 'svc-' + k }
              : { ...service, ...(query.includes('_bucket') ? { le: '+Inf' } : {}) };
            const more = response.write((k > 0 ? ',' : '') + JSON.stringify({ metric }).slice(0, -1) + ',"values":[' + points + ']}');
            k++;
            if (!more) return response.once('drain', pump);
          }
          if (!response.destroyed) response.end(']}}');
        };
        response.on('close', () => response.removeAllListeners('drain'));
        pump();
      });
    }).listen(0, '127.0.0.1', function () { process.stdout.write(String(this.address().port) + '\\n'); });
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.once('data', (data: Buffer) =>
      resolve({ url: `http://127.0.0.1:${data.toString().trim()}`, stop: () => child.kill() }),
    );
  });
}

const WINDOW = { from: END - HOUR, to: END, stepMs: 60_000, namespaces: [] };

test('an answer naming endless new services stops at twice the counted series, with a message', async () => {
  const fake = await server('new-series', Number.POSITIVE_INFINITY);
  try {
    const error = await new PrometheusSource({ ...DEFAULTS, url: fake.url, mesh: 'istio' })
      .collect(WINDOW)
      .then(
        () => undefined,
        (failure: unknown) => failure,
      );
    expect(error).toBeInstanceOf(MetricsError);
    const bound = /^Prometheus at (\S+) answered with more series than it counted before \(over (\d+) /.exec(
      (error as MetricsError).message,
    );
    expect(bound?.[1]).toBe(fake.url);
    // One service counted: a few arrays for it, twice that, and the slack of 10,000.
    expect(Number(bound?.[2])).toBeGreaterThan(10_000);
    expect(Number(bound?.[2])).toBeLessThan(10_100);
    expect((error as MetricsError).fix).toContain('--prometheus-url');
  } finally {
    fake.stop();
  }
}, 30_000);

test('a 50 MiB answer streams into the sink: every series and point, across a thousand chunk boundaries', async () => {
  // The bucket series over and over: 50 MiB of points, all landing in the same one-hour array.
  const fake = await server('same-series', 50_000);
  try {
    const bytes: number[] = [];
    const client = new PrometheusClient(
      { ...DEFAULTS, url: fake.url },
      { onResponse: (size) => bytes.push(size) },
    );
    const query = 'sum by (le) (rate(istio_request_duration_milliseconds_bucket[2m]))';
    const [from, to, step] = [END - HOUR + 60_000, END, 60_000];
    const values = new Float64Array(60);
    let series = 0;
    let points = 0;
    const answered = await client.queryRangeInto(
      query,
      from,
      to,
      step,
      { deadline: Date.now() + 30_000, deadlineMs: 30_000 },
      {
        series: () => {
          series++;
          return (seconds, value) => {
            points++;
            values[(seconds * 1000 - from) / step] = value;
          };
        },
      },
    );
    expect(bytes[0]).toBeGreaterThan(40 * 1024 * 1024);
    expect([answered, series, points]).toEqual([50_000, 50_000, 50_000 * 60]);
    expect([...values]).toEqual(new Array(60).fill(2));
  } finally {
    fake.stop();
  }
}, 60_000);

describe('answers come uncompressed from nearby servers, compressed from far ones', () => {
  test.each([
    ['127.0.0.1', true],
    ['localhost', true],
    ['[::1]', true],
    ['10.0.3.4', true],
    ['172.20.0.1', true],
    ['192.168.1.9', true],
    ['prometheus', true],
    ['prometheus.istio-system.svc', true],
    ['prometheus.istio-system.svc.cluster.local', true],
    ['172.32.0.1', false],
    ['8.8.8.8', false],
    ['prometheus.example.com', false],
    ['[2001:db8::1]', false],
  ])('%s nearby: %s', (host, nearby) => {
    expect(isNearby(host)).toBe(nearby);
  });

  test('the request asks a loopback server for identity, unless the user set Accept-Encoding', async () => {
    const seen: Array<string | undefined> = [];
    const plain = createServer((request, response) => {
      seen.push(request.headers['accept-encoding']);
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"status":"success","data":{"resultType":"vector","result":[]}}');
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
      const context = { deadline: Date.now() + 5_000, deadlineMs: 5_000 };
      await new PrometheusClient({ ...DEFAULTS, url }).query('up', END, context);
      await new PrometheusClient({ ...DEFAULTS, url, headers: { 'accept-encoding': 'gzip' } }).query(
        'up',
        END,
        context,
      );
      expect(seen).toEqual(['identity', 'gzip']);
    } finally {
      plain.closeAllConnections();
      await new Promise((resolve) => plain.close(resolve));
    }
  });
});
