/** Response bodies read with a size cap, for every server we read from (Prometheus, sidecars). */

/** The body went past its cap; the caller says which cap, and how to raise it. */
export class BodyTooLarge extends Error {}

/**
 * Reads a body stream up to `maxBytes`: refused at once when the declared Content-Length is already past it,
 * else the stream is cancelled at the first byte beyond it. Either way: BodyTooLarge, nothing buffered past
 * the cap.
 */
export async function readCappedStream(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  declaredLength?: number,
): Promise<Buffer> {
  if (declaredLength !== undefined && Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    await stream?.cancel().catch(() => undefined);
    throw new BodyTooLarge();
  }
  if (!stream) return Buffer.alloc(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, bytes);
}
