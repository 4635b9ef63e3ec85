/**
 * The files the CLI writes, as a user finds them:
 * - a baseline, report or history made private (chmod 600) stays private when it is rewritten (atomic writes
 *   renamed a fresh 644 file over it);
 * - twelve scans at once leave twelve whole lines in the history (each renamed its copy over the others': 8 were
 *   left), and the history limit still keeps the newest lines;
 * - --report and --report-html hold no terminal control or bidi override that Prometheus error text carried, as
 *   stdout holds none.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBundle, ROOT } from './support/action-runner.js';
import { runCli } from './support/cli.js';
import { parseHistory } from '../src/core/scan-history.js';
import type { Report } from '../src/core/types.js';

const CLI = join(ROOT, 'bin', 'smanalyzer.js');
const NOW = Date.parse('2026-11-25T12:00:00Z');
const clock = { now: () => NOW };
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-files-'));
const baseline = join(dir, 'baseline.json');
const mode = (path: string) => statSync(path).mode & 0o777;

beforeAll(async () => {
  ensureBundle();
  expect((await runCli(['learn', '--source', 'simulated', '-b', baseline], clock)).code).toBe(0);
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file made private stays private when it is rewritten', () => {
  test('the baseline (learn again), the report and the history (scan again): 600 stays 600', async () => {
    const report = join(dir, 'private-report.json');
    const history = join(dir, 'private.history.jsonl');
    const scan = () =>
      runCli(
        ['scan', '--source', 'simulated', '-b', baseline, '--report', report, '--history', history, '-q'],
        clock,
      );
    expect((await scan()).code).toBe(0);
    for (const file of [baseline, report, history]) chmodSync(file, 0o600);
    expect((await runCli(['learn', '--source', 'simulated', '-b', baseline, '-q'], clock)).code).toBe(0);
    expect((await scan()).code).toBe(0);
    expect([mode(baseline), mode(report), mode(history)]).toEqual([0o600, 0o600, 0o600]);
    // And it was rewritten, not left alone: two scans in the history.
    expect(parseHistory(readFileSync(history, 'utf8')).entries).toHaveLength(2);
  });

  test('a new file is 644 (less the umask), and a 640 one stays 640', async () => {
    const report = join(dir, 'shared-report.json');
    const scan = () =>
      runCli(['scan', '--source', 'simulated', '-b', baseline, '--report', report, '-q'], clock);
    expect((await scan()).code).toBe(0);
    expect(mode(report) & ~0o022).toBe(0o644 & ~0o022);
    chmodSync(report, 0o640);
    expect((await scan()).code).toBe(0);
    expect(mode(report)).toBe(0o640);
  });
});

describe('twelve scans at once', () => {
  /** The bundled CLI as separate processes, as twelve CI jobs on one runner would start it. */
  function scan(history: string, limit?: number): Promise<number | null> {
    const args = [CLI, 'scan', '--source', 'simulated', '-b', baseline, '--history', history, '-q'];
    if (limit !== undefined) args.push('--history-limit', String(limit));
    const child = spawn(process.execPath, args, { cwd: dir, stdio: 'ignore' });
    return new Promise((resolve) => child.on('close', resolve));
  }

  test('leave twelve whole lines in the history', async () => {
    const history = join(dir, 'busy.history.jsonl');
    const codes = await Promise.all(Array.from({ length: 12 }, () => scan(history)));
    expect(codes).toEqual(new Array(12).fill(0));
    const read = parseHistory(readFileSync(history, 'utf8'));
    expect(read.corruptLines).toEqual([]);
    expect(read.entries).toHaveLength(12);
  }, 120_000);

  test('keep only the newest lines the history limit allows', async () => {
    const history = join(dir, 'limited.history.jsonl');
    // Ten lines already there, the oldest first.
    const old = Array.from({ length: 10 }, (_, i) =>
      JSON.stringify({
        time: new Date(NOW - (10 - i) * 60_000).toISOString(),
        verdict: 'pass',
        partial: false,
        findings: {
          total: 0,
          gating: 0,
          bySeverity: { low: 0, medium: 0, high: 0, critical: 0 },
          byType: {},
        },
        servicesScanned: 4,
        baselineId: 'old',
      }),
    );
    writeFileSync(history, old.join('\n') + '\n');
    const codes = await Promise.all(Array.from({ length: 12 }, () => scan(history, 15)));
    expect(codes).toEqual(new Array(12).fill(0));
    const read = parseHistory(readFileSync(history, 'utf8'));
    expect(read.corruptLines).toEqual([]);
    // 22 written, the 15 newest kept: 3 of the old ones and all 12 scans.
    expect(read.entries).toHaveLength(15);
    expect(read.entries.filter((e) => e.baselineId === 'old')).toHaveLength(3);
  }, 120_000);

  test('a lock left by a scan that was killed does not stop the next one', async () => {
    const history = join(dir, 'orphan.history.jsonl');
    // A pid that is not running: the holder is gone.
    writeFileSync(`${history}.lock`, '2147483646');
    expect(await scan(history)).toBe(0);
    expect(parseHistory(readFileSync(history, 'utf8')).entries).toHaveLength(1);
  }, 60_000);

  test("twelve scans that all find a killed scan's lock take it over one at a time: twelve whole lines", async () => {
    const history = join(dir, 'orphan-busy.history.jsonl');
    writeFileSync(`${history}.lock`, '2147483646');
    const codes = await Promise.all(Array.from({ length: 12 }, () => scan(history)));
    expect(codes).toEqual(new Array(12).fill(0));
    const read = parseHistory(readFileSync(history, 'utf8'));
    expect(read.corruptLines).toEqual([]);
    expect(read.entries).toHaveLength(12);
  }, 120_000);
});

describe('report files hold no terminal controls or bidi overrides', () => {
  // What a hostile (or broken) Prometheus puts in its error text.
  const HOSTILE = 'boom\x1b[2J\x1b]8;;https://evil.example\x07click\x1b]8;;\x07 \u202Egnp.exe\u2066';

  test('--report and --report-html, with the error in the notes (on-error: warn)', async () => {
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(500, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ status: 'error', errorType: 'internal', error: HOSTILE }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const promBaseline = join(dir, 'prom-baseline.json');
      const learned = JSON.parse(readFileSync(baseline, 'utf8')) as { source: string };
      writeFileSync(promBaseline, JSON.stringify({ ...learned, source: 'prometheus' }));
      const report = join(dir, 'hostile-report.json');
      const html = join(dir, 'hostile-report.html');
      const run = await runCli(
        [
          'scan',
          '--prometheus-url',
          url,
          '-b',
          promBaseline,
          '--from',
          '-10m',
          '--to',
          'now',
          '--on-error',
          'warn',
          '--report',
          report,
          '--report-html',
          html,
          '-o',
          'json',
        ],
        { now: () => Date.now() },
      );
      expect(run.code).toBe(0);
      const written = readFileSync(report, 'utf8');
      const parsed = JSON.parse(written) as Report;
      // The fault is reported, its words kept…
      expect(parsed.notes.join('\n')).toContain('(internal: boomclick gnp.exe)');
      // …without a single control or bidi character, raw or as a JSON escape.
      for (const text of [written, readFileSync(html, 'utf8'), run.stdout]) {
        expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
        expect(text).not.toMatch(/\\u00(1b|07|9b)|\\u202e|\\u2066/i);
      }
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);
});
