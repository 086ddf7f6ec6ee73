import type {
  EngineApi, EvaluateOptions, Evaluation, FeatureCut, ImageBatch, InputGradientOptions, InputGradientResult, LastLayerGradients, LossKind, ModelRef, ModelStructure, NamedTensor, ParameterGradientOptions,
  ProvidersInfo, Tensor as PlainTensor,
} from '@transferlab/sdk';
import { Tensor, type InferenceSession } from 'onnxruntime-node';
import { encodeModel, decodeModel } from '../onnx/codec';
import type { ModelDef, TensorData } from '../onnx/ir';
import { deriveForward } from '../derive/forward';
import { deriveInputGradient } from '../derive/input-gradient';
import { deriveLastLayerGradients, findLastLayer, type LastLayer } from '../derive/last-layer';
import { mainOutput } from '../derive/model-parts';
import { lossNeedsTargets } from '../derive/losses';
import { deriveParameterGradients } from '../derive/parameter-gradients';
import { scoreLogits } from '../finetune/run-batches';
import { prependPreprocessing } from '../preprocess/prepend';
import type { ImageShape, ModelInputSpec } from '../preprocess/preprocess-graph';
import { sessionCache, type SessionCache } from '../runtime/session-cache';
import { createSession, type SessionOptions } from '../runtime/session-options';
import { withMutableParameters } from './mutable-parameters';
import { cutTensor, modelStructure } from './structure';

export interface LocalModelSpec {
  /** ONNX bytes or an in-memory model; its first input takes the images, its first output is the logits. */
  readonly model: Uint8Array | ModelDef;
  /** Penultimate features (default: the input of the final Gemm/MatMul). */
  readonly featureTensor?: string;
  /** Block-boundary tensors, input side first (default: the model's metadata, else detected residual blocks). */
  readonly blocks?: readonly string[];
  /** Fold preprocessing in so that callers pass [0,1] images of this shape. */
  readonly preprocess?: { readonly spec: ModelInputSpec; readonly image: ImageShape };
  /**
   * Initializers fed as graph inputs, so one session serves every setParameters() update
   * (the other initializers are baked in: an update re-creates the sessions). See LocalEngine.
   */
  readonly mutable?: readonly string[];
  /**
   * Sessions of this model are this engine's own (not the shared cache's) and are released
   * with it by unregister: for models that come and go (fine-tuned models).
   */
  readonly ownSessions?: boolean;
}

export interface LocalEngineOptions extends SessionOptions {
  readonly cache?: SessionCache;
  /** Providers this installation offers (reported by providers()); default [provider]. */
  readonly available?: readonly string[];
  /** Why the configured provider was not used (reported by providers()). */
  readonly fallbackReason?: string;
}

interface Entry {
  model: ModelDef;
  /** The registered model before its mutable parameters became inputs (for structure()). */
  readonly registered: ModelDef;
  readonly blocks?: readonly string[];
  structure?: ModelStructure;
  /** Derived graphs by kind, kept so that an update only swaps initializer values. */
  readonly derived: Map<string, ModelDef>;
  readonly imageInput: string;
  readonly logits: string;
  /** Declared, or the final layer's input; undefined when the logits come from no recognised head (logits and gradients still work). */
  readonly featureTensor: string | undefined;
  /** Current values of the mutable parameters, as ONNX Runtime tensors. */
  readonly parameters: Map<string, Tensor>;
  /** Initializers fed to derived graphs that take them as inputs (parameter gradients), by name. */
  readonly fed: Map<string, Tensor>;
  /** Output names of derived graphs whose names can differ from the usual ones (a model tensor already has it), by kind. */
  readonly outputNames: Map<string, Readonly<Record<string, string | undefined>>>;
  /** Output names of each parameter-gradient graph's gradients, by kind. */
  readonly gradientOutputs: Map<string, ReadonlyMap<string, string>>;
  readonly sessions: Map<string, SessionRecord>;
  /** Weights changed since registration: its sessions are this engine's own, released when replaced. */
  updated: boolean;
}

