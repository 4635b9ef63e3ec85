/**
 * Parses the Prometheus text exposition format (0.0.4): what a sidecar serves on :15020/stats/prometheus.
 * Owns metric families (# HELP / # TYPE), samples with escaped label values, special floats and optional
 * timestamps. Pure: text in, families out.
 *
 * Why not a library: the one npm parser (parse-prometheus-text-format) merges every labelled histogram
 * series into one bucket map, which loses the labels Istio's histograms are keyed by.
 */
import { MetricsError } from '../../core/types.js';

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

export interface Sample {
  /** The sample's own name, e.g. `istio_request_duration_milliseconds_bucket`. */
  name: string;
  labels: Record<string, string>;
  value: number;
  /** Milliseconds since the epoch, when the exposition carries one. */
  timestampMs?: number;
}

export interface MetricFamily {
  /** The family name from # TYPE (a histogram's base name, without `_bucket`/`_sum`/`_count`). */
  name: string;
  type: MetricType;
  help?: string;
  samples: Sample[];
}

const METRIC_TYPES: readonly MetricType[] = ['counter', 'gauge', 'histogram', 'summary', 'untyped'];
const NAME_START = /[a-zA-Z_:]/;
const NAME_CHAR = /[a-zA-Z0-9_:]/;
const LABEL_START = /[a-zA-Z_]/;
const LABEL_CHAR = /[a-zA-Z0-9_]/;

/** Suffixes a histogram / summary family's samples carry. */
const FAMILY_SUFFIXES: Record<MetricType, readonly string[]> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['_sum', '_count'],
  counter: [],
  gauge: [],
  untyped: [],
};

/** Parses a whole exposition into its families, in the order they first appear. */
export function parseExposition(text: string): MetricFamily[] {
  const families = new Map<string, MetricFamily>();
  const familyOf = (name: string): MetricFamily => {
    let family = families.get(name);
    if (!family) {
      family = { name, type: 'untyped', samples: [] };
      families.set(name, family);
    }
    return family;
  };
  // A sample belongs to a declared histogram/summary when its name is the family name plus a suffix.
  const ownerOf = (sampleName: string): MetricFamily => {
    const exact = families.get(sampleName);
    if (exact) return exact;
    for (const suffix of ['_bucket', '_sum', '_count']) {
      if (!sampleName.endsWith(suffix)) continue;
      const base = families.get(sampleName.slice(0, -suffix.length));
      if (base && FAMILY_SUFFIXES[base.type].includes(suffix)) return base;
    }
    return familyOf(sampleName);
  };

  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    const lineNumber = i + 1;
    const trimmed = line.trimStart();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      parseComment(trimmed, lineNumber, familyOf);
      continue;
    }
    const sample = parseSampleLine(trimmed, lineNumber);
    ownerOf(sample.name).samples.push(sample);
  }
  return [...families.values()];
}

/** Every sample of the named family (empty when the family is absent). */
export function samplesOf(families: readonly MetricFamily[], familyName: string): Sample[] {
  return families.find((f) => f.name === familyName)?.samples ?? [];
}

function parseComment(line: string, lineNumber: number, familyOf: (name: string) => MetricFamily): void {
  // "# HELP name text" and "# TYPE name type"; any other comment is ignored.
  const match = /^#[ \t]+(HELP|TYPE)[ \t]+(\S+)(?:[ \t]+(.*))?$/.exec(line);
  if (!match) return;
  const [, keyword, name, rest = ''] = match;
  if (!isMetricName(name)) throw syntaxError(lineNumber, `invalid metric name "${name}" in # ${keyword}`);
  const family = familyOf(name);
  if (keyword === 'HELP') {
    family.help = unescapeHelp(rest);
    return;
  }
  const type = rest.trim().toLowerCase() as MetricType;
  if (!METRIC_TYPES.includes(type)) throw syntaxError(lineNumber, `unknown metric type "${rest.trim()}"`);
  if (family.samples.length > 0 && family.type !== type) {
    throw syntaxError(lineNumber, `# TYPE for "${name}" comes after its samples`);
  }
  family.type = type;
}

