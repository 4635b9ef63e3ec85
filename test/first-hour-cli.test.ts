/**
 * The windows asked for are honoured or explained (item 6), the words a developer
 * reads (item 8), and the small things people expect (item 10).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { ensureBundle } from './support/action-runner.js';
import { runCli } from './support/cli.js';
import type { Report } from '../src/core/types.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-first-hour-'));
const baseline = join(dir, 'bookinfo.json');
/** The simulated mesh unless a test names a source: these tests are about the CLI, not a metrics backend. */
const simulated = (argv: string[]) =>
  ['learn', 'scan', 'monitor'].includes(argv[0]) && !argv.includes('--source')
    ? [argv[0], '--source', 'simulated', ...argv.slice(1)]
    : argv;
const run = (...argv: string[]) => runCli(simulated(argv), { now: () => NOW });

beforeAll(async () => {
  expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
});

describe('windows (item 6)', () => {
  test('learn on the default 24 h has nothing to warn about', async () => {
    const result = await run('learn', '--source', 'simulated', '--baseline', join(dir, 'day.json'));
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/Warning/);
  });

  test('learn over 6 h warns that the hour-of-day profile needs more', async () => {
    const result = await run(
      'learn',
      '--source',
      'simulated',
      '--baseline',
      join(dir, 'six.json'),
      '--duration',
      '6h',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^Warning: 6h of history is too short for the hour-of-day traffic profile \(it needs 20h\): traffic is judged against the window's mean, .* learn 24h for it$/m,
    );
  });

  test('--duration 1m below the model window is explained in the report, not silently turned into 2m', async () => {
    const result = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      baseline,
      '--duration',
      '1m',
      '--output',
      'json',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(Date.parse(report.window.to) - Date.parse(report.window.from)).toBe(120_000);
    expect(report.notes).toContain(
      'scanned 2m, not the 1m asked: the model judges 2m windows, the shortest scan it can judge',
    );
  });

  test.each([
    ['--from', '-1h'],
    ['--to', 'now'],
  ])('--duration with %s is an error naming both', async (flag, value) => {
    const result = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      baseline,
      '--duration',
      '5m',
      flag,
      value,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `Error: --duration 5m and ${flag} both given: a window is either timed from now or past\n` +
        'Fix: keep --duration for a live window, or --from/--to for a past one\n',
    );
  });
});

