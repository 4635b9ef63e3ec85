/**
 * How a range query is cut so each piece fits the server: by time, so no piece loads more samples than the
 * server's --query.max-samples nor answers with more than the response cap, and (where one step is still too
 * large) by namespace. Pure planning, plus the adaptive in-flight limit the pieces run under.
 */

/** A piece of a range query: steps first..last (inclusive) of the window, over some namespaces (null: the query's own). */
export interface Piece {
  first: number;
  last: number;
  namespaces: string[] | null;
}

/** What one query is expected to touch, from the cheap count asked first. */
export interface QuerySize {
  /** Series the query's selector reads over the window. */
  inputSeries: number;
  /** Series the query answers with (one per service, or per service and `le`). */
  outputSeries: number;
  /**
   * Samples Prometheus holds per input series and step: the inner rate's result, plus one more copy per
   * function wrapped around it (label_replace, the `or` of two selections).
   */
  copies: number;
}

/** Series counts from the count query: per `size` tag, in total and per namespace. */
export class SeriesCounts {
  readonly total = new Map<string, number>();
  readonly namespaces = new Set<string>();
  private readonly byNamespace = new Map<string, Map<string, number>>();

  add(tag: string, namespace: string | undefined, count: number): void {
    if (namespace) {
      this.namespaces.add(namespace);
      let counts = this.byNamespace.get(tag);
      if (!counts) this.byNamespace.set(tag, (counts = new Map()));
      counts.set(namespace, (counts.get(namespace) ?? 0) + count);
    }
    this.total.set(tag, (this.total.get(tag) ?? 0) + count);
  }

  get(tag: string, namespaces?: readonly string[]): number {
    if (!namespaces) return this.total.get(tag) ?? 0;
    const counts = this.byNamespace.get(tag);
    return namespaces.reduce((sum, namespace) => sum + (counts?.get(namespace) ?? 0), 0);
  }

  perNamespace(tag: string): ReadonlyMap<string, number> {
    return this.byNamespace.get(tag) ?? new Map();
  }
}

export interface PieceLimits {
  /** The server's sample limit (Prometheus default 50,000,000). */
  maxSamples: number;
  /** The response cap in bytes. */
  maxResponseBytes: number;
  /** Raw samples each input series holds in one rate window (window / scrape interval). */
  samplesPerWindow: number;
}

/** Prometheus answers at most 11,000 points per series per range query; stay below it. */
export const MAX_POINTS_PER_QUERY = 10_000;
/** A matrix point as JSON (`[1700000000,"0.016666666666666666"],`) is at most about this many bytes. */
const BYTES_PER_POINT = 40;
/** Labels of one answered series as JSON. */
const BYTES_PER_SERIES = 200;
/** Pieces aim at this share of the sample limit: the count is an estimate and series come and go. */
const HEADROOM = 0.25;
/**
 * And at this share of the response cap: BYTES_PER_POINT is already the longest a point can be written, and an
 * answer over the cap costs one request before the piece is asked in halves.
 */
const BYTES_HEADROOM = 0.75;

/** The steps one piece may span for a query of this size under these limits (at least 1). */
export function stepsPerPiece(size: QuerySize, limits: PieceLimits): number {
  const input = Math.max(1, size.inputSeries);
  const output = Math.max(1, size.outputSeries);
  const sampleBudget = limits.maxSamples * HEADROOM - input * limits.samplesPerWindow;
  const bySamples = Math.floor(sampleBudget / (input * size.copies + output));
  const byBytes = Math.floor(
    (limits.maxResponseBytes * BYTES_HEADROOM - output * BYTES_PER_SERIES) / (output * BYTES_PER_POINT),
  );
  return Math.max(1, Math.min(MAX_POINTS_PER_QUERY, bySamples, byBytes));
}

/** The window's step grid: step i is evaluated at from + (i+1)·stepMs over a rate window of rateWindowMs. */
export interface StepGrid {
  from: number;
  stepMs: number;
  rateWindowMs: number;
}

const HOUR_MS = 3_600_000;
/** Piece lengths under an hour that divide it, longest first. */
const HOUR_DIVISORS_MS = [30, 20, 15, 12, 10, 6, 5, 4, 3, 2, 1].map((minutes) => minutes * 60_000);

/**
 * Cuts steps 0..steps-1 into pieces of at most `span` steps each. Given the grid, the pieces are whole hours (or
 * a divisor of one) on the clock, each starting one rate window after the hour: Prometheus stores a series in
 * chunks that end on the hour or its halves (120 samples; blocks are 2-hour aligned), and decodes a chunk from
 * its start for any sample in it, so a piece that starts mid-chunk, or whose first rate reaches back into the
 * chunk before, makes the server decode that chunk again. Measured: pieces of 15 steps cost the server 1.3x the
 * CPU of pieces of 190.
 */
