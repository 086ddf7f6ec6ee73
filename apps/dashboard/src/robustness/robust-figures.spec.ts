import { describe, expect, it } from 'vitest';
import { figureText, headlineFigure, measuredHref, robustFigures } from './robust-figures';
import type { RobustFigures } from './robustness.queries';

const manifest = (norm: string, eps: number, accuracy: number) => ({ norm, eps, epsLabel: '', accuracy });
const measured = (norm: string, eps: number, accuracy: number, flags: string[] = []) => ({
  runId: 'r1',
  dataset: 'fashion-mnist-a',
  norm,
  eps,
  accuracy,
  clean: 0.9,
  attacks: ['apgd-ce'],
  flags,
});
const model = (
  robustAccuracy: RobustFigures['robustAccuracy'],
  measuredRobustness: RobustFigures['measuredRobustness'],
): RobustFigures => ({ id: 'm', robustAccuracy, measuredRobustness });

describe('robustFigures', () => {
  it('puts the measured figure beside the manifest’s at the same threat model (eps up to float noise)', () => {
    const figures = robustFigures(
      model(
        [manifest('L2', 0.5, 0.82), manifest('Linf', 8 / 255, 0.825), manifest('Linf', 2 / 255, 0.88)],
        [measured('Linf', 0.0313725, 0.801, ['zero-gradients'])],
      ),
    );
    expect(figures.map((f) => [f.label, f.manifest, f.measured?.accuracy ?? null])).toEqual([
      ['Linf ε=2/255', 0.88, null],
      ['Linf ε=8/255', 0.825, 0.801],
      ['L2 ε=0.5', 0.82, null],
    ]);
    expect(figures[1]!.measured!.flags).toEqual(['zero-gradients']);
  });

  it('keeps a measured budget the manifest lacks as its own entry', () => {
    const figures = robustFigures(model([manifest('Linf', 8 / 255, 0.8)], [measured('Linf', 0.03, 0.7)]));
    expect(figures.map((f) => [f.label, f.manifest, f.measured?.accuracy ?? null])).toEqual([
      ['Linf ε=0.03', null, 0.7],
      ['Linf ε=8/255', 0.8, null],
    ]);
    expect(robustFigures(model([], []))).toEqual([]);
  });
});

describe('headlineFigure', () => {
  it('shows the largest measured budget of the first measured norm', () => {
    const figures = robustFigures(
      model(
        [manifest('Linf', 8 / 255, 0.8)],
        [measured('L2', 0.5, 0.6), measured('L2', 0.25, 0.7), measured('Linf', 2 / 255, 0.85)],
      ),
    );
    expect(headlineFigure(figures)?.label).toBe('Linf ε=2/255');
  });

  it('falls back to the manifest’s largest budget, and to nothing', () => {
    const figures = robustFigures(model([manifest('L2', 1, 0.5), manifest('L2', 0.5, 0.7)], []));
    expect(headlineFigure(figures)?.label).toBe('L2 ε=1');
    expect(headlineFigure([])).toBeUndefined();
  });
});

describe('measuredHref', () => {
  it('links to the robustness page at the run and threat model measured', () => {
    const [f] = robustFigures(model([], [measured('Linf', 0.03, 0.7)]));
    expect(measuredHref(f!)).toBe('/robustness?run=r1&dataset=fashion-mnist-a&norm=Linf&eps=0.03');
    expect(measuredHref(robustFigures(model([manifest('L2', 1, 0.5)], []))[0]!)).toBeUndefined();
  });
});

describe('figureText', () => {
  it('reads the manifest and measured figures of a threat model in one line', () => {
    const [both, manifestOnly] = robustFigures(
      model([manifest('Linf', 8 / 255, 0.825), manifest('L2', 0.5, 0.8)], [measured('Linf', 8 / 255, 0.801)]),
    );
    expect(figureText(both!)).toBe('Linf ε=8/255: 82.5% manifest · 80.1% measured');
    expect(figureText(manifestOnly!)).toBe('L2 ε=0.5: 80.0% manifest');
  });
});
