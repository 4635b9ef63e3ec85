/** The JSON report as a document: every string stripped of terminal controls and bidi overrides. */
import { stripTerminalControls } from '../core/text-safety.js';
import type { Report } from '../core/types.js';

/** `indent` 0: one line (monitor's NDJSON). */
export function reportJson(report: Report | (Report & { time: string }), indent = 2): string {
  const scrub = (_key: string, value: unknown) =>
    typeof value === 'string' ? stripTerminalControls(value) : value;
  return JSON.stringify(report, scrub, indent) + '\n';
}
