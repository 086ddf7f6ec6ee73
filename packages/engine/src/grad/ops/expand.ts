import type { OpGradient } from '../rule';
import { unary } from './more-helpers';

/** Expand: broadcasting in reverse, dX = dY summed down to X's shape. */
export const expand: OpGradient = {
  opType: 'Expand',
  vjp: unary((args, dY) => args.reduceToShape(dY, args.shapeOf(args.node.outputs[0] ?? ''), args.shapeOf(args.node.inputs[0] ?? ''))),
};
