/**
 * The Action's inputs: read once inside run(), secrets masked before anything is logged, every value
 * validated with one clear message, and the kebab-case inputs turned into config overrides.
 */
import { readFileSync, statSync } from 'node:fs';
import { delimiter } from 'node:path';
import { headerSecrets, kubeconfigSecrets, MAX_KUBECONFIG_BYTES } from '../config/secrets.js';
import * as core from '@actions/core';
import { log } from './log.js';
import { describeRefusedName, isKubernetesName } from '../core/names.js';
import type { ConfigOverrides } from '../config/load.js';
import { parseHeaders } from '../config/headers.js';
import { parseDuration, parseFault, parseRollout, parseSeverity } from '../config/load.js';
import { ConfigError, MESH_NAMES, SOURCE_NAMES } from '../core/types.js';
import type { CommentPolicy } from './comment.js';
import { ANY_BRANCH, DEFAULT_TRUSTED_EVENTS } from './artifact.js';
import { DEFAULT_ARTIFACT_MAX_BYTES, parseByteSize } from './artifact-zip.js';

/** `comment`: post the sticky PR comment for a report another run wrote (the fork PR pattern). */
export type Mode = 'scan' | 'learn' | 'status' | 'comment';

export interface ActionInputs {
  mode: Mode;
  configFile: string | null;
  overrides: ConfigOverrides;
  window: { from: string | null; to: string | null };
  /** When the deploy happened (input deployed-at); null: the scan window's start. */
  deployedAt: string | null;
  /**
   * The branch whose runs may supply the baseline and history artifacts (baseline-artifact-branch): null for the
   * repository's default branch, ANY_BRANCH ("*") for any.
   */
  artifactBranch: string | null;
  baselineArtifact: {
    name: string;
    workflow: string | null;
    /** As artifactBranch. */
    branch: string | null;
    /** Events whose runs may supply the baseline (baseline-trusted-events). */
    trustedEvents: string[];
    /** Most bytes the artifact may weigh, zipped or unpacked (baseline-artifact-max-size). */
    maxBytes: number;
  } | null;
  comment: CommentPolicy;
  commentId: string;
  githubToken: string;
  reportPath: string;
}

/** Reads one input; the runner passes them as INPUT_<NAME> with the name upper-cased, dashes kept. */
export type InputReader = (name: string) => string;

const defaultReader: InputReader = (name) => core.getInput(name);

/** The environment variable a demo or test sets to inject simulated faults ("reviews:latency:3,ratings:error_rate"). */
export const SIMULATE_FAULTS_ENV = 'SMANALYZER_SIMULATE_FAULTS';
/** The simulated mesh's rollouts for a demo or a test of the Action (like --rollout): SERVICE:VERSION[:SHARE]. */
export const SIMULATE_ROLLOUTS_ENV = 'SMANALYZER_SIMULATE_ROLLOUTS';

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(
    `input ${name}: "${value}" is not one of ${allowed.join(', ')}`,
    `set ${name} to one of ${allowed.join(', ')}`,
  );
}

function booleanInput(name: string, value: string): boolean {
  if (value === '') return false;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new ConfigError(`input ${name}: "${value}" is not a boolean`, `set ${name} to true or false`);
}

function listInput(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function durationInput(name: string, value: string): number | undefined {
  if (value === '') return undefined;
  try {
    return parseDuration(value);
  } catch {
    throw new ConfigError(`input ${name}: "${value}" is not a duration`, `write ${name} like 90s, 5m or 1h`);
  }
}

/** "Name: value" per line (HTTP style); every value is a secret as far as the logs are concerned. */
export function parseHeaderInput(text: string): Record<string, string> {
  return parseHeaders(
    text.split('\n'),
    // Never echo the line: it may hold a credential.
    (_line, index) =>
      new ConfigError(
        `input prometheus-headers: line ${index + 1} is not "Name: value"`,
        'write one header per line, like "Authorization: Bearer ${{ secrets.PROM_TOKEN }}"',
      ),
    { skipBlank: true },
  );
}

/** The kubeconfig text, decoded when it was given as base64 (null when the input is a path). */
export function kubeconfigText(value: string): string | null {
  const trimmed = value.trim();
  if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed) && trimmed.length > 64) {
    const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (/apiVersion|clusters/.test(decoded)) return decoded;
  }
  return /\n/.test(trimmed) || /^\s*apiVersion\s*:/m.test(trimmed) ? value : null;
}

export { kubeconfigSecrets };

/** Mask a value; multi-line values line by line, because the runner masks per line. */
function mask(value: string): void {
  if (value.trim() === '') return;
  core.setSecret(value);
  if (value.includes('\n')) {
    for (const line of value.split('\n')) if (line.trim().length >= 4) core.setSecret(line.trim());
  }
}

