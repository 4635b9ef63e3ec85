/**
 * Property tests of the two parsers that read user files: the YAML config and the baseline. Whatever the
 * bytes, they return a value or throw their own typed error (ConfigError / BaselineError) — never a crash —
 * and a baseline they accept can be scanned against without one.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import * as yaml from 'js-yaml';
import { parseBaseline, checkCompatibility, type Baseline } from '../src/baseline/store.js';
import { DEFAULT_CONFIG, loadConfig, parseConfigFile } from '../src/config/load.js';
import { SimulatedSource } from '../src/sources/simulated/source.js';
import { analyseScan } from '../src/app/analyse.js';
import { runLearn } from '../src/app/pipeline.js';
import { BaselineError, ConfigError } from '../src/core/types.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const HOUR = 3_600_000;

/** Parses a config text the way the CLI does (file → defaults + overrides → validation). */
function loadConfigText(text: string): unknown {
  return loadConfig({ overrides: parseConfigFile(text, 'fuzz.yaml') });
}

function onlyThrows(errorClass: typeof ConfigError | typeof BaselineError, run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof errorClass)) throw error;
    // A user-facing error: one line of cause, one of fix.
    expect(error.message).not.toContain('\n');
    expect(error.fix.length).toBeGreaterThan(0);
  }
}

// Values the config keys expect and values they do not: units, bare numbers, lists, maps, junk.
const scalarValue = fc.oneof(
  fc.constantFrom(
    '5m',
    '90s',
    '1h30m',
    '250ms',
    '5%',
    '0.5x',
    '2x',
    'high',
    'severe',
    'warn',
    'fail',
    '',
    '-1',
  ),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);
const anyValue = fc.oneof(
  scalarValue,
  fc.array(scalarValue, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), scalarValue, { maxKeys: 3 }),
);
const KEYS = {
  '': [
    'source',
    'namespaces',
    'baseline',
    'step',
    'featureWindow',
    'learnDuration',
    'scanDuration',
    'unknownKey',
  ],
  rules: [
    'errorRatio',
    'trafficSpike',
    'trafficDrop',
    'latencyP99',
    'latencyFactor',
    'retryRatio',
    'timeoutRatio',
    'overflowRatio',
    'errorratio',
  ],
  model: ['sensitivity', 'kMax', 'seed'],
  gate: ['failOn', 'maxAnomalies', 'minRequests', 'warnOnly', 'onInsufficientData', 'onError', 'fail-on'],
  prometheus: ['url', 'headers', 'reporter', 'timeout', 'concurrency', 'caFile', 'insecureSkipVerify'],
  kube: ['kubeconfig', 'context'],
  sidecars: ['interval', 'concurrency'],
  simulated: ['topology', 'seed', 'faults'],
};
/** A config-shaped document: known sections and keys (plus a few near misses) with any values. */
const configDocument = fc
  .array(
    fc
      .constantFrom(...Object.keys(KEYS))
      .chain((section) =>
        fc.tuple(fc.constant(section), fc.constantFrom(...KEYS[section as keyof typeof KEYS]), anyValue),
      ),
    { maxLength: 8 },
  )
  .map((entries) => {
    const doc: Record<string, unknown> = {};
    for (const [section, key, value] of entries) {
      if (section === '') doc[key] = value;
      else doc[section] = { ...((doc[section] as object) ?? {}), [key]: value };
    }
    return doc;
  });

