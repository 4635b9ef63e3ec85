/**
 * The gate: a verdict (pass / warn / fail) from the findings and the policy — fail-on severity,
 * max anomalies, the insufficient-data policy, partial data and advisory mode. Pure.
 */
import type { Config } from './settings.js';
import { severityRank, type Finding, type ServiceStatus, type Verdict } from './types.js';

export interface GateInput {
  findings: Array<Pick<Finding, 'severity' | 'onset' | 'rollout'>>;
  statuses: ServiceStatus[];
  /** Rollouts whose new (or old) version has too few requests yet to be judged: never a full pass. */
  youngRollouts?: number;
  /** Some of the window could not be read: never a full pass. */
  partial: boolean;
}

export interface GateDecision {
  verdict: Verdict;
  gatingAnomalies: number;
  reason: string;
}

/** Policy fields the gate reads; `preExisting` defaults to warn. */
type GatePolicy = Omit<Config['gate'], 'before' | 'preExisting'> &
  Partial<Pick<Config['gate'], 'preExisting'>>;

export function decideVerdict(input: GateInput, policy: GatePolicy): GateDecision {
  // What was there before the deploy is not the deploy's doing: reported, gating only when asked to.
  // Both versions of a rollout moving alike is not the deploy's doing either (a dependency, the load): never gating.
  const bothVersions = input.findings.filter((f) => f.rollout?.moved === 'both');
  const judged = input.findings.filter((f) => f.rollout?.moved !== 'both');
  const preExisting = judged.filter((f) => f.onset === 'pre-existing');
  const counted = policy.preExisting === 'fail' ? judged : judged.filter((f) => f.onset !== 'pre-existing');
  const gating = counted.filter((f) => severityRank(f.severity) >= severityRank(policy.failOn));
  const insufficient = input.statuses.filter((s) => s === 'insufficient-data').length;
  const fresh = input.statuses.filter((s) => s === 'new' || s === 'missing').length;
  const scanned = input.statuses.filter((s) => s !== 'missing').length;

  let verdict: Verdict = 'pass';
  const reasons: string[] = [];
  if (gating.length > policy.maxAnomalies) {
    verdict = 'fail';
    reasons.push(
      `${gating.length} anomal${gating.length === 1 ? 'y' : 'ies'} at or above ${policy.failOn} (allowed: ${policy.maxAnomalies})`,
    );
  } else if (counted.length > 0) {
    verdict = 'warn';
    const anomalies = (n: number) => `${n} anomal${n === 1 ? 'y' : 'ies'}`;
    const below = counted.length - gating.length;
    reasons.push(
      gating.length === 0
        ? `${anomalies(below)}, all below fail-on ${policy.failOn}: not counted against the gate`
        : `${anomalies(gating.length)} at or above ${policy.failOn}, within the ${policy.maxAnomalies} allowed` +
            (below > 0 ? `; ${below} more below ${policy.failOn}` : ''),
    );
  }
  if (preExisting.length > 0 && policy.preExisting !== 'fail') {
    if (verdict === 'pass') verdict = 'warn';
    reasons.push(
      `${preExisting.length} anomal${preExisting.length === 1 ? 'y' : 'ies'} already present before the deploy (pre-existing: warn)`,
    );
  }
  if (bothVersions.length > 0) {
    if (verdict === 'pass') verdict = 'warn';
    reasons.push(
      `${bothVersions.length} anomal${bothVersions.length === 1 ? 'y' : 'ies'} in both versions of a rollout alike (not the new version's doing)`,
    );
  }
  const young = input.youngRollouts ?? 0;
  if (young > 0) {
    if (verdict === 'pass') verdict = 'warn';
    reasons.push(`${young} rollout${young === 1 ? '' : 's'} with too few requests on a version to judge yet`);
  }
  if (insufficient > 0 && policy.onInsufficientData !== 'pass') {
    if (policy.onInsufficientData === 'fail') verdict = 'fail';
    else if (verdict === 'pass') verdict = 'warn';
    reasons.push(`${insufficient} service${insufficient === 1 ? '' : 's'} with insufficient data`);
  }
  if (scanned === 0) {
    if (verdict === 'pass') verdict = 'warn';
    reasons.push('no service had data to judge');
  }
  if (fresh > 0) {
    if (verdict === 'pass') verdict = 'warn';
    reasons.push(`${fresh} service${fresh === 1 ? '' : 's'} new or missing since the baseline`);
  }
  if (input.partial) {
    if (verdict === 'pass') verdict = 'warn';
    reasons.push('the metrics were only partly collected');
  }
  if (policy.warnOnly && verdict === 'fail') {
    verdict = 'warn';
    reasons.push('advisory mode: reported, not failed');
  }
  return {
    verdict,
    gatingAnomalies: gating.length,
    reason: reasons.length > 0 ? reasons.join('; ') : 'every service is within its baseline',
  };
}
