/**
 * The contract between the pipeline and a metrics source: what it is asked (a window, a step, the scope), what it
 * returns (every service's series on one grid, the call graph's edges, versions), and the capabilities a source
 * may have. The sources themselves live under src/sources/, one folder each. No I/O here.
 */
import type { EdgeSeries, MeshName, ServiceKey, ServiceSeries } from './types.js';
import type { ServiceVersions, VersionSeries } from './rollout-types.js';

/**
 * Where metrics can come from: each is one folder under src/sources/ and one entry in src/sources/registry.ts
 * (config validates against this list; a test keeps it equal to the registry's names, in its order).
 */
export const SOURCE_NAMES = ['simulated', 'prometheus', 'sidecars'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

/** What a metrics source returns for one window: every service's series on a common step grid. */
export interface CollectedMetrics {
  source: SourceName;
  /** The mesh dialect the source read (absent: the simulated mesh, or a source that cannot tell). */
  mesh?: MeshName;
  /** Milliseconds since the epoch; `to` is exclusive. Step i covers [from + i*stepMs, from + (i+1)*stepMs). */
  from: number;
  to: number;
  stepMs: number;
  services: ServiceSeries[];
  /** Latency histogram bucket bounds (ms) the percentiles were computed from. */
  histogramBuckets: number[];
  /** Human-readable notes: missing optional stats and how to enable them, pods that vanished, … */
  notes: string[];
  /** True when some of the window could not be read (a fault mid-scan): never a full pass. */
  partial: boolean;
  /** The call graph's edges, where the source can tell callers; absent otherwise. */
  edges?: EdgeSeries[];
  /** Each service's versions in the window, where its series carry a version label (asked with `withVersions`). */
  versionsSeen?: ServiceVersions[];
  /** Per-version series of the services that ran two or more versions in the window (a rollout). */
  versions?: VersionSeries[];
}

export interface CollectRequest {
  from: number;
  to: number;
  stepMs: number;
  /** Empty means every namespace. */
  namespaces: string[];
  /** Restrict to these services (from discovery); undefined means whatever the source finds. */
  services?: ServiceKey[];
  /** Progress for timed (live) collection: fraction 0..1. */
  onProgress?: (fraction: number, message: string) => void;
  signal?: AbortSignal;
  /** Also return the call graph's edges where a source reads them only on request (the sidecars, the simulator). */
  withEdges?: boolean;
  /**
   * Hands each service's series over as soon as it is built instead of keeping it in `services`, on the grid the
   * source read (its step may be the scrape interval): learning reduces each to its baseline at once, so 10,000
   * services' series are never all held. A source that builds them otherwise may ignore it: callers take
   * `services` too.
   */
  onService?: (series: ServiceSeries, grid: { from: number; stepMs: number }, callers?: EdgeSeries[]) => void;
  /** Also read which versions each service ran, and per-version series where it ran two or more (a rollout). */
  withVersions?: boolean;
}

/** The mesh dialect a source read, as messages name it (a mesh/ dialect is one). */
export interface SourceMesh {
  name: MeshName;
  title: string;
  metrics: { requests: string };
}

/**
 * One backend that can produce service series: Prometheus, the sidecars, or the simulator. The optional members
 * are capabilities a source has or has not; the preflight and status use them where present.
 */
export interface MetricsSource {
  readonly name: SourceName;
  /** True when the source can read a past window (history); false when it must watch live. */
  readonly hasHistory: boolean;
  collect(request: CollectRequest): Promise<CollectedMetrics>;
  /** The services that reported requests in a window, from the metrics' own labels (no cluster, no window read). */
  listServices?(window: {
    from: number;
    to: number;
    namespaces: string[];
    signal?: AbortSignal;
  }): Promise<ServiceKey[]>;
  /** The services the source knows without asking anything (the simulated mesh). */
  readonly serviceKeys?: ServiceKey[];
  /** The mesh dialect read, once known. */
  readonly mesh?: SourceMesh | undefined;
  /** Releases what it holds (connection pools). */
  close?(): Promise<void>;
}

/** Every answer a preflight or `status` waits for from a source's backend comes within this, or it says so. */
export const PREFLIGHT_TIMEOUT_MS = 5000;

/** What `status` shows of a source's backend: where it is, whether it answers, and what it holds. */
export interface BackendStatus {
  url: string;
  reachable: boolean;
  /** The mesh dialect whose metrics it holds. */
  mesh?: MeshName;
  /** Services with the mesh's request metrics in the last hour. */
  services?: number;
  /** The median spacing of the request counters' samples over the last 10 minutes; null when there are none. */
  scrapeIntervalSeconds?: number | null;
  error?: string;
}
