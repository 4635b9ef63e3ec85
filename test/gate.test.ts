import { DEFAULT_CONFIG } from '../src/config/load.js';
import { decideVerdict } from '../src/core/gate.js';
import type { Finding, Severity } from '../src/core/types.js';

const policy = DEFAULT_CONFIG.gate;

function finding(severity: Severity): Finding {
  return {
    namespace: 'ns',
    service: 's',
    type: 'latency',
    severity,
    detector: 'rule',
    metric: 'latencyP99',
    observed: 2,
    expected: 1,
    expectedRange: [0.9, 1.1],
    threshold: 1.5,
    score: 1.3,
    description: 'd',
  };
}

test('no findings on judged services passes', () => {
  expect(decideVerdict({ findings: [], statuses: ['ok', 'ok'], partial: false }, policy)).toMatchObject({
    verdict: 'pass',
    gatingAnomalies: 0,
  });
});

test('a finding at or above fail-on fails; below it warns', () => {
  expect(
    decideVerdict({ findings: [finding('high')], statuses: ['anomalous'], partial: false }, policy).verdict,
  ).toBe('fail');
  expect(
    decideVerdict({ findings: [finding('medium')], statuses: ['anomalous'], partial: false }, policy).verdict,
  ).toBe('warn');
});

test('max-anomalies allows that many gating findings', () => {
  const two = {
    findings: [finding('high'), finding('critical')],
    statuses: ['anomalous' as const],
    partial: false,
  };
  expect(decideVerdict(two, { ...policy, maxAnomalies: 2 }).verdict).toBe('warn');
  expect(decideVerdict(two, { ...policy, maxAnomalies: 1 }).verdict).toBe('fail');
});

test('insufficient data is never a silent pass', () => {
  const quiet = { findings: [], statuses: ['ok' as const, 'insufficient-data' as const], partial: false };
  expect(decideVerdict(quiet, policy).verdict).toBe('warn');
  expect(decideVerdict(quiet, { ...policy, onInsufficientData: 'fail' }).verdict).toBe('fail');
});

test('partial data is never a full pass', () => {
  expect(decideVerdict({ findings: [], statuses: ['ok'], partial: true }, policy).verdict).toBe('warn');
});

test('advisory mode reports a failure as a warning and says so', () => {
  const decision = decideVerdict(
    { findings: [finding('critical')], statuses: ['anomalous'], partial: false },
    { ...policy, warnOnly: true },
  );
  expect(decision.verdict).toBe('warn');
  expect(decision.reason).toMatch(/advisory mode/);
});
