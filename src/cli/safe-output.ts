/**
 * The CLI's streams as the terminal (or a CI runner reading them) receives them: no ANSI escape or bidi
 * override that a label or a Kubernetes message carried, and no line that a runner would take for a
 * workflow command (see core/text-safety.ts).
 */
import { safeBlock } from '../core/text-safety.js';

export function safeStream<W extends { write(text: string): unknown; isTTY?: boolean }>(stream: W): W {
  return {
    write: (text: string) => stream.write(safeBlock(String(text))),
    get isTTY() {
      return stream.isTTY;
    },
  } as unknown as W;
}
