/**
 * The static rules the judge walks, in order: a finding's place in the report follows this list, and a rule may
 * stand back when one before it already spoke (the relative ratios after the limits, the p90 and the p50 after
 * the p99). Adding a rule is a file in this folder, its tests, and a line here.
 */
import { ERROR_LIMIT } from './error-limit.js';
import { ERROR_RELATIVE } from './error-relative.js';
import { LATENCY_P50 } from './latency-p50.js';
import { LATENCY_P90 } from './latency-p90.js';
import { LATENCY_P99 } from './latency-p99.js';
import { OVERFLOW_LIMIT } from './overflow-limit.js';
import { RETRY_LIMIT } from './retry-limit.js';
import type { StaticRule } from './rule.js';
import { TIMEOUT_LIMIT } from './timeout-limit.js';
import { TIMEOUT_RELATIVE } from './timeout-relative.js';
import { TRAFFIC_BAND } from './traffic-band.js';

export type { StaticRule } from './rule.js';

export const STATIC_RULES: readonly StaticRule[] = [
  TRAFFIC_BAND,
  ERROR_LIMIT,
  ERROR_RELATIVE,
  TIMEOUT_RELATIVE,
  LATENCY_P99,
  LATENCY_P90,
  LATENCY_P50,
  RETRY_LIMIT,
  TIMEOUT_LIMIT,
  OVERFLOW_LIMIT,
];
