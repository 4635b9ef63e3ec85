/**
 * Owns secret hygiene at the output edge: knows every credential in play (kubeconfig tokens and keys,
 * Prometheus bearer token / basic-auth password / header values, the GitHub token) and scrubs them, and the
 * encodings they travel in, from any text before it is printed or written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import * as yaml from 'js-yaml';
import type { Config } from '../core/settings.js';
import {
  decodeWrappedBase64,
  KUBECONFIG_YAML_OPTIONS,
  MAX_KUBECONFIG_BYTES,
} from '../core/kubeconfig-limits.js';

export { MAX_KUBECONFIG_BYTES };

export const REDACTED = '[redacted]';

/** Shorter values are too likely to occur by chance (a header value "on", a password "1"). */
const MIN_SECRET_LENGTH = 4;

/** Environment variables whose values are credentials wherever they appear. */
const SECRET_ENV = [
  'PROMETHEUS_TOKEN',
  'PROMETHEUS_PASSWORD',
  'GITHUB_TOKEN',
  'INPUT_GITHUB-TOKEN',
  'INPUT_GITHUB_TOKEN',
  // The AWS default chain's credentials (SigV4 signing): what the chain reads must not be written back out.
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
];

/** Keys under a kubeconfig user (and its auth-provider / exec env) whose values are credentials. */
const KUBE_SECRET_KEYS = new Set([
  'token',
  'password',
  'client-key-data',
  'client-certificate-data',
  'access-token',
  'refresh-token',
  'id-token',
  'client-secret',
  'value', // exec plugin env values
]);

/**
 * Headers whose values identify rather than authenticate (a tenant, an org, content negotiation): masking
 * them hides nothing and breaks the output (`X-Scope-OrgID: bookinfo` turned `bookinfo/reviews` into
 * `[redacted]/reviews`). Every other header value is treated as a credential.
 */
const NON_SECRET_HEADERS = new Set([
  'x-scope-orgid',
  'thanos-tenant',
  'x-grafana-org-id',
  'x-org-id',
  'x-tenant-id',
  'accept',
  'accept-encoding',
  'content-type',
  'user-agent',
  'cache-control',
  'x-request-id',
]);

/** True when a header's value must be kept out of logs and files. */
export function isSecretHeader(name: string): boolean {
  return !NON_SECRET_HEADERS.has(name.trim().toLowerCase());
}

/** The secret parts of a header value: the whole value and the credential behind a scheme ("Bearer abc"). */
export function headerSecrets(name: string, value: string): string[] {
  if (!isSecretHeader(name)) return [];
  const parts = value.trim().split(/\s+/);
  return parts.length > 1 ? [value.trim(), parts.slice(1).join(' ')] : [value.trim()];
}

export class SecretRedactor {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | null = null;

  /** Registers a secret and the forms it is sent in (base64, URL-encoded). */
  add(secret: string | null | undefined): this {
    if (typeof secret !== 'string') return this;
    const value = secret.trim();
    if (value.length < MIN_SECRET_LENGTH) return this;
    for (const form of [value, encodeURIComponent(value), Buffer.from(value).toString('base64')]) {
      if (form.length >= MIN_SECRET_LENGTH) this.secrets.add(form);
    }
    this.pattern = null;
    return this;
  }

  /** Credentials the environment hands the CLI or the Action. */
  addFromEnv(env: NodeJS.ProcessEnv): this {
    for (const name of SECRET_ENV) this.add(env[name]);
    const user = env.PROMETHEUS_USERNAME;
    if (user && env.PROMETHEUS_PASSWORD) this.add(`${user}:${env.PROMETHEUS_PASSWORD}`);
    return this;
  }

  /** Credentials in the merged configuration, including the kubeconfig it points at. */
  addFromConfig(config: Config, env: NodeJS.ProcessEnv = process.env): this {
    const { prometheus } = config;
    this.add(prometheus.bearerToken);
    if (prometheus.basicAuth) {
      this.add(prometheus.basicAuth.password);
      this.add(`${prometheus.basicAuth.username}:${prometheus.basicAuth.password}`);
    }
    for (const [name, value] of Object.entries(prometheus.headers)) {
      for (const secret of headerSecrets(name, value)) this.add(secret);
    }
    if (prometheus.url) {
      try {
        const url = new URL(prometheus.url);
        if (url.password) {
          const password = decodeURIComponent(url.password);
          this.add(password);
          // What a client sends for URL credentials: Basic base64(user:password) (add() registers the base64).
          this.add(`${decodeURIComponent(url.username)}:${password}`);
        }
      } catch {
        // an invalid URL is reported elsewhere; it carries no credential we could parse
      }
    }
    for (const text of kubeconfigTexts(config.kube.kubeconfig, env)) {
      for (const secret of kubeconfigSecrets(text)) this.add(secret);
    }
    return this;
  }

