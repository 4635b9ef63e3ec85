#!/usr/bin/env node
// `npm run bench`: compile the benchmark (bench/*.ts and the src it imports) with the project's TypeScript into
// the gitignored build/bench, then run it, so the numbers are always those of the current source.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', join(root, 'bench', 'tsconfig.json')], {
  cwd: root,
  stdio: 'inherit',
});
const entry = join(root, 'build', 'bench', 'bench', 'main.js');
if (compiled.status !== 0) {
  // tsc still emits on type errors; a half-edited file elsewhere should not stop a benchmark run.
  if (!existsSync(entry)) process.exit(compiled.status ?? 1);
  console.error(
    'smanalyzer-bench: the TypeScript check reported errors (above); running the emitted JavaScript anyway',
  );
}
await import(pathToFileURL(entry).href);
