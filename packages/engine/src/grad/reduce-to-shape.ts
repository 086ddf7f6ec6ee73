import type { Dim } from '../onnx/ir';
import type { GradEmitter } from './rule';

/**
 * Sums a gradient of broadcast shape `from` down to an operand's shape `to` (numpy
 * broadcasting in reverse): leading extra axes and axes where `to` has 1 are summed.
 * A symbolic dim against 1 is summed too (harmless when it is 1 at run time).
 */
export function reduceToShape(emit: GradEmitter, grad: string, from: readonly Dim[], to: readonly Dim[]): string {
  const lead = from.length - to.length;
  if (lead < 0) throw new Error(`reduceToShape: gradient rank ${from.length} is below the operand's rank ${to.length}`);
  const axes: number[] = [];
  for (let i = 0; i < from.length; i++) {
    if (i < lead) axes.push(i);
    else if (to[i - lead] === 1 && from[i] !== 1) axes.push(i);
  }
  if (axes.length === 0) return grad;
  const summed = emit.op1('ReduceSum', [grad, emit.int64s(axes)], { keepdims: { type: 'int', value: 1 } });
  if (lead === 0) return summed;
  return emit.op1('Squeeze', [summed, emit.int64s(axes.slice(0, lead))]);
}
