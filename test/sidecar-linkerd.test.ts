/**
 * The direct source on Linkerd, end to end through the CLI: the Kubernetes API emulator holds a Linkerd-injected
 * namespace (pods with `linkerd-proxy`, the control plane in `linkerd`), and its pod-proxy route serves each pod's
 * linkerd2-proxy admin endpoint, :4191/metrics, in the proxy's own text format — shaped like the real scrape in
 * ../shared/data/exposition/linkerd2-proxy_*.prom: request_total, response_total (status_code, classification),
 * response_latency_ms on Linkerd's bounds, inbound series with the caller's identity, outbound series with dst_*
 * labels, kubelet probes with no authority, and no namespace, pod or deployment label (Prometheus adds those; the
 * source adds the pod's namespace itself). Counters advance with the run's fake clock. `learn --source sidecars
 * --mesh linkerd` watches an hour; a clean scan passes; a scan while voting answers 20% 503s flags voting alone —
 * the callers' outbound series, which see the same failures, are never read as their own health.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Baseline } from '../src/baseline/store.js';
import type { Report } from '../src/core/types.js';
import { seededRandom } from '../src/core/numbers.js';
import { runCli } from './support/cli.js';
import { startKubeApiServer, type KubeApiServer } from './support/kube-api-server.js';
import { addLinkerdControlPlane, namespace, pod, service } from './support/mesh-fixtures.js';
import { LINKERD_BUCKETS_MS } from '../harness/mesh-dialect-writers.js';

let clock = Date.parse('2026-11-25T12:00:00Z');
const NAMESPACE = 'emojivoto';
const PROBES_PER_SECOND = 0.2;

interface Behaviour {
  /** Requests per second per pod from its callers. */
  ratePerSecond: number;
  errorShare: number;
  /** Latency: uniform on (0, maxMs]. */
  maxMs: number;
  /** The Services this one calls, per request it serves. */
  calls: Array<{ service: string; perRequest: number }>;
}

const BEHAVIOUR: Record<string, Behaviour> = {
  web: { ratePerSecond: 20, errorShare: 0.002, maxMs: 40, calls: [{ service: 'voting', perRequest: 0.5 }] },
  emoji: { ratePerSecond: 30, errorShare: 0.001, maxMs: 8, calls: [] },
  voting: { ratePerSecond: 10, errorShare: 0.001, maxMs: 15, calls: [] },
};
const PODS: Array<[string, string, string]> = [
  ['web-5f86686c4d-58p7k', 'web', '10.244.1.10'],
  ['web-5f86686c4d-t2xqz', 'web', '10.244.1.11'],
  ['emoji-696d9d8f95-5vn9w', 'emoji', '10.244.1.12'],
  ['voting-ff4c54b8d-xhjv7', 'voting', '10.244.1.13'],
  ['voting-ff4c54b8d-wmx2c', 'voting', '10.244.1.14'],
];
const NOT_READY_POD = 'voting-ff4c54b8d-q9r8s';

const identity = (sa: string, ns = NAMESPACE) => `${sa}.${ns}.serviceaccount.identity.linkerd.cluster.local`;
const authority = (svc: string) => `${svc}.${NAMESPACE}.svc.cluster.local:8080`;

/** One cumulative response counter and latency histogram of one label set, as linkerd2-proxy keeps them. */
class Stream {
  requests = 0;
  errors = 0;
  readonly buckets = LINKERD_BUCKETS_MS.map(() => 0);
  sum = 0;
  add(requests: number, errorShare: number, maxMs: number): void {
    this.requests += requests;
    this.errors += requests * errorShare;
    LINKERD_BUCKETS_MS.forEach((le, i) => (this.buckets[i] += requests * Math.min(1, le / maxMs)));
    this.sum += (requests * maxMs) / 2;
  }
}

/** One pod's linkerd2-proxy: inbound from its callers and the kubelet, outbound to its callees. */
class LiveLinkerdProxy {
  private last = clock;
  private readonly inbound = new Stream();
  private readonly probes = new Stream();
  private readonly outbound = new Map<string, Stream>();
  private readonly random: () => number;
  /** This pod's own error share, when it differs from its app's (a new version's pods). */
  errorShare?: number;