interface SessionRecord {
  readonly session: Promise<InferenceSession>;
  /** Created by this engine (not the shared cache), so this engine releases it. */
  readonly owned: boolean;
  inflight: number;
  retired: boolean;
}

export class UnknownModelError extends Error {
  constructor(id: string, known: readonly string[]) {
    super(`engine: no model '${id}'; registered: ${known.join(', ') || '(none)'}`);
    this.name = 'UnknownModelError';
  }
}

function ortTensor(t: TensorData): Tensor {
  return new Tensor('float32', Float32Array.from(t.values as Float32Array), [...t.dims]);
}

/**
 * The sdk's model computations in process on ONNX Runtime, for models registered by id:
 * logits, features at a tensor, input gradients, parameter gradients, per-example last-layer
 * gradients and evaluation. Derived graphs and their sessions are built once per model and
 * kind. (createEngine wraps it as the sdk's EngineApi: models resolved by id, cuts by block.)
 *
 * Models whose parameters change (adversarial training attacks the current weights) take
 * setParameters() two ways. Measured on the zoo's ResNet-8 (width 16, 28x28, batch 128, one
 * thread): input gradient with the weights baked in 82-85 ms; with them fed as graph inputs
 * (`mutable`) 125-133 ms, as ONNX Runtime can no longer fold the weight transposes of the
 * backward graph; re-creating the session with new values ~35-40 ms. A PGD-7 step makes 8
 * gradient calls per weight update (measured, interleaved: 860-930 ms baked in and
 * re-created, 1190-1330 ms fed), so baking in is the default; `mutable` suits many weight
 * updates with few calls each. Sessions of replaced weights are released once idle.
 */
export class LocalEngine implements EngineApi {
  private readonly models = new Map<string, Entry>();
  private readonly cache: SessionCache;

  constructor(private readonly options: LocalEngineOptions = {}) {
    this.cache = options.cache ?? sessionCache;
  }

  providers(): ProvidersInfo {
    const active = this.options.provider ?? 'cpu';
    return { available: this.options.available ?? [active], active, ...(this.options.fallbackReason ? { fallbackReason: this.options.fallbackReason } : {}) };
  }

  register(id: string, spec: LocalModelSpec): void {
    let model = spec.model instanceof Uint8Array ? decodeModel(spec.model) : spec.model;
    const logits = mainOutput(model);
    // Logits, input gradients (attacks, saliency) and evaluation need no recognised head.
    let featureTensor = spec.featureTensor;
    try {
      featureTensor ??= findLastLayer(model, logits).features;
    } catch {
      featureTensor = undefined;
    }
    if (spec.preprocess) model = prependPreprocessing(model, spec.preprocess.spec, spec.preprocess.image);
    const parametric = withMutableParameters(model, spec.mutable ?? []);
    const parameters = new Map(parametric.values.map((t) => [t.name, ortTensor(t)]));
    this.models.set(id, {
      model: parametric.model, registered: model, ...(spec.blocks ? { blocks: spec.blocks } : {}), derived: new Map(), updated: spec.ownSessions ?? false, imageInput: model.graph.inputs[0]!.name, logits, featureTensor, parameters, fed: new Map(), outputNames: new Map(), gradientOutputs: new Map(), sessions: new Map(),
    });
  }

  has(id: string): boolean {
    return this.models.has(id);
  }

  /** Registered ids. */
  ids(): string[] {
    return [...this.models.keys()];
  }

  /** The final linear layer of a registered model (its weight, bias, layout and features). */
  lastLayer(id: string): LastLayer {
    const e = this.entry(id);
    return findLastLayer(e.model, e.logits);
  }

  /** Feature tensor, blocks, classes and final layer of a registered model. */
  structure(ref: ModelRef): Promise<ModelStructure> {
    return new Promise((resolve) => resolve(this.structureOf(this.entry(ref.id))));
  }

  unregister(id: string): void {
    const e = this.models.get(id);
    if (e) this.retire(e);
    this.models.delete(id);
  }

