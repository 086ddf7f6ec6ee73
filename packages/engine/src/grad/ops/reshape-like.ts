import type { OpGradient, VjpArgs } from '../rule';
import { noGrads } from './more-helpers';

/** Ops that only relabel dimensions (Squeeze, Unsqueeze): dX = dY reshaped to X's shape. */
function reshapeBack(args: VjpArgs): readonly (string | undefined)[] {
  const { node, emit } = args;
  const grads = noGrads(node);
  const dY = args.dOutputs[0];
  if (dY === undefined || !args.needsGrad[0]) return grads;
  grads[0] = emit.op1('Reshape', [dY, emit.op1('Shape', [node.inputs[0] ?? ''])]);
  return grads;
}

export const squeeze: OpGradient = { opType: 'Squeeze', vjp: reshapeBack };
export const unsqueeze: OpGradient = { opType: 'Unsqueeze', vjp: reshapeBack };
