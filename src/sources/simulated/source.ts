/**
 * The simulated mesh, the built-in default source: a seeded, deterministic Istio mesh with realistic noise
 * (Poisson request counts, binomial errors), daily swings and bursty normal modes, and fault injection
 * for every anomaly type. Every sample is a pure function of (seed, service, absolute time), so a learn
 * and a later scan see one consistent mesh.
 */
import type { AnomalyFault, SimulatedRollout } from '../../core/settings.js';
import {
  ConfigError,
  type CollectRequest,
  type CollectedMetrics,
  type MetricsSource,
  type ServiceSeries,
  type VersionSeries,
} from '../../core/types.js';
import { blendedFaults, OLD_VERSION, simulateRealisticRollout, splitRollout } from './rollout.js';
import { foldSeries } from '../../core/edges.js';
import { metricArrays, PER_REQUEST } from '../../core/series.js';
import { Noise, unit } from './noise.js';
import { REALISTIC_PREFIX, realisticServices } from './realism.js';
import { simulateRealistic } from './realism-queries.js';
import {
  BURST_BLOCK_MS,
  BURST_TRAFFIC,
  DAY_MS,
  topology,
  topologyCalls,
  TOPOLOGY_NAMES,
  type SimulatedService,
} from './topologies.js';
import {
  callerView,
  callerViewWithBuckets,
  propagateFaults,
  resolveCalls,
  simulatedEdges,
  type CallerSideFault,
  type PropagatedEffect,
  type ResolvedCall,
} from './propagation.js';
import { ENVOY_DEFAULT_BUCKETS } from './buckets.js';
import { asDialect } from './dialect-view.js';
import type { MeshDialect } from '../../mesh/dialect.js';

/** The size each fault has when --inject gives none: clearly abnormal, but realistic. */
export const DEFAULT_FAULT_MAGNITUDE: Record<AnomalyFault['type'], number> = {
  latency: 3,
  error_rate: 0.08,
  traffic_spike: 3,
  traffic_drop: 0.2,
  retry_storm: 0.3,
  timeout: 0.04,
  circuit_breaker: 0.05,
  network_delay: 300,
  packet_loss: 0.2,
};

export interface SimulatedMeshOptions {
  topology: string;
  seed: number;
  faults: AnomalyFault[];
  /** Faults act from this time on (default: the whole collected window). */
  faultFrom?: number;
  /** A fault reaches the callers and callees of its service as in a real mesh (default true). */
  propagation?: boolean;
  /** Services rolling out a new version from the deploy (`faultFrom`) on, beside `v1`. */
  rollouts?: SimulatedRollout[];
  /** Show the mesh as this dialect's proxies would (`--mesh`); absent: Istio's signals, no dialect named. */
  dialect?: MeshDialect;
}

export class SimulatedSource implements MetricsSource {
  readonly name = 'simulated' as const;
  readonly hasHistory = true;
  private readonly services: SimulatedService[];
  private readonly calls: ResolvedCall[];
  private readonly effects: PropagatedEffect[] | null;
  /** `realistic:<name>`: the realism mode (realism.ts), as a real Prometheus would show the mesh. */
  private readonly realistic: boolean;

  constructor(private readonly options: SimulatedMeshOptions) {
    this.realistic = options.topology.startsWith(REALISTIC_PREFIX);
    this.services = this.realistic
      ? realisticServices(
          topology(options.topology.slice(REALISTIC_PREFIX.length), options.seed),
          options.seed,
        )
      : topology(options.topology, options.seed);
    if (this.services.length === 0) {
      throw new ConfigError(
        `unknown simulated topology "${options.topology}"`,
        `use one of ${TOPOLOGY_NAMES.join(', ')}`,
      );
    }
    for (const fault of options.faults) {
      if (
        !this.services.some((s) => s.name === fault.service || `${s.namespace}/${s.name}` === fault.service)
      ) {
        throw new ConfigError(
          `cannot inject into "${fault.service}": the ${options.topology} mesh has no such service`,
          `use one of ${this.services
            .slice(0, 12)
            .map((s) => s.name)
            .join(', ')}${this.services.length > 12 ? ', …' : ''}`,
        );
      }
    }
    this.checkRollouts();
    const base = this.realistic ? options.topology.slice(REALISTIC_PREFIX.length) : options.topology;
    this.calls = resolveCalls(this.services, topologyCalls(base, options.seed));
    this.effects =
      options.propagation === false
        ? null
        : propagateFaults(
            this.services,
            this.calls,
            (s) => this.propagatedFaultsFor(s),
            (s) => this.faultsFor(s).get('network_delay') ?? 0,
          );
  }

