import type { Tensor } from '@transferlab/sdk';

/** Examples as rows of a flat NCHW array: gather some into a compact array, scatter them back. */
export function gatherRows(data: Float32Array, rows: readonly number[], size: number): Float32Array {
  const out = new Float32Array(rows.length * size);
  rows.forEach((r, j) => out.set(data.subarray(r * size, (r + 1) * size), j * size));
  return out;
}

export function scatterRows(target: Float32Array, rows: readonly number[], size: number, from: Float32Array): void {
  rows.forEach((r, j) => target.set(from.subarray(j * size, (j + 1) * size), r * size));
}

export function pick(values: Int32Array, rows: readonly number[]): Int32Array {
  return Int32Array.from(rows, (r) => values[r] ?? 0);
}

/** Argmax per row of logits [N, C]. */
export function predictions(logits: Tensor): Int32Array {
  const n = logits.dims[0] ?? 0;
  const c = n > 0 ? logits.data.length / n : 0;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < c; k++) if ((logits.data[i * c + k] ?? -Infinity) > (logits.data[i * c + best] ?? -Infinity)) best = k;
    out[i] = best;
  }
  return out;
}

/** Cross-entropy per row from logits [N, C] (float64 log-sum-exp). */
export function crossEntropy(logits: Tensor, labels: Int32Array): Float32Array {
  const n = logits.dims[0] ?? 0;
  const c = n > 0 ? logits.data.length / n : 0;
  return Float32Array.from({ length: n }, (_, i) => {
    const row = logits.data.subarray(i * c, (i + 1) * c);
    let max = -Infinity;
    for (const v of row) max = Math.max(max, v);
    let sum = 0;
    for (const v of row) sum += Math.exp(v - max);
    return max + Math.log(sum) - (row[labels[i] ?? 0] ?? 0);
  });
}
