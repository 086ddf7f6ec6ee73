import { randomUUID } from 'node:crypto';
import type {
  EngineApi, EvaluateOptions, Evaluation, ExecutionProviderSetting, FeatureCut, FineTuneGroupOptions, FineTuneOptions, FineTuneRequest, FineTuneResult, ImageBatch,
  InputGradientOptions, InputGradientResult, LastLayerGradients, ModelRef, ModelStructure, NamedTensor, ParameterGradientOptions, RandomizeOptions, SourceModel, Tensor,
} from '@transferlab/sdk';
import { FeatureCache, type FeatureCacheOptions } from '../cache/feature-cache';
import { FineTuneService, type FineTuneModelEntry } from '../finetune/service';
import { decodeModel } from '../onnx/codec';
import type { ModelDef } from '../onnx/ir';
import { resolveProviders, type ProviderReport } from '../providers';
import { randomizeParameters } from '../randomize/randomize';
import { SessionCache } from '../runtime/session-cache';
import type { SessionOptions } from '../runtime/session-options';
import { validateModel, type ValidateOptions } from '../validate/validate-model';
import { LocalEngine } from './local-engine';
import { cutTensor, modelStructure } from './structure';

/** How the engine runs ONNX Runtime sessions. */
export interface EngineSessionSettings {
  /** Execution provider setting (default 'cpu'); resolved once, when the engine is created. */
  readonly provider?: ExecutionProviderSetting;
  /** Threads inside one op (default: ONNX Runtime's, all cores). */
  readonly intraOpNumThreads?: number;
  readonly interOpNumThreads?: number;
}

export interface EngineOptions {
  /** Source models by id. Called once per id (the record is kept); a rejection is reported with the ids this engine knows. */
  readonly models: (id: string) => Promise<SourceModel>;
  readonly session?: EngineSessionSettings;
  /**
   * The frozen-prefix feature cache of fine-tuning: an existing one (shared with other
   * engines), or the bounds of one of this engine's own (`{ maxMemoryBytes, dir? }`). None:
   * prefix features are computed per trial.
   */
  readonly featureCache?: FeatureCache | FeatureCacheOptions;
  /** The provider resolution when the caller has it already (one probe per process); default resolveProviders(session.provider). */
  readonly providers?: ProviderReport;
  /** Checks on a source model's bytes before ONNX Runtime sees them (validateModel's defaults); false: none. */
  readonly validation?: ValidateOptions | false;
}

/** The sdk's EngineApi, with a close() that releases what the engine holds. */
export interface Engine extends EngineApi {
  close(): Promise<void>;
}

export class UnknownEngineModelError extends Error {
  constructor(id: string, known: readonly string[], reason?: string) {
    super(`engine: no model '${id}'${reason ? ` (${reason})` : ''}; known models: ${known.join(', ') || '(none)'}`);
    this.name = 'UnknownEngineModelError';
  }
}

interface ModelRecord {
  /** The ONNX model: a source's as given, a fine-tuned one with preprocessing folded in. */
  readonly model: ModelDef;
  readonly structure: ModelStructure;
  /** The source's facts (for preprocessing and the feature-cache key); none for fine-tuned models. */
  readonly source?: SourceModel;
  /** Images a fine-tuned model takes ([C, H, W]; its preprocessing is fixed). */
  readonly imageShape?: readonly number[];
}

const FINETUNED = 'finetuned:';
const RANDOMIZED = 'randomized:';

function imageShapeOf(images: Tensor): [number, number, number] {
  const d = images.dims;
  if (d.length !== 4) throw new Error(`engine: images must be NCHW, got dims [${d.join(', ')}]`);
  return [d[1]!, d[2]!, d[3]!];
}

/**
 * The engine as the sdk's EngineApi: source models resolved by id on first use, registered
 * per image shape with their preprocessing folded in (so every tensor and gradient is in the
 * [0,1] pixel space of the images given), on ONNX Runtime in this process. Fine-tuning runs
 * through the FineTuneService (the request's loaded dataset, a shared feature cache); with
 * keepModel the fine-tuned model is held as `finetuned:<uuid>` until released.
 */
export class EngineFacade implements Engine {
  private readonly report: ProviderReport;
  private readonly sessions = new SessionCache(64);
  private readonly local: LocalEngine;
  private readonly service: FineTuneService;
  private readonly sources = new Map<string, Promise<ModelRecord>>();
  private readonly tuned = new Map<string, ModelRecord>();
  /** Ids whose resolution succeeded, for error messages. */
  private readonly resolved = new Set<string>();

