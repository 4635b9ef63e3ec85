/**
 * One sidecar scrape through the real @kubernetes/client-node against the Kubernetes API emulator's pod-proxy
 * route: a body past the size cap is refused with the cap named, a timed-out request is aborted, and a redirect
 * (which the API server passes on from the pod) is refused, never followed.
 */
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { MetricsError } from '../src/core/types.js';
import { loadConfig, parseConfigFile } from '../src/config/load.js';
import {
  DEFAULT_MAX_SCRAPE_BYTES,
  podProxyFetcher,
  type PodMetricsFetcher,
} from '../src/sources/sidecars/scrape.js';
import { SidecarSource } from '../src/sources/sidecars/source.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import { pod as podObject } from './support/mesh-fixtures.js';

const loadConfigText = (text: string) => loadConfig({ overrides: parseConfigFile(text) });
const SAMPLE = 'istio_requests_total{reporter="destination",response_code="200"} 7\n';

let api: KubeApiServer;
let core: CoreV1Api;

beforeAll(async () => {
  api = await startKubeApiServer();
  api.addPod(podObject({ namespace: 'bookinfo', name: 'reviews-v1-a1', app: 'reviews' }));
  const kubeconfig = new KubeConfig();
  kubeconfig.loadFromString(api.kubeconfigYaml());
  core = kubeconfig.makeApiClient(CoreV1Api);
});

afterAll(async () => {
  await api?.close();
});

afterEach(() => {
  api.podProxy = undefined;
});

