/**
 * The house rule (eslint.config.js LAYERS, README "Architecture"): each folder under src/ imports only the
 * folders it may. The rule must fail on a deliberate violation and pass on the tree.
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
    'Unexpected path "../render/units.js" imported in restricted zone. src/core/ may import only core/ (see README "Architecture").',
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
