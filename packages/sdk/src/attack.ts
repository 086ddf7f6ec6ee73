import type { z } from 'zod';
import type { PluginContext } from './context';
import type { ModelRef } from './engine-api';
import type { ParamsSchema, PluginBase } from './plugin';
import type { ImageBatch, Tensor } from './tensor';

export interface AttackInput {
  readonly model: ModelRef;
  readonly batch: ImageBatch;
  /** For targeted attacks: the class to reach, per example. */
  readonly targets?: Int32Array;
}

export interface AttackResult {
  /** Adversarial images, same dims as the input, in [0,1]. */
  readonly images: Tensor;
  /** Loss per example at the returned images. */
  readonly loss: Float32Array;
  /**
   * Per example, the name of the (component) attack that first fooled it, null where none
   * did. Attacks that stop at the first adversarial point set it; ensembles name the component.
   */
  readonly fooledBy?: readonly (string | null)[];
}

export interface AttackPlugin<P extends ParamsSchema = ParamsSchema> extends PluginBase<'attack', P> {
  perturb(input: AttackInput, params: z.output<P>, ctx: PluginContext): Promise<AttackResult>;
}