describe('words (item 8)', () => {
  test('one anomaly is "1 anomaly" in the Markdown summary', async () => {
    const result = await run(
      'scan',
      '--baseline',
      baseline,
      '--inject',
      'productpage:error_rate',
      '--output',
      'markdown',
    );
    const report = await run(
      'scan',
      '--baseline',
      baseline,
      '--inject',
      'productpage:error_rate',
      '--output',
      'json',
    );
    expect((JSON.parse(report.stdout) as Report).anomalies).toHaveLength(1);
    expect(result.stdout).toMatch(/\*\*found:\*\* 1 anomaly \(/);
    expect(result.stdout).not.toMatch(/\b1 (such )?anomalies\b/);
  });

  test('anomalies that counted but were allowed are not "none counted against the gate"', async () => {
    const result = await run('scan', '--baseline', baseline, '--inject', 'productpage:error_rate', '--inject', 'productpage:latency', '--max-anomalies', '5', '--output', 'json'); // prettier-ignore
    const report = JSON.parse(result.stdout) as Report;
    expect(report.verdict).toBe('warn');
    expect(report.summary.gatingAnomalies).toBeGreaterThanOrEqual(2);
    expect(report.summary.reason).toMatch(
      new RegExp(`^${report.summary.gatingAnomalies} anomalies at or above high, within the 5 allowed`),
    );
    expect(report.summary.reason).not.toMatch(/none counted/);
  });

  test('anomalies below fail-on say so', async () => {
    const result = await run('scan', '--baseline', baseline, '--inject', 'productpage:error_rate:0.07', '--fail-on', 'critical', '--sensitivity', '0.1', '--output', 'json'); // prettier-ignore
    const report = JSON.parse(result.stdout) as Report;
    expect(report.summary.gatingAnomalies).toBe(0);
    expect(report.summary.reason).toMatch(
      /^1 anomaly, all below fail-on critical: not counted against the gate/,
    );
  });
});

describe('small things people expect (item 10)', () => {
  test('smanalyzer version prints the version, like --version', async () => {
    const [version, flag] = await Promise.all([run('version'), run('--version')]);
    expect(version).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
    expect(flag.stdout).toBe(version.stdout);
  });

  test('-q prints the report and nothing else', async () => {
    const loud = await run('learn', '--baseline', join(dir, 'loud.json'));
    const quiet = await run('learn', '-q', '--baseline', join(dir, 'quiet.json'));
    expect(loud.stderr).toMatch(/^Learned 4 services/m);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    const scan = await run('scan', '--quiet', '--baseline', baseline, '--duration', '1m');
    expect(scan.stderr).toBe('');
    expect(scan.stdout).toMatch(/verdict PASS/);
  });

  describe('colour', () => {
    /** The CLI with stdout a terminal. */
    const onTerminal = async (env: NodeJS.ProcessEnv) => {
      let stdout = '';
      const code = await main(simulated(['scan', '--baseline', baseline, '--inject', 'reviews:latency']), {
        stdout: { write: (s: string) => (stdout += s), isTTY: true },
        stderr: { write: () => true, isTTY: true },
        env,
        now: () => NOW,
      });
      return { code, stdout };
    };

    test('on a terminal the verdict and severities are coloured', async () => {
      const { code, stdout } = await onTerminal({});
      expect(code).toBe(1);
      expect(stdout).toContain('\x1b[31mFAIL\x1b[0m');
      expect(stdout).toMatch(/\x1b\[35mCRITICAL\x1b\[0m|\x1b\[31mHIGH\x1b\[0m/);
    });

    test('NO_COLOR turns it off, and a pipe never gets it', async () => {
      expect((await onTerminal({ NO_COLOR: '1' })).stdout).not.toContain('\x1b[');
      const piped = await run('scan', '--baseline', baseline, '--inject', 'reviews:latency');
      expect(piped.stdout).not.toContain('\x1b[');
    });
  });

  test('monitor -o json writes one JSON document per line, each with its time', async () => {
    let waited = 0;
    const result = await runCli(
      simulated(['monitor', '--baseline', baseline, '--count', '3', '--every', '1m', '-o', 'json']),
      { now: () => NOW + waited, sleep: async (ms) => void (waited += ms) },
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const docs = lines.map((line) => JSON.parse(line) as Report & { time: string });
    expect(docs.map((d) => d.time)).toEqual([0, 1, 2].map((i) => new Date(NOW + i * 60_000).toISOString()));
    expect(docs.map((d) => d.verdict)).toEqual(['pass', 'pass', 'pass']);
  });

  test('status --help lists no scan-only flags', async () => {
    const help = (await run('status', '--help')).stdout;
    expect(help).toMatch(/--kubeconfig/);
    expect(help).toMatch(/--prometheus-url/);
    for (const flag of [
      '--inject',
      '--duration',
      '--from',
      '--to',
      '--topology',
      '--seed',
      '--fail-on',
      '--step',
    ]) {
      expect(help).not.toContain(flag);
    }
  });

  test.each([
    [['scan', '--fail-onn', 'high'], 'scan'],
    [['learn', '--no-such-flag'], 'learn'],
    [['status', '--inject', 'reviews:latency'], 'status'],
  ])("a flag error in %j names that command's help", async (argv, command) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`\\nFix: run "smanalyzer ${command} --help" for the flags\\.\\n$`),
    );
  });

  test('--inject ratings:error_rate:8% is a ratio, as in config files', async () => {
    const [percent, ratio] = await Promise.all(
      ['8%', '0.08'].map((m) =>
        run('scan', '--baseline', baseline, '--inject', `ratings:error_rate:${m}`, '--output', 'json'),
      ),
    );
    expect(percent.code).toBe(1);
    const [a, b] = [percent, ratio].map((r) => (JSON.parse(r.stdout) as Report).anomalies);
    expect(a.map((f) => [f.service, f.type])).toContainEqual(['ratings', 'error_rate']);
    expect(a).toEqual(b);
  });

  test('-n a,b is -n a -n b, like the Action', async () => {
    const path = join(dir, 'two-namespaces.json');
    expect((await run('learn', '-n', 'bookinfo,shop', '--baseline', path)).code).toBe(0);
    const learned = JSON.parse(readFileSync(path, 'utf8')) as { namespaces: string[] };
    expect(learned.namespaces).toEqual(['bookinfo', 'shop']);
  });
});

describe('npm run local-action (item 10)', () => {
  beforeAll(() => ensureBundle(), 600_000); // the script runs the CLI from dist/

  const env = readFileSync('examples/local-action.env', 'utf8').split('\n');
  const action = readFileSync('action.yml', 'utf8');

  test('documents every variable it sets', () => {
    const variables = env
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => /^[A-Z_][A-Z0-9_-]*=/.test(line));
    expect(variables.length).toBeGreaterThan(0);
    for (const { line, i } of variables) {
      const name = line.slice(0, line.indexOf('='));
      if (name.startsWith('INPUT_')) {
        // Documented by action.yml: the header says so, and the input must exist there.
        expect(action).toContain(`\n  ${name.slice('INPUT_'.length).toLowerCase()}:\n`);
      } else {
        // A comment right above it, or above the group of variables it belongs to.
        let above = i - 1;
        while (above > 0 && /^[A-Z_][A-Z0-9_-]*=/.test(env[above])) above--;
        expect(env[above]).toMatch(/^# \S/);
      }
    }
  });

  test('runs the Action on the simulated mesh and never touches ./smanalyzer-baseline.json', async () => {
    const before = existsSync('smanalyzer-baseline.json')
      ? readFileSync('smanalyzer-baseline.json', 'utf8')
      : null;
    const started = Date.now();
    const npm = process.env.npm_execpath;
    const child = spawn(npm ? process.execPath : 'npm', [...(npm ? [npm] : []), 'run', '-s', 'local-action']);
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    // The injected fault fails the gate: the Action ran to its verdict.
    expect(output).toMatch(/Verdict: fail\./);
    // local-action's stub of core.setFailed records the failure but, by design, never sets the process's exit
    // code (its source says so): the run ending at all is what its exit tells.
    expect(code).not.toBeNull();
    expect(statSync('build/local-action-report.json').mtimeMs).toBeGreaterThanOrEqual(started - 1000);
    const after = existsSync('smanalyzer-baseline.json')
      ? readFileSync('smanalyzer-baseline.json', 'utf8')
      : null;
    expect(after).toBe(before);
  }, 120_000);
});
