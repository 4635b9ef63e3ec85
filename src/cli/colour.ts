/**
 * Colour for the text report on a terminal: the verdict and the severities stand out. Off when stdout is not a
 * terminal, when NO_COLOR is set to anything non-empty (https://no-color.org), or TERM is dumb; FORCE_COLOR turns
 * it on anywhere.
 */
const CODES = { red: 31, yellow: 33, green: 32, magenta: 35, bold: 1 } as const;
const paint = (code: number, text: string) => `\x1b[${code}m${text}\x1b[0m`;

export function wantsColour(out: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(out.isTTY) && env.TERM !== 'dumb';
}

const VERDICT = { PASS: CODES.green, WARN: CODES.yellow, FAIL: CODES.red } as const;
const SEVERITY = { critical: CODES.magenta, high: CODES.red, medium: CODES.yellow, low: CODES.bold } as const;

/** Paints the words of the rendered report; the text is otherwise unchanged. */
export function colourReport(text: string): string {
  return text
    .replace(/\b(PASS|WARN|FAIL)\b/g, (word) => paint(VERDICT[word as keyof typeof VERDICT], word))
    .replace(/\b(CRITICAL|HIGH|MEDIUM|LOW)\b/g, (word) =>
      paint(SEVERITY[word.toLowerCase() as keyof typeof SEVERITY], word),
    );
}
