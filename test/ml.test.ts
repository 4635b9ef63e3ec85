import {
  applyScaler,
  fitClusterModel,
  fitScaler,
  scoreWindow,
  windowFeatures,
} from '../src/core/model/kmeans.js';

describe('window features', () => {
  test('a straight line has its mean, population std dev, slope per step and step size as volatility', () => {
    const [mean, std, trend, volatility] = windowFeatures([1, 2, 3, 4])!;
    expect(mean).toBeCloseTo(2.5, 12);
    expect(std).toBeCloseTo(Math.sqrt(1.25), 12); // deviations ±0.5, ±1.5 → (0.25+2.25)*2/4
    expect(trend).toBeCloseTo(1, 12);
    expect(volatility).toBeCloseTo(1, 12);
  });

  test('a zigzag has no trend but full volatility', () => {
    const [mean, std, trend, volatility] = windowFeatures([0, 2, 0, 2, 0, 2])!;
    expect(mean).toBeCloseTo(1, 12);
    expect(std).toBeCloseTo(1, 12);
    // x − 2.5 = −2.5…2.5, y − 1 = ∓1: sxy = 2.5−1.5+0.5+0.5−1.5+2.5 = 3, sxx = 17.5
    expect(trend).toBeCloseTo(3 / 17.5, 12);
    expect(volatility).toBeCloseTo(2, 12);
  });

  test('a series starting at zero gives finite features (the trend never divides by the first value)', () => {
    const features = windowFeatures([0, 0, 5, 10])!;
    expect(features.every(Number.isFinite)).toBe(true);
    expect(features[2]).toBeCloseTo(3.5, 12); // sxy = (-1.5*-3.75)+(-0.5*-3.75)+(0.5*1.25)+(1.5*6.25) = 17.5; sxx = 5
  });

  test('fewer than two values have no features', () => {
    expect(windowFeatures([3])).toBeNull();
    expect(windowFeatures([])).toBeNull();
  });
});

describe('scaling', () => {
  test('standardises with the training mean and std dev', () => {
    const scaler = fitScaler([[1], [3]], [0]);
    expect(scaler.center).toEqual([2]);
    expect(scaler.scale).toEqual([1]);
    expect(applyScaler(scaler, [5])).toEqual([3]);
  });

  test('a constant feature is scaled by its floor instead of dividing by zero', () => {
    const scaler = fitScaler([[0.5], [0.5], [0.5]], [0.01]);
    expect(scaler.scale).toEqual([0.01]);
    expect(applyScaler(scaler, [0.52])[0]).toBeCloseTo(2, 9);
  });
});

/** Two well-separated modes of 4-dimensional windows, with deterministic jitter. */
function twoModes(perMode: number): number[][] {
  const points: number[][] = [];
  for (let i = 0; i < perMode; i++) {
    const j = ((i * 37) % 11) / 11 - 0.5;
    points.push([10 + j, 1 + j / 10, 0, 1]);
    points.push([30 - j, 2 - j / 10, 0, 1.5]);
  }
  return points;
}

describe('the cluster model', () => {
  const options = { kMax: 4, seed: 42, minScale: [0.1, 0.1, 0.1, 0.1] };

  test('finds two modes where the windows have two', () => {
    const model = fitClusterModel(twoModes(40), options);
    expect(model.k).toBe(2);
    expect(model.sizes.sort()).toEqual([40, 40]);
  });

  test('uses one cluster for data without modes', () => {
    // One Gaussian blob (Box-Muller over a fixed low-discrepancy sequence): no modes to find.
    const points = Array.from({ length: 200 }, (_, i) => {
      const u1 = (i + 0.5) / 200;
      const u2 = (i * 0.618034) % 1;
      const r = Math.sqrt(-2 * Math.log(u1));
      return [10 + r * Math.cos(2 * Math.PI * u2), 1 + r * Math.sin(2 * Math.PI * u2), 0, 1];
    });
    expect(fitClusterModel(points, options).k).toBe(1);
  });

  test('never has more clusters than windows allow', () => {
    const model = fitClusterModel(
      [
        [1, 1, 0, 0],
        [50, 1, 0, 0],
        [100, 1, 0, 0],
      ],
      options,
    );
    expect(model.k).toBeLessThanOrEqual(1);
    expect(model.centroids).toHaveLength(model.k);
  });

  test('is deterministic: the same input gives the same model, byte for byte', () => {
    const a = JSON.stringify(fitClusterModel(twoModes(50), options));
    const b = JSON.stringify(fitClusterModel(twoModes(50), options));
    expect(a).toBe(b);
  });

  test('scores a window inside a mode below 1 and one far from every mode above 1', () => {
    const model = fitClusterModel(twoModes(40), options);
    expect(scoreWindow(model, [10, 1, 0, 1], 1).score).toBeLessThan(1);
    expect(scoreWindow(model, [60, 1, 0, 1], 1).score).toBeGreaterThan(1);
  });

  test('a higher sensitivity lowers the threshold', () => {
    const model = fitClusterModel(twoModes(40), options);
    const normal = scoreWindow(model, [12, 1, 0, 1], 1);
    const sensitive = scoreWindow(model, [12, 1, 0, 1], 2);
    expect(sensitive.threshold).toBeCloseTo(normal.threshold / 2, 9);
    expect(sensitive.score).toBeCloseTo(normal.score * 2, 9);
  });
});
