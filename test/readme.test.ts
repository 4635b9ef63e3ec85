import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { TOOL_VERSION } from '../src/core/version.js';

test("docs/action.md's input and output tables match action.yml", () => {
  // Exits 1 (and execFileSync throws) when the generated tables have drifted.
  const out = execFileSync(process.execPath, ['scripts/action-docs.mjs', '--check'], { encoding: 'utf8' });
  expect(out).toMatch(/up to date/);
});

test('the version stamped into reports is the package version', () => {
  expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(TOOL_VERSION);
});
