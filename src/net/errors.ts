/** Socket error codes that mean "the connection dropped mid-request": worth one more try, for any server. */
export const RETRYABLE_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ECONNABORTED',
]);

/** The message of anything thrown, for a one-line note. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