/** Mask every secret among the raw inputs. Runs before anything else logs. */
function maskSecrets(read: InputReader, env: NodeJS.ProcessEnv): void {
  mask(read('github-token'));
  const kubeconfig = read('kubeconfig');
  if (kubeconfig !== '') {
    const text = kubeconfigText(kubeconfig);
    if (text !== null) {
      if (text !== kubeconfig) mask(kubeconfig.trim()); // the base64 form as a whole
      for (const secret of kubeconfigSecrets(text)) mask(secret);
    }
  }
  const headers = read('prometheus-headers');
  for (const line of headers.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      for (const secret of headerSecrets(line.slice(0, colon), line.slice(colon + 1))) mask(secret);
    }
  }
  // A kubeconfig given as a path, or through KUBECONFIG, holds the same tokens and keys as an inline one.
  const files = kubeconfig !== '' && kubeconfigText(kubeconfig) === null ? [kubeconfig.trim()] : [];
  if (kubeconfig === '') files.push(...(env.KUBECONFIG ?? '').split(delimiter).filter(Boolean));
  for (const file of files) {
    const text = readIfSmall(file);
    if (text !== null) for (const secret of kubeconfigSecrets(text)) mask(secret);
  }
}

/** A kubeconfig file's text, or null (absent, unreadable, or too big to be one: not our error to raise here). */
function readIfSmall(file: string): string | null {
  try {
    return statSync(file).size <= MAX_KUBECONFIG_BYTES ? readFileSync(file, 'utf8') : null;
  } catch {
    return null;
  }
}

const MODES: readonly Mode[] = ['scan', 'learn', 'status', 'comment'];
const ERROR_POLICIES = ['fail', 'warn'] as const;
const COMMENT_POLICIES: readonly CommentPolicy[] = ['always', 'on-anomaly', 'never'];

/** Where to look: the source, the mesh, the namespaces, the cluster, and the Prometheus URL and headers. */
function targetInputs(read: InputReader, overrides: ConfigOverrides): void {
  const source = read('source');
  if (source !== '') overrides.source = oneOf('source', source, SOURCE_NAMES, 'simulated');
  const mesh = read('mesh');
  if (mesh !== '') overrides.mesh = oneOf('mesh', mesh, ['auto', ...MESH_NAMES] as const, 'auto');

  const namespaces = listInput(read('namespaces'));
  const badNamespace = namespaces.find((n) => !isKubernetesName(n));
  if (badNamespace !== undefined) {
    throw new ConfigError(
      `input namespaces: ${describeRefusedName(badNamespace)} is not a Kubernetes namespace name`,
      'list namespace names (lower-case letters, digits and "-"), comma or newline separated',
    );
  }
  if (namespaces.length > 0) overrides.namespaces = namespaces;

  const kubeconfig = read('kubeconfig');
  const context = read('context');
  if (kubeconfig !== '' || context !== '') {
    overrides.kube = {
      kubeconfig: kubeconfig === '' ? null : kubeconfig,
      context: context === '' ? null : context,
    };
  }

  const prometheusUrl = read('prometheus-url');
  const headers = read('prometheus-headers');
  if (prometheusUrl !== '' || headers.trim() !== '') {
    overrides.prometheus = {};
    if (prometheusUrl !== '') overrides.prometheus.url = prometheusUrlInput(prometheusUrl);
    if (headers.trim() !== '') overrides.prometheus.headers = parseHeaderInput(headers);
  }
}

/** The prometheus-url input, refused unless an http(s) URL without credentials in it. */
function prometheusUrlInput(prometheusUrl: string): string {
  let url: URL;
  try {
    url = new URL(prometheusUrl);
  } catch {
    throw new ConfigError('input prometheus-url is not a URL', 'set it like https://prometheus.example.com');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(
      'input prometheus-url must be http or https',
      'set it like https://prometheus.example.com',
    );
  }
  if (url.username || url.password) {
    throw new ConfigError(
      'input prometheus-url carries a user name or password',
      'put credentials in prometheus-headers (Authorization: ...) from a secret, not in the URL',
    );
  }
  return prometheusUrl;
}

/** How long to read (the learn or the scan window, by mode) and how often to sample. */
function windowInputs(read: InputReader, mode: Mode, overrides: ConfigOverrides): void {
  const duration = durationInput('duration', read('duration'));
  if (duration !== undefined) {
    if (mode === 'learn') overrides.learnDurationMs = duration;
    else overrides.scanDurationMs = duration;
  }
  const interval = durationInput('interval', read('interval'));
  if (interval !== undefined) {
    // One sample per interval: the series step and, for sidecars, the scrape interval.
    overrides.stepMs = interval;
    overrides.sidecars = { intervalMs: interval };
  }
}

