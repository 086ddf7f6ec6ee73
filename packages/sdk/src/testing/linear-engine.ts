import type { Dataset } from '../dataset';
import type { EngineApi, FineTuneOptions, FineTuneRequest, FineTuneResult, LossKind, ModelRef } from '../engine-api';
import type { ImageBatch, Tensor } from '../tensor';
import { trainSoftmaxRegression } from './softmax-regression';

/**
 * A closed-form stand-in for the engine: logits = W·x + b on flattened images, with the
 * analytic gradient of each loss. It lets plugin authors exercise a plugin without ONNX
 * Runtime; the real engine is checked against finite differences in packages/engine.
 */
export class LinearEngine implements EngineApi {
  constructor(
    readonly weights: Float32Array,
    readonly bias: Float32Array,
    readonly numClasses: number,
    /** Resolves dataset names for fineTune requests that name a dataset. */
    private readonly datasets?: (name: string) => Promise<Dataset>,
  ) {}

  providers() {
    return { available: ['linear-reference'], active: 'linear-reference' };
  }

  private forward(images: Tensor): Float32Array {
    const [n = 0] = images.dims;
    const d = images.data.length / Math.max(n, 1);
    if (d * this.numClasses !== this.weights.length) {
      throw new Error(`LinearEngine: image size ${d} does not match weights for ${this.numClasses} classes`);
    }
    const out = new Float32Array(n * this.numClasses);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < this.numClasses; k++) {
        let s = this.bias[k] ?? 0;
        for (let j = 0; j < d; j++) s += (this.weights[k * d + j] ?? 0) * (images.data[i * d + j] ?? 0);
        out[i * this.numClasses + k] = s;
      }
    }
    return out;
  }

  logits(_model: ModelRef, images: Tensor): Promise<Tensor> {
    return Promise.resolve({ data: this.forward(images), dims: [images.dims[0] ?? 0, this.numClasses] });
  }

  features(_model: ModelRef, images: Tensor): Promise<Tensor> {
    const n = images.dims[0] ?? 0;
    return Promise.resolve({ data: images.data.slice(), dims: [n, images.data.length / Math.max(n, 1)] });
  }

  inputGradient(
    _model: ModelRef,
    images: Tensor,
    labels: Int32Array,
    options: { loss: LossKind; targets?: Int32Array },
  ): Promise<{ loss: Float32Array; gradient: Tensor }> {
    const n = images.dims[0] ?? 0;
    const d = images.data.length / Math.max(n, 1);
    const c = this.numClasses;
    const z = this.forward(images);
    const loss = new Float32Array(n);
    const grad = new Float32Array(images.data.length);
    const dz = new Float64Array(c);
    for (let i = 0; i < n; i++) {
      const row = Array.from(z.subarray(i * c, (i + 1) * c));
      const max = Math.max(...row);
      const exps = row.map((v) => Math.exp(v - max));
      const sum = exps.reduce((a, b) => a + b, 0);
      const p = exps.map((e) => e / sum);
      const y = labels[i] ?? 0;
      dz.fill(0);
      if (options.loss === 'cross-entropy' || options.loss === 'targeted-cross-entropy') {
        const t = options.loss === 'targeted-cross-entropy' ? (options.targets?.[i] ?? y) : y;
        loss[i] = -Math.log(p[t] ?? 1e-30);
        for (let k = 0; k < c; k++) dz[k] = (p[k] ?? 0) - (k === t ? 1 : 0);
      } else {
        // Margin: max_{k != y} z_k - z_y (the CW form; DLR shares its sign and argmax).
        let best = -1;
        for (let k = 0; k < c; k++) if (k !== y && (best < 0 || (row[k] ?? 0) > (row[best] ?? 0))) best = k;
        loss[i] = (row[best] ?? 0) - (row[y] ?? 0);
        dz[best] = 1;
        dz[y] = -1;
      }
      for (let j = 0; j < d; j++) {
        let s = 0;
        for (let k = 0; k < c; k++) s += (dz[k] ?? 0) * (this.weights[k * d + j] ?? 0);
        grad[i * d + j] = s;
      }
    }
    return Promise.resolve({ loss, gradient: { data: grad, dims: images.dims } });
  }

  /**
   * A linear model has no blocks: depth 0 and 'all' both train a fresh softmax regression on
   * the flattened images (plain JS, PyTorch's SGD semantics); deeper requests are refused.
   */
  async fineTune(request: FineTuneRequest, options: FineTuneOptions = {}): Promise<FineTuneResult> {
    if (request.depth !== 0 && request.depth !== 'all') {
      throw new Error(`LinearEngine: a linear model has no blocks to unfreeze (depth ${request.depth})`);
    }
    const started = Date.now();
    let train: ImageBatch;
    let test: ImageBatch;
    let classes: number;
    if (request.data.kind === 'tensors') {
      ({ train, test, numClasses: classes } = request.data);
    } else {
      if (!this.datasets) throw new Error(`LinearEngine: no dataset resolver for '${request.data.name}'`);
      const ds = await this.datasets(request.data.name);
      [train, test] = await Promise.all([ds.read('train', request.data.train), ds.read('test', request.data.test)]);
      classes = ds.classes.length;
    }
    const epochs = trainSoftmaxRegression(train, test, classes, request.hyper, request.seed, options);
    return { epochs, trainSize: train.labels.length, testSize: test.labels.length, featureCache: 'none', seconds: (Date.now() - started) / 1000 };
  }
}
