import type {
  EngineApi, EvaluateOptions, Evaluation, FeatureCut, FineTuneOptions, FineTuneRequest, FineTuneResult, InputGradientOptions, InputGradientResult, LastLayerGradients,
  LossKind, ModelRef, ModelStructure, ParameterGradientOptions, ProvidersInfo, RandomizeOptions,
} from '../engine-api';
import type { ImageBatch, NamedTensor, Tensor } from '../tensor';
import { seededRandom } from '../random';
import { fitSoftmaxRegression } from './softmax-regression';

/** Parameter names of the linear model (its only layer is the final one; weight stored [C, D] as PyTorch's Linear). */
const WEIGHT = 'weight';
const BIAS = 'bias';
/** The tensor features are taken at: the flattened images. */
const INPUT = 'input';
const FINETUNED = 'finetuned:';
const RANDOMIZED = 'randomized:';

interface LinearModel {
  readonly weights: Float32Array;
  readonly bias: Float32Array;
  readonly numClasses: number;
}

/**
 * Per-example loss and d loss / d logits, in float64, with the sdk's signs: cross-entropy,
 * cw-margin (max_{k != y} z_k - z_y) and DLR (Croce & Hein 2020; at least 3 classes) to
 * ascend, targeted-cross-entropy the cross-entropy to the target, to descend; targeted DLR
 * (APGD-T; at least 4 classes) and the logit difference z_t - z_y (FAB-T), to ascend; the
 * label's logit z_y (integrated gradients).
 */
function lossOf(z: Float64Array, y: number, loss: LossKind, target: number | undefined): { loss: number; dz: Float64Array } {
  const c = z.length;
  const dz = new Float64Array(c);
  const others = (): number => {
    let best = -1;
    for (let k = 0; k < c; k++) if (k !== y && (best < 0 || z[k]! > z[best]!)) best = k;
    return best;
  };
  if (loss === 'cross-entropy' || loss === 'targeted-cross-entropy') {
    const t = loss === 'targeted-cross-entropy' ? target : y;
    if (t === undefined) throw new Error('LinearEngine: targeted-cross-entropy needs targets');
    let max = -Infinity;
    for (const v of z) max = Math.max(max, v);
    let sum = 0;
    for (const v of z) sum += Math.exp(v - max);
    for (let k = 0; k < c; k++) dz[k] = Math.exp(z[k]! - max) / sum - (k === t ? 1 : 0);
    return { loss: max + Math.log(sum) - z[t]!, dz };
  }
  if (loss === 'logit') {
    dz[y] = 1;
    return { loss: z[y]!, dz };
  }
  if (loss === 'targeted-dlr' || loss === 'logit-difference') {
    if (target === undefined) throw new Error(`LinearEngine: ${loss} needs targets`);
    if (loss === 'logit-difference') {
      dz[target] = 1;
      dz[y] = dz[y]! - 1;
      return { loss: z[target]! - z[y]!, dz };
    }
    if (c < 4) throw new Error('LinearEngine: targeted DLR loss needs at least 4 classes');
    const order = Array.from(z.keys()).sort((a, b) => z[b]! - z[a]!);
    const [p1, , p3, p4] = order as [number, number, number, number];
    const den = z[p1]! - (z[p3]! + z[p4]!) / 2 + 1e-12;
    const d = z[y]! - z[target]!;
    // dL/dz = -(e_y - e_t) / den + d / den^2 (e_pi1 - (e_pi3 + e_pi4) / 2)
    dz[y] = dz[y]! - 1 / den;
    dz[target] = dz[target]! + 1 / den;
    dz[p1] = dz[p1]! + d / (den * den);
    dz[p3] = dz[p3]! - d / (2 * den * den);
    dz[p4] = dz[p4]! - d / (2 * den * den);
    return { loss: -d / den, dz };
  }
  const j = others();
  if (loss === 'cw-margin') {
    dz[j] = 1;
    dz[y] = -1;
    return { loss: z[j]! - z[y]!, dz };
  }
  if (c < 3) throw new Error('LinearEngine: DLR loss needs at least 3 classes');
  const order = Array.from(z.keys()).sort((a, b) => z[b]! - z[a]!);
  const [p1, , p3] = order as [number, number, number];
  const den = z[p1]! - z[p3]! + 1e-12;
  const d = z[y]! - z[j]!;
  // dL/dz = -(e_y - e_j) / den + d / den^2 (e_pi1 - e_pi3)
  dz[y] = dz[y]! - 1 / den;
  dz[j] = dz[j]! + 1 / den;
  dz[p1] = dz[p1]! + d / (den * den);
  dz[p3] = dz[p3]! - d / (den * den);
  return { loss: -d / den, dz };
}

