import type { OpGradient } from '../rule';

/** dX = dY. */
export const identity: OpGradient = {
  opType: 'Identity',
  vjp: ({ dOutputs }) => [dOutputs[0]],
};
