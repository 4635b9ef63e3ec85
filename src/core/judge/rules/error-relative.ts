/** Errors far above the service's own usual ratio (at least 1%), beyond chance: relative-ratio.ts. */
import { relativeRatioRule } from './relative-ratio.js';

export const ERROR_RELATIVE = relativeRatioRule('error relative', 'errorRatio', 'error_rate', 0.01);
