import type { CatalogModel } from './catalog.queries';

/** A fraction in [0,1] as a percentage with one decimal; a dash when unknown. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : `${(value * 100).toFixed(1)}%`;
}

/** How a model was trained, in the words the study uses: `natural`, `adversarial L2 ε=0.5 (PGD-3)`. */
export function trainingLabel(training: CatalogModel['training']): string {
  if (training.kind !== 'adversarial') return training.kind;
  const budget = training.norm
    ? ` ${training.norm}${training.epsLabel ? ` ε=${training.epsLabel}` : ''}`
    : '';
  return `adversarial${budget}${training.attack ? ` (${training.attack})` : ''}`;
}

/** The catalog's note on a model gradients cannot flow through (its import probe's reason), or null. */
export function forwardOnlyNote(m: Pick<CatalogModel, 'forwardOnly' | 'gradientProblem'>): string | null {
  if (!m.forwardOnly) return null;
  return `Forward only: no attacks or saliency maps${m.gradientProblem ? ` (${m.gradientProblem})` : ''}`;
}

/**
 * Natural models first, then adversarial ones by norm and growing eps, then by id: the order
 * in which the study's tables read.
 */
export function sortModels(models: readonly CatalogModel[]): CatalogModel[] {
  const rank = (m: CatalogModel): number => (m.training.kind === 'natural' ? 0 : 1);
  return [...models].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.training.norm ?? '').localeCompare(b.training.norm ?? '') ||
      (a.training.eps ?? 0) - (b.training.eps ?? 0) ||
      a.id.localeCompare(b.id),
  );
}

/** The dashboard's own URL of a thumbnail the server serves (proxied under /catalog). */
export function thumbnailSrc(serverPath: string): string {
  return `/catalog${serverPath.startsWith('/') ? serverPath : `/${serverPath}`}`;
}
