/**
 * Which service a series is, by a dialect's naming (dialect.ts): the Service its labels name, or — where only a
 * workload is named (a Linkerd request whose authority is an address, a kubelet probe) — the Service the same
 * workload's other requests named, else the workload itself. And which Service a caller is. Pure.
 */
import { isKubernetesName, RefusedNames } from '../core/names.js';
import type { ServiceKey } from '../core/types.js';
import { nameFromLabels, type CallerNaming, type ServiceNaming } from './dialect.js';

type Labels = Readonly<Record<string, string>>;

/** Names services from series labels, remembering which Service each workload was called by. */
export class ServiceNamer {
  /** namespace/workload → the one Service its requests named (null: several, so none). */
  private readonly aliases = new Map<string, string | null>();

  constructor(
    private readonly naming: ServiceNaming,
    private readonly workloadLabels: readonly string[],
    private readonly refused = new RefusedNames(),
  ) {}

  /** Whether any label set may need an alias: only namings with a fallback part. */
  get usesAliases(): boolean {
    return this.naming.name.some((part) => part.fallback);
  }

  private workloadOf(labels: Labels): string | undefined {
    for (const label of this.workloadLabels) if (labels[label]) return labels[label];
    return undefined;
  }

  /** Learns from label sets (a services query's answer): which Service each workload's requests named. */
  learn(labelSets: Iterable<Labels>): this {
    for (const labels of labelSets) {
      const named = nameFromLabels(this.naming, labels);
      const workload = this.workloadOf(labels);
      if (!named || named.fallback || !workload) continue;
      const id = `${named.namespace}/${workload}`;
      const known = this.aliases.get(id);
      if (known === undefined) this.aliases.set(id, named.name);
      else if (known !== named.name) this.aliases.set(id, null);
    }
    return this;
  }

  /** The Service a workload's requests named, when exactly one. */
  serviceOfWorkload(namespace: string, workload: string): string | undefined {
    return this.aliases.get(`${namespace}/${workload}`) ?? undefined;
  }

  /**
   * The service a series is, or undefined (no usable labels, or not Kubernetes names: refused, with a note). A
   * workload named alone whose other requests named its Service is a kubelet probe or a call by address: not the
   * Service's traffic, so not read (a steady probe rate would hide a change of the real one); a workload whose
   * requests never name a Service is read under its own name.
   */
  key(labels: Labels): ServiceKey | undefined {
    const named = nameFromLabels(this.naming, labels);
    if (!named) return undefined;
    if (named.fallback && this.serviceOfWorkload(named.namespace, named.name)) return undefined;
    const name = named.name;
    // Labels are whatever the scraped workloads said: only Kubernetes names go on (core/names.ts).
    if (!this.refused.accept(named.namespace, name)) return undefined;
    return { namespace: named.namespace, name };
  }
}

/** Whether a caller is traffic from outside the mesh (a gateway, an ingress controller, `unknown`). */
export function isOutsideCaller(naming: CallerNaming, labels: Labels): boolean {
  const namespace = labels[naming.namespace];
  const workload = naming.workload.map((label) => labels[label]).find(Boolean);
  if (!workload || !namespace || namespace === 'unknown') return true;
  return new RegExp(`^(?:${naming.outside})$`).test(workload);
}

/** The caller's workload as its labels name it, or undefined for traffic from outside. */
export function callerWorkload(
  naming: CallerNaming,
  labels: Labels,
): { namespace: string; name: string } | undefined {
  if (isOutsideCaller(naming, labels)) return undefined;
  const name = naming.workload.map((label) => labels[label]).find(Boolean)!;
  const namespace = labels[naming.namespace];
  // Labels are whatever the calling proxies said: a caller that is not named as Kubernetes names things is not
  // carried into reports under that name, but counted with the traffic from outside.
  if (!isKubernetesName(namespace) || !isKubernetesName(name)) return undefined;
  return { namespace, name };
}

/**
 * The Service a caller most likely is, from its labels alone: its canonical service when that is a known
 * service, else the Service its workload serves (`aliasOf`, from the callee-side naming), else its workload less
 * a version suffix (reviews-v2 → reviews) when that is known, else the canonical service (or workload) as it is.
 * Null for traffic from outside the mesh.
 */
export function callerFromLabels(
  naming: CallerNaming,
  labels: Labels,
  known: ReadonlySet<string>,
  aliasOf?: (namespace: string, workload: string) => string | undefined,
): ServiceKey | null {
  const workload = callerWorkload(naming, labels);
  if (!workload) return null;
  const { namespace } = workload;
  const canonical = naming.canonical ? labels[naming.canonical] : undefined;
  const alias = aliasOf?.(namespace, workload.name);
  const candidates = [canonical, alias, workload.name.replace(/-v\d+$/, ''), workload.name].filter(
    (c): c is string => c !== undefined && c !== 'unknown' && isKubernetesName(c),
  );
  const name = candidates.find((c) => known.has(`${namespace}/${c}`)) ?? candidates[0] ?? workload.name;
  return { namespace, name };
}
