/**
 * The units settings are written in ("90s", "5%", "2x", "64MiB", "-2h", a fault spec), parsed in one place for
 * the YAML file, the CLI's flags and the Action's inputs, each with one clear message per bad value.
 */
import { parseDuration } from '../core/duration.js';
import { ConfigError, FAULT_TYPES, SEVERITIES, type FaultType, type Severity } from '../core/types.js';

export { parseDuration };

/** "5%" → 0.05; 0.05 → 0.05. A bare number above 1 is refused (is 5 meant as 5%?). */
export function parseRatio(value: string | number, field: string): number {
  const text = String(value).trim();
  const ratio = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
    throw new ConfigError(
      `${field}: "${text}" is not a ratio between 0 and 1`,
      `write it as a percentage, like 5%`,
    );
  }
  return ratio;
}

const SIZE_UNITS: Record<string, number> = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

/** "64MiB", "512 KiB", 1048576 → bytes. */
export function parseSize(value: string | number, field: string): number {
  const text = String(value).trim();
  const match = /^(\d+)\s*(B|KiB|MiB|GiB)?$/.exec(text);
  const bytes = match ? Number(match[1]) * SIZE_UNITS[match[2] ?? 'B'] : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1024 || bytes > 4 * 1024 ** 3) {
    throw new ConfigError(
      `${field}: "${text}" is not a size between 1KiB and 4GiB`,
      'write it like 64MiB or 512KiB',
    );
  }
  return bytes;
}

/** "2x" → 2; 2 → 2. */
export function parseFactor(value: string | number, field: string): number {
  const text = String(value).trim();
  const factor = Number(text.endsWith('x') ? text.slice(0, -1) : text);
  if (!Number.isFinite(factor) || factor <= 0 || factor > 1000) {
    throw new ConfigError(`${field}: "${text}" is not a positive factor`, 'write it like 2x or 0.5x');
  }
  return factor;
}

export function parseSeverity(text: string): Severity {
  const value = String(text).trim().toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new ConfigError(`"${text}" is not a severity`, `use one of ${SEVERITIES.join(', ')}`);
}

/** "reviews:latency:3" → a simulated fault; "reviews@v2:latency:1.6x" → on the rollout's new version only. */
export function parseFault(text: string): {
  service: string;
  type: FaultType;
  magnitude?: number;
  startsBeforeMs?: number;
  version?: string;
} {
  // SERVICE[@VERSION]:TYPE[:MAGNITUDE][@-DURATION]: "@-1h" = the fault began an hour before the deploy.
  const colon = text.indexOf(':');
  const versionAt = text.indexOf('@');
  if (versionAt >= 0 && colon >= 0 && versionAt < colon) {
    const version = text.slice(versionAt + 1, colon);
    if (!/^[A-Za-z0-9][-A-Za-z0-9_.]*$/.test(version)) {
      throw new ConfigError(
        `fault "${text}": "${version}" is not a version`,
        'write it like reviews@v2:latency:1.6x (the fault acts on version v2 of a rollout only)',
      );
    }
    return { ...parseFault(text.slice(0, versionAt) + text.slice(colon)), version };
  }
  const at = text.indexOf('@');
  if (at >= 0) {
    const since = text.slice(at + 1);
    if (!since.startsWith('-')) {
      throw new ConfigError(
        `fault "${text}": "@${since}" is not a time before the deploy`,
        'write it like reviews:latency:2@-1h (began an hour before the deploy)',
      );
    }
    return { ...parseFault(text.slice(0, at)), startsBeforeMs: parseDuration(since.slice(1)) };
  }
  const [service, type, magnitude] = text.split(':');
  if (!service || !type || !(FAULT_TYPES as readonly string[]).includes(type)) {
    throw new ConfigError(
      `"${text}" is not a fault to inject`,
      `write SERVICE:TYPE[:MAGNITUDE] with TYPE one of ${FAULT_TYPES.join(', ')}`,
    );
  }
  if (magnitude === undefined) return { service, type: type as FaultType };
  // Written as in config files too: a ratio as 8% or 0.08, a factor as 3x or 3, a delay as 300ms or 300.
  const unit = magnitude.endsWith('%')
    ? '%'
    : magnitude.endsWith('ms')
      ? 'ms'
      : magnitude.endsWith('x')
        ? 'x'
        : '';
  const number = Number(magnitude.slice(0, magnitude.length - unit.length));
  const size = unit === '%' ? number / 100 : number;
  if (
    magnitude === unit ||
    !Number.isFinite(size) ||
    size < 0 ||
    (unit === 'ms' && type !== 'network_delay')
  ) {
    throw new ConfigError(
      `fault "${text}": magnitude "${magnitude}" is not a number`,
      type === 'network_delay'
        ? 'write it like reviews:network_delay:300ms'
        : 'write it like reviews:latency:3',
    );
  }
  return { service, type: type as FaultType, magnitude: size };
}

/**
 * "reviews:v2:20%" → a simulated rollout: from the deploy on, 20% of reviews' requests go to version v2 (the rest
 * stay on v1). The share defaults to 20%.
 */
export function parseRollout(text: string): { service: string; version: string; share: number } {
  const [service, version, share, extra] = text.split(':');
  const fix = 'write SERVICE:VERSION[:SHARE], like reviews:v2:20% (a 20% canary of version v2 beside v1)';
  if (!service || !version || extra !== undefined || !/^[A-Za-z0-9][-A-Za-z0-9_.]*$/.test(version))
    throw new ConfigError(`"${text}" is not a rollout`, fix);
  if (share === undefined) return { service, version, share: 0.2 };
  const value = share.endsWith('%') ? Number(share.slice(0, -1)) / 100 : Number(share);
  if (share === '' || !Number.isFinite(value) || value <= 0 || value >= 1)
    throw new ConfigError(`rollout "${text}": share "${share}" is not between 0% and 100%`, fix);
  return { service, version, share: value };
}

/** Points in time: RFC3339, unix seconds, "now", or relative to now like "-15m". */
export function parseTime(text: string, now: number): number {
  const value = String(text).trim();
  if (value === 'now') return now;
  if (/^-\d/.test(value)) return now - parseDuration(value.slice(1));
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const parsed = Date.parse(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && Number.isFinite(parsed)) return parsed;
  throw new ConfigError(
    `"${value}" is not a time`,
    'use RFC3339 (2026-11-25T10:00:00Z), unix seconds, "now" or "-15m"',
  );
}

/**
 * The window to analyse. With --from/--to it is a past window read from history;
 * otherwise a live window of `durationMs` that starts now.
 */
export function resolveWindow(
  spec: { from?: string | null; to?: string | null; durationMs: number },
  now: number,
): { from: number; to: number; live: boolean } {
  if (!spec.from && !spec.to) return { from: now, to: now + spec.durationMs, live: true };
  const to = spec.to ? parseTime(spec.to, now) : now;
  const from = spec.from ? parseTime(spec.from, now) : to - spec.durationMs;
  if (from >= to) {
    throw new ConfigError(
      `the window is empty: --from ${new Date(from).toISOString()} is not before --to ${new Date(to).toISOString()}`,
      'give a --from earlier than --to',
    );
  }
  if (to > now + 60_000) {
    throw new ConfigError(
      `--to ${new Date(to).toISOString()} is in the future`,
      'analyse a window that has ended, or use --duration for a live scan',
    );
  }
  return { from, to, live: false };
}