describe('the config parser', () => {
  test('any text is parsed or refused with a ConfigError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) =>
        onlyThrows(ConfigError, () => loadConfigText(text)),
      ),
      { numRuns: 3000 },
    );
  });

  test('any YAML value is parsed or refused with a ConfigError', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (value) => {
        let text: string;
        try {
          text = yaml.dump(value, { skipInvalid: true });
        } catch {
          return; // not representable in YAML: nothing to parse
        }
        onlyThrows(ConfigError, () => loadConfigText(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('any config-shaped document is parsed or refused with a ConfigError', () => {
    fc.assert(
      fc.property(configDocument, (doc) => onlyThrows(ConfigError, () => loadConfigText(yaml.dump(doc)))),
      { numRuns: 4000 },
    );
  });

  test('a config it accepts has every threshold finite and within its bounds', () => {
    fc.assert(
      fc.property(configDocument, (doc) => {
        let config: typeof DEFAULT_CONFIG;
        try {
          config = loadConfigText(yaml.dump(doc)) as typeof DEFAULT_CONFIG;
        } catch {
          return;
        }
        const { rules, gate } = config;
        for (const ratio of [rules.errorRatio, rules.retryRatio, rules.timeoutRatio, rules.overflowRatio]) {
          expect(ratio >= 0 && ratio <= 1).toBe(true);
        }
        expect(rules.trafficSpikeFactor).toBeGreaterThan(1);
        expect(rules.trafficDropFactor).toBeLessThan(1);
        expect(Number.isInteger(gate.maxAnomalies) && gate.maxAnomalies >= 0).toBe(true);
        expect(config.stepMs).toBeGreaterThanOrEqual(1000);
        expect(config.featureWindowMs).toBeGreaterThanOrEqual(4 * config.stepMs);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the baseline parser', () => {
  let dir: string;
  let validText: string;
  let valid: Baseline;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smanalyzer-fuzz-'));
    const config = loadConfig({
      overrides: {
        baselinePath: join(dir, 'baseline.json'),
        learnDurationMs: 2 * HOUR,
        simulated: { topology: 'bookinfo' },
      },
    });
    await runLearn({ config, now: () => NOW, log: () => undefined });
    validText = readFileSync(config.baselinePath, 'utf8');
    valid = JSON.parse(validText) as Baseline;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const parse = (text: string) => parseBaseline(text, 'fuzz-baseline.json', NOW);

  test('accepts the baseline learn wrote', () => {
    expect(parse(validText).services.length).toBe(valid.services.length);
  });

  test('any text is parsed or refused with a BaselineError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) =>
        onlyThrows(BaselineError, () => parse(text)),
      ),
      { numRuns: 3000 },
    );
  });

  test('any JSON value is refused with a BaselineError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        expect(() => parse(JSON.stringify(value))).toThrow(BaselineError);
      }),
      { numRuns: 2000 },
    );
  });

  test('a baseline cut short anywhere is refused with a BaselineError', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: validText.length - 2 }), (cut) => {
        // Trailing whitespace aside, any proper prefix of the JSON is incomplete.
        fc.pre(validText.slice(0, cut).trim().length < validText.trim().length);
        expect(() => parse(validText.slice(0, cut))).toThrow(BaselineError);
      }),
      { numRuns: 1000 },
    );
  });

  /** Every JSON path of the valid baseline: places to corrupt. */
  function paths(node: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
    if (node === null || typeof node !== 'object') return [prefix];
    const children = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node);
    return [prefix, ...children.flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }

  function mutate(
    base: Baseline,
    path: Array<string | number>,
    replacement: unknown,
    remove: boolean,
  ): unknown {
    const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
    if (path.length === 0) return replacement;
    let parent: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (remove) {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else parent[last] = replacement;
    return copy;
  }

  test('a baseline with any one value replaced or removed is parsed or refused, and one it accepts can be scanned', () => {
    const allPaths = paths(valid);
    const source = new SimulatedSource({ topology: 'bookinfo', seed: 1, faults: [] });
    let collected: Awaited<ReturnType<SimulatedSource['collect']>>;
    const config = { ...DEFAULT_CONFIG };
    return source
      .collect({ from: NOW - 10 * 60_000, to: NOW, stepMs: valid.stepMs, namespaces: [] })
      .then((c) => {
        collected = c;
        fc.assert(
          fc.property(
            fc.constantFrom(...allPaths),
            fc.oneof(
              fc.jsonValue({ maxDepth: 2 }),
              fc.double(),
              fc.constantFrom(0, -1, 1e308, '', 'x', null, [], {}),
            ),
            fc.boolean(),
            (path, replacement, remove) => {
              const text = JSON.stringify(mutate(valid, path, replacement, remove));
              let accepted: Baseline;
              try {
                accepted = parse(text);
              } catch (error) {
                if (!(error instanceof BaselineError)) throw error;
                return;
              }
              onlyThrows(BaselineError, () => {
                checkCompatibility(accepted, { source: 'simulated', namespaces: [] }, 'fuzz-baseline.json');
                analyseScan(collected, accepted, config, { baselinePath: 'fuzz-baseline.json', now: NOW });
              });
            },
          ),
          { numRuns: 1500 },
        );
      });
  });
});
