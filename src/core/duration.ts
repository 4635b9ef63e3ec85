/**
 * Durations as flags, inputs and the config write them ("90s", "5m", "1h30m", "250ms") and as messages show them,
 * both ways: parsed once at the edge into milliseconds, formatted back the way they were written.
 */
import { ConfigError } from './types.js';

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Longer than any duration anyone writes ("1d23h59m59s999ms" is 16): past it, refused before it is read. */
const MAX_DURATION_TEXT = 64;
/** One number and its unit, matched only where the previous one ended (sticky): one pass over the text. */
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;

/** "90s", "5m", "1h30m", "250ms" → milliseconds. A bare number is refused: its unit would be a guess. */
export function parseDuration(text: string): number {
  const raw = String(text);
  const refuse = (shown: string) =>
    new ConfigError(`"${shown}" is not a duration`, 'write a number with a unit, like 90s, 5m, 1h or 250ms');
  // A 40,000-digit value took seconds to refuse: a duration that long is refused as it is, unread.
  if (raw.length > 4 * MAX_DURATION_TEXT) throw refuse(`${raw.slice(0, 16)}… (${raw.length} characters)`);
  const trimmed = raw.trim();
  if (trimmed.length > MAX_DURATION_TEXT)
    throw refuse(`${trimmed.slice(0, 16)}… (${trimmed.length} characters)`);
  let total = 0;
  let at = 0;
  DURATION_PART.lastIndex = 0;
  while (at < trimmed.length) {
    DURATION_PART.lastIndex = at;
    const part = DURATION_PART.exec(trimmed);
    if (!part) throw refuse(trimmed);
    total += Number(part[1]) * DURATION_UNITS[part[2]];
    at = DURATION_PART.lastIndex;
  }
  if (at === 0) throw refuse(trimmed);
  return total;
}

/** How a duration reads in a message, the way durations are written in flags and config: "250ms", "1.5s", "1m30s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms < 1000) return `${ms}ms`;
  if (ms < 10_000 && ms % 1000 !== 0) return `${Number((ms / 1000).toFixed(1))}s`;
  const parts: string[] = [];
  let rest = Math.round(ms / 1000);
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('');
}
