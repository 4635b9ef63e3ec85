/**
 * HTTP headers for Prometheus, from the CLI's repeated --prometheus-header or the Action's multi-line
 * prometheus-headers input: one "Name: value" per line, the name an HTTP token. How a bad line is reported is
 * the caller's (it names its flag or input); the value is never echoed, since it may hold a credential.
 */
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

export function parseHeaders(
  lines: readonly string[],
  refuse: (line: string, index: number) => Error,
  options: { skipBlank?: boolean } = {},
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' && options.skipBlank) continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!HEADER_NAME.test(name)) throw refuse(raw, index);
    headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}
