/** Timeouts over rules.timeoutRatio and twice the usual: limit-over-usual.ts. */
import { limitOverUsualRule } from './limit-over-usual.js';

export const TIMEOUT_LIMIT = limitOverUsualRule(
  'timeout limit',
  'timeoutRatio',
  'timeout',
  (r) => r.timeoutRatio,
);
