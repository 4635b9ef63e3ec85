/** A hand-built scan report for the Action's renderer and comment tests (values chosen to check by eye). */
import type { Finding, Report, ServiceReport } from '../../src/core/types.js';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    namespace: 'bookinfo',
    service: 'reviews',
    type: 'latency',
    severity: 'high',
    detector: 'rule',
    metric: 'latencyP99',
    observed: 300,
    expected: 100,
    expectedRange: [80, 120],
    threshold: 200,
    score: 1.5,
    description: 'p99 latency is 3x its baseline.',
    ...overrides,
  };
}

export function service(overrides: Partial<ServiceReport> = {}): ServiceReport {
  return {
    namespace: 'bookinfo',
    name: 'reviews',
    status: 'ok',
    requests: 1200,
    metrics: {
      requestRate: { observed: 4, expected: 4, band: [3.5, 4.5] },
      errorRatio: { observed: 0.001, expected: 0.001, band: [0, 0.002] },
      latencyP99: { observed: 100, expected: 100, band: [80, 120] },
    },
    ...overrides,
  };
}

export function report(overrides: Partial<Report> = {}, anomalies: Finding[] = []): Report {
  const services = overrides.services ?? [
    service({
      status: anomalies.length > 0 ? 'anomalous' : 'ok',
      metrics: {
        requestRate: { observed: 4, expected: 4, band: [3.5, 4.5] },
        errorRatio: { observed: 0.001, expected: 0.001, band: [0, 0.002] },
        latencyP99: { observed: anomalies.length > 0 ? 300 : 100, expected: 100, band: [80, 120] },
      },
    }),
    service({ name: 'ratings' }),
  ];
  const verdict = anomalies.length > 0 ? 'fail' : 'pass';
  return {
    schemaVersion: 1,
    tool: { name: 'smanalyzer', version: '0.1.0' },
    verdict,
    window: { from: '2026-11-25T10:00:00.000Z', to: '2026-11-25T10:05:00.000Z' },
    source: 'simulated',
    cluster: null,
    partial: false,
    baseline: {
      path: 'smanalyzer-baseline.json',
      createdAt: '2026-11-25T07:00:00.000Z',
      source: 'simulated',
      window: { from: '2026-11-25T01:00:00.000Z', to: '2026-11-25T07:00:00.000Z' },
      ageSeconds: 3 * 3600 + 5 * 60,
      services: 2,
    },
    services,
    anomalies,
    summary: {
      servicesScanned: services.length,
      anomalous: services.filter((s) => s.status === 'anomalous').length,
      insufficientData: 0,
      new: 0,
      missing: 0,
      anomalyCount: anomalies.length,
      gatingAnomalies: anomalies.filter((a) => a.severity === 'high' || a.severity === 'critical').length,
      bySeverity: {
        low: anomalies.filter((a) => a.severity === 'low').length,
        medium: anomalies.filter((a) => a.severity === 'medium').length,
        high: anomalies.filter((a) => a.severity === 'high').length,
        critical: anomalies.filter((a) => a.severity === 'critical').length,
      },
      failOn: 'high',
      maxAnomalies: 0,
      warnOnly: false,
      reason:
        verdict === 'fail' ? `${anomalies.length} anomalies at or above high (max 0).` : 'No anomalies.',
    },
    notes: [],
    ...overrides,
  };
}
