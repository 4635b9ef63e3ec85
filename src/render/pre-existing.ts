/**
 * Findings that were already present before the deploy get their own section in every
 * report: they are not the deploy's doing, and do not gate unless gate.preExisting is fail.
 */
import type { Finding } from '../core/types.js';

export const PRE_EXISTING_HEADING = 'Already present before the deploy';

/** The deploy's findings (new, or from a report without onsets) and those that were there before. */
export function splitByOnset<F extends Pick<Finding, 'onset'>>(
  findings: F[],
): { current: F[]; preExisting: F[] } {
  return {
    current: findings.filter((f) => f.onset !== 'pre-existing'),
    preExisting: findings.filter((f) => f.onset === 'pre-existing'),
  };
}
