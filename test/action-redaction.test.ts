import { getOctokit } from '@actions/github';
import { readFileSync } from 'node:fs';
import { publishPrComment, type EventContext } from '../src/action/comment.js';
import { actionRedactor, redactDeep, redactedJson } from '../src/action/redaction.js';
import { loadConfig } from '../src/config/load.js';
import { renderSummaryMarkdown } from '../src/render/markdown.js';
import { REDACTED } from '../src/config/secrets.js';
import { GitHubApiServer } from './support/github-api-server.js';
import { finding, report } from './support/action-report-fixture.js';

const GITHUB_TOKEN = 'ghs_redactionToken0123456789abcdef';
const PROM_CREDENTIAL = 'prom-credential-5c1e9a';
const KUBE_TOKEN = 'kube-token-0f9e8d7c6b5a';
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters: [{ name: c, cluster: { server: 'https://127.0.0.1:6443' } }]
users: [{ name: u, user: { token: ${KUBE_TOKEN} } }]
contexts: [{ name: x, context: { cluster: c, user: u } }]
current-context: x
`;

const config = loadConfig({
  overrides: {
    prometheus: { headers: { Authorization: `Bearer ${PROM_CREDENTIAL}` } },
    kube: { kubeconfig: KUBECONFIG, context: null },
  },
});
const redactor = actionRedactor(GITHUB_TOKEN, config, {});

describe('the Action’s redactor', () => {
  it.each([
    ['the github-token input', GITHUB_TOKEN],
    ['a Prometheus header value', `Bearer ${PROM_CREDENTIAL}`],
    ['the credential behind the header’s scheme', `Token ${PROM_CREDENTIAL}`],
    ['a kubeconfig token', KUBE_TOKEN],
  ])('scrubs %s', (_what, secret) => {
    expect(redactor.redact(`upstream said: ${secret} (retrying)`)).not.toContain(secret.split(' ').at(-1));
  });

  it('knows only the github-token when there is no config yet', () => {
    const early = actionRedactor(GITHUB_TOKEN, null, {});
    expect(early.redact(`${GITHUB_TOKEN} ${KUBE_TOKEN}`)).toBe(`${REDACTED} ${KUBE_TOKEN}`);
  });
});

describe('redacted JSON', () => {
  it('scrubs nested strings and stays parseable with numbers intact', () => {
    const text = redactedJson({ notes: [`leak ${KUBE_TOKEN}`], count: 3 }, redactor);
    expect(JSON.parse(text)).toEqual({ notes: [`leak ${REDACTED}`], count: 3 });
  });
});

describe('scrubbing a report before rendering it', () => {
  const leaky = report({ notes: [`client echoed token=${GITHUB_TOKEN}`] });

  it('removes a secret that Markdown escaping would otherwise disguise', () => {
    // escapeMarkdown turns "ghs_x" into "ghs\_x": a scrub of the rendered text alone cannot see it.
    const escaped = GITHUB_TOKEN.replace(/_/g, '\\_');
    expect(redactor.redact(renderSummaryMarkdown(leaky))).toContain(escaped);
    const rendered = renderSummaryMarkdown(redactDeep(leaky, redactor));
    expect(rendered).not.toContain(escaped);
    expect(rendered).toContain(`client echoed token=\\[redacted\\]`);
  });

  it('keeps non-finite numbers as they were', () => {
    const withInfinity = report({}, [finding({ threshold: Infinity })]);
    expect(redactDeep(withInfinity, redactor).anomalies[0].threshold).toBe(Infinity);
  });
});

describe('the PR comment body', () => {
  let server: GitHubApiServer;
  beforeAll(async () => {
    server = new GitHubApiServer();
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('is scrubbed before it is posted', async () => {
    const context: EventContext = {
      eventName: 'pull_request',
      sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      repo: { owner: 'octo-org', repo: 'bookinfo' },
      payload: JSON.parse(readFileSync('test/support/events/pull_request.json', 'utf8')),
    };
    const failing = report({}, [finding()]);
    failing.summary.reason = `Prometheus said 401 for ${PROM_CREDENTIAL}`;
    await publishPrComment(
      getOctokit('ghs_test', { baseUrl: server.url }),
      {
        report: failing,
        context,
        policy: 'always',
        commentId: 'default',
        redact: redactor.redact.bind(redactor),
      },
      { info: () => undefined, warning: () => undefined },
    );
    const body = server.comments.get(42)![0].body;
    // Scrubbed before rendering (10.9), so the marker is Markdown-escaped like any other text.
    expect(body).toContain(`Prometheus said 401 for ${REDACTED.replace(/[[\]]/g, '\\$&')}`);
    expect(body).not.toContain(PROM_CREDENTIAL);
  });
});