  constructor(
    private readonly app: string,
    private readonly ip: string,
    seed: number,
  ) {
    this.random = seededRandom(seed);
  }

  private advance(): void {
    const behaviour = BEHAVIOUR[this.app];
    const seconds = (clock - this.last) / 1000;
    this.last = clock;
    const requests = seconds * behaviour.ratePerSecond * (0.9 + 0.2 * this.random());
    const errorShare = this.errorShare ?? behaviour.errorShare;
    this.inbound.add(requests, errorShare, behaviour.maxMs * (0.95 + 0.1 * this.random()));
    this.probes.add(seconds * PROBES_PER_SECOND, 0, 1);
    for (const call of behaviour.calls) {
      const callee = BEHAVIOUR[call.service];
      let stream = this.outbound.get(call.service);
      if (!stream) this.outbound.set(call.service, (stream = new Stream()));
      // What the caller's proxy sees of the callee: its failures too, 1 ms more.
      stream.add(requests * call.perRequest, callee.errorShare, callee.maxMs + 1);
    }
  }

  private lines(labels: string, stream: Stream): string[] {
    const total = Math.floor(stream.requests);
    const failed = Math.floor(stream.errors);
    const ok = total - failed;
    const latency = (code: string, count: number) => [
      ...LINKERD_BUCKETS_MS.map(
        (le, i) =>
          `response_latency_ms_bucket{${labels},status_code="${code}",le="${le}"} ${Math.min(count, Math.floor((stream.buckets[i] * count) / Math.max(1, stream.requests) + 1e-6))}`,
      ),
      `response_latency_ms_bucket{${labels},status_code="${code}",le="+Inf"} ${count}`,
      `response_latency_ms_count{${labels},status_code="${code}"} ${count}`,
      `response_latency_ms_sum{${labels},status_code="${code}"} ${Math.round((stream.sum * count) / Math.max(1, stream.requests))}`,
    ];
    return [
      `request_total{${labels}} ${total}`,
      `response_total{${labels},status_code="200",classification="success",error=""} ${ok}`,
      `response_total{${labels},status_code="503",classification="failure",error=""} ${failed}`,
      ...latency('200', ok),
      ...latency('503', failed),
    ];
  }

  text(): string {
    this.advance();
    const inbound = [
      'direction="inbound"',
      `authority="${authority(this.app)}"`,
      `target_addr="${this.ip}:8080"`,
      `target_ip="${this.ip}"`,
      'target_port="8080"',
      'tls="true"',
      `client_id="${identity('vote-bot')}"`,
      'srv_group=""',
      'srv_kind="default"',
      'srv_name="all-unauthenticated"',
      'srv_port="8080"',
    ].join(',');
    const probes = 'direction="inbound",tls="no_identity",no_tls_reason="not_provided_by_remote"';
    const outbound = [...this.outbound].map(([callee, stream]) => {
      const labels = [
        'direction="outbound"',
        `authority="${authority(callee)}"`,
        'dst_control_plane_ns="linkerd"',
        `dst_deployment="${callee}"`,
        `dst_namespace="${NAMESPACE}"`,
        `dst_pod="${callee}-ff4c54b8d-xhjv7"`,
        'dst_pod_template_hash="ff4c54b8d"',
        `dst_service="${callee}"`,
        `dst_serviceaccount="${callee}"`,
        'tls="true"',
        `server_id="${identity(callee)}"`,
      ].join(',');
      return this.lines(labels, stream);
    });
    const sections = [this.lines(inbound, this.inbound), this.lines(probes, this.probes), ...outbound].flat();
    return [
      '# HELP process_start_time_seconds Time that the process started (in seconds since the UNIX epoch)',
      '# TYPE process_start_time_seconds gauge',
      'process_start_time_seconds 1764071400',
      '# HELP request_total Total count of HTTP requests.',
      '# TYPE request_total counter',
      ...sections.filter((line) => line.startsWith('request_total')),
      '# HELP response_total Total count of HTTP responses.',
      '# TYPE response_total counter',
      ...sections.filter((line) => line.startsWith('response_total')),
      "# HELP response_latency_ms Elapsed times between a request's headers being received and its response stream completing",
      '# TYPE response_latency_ms histogram',
      ...sections.filter((line) => line.startsWith('response_latency_ms')),
      '# HELP tcp_open_total Total count of opened connections',
      '# TYPE tcp_open_total counter',
      `tcp_open_total{direction="inbound",peer="src",tls="true",client_id="${identity('vote-bot')}"} 12`,
      '',
    ].join('\n');
  }
}

