import { describe, expect, it } from 'vitest';
import { movedPageHref } from './moved-page';

describe('old analysis addresses', () => {
  it('keep their query, repeated values included, under renamed keys where given', () => {
    expect(movedPageHref('robustness', {})).toBe('/analyses/robustness');
    expect(movedPageHref('robustness', { run: 'r1', eps: ['0.5', '1'], gone: undefined })).toBe(
      '/analyses/robustness?run=r1&eps=0.5&eps=1',
    );
    expect(movedPageHref('influence', { image: '7', n: '40' }, { image: 'testIndex' })).toBe(
      '/analyses/influence?testIndex=7&n=40',
    );
  });
});
