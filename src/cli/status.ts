/** The `status` command: gather the view (pipeline) and render it as text or JSON. */
import type { RunContext } from '../pipeline.js';

export async function runStatus(ctx: RunContext, format: string): Promise<string> {
  const { runStatus: gather } = await import('../pipeline.js');
  const { renderStatusText, statusToJson } = await import('../report/status.js');
  const view = await gather(ctx);
  return format === 'json' ? JSON.stringify(statusToJson(view), null, 2) + '\n' : renderStatusText(view);
}
