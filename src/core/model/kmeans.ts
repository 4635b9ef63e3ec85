/**
 * The learned model of "normal": window features (mean, std dev, trend, volatility), scaling with the
 * training statistics, K-means (ml-kmeans, k-means++, fixed seed, k chosen per service by silhouette)
 * and each cluster's own distance distribution. Pure: data in, data out.
 */
import { kmeans } from 'ml-kmeans';
import { quantile, seededRandom, significant } from '../numbers.js';

export type FeatureVector = number[];

/**
 * mean; population standard deviation; trend = least-squares slope per step (never a ratio to the first
 * value, which may be 0); volatility = mean absolute step-to-step change. Null with fewer than 2 values.
 */
export function windowFeatures(values: number[]): FeatureVector | null {
  const n = values.length;
  if (n < 2) return null;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let sq = 0;
  for (const v of values) sq += (v - mean) ** 2;
  const stddev = Math.sqrt(sq / n);
  const xMean = (n - 1) / 2;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i - xMean) * (values[i] - mean);
    sxx += (i - xMean) ** 2;
  }
  const trend = sxy / sxx;
  let change = 0;
  for (let i = 1; i < n; i++) change += Math.abs(values[i] - values[i - 1]);
  const volatility = change / (n - 1);
  return [mean, stddev, trend, volatility];
}

/** Per-dimension standardisation fitted on training vectors, with a floor so a constant feature cannot divide by 0. */
export interface Scaler {
  center: number[];
  scale: number[];
}

export function fitScaler(vectors: FeatureVector[], minScale: number[]): Scaler {
  const dims = vectors[0].length;
  const center = new Array<number>(dims).fill(0);
  const scale = new Array<number>(dims).fill(0);
  for (const v of vectors) for (let d = 0; d < dims; d++) center[d] += v[d] / vectors.length;
  for (const v of vectors)
    for (let d = 0; d < dims; d++) scale[d] += (v[d] - center[d]) ** 2 / vectors.length;
  for (let d = 0; d < dims; d++) scale[d] = Math.max(Math.sqrt(scale[d]), minScale[d] ?? 1e-9, 1e-12);
  return { center, scale };
}

export function applyScaler(scaler: Scaler, vector: FeatureVector): FeatureVector {
  return vector.map((v, d) => (v - scaler.center[d]) / scaler.scale[d]);
}

export function euclidean(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return Math.sqrt(sum);
}

export interface ClusterModel {
  scaler: Scaler;
  k: number;
  centroids: number[][];
  /** Training windows per cluster. */
  sizes: number[];
  /** The distance beyond which a window is unlike this cluster: learned from its own members' distances. */
  thresholds: number[];
  /** Silhouette of the chosen k (null for k = 1). */
  silhouette: number | null;
}

/** Below this silhouette the clusters are not real modes: one cluster describes the data better. */
const MIN_SILHOUETTE = 0.6;
/** A cluster smaller than this has too few distances to learn its own threshold from. */
const MIN_CLUSTER_FOR_OWN_THRESHOLD = 8;
/** The threshold's floor in scaled units: no cluster is so tight that a tiny wobble is an anomaly. */
const MIN_THRESHOLD = 2;

function squaredDistance(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
  return sum;
}

/**
 * Greedy k-means++ seeding (Arthur & Vassilvitskii, with scikit-learn's 2 + ln k local trials), on plain
 * arrays: ml-kmeans's own seeding allocates a matrix row per distance, which was a third of learning.
 */
export function kmeansPlusPlusSeeds(points: number[][], k: number, seed: number): number[][] {
  const random = seededRandom(seed);
  const trials = 2 + Math.floor(Math.log(k));
  const centres = [points[Math.floor(random() * points.length)]];
  let closest = points.map((p) => squaredDistance(p, centres[0]));
  while (centres.length < k) {
    const total = closest.reduce((a, b) => a + b, 0);
    let best: { index: number; potential: number; distances: number[] } | null = null;
    for (let t = 0; t < trials; t++) {
      let target = random() * total;
      let index = 0;
      while (index < points.length - 1 && target >= closest[index]) target -= closest[index++];
      const distances = points.map((p, i) => Math.min(closest[i], squaredDistance(p, points[index])));
      const potential = distances.reduce((a, b) => a + b, 0);
      if (!best || potential < best.potential) best = { index, potential, distances };
    }
    centres.push(points[best!.index]);
    closest = best!.distances;
  }
  return centres.map((c) => [...c]);
}

function runKmeans(points: number[][], k: number, seed: number) {
  // Lloyd's iterations converge in a handful of steps on a few hundred windows; 30 bounds the worst case.
  return kmeans(points, k, { initialization: kmeansPlusPlusSeeds(points, k, seed), maxIterations: 30 });
}

/**
 * Simplified silhouette (distances to centroids instead of to every point): O(n·k) rather than O(n²),
 * and it ranks k the same way on compact clusters. 1 = well separated, 0 = overlapping.
 */
export function silhouette(points: number[][], labels: number[], centroids: number[][]): number {
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const a = euclidean(points[i], centroids[labels[i]]);
    let b = Infinity;
    for (let c = 0; c < centroids.length; c++)
      if (c !== labels[i]) b = Math.min(b, euclidean(points[i], centroids[c]));
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b, 1e-12);
  }
  return total / points.length;
}

