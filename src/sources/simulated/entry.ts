/** The simulated mesh as a source: no cluster, no URL; a live scan replays its recent past at once. */
import type { SourceEntry } from '../entry.js';

export const SIMULATED: SourceEntry = {
  name: 'simulated',
  needs: { url: false, cluster: 'none' },
  replaysLive: true,
  async build({ config, faultFrom }) {
    const { SimulatedSource } = await import('./source.js');
    return new SimulatedSource({
      topology: config.simulated.topology,
      seed: config.simulated.seed,
      faults: config.simulated.faults,
      rollouts: config.simulated.rollouts,
      ...(faultFrom !== undefined ? { faultFrom } : {}),
    });
  },
};
