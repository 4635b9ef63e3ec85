/**
 * Reads a JSON report that another run wrote (mode: comment, the fork PR pattern) as untrusted data:
 * a bounded regular file, valid JSON, and the report contract of schemaVersion 1 field by field, through the
 * schema the report's types come from (core/report-schema.ts) with caps on its sizes, so the Markdown renderer
 * only ever sees the types it escapes. Nothing from the file is echoed in an error.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { ConfigError, type Report } from '../core/types.js';
import { reportSchemas } from '../core/report-schema.js';

/** A real report of thousands of services is a few MB; anything far larger is not one of ours. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/**
 * The report contract with caps, so a hostile file cannot bloat a comment: bounded like the core builds it (at
 * most five charts of 60 points, a joint finding's combination of the nine signals, a rollout's six signals).
 */
const untrustedReport = reportSchemas({
  text: 10_000,
  version: 64,
  charts: 5,
  chartPoints: 60,
  rollouts: 1000,
  oldVersions: 50,
  rolloutEntries: 20,
  combination: 20,
}).report;

const FIX =
  'point report-path at the JSON report the scan wrote (its report-path output, uploaded as an artifact)';

/** Where in the report a problem is, when the path is made of plain keys and indexes (never other text). */
function where(path: PropertyKey[]): string {
  const parts = path.map(String);
  return parts.every((p) => /^[A-Za-z0-9_-]{1,40}$/.test(p)) && parts.length > 0
    ? ` at ${parts.join('.')}`
    : '';
}

/** Validates already-parsed JSON; the result holds only the fields the contract names, each checked. */
export function parseUntrustedReport(raw: unknown, file: string): Report {
  const version =
    typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
  if (version !== 1) {
    throw new ConfigError(
      `${file} is not a SMAnalyzer report of schemaVersion 1`,
      `${FIX}; a report from another SMAnalyzer major version needs the matching action version`,
    );
  }
  const result = untrustedReport.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(
      `${file} is not a valid SMAnalyzer report (${issue.code}${where(issue.path)})`,
      FIX,
    );
  }
  return result.data;
}

/** Reads and validates the report file; a clear ConfigError for a missing, huge, non-JSON or foreign file. */
export function readUntrustedReport(file: string): Report {
  let size: number;
  try {
    const stat = lstatSync(file);
    if (!stat.isFile()) throw new ConfigError(`${file} is not a regular file`, FIX);
    size = stat.size;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`no report at ${file}`, FIX);
  }
  if (size > MAX_REPORT_BYTES) {
    throw new ConfigError(`${file} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MiB: not a report`, FIX);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // V8's message quotes the text around the error: never echo an untrusted file.
    throw new ConfigError(`${file} is not valid JSON`, FIX);
  }
  return parseUntrustedReport(raw, file);
}
