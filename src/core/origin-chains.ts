/**
 * Chains of explanations: each explained finding follows its strongest explanation to the explaining service's
 * finding of the same kind, and on until a finding nothing explains (its service is the origin) or a network
 * edge. Pure.
 */
import { signalKind } from './origin-edges.js';
import { severityWeight, type Explanation, type OriginGraph } from './origin-graph.js';

/**
 * Where a finding's chain ends: a finding nothing explains, a network edge, or a service that shows nothing itself
 * but explains what follows (a caller that stopped calling).
 */
export type Root = { finding: number } | { network: Explanation } | { silent: Explanation };

/** Each finding's strongest explanation (ties: by the explainer's id), null when nothing explains it. */
export function strongestExplanations(explanations: Explanation[][]): Array<Explanation | null> {
  return explanations.map(
    (list) => [...list].sort((a, b) => b.strength - a.strength || a.by.localeCompare(b.by))[0] ?? null,
  );
}

/** The explaining service's finding a finding's chain goes on to, null when it ends here. */
function nextFinding(graph: OriginGraph, best: Array<Explanation | null>, i: number): number | null {
  const e = best[i];
  if (!e || e.network) return null;
  const f = graph.input.findings[i];
  const kind = e.follows ?? signalKind(f.type);
  const there = graph.byService.get(e.by) ?? [];
  const same = there.find((j) => {
    const g = graph.input.findings[j];
    return signalKind(g.type) === kind && (kind !== 'traffic' || g.type === f.type);
  });
  return same ?? there.find((j) => signalKind(graph.input.findings[j].type) !== 'traffic') ?? null;
}

/**
 * The finding (or network edge) each finding's chain of explanations ends at; loops are cut at their strongest
 * finding, whose explanation in `best` is set to null. Every finding on a walked chain keeps the root it found, so
 * a long chain is walked once, not once per finding.
 */
export function chainRoots(graph: OriginGraph, best: Array<Explanation | null>): Root[] {
  const { findings } = graph.input;
  const rootMemo: Array<Root | undefined> = new Array(findings.length);
  const onPath = new Int32Array(findings.length).fill(-1);
  const rootOf = (i: number): Root => {
    for (let attempt = 0; attempt <= findings.length; attempt++) {
      const path: number[] = [];
      let at = i;
      let root: Root | undefined;
      for (;;) {
        root = rootMemo[at];
        if (root) break;
        const e = best[at];
        if (!e) {
          root = { finding: at };
          break;
        }
        if (e.network) {
          root = { network: e };
          break;
        }
        const next = nextFinding(graph, best, at);
        if (next === null) {
          root = e.silentCaller ? { silent: e } : { finding: at };
          break;
        }
        onPath[at] = path.length;
        path.push(at);
        if (onPath[next] >= 0) {
          const loop = path.slice(onPath[next]);
          const strongest = loop.sort(
            (a, b) => severityWeight(findings[b]) - severityWeight(findings[a]) || a - b,
          )[0];
          best[strongest] = null;
          break;
        }
        at = next;
      }
      for (const p of path) onPath[p] = -1;
      if (!root) continue; // a loop was cut: walk again
      rootMemo[at] = root;
      for (const p of path) rootMemo[p] = root;
      return root;
    }
    return { finding: i };
  };
  return findings.map((_, i) => rootOf(i));
}
