/**
 * Kubernetes names as the tool accepts them. A namespace or service name comes from labels, sidecar
 * expositions, the API server or a baseline file; every one of those can carry text an attacker chose
 * (`::warning ...`, newlines, bidi overrides). A real name is an RFC 1123 label (what Kubernetes itself
 * requires of namespaces and services): anything else is refused where it enters, with a note.
 */

/** RFC 1123 label: lower-case letters, digits and '-', starting and ending alphanumeric, at most 63. */
const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export function isKubernetesName(value: string): boolean {
  return DNS_1123_LABEL.test(value);
}

/** A refused value as it may be shown: quoted, controls escaped, shortened. Never the raw text. */
export function describeRefusedName(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(shown).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Collects the names refused at one edge, so the source can say once what it dropped and why, with a
 * few examples (escaped), instead of one note per sample.
 */
export class RefusedNames {
  private readonly seen = new Set<string>();

  /** True when both are Kubernetes names; otherwise remembers the bad one and answers false. */
  accept(namespace: string, name: string): boolean {
    const bad = [namespace, name].filter((v) => !isKubernetesName(v));
    for (const value of bad) this.seen.add(value);
    return bad.length === 0;
  }

  get size(): number {
    return this.seen.size;
  }

  /** One note for the report, or null when nothing was refused. */
  note(where: string): string | null {
    if (this.seen.size === 0) return null;
    const examples = [...this.seen].slice(0, 3).map(describeRefusedName).join(', ');
    return (
      `Ignored ${this.seen.size} ${where} value${this.seen.size === 1 ? '' : 's'} that ` +
      `${this.seen.size === 1 ? 'is' : 'are'} not a Kubernetes name (RFC 1123 label): ${examples}` +
      `${this.seen.size > 3 ? ', …' : ''}.`
    );
  }
}

/** The first `shown` names, then how many more ("a, b, c and 4 more"): a note or a log line stays one line. */
export function nameList(names: readonly string[], shown: number): string {
  const more = names.length > shown ? ` and ${names.length - shown} more` : '';
  return `${names.slice(0, shown).join(', ')}${more}`;
}
