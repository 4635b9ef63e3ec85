/**
 * How a sidecar scrape is read: the counter maths behind every increase (growth, resets, series first seen) and
 * how one scrape's istio_requests_total and outbound cluster names become per-Service counts by kind.
 */
import { parseExposition } from '../src/sources/sidecars/exposition.js';
import { classifyRequests, readSidecarSnapshot } from '../src/sources/sidecars/snapshot.js';
import { counterIncrease, snapshotIncrease } from '../src/sources/sidecars/increase.js';
import { ISTIO } from '../src/mesh/dialects/istio.js';
import { clusterService } from '../src/sources/sidecars/snapshot.js';
import { FakeSidecar, RATINGS, REVIEWS } from './support/fake-sidecar-mesh.js';

const CLUSTER_NAME = new RegExp(`^(?:${ISTIO.clusterStats!.servicePattern})$`);
const outboundClusterService = (name: string | undefined) => clusterService(CLUSTER_NAME, name);

describe('counter maths', () => {
  test('a counter that grew increased by the difference', () => {
    expect(counterIncrease(40, 55)).toBe(15);
  });

  test('a counter that went down was reset, so its whole new value is the increase', () => {
    expect(counterIncrease(500, 30)).toBe(30);
  });

  test('a series first seen since the last scrape counts from zero', () => {
    expect(counterIncrease(undefined, 7)).toBe(7);
  });

  test('a histogram series whose buckets went down is reset as a whole', () => {
    const before = new FakeSidecar('reviews-v1');
    before.serve({ service: 'reviews', count: 1000 });
    const after = new FakeSidecar('reviews-v1');
    after.serve({ service: 'reviews', count: 200 });
    const service = { namespace: 'bookinfo', name: 'reviews' };
    const increase = snapshotIncrease(
      readSidecarSnapshot(parseExposition(before.text()), service, ISTIO),
      readSidecarSnapshot(parseExposition(after.text()), service, ISTIO),
    ).get('bookinfo/reviews')!;
    // Uniform on [0, 100]: 200 requests put 200 × le/100 in each bucket up to 100 ms.
    expect(increase.requests).toBe(200);
    expect(increase.latencyBuckets.get(50)).toBe(100);
    expect(increase.latencyBuckets.get(Infinity)).toBe(200);
  });
});

describe('reading a sidecar scrape', () => {
  test.each([
    ['a 503', { response_code: '503' }, ['requests', 'errors']],
    ['no response at all (code 0)', { response_code: '0' }, ['requests', 'errors']],
    [
      'a gRPC error behind HTTP 200',
      { response_code: '200', grpc_response_status: '14' },
      ['requests', 'errors'],
    ],
    ['a gRPC OK', { response_code: '200', grpc_response_status: '0' }, ['requests']],
    ['a 404', { response_code: '404' }, ['requests']],
    ['a 504', { response_code: '504' }, ['requests', 'errors', 'timeouts']],
    ['an upstream timeout flag', { response_code: '200', response_flags: 'UT' }, ['requests', 'timeouts']],
    // Retry and overflow flags are set by the caller's proxy (reporter="source"), not read here (mesh/istio.ts).
    [
      'an overflow flag among others',
      { response_code: '503', response_flags: 'URX,UO' },
      ['requests', 'errors'],
    ],
  ])('classifies %s', (_, labels, kinds) => {
    expect(classifyRequests(ISTIO, labels)).toEqual(kinds);
  });

  test('maps an outbound cluster name to the Service it targets', () => {
    expect(outboundClusterService('outbound|9080|v1|reviews.bookinfo.svc.cluster.local')).toEqual(REVIEWS);
  });

  test('ignores inbound and non-Kubernetes clusters', () => {
    expect(
      ['inbound|9080||', 'outbound|443||api.example.com', 'BlackHoleCluster', undefined].map(
        outboundClusterService,
      ),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('reads only the destination reporter of istio_requests_total', () => {
    const text = [
      '# TYPE istio_requests_total counter',
      'istio_requests_total{reporter="source",destination_service_name="reviews",destination_service_namespace="bookinfo",response_code="200"} 99',
      'istio_requests_total{reporter="destination",destination_service_name="reviews",destination_service_namespace="bookinfo",response_code="200"} 5',
    ].join('\n');
    const snapshot = readSidecarSnapshot(parseExposition(text), RATINGS, ISTIO);
    expect([...snapshot.counters.values()].map((s) => s.value)).toEqual([5]);
  });

  test("falls back to the pod's Service when the series names none", () => {
    const text =
      'istio_requests_total{reporter="destination",destination_service_name="unknown",response_code="200"} 5\n';
    const snapshot = readSidecarSnapshot(parseExposition(text), RATINGS, ISTIO);
    expect([...snapshot.counters.values()][0].service).toEqual(RATINGS);
  });
});
