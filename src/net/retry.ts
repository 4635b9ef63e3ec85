/**
 * One way to bound a network call: a per-request timeout that aborts the request, attempts with jittered
 * exponential backoff (or the server's Retry-After), and an overall deadline. Callers say what is worth
 * retrying and how failures read; the clock and the sleep are injectable for tests.
 */

export interface RetryPolicy {
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  requestTimeoutMs: number;
  deadlineMs: number;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it is aborted. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Exponential backoff with "equal jitter": half fixed, half random, so retries from many clients spread out. */
export function backoffDelayMs(
  policy: Pick<RetryPolicy, 'initialDelayMs' | 'maxDelayMs'>,
  attempt: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** attempt);
  return ceiling / 2 + (random() * ceiling) / 2;
}

/**
 * Runs `run` with a signal that aborts after `timeoutMs` (or when `outer` aborts). Settles on time even when
 * `run` ignores its signal: then it rejects with `onTimeout()`.
 */
export async function withTimeout<T>(
  timeoutMs: number,
  run: (signal: AbortSignal) => Promise<T>,
  onTimeout: () => Error,
  outer?: AbortSignal,
): Promise<T> {
  const aborter = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const late = onTimeout();
      reject(late);
      aborter.abort(late);
    }, timeoutMs);
    timer.unref?.();
  });
  const signal = outer ? AbortSignal.any([outer, aborter.signal]) : aborter.signal;
  try {
    return await Promise.race([run(signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RetryHooks {
  /** Whether a failure (other than a timed-out attempt) is worth another attempt. */
  retryable(err: unknown): boolean;
  /** How long the server asked to wait (Retry-After), if it did. */
  retryAfterMs?(err: unknown): number | undefined;
  /** The error once the overall deadline has passed (or the next wait would reach it), given the last failure. */
  deadlineExceeded(lastError?: unknown): Error;
  /** A failure not worth retrying (`attempts` undefined), or the last one after `attempts` tries. */
  failed(err: unknown, attempts?: number): Error;
  /**
   * Whether an attempt that ran past its timeout is tried again (default true). False: the timeout is the
   * caller's to handle (`failed(err)`), e.g. by asking a smaller question instead of the same one again.
   */
  retryTimedOut?: boolean;
  /** Called before each attempt (e.g. to count requests). */
  onAttempt?(attempt: number): void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

/** Runs `send` under the policy: each attempt gets a signal that aborts at its timeout or the deadline. */
export async function withRetry<T>(
  policy: RetryPolicy,
  send: (signal: AbortSignal, attempt: number) => Promise<T>,
  hooks: RetryHooks,
): Promise<T> {
  const now = hooks.now ?? Date.now;
  const pause = hooks.sleep ?? sleep;
  const deadline = now() + policy.deadlineMs;
  let lastError: unknown;
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    const remaining = deadline - now();
    if (remaining <= 0) throw hooks.deadlineExceeded(lastError);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.min(policy.requestTimeoutMs, remaining));
    hooks.onAttempt?.(attempt);
    try {
      return await send(controller.signal, attempt);
    } catch (err) {
      lastError = err;
      const timedOut = controller.signal.aborted;
      if (timedOut && hooks.retryTimedOut === false) throw hooks.failed(err);
      if (!timedOut && !hooks.retryable(err)) throw hooks.failed(err);
      if (timedOut && deadline - now() <= 0) throw hooks.deadlineExceeded(err);
    } finally {
      clearTimeout(timer);
    }
    if (attempt === policy.attempts - 1) break;
    const serverWait = hooks.retryAfterMs?.(lastError);
    const wait =
      serverWait !== undefined
        ? Math.min(serverWait, policy.maxDelayMs)
        : backoffDelayMs(policy, attempt, hooks.random);
    // A wait that reaches the deadline leaves no time for another attempt: give up now, not after sleeping.
    if (wait >= deadline - now()) throw hooks.deadlineExceeded(lastError);
    await pause(wait);
  }
  throw hooks.failed(lastError, policy.attempts);
}
