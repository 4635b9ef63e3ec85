/**
 * Label selectors as the Kubernetes API server parses and matches them (=, ==, !=, in, notin, exists, !exists),
 * for the API emulator's list calls.
 */

/** Label selector requirements as the API server parses them: =, ==, !=, in, notin, exists, !exists. */
export type Requirement =
  { key: string; op: 'in' | 'notin'; values: string[] } | { key: string; op: 'exists' | 'notexists' };

export function parseLabelSelector(selector: string): Requirement[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const requirements: Requirement[] = [];
  for (const raw of parts.map((p) => p.trim()).filter(Boolean)) {
    let m: RegExpMatchArray | null;
    if ((m = raw.match(/^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/))) {
      requirements.push({
        key: m[1],
        op: m[2] as 'in' | 'notin',
        values: m[3].split(',').map((v) => v.trim()),
      });
    } else if ((m = raw.match(/^([\w./-]+)\s*!=\s*([\w./-]*)$/))) {
      requirements.push({ key: m[1], op: 'notin', values: [m[2]] });
    } else if ((m = raw.match(/^([\w./-]+)\s*==?\s*([\w./-]*)$/))) {
      requirements.push({ key: m[1], op: 'in', values: [m[2]] });
    } else if ((m = raw.match(/^!([\w./-]+)$/))) {
      requirements.push({ key: m[1], op: 'notexists' });
    } else if ((m = raw.match(/^([\w./-]+)$/))) {
      requirements.push({ key: m[1], op: 'exists' });
    } else {
      throw new Error(`unable to parse requirement: ${raw}`);
    }
  }
  return requirements;
}

export function matchesSelector(
  labels: Record<string, string> | undefined,
  requirements: Requirement[],
): boolean {
  const l = labels ?? {};
  return requirements.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case 'exists':
        return has;
      case 'notexists':
        return !has;
      case 'in':
        return has && r.values.includes(l[r.key]);
      case 'notin':
        return !has || !r.values.includes(l[r.key]);
    }
  });
}
