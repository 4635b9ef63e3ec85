/**
 * Test data: the OpenMetrics families a simulated mesh is written as. A counter series keeps its cumulative whole
 * values per scrape and writes them out at the end; a family keeps its series in the order they first appeared, and
 * adds histograms bucket by bucket through a step's quantiles.
 */

/** Share of requests at or below `le` for a piecewise-linear distribution through the step's quantiles. */
export function shareAtOrBelow(le: number, p50: number, p90: number, p99: number): number {
  const points: Array<[number, number]> = [
    [p50 / 4, 0],
    [p50, 0.5],
    [Math.max(p90, p50 * 1.0001), 0.9],
    [Math.max(p99, p90 * 1.0001, p50 * 1.0002), 0.99],
    [Math.max(p99, p90, p50) * 2, 1],
  ];
  if (le <= points[0][0]) return 0;
  for (let k = 1; k < points.length; k++) {
    const [x0, y0] = points[k - 1];
    const [x1, y1] = points[k];
    if (le <= x1) return y0 + ((le - x0) / (x1 - x0)) * (y1 - y0);
  }
  return 1;
}

/** One counter series: its cumulative whole values at each scrape, written out at the end. */
export class Counter {
  private total = 0;
  private readonly values: number[] = [];
  private readonly seconds: number[] = [];
  constructor(
    private readonly name: string,
    private readonly labels: string,
  ) {}
  /** Adds at a scrape; a second add at the same scrape (two calls one proxy counts alike) joins the first. */
  add(amount: number, seconds: number): void {
    this.total += amount;
    const last = this.seconds.length - 1;
    if (last >= 0 && this.seconds[last] === seconds) {
      this.values[last] = Math.floor(this.total + 1e-9);
      return;
    }
    this.values.push(Math.floor(this.total + 1e-9));
    this.seconds.push(seconds);
  }
  get samples(): number {
    return this.values.length;
  }
  /** Its lines, each ending in a newline, as bytes: the labels encoded once, copied per sample. */
  encode(): Buffer {
    const head = Buffer.from(`${this.name}{${this.labels}} `, 'utf8');
    const tails = this.values.map((value, i) => `${value} ${this.seconds[i]}\n`);
    const out = Buffer.allocUnsafe(tails.reduce((sum, tail) => sum + head.length + tail.length, 0));
    let at = 0;
    for (const tail of tails) {
      at += head.copy(out, at);
      at += out.write(tail, at, 'latin1');
    }
    return out;
  }
}

function labelText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)
    .join(',');
}

export type Labels = Record<string, string>;

/**
 * One metric family: its `# TYPE` line and its series in the order they first appeared. A writer names each series
 * by a short key and builds its labels only the first time (a day of a mesh adds millions of samples).
 */
export class Family {
  readonly counters = new Map<string, Counter>();
  private readonly byKey = new Map<string, Counter>();
  private readonly histograms = new Map<string, Counter[]>();
  constructor(
    readonly typeLine: string,
    private readonly sample: string,
  ) {}
  private ofLabels(labels: Labels): Counter {
    const text = labelText(labels);
    let c = this.counters.get(text);
    if (!c) this.counters.set(text, (c = new Counter(this.sample, text)));
    return c;
  }
  /** The series `key` names (keys naming the same labels share one series). */
  counter(key: string, labels: () => Labels): Counter {
    let c = this.byKey.get(key);
    if (!c) this.byKey.set(key, (c = this.ofLabels(labels())));
    return c;
  }
  /** Adds each bucket's share (cumulative, `le`) of `requests`, then +Inf, to the histogram `key` names. */
  histogram(
    key: string,
    labels: () => Labels,
    bounds: readonly number[],
    requests: number,
    share: (le: number) => number,
    seconds: number,
  ): void {
    let series = this.histograms.get(key);
    if (!series) {
      const base = labels();
      series = [...bounds.map(String), '+Inf'].map((le) => this.ofLabels({ ...base, le }));
      this.histograms.set(key, series);
    }
    for (let b = 0; b < bounds.length; b++) series[b].add(requests * share(bounds[b]), seconds);
    series[bounds.length].add(requests, seconds);
  }
}