  /** A rollout names a service of the mesh; a fault on one version names a rollout's new version. */
  private checkRollouts(): void {
    for (const rollout of this.options.rollouts ?? []) {
      if (!this.services.some((s) => matches(rollout.service, s)))
        throw new ConfigError(
          `cannot roll out "${rollout.service}": the ${this.options.topology} mesh has no such service`,
          `use one of ${this.services
            .slice(0, 12)
            .map((s) => s.name)
            .join(', ')}`,
        );
      if (rollout.version === OLD_VERSION)
        throw new ConfigError(
          `a rollout of ${rollout.service} to ${OLD_VERSION}: every service already runs ${OLD_VERSION}`,
          'name the new version otherwise, like --rollout reviews:v2:20%',
        );
    }
    for (const fault of this.options.faults) {
      if (fault.version === undefined) continue;
      const spec = this.services.find((s) => matches(fault.service, s));
      if (!spec || this.rolloutOf(spec)?.version !== fault.version)
        throw new ConfigError(
          `cannot inject into ${fault.service}@${fault.version}: no rollout of ${fault.service} to ${fault.version}`,
          `roll it out too (--rollout ${fault.service}:${fault.version}:20%), or inject into both versions (${fault.service}:${fault.type})`,
        );
    }
  }

  private rolloutOf(spec: SimulatedService): SimulatedRollout | undefined {
    return this.options.rollouts?.find((r) => matches(r.service, spec));
  }

  /** The faults given for the new version of a rollout alone. */
  private versionFaultsFor(spec: SimulatedService): Map<AnomalyFault['type'], number> {
    const out = new Map<AnomalyFault['type'], number>();
    for (const f of this.options.faults)
      if (f.version !== undefined && matches(f.service, spec))
        out.set(f.type, f.magnitude ?? DEFAULT_FAULT_MAGNITUDE[f.type]);
    return out;
  }

  /** What the service shows its callers: its own faults, and its new version's diluted by its share. */
  private propagatedFaultsFor(spec: SimulatedService): Map<AnomalyFault['type'], number> {
    const own = this.faultsFor(spec);
    const rollout = this.rolloutOf(spec);
    if (!rollout) return own;
    for (const [type, size] of blendedFaults(spec, this.versionFaultsFor(spec), rollout.share))
      if (!own.has(type)) own.set(type, size);
    return own;
  }

  get serviceKeys() {
    return this.services.map((s) => ({ namespace: s.namespace, name: s.name }));
  }

  async collect(request: CollectRequest): Promise<CollectedMetrics> {
    const collected = this.collectNow(request);
    return this.options.dialect ? asDialect(collected, this.options.dialect) : collected;
  }

  /** Synchronous core, usable by benchmarks without the promise. */
  // eslint-disable-next-line max-lines-per-function -- one seeded pass over the mesh (faults, propagation, edges, versions): the order of draws is the data
  collectNow(request: CollectRequest): CollectedMetrics {
    const steps = Math.floor((request.to - request.from) / request.stepMs);
    const wanted = request.services?.map((s) => `${s.namespace}/${s.name}`);
    const services: ServiceSeries[] = [];
    const byIndex = new Map<number, ServiceSeries>();
    const callerSide = new Map<number, ServiceSeries>();
    const versions: VersionSeries[] = [];
    const versionsSeen: NonNullable<CollectedMetrics['versionsSeen']> = [];
    this.services.forEach((spec, index) => {
      if (request.namespaces.length > 0 && !request.namespaces.includes(spec.namespace)) return;
      if (wanted && !wanted.includes(`${spec.namespace}/${spec.name}`)) return;
      const realistic = {
        spec,
        index,
        seed: this.options.seed,
        faults: this.faultsFor(spec),
        effect: this.effects?.[index] ?? null,
        faultFrom: this.options.faultFrom ?? request.from,
        from: request.from,
        stepMs: request.stepMs,
        steps,
      };
      // What its callers see of it: the realistic mesh draws both proxies' views; the plain one derives it.
      const seenByCallers = (series: ServiceSeries) =>
        request.withEdges ? callerView(series, this.callerSideFaults(spec, request, steps)) : series;
      const rolled = this.rolloutOf(spec);
      if (!rolled) {
        if (this.realistic) {
          const views = simulateRealistic(realistic);
          services.push(views.server);
          byIndex.set(index, views.server);
          callerSide.set(index, views.callers);
        } else {
          const series = this.simulate(spec, index, request.from, request.stepMs, steps);
          services.push(series);
          byIndex.set(index, series);
          callerSide.set(index, seenByCallers(series));
        }
        return;
      }
      const deployAt = this.options.faultFrom ?? request.from;
      const newFaults = this.versionFaultsFor(spec);
      const split = this.realistic
        ? simulateRealisticRollout(realistic, rolled, newFaults, deployAt)
        : splitRollout({
            series: this.simulate(spec, index, request.from, request.stepMs, steps),
            spec,
            rollout: rolled,
            newFaults,
            effect: this.effects?.[index] ?? null,
            seed: this.options.seed,
            index,
            from: request.from,
            stepMs: request.stepMs,
            deployAt,
          });
      const series = split.service;
      services.push(split.service);
      byIndex.set(index, split.service);
      callerSide.set(
        index,
        'callers' in split ? (split.callers as ServiceSeries) : seenByCallers(split.service),
      );
      // The plain mesh derives each version's callers' view as it does the service's, its own network faults added.
      if (!this.realistic && request.withEdges) {
        const withVersion = this.versionCallerSide(spec, request, steps, deployAt);
        split.versions = split.versions.map((v) => ({
          ...v,
          callers: callerViewWithBuckets(
            v,
            v.version === rolled.version ? withVersion.faults : withVersion.service,
          ),
        }));
        if (withVersion.own)
          callerSide.set(
            index,
            foldSeries(
              series.service,
              split.versions.map((v) => v.callers!),
            ),
          );
      }
      const serving = split.versions.filter((v) => v.requests.some((n) => n > 0));
      versionsSeen.push({ service: series.service, versions: serving.map((v) => v.version) });
      if (serving.length >= 2) versions.push(...serving);
    });
    // A delay on a service's own network delays its calls out too.
    const ownDelays = new Map<number, number[]>();
    if (request.withEdges)
      for (const index of byIndex.keys()) {
        const delays = this.callerSideFaults(this.services[index], request, steps).map((f) => f.delayMs);
        if (delays.some((d) => d > 0)) ownDelays.set(index, delays);
      }
    return {
      ...(request.withEdges
        ? { edges: simulatedEdges(this.services, this.calls, byIndex, callerSide, ownDelays) }
        : {}),
      source: 'simulated',
      from: request.from,
      to: request.from + steps * request.stepMs,
      stepMs: request.stepMs,
      services,
      histogramBuckets: ENVOY_DEFAULT_BUCKETS,
      notes: [],
      partial: false,
      ...(request.withVersions ? { versionsSeen, versions } : {}),
    };
  }