  /** Every string scrubbed (secrets and their encodings), for the runner's masks. */
  values(): string[] {
    return [...this.secrets];
  }

  /** How many distinct strings (secrets and their encodings) are scrubbed. */
  get size(): number {
    return this.secrets.size;
  }

  redact(text: string): string {
    if (text.length === 0) return text;
    // Credentials we were not told about but that announce themselves (an echoed Authorization header).
    const scrubbed = text
      .replace(/(authorization["']?\s*[:=]\s*["']?)(bearer|basic)\s+[^\s"',}]+/gi, `$1$2 ${REDACTED}`)
      .replace(/\bBearer [A-Za-z0-9._~+/-]{16,}=*/g, `Bearer ${REDACTED}`);
    if (this.secrets.size === 0) return scrubbed;
    // Longest first, so a secret that contains another is replaced whole.
    this.pattern ??= new RegExp(
      [...this.secrets]
        .sort((a, b) => b.length - a.length)
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    return scrubbed.replace(this.pattern, REDACTED);
  }

  /** A writable that scrubs before it writes (keeps isTTY so progress still knows its terminal). */
  wrap<W extends { write(text: string): unknown; isTTY?: boolean }>(stream: W): W {
    return {
      write: (text: string) => stream.write(this.redact(String(text))),
      get isTTY() {
        return stream.isTTY;
      },
    } as unknown as W;
  }
}

/** The kubeconfig texts a run may use: explicit (path, inline YAML or base64), KUBECONFIG, ~/.kube/config. */
function kubeconfigTexts(explicit: string | null, env: NodeJS.ProcessEnv): string[] {
  const read = (file: string) => {
    try {
      return existsSync(file) ? [readFileSync(file, 'utf8')] : [];
    } catch {
      return [];
    }
  };
  const value = explicit?.trim();
  if (value) {
    // Base64 first: a wrapped one has newlines but is not YAML.
    const decoded = existsSync(value) ? undefined : decodeWrappedBase64(value);
    if (decoded !== undefined) return [decoded];
    if (value.includes('\n') || /^\s*(apiVersion|kind|clusters|contexts|users)\s*:/m.test(value))
      return [value];
    return read(value);
  }
  const fromEnv = (env.KUBECONFIG ?? '').split(delimiter).filter(Boolean);
  if (fromEnv.length > 0) return fromEnv.flatMap(read);
  return read(join(env.HOME || homedir(), '.kube', 'config'));
}

/** Credential values under `users:` (token, password, client key, auth-provider tokens, exec env values). */
export function kubeconfigSecrets(text: string): string[] {
  if (Buffer.byteLength(text) > MAX_KUBECONFIG_BYTES) return [];
  let parsed: unknown;
  try {
    // Aliases capped: the walk below would follow a billion-laughs graph exponentially.
    parsed = yaml.load(text, KUBECONFIG_YAML_OPTIONS);
  } catch {
    return [];
  }
  const users = (parsed as { users?: unknown } | null)?.users;
  if (!Array.isArray(users)) return [];
  const found: string[] = [];
  const visit = (node: unknown, key: string | null) => {
    if (typeof node === 'string') {
      if (key !== null && KUBE_SECRET_KEYS.has(key) && node !== '') found.push(node);
      // A token kept in a file is as secret as one written inline.
      if (key === 'tokenFile') found.push(...readTokenFile(node));
      return;
    }
    if (Array.isArray(node)) for (const item of node) visit(item, key);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) visit(v, k);
    }
  };
  for (const user of users) visit((user as { user?: unknown } | null)?.user, null);
  return found;
}

function readTokenFile(path: string): string[] {
  try {
    const token = readFileSync(path, 'utf8').trim();
    return token ? [token] : [];
  } catch {
    return []; // unreadable: the client cannot send it either
  }
}
