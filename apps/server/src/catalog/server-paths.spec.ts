import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeToRoots, serverRoots } from './server-paths';

describe('relativeToRoots', () => {
  const roots = serverRoots({ dataDir: '/srv/tl/data', datasetRoots: ['/srv/tl/data/datasets', '/mnt/sets'], modelRoots: ['/srv/models'] });

  it.each([
    ["none of the dataset roots exists (/srv/tl/data/datasets, /mnt/sets)", 'none of the dataset roots exists (<dataset root>, <dataset root>)'],
    ["'/srv/tl/data/datasets/cifar/data_batch_1.bin' is too short", "'<dataset root>/cifar/data_batch_1.bin' is too short"],
    ['ENOENT: open /srv/tl/data/cache/x.bin', 'ENOENT: open <data dir>/cache/x.bin'],
    ['model /srv/models/a.onnx and /mnt/sets/b', 'model <model root>/a.onnx and <dataset root>/b'],
    // Whole segments only: a sibling folder or a path that merely ends the same is left as it is.
    ['/srv/tl/data2/x and /x/srv/models/y', '/srv/tl/data2/x and /x/srv/models/y'],
    ['no paths here', 'no paths here'],
  ])('%s', (message, shown) => {
    expect(relativeToRoots(message, roots)).toBe(shown);
  });

  it('also hides a root reached through a link by its real location', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-paths-'));
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    const linked = serverRoots({ dataDir: join(dir, 'link'), datasetRoots: [], modelRoots: [] });
    expect(relativeToRoots(`open ${join(dir, 'real', 'f')} and ${join(dir, 'link', 'g')}`, linked)).toBe('open <data dir>/f and <data dir>/g');
  });
});
