import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkCompatibility,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  writeBaselineAtomically,
} from '../src/baseline/store.js';
import { BaselineError } from '../src/core/types.js';
import { learnSimulated, NOW } from './support/engine.js';

const baseline = learnSimulated('bookinfo', 1, 6);
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-baseline-'));

function refusal(fn: () => unknown): BaselineError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BaselineError);
    return e as BaselineError;
  }
  throw new Error('expected a BaselineError');
}

test('a written baseline reads back equal, and leaves no temp file behind', () => {
  const path = join(dir, 'round-trip.json');
  writeBaselineAtomically(path, baseline);
  expect(readBaseline(path, NOW)).toEqual(baseline);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('learning the same data twice gives the same bytes', () => {
  expect(serializeBaseline(learnSimulated('bookinfo', 1, 6))).toBe(serializeBaseline(baseline));
});

test('it records the schema version, tool, window, step, buckets and per-service models', () => {
  expect(baseline.schemaVersion).toBe(1);
  expect(baseline.tool.name).toBe('smanalyzer');
  expect(baseline.stepMs).toBe(15_000);
  expect(baseline.histogramBuckets.length).toBeGreaterThan(10);
  expect(Date.parse(baseline.window.to) - Date.parse(baseline.window.from)).toBe(6 * 3_600_000);
  expect(baseline.services.map((s) => s.name)).toEqual(['details', 'productpage', 'ratings', 'reviews']);
  expect(Object.keys(baseline.services[0].models).sort()).toEqual(
    ['errors', 'joint', 'latency', 'overflow', 'retries', 'timeouts', 'traffic'].sort(),
  );
});

test('a truncated file is refused as not JSON, with the fix', () => {
  const text = serializeBaseline(baseline);
  const error = refusal(() => parseBaseline(text.slice(0, text.length / 2), 'b.json', NOW));
  expect(error.message).toBe('b.json is not valid JSON (truncated or corrupted?)');
  expect(error.fix).toMatch(/smanalyzer learn/);
});

test('another schema version is refused by name', () => {
  const text = JSON.stringify({ ...baseline, schemaVersion: 2 });
  expect(refusal(() => parseBaseline(text, 'b.json', NOW)).message).toBe(
    'b.json has baseline schema version 2; this smanalyzer reads version 1',
  );
});

test('a structurally broken file names the field', () => {
  const broken = JSON.parse(serializeBaseline(baseline));
  broken.services[0].models.latency.thresholds[0] = -1;
  expect(refusal(() => parseBaseline(JSON.stringify(broken), 'b.json', NOW)).message).toMatch(
    /services\.0\.models\.latency\.thresholds\.0: must be above 0/,
  );
});

test('a baseline from the future is refused', () => {
  const text = JSON.stringify({ ...baseline, createdAt: new Date(NOW + 86_400_000).toISOString() });
  expect(refusal(() => parseBaseline(text, 'b.json', NOW)).message).toMatch(/created in the future/);
});

test('a missing file says how to learn one', () => {
  const error = refusal(() => readBaseline(join(dir, 'absent.json'), NOW));
  expect(error.message).toMatch(/^no baseline at /);
  expect(error.fix).toMatch(/^learn one first: smanalyzer learn --baseline /);
});

test('a baseline learned on other namespaces is refused', () => {
  const narrow = { ...baseline, namespaces: ['bookinfo'] };
  const error = refusal(() =>
    checkCompatibility(narrow, { source: 'simulated', namespaces: ['shop'] }, 'b.json'),
  );
  expect(error.message).toBe('b.json covers namespaces bookinfo; this scan asks for shop');
  expect(() =>
    checkCompatibility(narrow, { source: 'simulated', namespaces: ['bookinfo'] }, 'b.json'),
  ).not.toThrow();
});

test('a baseline learned on every namespace serves any namespace', () => {
  expect(() =>
    checkCompatibility(baseline, { source: 'simulated', namespaces: ['shop'] }, 'b.json'),
  ).not.toThrow();
});

test('another source, bucket layout or cluster is refused', () => {
  expect(
    refusal(() => checkCompatibility(baseline, { source: 'prometheus', namespaces: [] }, 'b.json')).message,
  ).toMatch(/learned from simulated metrics; this scan reads prometheus/);
  expect(
    refusal(() =>
      checkCompatibility(
        baseline,
        { source: 'simulated', namespaces: [], histogramBuckets: [1, 10, 100] },
        'b.json',
      ),
    ).message,
  ).toMatch(/latency buckets/);
  const onCluster = { ...baseline, cluster: { server: 'https://a:6443', context: 'a' } };
  expect(
    refusal(() =>
      checkCompatibility(
        onCluster,
        { source: 'simulated', namespaces: [], cluster: { server: 'https://b:6443' } },
        'b.json',
      ),
    ).message,
  ).toMatch(/learned on cluster https:\/\/a:6443; this scan is on https:\/\/b:6443/);
});

test('a failed write keeps the previous baseline and reports the cause', () => {
  const path = join(dir, 'keep.json');
  writeFileSync(path, 'previous');
  refusal(() => writeBaselineAtomically(join(dir, 'no-such-dir', 'b.json'), baseline));
  expect(readFileSync(path, 'utf8')).toBe('previous');
});