const dir = mkdtempSync(join(tmpdir(), 'smanalyzer-sidecar-linkerd-'));
const baselinePath = join(dir, 'baseline.json');
let api: KubeApiServer;
let kubeconfig: string;
let savedKubeconfig: string | undefined;
const proxies = new Map<string, LiveLinkerdProxy>();

beforeAll(async () => {
  // pipeline.ts reads process.env.KUBECONFIG: only --kubeconfig may point at the cluster.
  savedKubeconfig = process.env.KUBECONFIG;
  delete process.env.KUBECONFIG;
  api = await startKubeApiServer();
  api.addNamespace(namespace(NAMESPACE, {}, { 'linkerd.io/inject': 'enabled' }));
  addLinkerdControlPlane(api);
  for (const app of Object.keys(BEHAVIOUR)) api.addService(service(NAMESPACE, app, { app }));
  PODS.forEach(([name, app, ip], i) => {
    api.addPod(pod({ namespace: NAMESPACE, name, app, ip, mode: 'linkerd' }));
    proxies.set(name, new LiveLinkerdProxy(app, ip, i + 1));
  });
  api.addPod(
    pod({
      namespace: NAMESPACE,
      name: NOT_READY_POD,
      app: 'voting',
      ip: '10.244.1.99',
      mode: 'linkerd',
      ready: false,
    }),
  );
  api.podProxy = ({ namespace: ns, pod: name, port, path }) => {
    const proxy = proxies.get(name);
    if (ns !== NAMESPACE || !proxy || port !== '4191' || path !== 'metrics')
      return { status: 404, body: '404 page not found\n' };
    return { status: 200, body: proxy.text(), contentType: 'text/plain; version=0.0.4' };
  };
  kubeconfig = api.writeKubeconfig(dir);
});

afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
  if (savedKubeconfig !== undefined) process.env.KUBECONFIG = savedKubeconfig;
});

const cli = (...argv: string[]) =>
  runCli(argv, {
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
  });

const common = (mesh = 'linkerd') => ['--source', 'sidecars', '--mesh', mesh, '--kubeconfig', kubeconfig,
  '--baseline', baselinePath, '--interval', '15s', '--step', '15s']; // prettier-ignore

