import { AttackStep } from './attack-step';

/** Linf: sign-gradient steps, clamp to [orig - eps, orig + eps]. */
export class LinfStep extends AttackStep {
  project(x: Float32Array): void {
    for (let i = 0; i < x.length; i++) {
      const o = this.orig[i] ?? 0;
      x[i] = Math.min(1, Math.max(0, Math.min(o + this.eps, Math.max(o - this.eps, x[i] ?? 0))));
    }
  }

  step(x: Float32Array, grad: Float32Array, sizes?: ArrayLike<number>): void {
    for (let n = 0; n < this.examples(); n++) {
      const size = sizes?.[n] ?? this.stepSize;
      for (let i = n * this.size; i < (n + 1) * this.size; i++) x[i] = (x[i] ?? 0) + size * Math.sign(grad[i] ?? 0);
    }
  }

  randomPerturb(x: Float32Array): void {
    for (let i = 0; i < x.length; i++) x[i] = (this.orig[i] ?? 0) + (2 * this.random() - 1) * this.eps;
    this.clipToBox(x);
  }
}
