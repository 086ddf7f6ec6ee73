import type { AttackInput, AttackResult, PluginContext } from '@transferlab/sdk';
import { checkCancelled, finishRun, startRun, toAttack, type AttackRun } from '../attack-run';
import { seededRandom } from '../random';

export interface EnsembleComponent {
  readonly name: string;
  /** Why the component cannot run on this model (then it is skipped with a warning), if it cannot. */
  readonly unsupported?: (run: AttackRun) => string | undefined;
  readonly attack: (run: AttackRun) => Promise<void>;
}

/**
 * Runs the components in order, each only on the examples still classified correctly (never
 * on clean-misclassified ones), each seeded afresh with the seed as the reference does. The
 * outcome names, per example, the component that fooled it first.
 */
export async function runEnsemble(name: string, input: AttackInput, seed: number, components: readonly EnsembleComponent[], ctx: PluginContext): Promise<AttackResult> {
  const run = await startRun(input, seed, ctx);
  for (const c of components) {
    checkCancelled(ctx);
    const why = c.unsupported?.(run);
    if (why) {
      ctx.log.warn(`${name}: ${c.name} skipped: ${why}`);
      continue;
    }
    await c.attack({ ...run, random: seededRandom(seed) });
    const robust = toAttack(run).length;
    ctx.log.info(`${name}: after ${c.name}, ${robust}/${run.correct.length} examples still classified correctly`);
  }
  return finishRun(run);
}
