/**
 * Workflow annotations: one error or warning per finding, so each anomaly shows on the run's summary
 * page. Deciding which level is pure (annotationsFor); emitting goes through a small sink (core by default).
 */
import * as core from '@actions/core';
import { serviceId, severityRank, type Report } from '../core/types.js';
import { thresholdInUnits } from '../render/finding-words.js';
import { formatMetric } from '../render/units.js';

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
}

/**
 * Findings at or above fail-on are errors (they decide the verdict), unless the gate is advisory;
 * the rest are warnings. Annotation text is plain (the runner does not render Markdown there).
 */
export function annotationsFor(report: Report): Annotation[] {
  const failRank = severityRank(report.summary.failOn);
  return report.anomalies.map((f) => {
    const gating = severityRank(f.severity) >= failRank && !report.summary.warnOnly;
    const where = serviceId({ namespace: f.namespace, name: f.service });
    return {
      level: gating ? 'error' : 'warning',
      title: `SMAnalyzer: ${f.severity} ${f.type} in ${where}`,
      message:
        `${f.description.replace(/\.?\s*$/, '.')} Observed ${formatMetric(f.metric, f.observed)}, expected ${formatMetric(f.metric, f.expected)} ` +
        `(normal ${formatMetric(f.metric, f.expectedRange[0])} – ${formatMetric(f.metric, f.expectedRange[1])})` +
        `${thresholdInUnits(f) ? `, threshold ${thresholdInUnits(f)}` : ''} [${f.detector}].`,
    };
  });
}

export interface AnnotationSink {
  error(message: string, properties: { title: string }): void;
  warning(message: string, properties: { title: string }): void;
}

export function emitAnnotations(report: Report, sink: AnnotationSink = core): number {
  const annotations = annotationsFor(report);
  for (const a of annotations) sink[a.level](a.message, { title: a.title });
  return annotations.length;
}
