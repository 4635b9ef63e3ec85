/** Circuit-breaker overflow over rules.overflowRatio and twice the usual: limit-over-usual.ts. */
import { limitOverUsualRule } from './limit-over-usual.js';

export const OVERFLOW_LIMIT = limitOverUsualRule(
  'overflow limit',
  'overflowRatio',
  'circuit_breaker',
  (r) => r.overflowRatio,
);
