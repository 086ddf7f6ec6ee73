import { InferenceSession, Tensor } from 'onnxruntime-node';
import { encodeModel, decodeModel } from '../onnx/codec';
import type { ModelDef, TensorData } from '../onnx/ir';
import { deriveForward } from '../derive/forward';
import { deriveInputGradient } from '../derive/input-gradient';
import { findLastLayer } from '../derive/last-layer';
import type { LossKind } from '../derive/losses';
import { mainOutput } from '../derive/model-parts';
import { prependPreprocessing } from '../preprocess/prepend';
import type { ImageShape, ModelInputSpec } from '../preprocess/preprocess-graph';
import { sessionCache, type SessionCache, type SessionOptions } from '../runtime/session-cache';
import { withMutableParameters } from './mutable-parameters';

/** A dense float32 tensor, row-major; structurally the sdk's Tensor. */
export interface EngineTensor {
  readonly data: Float32Array;
  readonly dims: readonly number[];
}

export interface LocalModelSpec {
  /** ONNX bytes or an in-memory model; its first input takes the images, its first output is the logits. */
  readonly model: Uint8Array | ModelDef;
  /** Penultimate features (default: the input of the final Gemm/MatMul). */
  readonly featureTensor?: string;
  /** Fold preprocessing in so that callers pass [0,1] images of this shape. */
  readonly preprocess?: { readonly spec: ModelInputSpec; readonly image: ImageShape };
  /**
   * Initializers fed as graph inputs, so one session serves every setParameters() update
   * (the other initializers are baked in: an update re-creates the sessions). See LocalEngine.
   */
  readonly mutable?: readonly string[];
}

export interface LocalEngineOptions extends SessionOptions {
  readonly cache?: SessionCache;
  /** Providers this installation offers (reported by providers()); default [provider]. */
  readonly available?: readonly string[];
}

interface Entry {
  model: ModelDef;
  /** Derived graphs by kind, kept so that an update only swaps initializer values. */
  readonly derived: Map<string, ModelDef>;
  readonly imageInput: string;
  readonly logits: string;
  readonly featureTensor: string;
  /** Current values of the mutable parameters, as ONNX Runtime tensors. */
  readonly parameters: Map<string, Tensor>;
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
 * The sdk's EngineApi implemented in process on ONNX Runtime (structurally; the engine
 * imports nothing of ours): logits, features at a cut and input gradients for registered
 * models. Derived graphs and their sessions are built once per model and kind.
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
export class LocalEngine {
  private readonly models = new Map<string, Entry>();
  private readonly cache: SessionCache;

  constructor(private readonly options: LocalEngineOptions = {}) {
    this.cache = options.cache ?? sessionCache;
  }

  providers(): { readonly available: readonly string[]; readonly active: string } {
    const active = this.options.provider ?? 'cpu';
    return { available: this.options.available ?? [active], active };
  }

  register(id: string, spec: LocalModelSpec): void {
    let model = spec.model instanceof Uint8Array ? decodeModel(spec.model) : spec.model;
    const logits = mainOutput(model);
    const featureTensor = spec.featureTensor ?? findLastLayer(model, logits).features;
    if (spec.preprocess) model = prependPreprocessing(model, spec.preprocess.spec, spec.preprocess.image);
    const parametric = withMutableParameters(model, spec.mutable ?? []);
    const parameters = new Map(parametric.values.map((t) => [t.name, ortTensor(t)]));
    this.models.set(id, { model: parametric.model, derived: new Map(), updated: false, imageInput: model.graph.inputs[0]!.name, logits, featureTensor, parameters, sessions: new Map() });
  }

  has(id: string): boolean {
    return this.models.has(id);
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
    e.model = replaceInitializers(e.model, baked);
    for (const [kind, m] of e.derived) e.derived.set(kind, replaceInitializers(m, baked));
    this.retire(e);
    e.updated = true;
  }

  async logits(ref: { readonly id: string }, images: EngineTensor): Promise<EngineTensor> {
    const e = this.entry(ref.id);
    const out = await this.run(e, 'forward', () => deriveForward(e.model, { logits: e.logits }).model, images);
    return plain(out.logits!);
  }

