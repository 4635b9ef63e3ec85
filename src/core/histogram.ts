/**
 * Quantiles from cumulative histogram buckets, with the semantics of PromQL's histogram_quantile:
 * linear interpolation inside the bucket the rank falls in, the lowest bucket starting at 0, and a rank
 * in the +Inf bucket answered with the highest finite bound. Pure.
 */

export interface CumulativeBucket {
  /** Upper bound (`le`), inclusive; the last bucket must be +Inf. */
  le: number;
  /** Observations <= le. */
  count: number;
}

/**
 * The q-quantile (0..1) of a histogram given as cumulative buckets (any order).
 * Returns null where histogram_quantile returns NaN: no observations, no +Inf bucket, fewer than two
 * buckets, or q is NaN. q < 0 gives -Infinity and q > 1 gives +Infinity, as in PromQL.
 */
export function histogramQuantile(q: number, buckets: readonly CumulativeBucket[]): number | null {
  if (Number.isNaN(q)) return null;
  if (q < 0) return Number.NEGATIVE_INFINITY;
  if (q > 1) return Number.POSITIVE_INFINITY;

  const sorted = coalesce(buckets);
  if (sorted.length < 2) return null;
  if (sorted[sorted.length - 1].le !== Number.POSITIVE_INFINITY) return null;
  ensureMonotonic(sorted);

  const observations = sorted[sorted.length - 1].count;
  if (!(observations > 0)) return null;

  let rank = q * observations;
  const b = sorted.findIndex((bucket) => bucket.count >= rank);
  if (b === sorted.length - 1) return sorted[sorted.length - 2].le;
  if (b === 0 && sorted[0].le <= 0) return sorted[0].le;

  let bucketStart = 0;
  const bucketEnd = sorted[b].le;
  let count = sorted[b].count;
  if (b > 0) {
    bucketStart = sorted[b - 1].le;
    count -= sorted[b - 1].count;
    rank -= sorted[b - 1].count;
  }
  // A zero-width share (q = 0 on an empty leading bucket) sits at the bucket's start.
  if (count === 0) return bucketStart;
  return bucketStart + (bucketEnd - bucketStart) * (rank / count);
}

/**
 * histogramQuantile on the first `size` buckets of sorted, unique bounds: the same answer without building bucket
 * objects, a map and a sort for each of millions of steps. Scrapes are not atomic, so a count lower than the one
 * below it is carried up, as PromQL does (in place: `counts` is changed).
 */
export function sortedHistogramQuantile(
  q: number,
  bounds: ArrayLike<number>,
  counts: Float64Array,
  size: number,
): number | null {
  if (size < 2 || bounds[size - 1] !== Number.POSITIVE_INFINITY) return null;
  for (let b = 1; b < size; b++) if (counts[b] < counts[b - 1]) counts[b] = counts[b - 1];
  const observations = counts[size - 1];
  if (!(observations > 0)) return null;
  let rank = q * observations;
  let b = 0;
  while (counts[b] < rank) b++;
  if (b === size - 1) return bounds[size - 2];
  if (b === 0 && bounds[0] <= 0) return bounds[0];
  let start = 0;
  let count = counts[b];
  if (b > 0) {
    start = bounds[b - 1];
    count -= counts[b - 1];
    rank -= counts[b - 1];
  }
  if (count === 0) return start;
  return start + (bounds[b] - start) * (rank / count);
}

/** Sorts by bound and sums buckets that share one (two series merged with the same layout). */
function coalesce(buckets: readonly CumulativeBucket[]): CumulativeBucket[] {
  const byBound = new Map<number, number>();
  for (const { le, count } of buckets) {
    if (Number.isNaN(le) || Number.isNaN(count)) continue;
    byBound.set(le, (byBound.get(le) ?? 0) + count);
  }
  return [...byBound.entries()].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
}

/**
 * Scrapes are not atomic, so a higher bucket can briefly read lower than the one below it;
 * PromQL carries the running maximum forward, and so do we.
 */
function ensureMonotonic(sorted: CumulativeBucket[]): void {
  let max = Number.NEGATIVE_INFINITY;
  for (const bucket of sorted) {
    if (bucket.count > max) max = bucket.count;
    else bucket.count = max;
  }
}
