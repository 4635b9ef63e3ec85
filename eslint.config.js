import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

/**
 * The house rule: each folder under src/ may import only the folders listed here (and npm packages).
 * `core/` is pure and imports nothing outside itself; I/O lives at the edges. See docs/architecture.md.
 */
export const LAYERS = {
  core: [],
  mesh: ['core', 'k8s'],
  net: ['core'],
  k8s: ['core', 'net'],
  baseline: ['core', 'files'],
  config: ['core'],
  files: [],
  sources: ['core', 'mesh', 'net', 'k8s', 'config'],
  render: ['core', 'mesh', 'baseline', 'config'],
  app: ['core', 'mesh', 'net', 'k8s', 'files', 'baseline', 'config', 'sources', 'render'],
  cli: ['core', 'mesh', 'net', 'k8s', 'files', 'baseline', 'config', 'sources', 'render', 'app'],
  action: ['core', 'mesh', 'net', 'k8s', 'files', 'baseline', 'config', 'sources', 'render', 'app'],
};

const zones = Object.entries(LAYERS).map(([layer, allowed]) => ({
  target: `./src/${layer}`,
  from: './src',
  except: [`./${layer}`, ...allowed.map((dep) => `./${dep}`)],
  message: `src/${layer}/ may import only ${[layer, ...allowed].map((d) => `${d}/`).join(', ')} (see docs/architecture.md).`,
}));

/** The entry (src/index.ts) picks the CLI or the Action: it may import nothing else. */
const ENTRY_ZONE = {
  target: './src/index.ts',
  from: './src',
  except: ['./cli', './action', './index.ts'],
  message: 'src/index.ts may import only cli/ and action/ (see docs/architecture.md).',
};

/**
 * A folder under src/ that is not a layer, or a file at src/'s root other than the entry, has no import rule: every
 * file in it fails lint until its folder is given one in LAYERS.
 */
const NOT_A_LAYER = {
  files: ['src/**/*.ts'],
  ignores: [...Object.keys(LAYERS).map((layer) => `src/${layer}/**`), 'src/index.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      { selector: 'Program', message: 'not a layer: add its folder to LAYERS in eslint.config.js' },
    ],
  },
};

/** The core is pure: no I/O module, no clock, no environment (the time comes in as `now`). */
const CORE_PURITY = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { regex: '^node:', message: 'src/core/ is pure: no Node module (I/O lives at the edges).' },
        { group: builtinModules, message: 'src/core/ is pure: no Node module (I/O lives at the edges).' },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: 'src/core/ reads no clock: take `now` as a parameter.',
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'src/core/ reads no clock: take `now` as a parameter.',
    },
    { selector: "Identifier[name='performance']", message: 'src/core/ reads no clock.' },
    { selector: "Identifier[name='process']", message: 'src/core/ reads no environment: pass what it needs in.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/fixtures/lint/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...zones, ENTRY_ZONE] }] },
  },
  { files: ['src/core/**/*.ts', 'test/fixtures/lint/core/**/*.ts'], rules: CORE_PURITY },
  NOT_A_LAYER,
  {
    // Long functions become named steps: 80 lines (blank lines and comments not counted). A longer one says why
    // on the line above it (`eslint-disable-next-line max-lines-per-function -- <why>`).
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // A file over 450 lines (all lines, as wc -l counts them) holds more than one thing: split it by topic. The
    // tests, the benchmark, the harness and the scripts are read as often as the source.
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'harness/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { 'max-lines': ['error', { max: 450 }] },
  },
);
