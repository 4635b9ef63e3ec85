/**
 * The feature layout of a signal's vector, in one place: the signal's metrics in order, each contributing
 * [mean, stddev, trend, volatility] (model/kmeans.ts windowFeatures). Index arithmetic goes through here.
 */
export const FEATURE_NAMES = ['mean', 'stddev', 'trend', 'volatility'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The position of one metric's feature in the vector. */
export function featureIndex(metricIndex: number, feature: FeatureName = 'mean'): number {
  return metricIndex * FEATURE_NAMES.length + FEATURE_NAMES.indexOf(feature);
}

/** Which metric (by position) and which feature sit at a position of the vector. */
export function featureAt(index: number): { metricIndex: number; feature: FeatureName } {
  return {
    metricIndex: Math.floor(index / FEATURE_NAMES.length),
    feature: FEATURE_NAMES[index % FEATURE_NAMES.length],
  };
}

/** The length of the vector of a signal over this many metrics. */
export function featureDimensions(metrics: number): number {
  return metrics * FEATURE_NAMES.length;
}
