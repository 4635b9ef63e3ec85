/**
 * The settings that say what is read and when: the source, the mesh dialect, the namespaces, the baseline's
 * path, the step and the windows (declared as core/settings/declare.ts describes).
 */
import { z } from 'zod';
import { MESH_NAMES, SOURCE_NAMES } from '../types.js';
import { setting } from './declare.js';

const DAY = 24 * 3_600_000;
const DURATION_FLAG = { flags: '-d, --duration <duration>', help: 'length of a timed window, like 5m' };

export const scopeSettings = {
  source: setting(z.enum(SOURCE_NAMES), {
    key: 'source',
    unit: 'choice',
    default: 'simulated',
    flag: { flags: '--source <source>', help: 'where metrics come from' },
    input: { name: 'source' },
    description:
      'Where metrics come from. Unset: inferred (a Prometheus URL means prometheus, a cluster alone sidecars).',
  }),
  mesh: setting(z.enum(['auto', ...MESH_NAMES]), {
    key: 'mesh',
    unit: 'choice',
    default: 'auto',
    flag: {
      flags: '--mesh <mesh>',
      help: 'mesh dialect to read (default auto: from the cluster, else the metrics)',
    },
    input: { name: 'mesh' },
    description: 'The mesh dialect to read; auto: from discovery, else from the series the metrics hold.',
  }),
  namespaces: setting(z.array(z.string()), {
    key: 'namespaces',
    unit: 'namespaces',
    default: [],
    flag: {
      flags: '-n, --namespace <ns>',
      help: 'namespace to analyse (repeatable or comma separated; default: all)',
    },
    input: { name: 'namespaces' },
    description: 'The namespaces to analyse; empty: every namespace.',
  }),
  baselinePath: setting(z.string(), {
    key: 'baseline',
    unit: 'text',
    default: 'smanalyzer-baseline.json',
    bounds: { min: 1 },
    flag: {
      flags: '-b, --baseline <path>',
      help: 'baseline artifact path (default: smanalyzer-baseline.json)',
    },
    input: { name: 'baseline-path' },
    description: 'Where the baseline is read (scan, status) or written (learn).',
  }),
  stepMs: setting(z.number(), {
    key: 'step',
    unit: 'duration',
    default: 15_000,
    bounds: { min: '1s', max: '1h' },
    flag: { flags: '--step <duration>', help: 'sample resolution (default 15s)' },
    input: { name: 'interval' },
    description: 'The sample resolution of every series.',
  }),
  featureWindowMs: setting(z.number(), {
    key: 'featureWindow',
    unit: 'duration',
    default: 120_000,
    bounds: { min: '4s', max: '1d' },
    description: 'The length of one feature window: the model\'s unit of "normal behaviour".',
  }),
  learnDurationMs: setting(z.number(), {
    key: 'learnDuration',
    unit: 'duration',
    default: DAY,
    bounds: { min: '1s', max: '90d' },
    flag: { ...DURATION_FLAG, for: 'learn' },
    input: { name: 'duration', for: 'learn' },
    description: 'The length of a timed learn (without --from/--to).',
  }),
  scanDurationMs: setting(z.number(), {
    key: 'scanDuration',
    unit: 'duration',
    default: 300_000,
    bounds: { min: '1s', max: '7d' },
    flag: { ...DURATION_FLAG, for: 'scan' },
    input: { name: 'duration', for: 'scan' },
    description: 'The length of a timed scan (without --from/--to).',
  }),
};
