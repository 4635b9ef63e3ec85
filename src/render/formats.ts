/**
 * The report formats `--output` offers, in the order its help lists them. Adding one is a renderer file under
 * render/, its tests, and an entry here: the CLI's choices and its output follow this list. Markdown and HTML are
 * loaded only when asked for.
 */
import type { ScanHistoryEntry } from '../core/history.js';
import type { Report } from '../core/types.js';
import { reportJson } from './json.js';
import { renderTable, renderText } from './text.js';

export interface RenderOptions {
  /** Charts drawn without Unicode blocks (a terminal that cannot show them). */
  ascii: boolean;
  /** The text report shows the model's internals beside each finding. */
  verbose: boolean;
  /** The scan history, for the formats that show recent activity. */
  history: ScanHistoryEntry[];
  /** monitor: one document per line, stamped with this clock's time (the formats that have lines: JSON). */
  lines?: () => number;
}

export interface ReportFormat {
  readonly name: string;
  /**
   * `whole`: the report as it is, every note kept (a document a machine reads); `shown`: what a person reads, where
   * monitor leaves out the notes it already printed.
   */
  readonly reads: 'whole' | 'shown';
  /** Painted in colour on a terminal that wants colour. */
  readonly colour: boolean;
  render(report: Report, options: RenderOptions): string | Promise<string>;
}

export const REPORT_FORMATS: readonly ReportFormat[] = [
  {
    name: 'text',
    reads: 'shown',
    colour: true,
    render: (report, { ascii, verbose }) => renderText(report, { ascii, verbose }),
  },
  { name: 'table', reads: 'shown', colour: true, render: (report) => renderTable(report) },
  {
    name: 'json',
    reads: 'whole',
    colour: false,
    render: (report, { lines }) =>
      lines ? reportJson({ time: new Date(lines()).toISOString(), ...report }, 0) : reportJson(report),
  },
  {
    name: 'markdown',
    reads: 'shown',
    colour: false,
    render: async (report, { history }) =>
      (await import('./markdown.js')).renderSummaryMarkdown(report, { history }),
  },
  {
    name: 'html',
    reads: 'shown',
    colour: false,
    render: async (report, { history }) => (await import('./html.js')).renderHtmlReport(report, { history }),
  },
];

export const REPORT_FORMAT_NAMES = REPORT_FORMATS.map((format) => format.name);

/** The format named, or text (the default) for a name no entry has. */
export function reportFormat(name: string): ReportFormat {
  return REPORT_FORMATS.find((format) => format.name === name) ?? REPORT_FORMATS[0];
}
