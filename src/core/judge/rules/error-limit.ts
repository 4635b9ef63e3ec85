/**
 * Errors over the fixed limit (rules.errorRatio): a share of requests no service should fail, whatever its past —
 * with more errors than its usual ratio makes by chance (rule.ts).
 */
import type { JudgedFinding } from '../../types.js';
import type { JudgeContext } from '../context.js';
import { beyondChance, broken, type StaticRule } from './rule.js';

export const ERROR_LIMIT: StaticRule = {
  name: 'error limit',
  judge(ctx: JudgeContext): JudgedFinding[] {
    const limit = ctx.config.rules.errorRatio;
    const errors = ctx.observed.errorRatio;
    if (errors == null || !(errors > limit) || !beyondChance(ctx, 'errorRatio', errors)) return [];
    return [broken(ctx, 'error_rate', 'errorRatio', errors, limit, { kind: 'ratio-limit', limit })];
  },
};
