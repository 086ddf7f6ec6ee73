import { describe, expect, it } from 'vitest';
import { boardRows, componentColumns } from './board-rows';
import { board, flag, iv, row } from './robustness.fixture';

describe('boardRows', () => {
  it('ranks by worst-case accuracy, ties sharing a rank and ordered by name', () => {
    const rows = boardRows(
      board('fmnist', 'Linf', 0.03, [row('b', 0.5), row('natural', 0.1), row('a', 0.5), row('robust', 0.7)]),
      [],
    );
    expect(rows.map((r) => [r.source, r.rank])).toEqual([
      ['robust', 1],
      ['a', 2],
      ['b', 2],
      ['natural', 4],
    ]);
  });

  it('keys attacks and components, and keeps the manifest figure and passes', () => {
    const [r] = boardRows(
      board(
        'fmnist',
        'Linf',
        0.03,
        [
          row('m', 0.4, {
            attacks: [
              { attack: 'pgd', accuracy: iv(0.5, 0.25) },
              { attack: 'autoattack-fast', accuracy: iv(0.4) },
            ],
            components: [
              { attack: 'autoattack-fast', component: 'apgd-ce', accuracy: iv(0.42) },
              { attack: 'autoattack-fast', component: 'apgd-t', accuracy: iv(0.4) },
            ],
            manifest: 0.43,
            passesPerImage: 250.4,
          }),
        ],
        ['pgd', 'autoattack-fast'],
      ),
      [],
    );
    expect(r!.attacks.pgd).toEqual({ mean: 0.5, low: 0.25, high: 0.75, seeds: 3 });
    expect(r!.attacks['autoattack-fast']?.low).toBeNull();
    expect(r!.components['autoattack-fast/apgd-t']?.mean).toBe(0.4);
    expect(r!.manifest).toBe(0.43);
    expect(r!.passesPerImage).toBe(250.4);
    expect(r!.flags).toEqual([]);
  });

  it('gives each flag the messages of the trials of the same source, dataset and norm that raised it', () => {
    const flags = [
      flag('m', 'zero-gradients', { seed: 0 }),
      flag('m', 'zero-gradients', { seed: 1, message: 'all-zero input gradient on 40% of images' }),
      flag('m', 'zero-gradients', { norm: 'L2', message: 'another norm' }),
      flag('other', 'zero-gradients', { message: 'another source' }),
    ];
    const [r] = boardRows(
      board('fmnist', 'Linf', 0.03, [row('m', 0.4, { flags: ['zero-gradients'] })]),
      flags,
    );
    expect(r!.flags).toEqual([
      {
        name: 'zero-gradients',
        messages: [
          'pgd (seed 0): zero-gradients failed',
          'pgd (seed 1): all-zero input gradient on 40% of images',
        ],
      },
    ]);
  });
});

describe('componentColumns', () => {
  it('lists every ensemble component once, in the order the rows give them', () => {
    const c = (component: string) => ({ attack: 'autoattack-standard', component, accuracy: iv(0.5) });
    const columns = componentColumns(
      board('fmnist', 'Linf', 0.03, [
        row('a', 0.5, { components: [c('apgd-ce'), c('apgd-t')] }),
        row('b', 0.5, { components: [c('apgd-ce'), c('apgd-t'), c('square')] }),
      ]),
    );
    expect(columns.map((x) => x.id)).toEqual([
      'autoattack-standard/apgd-ce',
      'autoattack-standard/apgd-t',
      'autoattack-standard/square',
    ]);
    expect(componentColumns(board('fmnist', 'Linf', 0.03, [row('a', 0.5)]))).toEqual([]);
  });
});
