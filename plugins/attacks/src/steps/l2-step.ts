import { gaussian } from '../random';
import { AttackStep } from './attack-step';

/** L2: steps along the per-example normalised gradient, projection by rescaling the perturbation. */
export class L2Step extends AttackStep {
  project(x: Float32Array): void {
    // Box then ball: alternating once keeps both constraints up to rounding, because shrinking a
    // perturbation toward orig (which lies in the box) cannot leave the box.
    this.clipToBox(x);
    for (let n = 0; n < this.examples(); n++) {
      const from = n * this.size;
      let norm = 0;
      for (let i = from; i < from + this.size; i++) norm += ((x[i] ?? 0) - (this.orig[i] ?? 0)) ** 2;
      norm = Math.sqrt(norm);
      if (norm > this.eps) {
        const scale = this.eps / norm;
        for (let i = from; i < from + this.size; i++) x[i] = (this.orig[i] ?? 0) + ((x[i] ?? 0) - (this.orig[i] ?? 0)) * scale;
      }
    }
  }

  step(x: Float32Array, grad: Float32Array, sizes?: ArrayLike<number>): void {
    for (let n = 0; n < this.examples(); n++) {
      const from = n * this.size;
      const size = sizes?.[n] ?? this.stepSize;
      let norm = 0;
      for (let i = from; i < from + this.size; i++) norm += (grad[i] ?? 0) ** 2;
      norm = Math.sqrt(norm) + 1e-12;
      for (let i = from; i < from + this.size; i++) x[i] = (x[i] ?? 0) + (size * (grad[i] ?? 0)) / norm;
    }
  }

  randomPerturb(x: Float32Array): void {
    // Uniform in the ball: a Gaussian direction, radius eps * u^(1/d).
    const normal = gaussian(this.random);
    for (let n = 0; n < this.examples(); n++) {
      const from = n * this.size;
      let norm = 0;
      const dir = new Float64Array(this.size);
      for (let i = 0; i < this.size; i++) {
        dir[i] = normal();
        norm += (dir[i] ?? 0) ** 2;
      }
      const radius = (this.eps * this.random() ** (1 / this.size)) / (Math.sqrt(norm) + 1e-12);
      for (let i = 0; i < this.size; i++) x[from + i] = (this.orig[from + i] ?? 0) + (dir[i] ?? 0) * radius;
    }
    this.project(x);
  }
}