  /** New values for some of a model's parameters (initializers, by name; float32). */
  setParameters(id: string, values: Iterable<TensorData>): void {
    const e = this.entry(id);
    const baked = new Map<string, TensorData>();
    const initializers = new Map(e.model.graph.initializers.map((t) => [t.name, t]));
    for (const t of values) {
      const old = e.parameters.get(t.name)?.dims ?? initializers.get(t.name)?.dims;
      if (!old) throw new Error(`engine: '${t.name}' is not a parameter of model '${id}'`);
      if (old.join() !== t.dims.join()) throw new Error(`engine: parameter '${t.name}' has dims [${old.join(', ')}], got [${t.dims.join(', ')}]`);
      if (e.parameters.has(t.name)) e.parameters.set(t.name, ortTensor(t));
      else baked.set(t.name, { name: t.name, dataType: 'float32', dims: [...t.dims], values: Float32Array.from(t.values as Float32Array) });
    }
    if (baked.size === 0) return;
    for (const name of baked.keys()) e.fed.delete(name);
    e.model = replaceInitializers(e.model, baked);
    for (const [kind, m] of e.derived) e.derived.set(kind, replaceInitializers(m, baked));
    this.retire(e);
    e.updated = true;
  }

  async logits(ref: ModelRef, images: PlainTensor): Promise<PlainTensor> {
    const e = this.entry(ref.id);
    const out = await this.run(e, 'forward', () => this.forward(e, 'forward'), images);
    return plain(out[e.outputNames.get('forward')!.logits!]!);
  }

  /** Features at the penultimate tensor (default), a tensor by name, or a block boundary by index. */
  async features(ref: ModelRef, images: PlainTensor, cut?: FeatureCut): Promise<PlainTensor> {
    const e = this.entry(ref.id);
    const tensor = typeof cut === 'object' ? cutTensor(this.structureOf(e), cut, ref.id) : (cut ?? e.featureTensor ?? findLastLayer(e.model, e.logits).features);
    const kind = `features:${tensor}`;
    const out = await this.run(e, kind, () => this.forward(e, kind, tensor), images);
    return plain(out[e.outputNames.get(kind)!.features!]!);
  }

  /**
   * Per-example loss and its gradient with respect to the images, with the sdk's signs
   * (defined once, in the loss graphs): attacks ascend cross-entropy, cw-margin and dlr and
   * descend targeted-cross-entropy (the cross-entropy to the target class).
   */
  async inputGradient(ref: ModelRef, images: PlainTensor, labels: Int32Array, options: InputGradientOptions): Promise<InputGradientResult> {
    const e = this.entry(ref.id);
    const lossFeed = lossFeeds(options.loss, labels, options.targets, images);
    const kind = `grad:${options.loss}`;
    const out = await this.run(e, kind, () => {
      const g = deriveInputGradient(e.model, { loss: options.loss, logits: e.logits });
      e.outputNames.set(kind, g.outputs);
      return g.model;
    }, images, lossFeed);
    const names = e.outputNames.get(kind)!;
    return {
      loss: Float32Array.from(out[names.loss!]!.data as Float32Array),
      gradient: { data: Float32Array.from(out[names.grad!]!.data as Float32Array), dims: [...images.dims] },
      logits: plain(out[names.logits!]!),
    };
  }

  /**
   * The reduced loss ('sum' by default, or 'mean') over the batch and its gradient with
   * respect to the named parameters (default: the final linear layer's weight and bias).
   */
  async parameterGradients(ref: ModelRef, images: PlainTensor, labels: Int32Array, options: ParameterGradientOptions): Promise<{ readonly loss: number; readonly gradients: readonly NamedTensor[] }> {
    const e = this.entry(ref.id);
    const params = options.params ?? defaultParams(findLastLayer(e.model, e.logits));
    if (params.length === 0) throw new Error('engine: parameterGradients needs at least one parameter');
    const known = new Set([...e.model.graph.initializers.map((t) => t.name), ...e.parameters.keys()]);
    const missing = params.filter((p) => !known.has(p));
    if (missing.length > 0) throw new Error(`engine: model '${ref.id}' has no parameters named ${missing.map((m) => `'${m}'`).join(', ')}`);
    const reduction = options.reduction ?? 'sum';
    const lossFeed = lossFeeds(options.loss, labels, options.targets, images);
    const kind = `pgrad:${options.loss}:${reduction}:${JSON.stringify(params)}`;
    const out = await this.run(e, kind, () => {
      const g = deriveParameterGradients(e.model, { loss: options.loss, params, reduction, logits: e.logits });
      e.gradientOutputs.set(kind, g.gradients);
      return g.model;
    }, images, lossFeed);
    const names = e.gradientOutputs.get(kind)!;
    return {
      loss: (out.loss!.data as Float32Array)[0]!,
      gradients: params.map((name) => {
        const t = out[names.get(name)!]!;
        return { name, data: Float32Array.from(t.data as Float32Array), dims: [...t.dims] };
      }),
    };
  }

