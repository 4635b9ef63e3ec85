/**
 * Seeded noise for the simulated meshes: every draw is a pure function of (seed, service, step, channel), so a
 * learn and a later scan of the same time see the same mesh. Pure.
 */

/** A fast integer hash of four numbers → [0, 1). */
export function unit(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (b + 0x7f4a7c15) ^ (h >>> 15), 0xc2b2ae35);
  h = Math.imul(h ^ (c * 0x27d4eb2d) ^ (h >>> 13), 0x165667b1);
  h = Math.imul(h ^ (d + 0x61c88647) ^ (h >>> 16), 0x85ebca6b);
  h ^= h >>> 15;
  return ((h >>> 0) + 0.5) / 4294967296;
}

export class Noise {
  private channel = 0;
  constructor(
    private readonly seed: number,
    private readonly service: number,
    private readonly step: number,
  ) {}
  uniform(): number {
    return unit(this.seed, this.service, this.step, this.channel++);
  }
  normal(): number {
    const u1 = this.uniform();
    const u2 = this.uniform();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
  /** Poisson by inversion for small means, the normal approximation for large ones. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.uniform();
    while (p > limit && k < 1000) {
      k++;
      p *= this.uniform();
    }
    return k;
  }
}
