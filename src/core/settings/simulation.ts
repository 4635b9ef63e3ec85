/**
 * The settings of the simulated mesh (topology, seed, faults, rollouts), of the report, and of rollouts (which
 * version is new, and the baseline-less comparison) (declared as core/settings/declare.ts describes).
 */
import { z } from 'zod';
import { FAULT_TYPES } from '../types.js';
import { setting } from './declare.js';

const faultSchema = z.object({
  /** Service name (optionally namespace/name) in the simulated mesh. */
  service: z.string(),
  type: z.enum(FAULT_TYPES),
  /**
   * Type-specific size: a factor for latency/traffic, a ratio for errors/retries/timeouts/overflow and packet
   * loss, milliseconds for a network delay.
   */
  magnitude: z.number().optional(),
  /** The fault began this long before the deploy (ms): already there in the reference window. */
  startsBeforeMs: z.number().optional(),
  /** Only this version of the service has the fault (a rollout's new version: `reviews@v2:latency:1.6x`). */
  version: z.string().optional(),
});
export type AnomalyFault = z.output<typeof faultSchema>;

/** A simulated rollout: from the deploy on, `share` of the service's requests go to `version` (the rest stay on v1). */
const rolloutSchema = z.object({ service: z.string(), version: z.string(), share: z.number() });
export type SimulatedRollout = z.output<typeof rolloutSchema>;

export const simulationSettings = {
  simulated: z.object({
    topology: setting(z.string(), {
      key: 'simulated.topology',
      unit: 'text',
      default: 'bookinfo',
      flag: {
        flags: '--topology <name>',
        help: 'simulated mesh: bookinfo, boutique, generated:N, realistic:<one of them>',
      },
      description: 'The simulated mesh: bookinfo, boutique, generated:N, or one of them as realistic:NAME.',
    }),
    seed: setting(z.number(), {
      key: 'simulated.seed',
      unit: 'integer',
      default: 1,
      flag: { flags: '--seed <n>', help: 'simulated mesh seed' },
      description: "The simulated mesh's seed.",
    }),
    faults: setting(z.array(faultSchema), {
      key: 'simulated.faults',
      unit: 'faults',
      default: [],
      flag: {
        flags: '--inject <fault>',
        help: "simulated fault SERVICE[@VERSION]:TYPE[:MAGNITUDE] (repeatable; @VERSION: a rollout's new version only)",
      },
      description:
        'Faults injected into the simulated mesh, like reviews:latency:3 or reviews@v2:latency:1.6x.',
    }),
    rollouts: setting(z.array(rolloutSchema), {
      key: 'simulated.rollouts',
      unit: 'rollouts',
      default: [],
      flag: {
        flags: '--rollout <rollout>',
        help: 'simulated rollout SERVICE:VERSION[:SHARE]: from the deploy on, SHARE of its requests (default 20%) go to VERSION beside v1 (repeatable)',
      },
      description: 'Services rolling out a new version beside v1 from the deploy on, like reviews:v2:20%.',
    }),
  }),
  report: z.object({
    origins: setting(z.boolean(), {
      key: 'report.origins',
      unit: 'boolean',
      default: true,
      description: 'Name the likely origin of the anomalies on the call graph; never changes the verdict.',
    }),
  }),
  /** Rollouts: a service serving two versions in the window, the new one judged against the old. */
  rollout: z.object({
    newVersion: setting(z.string().nullable(), {
      key: 'rollout.newVersion',
      unit: 'version',
      default: null,
      bounds: { min: 1, max: 253 },
      flag: {
        flags: '--new-version <version>',
        help: "a rollout's new version, as its version label says (default: found from the data)",
      },
      input: { name: 'new-version' },
      description: "A rollout's new version, as its version label says; unset: found from the data.",
    }),
    oldVersion: setting(z.string().nullable(), {
      key: 'rollout.oldVersion',
      unit: 'version',
      default: null,
      bounds: { min: 1, max: 253 },
      flag: {
        flags: '--old-version <version>',
        help: "a rollout's old version (default: every version but the new one)",
      },
      input: { name: 'old-version' },
      description: "A rollout's old version; unset: every version but the new one.",
    }),
    compareVersions: setting(z.boolean(), {
      key: 'rollout.compareVersions',
      unit: 'boolean',
      default: false,
      flag: {
        flags: '--compare-versions',
        help: 'judge the new version of each rollout against the old only, with no baseline (for teams without one yet)',
      },
      input: { name: 'compare-versions' },
      description: 'Judge the new version of each rollout against the old only, with no baseline.',
    }),
  }),
};