  /**
   * What the callers of a rollout's versions see beyond what they serve: the service's caller-side faults, and the
   * new version's with its own from the deploy on (`own`: whether it has any).
   */
  private versionCallerSide(
    spec: SimulatedService,
    request: CollectRequest,
    steps: number,
    deployAt: number,
  ) {
    const service = this.callerSideFaults(spec, request, steps);
    const own = this.versionFaultsFor(spec);
    const delayMs = own.get('network_delay') ?? 0;
    const loss = own.get('packet_loss') ?? 0;
    const faults = service.map((f, i) =>
      request.from + i * request.stepMs >= deployAt
        ? { delayMs: f.delayMs + delayMs, loss: Math.min(1, f.loss + loss) }
        : f,
    );
    return { service, faults, own: delayMs > 0 || loss > 0 };
  }

  /** What the callers of a service see beyond what it serves, step by step: a network delay, lost packets. */
  private callerSideFaults(
    spec: SimulatedService,
    request: CollectRequest,
    steps: number,
  ): CallerSideFault[] {
    const faults = this.faultTimeline(spec, this.options.faultFrom ?? request.from);
    return Array.from({ length: steps }, (_, i) => {
      const active = SimulatedSource.activeAt(faults, request.from + i * request.stepMs);
      return { delayMs: active?.get('network_delay') ?? 0, loss: active?.get('packet_loss') ?? 0 };
    });
  }

  private faultsFor(spec: SimulatedService): Map<AnomalyFault['type'], number> {
    const out = new Map<AnomalyFault['type'], number>();
    for (const f of this.faultTimeline(spec, 0)) out.set(f.type, f.magnitude);
    return out;
  }

  /** This service's faults, latest start last (a later fault of a type replaces an earlier one). */
  private faultTimeline(spec: SimulatedService, faultFrom: number) {
    return this.options.faults
      .filter((f) => f.version === undefined && matches(f.service, spec))
      .map((f) => ({
        type: f.type,
        magnitude: f.magnitude ?? DEFAULT_FAULT_MAGNITUDE[f.type],
        start: faultFrom - (f.startsBeforeMs ?? 0),
      }))
      .sort((a, b) => a.start - b.start);
  }

  /** The faults acting at time t, by type. */
  private static activeAt(
    faults: Array<{ type: AnomalyFault['type']; magnitude: number; start: number }>,
    t: number,
  ) {
    if (faults.length === 0 || t < faults[0].start) return undefined;
    const out = new Map<AnomalyFault['type'], number>();
    for (const f of faults) if (t >= f.start) out.set(f.type, f.magnitude);
    return out;
  }