/** The value of f as a promise; a throw becomes a rejection. */
function settle<T>(f: () => T): Promise<T> {
  return new Promise((resolve) => resolve(f()));
}

function imageCount(images: Tensor): { n: number; d: number } {
  const n = images.dims[0] ?? 0;
  return { n, d: images.data.length / Math.max(n, 1) };
}

/**
 * A closed-form stand-in for the engine: logits = W·x + b on flattened images (W stored
 * [C, D]), with analytic gradients of every loss, of the parameters and per example of the
 * last (only) layer. It lets plugin authors exercise a plugin without ONNX Runtime; the real
 * engine is checked against finite differences in packages/engine.
 *
 * Model ids: any id is the linear source model, except ids of fine-tuned models, which
 * fineTune with keepModel returns as `finetuned:<n>` until they are released.
 */
export class LinearEngine implements EngineApi {
  private readonly tuned = new Map<string, LinearModel>();
  private nextTuned = 1;

  constructor(
    readonly weights: Float32Array,
    readonly bias: Float32Array,
    readonly numClasses: number,
  ) {}

  providers(): ProvidersInfo {
    return { available: ['linear-reference'], active: 'linear-reference' };
  }

  private model(ref: ModelRef): LinearModel {
    const t = this.tuned.get(ref.id);
    if (t) return t;
    if (ref.id.startsWith(FINETUNED) || ref.id.startsWith(RANDOMIZED)) {
      throw new Error(`LinearEngine: no model '${ref.id}'; fine-tuned models held: ${[...this.tuned.keys()].join(', ') || '(none)'}`);
    }
    return this;
  }

