/**
 * The sidecar source's versions, alone: each scrape's increases summed per version label and value, and a bound on
 * how many versions of one Service are read (label values are whatever the proxies wrote).
 */
import { SIGNAL_NAMES, type SignalName, type SignalReading } from '../src/mesh/dialect.js';
import { ISTIO } from '../src/mesh/dialects/istio.js';
import type { SidecarSnapshot } from '../src/sources/sidecars/snapshot.js';
import { MAX_VERSIONS_PER_SERVICE, VersionTracker } from '../src/sources/sidecars/versions.js';

const FROM = Date.UTC(2026, 0, 6, 12);
const STEP = 15_000;
const reviews = { namespace: 'books', name: 'reviews' };
const views = Object.fromEntries(SIGNAL_NAMES.map((name) => [name, ['labels']])) as Record<
  SignalName,
  SignalReading[]
>;

/** One pod's scrape: `requests` requests of each version named. */
function snapshot(versions: string[], requests: number): SidecarSnapshot {
  const counters = new Map(
    versions.map((version) => [
      version,
      {
        service: reviews,
        requests: true,
        view: 'labels' as const,
        signals: [],
        value: requests,
        versions: { destination_version: version },
      },
    ]),
  );
  return { counters, histograms: new Map(), clusterStats: new Set() };
}

test('two versions of a Service: each its own requests, the label that split it named', () => {
  const tracker = new VersionTracker(FROM, FROM + 4 * STEP, STEP, ISTIO);
  tracker.add(FROM, FROM + STEP, snapshot(['v1', 'v2'], 0), snapshot(['v1', 'v2'], 30));
  const { versionsSeen, versions } = tracker.result([reviews], [STEP, STEP, STEP, STEP], views, []);
  expect(versionsSeen).toEqual([{ service: reviews, versions: ['v1', 'v2'] }]);
  expect(versions.map((v) => [v.version, v.service, v.requests[0]])).toEqual([
    ['v1', reviews, 30],
    ['v2', reviews, 30],
  ]);
});

test(`past ${MAX_VERSIONS_PER_SERVICE} versions of one Service the rest are not read, and the Service is named`, () => {
  const many = Array.from(
    { length: MAX_VERSIONS_PER_SERVICE + 8 },
    (_, i) => `v${String(i).padStart(2, '0')}`,
  );
  const tracker = new VersionTracker(FROM, FROM + 4 * STEP, STEP, ISTIO);
  tracker.add(FROM, FROM + STEP, snapshot(many, 0), snapshot(many, 5));
  const { versionsSeen } = tracker.result([reviews], [STEP, STEP, STEP, STEP], views, []);
  expect(versionsSeen[0].versions).toHaveLength(MAX_VERSIONS_PER_SERVICE);
  expect([...tracker.cap.overCap]).toEqual(['books/reviews']);
});
