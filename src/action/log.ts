/**
 * The Action's only way to the log. @actions/core escapes the data of the commands it builds (warning,
 * error, setFailed) but writes `core.info` text raw, so a service name or a Kubernetes message holding
 * "\n::add-mask::Learned" would become a command of its own. Every line goes through core/text-safety:
 * single lines escaped, multi-line blocks guarded, ANSI escapes and bidi overrides stripped everywhere.
 */
import * as core from '@actions/core';
import { escapeLogLine, safeBlock, stripTerminalControls } from '../core/text-safety.js';

type Properties = core.AnnotationProperties;

export const log = {
  /** One line of the tool's log, untrusted values and all. */
  info(line: string): void {
    core.info(escapeLogLine(line));
  },
  /** Text the tool laid out over several lines (a status table). */
  block(text: string): void {
    core.info(safeBlock(text));
  },
  warning(message: string, properties?: Properties): void {
    core.warning(stripTerminalControls(message), cleanProperties(properties));
  },
  error(message: string, properties?: Properties): void {
    core.error(stripTerminalControls(message), cleanProperties(properties));
  },
  setFailed(message: string): void {
    core.setFailed(stripTerminalControls(message));
  },
  debug(message: string): void {
    core.debug(stripTerminalControls(message));
  },
};

function cleanProperties(properties: Properties | undefined): Properties | undefined {
  if (!properties?.title) return properties;
  return { ...properties, title: stripTerminalControls(properties.title) };
}
