/**
 * When a service's series can be built: once every piece of the queries it needs is in. A learn reads the bucket
 * query (the long one) by groups of namespaces (pieces.ts namespaceGroups), so a group's services are built, handed
 * on and let go while the server still computes the next group's; without groups, all at the end. Pure
 * bookkeeping: what to build is the caller's.
 */
import { compareServiceKeys, serviceId, type ServiceKey } from '../../core/types.js';

/** The pieces not in yet of every query but the grouped one: each group needs them too. */
const OTHERS = 'others';

export class GroupedEmission {
  private readonly outstanding = new Map<string, number>();
  private readonly emitted = new Set<string>();

  /**
   * `groups`: the namespace groups the grouped query is asked in (none: everything at the end);
   * `known`: the services known so far; `build`: builds one service's series and hands it on.
   */
  constructor(
    private readonly groups: string[][],
    private readonly known: () => ServiceKey[],
    private readonly build: (key: ServiceKey) => void,
  ) {}

  /** What a piece counts towards: its group, for the grouped query, else the others. */
  tagOf(grouped: boolean, namespaces: string[] | null): string {
    return grouped && this.groups.length > 0 ? (namespaces ?? []).join('|') : OTHERS;
  }

  /** Pieces planned (+n), or split in two (+1). */
  expect(tag: string, pieces = 1): void {
    this.outstanding.set(tag, (this.outstanding.get(tag) ?? 0) + pieces);
  }

  /** A piece is in: builds every group that is now complete. */
  arrived(tag: string): void {
    this.outstanding.set(tag, (this.outstanding.get(tag) ?? 0) - 1);
    if ((this.outstanding.get(OTHERS) ?? 0) > 0) return;
    for (const group of this.groups) {
      const groupTag = group.join('|');
      if (this.outstanding.get(groupTag) !== 0) continue;
      this.outstanding.delete(groupTag);
      this.emit(this.known().filter((key) => group.includes(key.namespace)));
    }
  }

  /** A group added after the plan (namespaces the count did not see). */
  addGroup(group: string[]): void {
    this.groups.push(group);
  }

  /** Builds every known service not built yet, in order. */
  emit(keys: ServiceKey[] = this.known()): void {
    for (const key of [...keys].sort(compareServiceKeys)) {
      const id = serviceId(key);
      if (this.emitted.has(id)) continue;
      this.emitted.add(id);
      this.build(key);
    }
  }
}
