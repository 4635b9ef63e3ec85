/** Retries over rules.retryRatio and twice the usual: limit-over-usual.ts. */
import { limitOverUsualRule } from './limit-over-usual.js';

export const RETRY_LIMIT = limitOverUsualRule(
  'retry limit',
  'retryRatio',
  'retry_storm',
  (r) => r.retryRatio,
);
