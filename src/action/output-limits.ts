/**
 * The limits of what the Action writes: the job summary (GitHub takes at most 1 MiB per step, counted in
 * bytes) and the files at paths the workflow chose (a read-only or missing directory is the workflow's
 * mistake, said as such, not an "unexpected error").
 */
import { UserFacingError } from '../core/types.js';

/** GitHub's cap on one step's summary, in bytes. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

const CUT_NOTE =
  '\n\n…the rest did not fit in the job summary (1 MiB per step); the JSON report has it all.\n';

/** The markdown within `budget` bytes, cut at a character boundary with a note when it is longer. */
export function fitSummary(markdown: string, budget: number): string {
  if (Buffer.byteLength(markdown) <= budget) return markdown;
  const room = Math.max(0, budget - Buffer.byteLength(CUT_NOTE));
  // A cut inside a multi-byte character decodes to U+FFFD: drop it.
  const cut = Buffer.from(markdown)
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
  return cut + CUT_NOTE;
}

const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a directory',
  // mkdir -p answers EEXIST when a directory it must create is already a file.
  EEXIST: 'a part of the path is a file, not a directory',
  EISDIR: 'it is a directory',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  ENAMETOOLONG: 'the path is too long',
};

/** A failed write of `what` to `path` as a cause and a fix, when it is one the workflow can fix. */
export function writeProblem(error: unknown, what: string, path: string, input: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (!code || !(code in WRITE_PROBLEMS)) return error;
  return new UserFacingError(
    'config',
    `cannot write the ${what} to ${path}: ${WRITE_PROBLEMS[code]} (${code})`,
    `set ${input} to a writable path, like \${{ runner.temp }}/smanalyzer-report.json`,
  );
}
