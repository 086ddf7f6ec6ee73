import type { ModelDef, TensorData } from '../onnx/ir';

/**
 * The model with the named initializers turned into graph inputs (after the existing
 * inputs, so the image input stays first), and their current values.
 */
export function withMutableParameters(model: ModelDef, names: readonly string[]): { model: ModelDef; values: TensorData[] } {
  if (names.length === 0) return { model, values: [] };
  const wanted = new Set(names);
  const g = model.graph;
  const values = g.initializers.filter((t) => wanted.has(t.name));
  const missing = names.filter((n) => !values.some((t) => t.name === n));
  if (missing.length > 0) throw new Error(`engine: no initializers named ${missing.join(', ')}`);
  const bad = values.find((t) => t.dataType !== 'float32');
  if (bad) throw new Error(`engine: mutable parameter '${bad.name}' is ${bad.dataType}; only float32 parameters can change`);
  return {
    model: {
      ...model,
      graph: {
        ...g,
        initializers: g.initializers.filter((t) => !wanted.has(t.name)),
        inputs: [...g.inputs, ...values.map((t) => ({ name: t.name, dataType: t.dataType, shape: [...t.dims] }))],
      },
    },
    values,
  };
}
