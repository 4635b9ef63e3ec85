import { parseExposition, parseFloatValue, samplesOf } from '../src/sources/sidecars/exposition.js';
import { MetricsError } from '../src/core/types.js';

// Lines as an Istio 1.22 sidecar serves them on :15020/stats/prometheus (trimmed).
const SIDECAR_TEXT = [
  '# HELP istio_requests_total Total requests.',
  '# TYPE istio_requests_total counter',
  'istio_requests_total{reporter="destination",source_workload="productpage-v1",destination_service_name="reviews",destination_service_namespace="bookinfo",response_code="200",grpc_response_status="",response_flags="-"} 1042',
  'istio_requests_total{reporter="destination",source_workload="productpage-v1",destination_service_name="reviews",destination_service_namespace="bookinfo",response_code="503",grpc_response_status="",response_flags="UO,URX"} 7',
  '# HELP istio_request_duration_milliseconds Request duration.',
  '# TYPE istio_request_duration_milliseconds histogram',
  'istio_request_duration_milliseconds_bucket{reporter="destination",response_code="200",le="0.5"} 10',
  'istio_request_duration_milliseconds_bucket{reporter="destination",response_code="200",le="1"} 20',
  'istio_request_duration_milliseconds_bucket{reporter="destination",response_code="200",le="+Inf"} 1042',
  'istio_request_duration_milliseconds_sum{reporter="destination",response_code="200"} 5210.5',
  'istio_request_duration_milliseconds_count{reporter="destination",response_code="200"} 1042',
  '# TYPE envoy_cluster_upstream_rq_retry counter',
  'envoy_cluster_upstream_rq_retry{cluster_name="outbound|9080||reviews.bookinfo.svc.cluster.local"} 3',
  '',
].join('\n');

