/**
 * `npm run test:all` installs Prometheus only in CI or when asked, and puts back what it changed on any exit.
 * harness/install-servers.sh runs with a PATH that has no prometheus and an apt-get stand-in that records
 * what it was asked (and whether the policy-rc.d was there meanwhile); the policy-rc.d is moved to a temporary
 * path. CI runs the README's own test command, which asks for the install (.ci/run).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/action-runner.js';

const SCRIPT = join(ROOT, 'harness', 'install-servers.sh');
let dir: string;
let bin: string;
let policy: string;
let calls: string;

/** A bin folder with only what the script needs, and an apt-get that does `behaviour`. */
function setUp(behaviour: 'fail' | 'install' | 'hang'): void {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-install-'));
  bin = join(dir, 'bin');
  policy = join(dir, 'policy-rc.d');
  calls = join(dir, 'apt-get.calls');
  spawnSync('mkdir', [bin]);
  for (const tool of ['bash', 'id', 'tee', 'chmod', 'rm', 'cat', 'sleep']) {
    const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(found, join(bin, tool));
  }
  const stub = [
    '#!/bin/sh',
    `echo "apt-get $* policy:$(test -e '${policy}' && echo there || echo absent)" >> '${calls}'`,
    'case "$1" in update) exit 0 ;; esac',
    behaviour === 'fail' ? 'exit 100' : '',
    behaviour === 'hang' ? 'sleep 2; exit 0' : '',
    // A successful install puts the binaries on PATH.
    `printf '#!/bin/sh\\n' > '${bin}/prometheus'; printf '#!/bin/sh\\n' > '${bin}/promtool'`,
    `printf '#!/bin/sh\\n' > '${bin}/victoria-metrics'`,
    `chmod +x '${bin}/prometheus' '${bin}/promtool' '${bin}/victoria-metrics'`,
  ].join('\n');
  writeFileSync(join(bin, 'apt-get'), stub + '\n');
  chmodSync(join(bin, 'apt-get'), 0o755);
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: bin, SMANALYZER_POLICY_RC_D: policy, ...extra };
}
function run(extra: Record<string, string> = {}) {
  return spawnSync(join(bin, 'bash'), [SCRIPT], { env: env(extra), encoding: 'utf8' });
}
const aptCalls = () => (existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : []);

test('not asked and not in CI: installs nothing, says how, and fails', () => {
  setUp('install');
  const result = run();
  expect(result.status).toBe(1);
  expect(aptCalls()).toEqual([]);
  expect(result.stderr).toContain('sudo apt-get install -y prometheus victoria-metrics');
  expect(result.stderr).toContain('SMANALYZER_INSTALL_PROMETHEUS=1 npm run test:all');
  expect(existsSync(policy)).toBe(false);
});

test.each<Record<string, string>>([{ SMANALYZER_INSTALL_PROMETHEUS: '1' }, { CI: 'true' }])(
  'asked (%j): installs with the policy-rc.d in place, then removes it',
  (asked) => {
    setUp('install');
    const result = run(asked);
    expect(result.status).toBe(0);
    expect(aptCalls()).toEqual([
      'apt-get update -qq policy:there',
      'apt-get install -y -qq --no-install-recommends prometheus victoria-metrics policy:there',
    ]);
    expect(existsSync(policy)).toBe(false);
  },
);

test('a failed install still removes the policy-rc.d it made', () => {
  setUp('fail');
  const result = run({ SMANALYZER_INSTALL_PROMETHEUS: '1' });
  expect(result.status).not.toBe(0);
  expect(aptCalls()[1]).toMatch(/policy:there$/);
  expect(existsSync(policy)).toBe(false);
});

test('an install stopped with SIGTERM removes it too', async () => {
  setUp('hang');
  const child = spawn(join(bin, 'bash'), [SCRIPT], { env: env({ CI: 'true' }), stdio: 'ignore' });
  // Wait until apt-get install is running, with the policy-rc.d in place.
  for (let i = 0; i < 100 && !aptCalls().some((line) => line.includes('install')); i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(existsSync(policy)).toBe(true);
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(143);
  expect(existsSync(policy)).toBe(false);
}, 20_000);

test('a policy-rc.d that was already there is left as it was', () => {
  setUp('install');
  writeFileSync(policy, '#!/bin/sh\nexit 0\n');
  expect(run({ CI: 'true' }).status).toBe(0);
  expect(readFileSync(policy, 'utf8')).toBe('#!/bin/sh\nexit 0\n');
});

test("CI runs the README's test command, which asks for the install", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const command = /## Try it: two commands[\s\S]*?```sh\n(npm ci && [^\n]*test:all)\n```/.exec(readme)?.[1];
  expect(command).toBe('npm ci && SMANALYZER_INSTALL_PROMETHEUS=1 npm run test:all');
  const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
  expect(ci.split('\n')).toContain(command);
  expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts['test:all']).toContain(
    'bash harness/install-servers.sh',
  );
});
