import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { TOOL_VERSION } from '../src/core/version.js';

test("docs/action.md's input and output tables match action.yml", () => {
  // Exits 1 (and execFileSync throws) when the generated tables have drifted.
  const out = execFileSync(process.execPath, ['scripts/action-docs.mjs', '--check'], { encoding: 'utf8' });
  expect(out).toMatch(/up to date/);
});

test('the version stamped into reports is the package version', () => {
  expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(TOOL_VERSION);
});

test('every page in docs/ is linked from the README, and every link there leads to a page', () => {
  const readme = readFileSync('README.md', 'utf8');
  const linked = new Set([...readme.matchAll(/\]\((docs\/[\w-]+\.md)[)#]/g)].map((m) => m[1]));
  const pages = readdirSync('docs').filter((name) => name.endsWith('.md'));
  for (const page of pages) expect(linked).toContain(`docs/${page}`);
  for (const link of linked) expect(pages).toContain(link.slice('docs/'.length));
});

test('every file the README and docs/ name exists', () => {
  const pages = [
    'README.md',
    ...readdirSync('docs')
      .filter((n) => n.endsWith('.md'))
      .map((n) => `docs/${n}`),
  ];
  const named = new Set<string>();
  for (const page of pages)
    for (const m of readFileSync(page, 'utf8').matchAll(
      /`((?:src|test|harness|bench|scripts|examples)\/[\w./-]+\.(?:ts|js|mjs|sh|yml|yaml|json|env))`/g,
    ))
      named.add(m[1]);
  expect(named.size).toBeGreaterThan(30);
  expect([...named].filter((path) => !existsSync(path))).toEqual([]);
});
