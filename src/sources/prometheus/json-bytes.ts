/**
 * JSON read straight from bytes, one token at a time, without building a string per token: where a string ends
 * and what it decodes to, whether a token is a JSON number or literal, and a decimal read as Number() reads it;
 * and the error when the bytes are not the JSON of a Prometheus answer. Apart from matrix-stream.ts because none
 * of it knows the answer's shape: the parser there walks the shape and calls these for the tokens. Pure.
 */

/** The bytes are not the JSON of a Prometheus answer. */
export class MatrixSyntaxError extends Error {}

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;

export function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Bytes that end a number or a literal. */
export function isDelimiter(byte: number): boolean {
  return byte === 0x2c || byte === 0x5d || byte === 0x7d || isSpace(byte);
}

/**
 * A decimal as Number() reads it. Most values ("0.016666", "1795923630.5") take the exact path: at most 15
 * significant digits and 22 decimals are both exact doubles, so one division rounds as Number() does. The rest
 * (exponents, NaN, +Inf, 17 digits) go through Number() itself.
 */
export function decimal(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (bytes[i] === 0x2d) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let point = false;
  if (i === end) return Number.NaN;
  for (; i < end; i++) {
    const byte = bytes[i];
    if (byte >= 0x30 && byte <= 0x39) {
      if (mantissa !== 0 || byte !== 0x30) digits++;
      mantissa = mantissa * 10 + (byte - 0x30);
      if (point) decimals++;
    } else if (byte === 0x2e && !point && i > start + (negative ? 1 : 0)) {
      point = true;
    } else break;
  }
  if (i === end && digits <= 15 && decimals <= 22 && bytes[end - 1] !== 0x2e) {
    const value = decimals === 0 ? mantissa : mantissa / 10 ** decimals;
    return negative ? -value : value;
  }
  return Number(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1'));
}

export function hasByte(bytes: Uint8Array, byte: number, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (bytes[k] === byte) return true;
  return false;
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

/** JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
export function isJsonNumber(bytes: Uint8Array, start: number, end: number): boolean {
  let i = start;
  if (bytes[i] === 0x2d) i++;
  if (i >= end || !isDigit(bytes[i])) return false;
  if (bytes[i] === 0x30) i++;
  else while (i < end && isDigit(bytes[i])) i++;
  if (i < end && bytes[i] === 0x2e) {
    i++;
    if (i >= end || !isDigit(bytes[i])) return false;
    while (i < end && isDigit(bytes[i])) i++;
  }
  if (i < end && (bytes[i] === 0x65 || bytes[i] === 0x45)) {
    i++;
    if (i < end && (bytes[i] === 0x2b || bytes[i] === 0x2d)) i++;
    if (i >= end || !isDigit(bytes[i])) return false;
    while (i < end && isDigit(bytes[i])) i++;
  }
  return i === end;
}

const LITERALS = ['true', 'false', 'null'].map((word) => Buffer.from(word, 'latin1'));

export function isLiteral(bytes: Uint8Array, start: number, end: number): boolean {
  return LITERALS.some(
    (word) => word.length === end - start && word.every((byte, k) => bytes[start + k] === byte),
  );
}

/** The index just past the closing quote of the string opening at `start`, or -1 if it is not complete yet. */
export function stringEnd(bytes: Uint8Array, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, i);
    if (quote < 0) return -1;
    // A quote preceded by an odd run of backslashes is escaped.
    let slashes = 0;
    while (bytes[quote - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** The string from its opening to past its closing quote, decoded as JSON does. */
export function stringAt(bytes: Uint8Array, start: number, end: number): string {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  if (raw.indexOf(BACKSLASH) < 0) {
    for (let k = 1; k < raw.length - 1; k++)
      if (raw[k] < 0x20) throw new MatrixSyntaxError('a control character inside a string');
    return raw.toString('utf8', 1, raw.length - 1);
  }
  try {
    return JSON.parse(raw.toString('utf8')) as string;
  } catch {
    throw new MatrixSyntaxError('a string with a broken escape');
  }
}
