/**
 * The baseline artifact: its versioned schema, atomic write (temp file + rename, so a crash never leaves
 * half a file), and read + validate + compatibility checks with one clear message per problem.
 */
import { readFileSync } from 'node:fs';
import { sweepAbandonedTempFiles, writeFileAtomically, type AtomicWriteOptions } from '../files/atomic.js';
import { BaselineError, type SourceName } from '../core/types.js';
import { featureDimensions } from '../core/features.js';
import { BASELINE_SCHEMA_VERSION, baselineSchema, type Baseline } from '../core/baseline.js';

export type { Baseline } from '../core/baseline.js';

/** Serialise with sorted services so the same learning produces the same bytes. */
export function serializeBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

/**
 * Write complete or not at all (files/atomic.ts): readers see the old baseline or the new, never half, also on a
 * full disk. A writer killed mid-write (kill -9, OOM) leaves only a hidden .tmp file, swept by the next write.
 */
export function writeBaselineAtomically(
  path: string,
  baseline: Baseline,
  options: AtomicWriteOptions = {},
): void {
  sweepAbandonedTempFiles(path);
  try {
    // Serialise before the temp file exists: the window in which a kill leaves a temp file stays short.
    writeFileAtomically(path, serializeBaseline(baseline), options);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(
      `cannot write the baseline to ${path}: ${code ?? (e as Error).message}; the previous baseline is unchanged`,
      code === 'ENOSPC'
        ? 'free space on that disk (or choose another --baseline path) and learn again'
        : 'check that the directory exists and is writable',
    );
  }
}

/**
 * The `learn` command a fix line offers: the caller's, as the user would run it (the CLI builds it from the flags
 * given, so it carries the same connection), else one made from what the store knows.
 */
export type LearnCommand = string | undefined;

/** Parse and validate a baseline text; every problem is named with its JSON path. */
export function parseBaseline(
  text: string,
  path: string,
  now: number,
  learnCommand?: LearnCommand,
): Baseline {
  const relearn = `learn a new baseline: ${learnCommand ?? 'smanalyzer learn'}`;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BaselineError(
      `${path} is not valid JSON${text.length > 0 ? ' (truncated or corrupted?)' : ' (empty file)'}`,
      relearn,
    );
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof raw === 'object' && raw !== null && version !== BASELINE_SCHEMA_VERSION) {
    throw new BaselineError(
      `${path} has baseline schema version ${JSON.stringify(version ?? null)}; this smanalyzer reads version ${BASELINE_SCHEMA_VERSION}`,
      `${relearn} (with this version)`,
    );
  }
  const parsed = baselineSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new BaselineError(`${path} is not a valid baseline: ${problems.join('; ')}${more}`, relearn);
  }
  const baseline: Baseline = parsed.data;
  if (Date.parse(baseline.createdAt) > now + 5 * 60_000) {
    throw new BaselineError(
      `${path} was created in the future (${baseline.createdAt})`,
      "check this machine's clock, or learn a new baseline",
    );
  }
  if (Date.parse(baseline.window.from) >= Date.parse(baseline.window.to)) {
    throw new BaselineError(
      `${path}: its window ends before it starts (${baseline.window.from} → ${baseline.window.to})`,
      relearn,
    );
  }
  if (baseline.featureWindowMs < baseline.stepMs) {
    throw new BaselineError(
      `${path}: its feature window (${baseline.featureWindowMs}ms) is shorter than its step (${baseline.stepMs}ms)`,
      relearn,
    );
  }
  for (const service of baseline.services) {
    for (const [signal, m] of Object.entries(service.models)) {
      const dims = m!.scaler.center.length;
      if (
        m!.centroids.length !== m!.k ||
        m!.thresholds.length !== m!.k ||
        m!.sizes.length !== m!.k ||
        m!.scaler.scale.length !== dims ||
        // The joint model has one feature per metric, its window aggregate (core/model/joint.ts).
        (signal === 'joint' ? m!.metrics.length : featureDimensions(m!.metrics.length)) !== dims ||
        (m!.envelope !== undefined && m!.envelope.length !== m!.metrics.length) ||
        m!.centroids.some((c) => c.length !== dims)
      ) {
        throw new BaselineError(
          `${path}: the ${signal} model of ${service.namespace}/${service.name} is inconsistent (k, centroids and thresholds disagree)`,
          relearn,
        );
      }
    }
  }
  return baseline;
}

export function readBaseline(path: string, now: number, learnCommand?: LearnCommand): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(
      code === 'ENOENT' ? `no baseline at ${path}` : `cannot read the baseline ${path}: ${code}`,
      `learn one first: ${learnCommand ?? `smanalyzer learn --baseline ${path}`}`,
    );
  }
  return parseBaseline(text, path, now, learnCommand);
}

/** What a scan is about to compare with the baseline: it must have been learned on the same ground. */
export interface ScanContext {
  source: SourceName;
  namespaces: string[];
  histogramBuckets?: number[];
  cluster?: { server: string } | null;
}

export function checkCompatibility(
  baseline: Baseline,
  scan: ScanContext,
  path: string,
  learnCommand?: LearnCommand,
): void {
  const relearn = `learn a matching baseline: ${learnCommand ?? `smanalyzer learn --source ${scan.source}${scan.namespaces.map((n) => ` --namespace ${n}`).join('')} --baseline ${path}`}`;
  if (baseline.source !== scan.source) {
    throw new BaselineError(
      `${path} was learned from ${baseline.source} metrics; this scan reads ${scan.source}`,
      relearn,
    );
  }
  if (baseline.namespaces.length > 0) {
    const scanned = scan.namespaces.length > 0 ? scan.namespaces : ['(all namespaces)'];
    const outside = scanned.filter((ns) => !baseline.namespaces.includes(ns));
    if (outside.length > 0) {
      throw new BaselineError(
        `${path} covers namespaces ${baseline.namespaces.join(', ')}; this scan asks for ${outside.join(', ')}`,
        relearn,
      );
    }
  }
  if (
    scan.histogramBuckets &&
    scan.histogramBuckets.length > 0 &&
    baseline.histogramBuckets.length > 0 &&
    scan.histogramBuckets.join(',') !== baseline.histogramBuckets.join(',')
  ) {
    throw new BaselineError(
      `${path} was learned with latency buckets [${baseline.histogramBuckets.join(', ')}]; the mesh now reports [${scan.histogramBuckets.join(', ')}]`,
      relearn,
    );
  }
  if (scan.cluster && baseline.cluster && scan.cluster.server !== baseline.cluster.server) {
    throw new BaselineError(
      `${path} was learned on cluster ${baseline.cluster.server}; this scan is on ${scan.cluster.server}`,
      relearn,
    );
  }
}
