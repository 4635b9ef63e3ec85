/**
 * Which version is new, and the baseline-less comparison, from every entry point: the CLI's flags, the config
 * file's `rollout` section, the Action's inputs; each refused with the setting named when malformed.
 */
import { getInputs } from '../src/action/inputs.js';
import { loadConfig, parseConfigFile } from '../src/config/load.js';
import { overridesFrom } from '../src/cli/flags.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

test('the Action inputs new-version, old-version and compare-versions become the rollout settings', () => {
  const inputs = getInputs(
    reader({ source: 'simulated', 'new-version': 'v2', 'old-version': 'v1', 'compare-versions': 'true' }),
    {},
  );
  expect(inputs.overrides.rollout).toEqual({ newVersion: 'v2', oldVersion: 'v1', compareVersions: true });
});

test('a new-version input that is no label value is refused with the input named', () => {
  expect(() => getInputs(reader({ 'new-version': 'v2"} or vector(1)' }), {})).toThrow(/input new-version/);
});

test('the config file sets them under rollout, and simulated rollouts under simulated', () => {
  const overrides = parseConfigFile(
    'rollout:\n  newVersion: canary\n  compareVersions: true\nsimulated:\n  rollouts: ["reviews:v2:10%"]\n',
  );
  expect(overrides.rollout).toEqual({ newVersion: 'canary', compareVersions: true });
  expect(overrides.simulated?.rollouts).toEqual([{ service: 'reviews', version: 'v2', share: 0.1 }]);
  expect(() => parseConfigFile('rollout:\n  newVersoin: v2\n')).toThrow(/did you mean "newVersion"/);
});

test('the flags --new-version, --old-version, --compare-versions and --rollout reach the config', () => {
  const config = loadConfig({
    overrides: overridesFrom(
      {
        source: 'simulated',
        newVersion: 'v3',
        oldVersion: 'v2',
        compareVersions: true,
        rollout: ['reviews:v3:50%'],
      },
      {},
      'scan',
    ),
    env: {},
  });
  expect(config.rollout).toEqual({ newVersion: 'v3', oldVersion: 'v2', compareVersions: true });
  expect(config.simulated.rollouts).toEqual([{ service: 'reviews', version: 'v3', share: 0.5 }]);
});

test('by default the new version is found from the data, beside the baseline', () => {
  expect(loadConfig({ env: {} }).rollout).toEqual({
    newVersion: null,
    oldVersion: null,
    compareVersions: false,
  });
});
