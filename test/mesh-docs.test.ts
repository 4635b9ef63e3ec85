/**
 * docs/meshes.md says what each mesh dialect gives and lacks: it names every declared dialect, the metrics each
 * reads and the signals each cannot show, as the declarations (src/mesh/dialects/) say them.
 */
import { readFileSync } from 'node:fs';
import { SIGNAL_NAMES } from '../src/mesh/dialect.js';
import { MESH_DIALECTS } from '../src/mesh/dialects/index.js';

const page = readFileSync(new URL('../docs/meshes.md', import.meta.url), 'utf8');

test.each(Object.values(MESH_DIALECTS).map((dialect) => [dialect.name, dialect] as const))(
  'names %s, its title, its request metric and its mesh flag',
  (name, dialect) => {
    expect(page).toContain(dialect.title);
    expect(page).toContain(`\`${dialect.metrics.requests}\``);
    expect(page).toContain(name);
  },
);

test('says "unavailable" wherever a dialect has no way to read a signal', () => {
  for (const dialect of Object.values(MESH_DIALECTS)) {
    const missing = SIGNAL_NAMES.filter(
      (name) => !dialect.signals[name].requests && !dialect.signals[name].clusterStat,
    );
    if (missing.length > 0) expect(page).toMatch(/unavailable \(not zero\)/);
  }
});
