/**
 * The `learn` command a fix line offers, as the user would run it here: the connection flags they gave this
 * command (source, Prometheus, cluster, namespaces, config, baseline, the simulated mesh's shape), so it runs as
 * pasted. A header that carries a credential is named, never repeated: its value stays out of every log.
 */
import { isSecretHeader } from '../config/secrets.js';
import type { Flags } from './flags.js';

/** A shell word: quoted when it holds anything a shell would read differently. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:=@%+,~-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function learnCommandFrom(flags: Flags): string {
  const words = ['smanalyzer', 'learn'];
  const add = (flag: string, value: unknown) => {
    if (typeof value === 'string' && value !== '') words.push(flag, shellWord(value));
    else if (typeof value === 'number') words.push(flag, String(value));
  };
  add('--config', flags.config);
  add('--source', flags.source);
  add('--mesh', flags.mesh);
  add('--prometheus-url', flags.prometheusUrl);
  const secretHeaders: string[] = [];
  for (const header of flags.prometheusHeader ?? []) {
    const name = header.split(':')[0].trim();
    if (isSecretHeader(name)) secretHeaders.push(name);
    else add('--prometheus-header', header);
  }
  add('--prometheus-ca', flags.prometheusCa);
  add('--prometheus-sigv4-region', flags.prometheusSigv4Region);
  add('--prometheus-sigv4-service', flags.prometheusSigv4Service);
  if (flags.insecureSkipTlsVerify) words.push('--insecure-skip-tls-verify');
  add('--kubeconfig', flags.kubeconfig);
  add('--context', flags.context);
  for (const namespace of flags.namespace ?? []) add('--namespace', namespace);
  add('--step', flags.step);
  add('--topology', flags.topology);
  add('--seed', flags.seed);
  add('--baseline', flags.baseline);
  const same = secretHeaders.length
    ? ` (with the same --prometheus-header ${secretHeaders.map((n) => `'${n}: …'`).join(', ')})`
    : '';
  return words.join(' ') + same;
}
