/** src/net: the one sleep, timeout, retry loop and network-error walker every client uses. */
import { errorMessage, networkErrorCode } from '../src/net/errors.js';
import { backoffDelayMs, sleep, withRetry, withTimeout, type RetryPolicy } from '../src/net/retry.js';

const POLICY: RetryPolicy = {
  attempts: 4,
  initialDelayMs: 100,
  maxDelayMs: 1000,
  requestTimeoutMs: 1000,
  deadlineMs: 60_000,
};

describe('networkErrorCode', () => {
  test('finds the socket code under undici causes and happy-eyeballs AggregateErrors', () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const aggregate = new AggregateError([socket, new Error('other')]);
    expect(networkErrorCode(new TypeError('fetch failed', { cause: aggregate }))).toBe('ECONNREFUSED');
    expect(networkErrorCode(new Error('plain'))).toBeUndefined();
    expect(networkErrorCode('text')).toBeUndefined();
    expect(errorMessage('text')).toBe('text');
  });
});

describe('sleep and withTimeout', () => {
  test('sleep rejects with the reason as soon as its signal aborts', async () => {
    const aborter = new AbortController();
    const started = Date.now();
    const slept = sleep(10_000, aborter.signal);
    aborter.abort(new Error('stopped'));
    await expect(slept).rejects.toThrow('stopped');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test('withTimeout aborts the work and settles on time even when the work ignores its signal', async () => {
    let seen: AbortSignal | undefined;
    const result = withTimeout(
      30,
      (signal) => {
        seen = signal;
        return new Promise<string>(() => undefined);
      },
      () => new Error('too slow'),
    );
    await expect(result).rejects.toThrow('too slow');
    expect(seen?.aborted).toBe(true);
  });
});

describe('withRetry', () => {
  test('retries what is retryable with equal-jitter backoff, then says how many attempts it made', async () => {
    const waits: number[] = [];
    let calls = 0;
    const error = await withRetry(
      POLICY,
      async () => {
        calls++;
        throw new Error('503');
      },
      {
        retryable: () => true,
        deadlineExceeded: () => new Error('deadline'),
        failed: (err, attempts) => new Error(`${errorMessage(err)} after ${attempts}`),
        sleep: async (ms) => {
          waits.push(ms);
        },
        random: () => 1,
      },
    ).catch((e: Error) => e);
    expect(calls).toBe(4);
    expect(waits).toEqual([100, 200, 400]);
    expect((error as Error).message).toBe('503 after 4');
    expect(backoffDelayMs(POLICY, 0, () => 0)).toBe(50);
  });

  test('does not retry what is not retryable, and honours Retry-After up to the maximum delay', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      POLICY,
      async () => {
        calls++;
        if (calls === 1) throw new Error('429');
        return 'ok';
      },
      {
        retryable: (err) => errorMessage(err) === '429',
        retryAfterMs: () => 5000,
        deadlineExceeded: () => new Error('deadline'),
        failed: (err) => err as Error,
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    );
    expect([result, calls, waits]).toEqual(['ok', 2, [1000]]);
    await expect(
      withRetry(POLICY, async () => Promise.reject(new Error('400')), {
        retryable: () => false,
        deadlineExceeded: () => new Error('deadline'),
        failed: (err, attempts) => new Error(`${errorMessage(err)} ${attempts ?? 'at once'}`),
      }),
    ).rejects.toThrow('400 at once');
  });

  test('gives up without sleeping when the next wait reaches the deadline, and leaves timeouts to the caller when told', async () => {
    const waits: number[] = [];
    const tight = { ...POLICY, deadlineMs: 150 };
    const error = await withRetry(tight, async () => Promise.reject(new Error('503')), {
      retryable: () => true,
      retryAfterMs: () => 1000,
      deadlineExceeded: (last) => new Error(`deadline after ${errorMessage(last)}`),
      failed: (err) => err as Error,
      sleep: async (ms) => {
        waits.push(ms);
      },
    }).catch((e: Error) => e);
    expect([(error as Error).message, waits]).toEqual(['deadline after 503', []]);

    let calls = 0;
    const slow = withRetry(
      { ...POLICY, requestTimeoutMs: 20 },
      (signal) =>
        new Promise<never>((_, reject) => {
          calls++;
          signal.addEventListener('abort', () => reject(new Error('timed out')));
        }),
      {
        retryable: () => true,
        retryTimedOut: false,
        deadlineExceeded: () => new Error('deadline'),
        failed: (err) => err as Error,
      },
    );
    await expect(slow).rejects.toThrow('timed out');
    expect(calls).toBe(1);
  });
});