describe('the scrape size cap', () => {
  test('is 64 MiB by default, and the config file can change it', () => {
    expect(DEFAULT_MAX_SCRAPE_BYTES).toBe(64 * 1024 * 1024);
    expect(loadConfigText('source: sidecars\n').sidecars.maxScrapeBytes).toBe(64 * 1024 * 1024);
    expect(loadConfigText('sidecars:\n  maxScrapeSize: 512KiB\n').sidecars.maxScrapeBytes).toBe(512 * 1024);
    expect(() => loadConfigText('sidecars:\n  maxScrapeSize: lots\n')).toThrow(/maxScrapeSize/);
  });

  test('accepts a body up to the cap', async () => {
    const body = SAMPLE.repeat(100);
    api.podProxy = () => ({ status: 200, body });
    const text = await podProxyFetcher(core)('bookinfo', 'reviews-v1-a1', 15020, 'stats/prometheus', {
      maxBytes: body.length,
    });
    expect(text).toBe(body);
  });

  test('refuses a larger body with a MetricsError naming the cap and the setting', async () => {
    api.podProxy = () => ({ status: 200, body: SAMPLE.repeat(1000) });
    const error = await podProxyFetcher(core)('bookinfo', 'reviews-v1-a1', 15020, 'stats/prometheus', {
      maxBytes: 16 * 1024,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetricsError);
    expect((error as MetricsError).message).toBe(
      'The sidecar of pod bookinfo/reviews-v1-a1 sent more than the 16 KiB scrape cap on :15020/stats/prometheus; the scrape was dropped.',
    );
    expect((error as MetricsError).fix).toContain('sidecars.maxScrapeSize');
  });

  test('a scan notes the refused scrape as a failure of that pod', async () => {
    api.podProxy = () => ({ status: 200, body: SAMPLE.repeat(1000) });
    let clock = 0;
    const source = new SidecarSource(
      {
        pods: async () => [{ namespace: 'bookinfo', pod: 'reviews-v1-a1', service: 'reviews' }],
        fetchMetrics: podProxyFetcher(core),
        now: () => clock,
        sleep: async (ms) => {
          clock += ms;
        },
      },
      { intervalMs: 15_000, concurrency: 1, maxScrapeBytes: 16 * 1024 },
    );
    const metrics = await source.collect({ from: 0, to: 30_000, stepMs: 15_000, namespaces: [] });
    expect(metrics.notes.find((note) => note.startsWith('Pod bookinfo/reviews-v1-a1'))).toMatch(
      /3 of 3 scrapes failed \(last: .*16 KiB scrape cap/,
    );
  });
});

describe('a scrape past its timeout', () => {
  test('is aborted: the request settles when its signal fires, while the sidecar still has not answered', async () => {
    let answer: (value: { status: number; body: string }) => void = () => undefined;
    api.podProxy = () => new Promise((resolve) => (answer = resolve));
    const started = Date.now();
    const error = await podProxyFetcher(core)('bookinfo', 'reviews-v1-a1', 15020, 'stats/prometheus', {
      signal: AbortSignal.timeout(200),
    }).catch((e: unknown) => e);
    answer({ status: 200, body: SAMPLE });
    expect(error).toBeInstanceOf(MetricsError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('the sidecar source aborts the request it gave up on', async () => {
    const signals: AbortSignal[] = [];
    const hanging: PodMetricsFetcher = (_namespace, _pod, _port, _path, limits) =>
      new Promise((_, reject) => {
        signals.push(limits!.signal!);
        limits!.signal!.addEventListener('abort', () => reject(limits!.signal!.reason));
      });
    let clock = 0;
    const source = new SidecarSource(
      {
        pods: async () => [{ namespace: 'bookinfo', pod: 'reviews-v1-a1', service: 'reviews' }],
        fetchMetrics: hanging,
        now: () => clock,
        sleep: async (ms) => {
          clock += ms;
        },
      },
      { intervalMs: 15_000, concurrency: 1, scrapeTimeoutMs: 50 },
    );
    const metrics = await source.collect({ from: 0, to: 15_000, stepMs: 15_000, namespaces: [] });
    expect(signals).toHaveLength(2);
    expect(signals.every((signal) => signal.aborted)).toBe(true);
    expect(metrics.notes).toContain(
      'Pod bookinfo/reviews-v1-a1: 2 of 2 scrapes failed (last: no answer within 50 ms).',
    );
  });
});

describe('a scrape that redirects (the API server passes a pod redirect on)', () => {
  /** A server elsewhere that a pod would send the scrape to, counting what reaches it. */
  async function elsewhere(): Promise<{ url: string; hits: string[]; close: () => Promise<void> }> {
    const hits: string[] = [];
    const server = createServer((request, response) => {
      hits.push(`${request.method} ${request.url} ${request.headers.authorization ?? '(no credentials)'}`);
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      response.end(SAMPLE);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      hits,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }

  test.each([301, 302, 307, 308])(
    'to another origin (HTTP %i) is refused, and nothing reaches it',
    async (status) => {
      const target = await elsewhere();
      try {
        api.podProxy = () => ({
          status,
          body: '',
          headers: { Location: `${target.url}/latest/meta-data/iam/security-credentials/?token=x` },
        });
        const error = await podProxyFetcher(core)(
          'bookinfo',
          'reviews-v1-a1',
          15020,
          'stats/prometheus',
        ).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(MetricsError);
        expect((error as MetricsError).message).toBe(
          `Scraping pod bookinfo/reviews-v1-a1 (:15020 via the API server's pod proxy) answered with a redirect (HTTP ${status} to ${target.url}/latest/meta-data/iam/security-credentials/): refused, a scrape follows no redirect.`,
        );
        expect(target.hits).toEqual([]);
      } finally {
        await target.close();
      }
    },
  );

  test('within the API server (another pod port through its proxy) is refused too', async () => {
    api.podProxy = ({ port }) =>
      port === '15020'
        ? {
            status: 302,
            body: '',
            headers: { Location: '/api/v1/namespaces/bookinfo/pods/reviews-v1-a1:15000/proxy/config_dump' },
          }
        : { status: 200, body: 'the admin port' };
    const before = api.requests.length;
    const error = await podProxyFetcher(core)('bookinfo', 'reviews-v1-a1', 15020, 'stats/prometheus').catch(
      (e: unknown) => e,
    );
    expect((error as MetricsError).message).toMatch(
      /answered with a redirect \(HTTP 302 to \/api\/v1\/namespaces/,
    );
    // The scrape itself, and not the admin port it pointed at.
    expect(api.requests.slice(before).map((r) => decodeURIComponent(r.path))).toEqual([
      '/api/v1/namespaces/bookinfo/pods/reviews-v1-a1:15020/proxy/stats/prometheus',
    ]);
  });

  test('a plain answer still reads as before', async () => {
    api.podProxy = () => ({ status: 200, body: SAMPLE });
    expect(await podProxyFetcher(core)('bookinfo', 'reviews-v1-a1', 15020, 'stats/prometheus')).toBe(SAMPLE);
  });
});
