/**
 * A loopback GitHub REST emulator for the Action's tests, reached through GITHUB_API_URL. It speaks the
 * real wire format for the endpoints the Action calls and records every request:
 * issue comments (list with Link-header pagination, create, update), pull requests for a commit, open pull
 * requests by head (`owner:branch`, how a fork's PR is found from a workflow_run),
 * artifacts (list by name, 302 to a zip blob, workflow runs), the repository (its default branch), and the
 * runner's artifact upload path (Twirp CreateArtifact/FinalizeArtifact on ACTIONS_RESULTS_URL + Azure block-blob PUTs).
 * `readOnly` answers writes with 403 "Resource not accessible by integration", as a fork PR's token gets.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { unzipSync } from './zip.js';
import {
  ACTIONS_BOT,
  type PullRequest,
  type RecordedRequest,
  type StoredArtifact,
  type StoredComment,
  type UploadRun,
  type WorkflowRun,
} from './github-api-records.js';

export class GitHubApiServer {
  readonly requests: RecordedRequest[] = [];
  /** Issue/PR number → comments, in creation order. */
  readonly comments = new Map<number, StoredComment[]>();
  /** Commit SHA → pull requests associated with it. */
  readonly pullsForCommit = new Map<string, Array<{ number: number; state: 'open' | 'closed' }>>();
  /** Pull requests for GET /pulls; a fork's head has its own owner (`head.label` is `owner:branch`). */
  readonly pulls: PullRequest[] = [];
  readonly artifacts: StoredArtifact[] = [];
  readonly runs = new Map<number, WorkflowRun>();
  readOnly = false;
  /** One-shot faults: the next request matching method and path gets this status instead (then it is gone). */
  readonly failures: Array<{ method: string; path: RegExp; status: number }> = [];
  /** The repository the emulator plays ("owner/name"): the base of every run unless a run says otherwise. */
  repository = 'octo-org/bookinfo';
  /** Its default branch, as GET /repos/{owner}/{repo} answers it. */
  defaultBranch = 'main';
  /** The run a Twirp upload is recorded against (and registered in `runs` when the upload finishes). */
  uploadRun: UploadRun = { id: 9001, branch: 'main', sha: 'f'.repeat(40) };
  private nextId = 1000;
  private readonly blocks = new Map<string, Map<string, Buffer>>();
  private readonly committed = new Map<string, Buffer>();
  private server: Server | null = null;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => this.send(res, 500, { message: String(error) }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  /** Requests other than the blob/zip transfers, for "what did the Action ask GitHub" assertions. */
  apiCalls(method?: string): RecordedRequest[] {
    return this.requests.filter((r) => !r.path.startsWith('/blob/') && (!method || r.method === method));
  }

  /** Comments already on the issue, by default written by the Actions bot (or by `author`). */
  seedComments(issue: number, bodies: string[], author: { login: string; type: string } = ACTIONS_BOT): void {
    const list = this.comments.get(issue) ?? [];
    for (const body of bodies) list.push(this.newComment(body, author));
    this.comments.set(issue, list);
  }

  /**
   * Who a token is. Unlisted `ghs_` tokens are installation tokens (the job's GITHUB_TOKEN): GET /user answers
   * 403 as GitHub does, GraphQL `viewer` answers github-actions[bot]. Unlisted others are refused (401).
   */
  readonly tokenUsers = new Map<string, { login: string; type: string }>();

  private identityOf(
    authorization: string | undefined,
  ): { login: string; type: string } | 'installation' | null {
    const token = (authorization ?? '').replace(/^(token|bearer)\s+/i, '');
    return this.tokenUsers.get(token) ?? (token.startsWith('ghs_') ? 'installation' : null);
  }

  private authorOf(authorization: string | undefined): { login: string; type: string } {
    const identity = this.identityOf(authorization);
    return identity && identity !== 'installation' ? identity : ACTIONS_BOT;
  }

  /** Adds an artifact; its run, when not in `runs` yet, is a push run of this repository on its branch. */
  addArtifact(artifact: Omit<StoredArtifact, 'id'> & { id?: number }): StoredArtifact {
    const stored = { ...artifact, id: artifact.id ?? this.nextId++ };
    const run = stored.workflow_run;
    if (!this.runs.has(run.id)) {
      this.runs.set(run.id, {
        id: run.id,
        name: 'baseline-refresh',
        path: '.github/workflows/baseline-refresh.yml',
        head_branch: run.head_branch,
        head_sha: run.head_sha,
        created_at: stored.created_at,
      });
    }
    this.artifacts.push(stored);
    return stored;
  }

  /** A pull request as the REST API shows it (a fork's head repository has the fork owner's name). */
  private pullView(owner: string, repo: string, p: PullRequest): Record<string, unknown> {
    return {
      id: p.number * 10,
      number: p.number,
      state: p.state,
      head: {
        label: `${p.head.owner}:${p.head.ref}`,
        ref: p.head.ref,
        sha: p.head.sha,
        repo: { full_name: `${p.head.owner}/${repo}`, fork: p.head.owner !== owner },
      },
      base: { ref: 'main', repo: { full_name: `${owner}/${repo}`, fork: false } },
    };
  }

  /** A stable made-up numeric id per repository name, as GitHub's artifact listing carries ids. */
  private repositoryId(fullName: string): number {
    let hash = 7;
    for (const c of fullName) hash = (hash * 31 + c.charCodeAt(0)) % 1_000_000_007;
    return hash;
  }

  private repoView(fullName: string): Record<string, unknown> {
    const [owner, name] = fullName.split('/');
    return {
      id: this.repositoryId(fullName),
      name,
      full_name: fullName,
      owner: { login: owner, type: 'User' },
      fork: fullName !== this.repository,
      html_url: `https://github.com/${fullName}`,
    };
  }

  /** The run as the real API returns it: event, head_repository and repository objects, html_url. */
  private runView(run: WorkflowRun): Record<string, unknown> {
    const { head_repository, event, head_sha, ...rest } = run;
    return {
      ...rest,
      event: event ?? 'push',
      head_sha: head_sha ?? 'f'.repeat(40),
      status: 'completed',
      conclusion: 'success',
      html_url: `https://github.com/${this.repository}/actions/runs/${run.id}`,
      repository: this.repoView(this.repository),
      head_repository: this.repoView(head_repository ?? this.repository),
    };
  }

  private newComment(body: string, user: { login: string; type: string }): StoredComment {
    const now = new Date().toISOString();
    return {
      id: this.nextId++,
      body,
      user: { ...user },
      created_at: now,
      updated_at: now,
    };
  }

  private send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(text);
  }

  private forbidden(res: ServerResponse): void {
    this.send(res, 403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    });
  }

  /** GitHub's pagination: per_page/page query, a Link header with next/last. */
  private paginate<T>(req: URL, items: T[]): { page: T[]; link: string | undefined } {
    const perPage = Math.min(Number(req.searchParams.get('per_page') ?? 30), 100);
    const page = Math.max(Number(req.searchParams.get('page') ?? 1), 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const pageUrl = (n: number) => {
      const u = new URL(req.toString());
      u.searchParams.set('page', String(n));
      u.searchParams.set('per_page', String(perPage));
      return `<${this.url}${u.pathname}${u.search}>`;
    };
    const links: string[] = [];
    if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
    return {
      page: items.slice((page - 1) * perPage, page * perPage),
      link: links.length ? links.join(', ') : undefined,
    };
  }

  private async readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await this.readBody(req);
    let body: unknown = undefined;
    const isJson = (req.headers['content-type'] ?? '').includes('json');
    if (raw.length > 0 && isJson) body = JSON.parse(raw.toString('utf8'));
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
    });
    const failure = this.failures.findIndex((f) => f.method === req.method && f.path.test(url.pathname));
    if (failure >= 0) {
      const [{ status }] = this.failures.splice(failure, 1);
      this.send(res, status, { message: 'Server Error' });
      return;
    }
    const method = req.method ?? 'GET';
    const path = url.pathname;
    let m: RegExpExecArray | null;

    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      const list = this.comments.get(issue) ?? [];
      if (method === 'GET') {
        const { page, link } = this.paginate(url, list);
        return this.send(res, 200, page, link ? { link } : {});
      }
      if (method === 'POST') {
        if (this.readOnly) return this.forbidden(res);
        const comment = this.newComment(
          (body as { body: string }).body,
          this.authorOf(req.headers.authorization),
        );
        this.comments.set(issue, [...list, comment]);
        return this.send(res, 201, comment);
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)) && method === 'PATCH') {
      if (this.readOnly) return this.forbidden(res);
      const id = Number(m[1]);
      for (const list of this.comments.values()) {
        const comment = list.find((c) => c.id === id);
        if (comment) {
          comment.body = (body as { body: string }).body;
          comment.updated_at = new Date().toISOString();
          return this.send(res, 200, comment);
        }
      }
      return this.send(res, 404, { message: 'Not Found' });
    }
    if (path === '/user' && method === 'GET') {
      const identity = this.identityOf(req.headers.authorization);
      if (identity === 'installation') return this.forbidden(res);
      if (!identity) return this.send(res, 401, { message: 'Bad credentials' });
      return this.send(res, 200, { ...identity, id: 4242 });
    }
    if (path === '/graphql' && method === 'POST') {
      const identity = this.identityOf(req.headers.authorization);
      if (!identity) return this.send(res, 401, { message: 'Bad credentials' });
      if (!/\bviewer\b/.test((body as { query?: string })?.query ?? '')) {
        return this.send(res, 200, { errors: [{ message: 'the emulator only answers viewer { login }' }] });
      }
      const login = identity === 'installation' ? ACTIONS_BOT.login : identity.login;
      return this.send(res, 200, { data: { viewer: { login } } });
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-f]+)\/pulls$/.exec(path)) && method === 'GET') {
      const [owner, repo, sha] = [m[1], m[2], m[3]];
      const pulls = (this.pullsForCommit.get(sha) ?? []).map((p) => {
        const known = this.pulls.find((q) => q.number === p.number);
        return this.pullView(owner, repo, known ?? { ...p, head: { owner, ref: 'unknown', sha } });
      });
      return this.send(res, 200, pulls);
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(path)) && method === 'GET') {
      const pr = this.pulls.find((p) => p.number === Number(m![3]));
      return pr
        ? this.send(res, 200, this.pullView(m[1], m[2], pr))
        : this.send(res, 404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(path)) && method === 'GET') {
      // GitHub's filters: state (default open) and head=owner:branch.
      const state = url.searchParams.get('state') ?? 'open';
      const head = url.searchParams.get('head');
      const matching = this.pulls
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => !head || `${p.head.owner}:${p.head.ref}` === head)
        .map((p) => this.pullView(m![1], m![2], p));
      const { page, link } = this.paginate(url, matching);
      return this.send(res, 200, page, link ? { link } : {});
    }
    if (/^\/repos\/[^/]+\/[^/]+\/actions\/artifacts$/.exec(path) && method === 'GET') {
      const name = url.searchParams.get('name');
      const matching = this.artifacts
        .filter((a) => !name || a.name === name)
        .map(({ zip, ...rest }) => ({
          ...rest,
          workflow_run: {
            ...rest.workflow_run,
            repository_id: this.repositoryId(this.repository),
            head_repository_id: this.repositoryId(
              this.runs.get(rest.workflow_run.id)?.head_repository ?? this.repository,
            ),
          },
          size_in_bytes: zip.length,
          archive_download_url: `${this.url}${path}/${rest.id}/zip`,
        }));
      const { page, link } = this.paginate(url, matching);
      return this.send(res, 200, { total_count: matching.length, artifacts: page }, link ? { link } : {});
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(path)) && method === 'GET') {
      const artifact = this.artifacts.find((a) => a.id === Number(m![1]));
      if (!artifact) return this.send(res, 404, { message: 'Not Found' });
      res.writeHead(302, { location: `${this.url}/blob/artifacts/${artifact.id}.zip?sig=signature` });
      return void res.end();
    }
    if ((m = /^\/blob\/artifacts\/(\d+)\.zip$/.exec(path)) && method === 'GET') {
      const artifact = this.artifacts.find((a) => a.id === Number(m![1]));
      if (!artifact) return this.send(res, 404, { message: 'BlobNotFound' });
      res.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': String(artifact.zip.length),
      });
      return void res.end(artifact.zip);
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)$/.exec(path)) && method === 'GET') {
      if (`${m[1]}/${m[2]}` !== this.repository) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, { ...this.repoView(this.repository), default_branch: this.defaultBranch });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)$/.exec(path)) && method === 'GET') {
      const run = this.runs.get(Number(m[1]));
      return run ? this.send(res, 200, this.runView(run)) : this.send(res, 404, { message: 'Not Found' });
    }
    if (
      (m = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(path)) &&
      method === 'POST'
    ) {
      const request = body as { name: string };
      if (m[1] === 'CreateArtifact') {
        return this.send(res, 200, {
          ok: true,
          signedUploadUrl: `${this.url}/blob/devstoreaccount1/uploads/${encodeURIComponent(request.name)}.zip?sig=signature`,
        });
      }
      if (m[1] === 'FinalizeArtifact') {
        const zip = this.committed.get(
          `/blob/devstoreaccount1/uploads/${encodeURIComponent(request.name)}.zip`,
        );
        if (!zip) return this.send(res, 404, { code: 'not_found', msg: 'no upload' });
        unzipSync(zip); // refuse a malformed upload here rather than at download
        const upload = this.uploadRun;
        this.runs.set(upload.id, {
          id: upload.id,
          name: 'baseline-refresh',
          path: upload.path ?? '.github/workflows/baseline-refresh.yml',
          head_branch: upload.branch,
          head_sha: upload.sha,
          event: upload.event ?? 'push',
          head_repository: upload.headRepository ?? this.repository,
          created_at: new Date().toISOString(),
        });
        const artifact = this.addArtifact({
          name: request.name,
          expired: false,
          created_at: new Date().toISOString(),
          workflow_run: {
            id: this.uploadRun.id,
            head_branch: this.uploadRun.branch,
            head_sha: this.uploadRun.sha,
          },
          zip,
        });
        return this.send(res, 200, { ok: true, artifactId: String(artifact.id) });
      }
    }
    if (path.startsWith('/blob/devstoreaccount1/uploads/') && method === 'PUT') {
      const comp = url.searchParams.get('comp');
      const blocks = this.blocks.get(path) ?? new Map<string, Buffer>();
      this.blocks.set(path, blocks);
      const azureHeaders = { 'x-ms-request-id': 'r1', 'x-ms-version': '2025-01-05', etag: '"0x1"' };
      if (comp === 'block') {
        blocks.set(url.searchParams.get('blockid') ?? '', raw);
        res.writeHead(201, azureHeaders);
        return void res.end();
      }
      if (comp === 'blocklist') {
        const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map(
          (x) => x[1],
        );
        this.committed.set(path, Buffer.concat(ids.map((id) => blocks.get(id) ?? Buffer.alloc(0))));
        res.writeHead(201, azureHeaders);
        return void res.end();
      }
      this.committed.set(path, raw); // single-shot Put Blob
      res.writeHead(201, azureHeaders);
      return void res.end();
    }
    this.send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }
}
