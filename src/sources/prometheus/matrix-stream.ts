/**
 * A range query's answer read as it arrives: the JSON is scanned byte by byte and each point goes straight to
 * the series it belongs to, so a gigabyte of answers is never held as text nor as millions of small arrays and
 * strings (JSON.parse of the whole body, then reading it again, was most of the tool's time and memory at 1,000
 * services). Written by hand because no JSON library both streams and skips building the values: the generic
 * streaming parsers emit a string per token, slower than JSON.parse. Every other part of the answer is checked
 * as JSON and, except the envelope's status and error, skipped. Pure: bytes in, calls to the sink out.
 * The byte-level JSON reading it is built on is in json-bytes.ts.
 */
import {
  BACKSLASH,
  MatrixSyntaxError,
  QUOTE,
  decimal,
  hasByte,
  isDelimiter,
  isJsonNumber,
  isLiteral,
  isSpace,
  stringAt,
  stringEnd,
} from './json-bytes.js';

/** Where a streamed matrix goes: per series, a function that takes its points, or undefined to skip the series. */
export interface MatrixSink {
  series(metric: Record<string, string>): PointWriter | undefined;
}
/** One point: its time in Unix seconds and its value (NaN for anything that is not a number). */
export type PointWriter = (seconds: number, value: number) => void;

/** What the envelope said, once the answer ended. */
export interface MatrixEnvelope {
  status?: string;
  errorType?: string;
  error?: string;
  resultType?: string;
  /** Series in `data.result`. */
  series: number;
}

const enum Where {
  Root,
  Data,
  Result,
  Series,
  Metric,
  Values,
  Point,
  Elsewhere,
}
const enum Expect {
  KeyOrEnd,
  Key,
  Colon,
  Value,
  CommaOrEnd,
  ValueOrEnd,
}

const MAX_DEPTH = 256;
const MAX_TOKEN_BYTES = 1024 * 1024;

/** Scans one answer; feed it with write() chunk by chunk, then end(). */
export class MatrixStreamParser {
  private pending: Uint8Array = new Uint8Array(0);
  private readonly where = new Uint8Array(MAX_DEPTH);
  private readonly expect = new Uint8Array(MAX_DEPTH);
  private readonly index = new Int32Array(MAX_DEPTH);
  private readonly keys: string[] = [];
  /** -1 before the root value, 0 once it is complete. */
  private depth = -1;
  private rootDone = false;
  private readonly envelope: MatrixEnvelope = { series: 0 };
  // The series being read: its labels, where its points go, and points seen before its labels (any order is JSON).
  private labels: Record<string, string> | undefined;
  private writer: PointWriter | undefined;
  private early: number[] = [];
  private pointSeconds = Number.NaN;
  private pointValue = Number.NaN;

  constructor(private readonly sink: MatrixSink) {}

