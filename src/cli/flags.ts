/** The CLI's flags as settings overrides: each flag parsed once, its message naming the flag. */
import { parseHeaders } from '../config/headers.js';
import {
  parseDuration,
  parseFault,
  parseRollout,
  parseSeverity,
  type ConfigOverrides,
} from '../config/load.js';
import { UserFacingError } from '../core/types.js';

export type Flags = Record<string, unknown> & {
  source?: string;
  mesh?: string;
  namespace?: string[];
  config?: string;
  baseline?: string;
  from?: string;
  to?: string;
  duration?: string;
  step?: string;
  kubeconfig?: string;
  context?: string;
  prometheusUrl?: string;
  prometheusHeader?: string[];
  prometheusCa?: string;
  insecureSkipTlsVerify?: boolean;
  prometheusSigv4Region?: string;
  prometheusSigv4Service?: string;
  timeout?: string;
  deadline?: string;
  interval?: string;
  topology?: string;
  seed?: number;
  inject?: string[];
  rollout?: string[];
  newVersion?: string;
  oldVersion?: string;
  compareVersions?: boolean;
  failOn?: string;
  maxAnomalies?: string;
  sensitivity?: string;
  warnOnly?: boolean;
  minRequests?: string;
  onError?: string;
  deployedAt?: string;
  before?: string;
  debug?: boolean;
};

function headerFlags(lines: string[] | undefined): Record<string, string> | undefined {
  if (!lines) return undefined;
  return parseHeaders(
    lines,
    (line) =>
      new UserFacingError(
        'config',
        `--prometheus-header "${line.split(':')[0]}…" is not 'Name: value'`,
        "write it like --prometheus-header 'X-Scope-OrgID: team-a'",
      ),
  );
}

export function integer(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0)
    throw new UserFacingError(
      'config',
      `${flag} "${text}" is not a whole number ≥ 0`,
      `write it like ${flag} 3`,
    );
  return n;
}

/** A duration flag: the message names the flag, since a bare "5" could have come from anywhere. */
export function durationFlag(text: string, flag: string): number {
  try {
    return parseDuration(text);
  } catch (e) {
    if (e instanceof UserFacingError) throw new UserFacingError('config', `${flag}: ${e.message}`, e.fix);
    throw e;
  }
}

/** Flags override the file; secrets come from the environment so they stay out of shell history. */
export function overridesFrom(
  flags: Flags,
  env: NodeJS.ProcessEnv,
  command: 'learn' | 'scan' | 'status',
): ConfigOverrides {
  if (flags.duration && (flags.from || flags.to)) {
    throw new UserFacingError(
      'config',
      `--duration ${flags.duration} and --${flags.from ? 'from' : 'to'} both given: a window is either timed from now or past`,
      'keep --duration for a live window, or --from/--to for a past one',
    );
  }
  const duration = flags.duration ? durationFlag(flags.duration, '--duration') : undefined;
  const sensitivity = flags.sensitivity !== undefined ? Number(flags.sensitivity) : undefined;
  if (sensitivity !== undefined && !(sensitivity > 0)) {
    throw new UserFacingError(
      'config',
      `--sensitivity "${flags.sensitivity}" is not a positive number`,
      'write it like --sensitivity 1.5',
    );
  }
  const user = env.PROMETHEUS_USERNAME;
  return {
    source: flags.source as ConfigOverrides['source'],
    mesh: flags.mesh as ConfigOverrides['mesh'],
    namespaces: flags.namespace,
    baselinePath: flags.baseline,
    stepMs: flags.step ? durationFlag(flags.step, '--step') : undefined,
    learnDurationMs: command === 'learn' ? duration : undefined,
    scanDurationMs: command === 'scan' ? duration : undefined,
    kube: { kubeconfig: flags.kubeconfig, context: flags.context },
    prometheus: {
      url: flags.prometheusUrl ?? env.PROMETHEUS_URL,
      headers: headerFlags(flags.prometheusHeader),
      bearerToken: env.PROMETHEUS_TOKEN || undefined,
      basicAuth: user ? { username: user, password: env.PROMETHEUS_PASSWORD ?? '' } : undefined,
      caFile: flags.prometheusCa,
      insecureSkipVerify: flags.insecureSkipTlsVerify,
      sigv4: flags.prometheusSigv4Region
        ? { region: flags.prometheusSigv4Region, service: flags.prometheusSigv4Service ?? 'aps' }
        : undefined,
      timeoutMs: flags.timeout ? durationFlag(flags.timeout, '--timeout') : undefined,
      deadlineMs: flags.deadline ? durationFlag(flags.deadline, '--deadline') : undefined,
    },
    sidecars: { intervalMs: flags.interval ? durationFlag(flags.interval, '--interval') : undefined },
    simulated: {
      topology: flags.topology,
      seed: flags.seed,
      faults: flags.inject?.map(parseFault),
      rollouts: flags.rollout?.map(parseRollout),
    },
    rollout: {
      newVersion: flags.newVersion,
      oldVersion: flags.oldVersion,
      compareVersions: flags.compareVersions,
    },
    model: { sensitivity },
    gate: {
      failOn: flags.failOn ? parseSeverity(flags.failOn) : undefined,
      maxAnomalies: integer(flags.maxAnomalies, '--max-anomalies'),
      minRequests: integer(flags.minRequests, '--min-requests'),
      warnOnly: flags.warnOnly,
      onError: flags.onError as 'fail' | 'warn' | undefined,
      before:
        flags.before === undefined
          ? undefined
          : flags.before === '0'
            ? 0
            : durationFlag(flags.before, '--before'),
    },
  };
}