  constructor(private readonly options: EngineOptions) {
    this.report = options.providers ?? resolveProviders(options.session?.provider ?? 'cpu');
    const s = options.session ?? {};
    const session: SessionOptions = {
      provider: this.report.active,
      ...(s.intraOpNumThreads ? { intraOpNumThreads: s.intraOpNumThreads } : {}),
      ...(s.interOpNumThreads ? { interOpNumThreads: s.interOpNumThreads } : {}),
    };
    this.local = new LocalEngine({ ...session, cache: this.sessions, available: this.report.available, ...(this.report.fallbackReason ? { fallbackReason: this.report.fallbackReason } : {}) });
    const fc = options.featureCache;
    const cache = fc === undefined ? undefined : fc instanceof FeatureCache ? fc : new FeatureCache(fc);
    this.service = new FineTuneService({
      models: (id) => this.fineTuneEntry(id),
      ...(cache ? { cache } : {}),
      session,
      sessions: this.sessions,
    });
  }

  providers(): ProviderReport {
    return this.report;
  }

  async structure(model: ModelRef): Promise<ModelStructure> {
    return (await this.record(model.id)).structure;
  }

  async logits(model: ModelRef, images: Tensor): Promise<Tensor> {
    return this.local.logits(await this.registered(model, images), images);
  }

  async features(model: ModelRef, images: Tensor, cut?: FeatureCut): Promise<Tensor> {
    const rec = await this.record(model.id);
    return this.local.features(await this.registered(model, images), images, cutTensor(rec.structure, cut, model.id));
  }

  async inputGradient(model: ModelRef, images: Tensor, labels: Int32Array, options: InputGradientOptions): Promise<InputGradientResult> {
    return this.local.inputGradient(await this.registered(model, images), images, labels, options);
  }

  async parameterGradients(model: ModelRef, images: Tensor, labels: Int32Array, options: ParameterGradientOptions): Promise<{ readonly loss: number; readonly gradients: readonly NamedTensor[] }> {
    return this.local.parameterGradients(await this.registered(model, images), images, labels, options);
  }

  async lastLayerGradients(model: ModelRef, images: Tensor, labels: Int32Array): Promise<LastLayerGradients> {
    return this.local.lastLayerGradients(await this.registered(model, images), images, labels);
  }

  async evaluate(model: ModelRef, batch: ImageBatch, options: EvaluateOptions = {}): Promise<Evaluation> {
    return this.local.evaluate(await this.registered(model, batch.images), batch, options);
  }

  async fineTune(request: FineTuneRequest, options: FineTuneOptions = {}): Promise<FineTuneResult> {
    const { trainedModel, ...result } = await this.service.fineTune(request, options);
    if (!options.keepModel || !trainedModel) return result;
    const from = await this.record(request.model.id);
    const id = `${FINETUNED}${randomUUID()}`;
    const structure = modelStructure(trainedModel, { featureTensor: from.structure.featureTensor, blocks: from.structure.blocks });
    this.local.register(id, { model: trainedModel, featureTensor: structure.featureTensor, blocks: structure.blocks, ownSessions: true });
    const shape = trainedModel.graph.inputs[0]?.shape?.slice(1);
    this.tuned.set(id, { model: trainedModel, structure, ...(shape && shape.every((d) => typeof d === 'number') ? { imageShape: shape } : {}) });
    return { ...result, model: { id } };
  }

  /** Compatible requests fine-tuned as one group (stacked final layers at depth 0); results in request order. */
  async fineTuneGroup(requests: readonly FineTuneRequest[], options: FineTuneGroupOptions = {}): Promise<FineTuneResult[]> {
    return (await this.service.fineTuneGroup(requests, options)).map(({ trainedModel: _, ...r }) => r);
  }

