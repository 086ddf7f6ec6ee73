import { buildResNet, encodeModel, type ModelDef } from '@transferlab/engine';
import type { InputSpec } from '@transferlab/sdk';

/** torchvision's ImageNet normalisation: what the import form offers by default. */
export const IMAGENET_MEAN = [0.485, 0.456, 0.406] as const;
export const IMAGENET_STD = [0.229, 0.224, 0.225] as const;

/** The test ResNet's input: RGB at 32x32 keeps the file small (~0.7 MB) and the import quick. */
export const RESNET18_INPUT: InputSpec = {
  channels: 3,
  height: 32,
  width: 32,
  mean: IMAGENET_MEAN,
  std: IMAGENET_STD,
};

/** The block boundaries the server detects in a torchvision ResNet-18: each BasicBlock's last Relu. */
export const RESNET18_BLOCKS = ['layer1', 'layer2', 'layer3', 'layer4'].flatMap((l) =>
  [0, 1].map((b) => `/${l}/${l}.${b}/relu_1/Relu_output_0`),
);

/** The input of the final Gemm, as torch.onnx.export names it. */
export const RESNET18_FEATURE_TENSOR = '/Flatten_output_0';

/**
 * What torch.onnx.export writes for a torchvision ResNet-18 (7x7 stem and max pool, BN folded
 * into the convs, producer 'pytorch'), narrow (width 8) and without transferlab metadata, so
 * the server has to find the blocks and the feature tensor itself, as for a user's file.
 */
export function torchvisionResNet18Onnx(): Uint8Array {
  const built = buildResNet({
    input: RESNET18_INPUT,
    classes: 10,
    width: 8,
    blocks: [2, 2, 2, 2],
    stem: 'imagenet',
    batchNorm: 'fused',
    opset: 17,
    seed: 7,
  });
  const model: ModelDef = { ...built.model, producerName: 'pytorch', metadata: {} };
  return encodeModel(model);
}

/** A few bytes that are no ONNX model (an ELF header's start): protobuf decoding fails on them. */
export const NOT_ONNX_BYTES = Uint8Array.from([
  0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xde, 0xad, 0xbe, 0xef,
]);
