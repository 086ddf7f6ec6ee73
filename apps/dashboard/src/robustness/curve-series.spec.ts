import { describe, expect, it } from 'vitest';
import { accuracyVsEps, aucRows, curveAttacks, epsAxis, pickAttack, WORST_CASE } from './curve-series';
import { curve, iv } from './robustness.fixture';

const curves = [
  curve('natural', 'pgd', [
    [0.01, 0.6],
    [0.03, 0.1],
  ]),
  curve(
    'robust',
    'pgd',
    [
      [0.01, 0.85],
      [0.03, 0.7],
    ],
    { clean: iv(0.88), auc: iv(0.8, 0.01) },
  ),
  curve('natural', WORST_CASE, [[0.03, 0.05]]),
  curve('natural', 'apgd-ce', [[0.03, 0.05]]),
  curve('natural', 'pgd', [[0.5, 0.2]], { norm: 'L2' }),
];

describe('curveAttacks / pickAttack', () => {
  it('lists the worst case first, then attacks by name, per dataset and norm', () => {
    expect(curveAttacks(curves, 'fmnist', 'Linf')).toEqual([WORST_CASE, 'apgd-ce', 'pgd']);
    expect(curveAttacks(curves, 'fmnist', 'L2')).toEqual(['pgd']);
    expect(curveAttacks(curves, 'cifar', 'Linf')).toEqual([]);
  });

  it('takes the asked attack when there is a curve of it, else the first', () => {
    expect(pickAttack([WORST_CASE, 'pgd'], 'pgd')).toBe('pgd');
    expect(pickAttack([WORST_CASE, 'pgd'], 'square')).toBe(WORST_CASE);
    expect(pickAttack(['pgd'], null)).toBe('pgd');
    expect(pickAttack([], null)).toBeUndefined();
  });
});

describe('accuracyVsEps', () => {
  it('one series per source, eps 0 at the clean accuracy, bands where there are several seeds', () => {
    const { series, data } = accuracyVsEps(curves, 'fmnist', 'Linf', 'pgd');
    expect(series).toEqual(['natural', 'robust']);
    expect(data.map((d) => d.x)).toEqual([0, 0.01, 0.03]);
    expect(data[0]!.mean).toEqual({ natural: 0.9, robust: 0.88 });
    // natural's clean has an interval, robust's (one seed) has none.
    expect(data[0]!.band.natural).toEqual([0.88, 0.92]);
    expect(data[0]!.band.robust).toBeUndefined();
    expect(data[2]!.mean).toEqual({ natural: 0.1, robust: 0.7 });
    expect(data[2]!.band.robust![0]).toBeCloseTo(0.69);
  });

  it('is empty for an attack without curves', () => {
    expect(accuracyVsEps(curves, 'fmnist', 'Linf', 'square')).toEqual({ series: [], data: [] });
  });
});

describe('aucRows', () => {
  it('ranks the sources by area under the curve', () => {
    const rows = aucRows(curves, 'fmnist', 'Linf', 'pgd');
    expect(rows.map((r) => [r.source, r.auc.mean, r.clean.mean])).toEqual([
      ['robust', 0.8, 0.88],
      ['natural', 0.5, 0.9],
    ]);
  });
});

describe('epsAxis', () => {
  it('runs from 0 to the largest budget, a tick per budget, Linf in pixel steps', () => {
    const axis = epsAxis('Linf', accuracyVsEps(curves, 'fmnist', 'Linf', 'pgd'));
    expect(axis.domain).toEqual([0, 0.03]);
    expect(axis.ticks).toEqual([0, 0.01, 0.03]);
    expect(axis.format(8 / 255)).toBe('8/255');
    expect(axis.label).toBe('Linf ε');
  });

  it('has a unit domain without data', () => {
    expect(epsAxis('L2', { series: [], data: [] }).domain).toEqual([0, 1]);
  });
});
