#!/usr/bin/env node
// Generates the Action's inputs/outputs tables in docs/action.md from action.yml, between
// <!-- action-docs:start --> and <!-- action-docs:end -->. `--check` exits 1 when the page has drifted (or lost
// its markers): the tables are never edited by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as yaml from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';
const PAGE = 'docs/action.md';

const cell = (text) =>
  String(text ?? '')
    .replace(/\r?\n/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

export function renderTables(action) {
  const lines = ['## Inputs', '', '| Input | Default | Description |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const def = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``;
    lines.push(`| \`${name}\` | ${def} | ${cell(input.description)} |`);
  }
  lines.push('', '## Outputs', '', '| Output | Description |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  }
  return lines.join('\n');
}

function main() {
  const check = process.argv.includes('--check');
  const action = yaml.load(readFileSync(join(root, 'action.yml'), 'utf8'));
  const pagePath = join(root, PAGE);
  const page = existsSync(pagePath) ? readFileSync(pagePath, 'utf8') : '';
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) {
    console.error(
      `${PAGE} has no ${START} … ${END} markers: put them where the tables belong, then run this again.`,
    );
    process.exit(1);
  }
  const updated = `${page.slice(0, start + START.length)}\n${renderTables(action)}\n${page.slice(end)}`;
  if (updated === page) {
    console.log(`${PAGE} action tables are up to date.`);
    return;
  }
  if (check) {
    console.error(
      `${PAGE} action tables differ from action.yml: run \`node scripts/action-docs.mjs\` and commit.`,
    );
    process.exit(1);
  }
  writeFileSync(pagePath, updated);
  console.log(`${PAGE} action tables updated from action.yml.`);
}

main();
