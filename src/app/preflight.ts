/**
 * Preflight: what can be known before a scan waits out its window is checked first, so a wrong URL, a
 * Prometheus without Istio metrics, a baseline from another mesh or an unwritable output path fails in seconds
 * with one line of cause and one of fix, not after the whole window.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Baseline } from '../core/baseline.js';
import {
  BaselineError,
  ConfigError,
  MetricsError,
  PREFLIGHT_TIMEOUT_MS,
  serviceId,
  UserFacingError,
  type MetricsSource,
  type ServiceKey,
} from '../core/types.js';
import type { MeshInventory } from '../mesh/discover.js';

/** A file the run will write, and the flag that named it (for the fix). */
export interface OutputPath {
  path: string;
  what: string;
  flag: string;
}

/** A URL as messages show it: no credentials, query or fragment. */
export { displayUrlOf as displayUrl } from '../sources/prometheus/failures.js';

/** How far back a live scan looks for the mesh's Istio metrics. */
const LIVE_LOOKBACK_MS = 60 * 60_000;

/** The folder exists and can be written, and the path is not a folder: no write fails after the window. */
export function checkOutputsWritable(outputs: OutputPath[]): void {
  for (const { path, what, flag } of outputs) {
    const folder = dirname(resolve(path));
    const fix = `create the folder (mkdir -p ${folder}) or choose another ${flag}`;
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // Not there yet: the folder decides.
    }
    if (isFolder)
      throw new ConfigError(
        `cannot write ${what} to ${path}: it is a folder`,
        `choose a file path for ${flag}`,
      );
    try {
      if (!statSync(folder).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
      accessSync(folder, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? `the folder ${folder} does not exist`
          : code === 'ENOTDIR'
            ? `${folder} is not a folder`
            : `the folder ${folder} is not writable (${code})`;
      throw new ConfigError(`cannot write ${what} to ${path}: ${why}`, fix);
    }
  }
}

const hours = (ms: number) => (ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${Math.round(ms / 60_000)}m`);

/**
 * The source answers and holds Istio metrics for the scope, and the mesh is the one the baseline was learned
 * on. `window` is the scan's: a past one is checked itself, a live one by the last hour before it.
 */
export async function preflightScan(input: {
  source: MetricsSource;
  inventory: MeshInventory | null;
  /** Null: a scan with no baseline (compare-versions): the source is checked, not the mesh it was learned on. */
  baseline: Baseline | null;
  baselinePath: string;
  namespaces: string[];
  window: { from: number; to: number; live: boolean };
  /** How messages name the source (no credentials). */
  sourceUrl?: string;
  signal?: AbortSignal;
  /** The `learn` command a fix line offers (RunContext.learnCommand). */
  learnCommand?: string;
}): Promise<void> {
  const { source, inventory, namespaces } = input;
  let current: ServiceKey[] | null = inventory ? inventory.services : (source.serviceKeys ?? null);
  if (source.listServices) {
    const from = input.window.live
      ? input.window.to - Math.max(LIVE_LOOKBACK_MS, input.window.to - input.window.from)
      : input.window.from;
    const timeout = AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS);
    const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;
    let seen: ServiceKey[];
    try {
      seen = await source.listServices({ from, to: input.window.to, namespaces, signal });
    } catch (error) {
      if (error instanceof UserFacingError || !timeout.aborted) throw error;
      throw new MetricsError(
        `${input.sourceUrl ?? 'the metrics source'} did not answer within ${PREFLIGHT_TIMEOUT_MS / 1000} s`,
        'check --prometheus-url, that the server is running and reachable from here, and its load',
      );
    }
    if (seen.length === 0) {
      const scope = namespaces.length > 0 ? ` in namespace ${namespaces.join(', ')}` : '';
      const when = input.window.live ? `in the last ${hours(input.window.to - from)}` : 'in the window';
      const mesh = source.mesh;
      const looked = mesh
        ? `no ${mesh.title} request metrics (${mesh.metrics.requests})`
        : 'no mesh request metrics';
      throw new MetricsError(
        `no mesh metrics found at ${input.sourceUrl ?? 'the metrics source'}: ${looked}${scope} ${when}`,
        'check that this Prometheus scrapes the mesh proxies, and the --prometheus-url, --mesh and --namespace',
        { environmental: false },
      );
    }
    current ??= seen;
  }
  if (current && input.baseline)
    checkSameMesh(input.baseline, current, namespaces, input.baselinePath, source.name, input.learnCommand);
}

/**
 * A baseline learned on another mesh judges nothing: every known service would read as a traffic drop and
 * every current one as new. Refused when fewer than half of the smaller side's services match.
 */
export function checkSameMesh(
  baseline: Baseline,
  current: ServiceKey[],
  namespaces: string[],
  path: string,
  sourceName: string,
  learnCommand?: string,
): void {
  const inScope = (key: ServiceKey) => namespaces.length === 0 || namespaces.includes(key.namespace);
  const learned = baseline.services.filter(inScope);
  const now = new Set(current.filter(inScope).map(serviceId));
  if (learned.length === 0 || now.size === 0) return;
  const matching = learned.filter((s) => now.has(serviceId(s))).length;
  if (matching * 2 >= Math.min(learned.length, now.size)) return;
  const example = learned
    .slice(0, 3)
    .map((s) => serviceId(s))
    .join(', ');
  throw new BaselineError(
    `${path} is for another mesh (${matching} of ${learned.length} services match: it knows ${example}${learned.length > 3 ? ', …' : ''})`,
    `learn one on this mesh: ${learnCommand ?? `smanalyzer learn --source ${sourceName}${namespaces.map((n) => ` --namespace ${n}`).join('')} --baseline ${path}`}`,
  );
}
