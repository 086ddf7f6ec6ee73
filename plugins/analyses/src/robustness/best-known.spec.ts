import { computeTable, type IntervalValue, type ModelFacts, type ResultRow } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { shareInterval } from '../shared';
import { robustnessOutputs } from './outputs';

const EPS = 0.5;
const models = new Map<string, ModelFacts>([
  ['m', { id: 'm', training: { kind: 'adversarial', norm: 'L2', eps: 0.5 }, metrics: {} }],
]);

/** A stored robustness trial of source m at one eps; `fooled` maps dataset index -> what fooled it. */
function trial(
  run: { id: string; createdAt: string } | undefined,
  attack: string,
  indices: readonly number[] | undefined,
  fooled: Readonly<Record<number, string>>,
  length = indices?.length ?? 0,
): ResultRow {
  const by = Array.from({ length }, (_, i) => fooled[indices ? indices[i]! : i] ?? null);
  return {
    config: { source: 'm', datasetName: 'd', norm: 'L2', attack, seed: 0 },
    metrics: { cleanAccuracy: by.filter((v) => v !== 'clean').length / by.length },
    series: null,
    details: { outcomes: [{ eps: EPS, by }], flags: [], ...(indices ? { indices } : {}) },
    provider: 'cpu',
    ...(run ? { run } : {}),
  };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
const A = { id: 'run-a', createdAt: '2026-12-01T10:00:00.000Z' };
const B = { id: 'run-b', createdAt: '2026-12-02T10:00:00.000Z' };

const table = (rows: readonly ResultRow[]) =>
  computeTable('best-known', robustnessOutputs.tables['best-known']!, { rows, options: {}, models });

describe('best-known robust accuracy over runs', () => {
  // Run A: AutoAttack-standard on images 0-9 (0 misclassified unattacked, 1-3 fooled).
  // Run B, later: Square on images 5-14, fooling 5, 6, 7 (which A did not) and 12 (outside A's images).
  const a = trial(A, 'autoattack-standard', range(0, 10), {
    0: 'clean',
    1: 'apgd-ce',
    2: 'apgd-ce',
    3: 'apgd-t',
  });
  const b = trial(B, 'square', range(5, 15), { 5: 'square', 6: 'square', 7: 'square', 12: 'square' });

  it('equals the per-example minimum over both runs on the reference images', () => {
    // Independently: per image of A's set, robust only if robust in every trial that holds it.
    const robust = new Map<number, boolean>();
    for (const r of [a, b]) {
      const d = r.details as { indices: number[]; outcomes: { by: (string | null)[] }[] };
      d.indices.forEach((index, i) => {
        if (index < 10) robust.set(index, (robust.get(index) ?? true) && d.outcomes[0]!.by[i] === null);
      });
    }
    const want = [...robust.values()].filter(Boolean).length / 10;
    expect(want).toBe(0.3);
    const [row] = table([a, b]);
    expect((row!.bestKnown as IntervalValue).mean).toBeCloseTo(want, 12);
    expect(row!.bestKnown).toEqual(shareInterval([{ share: want, n: 10 }]));
    expect(row).toMatchObject({
      source: 'm',
      training: 'adversarial',
      images: 10,
      standard: 0.6,
      runs: 2,
      reachedBy: 'autoattack-standard (run run-a) + square (run run-b)',
      attacks: 'autoattack-standard (run run-a), square (run run-b)',
      basis: "AutoAttack-standard's images (run run-a)",
    });
    expect(row!.gap).toBeCloseTo(0.3, 12);
    expect(row!.mark).toBe("square lowered AutoAttack-standard's 60.0% to 30.0%");
  });

  it('is the standard figure, unmarked, when nothing went lower', () => {
    const [row] = table([a]);
    expect(row).toMatchObject({
      standard: 0.6,
      gap: 0,
      mark: null,
      runs: 1,
      reachedBy: 'autoattack-standard (run run-a)',
    });
    expect((row!.bestKnown as IntervalValue).mean).toBeCloseTo(0.6, 12);
    // An attack that fools only what the standard already fooled is not credited.
    const same = trial(B, 'pgd', range(0, 10), { 1: 'pgd', 2: 'pgd' });
    expect(table([a, same])[0]).toMatchObject({
      gap: 0,
      mark: null,
      reachedBy: 'autoattack-standard (run run-a)',
      runs: 2,
    });
  });

  it("marks a figure no AutoAttack-standard evaluation covers, over the largest evaluation's images", () => {
    const small = trial(A, 'pgd', range(0, 4), { 1: 'pgd' });
    const large = trial(B, 'pgd', range(0, 8), { 2: 'pgd' });
    const [row] = table([small, large]);
    expect(row).toMatchObject({
      images: 8,
      standard: null,
      gap: null,
      mark: 'no AutoAttack-standard evaluation of these images',
      basis: 'the images of run run-b',
    });
    expect((row!.bestKnown as IntervalValue).mean).toBeCloseTo(6 / 8, 12);
  });

  it("keys a run's images by position when it stored no indices, and skips transferred trials", () => {
    const plain = [
      trial(undefined, 'pgd', undefined, { 0: 'pgd' }, 4),
      trial(undefined, 'fgsm', undefined, { 3: 'fgsm' }, 4),
    ];
    const transferred = { ...plain[0]!, config: { ...plain[0]!.config, transfer: { target: 't' } } };
    const [row] = table([...plain, transferred]);
    expect((row!.bestKnown as IntervalValue).mean).toBeCloseTo(0.5, 12);
    // Equal gains: the first found is credited first.
    expect(row).toMatchObject({
      images: 4,
      runs: 1,
      reachedBy: 'pgd + fgsm',
      basis: 'the images of this run',
    });
  });
});
