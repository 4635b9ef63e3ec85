/**
 * The scan history: the file (atomic rewrite, cap, corrupt lines skipped with a note), and `status`'s Recent
 * activity after three scans with known outcomes, through the CLI.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendHistory, defaultHistoryPath, readHistory } from '../src/app/history-file.js';
import { historyEntry, parseHistoryLine, recentActivity } from '../src/core/scan-history.js';
import { runCli } from './support/cli.js';
import { finding, report } from './support/action-report-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-history-'));
const HOUR = 3_600_000;
const T = Date.parse('2026-11-25T12:00:00Z');

describe('the history file', () => {
  it('sits next to the baseline', () => {
    expect(defaultHistoryPath('ci/smanalyzer-baseline.json')).toBe('ci/smanalyzer-baseline.history.jsonl');
    expect(defaultHistoryPath('base')).toBe('base.history.jsonl');
  });

  it('keeps the newest lines up to the cap, one JSON object a line, and leaves no temp file', () => {
    const path = join(dir, 'capped.history.jsonl');
    for (let i = 0; i < 5; i++) appendHistory(path, historyEntry(report(), T + i * 60_000), 3);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l).time)).toEqual(
      [2, 3, 4].map((i) => new Date(T + i * 60_000).toISOString()),
    );
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('skips a corrupt line with a note, and the next append drops it', () => {
    const path = join(dir, 'corrupt.history.jsonl');
    const good = JSON.stringify(historyEntry(report({}, [finding()]), T));
    writeFileSync(path, `${good}\n{"time": "truncat\n${good.replace('"fail"', '"maybe"')}\n${good}\n`);
    const read = readHistory(path);
    expect(read.entries).toHaveLength(2);
    expect(read.notes).toEqual([`skipped 2 corrupt lines in history ${path} (line 2, 3)`]);
    const appended = appendHistory(path, historyEntry(report(), T + HOUR), 100);
    expect(appended.entries).toHaveLength(3);
    expect(readHistory(path).notes).toEqual([]);
  });

  it('validates every field of a line (the file may come from an artifact)', () => {
    const good = historyEntry(report({}, [finding()]), T);
    expect(parseHistoryLine(JSON.stringify(good))).toEqual(good);
    for (const bad of [
      { ...good, verdict: 'ok' },
      { ...good, time: 'yesterday' },
      { ...good, servicesScanned: -1 },
      { ...good, findings: { ...good.findings, byType: { '<script>': 1 } } },
      { ...good, findings: { ...good.findings, bySeverity: { low: 0 } } },
      { ...good, baselineId: 'x'.repeat(65) },
    ])
      expect(parseHistoryLine(JSON.stringify(bad))).toBeNull();
    // JSON.parse keeps "__proto__" as a key of its own; zod's record would drop it, the line is refused.
    const line = JSON.stringify(good).replace('"byType":{', '"byType":{"__proto__":1,');
    expect(line).toContain('__proto__');
    expect(parseHistoryLine(line)).toBeNull();
  });

  it('reads a line without `partial` as a whole scan, and keeps only the fields it knows', () => {
    const good = historyEntry(report({}, [finding()]), T);
    const written = JSON.parse(JSON.stringify(good));
    delete written.partial;
    expect(parseHistoryLine(JSON.stringify({ ...written, extra: 'x' }))).toEqual({ ...good, partial: false });
  });

  it('counts anomalies per period and lists the last ten verdicts, newest first', () => {
    const at = (hoursAgo: number, findings: number) =>
      historyEntry(
        report(
          {},
          Array.from({ length: findings }, () => finding()),
        ),
        T - hoursAgo * HOUR,
      );
    const entries = [at(24 * 8, 9), at(24 * 3, 4), at(5, 2), at(0.5, 1)];
    const activity = recentActivity(entries, T);
    expect(activity.periods.map((p) => [p.label, p.scans, p.anomalies, p.failed])).toEqual([
      ['last hour', 1, 1, 1],
      ['last 24 h', 2, 3, 2],
      ['last 7 days', 3, 7, 3],
    ]);
    expect(activity.last.map((l) => l.anomalies)).toEqual([1, 2, 4, 9]);
  });
});

describe('status after three scans', () => {
  const baseline = join(dir, 'mesh.json');
  const history = defaultHistoryPath(baseline);

  beforeAll(async () => {
    const learned = await runCli(['learn', '--source', 'simulated', '--baseline', baseline], {
      now: () => T - 10 * 24 * HOUR,
    });
    expect(learned.code).toBe(0);
    // A clean scan three days ago, a latency fault five hours ago, an error fault ten minutes ago.
    const scans: Array<[number, string[], number]> = [
      [T - 72 * HOUR, [], 0],
      [T - 5 * HOUR, ['--inject', 'reviews:latency:4'], 1],
      [T - HOUR / 6, ['--inject', 'ratings:error_rate:0.2'], 1],
    ];
    for (const [at, inject, code] of scans) {
      const scanned = await runCli(
        // --history named: scans with injected faults are recorded only where asked.
        [
          'scan',
          '--source',
          'simulated',
          '--baseline',
          baseline,
          ...inject,
          '--history',
          history,
          '-o',
          'json',
        ],
        {
          now: () => at,
        },
      );
      expect(scanned.code).toBe(code);
    }
  }, 60_000);

  it('records one line per scan with its verdict and findings', () => {
    const { entries } = readHistory(history);
    expect(entries.map((e) => e.verdict)).toEqual(['pass', 'fail', 'fail']);
    expect(entries[1].findings.byType.latency).toBeGreaterThan(0);
    expect(entries[2].findings.byType.error_rate).toBeGreaterThan(0);
    expect(entries.every((e) => e.baselineId === entries[0].baselineId && e.servicesScanned === 4)).toBe(
      true,
    );
  });

  it('shows the counts per period and the last verdicts', async () => {
    const { entries } = readHistory(history);
    const [, second, third] = entries.map((e) => e.findings.total);
    const status = await runCli(['status', '--source', 'simulated', '--baseline', baseline], {
      now: () => T,
    });
    expect(status.code).toBe(0);
    const text = status.stdout;
    expect(text).toContain(`Recent activity   3 scans recorded in ${history}`);
    expect(text).toMatch(new RegExp(`last hour +${third} anomal\\w+ in 1 scan \\(1 failed, 0 warned\\)`));
    expect(text).toMatch(
      new RegExp(`last 24 h +${second + third} anomal\\w+ in 2 scans \\(2 failed, 0 warned\\)`),
    );
    expect(text).toMatch(
      new RegExp(`last 7 days +${second + third} anomal\\w+ in 3 scans \\(2 failed, 0 warned\\)`),
    );
    expect(text).toContain('last 3 verdicts (newest first)');
    expect(text.indexOf('FAIL')).toBeLessThan(text.indexOf('PASS'));
    const json = JSON.parse(
      (
        await runCli(['status', '--source', 'simulated', '--baseline', baseline, '-o', 'json'], {
          now: () => T,
        })
      ).stdout,
    );
    expect(json.recentActivity.periods.map((p: { scans: number }) => p.scans)).toEqual([1, 2, 3]);
    expect(json.recentActivity.last.map((l: { verdict: string }) => l.verdict)).toEqual([
      'fail',
      'fail',
      'pass',
    ]);
  });
});
