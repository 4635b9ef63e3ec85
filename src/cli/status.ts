/** The `status` command: gather the view (pipeline) and render it as text or JSON. */
import type { RunContext } from '../app/pipeline.js';
import type { UserFacingError } from '../core/types.js';

export async function runStatus(
  ctx: RunContext,
  format: string,
  historyPath?: string,
): Promise<{ text: string; connectionError: UserFacingError | null }> {
  const { gatherStatus } = await import('../app/pipeline.js');
  const { STATUS_FORMATS } = await import('../render/status.js');
  const { view, connectionFailure: connectionError } = await gatherStatus(ctx);
  if (historyPath) {
    const { readActivity } = await import('../app/history.js');
    view.activity = readActivity(historyPath, ctx.now());
  }
  const text = (STATUS_FORMATS[format] ?? STATUS_FORMATS.text)(view);
  return { text, connectionError };
}
