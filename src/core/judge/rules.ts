/**
 * The static rules: absolute bounds and ratios to the baseline that nobody needs a model for, one file each under
 * rules/, walked in the order rules/index.ts lists them. Pure.
 */
import type { JudgedFinding } from '../types.js';
import type { JudgeContext } from './context.js';
import { STATIC_RULES } from './rules/index.js';

export { MIN_EVENTS, RATE_FLOOR, SURPRISE } from './rules/rule.js';

/** Every static rule's findings for one service's window, in the list's order. */
export function ruleFindings(ctx: JudgeContext): JudgedFinding[] {
  const out: JudgedFinding[] = [];
  for (const rule of STATIC_RULES) out.push(...rule.judge(ctx, out));
  return out;
}
