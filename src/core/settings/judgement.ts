/**
 * The settings of the judgement: the rules' limits, the model, and the gate's policy (declared as
 * core/settings/declare.ts describes).
 */
import { z } from 'zod';
import { SEVERITIES } from '../types.js';
import { setting } from './declare.js';

const DAY = 24 * 3_600_000;

export const judgementSettings = {
  rules: z.object({
    errorRatio: setting(z.number(), {
      key: 'rules.errorRatio',
      unit: 'ratio',
      default: 0.05,
      bounds: { above: 0 },
      description: 'An error ratio above this is a rule finding.',
    }),
    trafficSpikeFactor: setting(z.number(), {
      key: 'rules.trafficSpike',
      unit: 'factor',
      default: 2,
      bounds: { above: 1 },
      description: 'Traffic above this many times the expected rate is a rule finding.',
    }),
    trafficDropFactor: setting(z.number(), {
      key: 'rules.trafficDrop',
      unit: 'factor',
      default: 0.5,
      bounds: { below: 1 },
      description: 'Traffic below this many times the expected rate is a rule finding.',
    }),
    latencyP99Ms: setting(z.number().nullable(), {
      key: 'rules.latencyP99',
      unit: 'duration',
      default: null,
      bounds: { min: '1ms', max: '1h' },
      description: 'An absolute bound on p99 latency; unset: none.',
    }),
    latencyFactor: setting(z.number(), {
      key: 'rules.latencyFactor',
      unit: 'factor',
      default: 2,
      bounds: { above: 1 },
      description: 'p99 latency above this many times its baseline mean is a rule finding.',
    }),
    retryRatio: setting(z.number(), {
      key: 'rules.retryRatio',
      unit: 'ratio',
      default: 0.1,
      description: 'A retry ratio above this is a rule finding.',
    }),
    timeoutRatio: setting(z.number(), {
      key: 'rules.timeoutRatio',
      unit: 'ratio',
      default: 0.02,
      description: 'A timeout ratio above this is a rule finding.',
    }),
    overflowRatio: setting(z.number(), {
      key: 'rules.overflowRatio',
      unit: 'ratio',
      default: 0.01,
      description: 'A circuit-breaker overflow ratio above this is a rule finding.',
    }),
  }),
  model: z.object({
    sensitivity: setting(z.number(), {
      key: 'model.sensitivity',
      unit: 'number',
      default: 1,
      bounds: { above: 0, max: 100 },
      flag: {
        flags: '--sensitivity <x>',
        help: 'model sensitivity: above 1 flags smaller deviations (default 1)',
      },
      description: "Above 1 makes the model's thresholds tighter (more findings), below 1 looser.",
    }),
    kMax: setting(z.number(), {
      key: 'model.kMax',
      unit: 'count',
      default: 4,
      bounds: { min: 1, max: 12 },
      description: 'The most modes of normal behaviour K-means learns per signal.',
    }),
    seed: setting(z.number(), {
      key: 'model.seed',
      unit: 'integer',
      default: 42,
      description: "The seed of K-means' initial centroids.",
    }),
  }),
  gate: z.object({
    failOn: setting(z.enum(SEVERITIES), {
      key: 'gate.failOn',
      unit: 'severity',
      default: 'high',
      flag: {
        flags: '--fail-on <severity>',
        help: 'lowest severity that fails the gate: low, medium, high, critical (default high)',
      },
      input: { name: 'fail-on' },
      description: 'The lowest severity that counts against the gate.',
    }),
    maxAnomalies: setting(z.number(), {
      key: 'gate.maxAnomalies',
      unit: 'count',
      default: 0,
      bounds: { min: 0, max: 1_000_000 },
      flag: {
        flags: '--max-anomalies <n>',
        help: 'anomalies at or above --fail-on allowed before failing (default 0)',
      },
      input: { name: 'max-anomalies' },
      description: 'How many findings at or above failOn are tolerated before the gate fails.',
    }),
    minRequests: setting(z.number(), {
      key: 'gate.minRequests',
      unit: 'count',
      default: 100,
      bounds: { min: 0, max: 1_000_000_000 },
      flag: {
        flags: '--min-requests <n>',
        help: 'requests a service needs in the window to be judged (default 100)',
      },
      description: 'Below this many requests in the scan window a service is insufficient-data.',
    }),
    warnOnly: setting(z.boolean(), {
      key: 'gate.warnOnly',
      unit: 'boolean',
      default: false,
      flag: { flags: '--warn-only', help: 'advisory: report, never fail' },
      input: { name: 'warn-only' },
      description: 'Advisory mode: report, never fail.',
    }),
    onInsufficientData: setting(z.enum(['pass', 'warn', 'fail']), {
      key: 'gate.onInsufficientData',
      unit: 'choice',
      default: 'warn',
      description: 'What a service with too few requests to judge does to the verdict.',
    }),
    onError: setting(z.enum(['fail', 'warn']), {
      key: 'gate.onError',
      unit: 'choice',
      default: 'fail',
      flag: {
        flags: '--on-error <policy>',
        help: 'cluster or Prometheus failing mid-scan: fail (exit 2) or warn (partial report, exit 0)',
      },
      input: { name: 'on-error' },
      description:
        'The cluster or Prometheus failing mid-scan: fail the step, or warn with a partial report.',
    }),
    before: setting(z.number(), {
      key: 'gate.before',
      unit: 'duration',
      zeroTurnsOff: true,
      default: 30 * 60_000,
      flag: {
        flags: '--before <duration>',
        help: 'reference window before the deploy to tell new from pre-existing (default 30m, 0 = off)',
      },
      input: { name: 'before' },
      description:
        'The reference window read right before the deploy, to tell new findings from pre-existing ones; 0: off.',
    }),
    maxBefore: setting(z.number(), {
      key: 'gate.maxBefore',
      unit: 'duration',
      default: DAY,
      bounds: { min: '1m', max: '7d' },
      description: 'The longest reference window accepted: a year-long one would exhaust memory.',
    }),
    preExisting: setting(z.enum(['warn', 'fail']), {
      key: 'gate.preExisting',
      unit: 'choice',
      default: 'warn',
      input: { name: 'pre-existing' },
      description:
        'Findings already present before the deploy: reported (warn), or counted against the gate.',
    }),
  }),
};
