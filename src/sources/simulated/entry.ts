/** The simulated mesh as a source: no cluster, no URL; a live scan replays its recent past at once. */
import type { SourceEntry } from '../entry.js';

export const SIMULATED: SourceEntry = {
  name: 'simulated',
  needs: { url: false, cluster: 'none' },
  replaysLive: true,
  async build({ config, faultFrom }) {
    const [{ SimulatedSource }, { dialectOf }] = await Promise.all([
      import('./source.js'),
      import('../../mesh/dialects/index.js'),
    ]);
    return new SimulatedSource({
      topology: config.simulated.topology,
      seed: config.simulated.seed,
      faults: config.simulated.faults,
      rollouts: config.simulated.rollouts,
      ...(faultFrom !== undefined ? { faultFrom } : {}),
      // --mesh: the simulated traffic as that dialect's proxies would show it.
      ...(config.mesh !== 'auto' ? { dialect: dialectOf(config.mesh) } : {}),
    });
  },
};
