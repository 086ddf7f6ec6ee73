import { column, defineTable, z, type ModelFacts, type ResultRow } from '@transferlab/sdk';
import { byText, epsLabel, groupBy, shareInterval } from '../../shared';
import type { SeedShare } from '../../stats';
import { storedTrials } from './stored-trials';
import { byDepth, transferredTrials, worstCaseShare, type TransferredTrial } from './transferred-trials';

const share = { format: 'share' } as const;

/**
 * The source's own robust accuracy per (source, norm, eps): per seed the worst case over the
 * run's attacks on the run's dataset, with the dataset's name.
 */
function ownRobustness(rows: readonly ResultRow[]) {
  const own = new Map<string, { dataset: string; seeds: SeedShare[] }>();
  for (const list of groupBy(storedTrials(rows), (t) => [t.source, t.norm, t.dataset]).values()) {
    const first = list[0]!;
    const grid = [...new Set(list.flatMap((t) => [...t.outcomes.keys()]))];
    for (const eps of grid) {
      const seeds = [...groupBy(list, (t) => [t.seed]).values()].flatMap((trials) => {
        const s = worstCaseShare(trials, eps);
        return s ? [s] : [];
      });
      // One dataset per run: the first one found stands for the source.
      const key = JSON.stringify([first.source, first.norm, eps]);
      if (!own.has(key)) own.set(key, { dataset: first.dataset, seeds });
    }
  }
  return own;
}

/** Sources in the order of their training: natural first, then by norm and eps, then by name. */
function byTraining(models: ReadonlyMap<string, ModelFacts>) {
  const rank = (s: string) => {
    const t = models.get(s)?.training;
    return [t?.kind === 'natural' ? 0 : t ? 1 : 2, t?.norm ?? '', t?.eps ?? 0] as const;
  };
  return (a: string, b: string): number => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || byText(x[1], y[1]) || x[2] - y[2] || byText(a, b);
  };
}

/** One row per (target, norm, eps, depth, n, source) of the transferred trials. */
function rowsOf(
  trials: readonly TransferredTrial[],
  rows: readonly ResultRow[],
  models: ReadonlyMap<string, ModelFacts>,
) {
  const own = ownRobustness(rows);
  const sourceOrder = byTraining(models);
  const out = [...groupBy(trials, (t) => [t.target, t.norm, t.depth, t.n, t.source]).values()].flatMap(
    (list) => {
      const t0 = list[0]!;
      const facts = models.get(t0.source);
      const seeds = [...groupBy(list, (t) => [t.seed]).values()];
      const grid = [...new Set(list.flatMap((t) => [...t.outcomes.keys()]))].sort((a, b) => a - b);
      const flags = [...new Set(list.flatMap((t) => t.flags.map((f) => f.name)))].sort(byText);
      return grid.map((eps) => {
        const mine = own.get(JSON.stringify([t0.source, t0.norm, eps]));
        return {
          target: t0.target,
          norm: t0.norm,
          eps,
          epsLabel: epsLabel(t0.norm, eps),
          depth: t0.depth,
          n: t0.n,
          source: t0.source,
          training: facts?.training.kind ?? 'unknown',
          trainingNorm: facts?.training.norm ?? null,
          trainingEps: facts?.training.eps ?? null,
          clean: shareInterval(seeds.map((s) => ({ share: s[0]!.clean, n: s[0]!.images }))),
          robust: shareInterval(seeds.flatMap((s) => worstCaseShare(s, eps) ?? [])),
          sourceDataset: mine?.dataset ?? null,
          sourceRobust: mine ? shareInterval(mine.seeds) : null,
          attacks: [...new Set(list.map((t) => t.attack))].sort(byText).join(', '),
          flags: flags.length > 0 ? flags.join(', ') : null,
        };
      });
    },
  );
  return out.sort(
    (a, b) =>
      byText(a.target, b.target) ||
      byText(a.norm, b.norm) ||
      a.eps - b.eps ||
      byDepth(a.depth, b.depth) ||
      a.n - b.n ||
      sourceOrder(a.source, b.source),
  );
}

/** Robust accuracy of the sources fine-tuned to each target, beside the sources' own. */
export const transferTable = defineTable({
  description:
    "Per target, norm, eps, depth, n and source: the fine-tuned model's clean and robust accuracy on the target's test subset (per example the worst case over the run's attacks), means over seeds with 95% intervals over images and seeds; beside them the source's training (from its model record) and the source's own robust accuracy at the same norm and eps on the run's dataset, when the run measured it.",
  row: z.object({
    target: column.dimension(z.string(), { label: 'Target' }),
    norm: column.dimension(z.string(), { label: 'Norm' }),
    eps: column.dimension(z.number(), { label: 'ε', description: 'budget in [0,1] pixel units' }),
    epsLabel: column.text({ label: 'Budget', description: 'ε as written: 8/255 for Linf steps of 1/255' }),
    depth: column.dimension(z.string(), {
      label: 'Depth',
      description: "blocks fine-tuned: 0 = the new final layer only; 'all' = every layer",
    }),
    n: column.dimension(z.number(), {
      label: 'n',
      format: 'count',
      description: 'training images of the target',
    }),
    source: column.model({ label: 'Source' }),
    training: column.dimension(z.string(), {
      label: 'Training',
      description: 'natural or adversarial, from the model record (unknown: no record)',
    }),
    trainingNorm: column.dimension(z.string().nullable(), { label: 'Trained norm' }),
    trainingEps: column.dimension(z.number().nullable(), { label: 'Trained ε' }),
    clean: column.interval({
      ...share,
      label: 'Clean after transfer',
      description: "the fine-tuned model's accuracy on the unattacked target subset",
    }),
    robust: column.interval({
      ...share,
      label: 'Robust after transfer',
      description: 'per example the worst case over every attack of the run: robust only if none fooled it',
    }),
    sourceDataset: column.text({
      label: 'Source measured on',
      description:
        "the dataset of the source's own robust accuracy; null when the run has none at this norm and eps",
    }),
    sourceRobust: column.interval({
      ...share,
      label: 'Source robust',
      description: "the source's own robust accuracy at this norm and eps (before transfer, on its dataset)",
    }),
    attacks: column.text({ label: 'Attacks', description: 'the attacks of the run under this norm' }),
    flags: column.text({
      label: 'Failed checks',
      format: 'warning',
      description:
        'failed reliability checks of these transferred models (any seed or attack); null when none',
    }),
  }),
  rows: ({ rows, models }) => rowsOf(transferredTrials(rows), rows, models),
});