/** Prometheus' time budgets, and its credentials from the step's environment and the SigV4 region. */
function prometheusAccessInputs(read: InputReader, env: NodeJS.ProcessEnv, overrides: ConfigOverrides): void {
  // Prometheus time budgets: per request, and for the whole collection.
  const timeout = durationInput('prometheus-timeout', read('prometheus-timeout'));
  const deadline = durationInput('prometheus-deadline', read('prometheus-deadline'));
  if (timeout !== undefined || deadline !== undefined) {
    overrides.prometheus = { ...overrides.prometheus, timeoutMs: timeout, deadlineMs: deadline };
  }

  // As for the CLI, credentials from the step's environment (env: from secrets), kept out of the inputs: a bearer
  // token (Google, Azure) or a user and password (Grafana Cloud).
  const token = env.PROMETHEUS_TOKEN;
  const user = env.PROMETHEUS_USERNAME;
  if (token || user) {
    overrides.prometheus = {
      ...overrides.prometheus,
      bearerToken: token || undefined,
      basicAuth: user ? { username: user, password: env.PROMETHEUS_PASSWORD ?? '' } : undefined,
    };
  }

  const sigv4Region = read('prometheus-sigv4-region');
  if (sigv4Region !== '') {
    overrides.prometheus = { ...overrides.prometheus, sigv4: { region: sigv4Region, service: 'aps' } };
  }
}

/** The gate's inputs: what fails the step, how many findings may pass, and what errors and old findings do. */
function gateInputs(read: InputReader): NonNullable<ConfigOverrides['gate']> {
  const gate: NonNullable<ConfigOverrides['gate']> = {};
  const failOn = read('fail-on');
  if (failOn !== '') gate.failOn = parseSeverity(failOn);
  const maxAnomalies = read('max-anomalies');
  if (maxAnomalies !== '') {
    if (!/^\d+$/.test(maxAnomalies.trim())) {
      throw new ConfigError(
        `input max-anomalies: "${maxAnomalies}" is not a whole number`,
        'set max-anomalies to 0 or more',
      );
    }
    gate.maxAnomalies = Number(maxAnomalies.trim());
  }
  const warnOnly = read('warn-only');
  if (warnOnly !== '') gate.warnOnly = booleanInput('warn-only', warnOnly);
  const onError = read('on-error');
  if (onError !== '') gate.onError = oneOf('on-error', onError.trim(), ERROR_POLICIES, 'fail');
  const before = read('before').trim();
  if (before !== '') gate.before = before === '0' ? 0 : durationInput('before', before);
  const preExisting = read('pre-existing');
  if (preExisting !== '')
    gate.preExisting = oneOf('pre-existing', preExisting.trim(), ['warn', 'fail'] as const, 'warn');
  return gate;
}

/** Rollouts: which version is new (else found from the data), and the baseline-less comparison. */
function rolloutInputs(read: InputReader): NonNullable<ConfigOverrides['rollout']> {
  const rollout: NonNullable<ConfigOverrides['rollout']> = {};
  for (const [input, key] of [
    ['new-version', 'newVersion'],
    ['old-version', 'oldVersion'],
  ] as const) {
    const value = read(input).trim();
    if (value === '') continue;
    if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/.test(value))
      throw new ConfigError(
        `input ${input}: "${value.slice(0, 64)}" is not a version label value`,
        'give the value of the version label as the mesh shows it, like v2 or 7d9f8c6b5',
      );
    rollout[key] = value;
  }
  const compareVersions = read('compare-versions');
  if (compareVersions !== '') rollout.compareVersions = booleanInput('compare-versions', compareVersions);
  return rollout;
}

/** The simulated mesh's rollouts and faults, from the environment (demos and tests). */
function simulatedInputs(env: NodeJS.ProcessEnv, overrides: ConfigOverrides): void {
  const rollouts = (env[SIMULATE_ROLLOUTS_ENV] ?? '').trim();
  if (rollouts !== '') overrides.simulated = { rollouts: listInput(rollouts).map(parseRollout) };
  const faults = (env[SIMULATE_FAULTS_ENV] ?? '').trim();
  if (faults !== '') {
    overrides.simulated = { ...overrides.simulated, faults: listInput(faults).map(parseFault) };
    if ((overrides.source ?? 'simulated') !== 'simulated') {
      log.warning(
        `${SIMULATE_FAULTS_ENV} only applies to source: simulated; it is ignored for ${overrides.source}.`,
      );
    }
  }
}

