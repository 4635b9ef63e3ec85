/**
 * A rollout as the sidecars show it: each scrape's increases again per version of each Service, by every version
 * label of the declaration the proxy's own series carry (Istio's destination_canonical_revision and
 * destination_version: the pod's own labels); at the end, per Service, the label that splits it and each
 * version's series, as the Prometheus source reads them (sources/prometheus/versions.ts), with its callers' view
 * where their proxies labelled its version. Linkerd's proxy labels no version of its own: there, Prometheus's
 * relabelling adds the pod's. Pure.
 */
import { splittingVersionLabel, type ServiceVersions, type VersionSeries } from '../../core/rollout-types.js';
import { withCallerSignals } from '../../core/edges.js';
import { serviceId, type ServiceKey, type ServiceSeries } from '../../core/types.js';
import type { MeshDialect, SignalName, SignalReading } from '../../mesh/dialect.js';
import { StepAccumulator, toServiceSeries } from './grid.js';
import { snapshotIncrease } from './increase.js';
import type { SidecarSnapshot } from './snapshot.js';

/** A (service, label, version) is kept under a key of its own (never shown): no Kubernetes name has a NUL. */
const SEPARATOR = '\u0000';
/** Versions of one Service read per label: label values are what the proxies wrote, and each costs a series. */
export const MAX_VERSIONS_PER_SERVICE = 32;

/** Admits versions of a Service per label up to the cap, and remembers the Services that showed more. */
export class VersionCap {
  private readonly counted = new Map<string, number>();
  readonly overCap = new Set<string>();

  /** Whether one more version of `service` by `label` is read (call once per new version). */
  admit(service: ServiceKey, label: string): boolean {
    const key = `${serviceId(service)}${SEPARATOR}${label}`;
    const count = this.counted.get(key) ?? 0;
    if (count >= MAX_VERSIONS_PER_SERVICE) {
      this.overCap.add(serviceId(service));
      return false;
    }
    this.counted.set(key, count + 1);
    return true;
  }
}

export class VersionTracker {
  private readonly grid: StepAccumulator;
  /** Version key id → the key, and what it stands for. */
  private readonly keys = new Map<string, ServiceKey>();
  private readonly meaning = new Map<string, { service: ServiceKey; label: string; version: string }>();
  readonly cap = new VersionCap();

  constructor(
    from: number,
    to: number,
    stepMs: number,
    private readonly dialect: MeshDialect,
  ) {
    this.grid = new StepAccumulator(from, to, stepMs);
  }

  /** One pod's increase between two scrapes, per version label and value its series carry. */
  add(start: number, end: number, previous: SidecarSnapshot, current: SidecarSnapshot): void {
    for (const label of this.dialect.versions) {
      const increases = snapshotIncrease(previous, current, (series) => {
        const version = series.versions?.[label];
        return version === undefined ? undefined : this.keyOf(series.service, label, version);
      });
      this.grid.add(start, end, increases, this.keys);
    }
  }

  /** The key a version is summed under; undefined past the cap of versions per service and label. */
  private keyOf(service: ServiceKey, label: string, version: string): ServiceKey | undefined {
    const key = { namespace: service.namespace, name: [service.name, label, version].join(SEPARATOR) };
    const id = serviceId(key);
    if (!this.keys.has(id)) {
      if (!this.cap.admit(service, label)) return undefined;
      this.keys.set(id, key);
      this.meaning.set(id, { service, label, version });
    }
    return key;
  }

  /**
   * Per Service asked, the versions that served in the window (by the label that splits it) and, where two or
   * more did, each one's series. `views`: how each signal is read (a version has no cluster counter of its own).
   * `callersOf`: a version as its callers' proxies saw it (sidecars/edges.ts), whose retries and overflows it
   * takes as a Service takes its callers'.
   */
  result(
    services: readonly ServiceKey[],
    coveredMs: readonly number[],
    views: Readonly<Record<SignalName, readonly SignalReading[]>>,
    bounds: readonly number[],
    callersOf: (service: ServiceKey, label: string, version: string) => ServiceSeries | undefined = () =>
      undefined,
  ): { versionsSeen: ServiceVersions[]; versions: VersionSeries[] } {
    const served = new Map<string, Map<string, Array<{ version: string; key: ServiceKey }>>>();
    for (const [id, { service, label, version }] of this.meaning) {
      const key = this.keys.get(id)!;
      if (!this.grid.seriesFor(key).some((step) => step.requests > 0)) continue;
      const byLabel = served.get(serviceId(service)) ?? new Map();
      byLabel.set(label, [...(byLabel.get(label) ?? []), { version, key }]);
      served.set(serviceId(service), byLabel);
    }
    const versionsSeen: ServiceVersions[] = [];
    const versions: VersionSeries[] = [];
    for (const service of services) {
      const byLabel = served.get(serviceId(service));
      if (!byLabel) continue;
      const found = splittingVersionLabel(this.dialect.versions, (label) =>
        (byLabel.get(label) ?? []).map((v) => v.version),
      );
      if (!found) continue;
      versionsSeen.push({ service, versions: found.values });
      if (found.values.length < 2) continue;
      for (const { version, key } of byLabel
        .get(found.label)!
        .sort((a, b) => a.version.localeCompare(b.version))) {
        const series = toServiceSeries(key, this.grid.seriesFor(key), coveredMs, views, this.dialect, bounds);
        const callers = callersOf(service, found.label, version);
        versions.push({
          ...(callers ? withCallerSignals(series, [callers]) : series),
          service,
          version,
          ...(callers ? { callers: { ...callers, service } } : {}),
        });
      }
    }
    return { versionsSeen, versions };
  }
}
