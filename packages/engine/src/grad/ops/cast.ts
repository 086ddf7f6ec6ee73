import { int } from '../../onnx/attributes';
import type { DataType } from '../../onnx/ir';
import type { OpGradient, VjpArgs } from '../rule';
import { noGrads } from './more-helpers';

const FLOAT_TYPES: Readonly<Partial<Record<DataType, number>>> = { float32: 1, float64: 11 };

/**
 * Cast between float types passes the gradient (cast back to the input's type); a cast from
 * or to an integer or bool type carries none (masks, indices, shapes).
 */
export const cast: OpGradient = {
  opType: 'Cast',
  vjp: (args: VjpArgs) => {
    const { node, emit } = args;
    const grads = noGrads(node);
    const dY = args.dOutputs[0];
    if (dY === undefined || !args.needsGrad[0]) return grads;
    const from = args.dataTypeOf(node.inputs[0] ?? '');
    const to = args.dataTypeOf(node.outputs[0] ?? '');
    const fromCode = FLOAT_TYPES[from];
    if (fromCode === undefined || FLOAT_TYPES[to] === undefined) return grads;
    grads[0] = from === to ? dY : emit.op1('Cast', [dY], { to: int(fromCode) });
    return grads;
  },
};