  private forward(m: LinearModel, images: Tensor): Float32Array {
    const { n, d } = imageCount(images);
    if (d * m.numClasses !== m.weights.length) {
      throw new Error(`LinearEngine: image size ${d} does not match weights for ${m.numClasses} classes`);
    }
    const out = new Float32Array(n * m.numClasses);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < m.numClasses; k++) {
        let s = m.bias[k] ?? 0;
        for (let j = 0; j < d; j++) s += (m.weights[k * d + j] ?? 0) * (images.data[i * d + j] ?? 0);
        out[i * m.numClasses + k] = s;
      }
    }
    return out;
  }

  /** Per example: loss and d loss / d logits, for the model's logits on these images. */
  private perExample(m: LinearModel, images: Tensor, labels: Int32Array, loss: LossKind, targets?: Int32Array): { z: Float32Array; loss: Float64Array; dz: Float64Array } {
    const { n } = imageCount(images);
    if (labels.length !== n) throw new Error(`LinearEngine: ${labels.length} labels for ${n} images`);
    const c = m.numClasses;
    const z = this.forward(m, images);
    const out = new Float64Array(n);
    const dz = new Float64Array(n * c);
    for (let i = 0; i < n; i++) {
      const r = lossOf(Float64Array.from(z.subarray(i * c, (i + 1) * c)), labels[i] ?? 0, loss, targets?.[i]);
      out[i] = r.loss;
      dz.set(r.dz, i * c);
    }
    return { z, loss: out, dz };
  }

  structure(model: ModelRef): Promise<ModelStructure> {
    return settle(() => ({ featureTensor: INPUT, blocks: [], numClasses: this.model(model).numClasses, lastLayer: { weight: WEIGHT, bias: BIAS } }));
  }

  logits(model: ModelRef, images: Tensor): Promise<Tensor> {
    return settle(() => {
      const m = this.model(model);
      return { data: this.forward(m, images), dims: [images.dims[0] ?? 0, m.numClasses] };
    });
  }

  /** The penultimate features of a linear model are its (flattened) input; it has no blocks. */
  features(model: ModelRef, images: Tensor, cut?: FeatureCut): Promise<Tensor> {
    return settle(() => {
      this.model(model);
      if (typeof cut === 'object') throw new RangeError(`LinearEngine: block ${cut.block} requested; a linear model has no blocks`);
      if (cut !== undefined && cut !== INPUT) throw new Error(`LinearEngine: no tensor '${cut}'; the linear model has '${INPUT}'`);
      const { n, d } = imageCount(images);
      return { data: images.data.slice(), dims: [n, d] };
    });
  }

  inputGradient(model: ModelRef, images: Tensor, labels: Int32Array, options: InputGradientOptions): Promise<InputGradientResult> {
    return settle(() => {
      const m = this.model(model);
      const { n, d } = imageCount(images);
      const c = m.numClasses;
      const r = this.perExample(m, images, labels, options.loss, options.targets);
      const grad = new Float32Array(images.data.length);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < d; j++) {
          let s = 0;
          for (let k = 0; k < c; k++) s += r.dz[i * c + k]! * (m.weights[k * d + j] ?? 0);
          grad[i * d + j] = s;
        }
      }
      return { loss: Float32Array.from(r.loss), gradient: { data: grad, dims: [...images.dims] }, logits: { data: r.z, dims: [n, c] } };
    });
  }

  /** Closed form: d loss / dW = sum_i dz_i x_i^T ([C, D]), d loss / db = sum_i dz_i; divided by N for 'mean'. */
  parameterGradients(model: ModelRef, images: Tensor, labels: Int32Array, options: ParameterGradientOptions): Promise<{ loss: number; gradients: NamedTensor[] }> {
    return settle(() => {
      const m = this.model(model);
      const params = options.params ?? [WEIGHT, BIAS];
      const bad = params.filter((p) => p !== WEIGHT && p !== BIAS);
      if (bad.length > 0) throw new Error(`LinearEngine: no parameters ${bad.join(', ')}; the linear model has ${WEIGHT}, ${BIAS}`);
      const { n, d } = imageCount(images);
      const c = m.numClasses;
      const r = this.perExample(m, images, labels, options.loss, options.targets);
      const scale = options.reduction === 'mean' ? 1 / Math.max(n, 1) : 1;
      const gw = new Float64Array(c * d);
      const gb = new Float64Array(c);
      let total = 0;
      for (let i = 0; i < n; i++) {
        total += r.loss[i]!;
        for (let k = 0; k < c; k++) {
          const g = r.dz[i * c + k]!;
          gb[k] = gb[k]! + g;
          for (let j = 0; j < d; j++) gw[k * d + j] = gw[k * d + j]! + g * (images.data[i * d + j] ?? 0);
        }
      }
      const gradients = params.map((name): NamedTensor =>
        name === WEIGHT
          ? { name, data: Float32Array.from(gw, (v) => v * scale), dims: [c, d] }
          : { name, data: Float32Array.from(gb, (v) => v * scale), dims: [c] },
      );
      return { loss: total * scale, gradients };
    });
  }

  /** Cross-entropy per example: gradBias = softmax - onehot, gradWeight = its outer product with the input. */
  lastLayerGradients(model: ModelRef, images: Tensor, labels: Int32Array): Promise<LastLayerGradients> {
    return settle(() => {
      const m = this.model(model);
      const { n, d } = imageCount(images);
      const c = m.numClasses;
      const r = this.perExample(m, images, labels, 'cross-entropy');
      const gradWeight = new Float32Array(n * c * d);
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < c; k++) for (let j = 0; j < d; j++) gradWeight[(i * c + k) * d + j] = r.dz[i * c + k]! * (images.data[i * d + j] ?? 0);
      }
      return {
        features: { data: images.data.slice(), dims: [n, d] },
        logits: { data: r.z, dims: [n, c] },
        loss: Float32Array.from(r.loss),
        gradWeight: { data: gradWeight, dims: [n, c, d] },
        gradBias: { data: Float32Array.from(r.dz), dims: [n, c] },
        transposed: true,
      };
    });
  }

  async evaluate(model: ModelRef, batch: ImageBatch, options: EvaluateOptions = {}): Promise<Evaluation> {
    const m = this.model(model);
    const { n, d } = imageCount(batch.images);
    if (batch.labels.length !== n) throw new Error(`LinearEngine: ${batch.labels.length} labels for ${n} images`);
    const size = Math.max(1, options.batchSize ?? 256);
    const c = m.numClasses;
    const predictions = new Int32Array(n);
    const losses = new Float32Array(n);
    let correct = 0;
    let sum = 0;
    for (let s = 0; s < n; s += size) {
      if (options.signal?.aborted) throw new Error('evaluation aborted');
      const e = Math.min(n, s + size);
      const chunk = { data: batch.images.data.subarray(s * d, e * d), dims: [e - s, ...batch.images.dims.slice(1)] };
      const r = this.perExample(m, chunk, batch.labels.subarray(s, e), 'cross-entropy');
      for (let i = 0; i < e - s; i++) {
        let best = 0;
        for (let k = 1; k < c; k++) if (r.z[i * c + k]! > r.z[i * c + best]!) best = k;
        predictions[s + i] = best;
        if (best === batch.labels[s + i]) correct++;
        losses[s + i] = r.loss[i]!;
        sum += r.loss[i]!;
      }
      await Promise.resolve();
    }
    return { accuracy: correct / Math.max(n, 1), loss: sum / Math.max(n, 1), predictions, losses };
  }

  /**
   * A linear model has no blocks: depth 0 and 'all' both train a fresh softmax regression on
   * the flattened images (plain JS, PyTorch's SGD semantics); deeper requests are refused.
   * With keepModel the trained model is held as `finetuned:<n>` (weight [C, D] and bias).
   */
  async fineTune(request: FineTuneRequest, options: FineTuneOptions = {}): Promise<FineTuneResult> {
    this.model(request.model);
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
      const ds = request.data.dataset;
      [train, test] = await Promise.all([ds.read('train', request.data.train), ds.read('test', request.data.test)]);
      classes = ds.classes.length;
    }
    const fit = fitSoftmaxRegression(train, test, classes, request.hyper, request.seed, options);
    const result = { epochs: fit.epochs, trainSize: train.labels.length, testSize: test.labels.length, featureCache: 'none' as const, seconds: (Date.now() - started) / 1000 };
    if (!options.keepModel) return result;
    const id = `${FINETUNED}${this.nextTuned++}`;
    this.tuned.set(id, { weights: fit.weight, bias: fit.bias, numClasses: classes });
    const d = fit.weight.length / classes;
    return {
      ...result,
      model: { id },
      parameters: [
        { name: WEIGHT, data: fit.weight.slice(), dims: [classes, d] },
        { name: BIAS, data: fit.bias.slice(), dims: [classes] },
      ],
    };
  }

  /**
   * A held copy (`randomized:<n>`, until released): 'none' the model as it is; 0 or 'all' its only
   * layer re-drawn as PyTorch's nn.Linear (U(-1/sqrt(D), 1/sqrt(D)), weight then bias) from the
   * seed; deeper depths are refused (a linear model has no blocks).
   */
  randomized(model: ModelRef, options: RandomizeOptions): Promise<ModelRef> {
    return settle(() => {
      const m = this.model(model);
      const { depth, seed } = options;
      if (depth !== 'none' && depth !== 0 && depth !== 'all') {
        throw new Error(`LinearEngine: a linear model has no blocks to randomize (depth ${depth})`);
      }
      let copy: LinearModel = { weights: m.weights.slice(), bias: m.bias.slice(), numClasses: m.numClasses };
      if (depth !== 'none') {
        const rng = seededRandom(seed);
        const bound = 1 / Math.sqrt(Math.max(1, m.weights.length / m.numClasses));
        const draw = (): number => (2 * rng() - 1) * bound;
        copy = { weights: Float32Array.from(m.weights, draw), bias: Float32Array.from(m.bias, draw), numClasses: m.numClasses };
      }
      const id = `${RANDOMIZED}${this.nextTuned++}`;
      this.tuned.set(id, copy);
      return { id };
    });
  }

  release(model: ModelRef): Promise<void> {
    this.tuned.delete(model.id);
    return Promise.resolve();
  }
}