  /** Per example: the final layer's features, logits, cross-entropy and its gradient with respect to the layer's weight and bias. */
  async lastLayerGradients(ref: ModelRef, images: PlainTensor, labels: Int32Array): Promise<LastLayerGradients> {
    const e = this.entry(ref.id);
    const lossFeed = lossFeeds('cross-entropy', labels, undefined, images);
    const out = await this.run(e, 'last-layer', () => {
      const g = deriveLastLayerGradients(e.model, { logits: e.logits });
      e.outputNames.set('last-layer', g.outputs);
      return g.model;
    }, images, lossFeed);
    const names = e.outputNames.get('last-layer')!;
    return {
      features: plain(out[names.features!]!),
      logits: plain(out[names.logits!]!),
      loss: Float32Array.from(out[names.loss!]!.data as Float32Array),
      gradWeight: plain(out[names.gradWeight!]!),
      ...(names.gradBias ? { gradBias: plain(out[names.gradBias]!) } : {}),
      transposed: findLastLayer(e.model, e.logits).transposed,
    };
  }

  /** Accuracy, mean cross-entropy, predictions and per-image losses, in chunks of `batchSize` images (default 256). */
  async evaluate(ref: ModelRef, batch: ImageBatch, options: EvaluateOptions = {}): Promise<Evaluation> {
    const dims = batch.images.dims;
    const n = dims[0] ?? 0;
    if (batch.labels.length !== n) throw new Error(`engine: ${batch.labels.length} labels for ${n} images`);
    const size = Math.max(1, Math.floor(options.batchSize ?? 256));
    const per = n > 0 ? batch.images.data.length / n : 0;
    const predictions = new Int32Array(n);
    const losses = new Float32Array(n);
    let lossSum = 0;
    let correct = 0;
    for (let s = 0; s < n; s += size) {
      if (options.signal?.aborted) throw new Error('evaluation aborted');
      const m = Math.min(size, n - s);
      const z = await this.logits(ref, { data: batch.images.data.subarray(s * per, (s + m) * per), dims: [m, ...dims.slice(1)] });
      const r = scoreLogits(z.data, batch.labels.subarray(s, s + m));
      predictions.set(r.predictions, s);
      losses.set(r.losses, s);
      lossSum += r.lossSum;
      correct += r.correct;
    }
    return { accuracy: correct / Math.max(n, 1), loss: lossSum / Math.max(n, 1), predictions, losses };
  }

  /** The forward graph (logits, and features at a cut), recording its output names. */
  private forward(e: Entry, kind: string, cut?: string): ModelDef {
    const f = deriveForward(e.model, { logits: e.logits, ...(cut !== undefined ? { cut } : {}) });
    e.outputNames.set(kind, f.outputs);
    return f.model;
  }

  private structureOf(e: Entry): ModelStructure {
    e.structure ??= modelStructure(e.registered, { ...(e.featureTensor !== undefined ? { featureTensor: e.featureTensor } : {}), ...(e.blocks ? { blocks: e.blocks } : {}) });
    return e.structure;
  }

  private entry(id: string): Entry {
    const e = this.models.get(id);
    if (!e) throw new UnknownModelError(id, [...this.models.keys()]);
    return e;
  }

