import { kmeans } from 'ml-kmeans';
import * as yaml from 'js-yaml';
import { serviceId } from '../src/core/types.js';

test('ESM client libraries load under jest', () => {
  expect(serviceId({ namespace: 'a', name: 'b' })).toBe('a/b');
  expect(yaml.load('x: 1')).toEqual({ x: 1 });
  const r = kmeans([[0], [0.1], [10], [10.1]], 2, { seed: 1, initialization: 'kmeans++' });
  expect(new Set(r.clusters).size).toBe(2);
});
