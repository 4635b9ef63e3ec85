/**
 * The Prometheus time budgets reach the config from every entry point: the Action inputs
 * prometheus-timeout / prometheus-deadline and the config file's prometheus.deadline / maxResponseSize.
 */
import { getInputs } from '../src/action/inputs.js';
import { parseConfigFile } from '../src/config/load.js';

function reader(inputs: Record<string, string>) {
  return (name: string) => inputs[name] ?? '';
}

test('the Action inputs prometheus-timeout and prometheus-deadline become the per-request and overall budgets', () => {
  const inputs = getInputs(
    reader({
      source: 'prometheus',
      'prometheus-url': 'http://prometheus:9090',
      'prometheus-timeout': '45s',
      'prometheus-deadline': '20m',
    }),
    {},
  );
  expect(inputs.overrides.prometheus).toMatchObject({
    url: 'http://prometheus:9090',
    timeoutMs: 45_000,
    deadlineMs: 1_200_000,
  });
});

test('a malformed prometheus-deadline input is refused with the input named', () => {
  expect(() => getInputs(reader({ 'prometheus-deadline': 'soon' }), {})).toThrow(/prometheus-deadline/);
});

test('the config file sets the deadline and the response cap (MiB)', () => {
  const overrides = parseConfigFile('prometheus:\n  deadline: 15m\n  maxResponseSize: 128\n');
  expect(overrides.prometheus).toMatchObject({ deadlineMs: 900_000, maxResponseBytes: 128 * 1024 * 1024 });
});
