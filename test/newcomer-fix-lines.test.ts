/**
 * A newcomer's fix lines run as pasted: a learn command carrying the scan's connection flags (credential headers
 * named, never repeated), errors naming the flag typed or the config key and file, and no note about a step
 * nobody configured.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import { closeServers, fakePrometheus, NOW, run } from './support/newcomer-servers.js';

let dir: string;
let baseline: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-newcomer-'));
  baseline = join(dir, 'baseline.json');
  expect((await run('learn', '--source', 'simulated', '--baseline', baseline)).code).toBe(0);
}, 60_000);

afterAll(async () => {
  await closeServers();
  rmSync(dir, { recursive: true, force: true });
});

describe('fix lines that run as pasted', () => {
  test("a missing baseline's learn command carries the connection flags the scan was given", async () => {
    const url = await fakePrometheus();
    const absent = join(dir, 'absent.json');
    const result = await runCli(
      [
        'scan',
        '--prometheus-url',
        url,
        '-n',
        'shop',
        '--prometheus-header',
        'X-Scope-OrgID: team-a',
        '--mesh',
        'istio',
        '--baseline',
        absent,
      ],
      { now: () => NOW },
      {},
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `Error: no baseline at ${absent}\n` +
        `Fix: learn one first: smanalyzer learn --mesh istio --prometheus-url ${url} --prometheus-header 'X-Scope-OrgID: team-a' --namespace shop --baseline ${absent}\n`,
    );
  });

  test('a baseline of another source: the learn command reads the source this scan reads', async () => {
    const url = await fakePrometheus();
    const result = await runCli(
      ['scan', '--prometheus-url', url, '--baseline', baseline],
      { now: () => NOW },
      {},
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^Fix: learn a matching baseline: smanalyzer learn --prometheus-url ${url} --baseline ${baseline}$`,
        'm',
      ),
    );
  });

  test('a credential header is named in the command, never repeated', async () => {
    const result = await runCli(
      [
        'scan',
        '--prometheus-url',
        'http://127.0.0.1:9',
        '--prometheus-header',
        'Authorization: Bearer s3cr3t-t0ken',
        '--baseline',
        join(dir, 'none.json'),
      ],
      { now: () => NOW },
      {},
    );
    expect(result.stderr).toMatch(
      /--baseline \S+ \(with the same --prometheus-header 'Authorization: …'\)$/m,
    );
    expect(result.stderr).not.toMatch(/s3cr3t/);
  });

  test.each([
    [
      ['learn', '--source', 'simulated', '--duration', '100d'],
      '--duration 100d is not between 1s and 90d',
      'change --duration',
    ],
    [
      ['learn', '--source', 'simulated', '--duration', '1m'],
      "--duration 1m is shorter than the model's 2m window",
      'change --duration',
    ],
    [
      ['scan', '--source', 'simulated', '--step', '2m'],
      "--step 2m leaves fewer than 4 steps in the model's 2m window",
      'change --step',
    ],
    [
      ['scan', '--source', 'simulated', '--timeout', '1h'],
      '--timeout 1h is not between 100ms and 10m',
      'change --timeout',
    ],
  ])('%j names the flag typed, not a config key', async (argv, message, fix) => {
    const result = await run(...argv, '--baseline', join(dir, 'flag.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Error: ${message}`);
    expect(result.stderr).toMatch(new RegExp(`^Fix: ${fix}$`, 'm'));
    expect(result.stderr).not.toMatch(/learnDuration|scanDuration|prometheus\.timeout|(?<!-)\bstep \d/);
  });

  test('a value from the config file is named by its key there, with the file', async () => {
    const config = join(dir, 'long.yaml');
    writeFileSync(config, 'learnDuration: 100d\n');
    const result = await run(
      'learn',
      '--source',
      'simulated',
      '-c',
      config,
      '--baseline',
      join(dir, 'f.json'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `Error: learnDuration 100d is not between 1s and 90d\nFix: correct learnDuration in ${config}\n`,
    );
  });

  test("a scan at the baseline's own step says nothing of a step nobody configured", async () => {
    const coarse = join(dir, 'coarse.json');
    expect((await run('learn', '--source', 'simulated', '--step', '30s', '--baseline', coarse)).code).toBe(0);
    const plain = await run('scan', '--source', 'simulated', '--baseline', coarse, '-o', 'json');
    expect((JSON.parse(plain.stdout) as { notes: string[] }).notes.join('\n')).not.toMatch(/step/);
    const asked = await run(
      'scan',
      '--source',
      'simulated',
      '--baseline',
      coarse,
      '--step',
      '15s',
      '-o',
      'json',
    );
    expect((JSON.parse(asked.stdout) as { notes: string[] }).notes).toContain(
      "scanned at the baseline's step of 30s, not the 15s asked (--step)",
    );
  });
});
