/** The parts of a view's coverage the page reads (the server's `coverage` entries). */
export interface CoverageEntry {
  readonly runId: string;
  readonly analysis: string;
  readonly view: string;
  readonly rows: number;
  readonly images: number;
}

/** The parts of a run looked through that the page reads. */
export interface CoverageRun {
  readonly runId: string;
  readonly analysis: string;
  readonly createdAt: string;
  readonly problem: string | null;
}

/**
 * How a run covers the image: every evidence view has rows for it (`full`), some do (`partial`:
 * a view keeps fewer images than the others, such as heat maps of the first images only), none
 * do (`none`), or the run could not be read (`problem`).
 */
export type CoverageState = 'full' | 'partial' | 'none' | 'problem';

export interface RunCoverage {
  readonly run: CoverageRun;
  readonly state: CoverageState;
  /** The views with rows for the image. */
  readonly covered: readonly string[];
  /** One line per view that holds other images but not this one (or the run's problem), saying so. */
  readonly notes: readonly string[];
}

const plural = (n: number, one: string): string => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/**
 * Per run (in the order given: newest first), how it covers the image and, for each view that has
 * no rows for it, how many images that view does hold next to the run's largest view.
 */
export function runCoverage(
  runs: readonly CoverageRun[],
  coverage: readonly CoverageEntry[],
  image: { readonly dataset: string; readonly split: string },
): RunCoverage[] {
  return runs.map((run): RunCoverage => {
    if (run.problem !== null) return { run, state: 'problem', covered: [], notes: [run.problem] };
    const views = coverage.filter((c) => c.runId === run.runId);
    const covered = views.filter((v) => v.rows > 0).map((v) => v.view);
    const most = Math.max(0, ...views.map((v) => v.images));
    if (covered.length === 0) {
      const note =
        most === 0
          ? `holds no ${image.split} images of ${image.dataset}`
          : `holds ${plural(most, `other ${image.split} image`)} of ${image.dataset}, not this one`;
      return { run, state: 'none', covered, notes: [note] };
    }
    // A view without rows for any image here is one this run does not fill (a transfer view of a
    // run without transfer, say): not a gap in its coverage of this image.
    const notes = views
      .filter((v) => v.rows === 0 && v.images > 0)
      .map(
        (v) =>
          `${v.view}: ${v.images.toLocaleString('en-US')} of the run's ${plural(most, 'image')}, not this one`,
      );
    return { run, state: notes.length === 0 ? 'full' : 'partial', covered, notes };
  });
}

/** The analyses with rows for the image, each once, in the runs' order. */
export const coveringAnalyses = (runs: readonly RunCoverage[]): string[] => [
  ...new Set(runs.filter((r) => r.covered.length > 0).map((r) => r.run.analysis)),
];
