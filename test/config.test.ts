import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_CONFIG,
  loadConfig,
  parseConfigFile,
  parseDuration,
  parseFault,
  parseRatio,
  parseTime,
  resolveWindow,
} from '../src/config/load.js';
import { ConfigError } from '../src/core/types.js';
import { getInputs } from '../src/action/inputs.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
}

test('durations take units and compose', () => {
  expect(parseDuration('90s')).toBe(90_000);
  expect(parseDuration('5m')).toBe(300_000);
  expect(parseDuration('1h30m')).toBe(5_400_000);
  expect(parseDuration('250ms')).toBe(250);
});

test('a duration without a unit is refused rather than guessed', () => {
  expect(message(() => parseDuration('5'))).toBe('"5" is not a duration');
});

test('ratios accept percentages and fractions, not numbers above 1', () => {
  expect(parseRatio('5%', 'x')).toBeCloseTo(0.05, 12);
  expect(parseRatio(0.05, 'x')).toBe(0.05);
  expect(message(() => parseRatio(5, 'rules.errorRatio'))).toMatch(/rules.errorRatio: "5" is not a ratio/);
});

test('times are RFC3339, unix seconds, now or relative', () => {
  expect(parseTime('2026-11-25T10:00:00Z', NOW)).toBe(Date.parse('2026-11-25T10:00:00Z'));
  expect(parseTime('1764064800', NOW)).toBe(1_764_064_800_000);
  expect(parseTime('now', NOW)).toBe(NOW);
  expect(parseTime('-15m', NOW)).toBe(NOW - 900_000);
  expect(message(() => parseTime('yesterday', NOW))).toBe('"yesterday" is not a time');
});

test('a window without --from/--to is live; with them it is a past window', () => {
  expect(resolveWindow({ durationMs: 300_000 }, NOW)).toEqual({ from: NOW, to: NOW + 300_000, live: true });
  expect(resolveWindow({ from: '-1h', to: '-30m', durationMs: 1 }, NOW)).toEqual({
    from: NOW - 3_600_000,
    to: NOW - 1_800_000,
    live: false,
  });
  expect(message(() => resolveWindow({ from: '-1h', to: '-2h', durationMs: 1 }, NOW))).toMatch(
    /the window is empty/,
  );
});

test('faults are SERVICE:TYPE[:MAGNITUDE]', () => {
  expect(parseFault('reviews:latency:3')).toEqual({ service: 'reviews', type: 'latency', magnitude: 3 });
  expect(parseFault('ratings:error_rate')).toEqual({ service: 'ratings', type: 'error_rate' });
  expect(message(() => parseFault('reviews:slow'))).toBe('"reviews:slow" is not a fault to inject');
});

test('the YAML file takes units and maps onto the config', () => {
  const overrides = parseConfigFile(
    'namespaces: [bookinfo]\nscanDuration: 2m\nrules:\n  errorRatio: 2%\n  trafficSpike: 3x\ngate:\n  failOn: medium\n',
  );
  expect(overrides.namespaces).toEqual(['bookinfo']);
  expect(overrides.scanDurationMs).toBe(120_000);
  expect(overrides.rules?.errorRatio).toBeCloseTo(0.02, 12);
  expect(overrides.rules?.trafficSpikeFactor).toBe(3);
  expect(overrides.gate?.failOn).toBe('medium');
});

test('an unknown key is named with a did-you-mean', () => {
  expect(message(() => parseConfigFile('rules:\n  errorRatoi: 5%\n', 'smanalyzer.yaml'))).toBe(
    'smanalyzer.yaml: unknown key "rules.errorRatoi" (did you mean "errorRatio"?)',
  );
});

test('wrong types and units are named by path', () => {
  expect(message(() => parseConfigFile('scanDuration: 5\n', 'c.yaml'))).toMatch(
    /^c.yaml: scanDuration: "5" is not a duration/,
  );
  expect(message(() => parseConfigFile('gate:\n  failOn: severe\n', 'c.yaml'))).toMatch(
    /^c.yaml: gate.failOn: /,
  );
});

test('malformed YAML gives the line', () => {
  expect(message(() => parseConfigFile('rules:\n  errorRatio: [5%\n', 'c.yaml'))).toMatch(
    /^c.yaml: .* at line \d+/,
  );
});

test('flags override the file, which overrides the defaults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-config-'));
  const file = join(dir, 'c.yaml');
  writeFileSync(file, 'gate:\n  failOn: medium\n  maxAnomalies: 2\nrules:\n  errorRatio: 2%\n');
  const config = loadConfig({ file, overrides: { gate: { maxAnomalies: 5 } } });
  expect(config.gate.failOn).toBe('medium');
  expect(config.gate.maxAnomalies).toBe(5);
  expect(config.rules.errorRatio).toBeCloseTo(0.02, 12);
  expect(config.rules.trafficSpikeFactor).toBe(DEFAULT_CONFIG.rules.trafficSpikeFactor);
});

test('absurd thresholds are refused with every problem named', () => {
  expect(
    message(() => loadConfig({ overrides: { rules: { trafficSpikeFactor: 0.5, trafficDropFactor: 2 } } })),
  ).toBe('rules.trafficSpike 0.5x must be above 1x; rules.trafficDrop 2x must be below 1x');
});

function refusal(fn: () => unknown): { message: string; fix: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return { message: (e as ConfigError).message, fix: (e as ConfigError).fix };
  }
  throw new Error('expected a ConfigError');
}

test('a rule the file sets out of bounds is named with the file in the fix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-config-'));
  const file = join(dir, 'rules.yaml');
  writeFileSync(file, 'rules:\n  trafficDrop: 3x\n');
  expect(refusal(() => loadConfig({ file, env: {} }))).toEqual({
    message: 'rules.trafficDrop 3x must be below 1x',
    fix: `correct rules.trafficDrop in ${file}`,
  });
});

test('a bound holds whatever sets the value: the file, a flag or an input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-config-'));
  const file = join(dir, 'gate.yaml');
  writeFileSync(file, 'gate:\n  maxAnomalies: 2000000\n');
  expect(refusal(() => loadConfig({ file, env: {} })).message).toBe(
    `${file}: gate.maxAnomalies: must be at most 1000000`,
  );
  const overrides = { gate: { maxAnomalies: 2_000_000 } };
  expect(
    refusal(() =>
      loadConfig({ overrides, inferSource: { surface: 'cli', clusterGiven: false, optional: true } }),
    ),
  ).toEqual({
    message: '--max-anomalies must be at most 1000000',
    fix: 'change --max-anomalies',
  });
  expect(
    refusal(() =>
      loadConfig({ overrides, inferSource: { surface: 'action', clusterGiven: false, optional: true } }),
    ),
  ).toEqual({
    message: 'input max-anomalies must be at most 1000000',
    fix: 'change the input max-anomalies',
  });
});

test("the input context alone keeps the config file's kubeconfig", () => {
  const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-inputs-'));
  const file = join(dir, 'c.yaml');
  writeFileSync(file, 'kube:\n  kubeconfig: /etc/kube/staging\n');
  const { overrides } = getInputs((name) => (name === 'context' ? 'staging' : ''), {});
  expect(loadConfig({ file, overrides, env: {} }).kube).toMatchObject({
    kubeconfig: '/etc/kube/staging',
    context: 'staging',
  });
});