  /** Runs the derived graph of this kind, counting the run so that a replaced session is released only when idle. */
  private async run(e: Entry, kind: string, derive: () => ModelDef, images: PlainTensor, extra: Record<string, Tensor> = {}): Promise<InferenceSession.ReturnType> {
    const rec = this.session(e, kind, derive);
    rec.inflight++;
    try {
      const s = await rec.session;
      return await s.run({ ...this.feeds(e, s, images), ...extra });
    } finally {
      rec.inflight--;
      release(rec);
    }
  }

  private session(e: Entry, kind: string, derive: () => ModelDef): SessionRecord {
    let rec = e.sessions.get(kind);
    // A shared session the cache's budget evicted is not started again: get one anew.
    if (rec && !rec.owned && !this.cache.refresh(rec.session)) {
      e.sessions.delete(kind);
      rec = undefined;
    }
    if (!rec) {
      let graph = e.derived.get(kind);
      if (!graph) {
        graph = derive();
        e.derived.set(kind, graph);
      }
      const bytes = encodeModel(graph);
      // Updated weights give one-off graphs: this engine owns (and releases) their sessions
      // instead of filling the shared cache, whose entries are never released.
      const session = e.updated ? createSession(bytes, this.options) : this.cache.get(bytes, this.options);
      const created: SessionRecord = { session, owned: e.updated, inflight: 0, retired: false };
      session.catch(() => {
        if (e.sessions.get(kind) === created) e.sessions.delete(kind);
      });
      e.sessions.set(kind, created);
      rec = created;
    }
    return rec;
  }

  /** Drops the entry's sessions; owned ones are released once no run uses them. */
  private retire(e: Entry): void {
    for (const rec of e.sessions.values()) {
      rec.retired = true;
      release(rec);
    }
    e.sessions.clear();
  }

  /** The images, the mutable parameters, and initializers a derived graph takes as inputs (current values). */
  private feeds(e: Entry, s: InferenceSession, images: PlainTensor): Record<string, Tensor> {
    const feeds: Record<string, Tensor> = { [e.imageInput]: new Tensor('float32', images.data, [...images.dims]) };
    for (const name of s.inputNames) {
      if (name === e.imageInput) continue;
      const p = e.parameters.get(name) ?? e.fed.get(name);
      if (p) {
        feeds[name] = p;
        continue;
      }
      const init = e.model.graph.initializers.find((t) => t.name === name);
      if (init) {
        const t = ortTensor(init);
        e.fed.set(name, t);
        feeds[name] = t;
      }
    }
    return feeds;
  }
}

function release(rec: SessionRecord): void {
  if (rec.owned && rec.retired && rec.inflight === 0) {
    rec.session.then((s) => s.release()).catch(() => undefined);
  }
}

/** The default parameters of parameterGradients: the final linear layer's weight and bias. */
function defaultParams(layer: LastLayer): string[] {
  return layer.bias ? [layer.weight, layer.bias] : [layer.weight];
}

/**
 * The int64 feeds of a loss graph: `labels` (the targets for targeted-cross-entropy, else the
 * labels), and for targeted-dlr and logit-difference both the labels and `targets`.
 */
function lossFeeds(loss: LossKind, labels: Int32Array, targets: Int32Array | undefined, images: PlainTensor): Record<string, Tensor> {
  const n = images.dims[0] ?? 0;
  const feed = (name: string, values: Int32Array | undefined): Tensor => {
    if (!values) throw new Error(`engine: ${loss} needs targets`);
    if (values.length !== n) throw new Error(`engine: ${values.length} ${name} for ${n} images`);
    return new Tensor('int64', BigInt64Array.from(values, (v) => BigInt(v)), [n]);
  };
  if (loss === 'targeted-cross-entropy') return { labels: feed('targets', targets) };
  if (lossNeedsTargets(loss)) return { labels: feed('labels', labels), targets: feed('targets', targets) };
  return { labels: feed('labels', labels) };
}

function replaceInitializers(model: ModelDef, values: ReadonlyMap<string, TensorData>): ModelDef {
  const initializers = model.graph.initializers.map((t) => values.get(t.name) ?? t);
  return { ...model, graph: { ...model.graph, initializers } };
}

function plain(t: Tensor): PlainTensor {
  return { data: Float32Array.from(t.data as Float32Array), dims: [...t.dims] };
}
