/**
 * Bounds on a kubeconfig before anything parses or walks it. Real kubeconfigs are a few kilobytes and use no
 * YAML aliases; a "billion laughs" of nested aliases loads as a small shared graph but explodes for anything
 * that walks or copies it (the secret finder, the Kubernetes client), so aliases are capped at load.
 */
export const MAX_KUBECONFIG_BYTES = 4 * 1024 * 1024;

/** js-yaml load options for kubeconfig text: at most this many alias nodes (`*ref`). */
export const KUBECONFIG_YAML_OPTIONS = { maxAliases: 64 } as const;

/** Node's base64 decoder skips whitespace, so a wrapped (line-broken) base64 kubeconfig decodes whole. */
export function decodeWrappedBase64(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (compact.length < 16 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64').toString('utf8');
}
