import { thumbnailSrc } from '../catalog/model-rows';
import type { InfluenceExample } from './influence.queries';

/**
 * The dataset plugin whose images a target's indices point into: the target itself, or the
 * plugin a view of the run names. Undefined for a view with params of its own (a class subset,
 * say): the thumbnail route loads a plugin with its default params, whose indices differ.
 */
export function thumbnailDataset(target: string, runParams: unknown): string | undefined {
  const views = (runParams as { views?: Record<string, unknown> } | null | undefined)?.views;
  const spec = views && Object.hasOwn(views, target) ? views[target] : target;
  if (typeof spec === 'string') return spec;
  if (spec && typeof spec === 'object' && 'name' in spec && typeof spec.name === 'string') {
    const params = (spec as { params?: unknown }).params;
    const hasParams = params !== undefined && params !== null && Object.keys(params).length > 0;
    return hasParams ? undefined : spec.name;
  }
  return undefined;
}

/** The dashboard's URL of an image of a dataset split (through the catalog's thumbnail proxy). */
export function imageSrc(dataset: string, index: number, split: 'train' | 'test'): string {
  const path = `/datasets/${encodeURIComponent(dataset)}/thumbnails/${index}.png`;
  return thumbnailSrc(split === 'test' ? `${path}?split=test` : path);
}

/** One example per source, the lowest seed's (the server may answer every seed), sources by name. */
export function examplesBySource(examples: readonly InfluenceExample[]): InfluenceExample[] {
  const bySource = new Map<string, InfluenceExample>();
  for (const e of examples) {
    const kept = bySource.get(e.source);
    if (!kept || e.seed < kept.seed) bySource.set(e.source, e);
  }
  return [...bySource.values()].sort((a, b) => a.source.localeCompare(b.source));
}

/** A class's name when the dataset's classes are known, else its number. */
export const classLabel = (label: number, classes: readonly string[] | undefined): string =>
  classes?.[label] ?? `class ${label}`;

/** An influence score in three significant digits; exponent form outside 0.01..1000 (scores span decades). */
export function formatScore(score: number): string {
  const a = Math.abs(score);
  if (a === 0) return '0';
  const text = a >= 0.01 && a < 1000 ? score.toPrecision(3) : score.toExponential(2);
  return text.replace(/^-/, '−');
}
