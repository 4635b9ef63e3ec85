/**
 * The house rule (eslint.config.js LAYERS, docs/architecture.md): each folder under src/ imports only the
 * folders it may; files stay at most 450 lines, functions in src/ 80. Each rule must fail on a deliberate violation
 * and pass on the tree.
 */
import { ESLint } from 'eslint';

const RULE = 'import-x/no-restricted-paths';
// Only the import rule: the other rules are `npm run lint`'s business, and this keeps the test quick.
const eslint = new ESLint({ ruleFilter: ({ ruleId }) => ruleId === RULE });

async function violations(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

test('the pure core may not import presentation', async () => {
  expect(
    await violations("import { formatMetric } from '../render/units.js';\n", 'src/core/fixture.ts'),
  ).toEqual([
    'Unexpected path "../render/units.js" imported in restricted zone. src/core/ may import only core/ (see docs/architecture.md).',
  ]);
});

test('a source may not import the orchestrator, and the core may not import a source', async () => {
  expect(
    await violations(
      "import { runScan } from '../../app/pipeline.js';\n",
      'src/sources/prometheus/fixture.ts',
    ),
  ).toHaveLength(1);
  expect(
    await violations(
      "import { SidecarSource } from '../sources/sidecars/source.js';\n",
      'src/core/fixture.ts',
    ),
  ).toHaveLength(1);
});

test('what a layer may import passes', async () => {
  expect(await violations("import { median } from '../core/numbers.js';\n", 'src/render/fixture.ts')).toEqual(
    [],
  );
  expect(
    await violations(
      "import { ISTIO_SIGNALS } from '../../mesh/istio.js';\n",
      'src/sources/sidecars/fixture.ts',
    ),
  ).toEqual([]);
});

test('the tree keeps the rule', async () => {
  const results = await eslint.lintFiles(['src']);
  const broken = results.flatMap((r) =>
    r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${m.line} ${m.message}`),
  );
  expect(broken).toEqual([]);
}, 120_000);

/** Every rule's messages for a piece of code at a path (the whole config, not only the import rule). */
async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result.messages.map((m) => m.message);
}

test('the core reads no clock, no environment and no Node module', async () => {
  for (const code of [
    "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    "import { join } from 'path';\nexport const x = join;\n",
    'export const now = () => Date.now();\n',
    'export const now = () => new Date();\n',
    'export const home = () => process.env.HOME;\n',
  ])
    expect((await messages(code, 'src/core/fixture.ts')).join('\n')).toMatch(
      /src\/core\/ (is pure|reads no)/,
    );
  // A time passed in may be formatted: that is no clock.
  expect(
    await messages('export const iso = (t: number) => new Date(t).toISOString();\n', 'src/core/fixture.ts'),
  ).toEqual([]);
});

test('the entry imports only the CLI and the Action', async () => {
  expect(await violations("import { runScan } from './app/pipeline.js';\n", 'src/index.ts')).toEqual([
    'Unexpected path "./app/pipeline.js" imported in restricted zone. src/index.ts may import only cli/ and action/ (see docs/architecture.md).',
  ]);
});

test('a folder that is not a layer, and a file at the root beside the entry, fail until given a rule', async () => {
  for (const path of ['src/plugins/fixture.ts', 'src/helpers.ts'])
    expect(await messages('export const x = 1;\n', path)).toContain(
      'not a layer: add its folder to LAYERS in eslint.config.js',
    );
  expect(await messages('export const x = 1;\n', 'src/render/fixture.ts')).toEqual([]);
});

describe('sizes: files of at most 450 lines, functions in src/ of at most 80 unless they say why', () => {
  const sizes = new ESLint({
    ruleFilter: ({ ruleId }) => ruleId === 'max-lines' || ruleId === 'max-lines-per-function',
  });
  const rules = async (code: string, filePath: string) =>
    (await sizes.lintText(code, { filePath }))[0].messages.map((m) => m.ruleId);
  const lines = (n: number) =>
    Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
  const longFunction = (body: number, reason = '') =>
    `${reason}export function long(): number {\n  let x = 0;\n${'  x += 1;\n'.repeat(body)}  return x;\n}\n`;

  test.each(['src/core/fixture.ts', 'test/fixture.test.ts', 'bench/fixture.ts', 'harness/fixture.ts'])(
    '%s: 450 lines pass, 451 fail',
    async (path) => {
      expect(await rules(lines(450), path)).toEqual([]);
      expect(await rules(lines(451), path)).toEqual(['max-lines']);
    },
  );

  test('a function of 80 lines in src/ passes; over 80 fails, unless the line above it says why', async () => {
    expect(await rules(longFunction(76), 'src/core/fixture.ts')).toEqual([]);
    expect(await rules(longFunction(78), 'src/core/fixture.ts')).toEqual(['max-lines-per-function']);
    const why = '// eslint-disable-next-line max-lines-per-function -- one pass whose order is the data\n';
    expect(await rules(longFunction(78, why), 'src/core/fixture.ts')).toEqual([]);
  });
});
