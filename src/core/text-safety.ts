/**
 * Untrusted text (labels, Kubernetes messages, exposition text, baseline fields, error messages) on its
 * way to a log, a terminal or a report. Two dangers:
 * - the Actions runner reads a stdout line that starts with `::` (or `##[`) as a workflow command
 *   (`::add-mask::`, `::stop-commands::`, `::warning::`), so a value must never start a line;
 * - terminals and GitHub's UI obey ANSI escapes and bidirectional overrides (U+202E turns `gnp.exe` into
 *   `exe.png`), so neither may reach an output.
 * Every output path of the Action and the CLI goes through these helpers.
 */

/** ESC sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`), DCS/SOS/PM/APC strings, and 2-byte ones. */
const ANSI =
  /\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[@-Z\\-_]|[ -/]+[0-~])|\x9b[0-?]*[ -/]*[@-~]/g;

/** C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate/mark characters. */
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text without ANSI escapes, bidi overrides and control characters; `\r\n` becomes `\n`, a lone `\r`
 * (which some consumers read as a line break, and which lets a terminal overwrite a line) is removed.
 */
export function stripTerminalControls(text: string): string {
  return text.replace(ANSI, '').replace(/\r\n/g, '\n').replace(/\r/g, '').replace(CONTROLS, '');
}

/**
 * One log line, whatever it holds: newlines and carriage returns (also lone `\r`) escaped as the runner
 * escapes command data (`%0A`, `%0D`), a `%` that would read as such an escape escaped too (`%25`), then
 * terminal controls stripped. The result never spans two lines.
 */
export function escapeLogLine(text: string): string {
  const escaped = text
    .replace(/%(?=[0-9A-Fa-f]{2})/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
  return guardCommandLines(stripTerminalControls(escaped));
}

/**
 * Several lines the tool laid out itself (a status table, a text report) with untrusted values inside:
 * controls stripped, and any line that would start a workflow command (`::…`, `##[…`, after leading
 * blanks, as the runner trims them) has its first character escaped, so it is printed, not obeyed.
 */
export function safeBlock(text: string): string {
  return guardCommandLines(stripTerminalControls(text));
}

export function guardCommandLines(text: string): string {
  return text.replace(/^([ \t]*)(::|##\[)/gm, (_m, blanks: string, start: string) =>
    start === '::' ? `${blanks}%3A:` : `${blanks}%23#[`,
  );
}
