import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MatrixStreamParser, type MatrixEnvelope } from '../src/sources/prometheus/matrix-stream.js';
import { MatrixSyntaxError } from '../src/sources/prometheus/json-bytes.js';

interface Parsed {
  envelope: MatrixEnvelope;
  series: Array<{ metric: Record<string, string>; points: Array<[number, number]> }>;
}

/** Streams `text` in chunks cut at `cuts` (byte offsets) and collects what the sink saw. */
function stream(text: string, cuts: number[] = []): Parsed {
  const series: Parsed['series'] = [];
  const parser = new MatrixStreamParser({
    series(metric) {
      const one = { metric, points: [] as Array<[number, number]> };
      series.push(one);
      return (seconds, value) => one.points.push([seconds, value]);
    },
  });
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= at || cut >= bytes.length) continue;
    parser.write(bytes.subarray(at, cut));
    at = cut;
  }
  parser.write(bytes.subarray(at));
  return { envelope: parser.end(), series };
}

/** What JSON.parse and Number() make of the same text: the reference. */
function reference(text: string): Parsed['series'] {
  const parsed = JSON.parse(text) as {
    data: { result: Array<{ metric?: Record<string, string>; values?: Array<[number, string]> }> };
  };
  return parsed.data.result.map((one) => ({
    metric: one.metric ?? {},
    points: (one.values ?? []).map(([t, v]) => [t, Number(v)] as [number, number]),
  }));
}

const label = fc.string({ unit: 'grapheme', maxLength: 12 });
const valueText = fc.oneof(
  fc.double({ noDefaultInfinity: true, noNaN: true }).map((v) => String(v)),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => (n / 1000).toString()),
  fc.constantFrom('NaN', '+Inf', '-Inf', '0', '1e-7', '0.016666666666666666', '123456789012345678'),
);
const time = fc.oneof(
  fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }),
  fc.integer({ min: 16_000_000_000, max: 19_000_000_000 }).map((n) => n / 10),
);
const matrix = fc.array(
  fc.record({
    metric: fc.dictionary(label, label, { maxKeys: 4 }),
    values: fc.array(fc.tuple(time, valueText), { maxLength: 8 }),
  }),
  { maxLength: 6 },
);

describe('streamed range answers', () => {
  it('reads every series and point as JSON.parse and Number() do, however the bytes are cut', () => {
    fc.assert(
      fc.property(
        matrix,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        (result, cuts, valuesFirst, pretty) => {
          const body = {
            status: 'success',
            data: {
              resultType: 'matrix',
              result: result.map((one) => (valuesFirst ? { values: one.values, metric: one.metric } : one)),
            },
            warnings: ['a warning', { nested: [1, 2.5e3, null, true, false] }],
          };
          const text = pretty ? JSON.stringify(body, null, 2) : JSON.stringify(body);
          const parsed = stream(
            text,
            cuts.map((cut) => cut % (text.length + 1)),
          );
          expect(parsed.envelope).toEqual({ status: 'success', resultType: 'matrix', series: result.length });
          expect(parsed.series).toEqual(reference(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads the envelope of an error and of other result types', () => {
    expect(
      stream('{"status":"error","errorType":"bad_data","error":"parse error at \\"x\\""}').envelope,
    ).toEqual({
      status: 'error',
      errorType: 'bad_data',
      error: 'parse error at "x"',
      series: 0,
    });
    expect(stream('{"status":"success","data":{"resultType":"vector","result":[]}}').envelope).toEqual({
      status: 'success',
      resultType: 'vector',
      series: 0,
    });
  });

  it('refuses what is not a Prometheus matrix, one byte at a time or whole', () => {
    const bad = [
      '<html>login</html>',
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"2",3]]}]}}',
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[["1","2"]]}]}}',
      '{"status":"success","data":{"resultType":"matrix","result":{"metric":{}}}}',
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[01,"2"]]}]}}',
      '{"status":"success","data":{"resultType":"matrix","result":[]}',
      '{"status":"success"} trailing',
      '{"status":"success",}',
      '{"status":tru}',
      '"just a string"',
      `{"a":${'['.repeat(300)}${']'.repeat(300)}}`,
    ];
    for (const text of bad) {
      expect(() => stream(text)).toThrow(MatrixSyntaxError);
      const everyByte = Array.from({ length: text.length }, (_, k) => k);
      expect(() => stream(text, everyByte)).toThrow(MatrixSyntaxError);
    }
  });

  it('never holds more than one unfinished value: a 2 MiB string is refused, not buffered', () => {
    const parser = new MatrixStreamParser({ series: () => undefined });
    parser.write(Buffer.from('{"status":"'));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    expect(() => {
      for (let k = 0; k < 40; k++) parser.write(chunk);
    }).toThrow(/longer than 1 MiB/);
  });

  it('skips the series the sink does not want and passes labels through as text', () => {
    const text = JSON.stringify({
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [
          { metric: { app: 'skip' }, values: [[1, '1']] },
          { metric: { app: 'keep', note: 'é"\\\n<b>' }, values: [[2, '0.5']] },
        ],
      },
    });
    const kept: Array<[Record<string, string>, number, number]> = [];
    const parser = new MatrixStreamParser({
      series: (metric) =>
        metric['app'] === 'keep' ? (t: number, v: number) => kept.push([metric, t, v]) : undefined,
    });
    parser.write(Buffer.from(text));
    parser.end();
    expect(kept).toEqual([[{ app: 'keep', note: 'é"\\\n<b>' }, 2, 0.5]]);
  });
});
