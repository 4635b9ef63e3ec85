/**
 * The report formats are one registry (src/render/formats.ts): the CLI offers exactly its names, in its order, and
 * each entry renders what its own renderer does; JSON keeps the whole report, and a stamped line for monitor.
 */
import { REPORT_FORMATS, REPORT_FORMAT_NAMES, reportFormat } from '../src/render/formats.js';
import { renderHtmlReport } from '../src/render/html.js';
import { reportJson } from '../src/render/json.js';
import { renderSummaryMarkdown } from '../src/render/markdown.js';
import {
  STATUS_FORMATS,
  STATUS_FORMAT_NAMES,
  renderStatusText,
  statusToJson,
  type StatusView,
} from '../src/render/status.js';
import { renderTable, renderText } from '../src/render/text.js';
import { runCli } from './support/cli.js';
import { finding, report } from './support/action-report-fixture.js';

const options = { ascii: true, verbose: false, history: [] };

test('--output offers the registry, in its order, text first', async () => {
  expect(REPORT_FORMAT_NAMES).toEqual(['text', 'table', 'json', 'markdown', 'html']);
  const help = await runCli(['scan', '--help'], { now: Date.now });
  expect(help.stdout.replace(/\s+/g, ' ')).toContain(
    '(choices: "text", "table", "json", "markdown", "html", default: "text")',
  );
  const status = await runCli(['status', '--help'], { now: Date.now });
  expect(status.stdout.replace(/\s+/g, ' ')).toContain('(choices: "text", "json", default: "text")');
  expect(STATUS_FORMAT_NAMES).toEqual(['text', 'json']);
});

test('each format renders as its renderer does, and an unknown name is text', async () => {
  const r = report({}, [finding()]);
  expect(await reportFormat('text').render(r, { ...options, verbose: true })).toBe(
    renderText(r, { ascii: true, verbose: true }),
  );
  expect(await reportFormat('table').render(r, options)).toBe(renderTable(r));
  expect(await reportFormat('json').render(r, options)).toBe(reportJson(r));
  expect(await reportFormat('markdown').render(r, options)).toBe(renderSummaryMarkdown(r, { history: [] }));
  expect(await reportFormat('html').render(r, options)).toBe(renderHtmlReport(r, { history: [] }));
  expect(reportFormat('yaml')).toBe(reportFormat('text'));
  expect(new Set(REPORT_FORMATS.map((f) => f.name)).size).toBe(REPORT_FORMATS.length);
});

test('JSON is the whole report, uncoloured; monitor gets one stamped line', async () => {
  const json = reportFormat('json');
  expect(json.reads).toBe('whole');
  expect(json.colour).toBe(false);
  const line = await json.render(report(), { ...options, lines: () => Date.parse('2030-01-02T03:04:05Z') });
  expect(line.trimEnd().split('\n')).toHaveLength(1);
  expect(Object.keys(JSON.parse(line))[0]).toBe('time');
  expect(JSON.parse(line).time).toBe('2030-01-02T03:04:05.000Z');
  // The formats a person reads in a terminal are the ones painted in colour.
  expect(REPORT_FORMATS.filter((f) => f.colour).map((f) => f.name)).toEqual(['text', 'table']);
});

test('status writes text or the JSON document', () => {
  const view: StatusView = {
    inventory: null,
    baseline: { path: 'b.json', present: false },
    thresholds: { errorRatio: '5%' },
  };
  expect(STATUS_FORMATS.text(view)).toBe(renderStatusText(view));
  expect(JSON.parse(STATUS_FORMATS.json(view))).toEqual(statusToJson(view));
});