/** The dynamic threshold from a set of normal distances: well past the 99th percentile. */
function thresholdFrom(distances: number[]): number {
  const sorted = Float64Array.from(distances).sort(); // typed arrays sort numerically, and fast
  let mean = 0;
  for (const d of sorted) mean += d / sorted.length;
  let variance = 0;
  for (const d of sorted) variance += (d - mean) ** 2 / sorted.length;
  return Math.max(1.5 * quantile(sorted, 0.99), mean + 4 * Math.sqrt(variance), MIN_THRESHOLD);
}

/**
 * Fit the model of one signal's normal windows. k is chosen in 1..kMax (never more than the windows)
 * by silhouette; every cluster learns its threshold from its own members' distances to its centroid.
 */
export function fitClusterModel(
  vectors: FeatureVector[],
  options: { kMax: number; seed: number; minScale: number[] },
): ClusterModel {
  if (vectors.length === 0) throw new Error('fitClusterModel needs at least one window');
  const scaler = fitScaler(vectors, options.minScale);
  const points = vectors.map((v) => applyScaler(scaler, v));
  const kLimit = Math.min(options.kMax, Math.floor(points.length / 2));

  let best = { k: 1, labels: points.map(() => 0), centroids: [meanOf(points)], score: null as number | null };
  for (let k = 2; k <= kLimit; k++) {
    if (countDistinct(points, k) < k) break; // K-means cannot place more centroids than distinct points
    const result = runKmeans(points, k, options.seed);
    const score = silhouette(points, result.clusters, result.centroids);
    // Silhouette rarely recovers once the data stops splitting cleanly: stop at the first weak k.
    if (score < MIN_SILHOUETTE) break;
    if (best.score === null || score > best.score) {
      best = { k, labels: result.clusters, centroids: result.centroids, score };
    }
  }

  const members: number[][] = best.centroids.map(() => []);
  points.forEach((p, i) => members[best.labels[i]].push(euclidean(p, best.centroids[best.labels[i]])));
  const overall = thresholdFrom(members.flat());
  const thresholds = members.map((d) =>
    d.length >= MIN_CLUSTER_FOR_OWN_THRESHOLD ? thresholdFrom(d) : overall,
  );
  return {
    scaler,
    k: best.k,
    centroids: best.centroids.map((c) => c.map((x) => significant(x))),
    sizes: members.map((d) => d.length),
    thresholds: thresholds.map((x) => significant(x)),
    silhouette: best.score === null ? null : significant(best.score),
  };
}

/** Distinct points, counted only up to `enough`. */
function countDistinct(points: number[][], enough: number): number {
  const seen: number[][] = [];
  for (const p of points) {
    if (!seen.some((q) => q.every((v, i) => v === p[i]))) seen.push(p);
    if (seen.length >= enough) break;
  }
  return seen.length;
}

function meanOf(points: number[][]): number[] {
  const out = new Array<number>(points[0].length).fill(0);
  for (const p of points) for (let d = 0; d < p.length; d++) out[d] += p[d] / points.length;
  return out;
}

export interface WindowScore {
  cluster: number;
  distance: number;
  threshold: number;
  /** distance / threshold: above 1 is unlike every learned mode. */
  score: number;
  /** The scaled deviation per feature from the nearest centroid (sign = direction). */
  deviation: number[];
}

/** How unlike the learned modes one window is: distance to the nearest centroid against that cluster's threshold. */
export function scoreWindow(model: ClusterModel, vector: FeatureVector, sensitivity: number): WindowScore {
  const point = applyScaler(model.scaler, vector);
  let cluster = 0;
  let distance = Infinity;
  model.centroids.forEach((c, i) => {
    const d = euclidean(point, c);
    if (d < distance) [cluster, distance] = [i, d];
  });
  const threshold = model.thresholds[cluster] / sensitivity;
  return {
    cluster,
    distance,
    threshold,
    score: distance / threshold,
    deviation: point.map((v, d) => v - model.centroids[cluster][d]),
  };
}

/**
 * The learned envelope of one feature: its median and the bounds beyond which a value was never
 * normal — the 0.5th / 99.5th percentiles widened by three interquartile ranges. Rare normal modes
 * (a burst) stay inside; a sustained shift the clusters blur (a 40% traffic dip) falls outside.
 */
export interface Envelope {
  median: number;
  low: number;
  high: number;
  /**
   * The 5th and 95th percentiles of the window means: kept for traffic relative to its hour, whose normal range a
   * finding states at the hour's rate (a baseline's other ranges are its metrics' p5–p95).
   */
  p5?: number;
  p95?: number;
}

export function learnEnvelope(values: number[], minSpread: number): Envelope {
  const sorted = Float64Array.from(values).sort();
  const spread = Math.max(quantile(sorted, 0.75) - quantile(sorted, 0.25), minSpread);
  return {
    median: significant(quantile(sorted, 0.5)),
    low: significant(quantile(sorted, 0.005) - 3 * spread),
    high: significant(quantile(sorted, 0.995) + 3 * spread),
  };
}

/** How far past the envelope a value is: 1 at a bound, 0 at the median; signed by side (+ above, − below). */
export function envelopeScore(envelope: Envelope, value: number, sensitivity: number): number {
  if (value >= envelope.median) {
    const reach = (envelope.high - envelope.median) / sensitivity;
    return reach > 0 ? (value - envelope.median) / reach : 0;
  }
  const reach = (envelope.median - envelope.low) / sensitivity;
  return reach > 0 ? -(envelope.median - value) / reach : 0;
}
