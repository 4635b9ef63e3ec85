import { escapeLogLine } from '../core/text-safety.js';

/**
 * Progress for timed scans: a redrawn bar on a terminal, plain periodic lines otherwise (CI logs).
 */
export function createProgress(
  out: { write(text: string): unknown; isTTY?: boolean },
  now: () => number,
): (fraction: number, message: string) => void {
  let lastLine = -Infinity;
  let lastPercent = -1;
  return (fraction, rawMessage) => {
    // The bar is ours; the message may quote a cluster's text: one escaped line, no terminal controls.
    const message = escapeLogLine(rawMessage);
    const percent = Math.max(0, Math.min(100, Math.round(fraction * 100)));
    if (out.isTTY) {
      const filled = Math.round(percent / 5);
      out.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${String(percent).padStart(3)}% ${message}\x1b[K`,
      );
      if (percent >= 100) out.write('\n');
      return;
    }
    // Not a terminal: one line every 30 s or at the end, so logs stay readable.
    if ((now() - lastLine >= 30_000 && percent !== lastPercent) || (percent >= 100 && lastPercent < 100)) {
      out.write(`progress: ${percent}% ${message}\n`);
      lastLine = now();
      lastPercent = percent;
    }
  };
}
