/**
 * The test command checks the types of everything it runs before a single test: `npm run test:all` begins with
 * `npm run build` (tsc over src/, test/, bench/ and scripts/), because the tests run through ts-jest without type
 * checking (isolated modules) and a type error would otherwise pass unseen until the bundle is built.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { include: string[] };

test('test:all type-checks before linting, installing or running a test', () => {
  expect(packageJson.scripts['test:all'].split(' && ')[0]).toBe('npm run build');
  expect(packageJson.scripts.build).toBe('tsc -p tsconfig.json --noEmit');
});

test('the type check covers the source, the tests, the benchmark, the shared harness and the scripts', () => {
  expect(tsconfig.include).toEqual(
    expect.arrayContaining([
      'src/**/*.ts',
      'test/**/*.ts',
      'bench/**/*.ts',
      'harness/**/*.ts',
      'scripts/**/*.ts',
    ]),
  );
});

test('a type error in the core fails the type check', () => {
  // Under build/ (git-ignored): a file of the project's tree, checked with the project's own settings.
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'build', 'typecheck-'));
  try {
    const file = join(dir, 'broken.ts');
    writeFileSync(
      file,
      "import { decideVerdict } from '../../src/core/gate.js';\nexport const wrong: number = decideVerdict;\n",
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../tsconfig.json',
        include: ['broken.ts'],
        compilerOptions: { noEmit: true },
      }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/broken\.ts\(2,14\): error TS2322/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
