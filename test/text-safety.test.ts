/**
 * Untrusted text on its way out: the escaping helpers every output path uses, the Kubernetes
 * name check at the edges, strict RFC 3339 in baselines, and the CLI's streams.
 */
import { describeRefusedName, isKubernetesName, RefusedNames } from '../src/core/names.js';
import {
  escapeLogLine,
  guardCommandLines,
  safeBlock,
  stripTerminalControls,
} from '../src/core/text-safety.js';
import { baselineSchema } from '../src/core/baseline.js';
import { safeStream } from '../src/cli/safe-output.js';
import { createProgress } from '../src/cli/progress.js';
import { parseExposition } from '../src/sources/sidecars/exposition.js';
import { readSidecarSnapshot } from '../src/sources/sidecars/snapshot.js';
import { ISTIO } from '../src/mesh/dialects/istio.js';

/** True when a runner would read this line as a workflow command (it trims leading blanks first). */
const isCommand = (line: string) => /^\s*(::|##\[)/.test(line);

const HOSTILE = [
  'reviews\n::add-mask::Learned',
  'x\r::stop-commands::pwned',
  'x\r\n::warning::ran',
  '  ::error::indented',
  '##[error]old syntax',
  '%0A::warning::pre-escaped',
  '\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07',
  'invoice\u202Egnp.exe',
];

describe('escapeLogLine', () => {
  it.each(HOSTILE)('keeps %j on one line that is not a command', (value) => {
    const line = escapeLogLine(`Note: ${value}`);
    expect(line.split(/\r\n|\r|\n/)).toHaveLength(1);
    expect(isCommand(line)).toBe(false);
  });

  it('escapes \\n, \\r (also lone) and a % that would read as an escape', () => {
    expect(escapeLogLine('a\nb\rc\r\nd %0A 5% done')).toBe('a%0Ab%0Dc%0D%0Ad %250A 5% done');
  });

  it('guards a value that starts the line', () => {
    expect(escapeLogLine('::add-mask::x')).toBe('%3A:add-mask::x');
  });
});

describe('stripTerminalControls', () => {
  it('removes ANSI escapes (CSI, OSC hyperlinks), bidi overrides and control characters', () => {
    expect(stripTerminalControls(HOSTILE[6])).toBe('red link');
    expect(stripTerminalControls(HOSTILE[7])).toBe('invoicegnp.exe');
    expect(stripTerminalControls('a\u2066b\u2069c\u200fd\x00e\x07f\x85g')).toBe('abcdefg');
  });

  it('keeps newlines and tabs, turns \\r\\n into \\n and drops a lone \\r', () => {
    expect(stripTerminalControls('a\tb\r\nc\rd\n')).toBe('a\tb\ncd\n');
  });

  it('does not eat the text after an unterminated OSC', () => {
    expect(stripTerminalControls('\x1b]0;title\nreport line')).toBe('\nreport line');
  });
});

describe('safeBlock', () => {
  it('keeps the layout of a multi-line text and neutralises lines that would be commands', () => {
    const text = 'Mesh status\n  service: reviews\n::add-mask::Learned\n  ##[group]x\n';
    const safe = safeBlock(text);
    expect(safe.split('\n').some(isCommand)).toBe(false);
    expect(safe).toBe('Mesh status\n  service: reviews\n%3A:add-mask::Learned\n  %23#[group]x\n');
  });

  it('is what a lone \\r cannot get around', () => {
    expect(safeBlock('ok\r::stop-commands::x').split(/\r|\n/).some(isCommand)).toBe(false);
  });

  it('leaves ordinary text alone', () => {
    expect(guardCommandLines('a :: b\n## heading')).toBe('a :: b\n## heading');
  });
});

describe('Kubernetes names', () => {
  it.each(['reviews', 'bookinfo', 'ts-order-service', 'a', 'x1', 'a'.repeat(63)])('accepts %s', (name) => {
    expect(isKubernetesName(name)).toBe(true);
  });

  it.each([
    '',
    'Reviews',
    'reviews\n::add-mask::Learned',
    '-x',
    'x-',
    'a.b',
    'a_b',
    'a'.repeat(64),
    'PassthroughCluster',
    'x\u202E',
  ])('refuses %j', (name) => {
    expect(isKubernetesName(name)).toBe(false);
  });

  it('describes a refused value without its controls', () => {
    expect(describeRefusedName('reviews\n::add-mask::x\u202E')).toBe('"reviews\\n::add-mask::x\\u202e"');
  });

  it('collects refused values into one note', () => {
    const refused = new RefusedNames();
    expect(refused.accept('bookinfo', 'reviews')).toBe(true);
    expect(refused.accept('bookinfo', 'Bad\nName')).toBe(false);
    expect(refused.accept('bookinfo', 'Bad\nName')).toBe(false);
    expect(refused.note('label')).toBe(
      'Ignored 1 label value that is not a Kubernetes name (RFC 1123 label): "Bad\\nName".',
    );
    expect(new RefusedNames().note('label')).toBeNull();
  });
});

describe('a sidecar label that is not a Kubernetes name', () => {
  it("is refused, with a note, and the request counts for the pod's own Service", () => {
    const families = parseExposition(
      'istio_requests_total{reporter="destination",destination_service_name="x\\n::add-mask::y",' +
        'destination_service_namespace="shop",response_code="200"} 5\n',
    );
    const refused = new RefusedNames();
    const snapshot = readSidecarSnapshot(families, { namespace: 'shop', name: 'web' }, ISTIO, refused);
    expect([...snapshot.counters.values()].map((c) => c.service)).toEqual([
      { namespace: 'shop', name: 'web' },
    ]);
    expect(refused.note('sidecar destination_service label')).toContain('"x\\n::add-mask::y"');
  });
});

describe('baseline fields', () => {
  const minimal = {
    schemaVersion: 1,
    tool: { name: 'smanalyzer', version: '0.1.0' },
    createdAt: '2026-11-25T10:00:00.000Z',
    source: 'simulated',
    cluster: null,
    namespaces: ['bookinfo'],
    window: { from: '2026-11-25T04:00:00Z', to: '2026-11-25T10:00:00+01:00' },
    stepMs: 15000,
    featureWindowMs: 60000,
    histogramBuckets: [],
    settings: { kMax: 4, seed: 1 },
    services: [],
  };
  const service = {
    namespace: 'bookinfo',
    name: 'reviews',
    requests: 1,
    meanRate: 1,
    insufficient: false,
    metrics: {},
    models: {},
    unavailable: [],
  };

  it('accepts RFC 3339 times and Kubernetes names', () => {
    expect(baselineSchema.safeParse({ ...minimal, services: [service] }).success).toBe(true);
  });

  it.each([
    'Tue, 25 Nov 2026 10:00:00 GMT',
    '2026-11-25',
    '2026-11-25 10:00:00Z',
    '2026-11-25T10:00:00Z\n::warning::x',
  ])('refuses the date %j', (createdAt) => {
    expect(baselineSchema.safeParse({ ...minimal, createdAt }).success).toBe(false);
  });

  it('refuses service and namespace names that are not Kubernetes names', () => {
    const bad = { ...service, name: 'reviews\n::add-mask::Learned' };
    expect(baselineSchema.safeParse({ ...minimal, services: [bad] }).success).toBe(false);
    expect(baselineSchema.safeParse({ ...minimal, namespaces: ['Bookinfo'] }).success).toBe(false);
  });
});

describe("the CLI's streams", () => {
  const sink = () => {
    const chunks: string[] = [];
    return { chunks, stream: { write: (t: string) => chunks.push(t), isTTY: true } };
  };

  it('strip controls and guard command lines on every write', () => {
    const { chunks, stream } = sink();
    safeStream(stream).write('report\n::add-mask::Learned \x1b[2J\u202E\n');
    expect(chunks).toEqual(['report\n%3A:add-mask::Learned \n']);
  });

  it('keep the progress bar (its own \\r) while escaping the message it shows', () => {
    const { chunks, stream } = sink();
    createProgress(stream, () => 0)(0.5, 'read x\n::warning::y\x1b[31m');
    expect(chunks[0]).toMatch(/^\r\[#{10}\.{10}\]  50% read x%0A::warning::y\x1b\[K$/);
  });
});