  write(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.pending.length > 0) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending);
      bytes.set(chunk, this.pending.length);
    }
    const used = this.scan(bytes, false);
    this.pending = used < bytes.length ? bytes.slice(used) : new Uint8Array(0);
    // Only one unfinished token waits here; one this long is not a label, a number or a status.
    if (this.pending.length > MAX_TOKEN_BYTES)
      throw new MatrixSyntaxError(
        `a single value in the answer is longer than ${MAX_TOKEN_BYTES / 1024 / 1024} MiB`,
      );
  }

  end(): MatrixEnvelope {
    const used = this.scan(this.pending, true);
    this.pending = new Uint8Array(0);
    if (used < 0 || !this.rootDone) throw new MatrixSyntaxError('the answer ended before its JSON did');
    return this.envelope;
  }

  /** Reads whole tokens from `bytes`; returns how many bytes it used (the rest waits for more). */
  private scan(bytes: Uint8Array, last: boolean): number {
    const length = bytes.length;
    let i = 0;
    while (i < length) {
      const byte = bytes[i];
      if (isSpace(byte)) {
        i++;
        continue;
      }
      if (this.rootDone) throw new MatrixSyntaxError('more text after the answer');
      const d = this.depth;
      const expect = d < 0 ? Expect.Value : this.expect[d];
      if (expect === Expect.Colon) {
        if (byte !== 0x3a) throw this.unexpected(byte);
        this.expect[d] = Expect.Value;
        i++;
        continue;
      }
      if (expect === Expect.CommaOrEnd) {
        if (byte === 0x2c) {
          this.expect[d] = this.isObject(d) ? Expect.Key : Expect.Value;
          i++;
          continue;
        }
        if (byte === (this.isObject(d) ? 0x7d : 0x5d)) {
          this.close();
          i++;
          continue;
        }
        throw this.unexpected(byte);
      }
      if (expect === Expect.KeyOrEnd || expect === Expect.Key) {
        if (byte === 0x7d && expect === Expect.KeyOrEnd) {
          this.close();
          i++;
          continue;
        }
        if (byte !== QUOTE) throw this.unexpected(byte);
        const end = stringEnd(bytes, i);
        if (end < 0) return i;
        this.keys[d] = stringAt(bytes, i, end);
        this.expect[d] = Expect.Colon;
        i = end;
        continue;
      }
      // A value (or, after '[', the array's end).
      if (byte === 0x5d && expect === Expect.ValueOrEnd) {
        this.close();
        i++;
        continue;
      }
      if (byte === 0x5b && d >= 0 && this.where[d] === Where.Values) {
        // Nearly every byte of an answer is a point: read the plain ones without the general machinery.
        const end = this.point(bytes, i);
        if (end > 0) {
          i = end;
          continue;
        }
        if (end === 0 && !last) return i;
      }
      if (byte === 0x7b || byte === 0x5b) {
        this.open(byte === 0x7b);
        i++;
        continue;
      }
      if (byte === QUOTE) {
        const end = stringEnd(bytes, i);
        if (end < 0) return i;
        this.stringValue(bytes, i, end);
        i = end;
        continue;
      }
      // A number or a literal: it ends at a delimiter, which may be in the next chunk.
      let end = i + 1;
      while (end < length && !isDelimiter(bytes[end])) end++;
      if (end === length && !last) return i;
      this.scalarValue(bytes, i, end);
      i = end;
    }
    return i;
  }

  /**
   * A point written plainly, `[1700000000.5,"0.25"]` with no space or escape: the index past it once its value
   * is handed on; 0 when the bytes end inside it; -1 for any other form, which the general path then reads.
   */
  private point(bytes: Uint8Array, start: number): number {
    const length = bytes.length;
    let i = start + 1;
    while (i < length && bytes[i] !== 0x2c && bytes[i] !== 0x5d && !isSpace(bytes[i])) i++;
    if (i >= length) return 0;
    const timeEnd = i;
    if (bytes[i] !== 0x2c || !isJsonNumber(bytes, start + 1, timeEnd)) return -1;
    if (i + 1 >= length) return 0;
    if (bytes[i + 1] !== QUOTE) return -1;
    const valueStart = i + 2;
    i = valueStart;
    while (i < length && bytes[i] !== QUOTE) {
      if (bytes[i] === BACKSLASH || bytes[i] < 0x20) return -1;
      i++;
    }
    if (i + 1 >= length) return 0;
    if (bytes[i + 1] !== 0x5d) return -1;
    const seconds = decimal(bytes, start + 1, timeEnd);
    const value = decimal(bytes, valueStart, i);
    if (this.labels === undefined) this.early.push(seconds, value);
    else this.writer?.(seconds, value);
    this.valueDone();
    return i + 2;
  }

  private isObject(d: number): boolean {
    const where = this.where[d];
    if (where === Where.Elsewhere) return this.index[d] < 0;
    return where === Where.Root || where === Where.Data || where === Where.Series || where === Where.Metric;
  }

  /** Where a new value lands, from its parent and the key or position it takes there. */
  private childWhere(): Where {
    const d = this.depth;
    if (d < 0) return Where.Root;
    const key = this.keys[d];
    switch (this.where[d]) {
      case Where.Root:
        return key === 'data' ? Where.Data : Where.Elsewhere;
      case Where.Data:
        return key === 'result' ? Where.Result : Where.Elsewhere;
      case Where.Result:
        return Where.Series;
      case Where.Series:
        return key === 'metric' ? Where.Metric : key === 'values' ? Where.Values : Where.Elsewhere;
      case Where.Values:
        return Where.Point;
      default:
        return Where.Elsewhere;
    }
  }

  private open(isObject: boolean): void {
    const where = this.childWhere();
    const d = ++this.depth;
    if (d >= MAX_DEPTH) throw new MatrixSyntaxError('the answer is nested too deeply');
    // What each place must be: anything else is not this API's answer.
    const wantsObject =
      where === Where.Root || where === Where.Data || where === Where.Series || where === Where.Metric;
    const wantsArray = where === Where.Result || where === Where.Values || where === Where.Point;
    if ((wantsObject && !isObject) || (wantsArray && isObject))
      throw new MatrixSyntaxError('the answer does not have the shape of a Prometheus matrix');
    this.where[d] = where;
    // Elsewhere, `index` tells objects (-1) from arrays (0..).
    this.index[d] = isObject && where === Where.Elsewhere ? -1 : 0;
    this.expect[d] = isObject ? Expect.KeyOrEnd : Expect.ValueOrEnd;
    this.keys[d] = '';
    if (where === Where.Series) {
      this.labels = undefined;
      this.writer = undefined;
      this.early = [];
      this.envelope.series++;
    } else if (where === Where.Metric) {
      // No prototype: a label named __proto__ is a label like any other.
      this.labels = Object.create(null) as Record<string, string>;
    } else if (where === Where.Point) {
      this.pointSeconds = Number.NaN;
      this.pointValue = Number.NaN;
    }
  }

  private close(): void {
    const d = this.depth;
    const where = this.where[d];
    if (where === Where.Metric) {
      this.writer = this.sink.series(this.labels!);
    } else if (where === Where.Point) {
      if (this.index[d] !== 2) throw new MatrixSyntaxError('a point is not a [time, value] pair');
      if (this.labels === undefined) this.early.push(this.pointSeconds, this.pointValue);
      else this.writer?.(this.pointSeconds, this.pointValue);
    } else if (where === Where.Series) {
      if (this.labels === undefined) {
        this.labels = Object.create(null) as Record<string, string>;
        this.writer = this.sink.series(this.labels);
      }
      for (let k = 0; k + 1 < this.early.length; k += 2) this.writer?.(this.early[k], this.early[k + 1]);
      this.early = [];
      this.labels = undefined;
      this.writer = undefined;
    }
    this.depth--;
    this.valueDone();
  }

  /** A value of the current container is complete. */
  private valueDone(): void {
    const d = this.depth;
    if (d < 0) {
      this.rootDone = true;
      return;
    }
    this.expect[d] = Expect.CommaOrEnd;
    if (this.where[d] === Where.Point || this.where[d] === Where.Result || this.where[d] === Where.Values)
      this.index[d]++;
    else if (this.where[d] === Where.Elsewhere && this.index[d] >= 0) this.index[d]++;
  }

  private stringValue(bytes: Uint8Array, start: number, end: number): void {
    const d = this.depth;
    if (d < 0) throw new MatrixSyntaxError('the answer is not a JSON object');
    const parent = this.where[d];
    if (parent === Where.Point) {
      if (this.index[d] !== 1) throw new MatrixSyntaxError('a point is not a [time, value] pair');
      // The value's text without its quotes (a number never needs an escape).
      this.pointValue = hasByte(bytes, BACKSLASH, start, end)
        ? Number(stringAt(bytes, start, end))
        : decimal(bytes, start + 1, end - 1);
    } else if (this.childWhere() !== Where.Elsewhere) {
      throw new MatrixSyntaxError('the answer does not have the shape of a Prometheus matrix');
    } else if (parent === Where.Metric) {
      this.labels![this.keys[d]] = stringAt(bytes, start, end);
    } else if (parent === Where.Root) {
      const key = this.keys[d];
      if (key === 'status' || key === 'errorType' || key === 'error')
        this.envelope[key] = stringAt(bytes, start, end);
    } else if (parent === Where.Data && this.keys[d] === 'resultType') {
      this.envelope.resultType = stringAt(bytes, start, end);
    }
    this.valueDone();
  }

  private scalarValue(bytes: Uint8Array, start: number, end: number): void {
    const d = this.depth;
    if (d < 0) throw new MatrixSyntaxError('the answer is not a JSON object');
    const first = bytes[start];
    const number = first === 0x2d || (first >= 0x30 && first <= 0x39);
    if (number ? !isJsonNumber(bytes, start, end) : !isLiteral(bytes, start, end))
      throw this.unexpected(first);
    if (this.where[d] === Where.Point) {
      if (this.index[d] !== 0 || !number) throw new MatrixSyntaxError('a point is not a [time, value] pair');
      this.pointSeconds = decimal(bytes, start, end);
    } else if (this.childWhere() !== Where.Elsewhere) {
      throw new MatrixSyntaxError('the answer does not have the shape of a Prometheus matrix');
    }
    this.valueDone();
  }

  private unexpected(byte: number): MatrixSyntaxError {
    return new MatrixSyntaxError(
      `unexpected ${JSON.stringify(String.fromCharCode(byte))} in the answer's JSON`,
    );
  }
}
