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
  const chunks: Uint8Array[] = [];
  const bytes = await forEachChunk(stream, maxBytes, declaredLength, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks, bytes);
}

/**
 * Hands a body stream to `use` chunk by chunk, under the same cap as readCappedStream; returns the bytes read.
 * An error thrown by `use` cancels the stream.
 */
export async function forEachChunk(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  declaredLength: number | undefined,
  use: (chunk: Uint8Array) => void,
): Promise<number> {
  if (declaredLength !== undefined && Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    await stream?.cancel().catch(() => undefined);
    throw new BodyTooLarge();
  }
  if (!stream) return 0;
  const reader = stream.getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) throw new BodyTooLarge();
      use(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  return bytes;
}