function parseSampleLine(line: string, lineNumber: number): Sample {
  let pos = 0;
  const fail = (what: string): never => {
    throw syntaxError(lineNumber, `${what} at column ${pos + 1}`);
  };
  const skipBlanks = () => {
    while (pos < line.length && (line[pos] === ' ' || line[pos] === '\t')) pos++;
  };

  if (!NAME_START.test(line[pos] ?? '')) fail('expected a metric name');
  const nameStart = pos;
  while (pos < line.length && NAME_CHAR.test(line[pos])) pos++;
  const name = line.slice(nameStart, pos);

  const labels: Record<string, string> = {};
  skipBlanks();
  if (line[pos] === '{') {
    pos++;
    for (;;) {
      skipBlanks();
      if (line[pos] === '}') break;
      if (!LABEL_START.test(line[pos] ?? '')) fail('expected a label name');
      const labelStart = pos;
      while (pos < line.length && LABEL_CHAR.test(line[pos])) pos++;
      const labelName = line.slice(labelStart, pos);
      skipBlanks();
      if (line[pos] !== '=') fail(`expected "=" after label "${labelName}"`);
      pos++;
      skipBlanks();
      if (line[pos] !== '"') fail(`expected a quoted value for label "${labelName}"`);
      pos++;
      let value = '';
      for (;;) {
        const ch = line[pos];
        if (ch === undefined) fail(`unterminated value for label "${labelName}"`);
        pos++;
        if (ch === '"') break;
        if (ch !== '\\') {
          value += ch;
          continue;
        }
        const escaped = line[pos];
        pos++;
        if (escaped === '\\') value += '\\';
        else if (escaped === '"') value += '"';
        else if (escaped === 'n') value += '\n';
        else fail(`invalid escape "\\${escaped ?? ''}" in label "${labelName}"`);
      }
      if (Object.hasOwn(labels, labelName)) fail(`duplicate label "${labelName}"`);
      labels[labelName] = value;
      skipBlanks();
      if (line[pos] === ',') {
        pos++;
        continue;
      }
      if (line[pos] !== '}') fail('expected "," or "}"');
      break;
    }
    pos++; // the closing brace
  }

  const rest = line.slice(pos).trim();
  if (rest === '') fail('expected a value');
  const fields = rest.split(/[ \t]+/);
  if (fields.length > 2) fail('unexpected text after the timestamp');
  const value = parseFloatValue(fields[0]);
  if (value === undefined) fail(`invalid value "${fields[0]}"`);
  const sample: Sample = { name, labels, value: value as number };
  if (fields.length === 2) {
    if (!/^-?\d+$/.test(fields[1])) fail(`invalid timestamp "${fields[1]}"`);
    sample.timestampMs = Number(fields[1]);
  }
  return sample;
}

/** Go's ParseFloat as Prometheus uses it: decimals, exponents, NaN and ±Inf (case-insensitive). */
export function parseFloatValue(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (lower === 'nan') return Number.NaN;
  if (lower === '+inf' || lower === 'inf' || lower === '+infinity' || lower === 'infinity') {
    return Number.POSITIVE_INFINITY;
  }
  if (lower === '-inf' || lower === '-infinity') return Number.NEGATIVE_INFINITY;
  return isDecimalNumber(text) ? Number(text) : undefined;
}

/**
 * `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, checked in one pass: a regex with two adjacent
 * digit runs backtracks quadratically on a long digit string that fails at its end (a hostile scrape).
 */
function isDecimalNumber(text: string): boolean {
  let pos = 0;
  const digits = () => {
    const start = pos;
    while (pos < text.length && text.charCodeAt(pos) >= 48 && text.charCodeAt(pos) <= 57) pos++;
    return pos - start;
  };
  if (text[pos] === '+' || text[pos] === '-') pos++;
  let mantissa = digits();
  if (text[pos] === '.') {
    pos++;
    mantissa += digits();
  }
  if (mantissa === 0) return false;
  if (text[pos] === 'e' || text[pos] === 'E') {
    pos++;
    if (text[pos] === '+' || text[pos] === '-') pos++;
    if (digits() === 0) return false;
  }
  return pos === text.length;
}

function unescapeHelp(text: string): string {
  return text.replace(/\\(\\|n)/g, (_, ch: string) => (ch === 'n' ? '\n' : '\\'));
}

function isMetricName(name: string): boolean {
  return /^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name);
}

function syntaxError(lineNumber: number, what: string): MetricsError {
  return new MetricsError(
    `The metrics text is not in the Prometheus exposition format (line ${lineNumber}: ${what}).`,
    'Check that the endpoint serves /stats/prometheus from an Istio sidecar (port 15020) in text format 0.0.4.',
  );
}
