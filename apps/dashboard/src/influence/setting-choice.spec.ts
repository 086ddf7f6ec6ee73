import { describe, expect, it } from 'vitest';
import { setting } from './influence.fixture';
import { pickInfluenceSetting } from './setting-choice';

const settings = [
  setting('mnist', 0, 30),
  setting('mnist', 0, 100),
  setting('mnist', 2, 30),
  setting('cifar', 1, 50),
];
const none = { target: null, depth: null, n: null };

describe('pickInfluenceSetting', () => {
  it('defaults to the first target, its lowest depth and largest n', () => {
    const choice = pickInfluenceSetting(settings, none)!;
    expect([choice.targets, choice.target, choice.depth, choice.n]).toEqual([
      ['cifar', 'mnist'],
      'cifar',
      1,
      50,
    ]);
    const mnist = pickInfluenceSetting(settings, { ...none, target: 'mnist' })!;
    expect([mnist.depths, mnist.depth, mnist.ns, mnist.n]).toEqual([[0, 2], 0, [30, 100], 100]);
    expect(mnist.setting).toBe(settings[1]);
  });

  it('takes the URL’s choices when the run has them', () => {
    const choice = pickInfluenceSetting(settings, { target: 'mnist', depth: '2', n: '30' })!;
    expect(choice.setting).toBe(settings[2]);
    expect(choice.ns).toEqual([30]);
  });

  it('falls back when the URL names what the run lacks', () => {
    const choice = pickInfluenceSetting(settings, { target: 'svhn', depth: 'all', n: '' })!;
    expect([choice.target, choice.depth, choice.n]).toEqual(['cifar', 1, 50]);
    expect(pickInfluenceSetting(settings, { target: 'mnist', depth: '2', n: '100' })!.n).toBe(30);
  });

  it('has nothing to pick without settings', () => {
    expect(pickInfluenceSetting([], none)).toBeUndefined();
  });
});
