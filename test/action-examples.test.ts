import { readdirSync, readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: Record<string, { workflows?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
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
    expect(ourSteps(scan).map((s) => s.with?.comment)).toEqual(['never']);
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
