import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { serverUrl, transferlab } from './support/cli';

/** The engine's committed torch.onnx.export files (packages/engine/scripts/torchvision_fixtures.py): 3x32x32, 10 classes. */
const FIXTURES = 'packages/engine/test/fixtures/torchvision';
const SOURCES = [
  { id: 'e2e-tv-vit', file: 'vit-op17.onnx', blocks: 3 },
  { id: 'e2e-tv-convnext', file: 'convnext-op17.onnx', blocks: 4 },
] as const;

// The CLI path for real torch exports: `transferlab import-model` for a ViT and a ConvNeXt, then a
// sweep file that fine-tunes both at depths 0, 1 and 2 through `transferlab run --watch`. The two
// models stay in the shared platform's catalog: a model a run used cannot be deleted.
test.describe('torch-exported ViT and ConvNeXt through the transferlab command', () => {
  test.describe.configure({ mode: 'serial' });

  test('import-model imports both, with their detected blocks', async ({ platform }) => {
    for (const s of SOURCES) {
      const { code, stdout, stderr } = await transferlab(
        ['import-model', `${FIXTURES}/${s.file}`, '--id', s.id, '--input', '3x32x32', '--mean', '0.5,0.5,0.5', '--std', '0.25,0.25,0.25'],
        { url: serverUrl(platform.graphqlUrl), token: platform.apiToken },
      );
      expect(code, stderr).toBe(0);
      expect(stdout).toMatch(new RegExp(`^imported model ${s.id}: onnx, 10 classes, input 3x32x32, ${s.blocks} blocks, sha256 [0-9a-f]{64}$`, 'm'));
    }
  });

  test('run <sweep.yaml> --watch fine-tunes both at depths 0, 1 and 2', async ({ platform }) => {
    test.setTimeout(150_000);
    const sweep = join(mkdtempSync(join(tmpdir(), 'tl-cli-tv-')), 'torchvision.yaml');
    writeFileSync(
      sweep,
      [
        'analysis: transfer',
        'description: torch-exported ViT and ConvNeXt -> MNIST 0 vs 1, depths 0 to 2',
        'params:',
        `  sources: [${SOURCES.map((s) => s.id).join(', ')}]`,
        '  targets: [mnist-01]',
        '  views:',
        '    mnist-01: { name: class-subset, params: { dataset: mnist, classes: [0, 1] } }',
        '  n: [40]',
        '  depths: [0, 1, 2]',
        '  seeds: [0]',
        '  lrs: [0.01]',
        '  epochs: 2',
        '  batchSize: 10',
        '  testLimit: 40',
        '',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await transferlab(['run', sweep, '--watch'], { url: serverUrl(platform.graphqlUrl), token: platform.apiToken }, 140_000);
    expect(code, `stdout:\n${stdout}\nstderr:\n${stderr}`).toBe(0);
    expect(stderr).toContain('completed: 6/6 trials (100%), 0 failed, 0 running');
    expect(stdout).toMatch(/^run \S+: transfer \S+, completed, 6\/6 trials done, 0 failed in \S+$/m);
  });
});
