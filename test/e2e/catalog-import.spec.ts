import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base } from './fixtures';
import {
  IMAGENET_MEAN,
  IMAGENET_STD,
  NOT_ONNX_BYTES,
  RESNET18_BLOCKS,
  RESNET18_FEATURE_TENSOR,
  RESNET18_INPUT,
  torchvisionResNet18Onnx,
} from './support/onnx-models';
import { attachElementScreenshot } from './support/screenshot';

const test = base.extend<{ resnet18Onnx: string }>({
  /** A torchvision-layout ResNet-18 .onnx file (no transferlab metadata), built for the test in a temporary folder. */
  // eslint-disable-next-line no-empty-pattern
  resnet18Onnx: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-e2e-onnx-'));
    const file = join(dir, 'resnet18.onnx');
    writeFileSync(file, torchvisionResNet18Onnx());
    await use(file);
    rmSync(dir, { recursive: true, force: true });
  },
});

test.describe('importing a source model', () => {
  test('a torchvision ResNet-18 .onnx uploaded through the form is imported: its blocks and feature tensor are shown and it joins the models table as an upload', async ({
    loggedIn: _,
    catalogPage,
    resnet18Onnx,
  }, testInfo) => {
    // The platform outlives a retry, which must not collide with the first attempt's model.
    const id = testInfo.retry === 0 ? 'e2e-resnet18' : `e2e-resnet18-retry${testInfo.retry}`;
    await catalogPage.goto();
    await expect(catalogPage.modelRows.first()).toBeVisible();
    await expect(catalogPage.model(id)).toHaveCount(0);
    // The form offers torchvision's ImageNet normalisation, which the exported model expects.
    await expect(catalogPage.importMean).toHaveValue(IMAGENET_MEAN.join(', '));
    await expect(catalogPage.importStd).toHaveValue(IMAGENET_STD.join(', '));

    await catalogPage.importModel({
      file: resnet18Onnx,
      id,
      height: RESNET18_INPUT.height,
      width: RESNET18_INPUT.width,
      kind: 'natural',
    });

    // No name was given, so the id is not repeated as one.
    const facts = `Imported ${id}: onnx, 10 classes, input 3×32×32, natural,`;
    await expect(catalogPage.imported).toContainText(facts, { timeout: 30_000 });
    await expect(catalogPage.importedBlocks).toHaveText(RESNET18_BLOCKS);
    await expect(catalogPage.importedFeatureTensor).toHaveText(RESNET18_FEATURE_TENSOR);
    await expect(catalogPage.importRefused).toHaveCount(0);
    // The form is ready for the next model.
    await expect(catalogPage.importId).toHaveValue('');
    // The models table is fetched again and lists the upload.
    const row = catalogPage.model(id);
    await expect(row).toContainText('upload');
    await expect(row.getByTestId('model-training')).toHaveText('natural');
    await attachElementScreenshot(catalogPage.importSection, testInfo, 'catalog-import');

    // Recorded by the server, not only shown: a fresh page lists it too.
    await catalogPage.goto();
    await expect(catalogPage.model(id)).toContainText('upload');
  });

  test("a file that is not ONNX is refused with the server's reason, and no model is added", async ({
    loggedIn: _,
    catalogPage,
  }) => {
    const id = 'e2e-not-onnx';
    await catalogPage.goto();
    await expect(catalogPage.modelRows.first()).toBeVisible();
    const rows = await catalogPage.modelRows.count();

    await catalogPage.importModel({
      file: {
        name: 'not-a-model.onnx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(NOT_ONNX_BYTES),
      },
      id,
      height: 32,
      width: 32,
      kind: 'natural',
    });

    // The engine's validateModel reason, as the server words the refusal.
    await expect(catalogPage.importRefused).toContainText(
      /the uploaded file cannot be imported: not an ONNX model \(truncated or not ONNX\)/,
      { timeout: 30_000 },
    );
    await expect(catalogPage.imported).toHaveCount(0);
    // What was typed stays, to be corrected.
    await expect(catalogPage.importId).toHaveValue(id);
    await expect(catalogPage.modelRows).toHaveCount(rows);

    await catalogPage.goto();
    await expect(catalogPage.modelRows).toHaveCount(rows);
    await expect(catalogPage.model(id)).toHaveCount(0);
  });
});
