/**
 * Writes the generated parts of docs/configuration.md: a worked example config file (between
 * <!-- example:start --> and <!-- example:end -->) and the settings table from the settings' declaration
 * (src/core/settings.ts, between <!-- settings:start --> and <!-- settings:end -->). `--check` exits 1 when the
 * file has drifted; test/config-docs.test.ts runs it, and loads the example through the real loader.
 * Run: npx tsx scripts/config-docs.ts [--check] [PAGE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatDuration } from '../src/core/duration.js';
import { SETTINGS, type Setting } from '../src/core/settings.js';

export const DOC = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'configuration.md');
/** The page the command line reads and writes: docs/configuration.md, or the path given (a copy, in a test). */
const target = () => process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? DOC;

/**
 * A config file as a team would write one: a Prometheus gate a little stricter than the defaults. Every key is
 * one of the table's, in its unit; test/config-docs.test.ts loads it through the loader.
 */
export const EXAMPLE = `# smanalyzer.yaml: smanalyzer scan --config smanalyzer.yaml (or the Action's config input)
source: prometheus
mesh: istio
namespaces: [bookinfo, checkout]
baseline: smanalyzer-baseline.json
step: 15s                  # a duration: a number and its unit (ms, s, m, h, d)
scanDuration: 10m          # the window of a timed scan
rules:
  errorRatio: 2%           # a ratio: 2% or 0.02
  trafficSpike: 3x         # a factor
  latencyP99: 500ms        # an absolute p99 bound (default: none)
gate:
  failOn: medium
  maxAnomalies: 1
  before: 30m              # the reference window before the deploy; 0 turns it off
prometheus:
  url: http://prometheus.istio-system:9090
  headers: { X-Scope-OrgID: team-a }
  timeout: 30s
  maxResponseSize: 128     # whole MiB
sidecars:
  maxScrapeSize: 32MiB     # a size
`;

const code = (text: string) => `\`${text}\``;
const cell = (text: string) => text.replace(/\|/g, '\\|');
const percent = (ratio: number) => `${Number((ratio * 100).toPrecision(6))}%`;

/** How each unit is written in the file, with an example. */
const UNIT_WORDS: Record<Setting['unit'], string> = {
  duration: 'duration (`90s`, `5m`, `1h`)',
  ratio: 'ratio (`5%` or `0.05`)',
  factor: 'factor (`2x`)',
  size: 'size (`64MiB`, `512KiB`), 1KiB–4GiB',
  mebibytes: 'whole MiB',
  count: 'whole number',
  integer: 'whole number',
  number: 'number',
  boolean: '`true` or `false`',
  choice: 'one of',
  severity: 'one of',
  text: 'text',
  url: 'http(s) URL',
  namespaces: 'list of namespace names',
  headers: 'map of header: value',
  version: 'version label value',
  sigv4: '`{ region, service }`',
  faults: 'list of `SERVICE[@VERSION]:TYPE[:MAGNITUDE][@-AGO]`',
  rollouts: 'list of `SERVICE:VERSION[:SHARE]`',
  secret: 'text (a credential)',
};

function shown(setting: Setting, value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : code(JSON.stringify(value));
  if (typeof value === 'object')
    return Object.keys(value).length === 0 ? 'none' : code(JSON.stringify(value));
  if (typeof value !== 'number') return code(String(value));
  switch (setting.unit) {
    case 'duration':
      return code(formatDuration(value));
    case 'ratio':
      return code(percent(value));
    case 'factor':
      return code(`${value}x`);
    case 'size':
    case 'mebibytes':
      return code(`${value / 1024 / 1024}MiB`);
    default:
      return code(String(value));
  }
}

function valueWords(setting: Setting): string {
  const words = [UNIT_WORDS[setting.unit]];
  if (setting.choices) words[0] += ` ${setting.choices.map(code).join(', ')}`;
  const { min, max, above, below } = setting.bounds ?? {};
  const unit =
    setting.unit === 'ratio' ? percent : setting.unit === 'factor' ? (v: number) => `${v}x` : String;
  const length = setting.unit === 'text' || setting.unit === 'version' ? ' characters' : '';
  if (above !== undefined) words.push(`above ${unit(above)}`);
  if (below !== undefined) words.push(`below ${unit(below)}`);
  if (min !== undefined && max !== undefined) words.push(`${min}–${max}${length}`);
  else if (length && min === 1) words.push('not empty');
  else if (min !== undefined) words.push(`at least ${min}${length}`);
  else if (max !== undefined) words.push(`at most ${max}${length}`);
  if (setting.zeroTurnsOff) words.push('`0`: off');
  return words.join(', ');
}

function flagWords(setting: Setting): string {
  const { flag } = setting;
  if (!flag) return '';
  const long = (flags: string) => code(/--[a-z0-9-]+/.exec(flags)?.[0] ?? flags);
  const parts = [long(flag.flags), ...(flag.with ? [long(flag.with.flags)] : [])].join(', ');
  return `${parts}${flag.for ? ` (${flag.for})` : ''}${flag.env ? ` (or ${code(flag.env)})` : ''}`;
}

function inputWords(setting: Setting): string {
  const { input } = setting;
  if (!input) return '';
  return `${code(input.name)}${input.for ? ` (mode ${input.for === 'scan' ? 'scan, status, comment' : input.for})` : ''}`;
}

/** One row per setting, in the order of the file. */
export function renderSettingsTable(): string {
  const rows = SETTINGS.map((setting) => {
    const key = setting.key ? code(setting.key) : '';
    const env = setting.env ? setting.env.map(code).join(', ') : '';
    return `| ${key} | ${cell(valueWords(setting))} | ${shown(setting, setting.default)} | ${flagWords(setting)} | ${inputWords(setting)} | ${env} | ${cell(setting.description)} |`;
  });
  return [
    '| Key in the file | Value | Default | Flag | Action input | Environment | What it does |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The document with the part between `<!-- name:start -->` and `<!-- name:end -->` replaced by `content`. */
function between(doc: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${DOC} has no ${start} … ${end} markers`);
  return `${doc.slice(0, from + start.length)}\n${content}\n${doc.slice(to)}`;
}

/** The document with its generated parts (the example, the settings table) as the declaration makes them. */
export function generated(doc: string): string {
  return between(between(doc, 'example', `\`\`\`yaml\n${EXAMPLE}\`\`\``), 'settings', renderSettingsTable());
}

/** The example as docs/configuration.md shows it (what a reader copies). */
export function exampleIn(doc: string): string {
  const from = doc.indexOf('<!-- example:start -->');
  return /```yaml\n([\s\S]*?)```/.exec(doc.slice(from))?.[1] ?? '';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const doc = readFileSync(target(), 'utf8');
  const updated = generated(doc);
  if (updated === doc) console.log('docs/configuration.md is up to date.');
  else if (process.argv.includes('--check')) {
    console.error(
      'docs/configuration.md differs from src/core/settings.ts: run `npx tsx scripts/config-docs.ts`.',
    );
    process.exit(1);
  } else {
    writeFileSync(target(), updated);
    console.log('docs/configuration.md updated from src/core/settings.ts.');
  }
}