  /**
   * A copy of the model with its top layers re-drawn (see randomizeParameters), held as
   * `randomized:<uuid>` until released. A source's copy keeps the source's preprocessing (it
   * takes any image shape the source takes); its sessions are its own, released with it.
   */
  async randomized(model: ModelRef, options: RandomizeOptions): Promise<ModelRef> {
    if (!Number.isInteger(options.seed)) throw new RangeError(`engine: randomized seed must be an integer, got ${options.seed}`);
    const from = await this.record(model.id);
    const { model: copy } = randomizeParameters(from.model, options.depth, options.seed, { blocks: from.structure.blocks, featureTensor: from.structure.featureTensor });
    const id = `${RANDOMIZED}${randomUUID()}`;
    // Its own checksum: fine-tuning a copy must not read the source's cached prefix features.
    const rec: ModelRecord = { ...from, model: copy, ...(from.source ? { source: { ...from.source, id, checksum: id } } : {}) };
    if (!rec.source) this.local.register(id, { model: copy, featureTensor: rec.structure.featureTensor, blocks: rec.structure.blocks, ownSessions: true });
    this.tuned.set(id, rec);
    return { id };
  }

  /** Forgets a fine-tuned or randomized model and releases its sessions (a source model id is left as it is). */
  release(model: ModelRef): Promise<void> {
    if (this.tuned.delete(model.id)) {
      for (const key of this.local.ids()) if (key === model.id || key.startsWith(`${model.id}@`)) this.local.unregister(key);
      this.service.forget(model.id);
    }
    return Promise.resolve();
  }

  /** Releases every fine-tuned model and every session this engine created. */
  async close(): Promise<void> {
    for (const id of this.tuned.keys()) this.local.unregister(id);
    this.tuned.clear();
    for (const id of this.local.ids()) this.local.unregister(id);
    this.sources.clear();
    await this.sessions.clear();
  }

  private known(): string[] {
    return [...this.resolved, ...this.tuned.keys()];
  }

  /** The model's record: a fine-tuned model held here, or a source resolved (once) by the models option. */
  private record(id: string): Promise<ModelRecord> {
    const t = this.tuned.get(id);
    if (t) return Promise.resolve(t);
    if (id.startsWith(FINETUNED) || id.startsWith(RANDOMIZED)) return Promise.reject(new UnknownEngineModelError(id, this.known(), `not a ${id.startsWith(FINETUNED) ? 'fine-tuned' : 'randomized'} model held by this engine, or released`));
    let p = this.sources.get(id);
    if (!p) {
      p = this.resolve(id);
      this.sources.set(id, p);
      // A failed resolution is not kept: the next call asks again.
      p.catch(() => {
        if (this.sources.get(id) === p) this.sources.delete(id);
      });
    }
    return p;
  }

  private async resolve(id: string): Promise<ModelRecord> {
    let source: SourceModel;
    try {
      source = await this.options.models(id);
    } catch (e) {
      throw new UnknownEngineModelError(id, this.known(), (e as Error).message);
    }
    const bytes = await source.bytes();
    const model = this.options.validation === false ? decodeModel(bytes) : validateModel(bytes, this.options.validation);
    const structure = modelStructure(model, source);
    this.resolved.add(id);
    return { model, structure, source };
  }

  /** The LocalEngine model serving this model for images of this shape, registered on first use. */
  private async registered(ref: ModelRef, images: Tensor): Promise<ModelRef> {
    const rec = await this.record(ref.id);
    const [c, h, w] = imageShapeOf(images);
    if (!rec.source) {
      if (rec.imageShape && rec.imageShape.join() !== [c, h, w].join()) {
        throw new Error(`engine: fine-tuned model '${ref.id}' takes images [${rec.imageShape.join(', ')}], got [${c}, ${h}, ${w}]`);
      }
      return { id: ref.id };
    }
    const key = `${ref.id}@${c}x${h}x${w}`;
    if (!this.local.has(key)) {
      // A randomized copy's sessions are its own (released with it), not the shared cache's.
      this.local.register(key, { model: rec.model, featureTensor: rec.structure.featureTensor, blocks: rec.structure.blocks, preprocess: { spec: rec.source.input, image: [c, h, w] }, ...(ref.id.startsWith(RANDOMIZED) ? { ownSessions: true } : {}) });
    }
    return { id: key };
  }

  /** What the FineTuneService needs of a model: a source with its preprocessing facts, or a fine-tuned model as it is. */
  private async fineTuneEntry(id: string): Promise<FineTuneModelEntry> {
    const rec = await this.record(id);
    const base = { model: rec.model, blocks: rec.structure.blocks, featureTensor: rec.structure.featureTensor };
    return rec.source ? { ...base, checksum: rec.source.checksum, input: rec.source.input } : { ...base, checksum: id };
  }
}

/** The engine facade: see EngineFacade. Throws ProviderUnavailableError when the configured provider cannot be used. */
export function createEngine(options: EngineOptions): EngineFacade {
  return new EngineFacade(options);
}
