import { describe, expect, it } from 'vitest';
import { pickBoard } from './board-choice';
import { board } from './robustness.fixture';

const boards = [
  board('fmnist', 'L2', 0.5),
  board('fmnist', 'Linf', 8 / 255),
  board('fmnist', 'Linf', 2 / 255),
  board('cifar', 'Linf', 8 / 255),
];
const none = { dataset: null, norm: null, eps: null };

describe('pickBoard', () => {
  it('defaults to the first dataset, Linf, and the largest budget', () => {
    const choice = pickBoard(boards, none)!;
    expect(choice.datasets).toEqual(['cifar', 'fmnist']);
    expect(choice.dataset).toBe('cifar');
    const fmnist = pickBoard(boards, { ...none, dataset: 'fmnist' })!;
    expect(fmnist.norms).toEqual(['Linf', 'L2']);
    expect(fmnist.norm).toBe('Linf');
    expect(fmnist.epsilons).toEqual([2 / 255, 8 / 255]);
    expect(fmnist.eps).toBe(8 / 255);
    expect(fmnist.board).toBe(boards[1]);
  });

  it('takes the URL’s choices when the run has them, eps up to float noise', () => {
    const choice = pickBoard(boards, { dataset: 'fmnist', norm: 'Linf', eps: '0.00784314' })!;
    expect(choice.eps).toBe(2 / 255);
    expect(choice.board).toBe(boards[2]);
    expect(pickBoard(boards, { dataset: 'fmnist', norm: 'L2', eps: '0.5' })!.board).toBe(boards[0]);
  });

  it('falls back when the URL names what the run lacks', () => {
    const choice = pickBoard(boards, { dataset: 'mnist', norm: 'L1', eps: 'x' })!;
    expect([choice.dataset, choice.norm, choice.eps]).toEqual(['cifar', 'Linf', 8 / 255]);
    expect(pickBoard(boards, { dataset: 'fmnist', norm: 'L2', eps: '8' })!.eps).toBe(0.5);
  });

  it('has nothing to pick without boards', () => {
    expect(pickBoard([], none)).toBeUndefined();
  });
});
