import { datasetKey } from '@transferlab/sdk';
import { createTestContext, syntheticDataset } from '@transferlab/sdk/testing';
import { describe, expect, it } from 'vitest';
import { saliencyDetails } from './details';
import { MAX_SALIENCY_INDICES, saliencyParams, saliencyTrial } from './params';
import { runSaliency } from './run-saliency';
import { checkSaliencyParams, expandSaliency } from './saliency';

/** The first issue's path and message when params are refused; undefined when they parse. */
function refusal(raw: Record<string, unknown>): { path: string; message: string } | undefined {
  const r = saliencyParams.safeParse(raw);
  if (r.success) return undefined;
  const issue = r.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}

describe('saliency on explicit test indices (a per-example request)', () => {
  it('refuses more than the maximum, and negative or fractional indices, naming the field', () => {
    const base = { sources: ['a'] };
    expect(
      refusal({ ...base, indices: Array.from({ length: MAX_SALIENCY_INDICES + 1 }, (_, i) => i) })?.path,
    ).toBe('indices');
    expect(refusal({ ...base, indices: [3, -1] })?.path).toBe('indices.1');
    expect(refusal({ ...base, indices: [0.5] })?.path).toBe('indices.0');
    expect(refusal({ ...base, indices: Array.from({ length: MAX_SALIENCY_INDICES }, (_, i) => i) })).toBe(
      undefined,
    );
  });

  it('expands to trials over those images (each once), with maps for at most all of them; without indices the config has none', () => {
    const [t] = expandSaliency(saliencyParams.parse({ sources: ['a'], indices: [7, 2, 7], maps: 48 }));
    expect(t!.config).toMatchObject({ indices: [7, 2], images: 2, maps: 2 });
    // Left out or empty (a form's blank list field): the stratified subset, the config as before.
    for (const raw of [{ sources: ['a'] }, { sources: ['a'], indices: [] }]) {
      const [plain] = expandSaliency(saliencyParams.parse(raw));
      expect(plain!.config).not.toHaveProperty('indices');
      expect(plain!.config).toMatchObject({ images: 100, maps: 48 });
    }
  });

  it("flags an index past a dataset's test split, naming the index and the dataset", () => {
    const p = saliencyParams.parse({ sources: ['a'], datasets: ['small'], indices: [1, 8, 20] });
    const facts = new Map([
      [datasetKey({ name: 'small' }), { classes: 2, sizes: { train: 16, test: 8 } } as never],
    ]);
    expect(checkSaliencyParams(p, facts)).toEqual([
      { path: ['indices', 1], message: "indices.1 = 8 is past the 8 test images of 'small' (datasets.0)" },
      { path: ['indices', 2], message: "indices.2 = 20 is past the 8 test images of 'small' (datasets.0)" },
    ]);
  });

  it('maps exactly the given images, outside any stratified subset too, with a heat map for each', async () => {
    const ctx = createTestContext({ datasets: { wide: syntheticDataset({ train: 16, test: 40 }) } });
    const p = saliencyParams.parse({
      sources: ['linear'],
      datasets: ['wide'],
      indices: [37, 5],
      methods: ['gradient'],
    });
    const d = saliencyDetails(
      (await runSaliency(saliencyTrial.parse(expandSaliency(p)[0]!.config), ctx)).details,
    )!;
    expect(d.indices).toEqual([37, 5]);
    expect(d.labels).toEqual([1, 1]);
    expect(d.maps.gradient).toHaveLength(2);
    expect(d.maps.gradient!.every((png) => png.length > 0)).toBe(true);
    // A trial whose index is past the split (a dataset that shrank) fails naming it.
    const past = saliencyTrial.parse({ ...expandSaliency(p)[0]!.config, indices: [40] });
    await expect(runSaliency(past, ctx)).rejects.toThrow(
      "indices holds 40, past the 40 test images of 'synthetic'",
    );
  });
});
