import { Tensor, type InferenceSession } from 'onnxruntime-node';

/** Rows of `data` (each `per` floats, shaped `rowDims`) at `indices`, as one tensor. */
export function gatherRows(data: Float32Array, rowDims: readonly number[], indices: ArrayLike<number>): Tensor {
  const per = rowDims.reduce((a, b) => a * b, 1);
  const x = new Float32Array(indices.length * per);
  for (let i = 0; i < indices.length; i++) {
    const s = indices[i]!;
    x.set(data.subarray(s * per, (s + 1) * per), i * per);
  }
  return new Tensor('float32', x, [indices.length, ...rowDims]);
}

/**
 * Runs a one-input graph over all rows in batches and concatenates the named output.
 * `extra` feeds (e.g. parameters) go with every batch.
 */
export async function runInBatches(session: InferenceSession, rows: { readonly data: Float32Array; readonly rowDims: readonly number[] }, output: string,
  batchSize: number, extra: Record<string, Tensor> = {}): Promise<{ data: Float32Array; dims: number[] }> {
  const per = rows.rowDims.reduce((a, b) => a * b, 1);
  const n = rows.data.length / per;
  const input = session.inputNames[0]!;
  const parts: Float32Array[] = [];
  let outDims: number[] = [];
  for (let s = 0; s < n; s += batchSize) {
    const m = Math.min(batchSize, n - s);
    const x = new Tensor('float32', rows.data.subarray(s * per, (s + m) * per), [m, ...rows.rowDims]);
    const out = (await session.run({ ...extra, [input]: x }))[output];
    if (!out) throw new Error(`graph returned no '${output}'`);
    parts.push(out.data as Float32Array);
    outDims = [...out.dims].slice(1);
  }
  const data = new Float32Array(parts.reduce((a, p) => a + p.length, 0));
  let off = 0;
  for (const p of parts) {
    data.set(p, off);
    off += p.length;
  }
  return { data, dims: [n, ...outDims] };
}

/** Per row of logits [N, C]: the argmax class and the cross-entropy to the label (in float64), and their totals. */
export function scoreLogits(logits: Float32Array, labels: Int32Array): { predictions: Int32Array; losses: Float64Array; lossSum: number; correct: number } {
  const n = labels.length;
  const c = logits.length / Math.max(n, 1);
  const predictions = new Int32Array(n);
  const losses = new Float64Array(n);
  let lossSum = 0;
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const row = logits.subarray(i * c, (i + 1) * c);
    let best = 0;
    for (let k = 1; k < c; k++) if (row[k]! > row[best]!) best = k;
    let sum = 0;
    for (let k = 0; k < c; k++) sum += Math.exp(row[k]! - row[best]!);
    const loss = row[best]! + Math.log(sum) - row[labels[i]!]!;
    predictions[i] = best;
    losses[i] = loss;
    lossSum += loss;
    if (best === labels[i]) correct++;
  }
  return { predictions, losses, lossSum, correct };
}

/** Mean cross-entropy and accuracy of logits [N, C] against labels. */
export function crossEntropyAndAccuracy(logits: Float32Array, labels: Int32Array): { loss: number; accuracy: number } {
  const n = labels.length;
  const s = scoreLogits(logits, labels);
  return { loss: s.lossSum / Math.max(n, 1), accuracy: s.correct / Math.max(n, 1) };
}
