import type { GraphBuilder } from '../onnx/builder';

/** Optimisers with PyTorch's semantics (torch.optim.SGD, Adam, AdamW). */
export type OptimizerConfig =
  | { readonly kind: 'sgd'; readonly momentum?: number; readonly dampening?: number; readonly weightDecay?: number; readonly nesterov?: boolean }
  | { readonly kind: 'adam'; readonly beta1?: number; readonly beta2?: number; readonly eps?: number; readonly weightDecay?: number; readonly decoupled?: boolean };

export type StateKind = 'momentum' | 'adam-m' | 'adam-v';

export interface OptimizerState {
  readonly kind: StateKind;
  /** Graph input carrying the state in, and the output carrying its new value. */
  readonly input: string;
  readonly output: string;
}

export interface UpdateTensors {
  readonly parameter: string;
  readonly state: readonly OptimizerState[];
}

export interface OptimizerInputs {
  /** Learning rate, float32 scalar. */
  readonly lr: string;
  /** Adam's 1-based step count t, float32 scalar. */
  readonly step?: string;
}

export function optimizerStateKinds(config: OptimizerConfig): StateKind[] {
  if (config.kind === 'adam') return ['adam-m', 'adam-v'];
  return (config.momentum ?? 0) !== 0 ? ['momentum'] : [];
}

/**
 * Emits one parameter's update. `stateInput(kind)` declares the graph input for a state
 * tensor (same shape as the parameter) and returns its name.
 */
export function emitUpdate(b: GraphBuilder, config: OptimizerConfig, p: string, grad: string, io: OptimizerInputs,
  stateInput: (kind: StateKind) => string): UpdateTensors {
  const wd = config.weightDecay ?? 0;
  const mul = (x: string, k: number) => (k === 1 ? x : b.op1('Mul', [x, b.scalar(k)]));
  const add = (x: string, y: string) => b.op1('Add', [x, y]);
  const state: OptimizerState[] = [];
  if (config.kind === 'sgd') {
    const momentum = config.momentum ?? 0;
    const damp = 1 - (config.dampening ?? 0);
    if (momentum !== 0 && !config.nesterov) {
      // buf' = momentum buf + (1 - dampening) (grad + wd p): one Sum of the three terms, so
      // the decayed gradient is never written out as a tensor of its own.
      const buf = stateInput('momentum');
      const terms = [mul(buf, momentum), mul(grad, damp), ...(wd !== 0 ? [mul(p, wd * damp)] : [])];
      const next = terms.length === 2 ? add(terms[0]!, terms[1]!) : b.op1('Sum', terms);
      state.push({ kind: 'momentum', input: buf, output: next });
      return { parameter: b.op1('Sub', [p, b.op1('Mul', [next, io.lr])]), state };
    }
    const g = wd !== 0 ? add(grad, mul(p, wd)) : grad;
    let d = g;
    if (momentum !== 0) {
      const buf = stateInput('momentum');
      const next = add(mul(buf, momentum), mul(g, damp));
      state.push({ kind: 'momentum', input: buf, output: next });
      d = add(g, mul(next, momentum));
    }
    return { parameter: b.op1('Sub', [p, b.op1('Mul', [d, io.lr])]), state };
  }
  if (!io.step) throw new Error('Adam needs the step-count input');
  const beta1 = config.beta1 ?? 0.9;
  const beta2 = config.beta2 ?? 0.999;
  const eps = config.eps ?? 1e-8;
  const decoupled = config.decoupled ?? false;
  const g = wd !== 0 && !decoupled ? add(grad, mul(p, wd)) : grad;
  const m = stateInput('adam-m');
  const v = stateInput('adam-v');
  const m2 = add(mul(m, beta1), mul(g, 1 - beta1));
  const v2 = add(mul(v, beta2), mul(b.op1('Mul', [g, g]), 1 - beta2));
  state.push({ kind: 'adam-m', input: m, output: m2 }, { kind: 'adam-v', input: v, output: v2 });
  // Bias corrections 1 - beta^t, computed in the graph from the step input.
  const corr = (beta: number) => b.op1('Sub', [b.scalar(1), b.op1('Pow', [b.scalar(beta), io.step!])]);
  const mhat = b.op1('Div', [m2, corr(beta1)]);
  const denom = add(b.op1('Sqrt', [b.op1('Div', [v2, corr(beta2)])]), b.scalar(eps));
  const stepped = b.op1('Mul', [b.op1('Div', [mhat, denom]), io.lr]);
  const base = wd !== 0 && decoupled ? b.op1('Sub', [p, b.op1('Mul', [mul(p, wd), io.lr])]) : p;
  return { parameter: b.op1('Sub', [base, stepped]), state };
}
