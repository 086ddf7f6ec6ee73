import { column, defineTable, z } from '@transferlab/sdk';
import { shareInterval } from '../../shared';
import { robustShare, storedTrials } from './stored-trials';
import { threatGroups } from './threat-groups';

/** AutoAttack's order of its components; others follow in the order first seen. */
const REFERENCE_ORDER = ['apgd-ce', 'apgd-t', 'fab-t', 'square'];

/** An ensemble's components that fooled something, in the order it runs them. */
function componentOrder(vectors: readonly (readonly (string | null)[])[]): string[] {
  const seen = [...new Set(vectors.flat().filter((v): v is string => v !== null && v !== 'clean'))];
  return [
    ...REFERENCE_ORDER.filter((c) => seen.includes(c)),
    ...seen.filter((c) => !REFERENCE_ORDER.includes(c)),
  ];
}

/**
 * Accuracy left after each component, cumulative: the clean-correct share less the share the
 * components so far fooled. A component that fooled nothing under one seed still has its
 * figure there (that of the component before it).
 */
function afterEach(by: readonly (string | null)[], order: readonly string[]): number[] {
  const n = Math.max(1, by.length);
  let left = by.filter((v) => v !== 'clean').length;
  return order.map((c) => {
    left -= by.filter((v) => v === c).length;
    return left / n;
  });
}

/** Each attack's robust accuracy on each leaderboard row, and an ensemble's after each component. */
export const attacksTable = defineTable({
  description:
    "Per dataset, norm, eps, source and attack: robust accuracy under that attack alone (component null) and, for an ensemble, the accuracy left after each of its components, cumulative in the ensemble's order; means over seeds with 95% intervals.",
  row: z.object({
    dataset: column.dimension(z.string(), { label: 'Dataset' }),
    norm: column.dimension(z.string(), { label: 'Norm' }),
    eps: column.dimension(z.number(), { label: 'ε' }),
    source: column.model({ label: 'Source' }),
    attack: column.dimension(z.string(), { label: 'Attack' }),
    component: column.dimension(z.string().nullable(), {
      label: 'After component',
      description: "an ensemble's component the accuracy is taken after (cumulative); null: the whole attack",
      nullLabel: 'whole attack',
    }),
    accuracy: column.interval({ label: 'Robust accuracy', format: 'share' }),
  }),
  rows: ({ rows }) =>
    threatGroups(storedTrials(rows)).flatMap((g) =>
      g.grid.flatMap((eps) =>
        g.sources.flatMap((s) =>
          g.attacks.flatMap((attack) => {
            const vectors = s.trials.flatMap((t) => {
              const by = t.attack === attack ? t.outcomes.get(eps) : undefined;
              return by ? [by] : [];
            });
            if (vectors.length === 0) return [];
            const key = { dataset: g.dataset, norm: g.norm, eps, source: s.source, attack };
            const whole = {
              ...key,
              component: null,
              accuracy: shareInterval(vectors.map((by) => ({ share: robustShare(by), n: by.length }))),
            };
            const order = componentOrder(vectors);
            // A single attack's examples are fooled by the attack itself: no components to show.
            if (order.length === 0 || (order.length === 1 && order[0] === attack)) return [whole];
            const steps = vectors.map((by) => afterEach(by, order));
            return [
              whole,
              ...order.map((component, k) => ({
                ...key,
                component,
                accuracy: shareInterval(steps.map((left, i) => ({ share: left[k]!, n: vectors[i]!.length }))),
              })),
            ];
          }),
        ),
      ),
    ),
});
