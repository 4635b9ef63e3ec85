/**
 * The sidecar transport: podProxyFetcher with the real @kubernetes/client-node against the Kubernetes API
 * emulator's pod-proxy route — the path it asks for, the errors a missing or forbidden pod becomes, and a live
 * mesh scraped end to end through it.
 */
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';

import { SidecarSource } from '../src/sources/sidecars/source.js';
import { podProxyFetcher } from '../src/sources/sidecars/scrape.js';
import { MetricsError } from '../src/core/types.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import { pod as podObject } from './support/mesh-fixtures.js';
import {
  bookinfo,
  FakeSidecar,
  FROM,
  INTERVAL,
  RATINGS,
  repeat,
  REVIEWS,
  seriesOf,
  TO,
} from './support/fake-sidecar-mesh.js';

describe('podProxyFetcher through the Kubernetes API emulator', () => {
  let api: KubeApiServer;
  let core: CoreV1Api;

  beforeAll(async () => {
    api = await startKubeApiServer();
    for (const [name, app] of [
      ['reviews-v1-a1', 'reviews'],
      ['reviews-v2-b2', 'reviews'],
      ['ratings-v1-c3', 'ratings'],
    ]) {
      api.addPod(podObject({ namespace: 'bookinfo', name, app }));
    }
    const kubeconfig = new KubeConfig();
    kubeconfig.loadFromString(api.kubeconfigYaml());
    core = kubeconfig.makeApiClient(CoreV1Api);
  });

  afterAll(async () => {
    await api?.close();
  });

  beforeEach(() => {
    api.requests.length = 0;
    api.podProxy = undefined;
  });

  test('fetches the sidecar text from /pods/{pod}:15020/proxy/stats/prometheus', async () => {
    const sidecar = new FakeSidecar('reviews-v1');
    sidecar.serve({ service: 'reviews', count: 3 });
    const seen: unknown[] = [];
    api.podProxy = (req) => {
      seen.push(req);
      return { status: 200, body: sidecar.text(), contentType: 'text/plain; version=0.0.4; charset=utf-8' };
    };
    const text = await podProxyFetcher(core)('bookinfo', 'reviews-v1-a1', 15020, 'stats/prometheus');
    expect(text).toBe(sidecar.text());
    expect(seen).toEqual([
      { namespace: 'bookinfo', pod: 'reviews-v1-a1', port: '15020', path: 'stats/prometheus' },
    ]);
    expect(decodeURIComponent(api.requests[0].path)).toBe(
      '/api/v1/namespaces/bookinfo/pods/reviews-v1-a1:15020/proxy/stats/prometheus',
    );
  });

  test('turns a pod the API server cannot find into a MetricsError that says so', async () => {
    const fetch = podProxyFetcher(core);
    await expect(fetch('bookinfo', 'gone-pod', 15020, 'stats/prometheus')).rejects.toThrow(MetricsError);
    await expect(fetch('bookinfo', 'gone-pod', 15020, 'stats/prometheus')).rejects.toThrow(/HTTP 404/);
  });

  test('turns a forbidden pod proxy into a MetricsError naming the missing permission', async () => {
    api.fail({ pathPrefix: '/api/v1/namespaces/bookinfo/pods/ratings-v1-c3' }, { status: 403, times: 1 });
    const error = await podProxyFetcher(core)('bookinfo', 'ratings-v1-c3', 15020, 'stats/prometheus').catch(
      (e) => e,
    );
    api.clearFaults();
    expect(error).toBeInstanceOf(MetricsError);
    expect((error as MetricsError).fix).toContain('pods/proxy');
    expect(JSON.stringify(error) + String(error)).not.toContain(api.token);
  });

  test('scrapes a live mesh end to end: advancing counters, a reset and a vanished pod', async () => {
    const mesh = bookinfo();
    const plan = mesh.onInterval;
    mesh.onInterval = (i, m) => {
      if (i === 5) m.sidecar('reviews-v1-a1').restart();
      if (i === 7 && m.sidecar('reviews-v2-b2')) m.removePod('bookinfo', 'reviews-v2-b2');
      plan(i, m);
    };
    api.podProxy = ({ namespace, pod, port, path: proxyPath }) => {
      const sidecar = mesh.sidecars.get(`${namespace}/${pod}`);
      if (!sidecar || port !== '15020' || proxyPath !== 'stats/prometheus') {
        return {
          status: 404,
          contentType: 'application/json',
          body: JSON.stringify({
            kind: 'Status',
            apiVersion: 'v1',
            status: 'Failure',
            reason: 'NotFound',
            code: 404,
          }),
        };
      }
      return { status: 200, body: sidecar.text(), contentType: 'text/plain; version=0.0.4; charset=utf-8' };
    };
    const source = new SidecarSource(
      {
        pods: async () => [...mesh.listed],
        fetchMetrics: podProxyFetcher(core),
        sleep: mesh.sleep,
        now: () => mesh.now,
      },
      { intervalMs: INTERVAL, concurrency: 2 },
    );
    const metrics = await source.collect({ from: FROM, to: TO, stepMs: INTERVAL, namespaces: [] });

    const reviews = seriesOf(metrics, REVIEWS);
    expect(reviews.requests).toEqual([...repeat(150, 7), ...repeat(100, 3)]);
    expect(reviews.values.errorRatio).toEqual([...repeat(10 / 150, 7), ...repeat(0, 3)]);
    for (const p99 of reviews.values.latencyP99) expect(p99).toBeCloseTo(99, 9);
    expect(seriesOf(metrics, RATINGS).values.requestRate).toEqual(repeat(2));
    expect(metrics.notes.some((n) => n.includes('bookinfo/reviews-v2-b2 vanished'))).toBe(true);
    expect(metrics.partial).toBe(false);
    const proxied = api.requests.filter((r) => r.path.includes('/proxy/'));
    expect(proxied).toHaveLength(3 * 8 + 2 * 3);
  });
});
