/**
 * Defense in depth for the files the Action writes itself (job summary, PR comment body, report file):
 * the same secrets the runner masks in the log, scrubbed by a SecretRedactor before anything is written,
 * in case an error from a client library echoed a header into a report note.
 */
import type { Config } from '../core/settings.js';
import { SecretRedactor } from '../config/secrets.js';
import { stripTerminalControls } from '../core/text-safety.js';

/**
 * Every credential in play: the github-token input, the environment's, the merged config's (Prometheus
 * auth and header values, kubeconfig tokens and keys), and the credential alone behind a scheme
 * ("Bearer abc" → "abc"), as the runner's masks have it.
 */
export function actionRedactor(
  githubToken: string,
  config: Config | null,
  env: NodeJS.ProcessEnv = process.env,
): SecretRedactor {
  const redactor = new SecretRedactor().addFromEnv(env).add(githubToken);
  if (config) redactor.addFromConfig(config, env);
  return redactor;
}

/** A string as the Action may write it: no known secret, no ANSI escape, no bidi override. */
export const scrubText = (redactor: SecretRedactor, text: string): string =>
  stripTerminalControls(redactor.redact(text));

const scrubStrings = (redactor: SecretRedactor) => (_key: string, v: unknown) =>
  typeof v === 'string' ? scrubText(redactor, v) : v;

/** JSON with every string value scrubbed: a redaction can never break the document's syntax. */
export function redactedJson(value: unknown, redactor: SecretRedactor): string {
  return JSON.stringify(value, scrubStrings(redactor), 2) + '\n';
}

/**
 * A copy of a JSON-shaped value (a report) with every string scrubbed, numbers untouched. Scrub the data
 * before rendering it: Markdown escaping rewrites a secret ("ghs_x" → "ghs\\_x"), so a scrub of the
 * rendered text alone would miss it.
 */
export function redactDeep<T>(value: T, redactor: SecretRedactor): T {
  const scrub = (v: unknown): unknown => {
    if (typeof v === 'string') return scrubText(redactor, v);
    if (Array.isArray(v)) return v.map(scrub);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x)]));
    return v;
  };
  return scrub(value) as T;
}
