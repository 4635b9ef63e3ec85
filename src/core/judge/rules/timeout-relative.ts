/** Timeouts far above the service's own usual ratio (at least 0.5%), beyond chance: relative-ratio.ts. */
import { relativeRatioRule } from './relative-ratio.js';

export const TIMEOUT_RELATIVE = relativeRatioRule('timeout relative', 'timeoutRatio', 'timeout', 0.005);
