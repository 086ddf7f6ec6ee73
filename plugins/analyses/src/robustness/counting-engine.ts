import type { EngineApi } from '@transferlab/sdk';

/** Image passes an attack used: forwards (logits and gradient calls) and backwards (gradient calls). */
export interface PassCount {
  forward: number;
  backward: number;
}

/**
 * The engine with every call that runs the model counted per image: the analysis measures an
 * attack's cost itself rather than trusting each plugin to report it.
 */
export function countingEngine(engine: EngineApi, count: PassCount): EngineApi {
  const images = (dims: readonly number[]): number => dims[0] ?? 0;
  return {
    providers: () => engine.providers(),
    structure: (model) => engine.structure(model),
    logits: (model, x) => {
      count.forward += images(x.dims);
      return engine.logits(model, x);
    },
    features: (model, x, cut) => {
      count.forward += images(x.dims);
      return engine.features(model, x, cut);
    },
    inputGradient: (model, x, labels, options) => {
      count.forward += images(x.dims);
      count.backward += images(x.dims);
      return engine.inputGradient(model, x, labels, options);
    },
    parameterGradients: (model, x, labels, options) => {
      count.forward += images(x.dims);
      count.backward += images(x.dims);
      return engine.parameterGradients(model, x, labels, options);
    },
    lastLayerGradients: (model, x, labels) => {
      count.forward += images(x.dims);
      count.backward += images(x.dims);
      return engine.lastLayerGradients(model, x, labels);
    },
    evaluate: (model, batch, options) => {
      count.forward += images(batch.images.dims);
      return engine.evaluate(model, batch, options);
    },
  };
}