/** The comment-id input: a short name per gate, so several gates keep their own sticky comment. */
function commentIdInput(read: InputReader): string {
  const commentId = read('comment-id') || 'default';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(commentId)) {
    throw new ConfigError(
      `input comment-id: "${commentId.slice(0, 64)}" may only hold letters, digits, ".", "_" and "-"`,
      'pick a short name per gate, like staging or canary',
    );
  }
  return commentId;
}

/** The baseline artifact to download (null: none), and the branch whose runs may supply it. */
function artifactInputs(
  read: InputReader,
  mode: Mode,
): Pick<ActionInputs, 'artifactBranch' | 'baselineArtifact'> {
  const artifactName = read('baseline-artifact').trim();
  if (artifactName !== '' && /[":<>|*?\\/\r\n]/.test(artifactName)) {
    throw new ConfigError(
      `input baseline-artifact: "${artifactName}" is not a valid artifact name`,
      'artifact names cannot contain " : < > | * ? \\ / or newlines',
    );
  }
  if (mode === 'status' && artifactName !== '') {
    log.warning('baseline-artifact is not used in mode: status (it reads the local baseline-path).');
  }

  const trustedEvents = listInput(read('baseline-trusted-events'));
  if (trustedEvents.some((e) => !/^[a-z_]+$/.test(e))) {
    throw new ConfigError(
      'input baseline-trusted-events: not a list of event names',
      `list GitHub event names, like ${DEFAULT_TRUSTED_EVENTS.join(', ')}`,
    );
  }
  const maxSizeText = read('baseline-artifact-max-size');
  const maxBytes = maxSizeText === '' ? DEFAULT_ARTIFACT_MAX_BYTES : parseByteSize(maxSizeText);
  if (maxBytes === null) {
    throw new ConfigError(
      `input baseline-artifact-max-size: "${maxSizeText.slice(0, 32)}" is not a size`,
      'write it like 64MiB, 10MB or a number of bytes',
    );
  }

  const artifactBranch = read('baseline-artifact-branch').trim() || null;
  if (
    artifactBranch !== null &&
    /[\s~^:?*[\\]|\.\.|^-/.test(artifactBranch) &&
    artifactBranch !== ANY_BRANCH
  ) {
    throw new ConfigError(
      `input baseline-artifact-branch: "${artifactBranch.slice(0, 64)}" is not a branch name`,
      `name a branch like main, or ${ANY_BRANCH} for any branch (then any trusted run of this repository may supply the baseline)`,
    );
  }
  return {
    artifactBranch,
    baselineArtifact:
      artifactName === ''
        ? null
        : {
            name: artifactName,
            workflow: read('baseline-artifact-workflow') || null,
            branch: artifactBranch,
            trustedEvents: trustedEvents.length > 0 ? trustedEvents : DEFAULT_TRUSTED_EVENTS,
            maxBytes,
          },
  };
}

/** Read, mask and validate every input. Call inside run()'s try block, never at import time. */
export function getInputs(
  read: InputReader = defaultReader,
  env: NodeJS.ProcessEnv = process.env,
): ActionInputs {
  maskSecrets(read, env);

  const mode = oneOf('mode', read('mode'), MODES, 'scan');
  const overrides: ConfigOverrides = {};
  targetInputs(read, overrides);
  windowInputs(read, mode, overrides);
  prometheusAccessInputs(read, env, overrides);
  const baselinePath = read('baseline-path');
  if (baselinePath !== '') overrides.baselinePath = baselinePath;
  const gate = gateInputs(read);
  if (Object.keys(gate).length > 0) overrides.gate = gate;
  const rollout = rolloutInputs(read);
  if (Object.keys(rollout).length > 0) overrides.rollout = rollout;
  simulatedInputs(env, overrides);
  const commentId = commentIdInput(read);
  const { artifactBranch, baselineArtifact } = artifactInputs(read, mode);

  const from = read('from');
  const to = read('to');
  if (mode === 'status' && (from !== '' || to !== '')) log.warning('from/to are ignored in mode: status.');

  const inputs: ActionInputs = {
    mode,
    configFile: read('config') || null,
    overrides,
    window: { from: from || null, to: to || null },
    deployedAt: read('deployed-at').trim() || null,
    artifactBranch,
    baselineArtifact,
    comment: oneOf('comment', read('comment'), COMMENT_POLICIES, 'on-anomaly'),
    commentId,
    githubToken: read('github-token'),
    reportPath: read('report-path') || 'smanalyzer-report.json',
  };
  if (inputs.comment !== 'never' && inputs.githubToken === '' && (mode === 'scan' || mode === 'comment')) {
    log.warning('comment is enabled but github-token is empty: no PR comment will be posted.');
  }
  if (gate.warnOnly && gate.failOn !== undefined) {
    log.info(
      'warn-only is set: fail-on only decides which findings are errors in annotations, never the step.',
    );
  }
  return inputs;
}
