/**
 * Secrets, everywhere and the kubeconfig's smaller holes (10.11): masks for a kubeconfig given as a
 * path or through KUBECONFIG (through the bundled Action, where the runner's masks are the `::add-mask::` lines),
 * base64(user:password) of URL credentials, redaction before the comment is cut, header values that identify
 * rather than authenticate left alone, a wrapped base64 kubeconfig, and YAML alias bombs bounded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { publishPrComment, type EventContext } from '../src/action/comment.js';
import { actionRedactor } from '../src/action/redaction.js';
import { loadConfig } from '../src/config/load.js';
import { kubeconfigSecrets, REDACTED, SecretRedactor } from '../src/config/secrets.js';
import { ClusterError } from '../src/core/types.js';
import { loadKubeConfig } from '../src/k8s/connection.js';
import { finding, report } from './support/action-report-fixture.js';
import { ensureBundle, runBundledAction } from './support/action-runner.js';
import { GitHubApiServer } from './support/github-api-server.js';

const KUBE_TOKEN = 'kube-token-4f1c9e7a2b6d8035';
const FILE_TOKEN = 'kube-file-token-9a8b7c6d5e4f3210';
const CLIENT_KEY = Buffer.from(
  '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----',
).toString('base64');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smanalyzer-secrets-everywhere-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kubeconfigYaml(user: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: c',
    '  cluster: {server: "https://127.0.0.1:6443"}',
    'users:',
    '- name: u',
    `  user: ${user}`,
    'contexts:',
    '- name: ctx',
    '  context: {cluster: c, user: u}',
    'current-context: ctx',
    '',
  ].join('\n');
}

describe('a kubeconfig given as a path or through KUBECONFIG (bundled Action)', () => {
  let work: string;
  const masks = (stdout: string) =>
    stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length));
  const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runBundledAction({
      work,
      // status on the simulated source with a cluster named: the masks are set before anything runs.
      inputs: { mode: 'status', source: 'simulated', 'report-path': join(work, 'status.json'), ...inputs },
      env: { GITHUB_REPOSITORY: 'octo-org/bookinfo', ...env },
    });
  let file: string;
  beforeAll(() => {
    ensureBundle();
    work = mkdtempSync(join(dir, 'action-'));
    const tokenFile = join(work, 'token');
    writeFileSync(tokenFile, `${FILE_TOKEN}\n`);
    file = join(work, 'kubeconfig.yaml');
    writeFileSync(
      file,
      kubeconfigYaml(`{token: ${KUBE_TOKEN}, client-key-data: ${CLIENT_KEY}, tokenFile: ${tokenFile}}`),
    );
  }, 240_000);

  // Before 10.9 only an inline or base64 kubeconfig was masked.
  it('masks its token, key and tokenFile content when the input is a path', async () => {
    const result = await run({ kubeconfig: file });
    expect(masks(result.stdout)).toEqual(expect.arrayContaining([KUBE_TOKEN, CLIENT_KEY, FILE_TOKEN]));
  }, 60_000);

  it('masks them when KUBECONFIG names the file', async () => {
    const result = await run({}, { KUBECONFIG: `${join(work, 'absent.yaml')}:${file}` });
    expect(masks(result.stdout)).toEqual(expect.arrayContaining([KUBE_TOKEN, CLIENT_KEY, FILE_TOKEN]));
  }, 60_000);
});

describe('the redactor', () => {
  const config = (prometheus: Record<string, unknown>) =>
    loadConfig({ overrides: { prometheus: prometheus as never } });

  it('scrubs base64(user:password) of URL credentials, as a client sends them', () => {
    const redactor = new SecretRedactor().addFromConfig(
      config({ url: 'https://alice:s3cret%2Fpass@prom.example.com' }),
      {},
    );
    const basic = Buffer.from('alice:s3cret/pass').toString('base64');
    expect(redactor.redact(`sent Basic ${basic}`)).toBe(`sent Basic ${REDACTED}`);
    expect(redactor.redact('s3cret/pass')).toBe(REDACTED);
  });

  // Before 10.9 every header value was a secret: the tenant "bookinfo" redacted the namespace everywhere.
  it('leaves header values that identify a tenant alone, and scrubs the credential ones', () => {
    const redactor = actionRedactor(
      '',
      config({
        headers: {
          'X-Scope-OrgID': 'bookinfo',
          'X-Api-Key': 'key-0123456789',
          Authorization: 'Bearer tok-abcdef123456',
        },
      }),
      {},
    );
    expect(redactor.redact('bookinfo/reviews key-0123456789 tok-abcdef123456')).toBe(
      `bookinfo/reviews ${REDACTED} ${REDACTED}`,
    );
  });

  it('finds the secrets of a wrapped (line-broken) base64 kubeconfig', () => {
    const wrapped = Buffer.from(kubeconfigYaml(`{token: ${KUBE_TOKEN}}`))
      .toString('base64')
      .replace(/.{76}/g, '$&\n');
    const redactor = new SecretRedactor().addFromConfig(
      loadConfig({ overrides: { kube: { kubeconfig: wrapped, context: null } } }),
      {},
    );
    expect(redactor.redact(KUBE_TOKEN)).toBe(REDACTED);
  });
});

describe('the sticky comment', () => {
  const SECRET = 'commentSecret0123456789ABCDEFabcdefXYZ';
  let server: GitHubApiServer;
  beforeAll(async () => {
    server = new GitHubApiServer();
    await server.start();
  });
  afterAll(() => server.stop());

  // Before 10.9 the body was cut to its limit first and scrubbed after: half a secret survived the cut.
  it('is redacted before it is cut to length, so no part of a secret survives', async () => {
    const octokit = getOctokit('ghs_test_token', { baseUrl: server.url });
    const context: EventContext = {
      eventName: 'pull_request',
      sha: 'a'.repeat(40),
      repo: { owner: 'octo-org', repo: 'bookinfo' },
      payload: { pull_request: { number: 42 } },
    };
    const leaky = report({}, [finding()]);
    leaky.summary.reason = `${'x'.repeat(300)} ${SECRET} ${leaky.summary.reason}`;
    const redactor = new SecretRedactor().add(SECRET);
    const full = await publishPrComment(
      octokit,
      { report: leaky, context, policy: 'always', commentId: 'full' },
      { info: () => undefined, warning: () => undefined },
    );
    expect(full.action).toBe('created');
    const body = server.comments.get(42)!.at(-1)!.body;
    const at = body.indexOf(SECRET);
    expect(at).toBeGreaterThan(0);
    const leaks: number[] = [];
    for (let cut = at; cut < at + SECRET.length + 120; cut += 4) {
      server.comments.clear();
      await publishPrComment(
        octokit,
        {
          report: leaky,
          context,
          policy: 'always',
          commentId: 'full',
          maxLength: cut,
          redact: (t) => redactor.redact(t),
        },
        { info: () => undefined, warning: () => undefined },
      );
      const cutBody = server.comments.get(42)!.at(-1)!.body;
      if (cutBody.includes(SECRET.slice(0, 12))) leaks.push(cut);
    }
    expect(leaks).toEqual([]);
  }, 60_000);
});

describe('a kubeconfig that explodes (YAML aliases)', () => {
  // Nine levels of nine aliases: 9^9 strings for whatever walks it, from 2 KB of text.
  const bomb = (() => {
    const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    return kubeconfigYaml('{token: *l8}') + lines.join('\n') + '\n';
  })();

  it('is not walked by the secret finder (bounded, in milliseconds)', () => {
    const started = Date.now();
    expect(kubeconfigSecrets(bomb)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('is refused by the Kubernetes connection with a cause, not a hang', () => {
    const started = Date.now();
    expect(() => loadKubeConfig({ kubeconfig: bomb })).toThrow(ClusterError);
    expect(() => loadKubeConfig({ kubeconfig: bomb })).toThrow(/is not valid YAML/);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('a wrapped base64 kubeconfig', () => {
  // Before 10.11 its newlines made it "inline YAML", which it is not.
  it('is decoded, as `base64` (76 columns) writes it', () => {
    const wrapped = Buffer.from(kubeconfigYaml(`{token: ${KUBE_TOKEN}}`))
      .toString('base64')
      .replace(/.{76}/g, '$&\n');
    expect(wrapped.split('\n').length).toBeGreaterThan(3);
    const loaded = loadKubeConfig({ kubeconfig: wrapped });
    expect(loaded.kubeConfig.getCurrentContext()).toBe('ctx');
  });
});
