/** Callers named through discovery: a workload's pods tell which Service it is. */
import { metricArrays } from '../src/core/series.js';
import { describe, expect, it } from '@jest/globals';
import { callersThroughDiscovery, serviceOfWorkload } from '../src/mesh/call-graph.js';
import { callerFromLabels, callerWorkload } from '../src/mesh/naming.js';
import { MESH_DIALECTS } from '../src/mesh/dialects/index.js';
import type { MeshService } from '../src/mesh/types.js';
import type { EdgeSeries } from '../src/core/types.js';

function meshService(namespace: string, name: string, pods: string[]): MeshService {
  return {
    namespace,
    name,
    meshMode: 'sidecar',
    podsReady: pods.length,
    podsTotal: pods.length,
    pods: pods.map((p) => ({ name: p, ready: true })),
  };
}

const inventory = {
  services: [
    meshService('shop', 'reviews', ['reviews-v1-5b67c48447-mv5hb', 'reviews-v2-7d4f9c8b6-x2k9q']),
    meshService('shop', 'cart', ['cart-store-0', 'cart-store-1']),
    meshService('other', 'reviews', ['reviews-v1-6c5d8f7b9-abcde']),
  ],
};

describe('a workload mapped to its Service through discovery', () => {
  it('finds the Service of a Deployment’s and of a StatefulSet’s pods, in the workload’s namespace', () => {
    expect(serviceOfWorkload({ namespace: 'shop', name: 'reviews-v2' }, inventory)).toEqual({
      namespace: 'shop',
      name: 'reviews',
    });
    expect(serviceOfWorkload({ namespace: 'shop', name: 'cart-store' }, inventory)).toEqual({
      namespace: 'shop',
      name: 'cart',
    });
    expect(serviceOfWorkload({ namespace: 'other', name: 'reviews-v1' }, inventory)).toEqual({
      namespace: 'other',
      name: 'reviews',
    });
  });

  it('leaves a workload it cannot place, and a prefix of another workload’s name does not match', () => {
    expect(serviceOfWorkload({ namespace: 'shop', name: 'reviews' }, inventory)).toBeNull();
    expect(serviceOfWorkload({ namespace: 'shop', name: 'rev.*' }, inventory)).toBeNull();
  });

  it('renames edge callers and keeps entry points and unplaced callers as they were', () => {
    const edge = (caller: string | null, workload?: string): EdgeSeries => ({
      caller: caller === null ? null : { namespace: 'shop', name: caller },
      callee: { namespace: 'shop', name: 'ratings' },
      service: { namespace: 'shop', name: 'ratings' },
      side: 'client',
      requests: [1],
      values: metricArrays((metric) => [metric === 'errorRatio' ? 0 : metric === 'latencyP99' ? 5 : null]),
      unavailable: [],
      ...(workload ? { callerWorkload: { namespace: 'shop', name: workload } } : {}),
    });
    const out = callersThroughDiscovery(
      [edge('reviews-v2', 'reviews-v2'), edge(null), edge('batch', 'batch')],
      inventory,
    );
    expect(out.map((e) => e.caller?.name ?? null)).toEqual(['reviews', null, 'batch']);
  });
});

describe("a caller's labels are data from the calling proxies", () => {
  const naming = MESH_DIALECTS.istio.client.caller;
  const labels = (workload: string, namespace = 'shop', canonical = workload) => ({
    source_workload: workload,
    source_workload_namespace: namespace,
    source_canonical_service: canonical,
  });

  it('names a caller that Kubernetes could have named', () => {
    expect(
      callerFromLabels(naming, labels('reviews-v2', 'shop', 'reviews'), new Set(['shop/reviews'])),
    ).toEqual({
      namespace: 'shop',
      name: 'reviews',
    });
  });

  it.each([
    ['a workload that is markup', labels('<img src=x onerror=alert(1)>')],
    ['a namespace with a terminal escape', labels('reviews', 'shop\u001b[2J')],
    ['a workload of 300 characters', labels('a'.repeat(300))],
  ])('counts %s with the traffic from outside, under no name of its own', (_, hostile) => {
    expect(callerWorkload(naming, hostile)).toBeUndefined();
    expect(callerFromLabels(naming, hostile, new Set())).toBeNull();
  });

  it('passes over a canonical name that is not a Kubernetes name, for the workload', () => {
    expect(callerFromLabels(naming, labels('ratings', 'shop', 'x"}) or vector(1'), new Set())).toEqual({
      namespace: 'shop',
      name: 'ratings',
    });
  });
});
