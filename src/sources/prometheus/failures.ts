/**
 * How the Prometheus client's failures read: every one a MetricsError with a cause and a fix, naming the server
 * (never its credentials) and never a secret the server echoed back. The kinds the source acts on — a query too
 * large for the server, a request past its timeout, an answer past its cap — have their own classes, so the source
 * can ask again in smaller pieces instead of repeating what the server could not do. Pure.
 */
import { RETRYABLE_NETWORK_CODES } from '../../net/errors.js';
import { MetricsError } from '../../core/types.js';
import { networkErrorCode } from './http.js';

/** A range answer is streamed into typed arrays, not held as text: it may run to this many times the cap. */
export const STREAMED_CAP_FACTOR = 4;

/**
 * The server refused a query as too large: it would load more samples than --query.max-samples (422), or it
 * ran past --query.timeout (503 timeout). Never retried as is: the caller asks again in smaller pieces.
 */
export class QueryTooLarge extends MetricsError {
  constructor(
    readonly reason: 'samples' | 'timeout',
    message: string,
    fix: string,
  ) {
    super(message, fix);
  }
}

/** One request ran past the per-request timeout (--timeout): a range query may be asked again in smaller pieces. */
export class RequestTimedOut extends MetricsError {}

/** One answer ran past the response cap: a range query may be asked again in smaller pieces. */
export class AnswerTooLarge extends MetricsError {}

/** A URL fit for messages: no credentials, no query string. */
export function displayUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/$/, '');
}

/** The same for a URL as the settings hold it: undefined when there is none or it does not parse. */
export function displayUrlOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return displayUrl(new URL(url));
  } catch {
    return undefined;
  }
}

export function oneLine(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/;
/**
 * What OpenSSL says when the bytes that came back are not TLS at all: a plain-HTTP server read as a TLS record
 * ("HTTP/1.1 400" is a record of absurd length, or of an unknown version).
 */
const PLAIN_HTTP_CODE =
  /^ERR_SSL_(PACKET_LENGTH_TOO_LONG|WRONG_VERSION_NUMBER|HTTP_REQUEST|RECORD_LAYER_FAILURE)$/;

/** A failure worth another attempt, and the error to report if attempts (or the deadline) run out. */
export class RetryableFailure extends Error {
  constructor(
    readonly final: MetricsError,
    readonly retryAfterMs?: number,
  ) {
    super(final.message);
  }
}

/** The error part of a Prometheus API envelope. */
export interface PromErrorFields {
  errorType?: string;
  error?: string;
}

/** The failures of one client: its server as messages name it, its secrets to redact, its cap on an answer. */
export class Failures {
  constructor(
    private readonly server: string,
    readonly redact: (text: string) => string,
    private readonly maxResponseBytes: number,
  ) {}

  /**
   * The run's budget of failed requests is spent: the last failure as the cause (its fix too), and how many
   * requests failed. Not a QueryTooLarge: nothing is asked again in smaller pieces.
   */
  budgetSpent(failed: number, last: unknown): MetricsError {
    const cause = last instanceof RetryableFailure ? last.final : last;
    const detail = cause instanceof Error ? oneLine(this.redact(cause.message), 300) : null;
    return new MetricsError(
      `Prometheus at ${this.server} failed ${failed} requests in this run, the most allowed: stopped asking` +
        (detail ? ` (the last: ${detail})` : ''),
      cause instanceof MetricsError
        ? cause.fix
        : "check the server's health and limits (--query.max-samples, --query.timeout), then retry",
    );
  }

  notPrometheus(detail: string): MetricsError {
    return new MetricsError(
      `the server at ${this.server} did not answer like a Prometheus API (${detail})`,
      'set --prometheus-url to the Prometheus base URL (the one serving /api/v1/query), not a UI, proxy login or other page',
    );
  }

  /** An answer past its cap: `streamed` for a range answer read as it arrived, whose cap is larger. */
  tooLargeAnswer(query: string, streamed: boolean): MetricsError {
    const cap = streamed ? STREAMED_CAP_FACTOR * this.maxResponseBytes : this.maxResponseBytes;
    const mib = Math.round((cap / 1024 / 1024) * 10) / 10;
    return new AnswerTooLarge(
      `the answer from Prometheus at ${this.server} exceeded the ${mib} MiB cap on a response ` +
        `(prometheus.maxResponseSize${streamed ? ` × ${STREAMED_CAP_FACTOR} for a range answer` : ''}) for: ${oneLine(query, 160)}`,
      'query fewer namespaces, a shorter window or a larger --step, or raise prometheus.maxResponseSize in the config file',
    );
  }

  /** A query the server refused for its size: the sample limit (422) or the query timeout (503 "timeout"). */
  tooLarge(
    status: number,
    envelope: PromErrorFields | undefined,
    promError: string,
  ): QueryTooLarge | undefined {
    const text = this.redact(oneLine(promError, 200));
    if (status === 422 && /too many samples/i.test(envelope?.error ?? '')) {
      return new QueryTooLarge(
        'samples',
        `Prometheus at ${this.server} refused a query as too large (HTTP 422, ${text})`,
        "raise the server's --query.max-samples",
      );
    }
    if (status === 503 && envelope?.errorType === 'timeout') {
      return new QueryTooLarge(
        'timeout',
        `Prometheus at ${this.server} gave up on a query (HTTP 503, ${text})`,
        "raise the server's --query.timeout",
      );
    }
    return undefined;
  }

  queryRejected(status: number, promError: string, query: string): MetricsError {
    return new MetricsError(
      `Prometheus at ${this.server} rejected a query (HTTP ${status}, ${this.redact(oneLine(promError, 300))}) ` +
        `for: ${oneLine(query, 200)}`,
      'check the --namespace and --mesh settings; if the backend is not Prometheus, check that it supports this PromQL',
      { environmental: false },
    );
  }

  timeoutError(timeoutMs: number, what: string): MetricsError {
    return new MetricsError(
      `Prometheus at ${this.server} did not answer within ${Math.round(timeoutMs / 100) / 10} s (${what})`,
      'raise --timeout (per request) or --deadline (overall), query a shorter window or a larger --step, or check the server load',
    );
  }

  networkError(error: unknown): Error {
    const code = networkErrorCode(error);
    const detail = code ?? oneLine(this.redact((error as Error)?.message ?? String(error)), 120);
    if (code && PLAIN_HTTP_CODE.test(code) && this.server.startsWith('https://')) {
      const plain = `http://${this.server.slice('https://'.length)}`;
      return new MetricsError(
        `the server at ${this.server} answered plain HTTP on an https:// URL (${code})`,
        `use --prometheus-url ${plain}, or the address where the server speaks TLS`,
        { environmental: false },
      );
    }
    const failure = new MetricsError(
      `cannot reach Prometheus at ${this.server}: ${detail}`,
      code && TLS_CODE.test(code)
        ? "the server's TLS certificate was not trusted: pass its CA with --prometheus-ca (or, for tests only, --insecure-skip-tls-verify)"
        : 'check --prometheus-url, that the server is running, and that this machine can reach it (DNS, firewall, port-forward)',
    );
    if (code && RETRYABLE_NETWORK_CODES.has(code)) return new RetryableFailure(failure);
    return failure;
  }
}
