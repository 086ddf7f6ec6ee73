import type { DatasetFacts } from '@transferlab/sdk';
import { describe, expect, it } from 'vitest';
import { checkInfluenceParams, expandInfluence } from './influence';
import { influenceParams, influenceTrial } from './params';

const BASE = { sources: ['a', 'b'], targets: ['mnist'], n: [40], seeds: [0, 1] };
const FACTS = new Map<string, DatasetFacts>([
  ['mnist', { checksum: 'c', sizes: { train: 60_000, test: 10_000 }, classes: 10 }],
]);

/** The paths of the issues a parse raises. */
const issues = (extra: Record<string, unknown>): string[] => {
  const r = influenceParams.safeParse({ ...BASE, ...extra });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('influence trust params', () => {
  it.each([
    [{ ldsModels: 1 }, /^ldsModels: ldsModels: one retrained model/],
    [{ ldsModels: 101 }, /^ldsModels: /],
    [{ ldsModels: 2.5 }, /^ldsModels: /],
    [{ ldsModels: -1 }, /^ldsModels: /],
    [{ ldsFraction: 0 }, /^ldsFraction: /],
    [{ ldsFraction: 1 }, /^ldsFraction: /],
    [{ fidelityDamping: 0 }, /^fidelityDamping: /],
    [{ fidelityDamping: 2e6 }, /^fidelityDamping: /],
    [{ fidelity: 'yes' }, /^fidelity: /],
    [{ sameSubset: 1 }, /^sameSubset: /],
  ])('refuses %j naming the field', (extra, want) => {
    const got = issues(extra);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(want);
  });

  it('accepts the bounds and defaults to off', () => {
    expect(
      issues({ ldsModels: 2, ldsFraction: 0.01, fidelity: true, fidelityDamping: 1e-6, sameSubset: true }),
    ).toEqual([]);
    expect(issues({ ldsModels: 100, ldsFraction: 0.99 })).toEqual([]);
    const p = influenceParams.parse(BASE);
    expect([p.ldsModels, p.ldsFraction, p.fidelity, p.fidelityDamping, p.sameSubset]).toEqual([
      0,
      0.5,
      false,
      1,
      false,
    ]);
  });

  it('trials carry only the trust settings asked for (the keys of other trials do not change)', () => {
    const off = expandInfluence(influenceParams.parse(BASE));
    for (const t of off)
      for (const k of ['ldsModels', 'ldsFraction', 'fidelity', 'fidelityDamping', 'sameSubset'])
        expect(t.config).not.toHaveProperty(k);
    const on = expandInfluence(
      influenceParams.parse({ ...BASE, ldsModels: 8, ldsFraction: 0.3, fidelity: true, sameSubset: true }),
    );
    expect(on[0]!.config).toMatchObject({
      ldsModels: 8,
      ldsFraction: 0.3,
      fidelity: true,
      fidelityDamping: 1,
      sameSubset: true,
    });
    for (const t of [...off, ...on]) expect(influenceTrial.parse(t.config)).toEqual(t.config);
  });

  it('refuses fidelity beyond depth 0 and an LDS fraction that keeps none or all of n, naming the field', () => {
    const check = (extra: Record<string, unknown>) =>
      checkInfluenceParams(influenceParams.parse({ ...BASE, ...extra }), FACTS);
    expect(check({ fidelity: true, depths: [0] })).toEqual([]);
    const deep = check({ fidelity: true, depths: [0, 2] });
    expect(deep.map((i) => i.path)).toEqual([['fidelity']]);
    expect(deep[0]!.message).toMatch(/^fidelity: .*depths\.1 is 2/);
    const tiny = check({ ldsModels: 4, ldsFraction: 0.01, n: [40, 400] });
    expect(tiny.map((i) => i.path)).toEqual([['ldsFraction']]);
    expect(tiny[0]!.message).toMatch(/^ldsFraction: 0.01 of n = 40 \(n\.0\) keeps 0 of 40/);
    expect(check({ ldsFraction: 0.01 })).toEqual([]);
  });
});