export function planPieces(steps: number, span: number, grid?: StepGrid): Piece[] {
  const length = grid ? alignedLength(span, grid.stepMs) : undefined;
  const pieces: Piece[] = [];
  if (grid && length !== undefined) {
    // The first step whose rate window starts on a multiple of the piece length; pieces begin there.
    const phase = (time: number) => (((time - grid.rateWindowMs) % length) + length) % length;
    const offset = phase(grid.from + grid.stepMs);
    const first = offset === 0 ? 0 : (length - offset) / grid.stepMs;
    if (Number.isInteger(first)) {
      const stepsEach = length / grid.stepMs;
      if (first > 0) pieces.push({ first: 0, last: Math.min(steps, first) - 1, namespaces: null });
      for (let start = first; start < steps; start += stepsEach)
        pieces.push({ first: start, last: Math.min(steps, start + stepsEach) - 1, namespaces: null });
      return pieces;
    }
  }
  for (let first = 0; first < steps; first += span) {
    pieces.push({ first, last: Math.min(steps, first + span) - 1, namespaces: null });
  }
  return pieces;
}

/** The longest whole number of hours, or divisor of an hour, that fits in `span` steps and is whole steps. */
function alignedLength(span: number, stepMs: number): number | undefined {
  const most = span * stepMs;
  const candidates = most >= HOUR_MS ? [Math.floor(most / HOUR_MS) * HOUR_MS] : HOUR_DIVISORS_MS;
  return candidates.find((length) => length <= most && length % stepMs === 0);
}

/**
 * Namespaces in up to `count` groups of about equal size (by the series each holds), for learning one group while
 * the server computes the next. No groups for fewer than two namespaces.
 */
export function namespaceGroups(sizes: ReadonlyMap<string, number>, count: number): string[][] {
  const names = [...sizes.keys()].sort();
  if (names.length < 2 || count < 2) return [];
  const groups = Array.from({ length: Math.min(count, names.length) }, () => ({
    names: [] as string[],
    size: 0,
  }));
  // Largest first, each to the smallest group so far; then each group in name order.
  for (const name of [...names].sort(
    (a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a.localeCompare(b),
  )) {
    const smallest = groups.reduce((min, group) => (group.size < min.size ? group : min));
    smallest.names.push(name);
    smallest.size += Math.max(1, sizes.get(name) ?? 0);
  }
  return groups.map((group) => group.names.sort());
}

/**
 * A piece the server refused as too large, in two: halves of its time span, or, for a single step, halves of
 * its namespaces. Undefined when it cannot be cut further.
 */
export function splitPiece(piece: Piece, allNamespaces: readonly string[]): [Piece, Piece] | undefined {
  if (piece.last > piece.first) {
    const middle = piece.first + Math.floor((piece.last - piece.first + 1) / 2);
    return [
      { ...piece, last: middle - 1 },
      { ...piece, first: middle },
    ];
  }
  const namespaces = piece.namespaces ?? allNamespaces;
  if (namespaces.length < 2) return undefined;
  const half = Math.ceil(namespaces.length / 2);
  return [
    { ...piece, namespaces: namespaces.slice(0, half) },
    { ...piece, namespaces: namespaces.slice(half) },
  ];
}

/**
 * A bounded number of tasks in flight that adapts to the server: halved when the server says it is overloaded
 * or a query was too large (503, 422), grown back by one after a run of successes, never above the configured
 * maximum.
 */
export class AdaptiveLimit {
  private limit: number;
  private active = 0;
  private successes = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly max: number) {
    this.limit = Math.max(1, max);
  }

  get current(): number {
    return this.limit;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    while (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.wake();
    }
  }

  /** The server pushed back: fewer in flight from now on. */
  overloaded(): void {
    this.limit = Math.max(1, Math.floor(this.limit / 2));
    this.successes = 0;
  }

  succeeded(): void {
    if (this.limit >= this.max) return;
    if (++this.successes >= 2 * this.limit) {
      this.limit++;
      this.successes = 0;
      this.wake();
    }
  }

  /** Wakes as many waiters as there are free slots; each re-checks the limit before it runs. */
  private wake(): void {
    let free = this.limit - this.active;
    while (free-- > 0 && this.waiting.length > 0) this.waiting.shift()!();
  }
}
