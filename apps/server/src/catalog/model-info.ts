import { findRecipe, type ManifestEntry } from '@transferlab/plugins-models';
import type { SourceModel } from '@transferlab/sdk';
import type { CatalogModelObject, RobustAccuracyObject } from './dto/catalog-model.object';

const ROBUST_KEY = /^robust:(L2|Linf):(\d+(?:\.\d+)?(?:e-?\d+)?)(?:\/(\d+))?$/;

/** The robust accuracy grid from `robust:<norm>:<eps label>` metrics (the zoo's keys), by norm then eps. */
export function robustGrid(metrics: Readonly<Record<string, number>>): RobustAccuracyObject[] {
  const grid: RobustAccuracyObject[] = [];
  for (const [key, accuracy] of Object.entries(metrics)) {
    const m = ROBUST_KEY.exec(key);
    if (!m) continue;
    const [, norm = '', num = '', den] = m;
    const eps = den === undefined ? Number(num) : Number(num) / Number(den);
    grid.push({ norm, eps, epsLabel: den === undefined ? num : `${num}/${den}`, accuracy });
  }
  return grid.sort((a, b) => a.norm.localeCompare(b.norm) || a.eps - b.eps);
}

/** `PGD-3`, `FGSM-RS`: the training attack of a zoo recipe; null for natural or unknown recipes. */
function recipeAttack(recipe: string | undefined): string | null {
  if (recipe === undefined) return null;
  let adversarial;
  try {
    adversarial = findRecipe(recipe).adversarial;
  } catch {
    return null;
  }
  if (!adversarial) return null;
  return adversarial.attack === 'pgd'
    ? `PGD-${adversarial.steps}`
    : `FGSM${adversarial.randomStart ? '-RS' : ''}`;
}

function label(norm: string | undefined, eps: number | undefined): string | null {
  if (norm === undefined || eps === undefined) return null;
  const k = eps * 255;
  return norm === 'Linf' && Math.abs(k - Math.round(k)) < 1e-9
    ? `${Math.round(k)}/255`
    : String(Number(eps.toPrecision(6)));
}

/**
 * What the catalog shows of a source model: what the plugin's SourceModel says (its metrics
 * carry clean and robust accuracy), completed by the zoo manifest entry when there is one.
 */
export function catalogModel(
  plugin: string,
  m: SourceModel,
  entry: ManifestEntry | undefined,
): CatalogModelObject {
  const metrics = m.metrics ?? {};
  const t = m.training;
  return {
    id: m.id,
    plugin,
    architecture: m.architecture,
    parameterCount: entry?.parameterCount ?? null,
    input: {
      channels: m.input.channels,
      height: m.input.height,
      width: m.input.width,
      mean: [...m.input.mean],
      std: [...m.input.std],
    },
    numClasses: m.numClasses,
    training: {
      kind: t.kind,
      attack: t.kind === 'adversarial' ? recipeAttack(t.recipe ?? entry?.recipe) : null,
      norm: t.norm ?? null,
      eps: t.eps ?? null,
      epsLabel: label(t.norm, t.eps),
      recipe: t.recipe ?? entry?.recipe ?? null,
      seed: t.seed ?? entry?.seed ?? null,
      epochs: entry ? entry.epochs.length : null,
    },
    trainingDataset: entry?.dataset ?? null,
    trainSize: entry?.trainSize ?? null,
    trainingSeconds: metrics.trainingSeconds ?? entry?.trainingSeconds ?? null,
    cleanAccuracy: metrics.cleanAccuracy ?? entry?.cleanAccuracy ?? null,
    robustAccuracy: robustGrid(metrics),
    robustCount: entry?.robustCount ?? null,
    sha256: m.checksum,
    bytes: entry?.bytes ?? null,
    featureTensor: m.featureTensor,
    blocks: [...m.blocks],
  };
}
