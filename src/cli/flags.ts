/**
 * The CLI's flags for settings, from their declaration (core/settings.ts): each setting's flag declared for
 * commander from there, and parsed once into settings overrides, its message naming the flag.
 */
import { Option } from 'commander';
import { parseHeaders } from '../config/headers.js';
import {
  credentialsFromEnv,
  longFlag,
  parseDuration,
  parseFault,
  parseRollout,
  parseSeverity,
  type ConfigOverrides,
} from '../config/load.js';
import { setAt, SETTINGS, type FlagSpec, type Setting } from '../core/settings.js';
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

const collect = (value: string, previous: string[] = []) => [...previous, value];
/** Repeatable and comma separated, like the Action's inputs: -n a,b is -n a -n b. */
const collectList = (value: string, previous: string[] = []) => [
  ...previous,
  // An empty part stays, so an empty namespace is refused like `-n ''`, not read as "all".
  ...value.split(',').map((part) => part.trim()),
];

/** Every flag a setting declares, with the setting (a flag may set a part of its value: the SigV4 signing name). */
const FLAGS: ReadonlyArray<{ spec: FlagSpec; setting: Setting }> = SETTINGS.flatMap((setting) => {
  const spec = setting.flag;
  if (!spec) return [];
  return [{ spec, setting }, ...(spec.with ? [{ spec: spec.with, setting }] : [])];
});

/** The commander option of a setting's flag (`--step`), as its declaration spells it, with its help line. */
export function settingOption(flag: string): Option {
  const found = FLAGS.find(({ spec }) => longFlag(spec.flags) === flag);
  if (!found) throw new Error(`no setting has the flag ${flag}`);
  const { spec, setting } = found;
  const option = new Option(spec.flags, spec.help);
  if (spec !== setting.flag) return option;
  if (setting.unit === 'choice' && setting.choices) option.choices(setting.choices);
  else if (setting.unit === 'namespaces') option.argParser(collectList);
  else if (['headers', 'faults', 'rollouts'].includes(setting.unit)) option.argParser(collect);
  else if (setting.unit === 'integer') option.argParser((v) => Number.parseInt(v, 10));
  return option;
}

/** The key commander keeps a flag's value under: `--prometheus-url` → prometheusUrl. */
const attributeOf = (spec: FlagSpec) => new Option(spec.flags).attributeName();

function headerFlags(lines: string[]): Record<string, string> {
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

/**
 * One flag's value in its setting's unit; undefined: not given (an empty value of a unit is not given either,
 * as an empty Action input is not).
 */
function flagValue(setting: Setting, spec: FlagSpec, flags: Flags, env: NodeJS.ProcessEnv): unknown {
  const flag = longFlag(spec.flags);
  const raw = flags[attributeOf(spec)] ?? (spec.env ? env[spec.env] : undefined);
  if (raw === undefined) return undefined;
  const text = typeof raw === 'string' ? raw : undefined;
  switch (setting.unit) {
    case 'duration':
      if (!text) return undefined;
      return setting.zeroTurnsOff && text === '0' ? 0 : durationFlag(text, flag);
    case 'count':
      return text ? integer(text, flag) : undefined;
    case 'number': {
      if (!text) return undefined;
      const value = Number(text);
      if (!(value > 0))
        throw new UserFacingError(
          'config',
          `${flag} "${text}" is not a positive number`,
          `write it like ${flag} 1.5`,
        );
      return value;
    }
    case 'severity':
      return text ? parseSeverity(text) : undefined;
    case 'headers':
      return Array.isArray(raw) ? headerFlags(raw) : undefined;
    case 'faults':
      return Array.isArray(raw) ? raw.map(parseFault) : undefined;
    case 'rollouts':
      return Array.isArray(raw) ? raw.map(parseRollout) : undefined;
    case 'sigv4': {
      const service = spec.with ? flags[attributeOf(spec.with)] : undefined;
      return text ? { region: text, service: typeof service === 'string' ? service : 'aps' } : undefined;
    }
    default:
      // Choices were checked by commander; names, paths and versions by the settings' checks.
      return raw;
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
  const overrides: ConfigOverrides = { prometheus: credentialsFromEnv(env) };
  for (const setting of SETTINGS) {
    const spec = setting.flag;
    if (!spec || (spec.for && spec.for !== command)) continue;
    const value = flagValue(setting, spec, flags, env);
    if (value !== undefined) setAt(overrides, setting.path, value);
  }
  return overrides;
}
