/**
 * The dialects part of the benchmark, its pure pieces: the suite (as many clean windows as faulty ones, every case
 * each round, contiguous stretches after a learning day, only faults every dialect can show) and the block length
 * that makes promtool write the data as one block.
 */
import { buildDialectSuite, DIALECT_CASES, DIALECT_VARIANTS, oneBlockHours } from '../bench/dialects.js';

const HOUR = 3_600_000;

describe('the suite every dialect is given', () => {
  const suite = buildDialectSuite(2);

  test('holds every case twice on a busy service, and as many clean windows', () => {
    const faulty = suite.windows.filter((w) => w.fault);
    expect(faulty).toHaveLength(2 * DIALECT_CASES.length);
    expect(suite.windows.length - faulty.length).toBe(faulty.length);
    expect(new Set(faulty.map((w) => w.fault!.label))).toEqual(new Set(DIALECT_CASES.map((c) => c.label)));
    expect(faulty.map((w) => w.fault!.service)).not.toContain('boutique/emailservice');
  });

  test('shows only faults whose signals every dialect reads from requests', () => {
    expect(new Set(DIALECT_CASES.map((c) => c.type))).toEqual(
      new Set(['latency', 'error_rate', 'traffic_spike', 'traffic_drop', 'timeout']),
    );
  });

  test('learns a whole day, then lays its stretches end to end, each fault in its own', () => {
    expect(suite.learn.to - suite.learn.from).toBe(24 * HOUR);
    for (let i = 1; i < suite.periods.length; i++)
      expect(suite.periods[i].from).toBe(suite.periods[i - 1].to);
    expect(suite.periods[0].from).toBeLessThan(suite.learn.from);
    expect(suite.periods.at(-1)!.to).toBe(suite.end);
    for (const window of suite.windows) {
      const period = suite.periods.find((p) => p.from === window.start)!;
      expect(period.faults.map((f) => f.service)).toEqual(window.fault ? [window.fault.service] : []);
    }
  });

  test('is the same on every run', () => {
    expect(buildDialectSuite(2).windows).toEqual(suite.windows);
  });

  test('is written in every dialect, ambient with one service seen at L4 only', () => {
    expect(DIALECT_VARIANTS.map((v) => v.mesh)).toEqual(
      expect.arrayContaining(['istio', 'istio-ambient', 'linkerd']),
    );
    expect(DIALECT_VARIANTS.find((v) => v.name === 'istio-ambient')?.ambient?.withoutWaypoint).toEqual([
      'emailservice',
    ]);
  });
});

describe('one promtool block', () => {
  test.each([
    [Date.UTC(2026, 0, 5, 1), Date.UTC(2026, 0, 5, 2)],
    [Date.UTC(2026, 0, 4, 23, 50), Date.UTC(2026, 0, 6, 10, 50)],
    [Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 9)],
  ])('holds [%d, %d) in one aligned block of 2 h × 3^k', (from, to) => {
    const hours = oneBlockHours(from, to);
    let power = hours / 2;
    while (power % 3 === 0) power /= 3;
    expect(power).toBe(1);
    const size = hours * HOUR;
    expect(Math.floor(from / size)).toBe(Math.floor((to - 1) / size));
    if (hours > 2) {
      const smaller = (hours / 3) * HOUR;
      expect(Math.floor(from / smaller)).not.toBe(Math.floor((to - 1) / smaller));
    }
  });
});
