#!/usr/bin/env node
// Generates the README's inputs/outputs tables from action.yml, between
// <!-- action-docs:start --> and <!-- action-docs:end -->. `--check` exits 1 when the README has drifted.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as yaml from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\r?\n/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

export function renderTables(action) {
  const lines = ['### Inputs', '', '| Input | Default | Description |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const def = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``;
    lines.push(`| \`${name}\` | ${def} | ${cell(input.description)} |`);
  }
  lines.push('', '### Outputs', '', '| Output | Description |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  }
  return lines.join('\n');
}

function main() {
  const check = process.argv.includes('--check');
  const action = yaml.load(readFileSync(join(root, 'action.yml'), 'utf8'));
  const readmePath = join(root, 'README.md');
  if (!existsSync(readmePath)) {
    console.log('README.md not found: nothing to update.');
    return;
  }
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    console.log(`README.md has no ${START} … ${END} markers: nothing to update.`);
    return;
  }
  const updated = `${readme.slice(0, start + START.length)}\n${renderTables(action)}\n${readme.slice(end)}`;
  if (updated === readme) {
    console.log('README.md action tables are up to date.');
    return;
  }
  if (check) {
    console.error(
      'README.md action tables differ from action.yml: run `node scripts/action-docs.mjs` and commit.',
    );
    process.exit(1);
  }
  writeFileSync(readmePath, updated);
  console.log('README.md action tables updated from action.yml.');
}

main();
