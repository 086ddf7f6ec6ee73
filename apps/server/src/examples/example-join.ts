import type { ExampleImageObject } from './dto/example-images.object';

/** An image of a dataset split, as an image column's cells hold it. */
export interface ImageRef {
  readonly dataset: string;
  readonly split: string;
  readonly index: number;
}

/** The image reference a row's image cell holds; undefined when it holds none. */
export function imageOf(cell: unknown): ImageRef | undefined {
  if (typeof cell !== 'object' || cell === null) return undefined;
  const { dataset, split, index } = cell as Record<string, unknown>;
  return typeof dataset === 'string' && typeof split === 'string' && typeof index === 'number'
    ? { dataset, split, index }
    : undefined;
}

export const sameImage = (a: ImageRef | undefined, b: ImageRef): boolean =>
  a !== undefined && a.index === b.index && a.split === b.split && a.dataset === b.dataset;

/** How one evidence view's table covers an image: its rows for it, and the images of its dataset and split it holds. */
export interface ViewCoverage {
  /** Rows whose image column is the image. */
  readonly rows: number;
  /** Distinct images of the image's dataset and split with rows (the view's share of the run's subset). */
  readonly images: number;
}

/** The coverage of `image` by rows whose image cell is in `column`. */
export function viewCoverage(
  rows: readonly Record<string, unknown>[],
  column: string,
  image: ImageRef,
): ViewCoverage {
  let hits = 0;
  const seen = new Set<number>();
  for (const r of rows) {
    const ref = imageOf(r[column]);
    if (!ref || ref.dataset !== image.dataset || ref.split !== image.split) continue;
    seen.add(ref.index);
    if (ref.index === image.index) hits++;
  }
  return { rows: hits, images: seen.size };
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Held {
  readonly ref: ImageRef;
  /** Per analysis: the runs with rows for the image, and how many rows. */
  readonly analyses: Map<string, { readonly runs: Set<string>; rows: number }>;
}

/**
 * Which analyses hold evidence for which images, over the runs of the examples index: images
 * with evidence from the most analyses (then from the most runs) come first.
 */
export class ImageTally {
  private readonly images = new Map<string, Held>();

  add(ref: ImageRef, analysis: string, runId: string): void {
    // JSON keeps any character a dataset key may hold apart from the other parts.
    const key = JSON.stringify([ref.dataset, ref.split, ref.index]);
    let held = this.images.get(key);
    if (!held) {
      held = { ref: { dataset: ref.dataset, split: ref.split, index: ref.index }, analyses: new Map() };
      this.images.set(key, held);
    }
    let a = held.analyses.get(analysis);
    if (!a) {
      a = { runs: new Set(), rows: 0 };
      held.analyses.set(analysis, a);
    }
    a.runs.add(runId);
    a.rows++;
  }

  /** Every dataset with evidence, sorted. */
  datasets(): string[] {
    return [...new Set([...this.images.values()].map((h) => h.ref.dataset))].sort(byText);
  }

  /** A page of the images of one dataset and split (either left out: all), best first. */
  page(
    only: { readonly dataset?: string; readonly split?: string },
    take: number,
    skip: number,
  ): { total: number; images: ExampleImageObject[] } {
    const runsOf = (h: Held): number => new Set([...h.analyses.values()].flatMap((a) => [...a.runs])).size;
    const kept = [...this.images.values()]
      .filter(
        (h) =>
          (only.dataset === undefined || h.ref.dataset === only.dataset) &&
          (only.split === undefined || h.ref.split === only.split),
      )
      .map((h) => ({ h, analyses: h.analyses.size, runs: runsOf(h) }))
      .sort(
        (x, y) =>
          y.analyses - x.analyses ||
          y.runs - x.runs ||
          byText(x.h.ref.dataset, y.h.ref.dataset) ||
          byText(x.h.ref.split, y.h.ref.split) ||
          x.h.ref.index - y.h.ref.index,
      );
    return {
      total: kept.length,
      images: kept.slice(skip, skip + take).map(({ h }) => ({
        ...h.ref,
        analyses: [...h.analyses.entries()]
          .sort(([a], [b]) => byText(a, b))
          .map(([analysis, a]) => ({ analysis, runs: a.runs.size, rows: a.rows })),
      })),
    };
  }
}
