/**
 * What a metrics source declares to the pipeline: its name, what it needs (a URL, a cluster), how it is built from
 * the settings and what the run found, and what `status` shows of its backend. Each source folder has one entry
 * (entry.ts); registry.ts lists them. Entries stay light: the source itself is loaded only when built.
 */
import type { Config } from '../core/settings.js';
import type { BackendStatus, MeshName, MetricsSource, SourceName, UserFacingError } from '../core/types.js';
import type { KubeConnection } from '../k8s/connection.js';
import type { MeshInventory } from '../mesh/types.js';

/** What a source is built from: the settings, and what the run found before it. */
export interface SourceSetup {
  config: Config;
  /** The cluster connection, when the source needs one or one is configured (null for a source that needs none). */
  connection: KubeConnection | null;
  /** What discovery found on that cluster. */
  inventory: MeshInventory | null;
  /** The mesh to read: as configured, else as discovery found it, else `auto`. */
  mesh: MeshName | 'auto';
  /** The run's clock, the one that placed the window: a watch on another clock misses it. */
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Simulated faults are the deploy's doing, acting from this time (absent: the whole window). */
  faultFrom?: number;
}

export interface SourceEntry {
  readonly name: SourceName;
  readonly needs: {
    /** A base URL (the settings' prometheus.url): without one the run stops before the source is built. */
    url: boolean;
    /**
     * `required`: the source reads the cluster itself, so the run connects to the one the lookup finds;
     * `optional`: discovery, when a cluster is configured; `none`: it never reads one.
     */
    cluster: 'required' | 'optional' | 'none';
  };
  /** A live scan replays the source's recent past at once instead of waiting out the window (the simulator). */
  readonly replaysLive: boolean;
  build(setup: SourceSetup): Promise<MetricsSource>;
  /**
   * What `status` shows of the source's backend, under `title` in the text and the source's name in the JSON
   * document; asked only when the source's needs are met.
   */
  readonly status?: {
    title: string;
    probe(config: Config, now: number): Promise<{ status: BackendStatus; failure: UserFacingError | null }>;
  };
}
