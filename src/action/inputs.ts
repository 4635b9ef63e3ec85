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
import { parseHeaders } from '../config/headers.js';
import {
  credentialsFromEnv,
  parseDuration,
  parseFault,
  parseRollout,
  parseSeverity,
  type ConfigOverrides,
} from '../config/load.js';
import { setAt, SETTINGS, type Setting } from '../core/settings.js';
import { ConfigError } from '../core/types.js';
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

/** The URL of a Prometheus: http(s), with no credentials in it (they would reach logs and reports). */
function prometheusUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
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
  return value;
}

/** One input's value in its setting's unit, its message naming the input; undefined: not given. */
function inputValue(setting: Setting, name: string, value: string): unknown {
  const trimmed = value.trim();
  switch (setting.unit) {
    case 'choice':
      return oneOf(name, trimmed, setting.choices ?? [], trimmed);
    case 'severity':
      return parseSeverity(value);
    case 'boolean':
      return booleanInput(name, value);
    case 'duration':
      return setting.zeroTurnsOff && trimmed === '0' ? 0 : durationInput(name, trimmed);
    case 'count':
      if (!/^\d+$/.test(trimmed)) {
        throw new ConfigError(`input ${name}: "${value}" is not a whole number`, `set ${name} to 0 or more`);
      }
      return Number(trimmed);
    case 'namespaces': {
      const namespaces = listInput(value);
      const bad = namespaces.find((n) => !isKubernetesName(n));
      if (bad !== undefined) {
        throw new ConfigError(
          `input ${name}: ${describeRefusedName(bad)} is not a Kubernetes namespace name`,
          'list namespace names (lower-case letters, digits and "-"), comma or newline separated',
        );
      }
      return namespaces.length > 0 ? namespaces : undefined;
    }
    case 'url':
      return prometheusUrl(value);
    case 'headers':
      return trimmed === '' ? undefined : parseHeaderInput(value);
    case 'version':
      if (!/^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/.test(trimmed))
        throw new ConfigError(
          `input ${name}: "${trimmed.slice(0, 64)}" is not a version label value`,
          'give the value of the version label as the mesh shows it, like v2 or 7d9f8c6b5',
        );
      return trimmed;
    case 'sigv4':
      return { region: value, service: 'aps' };
    default:
      return value;
  }
}

/**
 * The settings the inputs set, from their declaration (core/settings.ts): each input read once and parsed in
 * its setting's unit. One input may set two settings (`interval`: the series step and the sidecar scrape
 * interval, one sample per interval), and one is read by mode (`duration`: learn's window in mode learn).
 */
function settingsFromInputs(read: InputReader, mode: Mode): ConfigOverrides {
  const overrides: ConfigOverrides = {};
  const window = mode === 'learn' ? 'learn' : 'scan';
  for (const setting of SETTINGS) {
    const input = setting.input;
    if (!input || (input.for && input.for !== window)) continue;
    const value = read(input.name);
    // The runner trims an input; one of spaces alone is not given, as an empty one is not.
    if (value.trim() === '') continue;
    const parsed = inputValue(setting, input.name, value);
    if (parsed !== undefined) setAt(overrides, setting.path, parsed);
  }
  return overrides;
}

const MODES: readonly Mode[] = ['scan', 'learn', 'status', 'comment'];
const COMMENT_POLICIES: readonly CommentPolicy[] = ['always', 'on-anomaly', 'never'];

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
  const overrides = settingsFromInputs(read, mode);
  // As for the CLI, credentials from the step's environment (env: from secrets), kept out of the inputs: a bearer
  // token (Google, Azure) or a user and password (Grafana Cloud).
  const { bearerToken, basicAuth } = credentialsFromEnv(env);
  if (bearerToken || basicAuth) overrides.prometheus = { ...overrides.prometheus, bearerToken, basicAuth };
  const gate = overrides.gate ?? {};
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
