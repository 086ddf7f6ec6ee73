import type { ModelObject, RobustAccuracyObject } from './dto/model.object';
import type { ModelEntity } from './model.entity';

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

/** An eps as people write it: `8/255` for a Linf budget on the 1/255 grid, else the number. */
export function epsLabel(norm: string | undefined, eps: number | undefined): string | null {
  if (norm === undefined || eps === undefined) return null;
  const k = eps * 255;
  return norm === 'Linf' && Math.abs(k - Math.round(k)) < 1e-9 ? `${Math.round(k)}/255` : String(Number(eps.toPrecision(6)));
}

/** What the API shows of a model record; manifest figures (zoo) are read from its metrics. */
export function toModelObject(e: ModelEntity): ModelObject {
  const metrics = e.metrics ?? {};
  const t = e.training;
  const figure = (k: string): number | null => metrics[k] ?? null;
  const epochs = figure('epochs');
  return {
    id: e.id,
    name: e.name,
    origin: e.origin,
    plugin: e.origin,
    architecture: e.architecture,
    parameterCount: figure('parameterCount'),
    input: { channels: e.input.channels, height: e.input.height, width: e.input.width, mean: [...e.input.mean], std: [...e.input.std] },
    numClasses: e.numClasses,
    training: {
      kind: t.kind,
      // No source records the attack yet (the zoo's recipes live in tools/zoo, which the server does not load).
      attack: null,
      norm: t.norm ?? null,
      eps: t.eps ?? null,
      epsLabel: epsLabel(t.norm, t.eps),
      recipe: t.recipe ?? null,
      seed: t.seed ?? null,
      epochs,
      dataset: t.dataset ?? null,
      notes: t.notes ?? null,
    },
    trainingDataset: t.dataset ?? null,
    trainSize: figure('trainSize'),
    trainingSeconds: figure('trainingSeconds'),
    cleanAccuracy: figure('cleanAccuracy'),
    robustAccuracy: robustGrid(metrics),
    robustCount: figure('robustCount'),
    metrics: e.metrics,
    checksum: e.checksum,
    sha256: e.checksum,
    size: e.size,
    bytes: e.size,
    featureTensor: e.featureTensor,
    blocks: [...e.blocks],
    forwardOnly: e.gradientProblem !== null,
    gradientProblem: e.gradientProblem,
    createdAt: e.createdAt,
  };
}
