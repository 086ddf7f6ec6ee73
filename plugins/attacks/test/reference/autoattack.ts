import type { AttackInput, AttackResult, PluginContext } from '@transferlab/sdk';
import { components, type Overrides } from '../../src/autoattack/autoattack';
import { runEnsemble } from '../../src/autoattack/ensemble';
import { referenceFabTComponent } from './fab-t';
import { referenceSquareComponent } from './square';

/**
 * autoattack-standard as it was before the forward-only work was cut: the same components with
 * the same settings, FAB-T on the previous projections and Square on the previous query loop.
 */
export function referenceAutoattackStandard(input: AttackInput, p: Overrides & { readonly seed: number }, ctx: PluginContext): Promise<AttackResult> {
  const eps = p.eps;
  const list = components(p, true).map((c) => {
    if (c.name === 'fab-t') return { ...c, attack: (run: Parameters<typeof c.attack>[0]) => referenceFabTComponent(run, { norm: p.norm, eps, steps: p.steps ?? 100, restarts: 1, targetClasses: p.targetClasses ?? 9, alphaMax: 0.1, eta: 1.05, beta: 0.9 }) };
    if (c.name === 'square') return { ...c, attack: (run: Parameters<typeof c.attack>[0]) => referenceSquareComponent(run, { norm: p.norm, eps, queries: p.queries ?? 5000, pInit: 0.8 }) };
    return c;
  });
  return runEnsemble('autoattack-standard', input, p.seed, list, ctx);
}
