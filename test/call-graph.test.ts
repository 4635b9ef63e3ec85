/** Callers named through discovery: a workload's pods tell which Service it is. */
import { metricArrays } from '../src/core/series.js';
import { describe, expect, it } from '@jest/globals';
import { callersThroughDiscovery, serviceOfWorkload } from '../src/mesh/call-graph.js';
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
