/**
 * The settings are declared once (src/core/settings.ts); what documents and surfaces them must agree with the
 * declaration: docs/configuration.md (its example config file, its table), the CLI's flags and the Action's inputs
 * in action.yml.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { DOC, EXAMPLE, exampleIn, generated } from '../scripts/config-docs.js';
import { loadConfig } from '../src/config/load.js';
import { SETTINGS } from '../src/core/settings.js';
import { runCli } from './support/cli.js';

const at = { now: () => Date.parse('2026-11-25T12:00:00Z') };

test('docs/configuration.md is what the declaration makes (npx tsx scripts/config-docs.ts)', () => {
  const doc = readFileSync(DOC, 'utf8');
  expect(generated(doc)).toBe(doc);
});

test('the generator refuses a drifted page with --check', () => {
  const tsx = join('node_modules', 'tsx', 'dist', 'cli.mjs');
  const check = (file?: string) =>
    execFileSync(process.execPath, [tsx, 'scripts/config-docs.ts', '--check', ...(file ? [file] : [])], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  expect(check()).toMatch(/up to date/);
  const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-config-docs-'));
  const drifted = join(dir, 'configuration.md');
  writeFileSync(drifted, readFileSync(DOC, 'utf8').replace('| `step` |', '| `stepp` |'));
  expect(() => check(drifted)).toThrow(/differs from src\/core\/settings.ts/);
}, 60_000);

test('the example config file on docs/configuration.md is one the loader reads', () => {
  const example = exampleIn(readFileSync(DOC, 'utf8'));
  expect(example).toBe(EXAMPLE);
  const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-config-docs-'));
  const file = join(dir, 'smanalyzer.yaml');
  writeFileSync(file, example);
  const config = loadConfig({ file, env: {} });
  expect(config).toMatchObject({
    source: 'prometheus',
    mesh: 'istio',
    namespaces: ['bookinfo', 'checkout'],
    stepMs: 15_000,
    scanDurationMs: 600_000,
    rules: { errorRatio: 0.02, trafficSpikeFactor: 3, latencyP99Ms: 500 },
    gate: { failOn: 'medium', maxAnomalies: 1, before: 30 * 60_000 },
    prometheus: {
      url: 'http://prometheus.istio-system:9090',
      headers: { 'X-Scope-OrgID': 'team-a' },
      timeoutMs: 30_000,
      maxResponseBytes: 128 * 1024 * 1024,
    },
    sidecars: { maxScrapeBytes: 32 * 1024 * 1024 },
  });
  // Every key it sets is a setting the table lists.
  const keys = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) =>
      value && typeof value === 'object' && !Array.isArray(value) && key !== 'headers'
        ? keys(value, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    );
  const declared = new Set(SETTINGS.map((s) => s.key));
  for (const key of keys(yaml.load(example) as object))
    expect({ key, declared: declared.has(key) }).toEqual({ key, declared: true });
});

test('every declared flag is an option of the commands that take it', async () => {
  const help = Object.fromEntries(
    await Promise.all(
      ['learn', 'scan', 'status'].map(async (command) => [
        command,
        (await runCli([command, '--help'], at)).stdout,
      ]),
    ),
  );
  for (const setting of SETTINGS) {
    const flag = setting.flag;
    if (!flag) continue;
    const commands = flag.for ? [flag.for] : ['scan'];
    for (const command of commands)
      for (const spec of [flag, ...(flag.with ? [flag.with] : [])])
        expect({ command, option: help[command].includes(`${spec.flags}  `) }).toEqual({
          command,
          option: true,
        });
  }
});

test('every declared input is in action.yml, and every input of action.yml that sets a setting is declared', () => {
  const action = yaml.load(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };
  const declared = new Set(SETTINGS.flatMap((s) => (s.input ? [s.input.name] : [])));
  for (const name of declared) expect(Object.keys(action.inputs)).toContain(name);
  // The inputs that are not settings: what the Action does, where its files and artifacts are, its comment.
  const actionOnly = [
    'mode',
    'from',
    'to',
    'deployed-at',
    'config',
    'baseline-artifact',
    'baseline-artifact-workflow',
    'baseline-artifact-branch',
    'baseline-trusted-events',
    'baseline-artifact-max-size',
    'comment',
    'comment-id',
    'github-token',
    'report-path',
    'report-html',
    'history-path',
    'history-limit',
    'history-artifact',
  ];
  expect(
    Object.keys(action.inputs)
      .filter((name) => !declared.has(name))
      .sort(),
  ).toEqual(actionOnly.sort());
});
