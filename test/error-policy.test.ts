import { isEnvironmentFault } from '../src/core/error-policy.js';
import { translateKubeError } from '../src/k8s/errors.js';
import { ClusterError, ConfigError, MetricsError } from '../src/core/types.js';

// Shapes as client-node raises them: ApiException has a numeric `code` and the v1 Status `body`;
// undici's socket errors carry a string `code` on the cause.
const apiError = (code: number, body: object) =>
  Object.assign(new Error(`HTTP-Code: ${code}`), { code, body });

test('a failing or unreachable API server is an environment fault', () => {
  const refused = Object.assign(new TypeError('fetch failed'), {
    cause: { code: 'ECONNREFUSED', address: '10.0.0.1', port: 6443 },
  });
  expect(isEnvironmentFault(translateKubeError(refused, 'list pods'))).toBe(true);
  expect(
    isEnvironmentFault(translateKubeError(apiError(500, { message: 'etcd timeout' }), 'list pods')),
  ).toBe(true);
  expect(isEnvironmentFault(translateKubeError(apiError(401, {}), 'list pods'))).toBe(true);
});

test('a namespace that does not exist is bad input, whatever the policy', () => {
  const missing = apiError(404, {
    message: 'namespaces "shop" not found',
    details: { name: 'shop', kind: 'namespaces' },
  });
  const error = translateKubeError(missing, 'get namespace shop');
  expect(error.message).toMatch(/^namespace "shop" not found/);
  expect(isEnvironmentFault(error)).toBe(false);
});

test('kubeconfig and metrics setup problems are bad input; a failing backend is a fault', () => {
  expect(isEnvironmentFault(new ClusterError('kubeconfig from KUBECONFIG is empty', 'fix it'))).toBe(false);
  expect(
    isEnvironmentFault(
      new MetricsError('no Istio metrics found at http://p', 'fix', { environmental: false }),
    ),
  ).toBe(false);
  expect(isEnvironmentFault(new MetricsError('Prometheus at http://p kept failing: HTTP 503', 'retry'))).toBe(
    true,
  );
  expect(isEnvironmentFault(new ConfigError('bad', 'fix'))).toBe(false);
});