  async features(ref: { readonly id: string }, images: EngineTensor, cut?: string): Promise<EngineTensor> {
    const e = this.entry(ref.id);
    const tensor = cut ?? e.featureTensor;
    const out = await this.run(e, `features:${tensor}`, () => deriveForward(e.model, { logits: e.logits, cut: tensor }).model, images);
    return plain(out.features!);
  }

  /**
   * Per-example loss and its gradient with respect to the images. Signs follow the sdk:
   * attacks ascend cross-entropy, cw-margin and dlr, and descend targeted-cross-entropy
   * (the cross-entropy to the target class).
   */
  async inputGradient(
    ref: { readonly id: string },
    images: EngineTensor,
    labels: Int32Array,
    options: { readonly loss: LossKind; readonly targets?: Int32Array },
  ): Promise<{ readonly loss: Float32Array; readonly gradient: EngineTensor }> {
    const e = this.entry(ref.id);
    const targeted = options.loss === 'targeted-cross-entropy';
    if (targeted && !options.targets) throw new Error('engine: targeted-cross-entropy needs targets');
    const fed = targeted ? options.targets! : labels;
    const n = images.dims[0] ?? 0;
    if (fed.length !== n) throw new Error(`engine: ${fed.length} labels for ${n} images`);
    const labelFeed = new Tensor('int64', BigInt64Array.from(fed, (v) => BigInt(v)), [n]);
    const out = await this.run(e, `grad:${options.loss}`, () => deriveInputGradient(e.model, { loss: options.loss, logits: e.logits }).model, images, { labels: labelFeed });
    const loss = Float32Array.from(out.loss!.data as Float32Array);
    const grad = Float32Array.from(out.grad!.data as Float32Array);
    // The engine's targeted loss is log p(target), to ascend; the sdk's is its negative.
    if (targeted) {
      for (let i = 0; i < loss.length; i++) loss[i] = -loss[i]!;
      for (let i = 0; i < grad.length; i++) grad[i] = -grad[i]!;
    }
    return { loss, gradient: { data: grad, dims: [...images.dims] } };
  }

  private entry(id: string): Entry {
    const e = this.models.get(id);
    if (!e) throw new UnknownModelError(id, [...this.models.keys()]);
    return e;
  }

  /** Runs the derived graph of this kind, counting the run so that a replaced session is released only when idle. */
  private async run(e: Entry, kind: string, derive: () => ModelDef, images: EngineTensor, extra: Record<string, Tensor> = {}): Promise<InferenceSession.ReturnType> {
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

  private feeds(e: Entry, s: InferenceSession, images: EngineTensor): Record<string, Tensor> {
    const feeds: Record<string, Tensor> = { [e.imageInput]: new Tensor('float32', images.data, [...images.dims]) };
    for (const name of s.inputNames) {
      const p = e.parameters.get(name);
      if (p) feeds[name] = p;
    }
    return feeds;
  }
}

function release(rec: SessionRecord): void {
  if (rec.owned && rec.retired && rec.inflight === 0) {
    rec.session.then((s) => s.release()).catch(() => undefined);
  }
}

function createSession(bytes: Uint8Array, o: SessionOptions): Promise<InferenceSession> {
  return InferenceSession.create(bytes, {
    executionProviders: [o.provider ?? 'cpu'],
    graphOptimizationLevel: 'all',
    ...(o.intraOpNumThreads ? { intraOpNumThreads: o.intraOpNumThreads } : {}),
    ...(o.interOpNumThreads ? { interOpNumThreads: o.interOpNumThreads } : {}),
  });
}

function replaceInitializers(model: ModelDef, values: ReadonlyMap<string, TensorData>): ModelDef {
  const initializers = model.graph.initializers.map((t) => values.get(t.name) ?? t);
  return { ...model, graph: { ...model.graph, initializers } };
}

function plain(t: Tensor): EngineTensor {
  return { data: Float32Array.from(t.data as Float32Array), dims: [...t.dims] };
}