describe('the direct source on Linkerd', () => {
  let learned: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    learned = await cli('learn', ...common(), '--duration', '1h');
  }, 60_000);

  test("learn reads each proxy's inbound traffic, probes included, as its Service's", () => {
    expect(learned.stderr).not.toMatch(/^Error:/m);
    expect(learned.code).toBe(0);
    const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline;
    expect([baseline.source, baseline.mesh]).toEqual(['sidecars', 'linkerd']);
    expect(baseline.services.map((s) => `${s.namespace}/${s.name}`)).toEqual([
      'emojivoto/emoji',
      'emojivoto/voting',
      'emojivoto/web',
    ]);
    // Per pod: its callers' requests (±10%) and 0.2 probes a second; the outbound calls are not its traffic.
    const rates = Object.fromEntries(baseline.services.map((s) => [s.name, s.meanRate]));
    expect(rates.web / (2 * (20 + PROBES_PER_SECOND))).toBeCloseTo(1, 1);
    expect(rates.emoji / (30 + PROBES_PER_SECOND)).toBeCloseTo(1, 1);
    expect(rates.voting / (2 * (10 + PROBES_PER_SECOND))).toBeCloseTo(1, 1);
    for (const s of baseline.services)
      expect(s.unavailable).toEqual(expect.arrayContaining(['ejectionRate', 'overflowRatio', 'retryRatio']));
    expect(baseline.histogramBuckets).toEqual(LINKERD_BUCKETS_MS);
  });

  test('every ready pod, and only those, was scraped on the admin port 4191 at /metrics', () => {
    const proxied = new Set(
      api.requests.filter((r) => r.path.includes('/proxy/')).map((r) => decodeURIComponent(r.path)),
    );
    expect([...proxied].sort()).toEqual(
      PODS.map(([name]) => `/api/v1/namespaces/${NAMESPACE}/pods/${name}:4191/proxy/metrics`).sort(),
    );
  });

  test('a clean scan passes, says Linkerd, and keeps retries and overflows unavailable, not zero', async () => {
    clock += 10 * 60_000;
    const result = await cli('scan', ...common(), '--duration', '5m', '--output', 'json');
    expect(result.stderr).not.toMatch(/^Error:/m);
    const report = JSON.parse(result.stdout) as Report;
    expect([report.source, report.mesh, report.verdict, result.code]).toEqual([
      'sidecars',
      'linkerd',
      'pass',
      0,
    ]);
    expect(report.anomalies).toEqual([]);
    expect(report.notes.join('\n')).toMatch(
      /retryRatio.*unavailable \(not zero\).*linkerd2-proxy exports no such counter/,
    );
    for (const s of report.services) expect(s.metrics).not.toHaveProperty('retryRatio');
  }, 30_000);

  test.each(['linkerd', 'auto'])(
    'with --mesh %s, a scan while voting answers 20%% 503s flags voting alone with error_rate',
    async (mesh) => {
      BEHAVIOUR.voting.errorShare = 0.2;
      try {
        clock += 10 * 60_000;
        const result = await cli('scan', ...common(mesh), '--duration', '5m', '--output', 'json');
        expect(result.stderr).not.toMatch(/^Error:/m);
        const report = JSON.parse(result.stdout) as Report;
        expect(report.mesh).toBe('linkerd');
        expect(report.anomalies.map((a) => `${a.service}:${a.type}`)).toEqual(['voting:error_rate']);
        expect(report.anomalies[0].observed).toBeCloseTo(0.2, 1);
        expect([report.verdict, result.code]).toEqual(['fail', 1]);
      } finally {
        BEHAVIOUR.voting.errorShare = 0.001;
        // The counters caught up with the fault: let them run clean again before the next scan.
        clock += 10 * 60_000;
        for (const proxy of proxies.values()) proxy.text();
      }
    },
    30_000,
  );

  test("a new voting pod failing 5% beside the old ones fails on its version, read from the pods' template hash", async () => {
    // linkerd2-proxy labels no version of its own; the pod's `pod-template-hash` (the fixtures' old pods:
    // 7d9f8b6c5d) is copied onto its series as linkerd-viz's Prometheus does.
    const name = 'voting-8f6d5c4b9-k2m4p';
    api.addPod(
      pod({
        namespace: NAMESPACE,
        name,
        app: 'voting',
        ip: '10.244.1.15',
        mode: 'linkerd',
        extraLabels: { 'pod-template-hash': '8f6d5c4b9' },
      }),
    );
    const proxy = new LiveLinkerdProxy('voting', '10.244.1.15', 9);
    proxy.errorShare = 0.05;
    proxies.set(name, proxy);
    clock += 10 * 60_000;
    const result = await cli('scan', ...common(), '--duration', '5m', '--output', 'json');
    expect(result.stderr).not.toMatch(/^Error:/m);
    const report = JSON.parse(result.stdout) as Report;
    expect([report.verdict, result.code]).toEqual(['fail', 1]);
    const [rollout] = report.rollouts!;
    expect(rollout).toMatchObject({ service: 'voting', verdict: 'regressed' });
    expect([rollout.new.version, rollout.old.versions]).toEqual(['8f6d5c4b9', ['7d9f8b6c5d']]);
    // One pod of three, each at the same rate (±10%).
    expect(rollout.new.share).toBeGreaterThan(0.25);
    expect(rollout.new.share).toBeLessThan(0.42);
    const errors = rollout.signals.find((s) => s.signal === 'errors')!;
    expect(errors.verdict).toBe('worse');
    expect(errors.new.value).toBeCloseTo(0.05, 2);
  }, 30_000);
});
