import { expectedRateAt, learnHourlyProfile, relativeToProfile } from '../src/core/traffic-profile.js';
import { envelopeScore, learnEnvelope } from '../src/core/model/kmeans.js';

const HOUR = 3_600_000;
const DAY0 = Date.parse('2026-11-24T00:00:00Z');

/** 24 h at 15 s steps where hour h serves h + 1 req/s. */
function staircase(): number[] {
  return Array.from({ length: 24 * 240 }, (_, i) => Math.floor(i / 240) + 1);
}

test('the profile is the median rate of each UTC hour', () => {
  const profile = learnHourlyProfile(staircase(), DAY0, 15_000)!;
  expect(profile).toEqual(Array.from({ length: 24 }, (_, h) => h + 1));
});

test('less than 20 covered hours gives no profile: the mean is used instead', () => {
  expect(learnHourlyProfile(staircase().slice(0, 19 * 240), DAY0, 15_000)).toBeNull();
});

test('the expectation is the hour itself at its centre and interpolates between centres', () => {
  const profile = Array.from({ length: 24 }, (_, h) => h + 1);
  expect(expectedRateAt(profile, DAY0 + 5.5 * HOUR)).toBeCloseTo(6, 12);
  expect(expectedRateAt(profile, DAY0 + 6 * HOUR)).toBeCloseTo(6.5, 12);
  // Midnight wraps: halfway between 23:30 (24 req/s) and 00:30 (1 req/s).
  expect(expectedRateAt(profile, DAY0 + 24 * HOUR)).toBeCloseTo(12.5, 12);
});

test('rates relative to the profile are 1 when traffic is as usual for its hour', () => {
  const profile = new Array(24).fill(10);
  expect(relativeToProfile([10, 20, null, 5], profile, DAY0, 15_000)).toEqual([1, 2, null, 0.5]);
});

test('the envelope widens the 0.5th–99.5th percentiles by three interquartile ranges', () => {
  const values = Array.from({ length: 1001 }, (_, i) => i / 1000); // 0..1: IQR 0.5
  const envelope = learnEnvelope(values, 0);
  expect(envelope.median).toBeCloseTo(0.5, 9);
  expect(envelope.low).toBeCloseTo(0.005 - 1.5, 9);
  expect(envelope.high).toBeCloseTo(0.995 + 1.5, 9);
  expect(envelopeScore(envelope, envelope.high, 1)).toBeCloseTo(1, 9);
  expect(envelopeScore(envelope, envelope.low, 1)).toBeCloseTo(-1, 9);
  expect(envelopeScore(envelope, 0.5, 1)).toBe(0);
});

test('a constant feature gets the spread floor, not a zero-width envelope', () => {
  const envelope = learnEnvelope([2, 2, 2, 2], 0.1);
  expect(envelope.high).toBeCloseTo(2.3, 9);
  expect(envelope.low).toBeCloseTo(1.7, 9);
});
