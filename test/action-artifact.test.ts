/**
 * The baseline artifact against the GitHub emulator, through the real Octokit client: which runs may
 * supply a baseline, what the log says about it, and the byte cap on the zip.
 * The bundled Action's end-to-end version of the planted-baseline attack is in action-e2e-trust.test.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import type { Octokit } from '../src/action/comment.js';
import {
  downloadBaselineArtifact,
  findNewestArtifact,
  type ArtifactSelector,
} from '../src/action/artifact.js';
import { GitHubApiServer } from './support/github-api-server.js';
import { zipEntries, zipSync } from './support/zip.js';

const repo = { owner: 'octo-org', repo: 'bookinfo' };
const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const MiB = 1024 * 1024;

let server: GitHubApiServer;
let octokit: Octokit;
let work: string;
const logged: string[] = [];
const log = (line: string) => void logged.push(line);

beforeEach(async () => {
  server = new GitHubApiServer();
  const url = await server.start();
  octokit = getOctokit('ghs_test_token', { baseUrl: url });
  work = mkdtempSync(join(tmpdir(), 'smanalyzer-artifact-'));
  logged.length = 0;
});

afterEach(async () => {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
});

const entry = (id: number, created: string, branch = 'main', expired = false, zip?: Buffer) => ({
  id,
  name: 'mesh-baseline',
  expired,
  created_at: created,
  workflow_run: { id: id * 10, head_branch: branch, head_sha: HEAD_SHA },
  zip: zip ?? zipSync({ 'smanalyzer-baseline.json': JSON.stringify({ id }) }),
});
const selector: ArtifactSelector = { ...repo, name: 'mesh-baseline', workflow: null, branch: null };
const idOf = async (s = selector) => (await findNewestArtifact(octokit, s, log))?.artifact.id;

describe('which artifact is the baseline', () => {
  it('is the newest unexpired artifact of that name from a push run of this repository', async () => {
    server.addArtifact(entry(1, '2026-11-20T00:00:00Z'));
    server.addArtifact(entry(2, '2026-11-24T00:00:00Z'));
    server.addArtifact(entry(3, '2026-11-25T00:00:00Z', 'main', true));
    expect(await idOf()).toBe(2);
  });

  it('restricts to a branch when asked', async () => {
    server.addArtifact(entry(1, '2026-11-20T00:00:00Z', 'main'));
    server.addArtifact(entry(2, '2026-11-24T00:00:00Z', 'feature'));
    expect(await idOf({ ...selector, branch: 'main' })).toBe(1);
  });

  it('restricts to a workflow file when asked', async () => {
    server.runs.set(10, {
      id: 10,
      name: 'Baseline refresh',
      path: '.github/workflows/baseline-refresh.yml',
      head_branch: 'main',
    });
    server.runs.set(20, {
      id: 20,
      name: 'Preview',
      path: '.github/workflows/preview.yml',
      head_branch: 'main',
    });
    server.addArtifact(entry(1, '2026-11-20T00:00:00Z'));
    server.addArtifact(entry(2, '2026-11-24T00:00:00Z'));
    expect(await idOf({ ...selector, workflow: 'baseline-refresh.yml' })).toBe(1);
  });

  // Before 10.3 the newest artifact of the name won: a fork's run could plant the baseline.
  it("skips a fork pull request's newer artifact, even on a branch named main in the same workflow", async () => {
    server.addArtifact(entry(1, '2026-11-20T00:00:00Z'));
    server.runs.set(20, {
      id: 20,
      name: 'baseline-refresh',
      path: '.github/workflows/baseline-refresh.yml',
      head_branch: 'main',
      event: 'pull_request',
      head_repository: 'forker/bookinfo',
    });
    server.addArtifact(entry(2, '2026-11-24T00:00:00Z'));
    const found = await findNewestArtifact(
      octokit,
      { ...selector, branch: 'main', workflow: 'baseline-refresh.yml' },
      log,
    );
    expect(found?.artifact.id).toBe(1);
    // Ruled out from the listing itself (its run's head repository is not this one): its run is never asked for.
    expect(logged).toEqual([
      expect.stringMatching(
        /^Skipped artifact "mesh-baseline" \(id 2, run 20\): it ran on another repository \(id \d+, a fork\), not octo-org\/bookinfo\.$/,
      ),
    ]);
    expect(server.apiCalls('GET').filter((r) => r.path.endsWith('/actions/runs/20'))).toEqual([]);
  });

  it('skips a pull_request run of this repository unless its event is listed as trusted', async () => {
    server.runs.set(20, {
      id: 20,
      name: 'pr',
      path: '.github/workflows/pr.yml',
      head_branch: 'main',
      event: 'pull_request',
    });
    server.addArtifact(entry(2, '2026-11-24T00:00:00Z'));
    expect(await idOf()).toBeUndefined();
    expect(logged[0]).toContain('its event pull_request is not one of push, schedule, workflow_dispatch');
    expect(await idOf({ ...selector, trustedEvents: ['push', 'pull_request'] })).toBe(2);
  });

  it('skips an artifact whose run is gone, saying so (its own message for a 404)', async () => {
    server.addArtifact(entry(1, '2026-11-20T00:00:00Z'));
    server.addArtifact(entry(2, '2026-11-24T00:00:00Z'));
    server.runs.delete(20);
    expect(await idOf()).toBe(1);
    expect(logged).toEqual([
      'Skipped artifact "mesh-baseline" (id 2, run 20): its workflow run 20 no longer exists (HTTP 404).',
    ]);
  });

  it('is sifted from the listing: 300 newer fork artifacts cost no run lookup (the listing pages and one run)', async () => {
    server.addArtifact(entry(1, '2026-11-20T00:00:00Z'));
    for (let i = 0; i < 300; i++) {
      const id = 100 + i;
      server.runs.set(id * 10, {
        id: id * 10,
        name: 'baseline-refresh',
        path: '.github/workflows/baseline-refresh.yml',
        head_branch: 'main',
        event: 'pull_request',
        head_repository: `forker-${i}/bookinfo`,
      });
      server.addArtifact(entry(id, '2026-11-24T00:00:00Z'));
    }
    expect(await idOf({ ...selector, branch: 'main' })).toBe(1);
    const calls = server.apiCalls('GET');
    expect(calls.filter((r) => /\/actions\/runs\/\d+$/.test(r.path)).map((r) => r.path)).toEqual([
      '/repos/octo-org/bookinfo/actions/runs/10',
    ]);
    // 301 artifacts in pages of 100.
    expect(calls.filter((r) => r.path.endsWith('/actions/artifacts'))).toHaveLength(4);
    expect(calls).toHaveLength(5);
    // Ten named in the log, the rest counted.
    expect(logged.filter((line) => line.startsWith('Skipped artifact'))).toHaveLength(10);
    expect(logged).toContain(
      'Skipped 290 more artifacts named "mesh-baseline" for the same kinds of reason.',
    );
  });

  it('is sifted by branch from the listing too, and at most 20 runs are looked up', async () => {
    server.addArtifact(entry(1, '2026-11-20T00:00:00Z'));
    // 50 newer ones on another branch: ruled out from the listing.
    for (let i = 0; i < 50; i++) server.addArtifact(entry(200 + i, '2026-11-23T00:00:00Z', 'wip/quick-fix'));
    // 30 newer ones on main whose runs are pull_request runs of this repository: each needs its run looked up.
    for (let i = 0; i < 30; i++) {
      const id = 300 + i;
      server.runs.set(id * 10, {
        id: id * 10,
        name: 'pr',
        path: '.github/workflows/pr.yml',
        head_branch: 'main',
        event: 'pull_request',
      });
      server.addArtifact(entry(id, '2026-11-24T00:00:00Z'));
    }
    expect(await idOf({ ...selector, branch: 'main' })).toBeUndefined();
    const lookups = server.apiCalls('GET').filter((r) => /\/actions\/runs\/\d+$/.test(r.path));
    expect(lookups).toHaveLength(20);
    expect(logged.at(-1)).toBe(
      'Looked up the runs of the newest 20 candidates for "mesh-baseline" only; older artifacts were not considered.',
    );
  });

  it('answers null when there is no such artifact', async () => {
    expect(await downloadBaselineArtifact(octokit, selector, join(work, 'x.json'), log)).toBeNull();
  });
});

describe('downloading it', () => {
  it('writes the baseline file and names the run it came from', async () => {
    server.addArtifact(entry(1, '2026-11-20T00:00:00Z'));
    const target = join(work, 'smanalyzer-baseline.json');
    const result = await downloadBaselineArtifact(octokit, selector, target, log);
    expect(result?.run.id).toBe(10);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual({ id: 1 });
    expect(logged.at(-1)).toBe(
      `Baseline from artifact "mesh-baseline" (id 1), uploaded by run 10 (event push, branch main, ` +
        `created 2026-11-20T00:00:00Z, sha ${HEAD_SHA.slice(0, 12)}, ` +
        `https://github.com/octo-org/bookinfo/actions/runs/10), written to ${target}.`,
    );
  });
});

// Before 10.8 @actions/artifact unpacked whatever the zip held: 2.6 MB became 2.5 GiB on disk.
describe('a zip bomb as the baseline artifact', () => {
  const target = () => join(work, 'smanalyzer-baseline.json');
  const plant = (zip: Buffer) => server.addArtifact(entry(1, '2026-11-20T00:00:00Z', 'main', false, zip));
  const download = (maxBytes?: number) =>
    downloadBaselineArtifact(octokit, { ...selector, maxBytes }, target(), log);

  it('is refused before extraction when it declares more than the 64 MiB default cap', async () => {
    // 100 MiB of zeros deflate to ~100 KB: the zip is small, what it declares is not.
    plant(zipEntries([{ name: 'smanalyzer-baseline.json', data: Buffer.alloc(100 * MiB), deflate: true }]));
    const error = await download().catch((e: Error) => e);
    expect((error as Error).message).toBe(
      'artifact "mesh-baseline" (id 1) declares 100 MiB of files (1 entries), over the 64 MiB cap on baseline artifacts',
    );
    expect(existsSync(target())).toBe(false);
  });

  it('is refused when many small entries add up past the cap', async () => {
    const chunk = Buffer.alloc(MiB);
    plant(
      zipEntries(
        Array.from({ length: 5 }, (_, i) => ({ name: `part-${i}.bin`, data: chunk, deflate: true })),
      ),
    );
    const error = await download(4 * MiB).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/declares 5 MiB of files \(5 entries\), over the 4 MiB cap/);
  });

  it('that lies about its size stops at the declared size and leaves the old baseline untouched', async () => {
    writeFileSync(target(), '{"old":true}');
    plant(
      zipEntries([
        { name: 'smanalyzer-baseline.json', data: Buffer.alloc(80 * MiB), deflate: true, declaredSize: 1024 },
      ]),
    );
    const error = await download().catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /^artifact "mesh-baseline" \(id 1\) unpacks past its declared size/,
    );
    expect(readFileSync(target(), 'utf8')).toBe('{"old":true}');
  });

  it('is refused while downloading when the zip itself is over the cap', async () => {
    plant(zipSync({ 'smanalyzer-baseline.json': Buffer.alloc(2 * MiB, 'x') }));
    const error = await download(MiB).catch((e: Error) => e);
    expect((error as Error).message).toContain('is 2 MiB zipped, over the 1 MiB cap on baseline artifacts');
  });
});
