/**
 * No mesh's label names outside src/mesh/: every dialect declares its labels (src/mesh/dialects/), and the rest of
 * the code reaches them only through the declaration, so a new mesh is one file. This test reads every TypeScript
 * file under src/ outside src/mesh/ with the TypeScript parser and fails on any label name a declaration spells
 * (declaredLabelNames, for every dialect), used as a mesh label:
 *
 * 1. in a string or template literal that is the name alone: `'destination_service_name'`, `labels["reporter"]`;
 * 2. in PromQL-like text inside a string or template literal: a matcher (`reporter="source"`, `direction=~"…"`,
 *    `authority!=`, or the name and operator at the end of a template's text, before a `${…}` value) or a grouping
 *    (`by (…, reporter)`, `without (…)`);
 * 3. as an identifier or a property name when the label name has an underscore (`labels.dst_service`,
 *    `{ destination_service_name: … }`): no TypeScript name here is snake_case, so such a name is a mesh label.
 *
 * What it does not count, and why:
 * - comments: prose that explains a dialect may name its labels; nothing reads them;
 * - the words that are also the Kubernetes objects and fields every part of the tool names — `namespace`,
 *   `deployment`, `statefulset`, `daemonset`, `version` (and `pod`) — as a whole string (rule 1): `namespace` is a
 *   ServiceKey field and a Kubernetes file name. They still count in PromQL-like text (rule 2);
 * - single-word labels (`reporter`, `direction`, `authority`, `classification`) as identifiers or property names
 *   (rule 3): `spec.direction` and `{ direction: 'up' }` are the tool's own words; quoted or in PromQL they count.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { declaredLabelNames } from '../src/mesh/dialect.js';
import { MESH_DIALECTS } from '../src/mesh/dialects/index.js';

const SRC = join(process.cwd(), 'src');
const MESH = join(SRC, 'mesh');

/** Label names that are also everyday Kubernetes words: checked in PromQL-like text only. */
const KUBERNETES_WORDS = new Set(['namespace', 'deployment', 'statefulset', 'daemonset', 'version', 'pod']);

const LABELS = [...new Set(Object.values(MESH_DIALECTS).flatMap(declaredLabelNames))].sort();

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const ANY_LABEL = LABELS.map(escapeRegex).join('|');
/** `label=`, `label!=`, `label=~`, `label!~` followed by a quoted value or the end of a template's text part. */
const MATCHER = new RegExp(`(?<![\\w.$-])(${ANY_LABEL})\\s*(?:=~|!~|!=|=(?!=))\\s*(?:["'\`]|$)`, 'g');
const GROUPING = /\b(?:by|without)\s*\(([^()]*)\)/g;

interface Violation {
  line: number;
  label: string;
  how: 'quoted' | 'promql' | 'identifier';
  text: string;
}

/** The mesh label names a TypeScript source spells outside its comments, by the three rules above. */
function meshLabelUses(source: string, fileName = 'file.ts'): Violation[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: Violation[] = [];
  const add = (node: ts.Node, label: string, how: Violation['how']) =>
    found.push({
      line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
      label,
      how,
      text: node.getText(file).slice(0, 120),
    });
  const literalText = (text: string, node: ts.Node) => {
    if (LABELS.includes(text) && !KUBERNETES_WORDS.has(text)) add(node, text, 'quoted');
    for (const match of text.matchAll(MATCHER)) add(node, match[1], 'promql');
    for (const match of text.matchAll(GROUPING))
      for (const part of match[1].split(',').map((p) => p.trim()))
        if (LABELS.includes(part)) add(node, part, 'promql');
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      literalText(node.text, node);
    } else if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && node.text.includes('_')) {
      if (LABELS.includes(node.text)) add(node, node.text, 'identifier');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === MESH ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the rule', () => {
  test("knows every dialect's labels, Istio's and Linkerd's", () => {
    expect(LABELS).toEqual(
      expect.arrayContaining([
        'reporter',
        'destination_service_name',
        'source_workload',
        'response_flags',
        'direction',
        'authority',
        'dst_service',
        'classification',
        'status_code',
      ]),
    );
  });

  test.each([
    ["const label = 'destination_service_name';", 'destination_service_name', 'quoted'],
    ['const view = metric["reporter"];', 'reporter', 'quoted'],
    ['const q = `sum(rate(istio_requests_total{reporter="source"}[1m]))`;', 'reporter', 'promql'],
    ['const q = \'response_total{direction=~"in.*"}\';', 'direction', 'promql'],
    ['const q = `x{authority!=${value}}`;', 'authority', 'promql'],
    ["const q = 'sum by (namespace, dst_service) (rate(x[1m]))';", 'dst_service', 'promql'],
    ["const q = 'sum by (namespace) (rate(x[1m]))';", 'namespace', 'promql'],
    ['const service = labels.destination_service_name;', 'destination_service_name', 'identifier'],
    ['const edge = { dst_namespace: ns };', 'dst_namespace', 'identifier'],
  ])('flags %s', (source, label, how) => {
    expect(meshLabelUses(source).map((v) => [v.label, v.how])).toContainEqual([label, how]);
  });

  test.each([
    "const spec = { direction: 'up' };",
    "if (spec.direction === 'both') return;",
    'const key = { namespace: ns, name };',
    "const file = path.join(dir, 'namespace');",
    "program.command('version');",
    "const hint = 'check the namespaces and reporter settings';",
    '// the caller\'s proxy: reporter="source", labelled destination_service_name',
    '/** Linkerd names the callee in `dst_service`. */ const x = 1;',
    "const ok = a === 'b' && c == 'd';",
  ])('lets %s be', (source) => {
    expect(meshLabelUses(source)).toEqual([]);
  });
});

describe('src/ outside src/mesh/', () => {
  const files = sourceFiles(SRC);

  test('is read whole: every source directory but src/mesh/', () => {
    const dirs = new Set(files.map((f) => relative(SRC, f).split('/')[0]));
    expect(dirs.has('mesh')).toBe(false);
    expect([...dirs]).toEqual(expect.arrayContaining(['core', 'sources', 'app', 'render', 'cli', 'action']));
  });

  test('spells no mesh label name', () => {
    const violations = files.flatMap((path) =>
      meshLabelUses(readFileSync(path, 'utf8'), path).map(
        (v) => `${relative(process.cwd(), path)}:${v.line} ${v.how} ${v.label}: ${v.text}`,
      ),
    );
    expect(violations).toEqual([]);
  });
});