  private simulate(
    spec: SimulatedService,
    index: number,
    from: number,
    stepMs: number,
    steps: number,
  ): ServiceSeries {
    const faultFrom = this.options.faultFrom ?? from;
    const faults = this.faultTimeline(spec, faultFrom);
    // Effects of callees' faults reach this service from the earliest fault's start.
    const effectFrom = faultFrom - Math.max(0, ...this.options.faults.map((f) => f.startsBeforeMs ?? 0));
    const stepSeconds = stepMs / 1000;
    const phase = 2 * Math.PI * unit(this.options.seed, index, -1, 0);
    const series: ServiceSeries = {
      service: { namespace: spec.namespace, name: spec.name },
      requests: new Array<number>(steps),
      values: metricArrays(),
      unavailable: [],
    };
    const v = series.values;
    for (let i = 0; i < steps; i++) {
      const t = from + i * stepMs;
      const absoluteStep = Math.floor(t / stepMs);
      const noise = new Noise(this.options.seed, index, absoluteStep);
      const active = SimulatedSource.activeAt(faults, t);
      const effect = t >= effectFrom ? this.effects?.[index] : undefined;

      const daily = 1 + spec.dailySwing * Math.sin((2 * Math.PI * t) / DAY_MS + phase);
      const inBurst = unit(this.options.seed, index, Math.floor(t / BURST_BLOCK_MS), 7) < spec.burstShare;
      let rate = spec.rate * daily * (inBurst ? BURST_TRAFFIC : 1) * (1 + 0.03 * noise.normal());
      if (active?.has('traffic_spike')) rate *= active.get('traffic_spike')!;
      if (active?.has('traffic_drop')) rate *= active.get('traffic_drop')!;
      if (effect) rate *= effect.rateFactor;
      const requests = noise.poisson(Math.max(0, rate) * stepSeconds);
      series.requests[i] = requests;
      v.requestRate.push(requests / stepSeconds);

      let errorP = spec.errorRatio;
      let retryP = spec.retryRatio;
      let timeoutP = spec.timeoutRatio;
      let overflowP = spec.overflowRatio;
      let ejections = 0;
      if (active?.has('error_rate')) errorP = active.get('error_rate')!;
      if (active?.has('retry_storm')) retryP = active.get('retry_storm')!;
      if (active?.has('timeout')) {
        timeoutP = active.get('timeout')!;
        errorP += timeoutP; // an upstream timeout is answered with a 504
      }
      if (active?.has('circuit_breaker')) {
        overflowP = active.get('circuit_breaker')!;
        errorP += overflowP; // overflow is answered with a 503
        ejections = 0.2;
      }
      if (effect) {
        errorP += effect.errorAdd;
        retryP += effect.retryAdd;
      }
      if (requests === 0) {
        for (const key of PER_REQUEST) {
          v[key].push(null);
        }
        v.ejectionRate.push(ejections);
        continue;
      }
      v.errorRatio.push(Math.min(requests, noise.poisson(requests * Math.min(errorP, 1))) / requests);
      v.retryRatio.push(Math.min(requests, noise.poisson(requests * Math.min(retryP, 1))) / requests);
      v.timeoutRatio.push(Math.min(requests, noise.poisson(requests * timeoutP)) / requests);
      v.overflowRatio.push(Math.min(requests, noise.poisson(requests * overflowP)) / requests);
      v.ejectionRate.push(ejections > 0 ? noise.poisson(ejections * stepSeconds) / stepSeconds : 0);

      // Latency grows a little with load; a tail estimated from few requests is noisier.
      const load = 1 + 0.15 * (daily * (inBurst ? BURST_TRAFFIC : 1) - 1);
      const slow = active?.get('latency') ?? 1;
      const tailNoise = 0.05 + 0.6 / Math.sqrt(requests);
      // Time waiting on slow callees adds to this service's own (unchanged without propagated effects).
      const own = spec.p50 * load * slow * Math.max(0.5, 1 + 0.04 * noise.normal());
      const p50 = own + (effect?.p50AddMs ?? 0) * load;
      const p90 = Math.max(p50, p50 * spec.p90Factor * Math.max(0.5, 1 + 0.05 * noise.normal()));
      const tail = own * spec.p99Factor + (effect?.p99AddMs ?? 0) * load;
      const p99 = Math.max(p90, tail * Math.max(0.4, 1 + tailNoise * noise.normal()));
      v.latencyP50.push(p50);
      v.latencyP90.push(p90);
      v.latencyP99.push(p99);
    }
    return series;
  }
}

/** Whether a fault or rollout's service (a name, or namespace/name) is this service. */
function matches(service: string, spec: SimulatedService): boolean {
  return service === spec.name || service === `${spec.namespace}/${spec.name}`;
}
