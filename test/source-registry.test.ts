/**
 * The metrics sources are one registry (src/sources/registry.ts): the settings' list of names and the CLI's
 * choices are its names, each entry says what it needs and builds its source, and what a source can do beyond
 * collecting is a typed capability the preflight reads, not a guess at its shape.
 */
import { preflightScan } from '../src/app/preflight.js';
import { DEFAULT_CONFIG } from '../src/config/load.js';
import type { Baseline } from '../src/core/baseline.js';
import { MetricsError, SOURCE_NAMES, type MetricsSource, type ServiceKey } from '../src/core/types.js';
import { ISTIO } from '../src/mesh/dialects/istio.js';
import { SOURCES, SOURCE_ENTRY_NAMES, sourceEntry } from '../src/sources/registry.js';
import { runCli } from './support/cli.js';

const setup = {
  config: DEFAULT_CONFIG,
  connection: null,
  inventory: null,
  mesh: 'auto' as const,
  now: Date.now,
};

test('the settings and the CLI know the sources the registry lists, in its order', async () => {
  expect(SOURCE_ENTRY_NAMES).toEqual([...SOURCE_NAMES]);
  const help = await runCli(['scan', '--help'], { now: Date.now });
  expect(help.stdout.replace(/\s+/g, ' ')).toContain('(choices: "simulated", "prometheus", "sidecars")');
  expect(() => sourceEntry('graphite' as never)).toThrow('unknown metrics source "graphite"');
});

test('each entry says what it needs', () => {
  expect(
    Object.fromEntries(SOURCES.map((s) => [s.name, { ...s.needs, replaysLive: s.replaysLive }])),
  ).toEqual({
    simulated: { url: false, cluster: 'none', replaysLive: true },
    prometheus: { url: true, cluster: 'optional', replaysLive: false },
    sidecars: { url: false, cluster: 'required', replaysLive: false },
  });
  expect(SOURCES.filter((s) => s.status).map((s) => [s.name, s.status!.title])).toEqual([
    ['prometheus', 'Prometheus'],
  ]);
});

test('the simulated entry builds the seeded mesh, which names its services without a query', async () => {
  const config = {
    ...DEFAULT_CONFIG,
    simulated: { ...DEFAULT_CONFIG.simulated, topology: 'bookinfo', faults: [], rollouts: [] },
  };
  const source = await sourceEntry('simulated').build({ ...setup, config });
  expect(source.name).toBe('simulated');
  expect(source.listServices).toBeUndefined();
  expect(source.serviceKeys?.map((k) => k.name).sort()).toEqual([
    'details',
    'productpage',
    'ratings',
    'reviews',
  ]);
});

test('the Prometheus entry builds a source that lists services and tells its mesh', async () => {
  const config = {
    ...DEFAULT_CONFIG,
    prometheus: { ...DEFAULT_CONFIG.prometheus, url: 'http://127.0.0.1:1' },
  };
  const source = await sourceEntry('prometheus').build({ ...setup, config, mesh: 'istio' });
  try {
    expect(source.name).toBe('prometheus');
    expect(typeof source.listServices).toBe('function');
    expect(source.mesh?.name).toBe('istio');
  } finally {
    await source.close?.();
  }
});

/** A source that can list services, as a new backend would declare it: no cast anywhere. */
function listingSource(listed: ServiceKey[], mesh?: MetricsSource['mesh']): MetricsSource {
  return {
    name: 'prometheus',
    hasHistory: true,
    collect: () => Promise.reject(new Error('not read in a preflight')),
    listServices: async () => listed,
    ...(mesh ? { mesh } : {}),
  };
}

const preflight = (source: MetricsSource, baseline: Baseline | null = null) =>
  preflightScan({
    source,
    inventory: null,
    baseline,
    baselinePath: 'b.json',
    namespaces: [],
    window: { from: 0, to: 3_600_000, live: false },
  });

test('the preflight asks a source that can list services, and names the mesh it read', async () => {
  await expect(preflight(listingSource([], ISTIO))).rejects.toThrow(
    'no mesh metrics found at the metrics source: no Istio (sidecars) request metrics (istio_requests_total) in the window',
  );
  await expect(preflight(listingSource([]))).rejects.toBeInstanceOf(MetricsError);
  await expect(preflight(listingSource([{ namespace: 'shop', name: 'cart' }]))).resolves.toBeUndefined();
});

test('the preflight checks the baseline against the services a source knows without asking', async () => {
  const baseline = {
    services: ['a', 'b', 'c', 'd'].map((name) => ({ namespace: 'other', name })),
  } as unknown as Baseline;
  const knowing: MetricsSource = {
    name: 'simulated',
    hasHistory: true,
    collect: () => Promise.reject(new Error('not read in a preflight')),
    serviceKeys: [{ namespace: 'shop', name: 'cart' }],
  };
  await expect(preflight(knowing, baseline)).rejects.toThrow(
    'b.json is for another mesh (0 of 4 services match',
  );
});