describe('parseExposition', () => {
  test('groups samples into families named by # TYPE, in order of appearance', () => {
    const families = parseExposition(SIDECAR_TEXT);
    expect(families.map((f) => [f.name, f.type, f.samples.length])).toEqual([
      ['istio_requests_total', 'counter', 2],
      ['istio_request_duration_milliseconds', 'histogram', 5],
      ['envoy_cluster_upstream_rq_retry', 'counter', 1],
    ]);
  });

  test('keeps the help text of a family', () => {
    const [requests] = parseExposition(SIDECAR_TEXT);
    expect(requests.help).toBe('Total requests.');
  });

  test('reads every label of a sample, including empty values', () => {
    const [requests] = parseExposition(SIDECAR_TEXT);
    expect(requests.samples[1]).toEqual({
      name: 'istio_requests_total',
      labels: {
        reporter: 'destination',
        source_workload: 'productpage-v1',
        destination_service_name: 'reviews',
        destination_service_namespace: 'bookinfo',
        response_code: '503',
        grpc_response_status: '',
        response_flags: 'UO,URX',
      },
      value: 7,
    });
  });

  test('puts _bucket, _sum and _count samples under their histogram family', () => {
    const histogram = parseExposition(SIDECAR_TEXT)[1];
    expect(histogram.samples.map((s) => s.name)).toEqual([
      'istio_request_duration_milliseconds_bucket',
      'istio_request_duration_milliseconds_bucket',
      'istio_request_duration_milliseconds_bucket',
      'istio_request_duration_milliseconds_sum',
      'istio_request_duration_milliseconds_count',
    ]);
    expect(histogram.samples.map((s) => s.labels.le)).toEqual(['0.5', '1', '+Inf', undefined, undefined]);
  });

  test('unescapes backslash, double quote and newline in label values', () => {
    const text = 'm{path="C:\\\\dir\\\\file",quote="say \\"hi\\"",multi="a\\nb"} 1\n';
    expect(parseExposition(text)[0].samples[0].labels).toEqual({
      path: 'C:\\dir\\file',
      quote: 'say "hi"',
      multi: 'a\nb',
    });
  });

  test('keeps commas, braces and spaces inside quoted label values', () => {
    const text = 'm{flags="UO,URX",weird="}{ = ,"} 2\n';
    expect(parseExposition(text)[0].samples[0].labels).toEqual({ flags: 'UO,URX', weird: '}{ = ,' });
  });

  test('unescapes backslash and newline in help text', () => {
    const text = '# HELP m first line\\nsecond \\\\ line\n# TYPE m gauge\nm 1\n';
    expect(parseExposition(text)[0].help).toBe('first line\nsecond \\ line');
  });

  test('reads NaN, +Inf, -Inf and exponents as numbers', () => {
    const text = ['a NaN', 'b +Inf', 'c -Inf', 'd 1.5e3', 'e -0.25', 'f 7E-2'].join('\n');
    const values = parseExposition(text).map((f) => f.samples[0].value);
    expect(values[0]).toBeNaN();
    expect(values.slice(1)).toEqual([Infinity, -Infinity, 1500, -0.25, 0.07]);
  });

  test('reads an optional millisecond timestamp after the value', () => {
    const [family] = parseExposition('m{a="b"} 3 1700000000123\nm{a="c"} 4\n');
    expect(family.samples.map((s) => s.timestampMs)).toEqual([1700000000123, undefined]);
  });

  test('treats samples without # TYPE as untyped families of their own name', () => {
    const families = parseExposition('istio_agent_go_goroutines 42\n');
    expect(families).toEqual([
      {
        name: 'istio_agent_go_goroutines',
        type: 'untyped',
        samples: [{ name: 'istio_agent_go_goroutines', labels: {}, value: 42 }],
      },
    ]);
  });

  test('ignores other comments, blank lines and carriage returns', () => {
    const text = '# a plain comment\r\n\r\n# TYPE m gauge\r\nm 5\r\n\n';
    expect(parseExposition(text)).toEqual([
      { name: 'm', type: 'gauge', samples: [{ name: 'm', labels: {}, value: 5 }] },
    ]);
  });

  test('accepts a trailing comma and blanks inside the label set', () => {
    const [family] = parseExposition('m{ a = "1" , b="2", } 9\n');
    expect(family.samples[0].labels).toEqual({ a: '1', b: '2' });
  });

  test('does not attach a _count sample to a counter family of the base name', () => {
    const families = parseExposition('# TYPE x counter\nx 1\nx_count 2\n');
    expect(families.map((f) => f.name)).toEqual(['x', 'x_count']);
  });

  test("samplesOf returns a family's samples, or none when it is absent", () => {
    const families = parseExposition(SIDECAR_TEXT);
    expect(samplesOf(families, 'envoy_cluster_upstream_rq_retry')).toHaveLength(1);
    expect(samplesOf(families, 'envoy_cluster_upstream_rq_timeout')).toEqual([]);
  });

  test.each([
    ['an unterminated label value', 'm{a="b} 1'],
    ['an unknown escape', 'm{a="\\t"} 1'],
    ['a missing value', 'm{a="b"}'],
    ['a non-numeric value', 'm 12abc'],
    ['a non-integer timestamp', 'm 1 12.5'],
    ['a duplicate label', 'm{a="1",a="2"} 1'],
    ['an unquoted label value', 'm{a=b} 1'],
    ['an unknown metric type', '# TYPE m speedometer'],
  ])('rejects %s with a MetricsError naming the line', (_, line) => {
    const text = `ok 1\n${line}\n`;
    expect(() => parseExposition(text)).toThrow(MetricsError);
    expect(() => parseExposition(text)).toThrow(/line 2/);
  });
});

describe('parseFloatValue', () => {
  test('rejects text Go would not parse as a float', () => {
    expect(['', '1,5', '0x10', 'one', '--1'].map(parseFloatValue)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('parseFloatValue in linear time', () => {
  test('reads decimals, signs, fractions and exponents as Number does', () => {
    const texts = ['0', '-3', '+4.5', '.5', '5.', '1e3', '1.5E-2', '-0.25e+1', '007'];
    expect(texts.map(parseFloatValue)).toEqual(texts.map(Number));
  });

  test('rejects a lone sign, dot or exponent', () => {
    expect(['+', '.', '-.', 'e5', '1e', '1e+', '1.2.3', '1 2'].map(parseFloatValue)).toEqual(
      Array(8).fill(undefined),
    );
  });

  test('a 60,000-digit value, valid or not, parses at once (no backtracking)', () => {
    const digits = '1'.repeat(60_000);
    const started = performance.now();
    expect(parseFloatValue(digits)).toBe(Number(digits));
    expect(parseFloatValue(`${digits}x`)).toBeUndefined();
    expect(parseFloatValue(`${digits}.${digits}!`)).toBeUndefined();
    expect(parseExposition(`big ${digits}\n`)[0].samples[0].value).toBe(Infinity);
    // The old pattern took tens of seconds on the failing strings; a linear scan takes well under one.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
