#!/usr/bin/env python3
"""PyTorch exports of every torchvision family, with PyTorch autograd's gradients as the reference.

Run with Debian's PyTorch (`apt-get install python3-torch python3-torchvision`; torch 1.13,
torchvision 0.14):  npm run fixtures:torchvision -w @transferlab/engine  [-- --out DIR] [-- --only NAME]
It writes DIR (default test/fixtures/torchvision) and nothing else; test/torchvision-families.spec.ts
reads it.

Models: torchvision's own classes with random weights (seeded), shrunk to <= ~50k parameters
and 3x32x32 images: through the constructors' width/depth arguments where they have them, else by
rebuilding stages with torchvision's own building blocks (ResNet._make_layer, Inception, Fire, ...;
see each builder). Every tensor that torchvision initialises to a constant (BatchNorm/LayerNorm
affine, biases, ViT's head and class token, ConvNeXt's layer scale, BatchNorm running statistics)
is randomised too, so no gradient vanishes and no BatchNorm is the identity.

Exports (all with the model in eval mode, input `x` [batch_size, 3, 32, 32], output `logits`
[batch_size, 10], dynamic batch):
  <family>-op13, <family>-op17   torch.onnx.export defaults: training=TrainingMode.EVAL,
                                 do_constant_folding=True. In eval mode torch 1.13's exporter
                                 fuses every BatchNorm that follows a Conv into the Conv (its
                                 "eval peephole", whatever do_constant_folding says), and constant
                                 folding renames or transposes some weights (onnx::MatMul_123).
  <family>-op17-nofold           TrainingMode.EVAL, do_constant_folding=False: BatchNorm still
                                 fused into Conv; the other parameters keep their names (the
                                 Linear weights behind a Transpose node, not pre-transposed).
  <family>-op17-keepbn           TrainingMode.PRESERVE, do_constant_folding=False: the model is
                                 in eval mode, so BatchNorm nodes stay (training_mode=0, running
                                 statistics as initializers) and every parameter is an initializer
                                 of its PyTorch name.

Reference (PyTorch autograd in float64 on a float64 copy of the float32 weights; batch 2, inputs
0.5 + 0.25 * N(0, 1), seeded integer labels): logits, d loss / d x and d loss / d parameter with
loss = mean cross-entropy over the batch (torch.nn.functional.cross_entropy's default).
Parameters are keyed by the ONNX initializer they map to:
  same         the initializer has the parameter's name and values;
  renamed      another name, the same values (constant folding's copies);
  transposed   the parameter transposed (a Linear weight that constant folding pre-transposed);
  bn-weight    a Conv weight with its BatchNorm fused in, W * s, s = gamma / sqrt(var + eps):
               the gradient is dL/dW / s (per output channel);
  bn-bias      that Conv's fused bias (b - mean) * s + beta: the gradient is dL/dbeta.
Float initializers that match no parameter are listed under `unmapped` (constants the exporter
made from parameters, e.g. a relative-position bias gathered ahead of time); parameters that no
initializer carries under `absorbed`; BatchNorm running statistics under `buffers`.

Format (offsets and lengths in floats): <export>.onnx per export, and per family
  <family>.bin   float32 little-endian arrays, concatenated;
  <family>.json  { family, torch, torchvision, parameterCount, input: { name, dims }, labels, classes,
                 loss, arrays: { input, logits, inputGradient, 'grad:<parameter>', 'fused:<conv weight>':
                 { offset, length, dims } }, exports: [{ name, opset, constantFolding, batchNorm
                 ('fused' | 'kept'), parameters: [{ initializer, parameter, mapping, array }], unmapped,
                 absorbed, buffers }], notExported: [{ name, reason }] }.
  A 'transposed' initializer's reference is its array transposed; 'fused:<conv>.weight' holds
  dL/dW / s already. manifest.json lists the families and this script's sha256 (the spec checks that
  the fixtures are the current script's).
"""

import argparse
import copy
import hashlib
import io
import json
import os
import struct
import sys
import time

try:
    import numpy as np
    import torch
    import torch.nn as nn
    import torchvision
    # importlib: some module names (googlenet) are shadowed by functions in torchvision.models
    from importlib import import_module
    (convnext, densenet, efficientnet, googlenet, maxvit, mnasnet, mobilenetv2, mobilenetv3, regnet, resnet,
     shufflenetv2, squeezenet, swin_transformer, vgg, vision_transformer) = (import_module(f'torchvision.models.{m}') for m in (
        'convnext', 'densenet', 'efficientnet', 'googlenet', 'maxvit', 'mnasnet', 'mobilenetv2', 'mobilenetv3', 'regnet',
        'resnet', 'shufflenetv2', 'squeezenet', 'swin_transformer', 'vgg', 'vision_transformer'))
except ImportError as e:  # pragma: no cover
    sys.exit(f"torchvision_fixtures.py needs PyTorch and torchvision: apt-get install python3-torch python3-torchvision ({e})")

BATCH = 2
SIZE = 32
CLASSES = 10


# ---- families ---------------------------------------------------------------------------------

def small_resnet(block, widths, **kw):
    """torchvision's ResNet class, stem and stages rebuilt narrower by its own _make_layer."""
    m = resnet.ResNet(block, [1, 1, 1, 1], num_classes=CLASSES, **kw)
    m.inplanes = widths[0]
    m.conv1 = nn.Conv2d(3, widths[0], kernel_size=7, stride=2, padding=3, bias=False)
    m.bn1 = nn.BatchNorm2d(widths[0])
    m.layer1 = m._make_layer(block, widths[0], 1)
    m.layer2 = m._make_layer(block, widths[1], 1, stride=2)
    m.layer3 = m._make_layer(block, widths[2], 1, stride=2)
    m.layer4 = m._make_layer(block, widths[3], 1, stride=2)
    m.fc = nn.Linear(widths[3] * block.expansion, CLASSES)
    return m


def small_googlenet():
    """GoogLeNet (aux_logits=False, init_weights=True) with every width divided by 16."""
    m = googlenet.GoogLeNet(num_classes=CLASSES, aux_logits=False, init_weights=True)
    conv, inc = googlenet.BasicConv2d, googlenet.Inception
    m.conv1 = conv(3, 4, kernel_size=7, stride=2, padding=3)
    m.conv2 = conv(4, 4, kernel_size=1)
    m.conv3 = conv(4, 12, kernel_size=3, padding=1)
    m.inception3a = inc(12, 4, 6, 8, 1, 2, 2)
    m.inception3b = inc(16, 8, 8, 12, 2, 6, 4)
    m.inception4a = inc(30, 12, 6, 13, 1, 3, 4)
    m.inception4b = inc(32, 10, 7, 14, 2, 4, 4)
    m.inception4c = inc(32, 8, 8, 16, 2, 4, 4)
    m.inception4d = inc(32, 7, 9, 18, 2, 4, 4)
    m.inception4e = inc(33, 16, 10, 20, 2, 8, 8)
    m.inception5a = inc(52, 16, 10, 20, 2, 8, 8)
    m.inception5b = inc(52, 24, 12, 24, 3, 8, 8)
    m.fc = nn.Linear(64, CLASSES)
    return m


def small_squeezenet():
    """SqueezeNet 1.1's layout (torchvision's Fire modules) with every width divided by 8."""
    m = squeezenet.SqueezeNet('1_1', num_classes=CLASSES)
    fire = squeezenet.Fire
    pool = lambda: nn.MaxPool2d(kernel_size=3, stride=2, ceil_mode=True)  # noqa: E731
    m.features = nn.Sequential(
        nn.Conv2d(3, 8, kernel_size=3, stride=2), nn.ReLU(inplace=True), pool(),
        fire(8, 2, 8, 8), fire(16, 2, 8, 8), pool(),
        fire(16, 4, 16, 16), fire(32, 4, 16, 16), pool(),
        fire(32, 6, 24, 24), fire(48, 6, 24, 24), fire(48, 8, 32, 32), fire(64, 8, 32, 32))
    m.classifier[1] = nn.Conv2d(64, CLASSES, kernel_size=1)
    return m


def small_vgg():
    """VGG-BN: torchvision's VGG(make_layers(cfg, batch_norm=True)), small cfg and classifier."""
    m = vgg.VGG(vgg.make_layers([8, 'M', 16, 'M', 16, 16, 'M'], batch_norm=True), num_classes=CLASSES)
    m.avgpool = nn.AdaptiveAvgPool2d((2, 2))
    m.classifier = nn.Sequential(
        nn.Linear(16 * 4, 32), nn.ReLU(True), nn.Dropout(), nn.Linear(32, 32), nn.ReLU(True), nn.Dropout(),
        nn.Linear(32, CLASSES))
    return m


def small_mobilenet_v2():
    """MobileNetV2(width_mult=0.25), one block per stage, no 320 stage; its 1280-wide last conv
    (fixed below width 1) cut to 64."""
    setting = [[1, 16, 1, 1], [6, 24, 1, 2], [6, 32, 1, 2], [6, 64, 1, 2], [6, 96, 1, 1], [6, 160, 1, 2]]
    m = mobilenetv2.MobileNetV2(num_classes=CLASSES, width_mult=0.25, inverted_residual_setting=setting)
    last_in = m.features[-1][0].in_channels
    m.features[-1] = mobilenetv2.Conv2dNormActivation(last_in, 64, kernel_size=1, activation_layer=nn.ReLU6)
    m.classifier[1] = nn.Linear(64, CLASSES)
    return m


def small_mnasnet():
    """MNASNet(0.1) (0.25 has 230k parameters) with one block per stack (torchvision's _stack,
    repeats 1); its 1280-wide last conv (fixed) cut to 64."""
    m = mnasnet.MNASNet(0.1, num_classes=CLASSES)
    d, bn = mnasnet._get_depths(0.1), mnasnet._BN_MOMENTUM
    for i, (a, b, k, stride, expand) in enumerate([(1, 2, 3, 2, 3), (2, 3, 5, 2, 3), (3, 4, 5, 2, 6), (4, 5, 3, 1, 6),
                                                   (5, 6, 5, 2, 6), (6, 7, 3, 1, 6)]):
        m.layers[8 + i] = mnasnet._stack(d[a], d[b], k, stride, expand, 1, bn)
    last_in = m.layers[14].in_channels
    m.layers[14] = nn.Conv2d(last_in, 64, 1, bias=False)
    m.layers[15] = nn.BatchNorm2d(64)
    m.classifier[1] = nn.Linear(64, CLASSES)
    return m


def small_mobilenet_v3():
    """MobileNetV3-Small at width 0.2 (reduced tail), its first 8 blocks, a 32-wide classifier."""
    setting, _ = mobilenetv3._mobilenet_v3_conf('mobilenet_v3_small', width_mult=0.2, reduced_tail=True)
    return mobilenetv3.MobileNetV3(setting[:8], 32, num_classes=CLASSES)


def small_efficientnet():
    setting, _ = efficientnet._efficientnet_conf('efficientnet_b0', width_mult=0.25, depth_mult=0.25)
    return efficientnet.EfficientNet(setting[:4], dropout=0.2, num_classes=CLASSES)


def small_efficientnet_v2():
    F, M = efficientnet.FusedMBConvConfig, efficientnet.MBConvConfig
    setting = [F(1, 3, 1, 8, 8, 1), F(4, 3, 2, 8, 16, 1), M(4, 3, 2, 16, 24, 1), M(6, 3, 2, 24, 32, 1)]
    return efficientnet.EfficientNet(setting, dropout=0.2, num_classes=CLASSES, last_channel=96)


def small_regnet():
    params = regnet.BlockParams.from_init_params(depth=3, w_0=8, w_a=8.0, w_m=2.0, group_width=8, se_ratio=0.25)
    return regnet.RegNet(params, num_classes=CLASSES, stem_width=8)


FAMILIES = {
    'resnet': lambda: small_resnet(resnet.BasicBlock, [4, 8, 12, 16]),
    'resnext': lambda: small_resnet(resnet.Bottleneck, [4, 8, 12, 16], groups=4, width_per_group=16),
    'wide-resnet': lambda: small_resnet(resnet.Bottleneck, [4, 6, 8, 12], width_per_group=128),
    'vgg-bn': small_vgg,
    'googlenet': small_googlenet,
    'squeezenet': small_squeezenet,
    'densenet': lambda: densenet.DenseNet(growth_rate=8, block_config=(2, 2), num_init_features=16, num_classes=CLASSES),
    'mobilenet-v2': small_mobilenet_v2,
    'mobilenet-v3': small_mobilenet_v3,
    'mnasnet': small_mnasnet,
    'shufflenet-v2': lambda: shufflenetv2.ShuffleNetV2([2, 2, 2], [8, 16, 32, 64, 128], num_classes=CLASSES),
    'efficientnet': small_efficientnet,
    'efficientnet-v2': small_efficientnet_v2,
    'regnet': small_regnet,
    'convnext': lambda: convnext.ConvNeXt([convnext.CNBlockConfig(16, 32, 1), convnext.CNBlockConfig(32, None, 1)], num_classes=CLASSES),
    'vit': lambda: vision_transformer.VisionTransformer(
        image_size=SIZE, patch_size=8, num_layers=2, num_heads=2, hidden_dim=32, mlp_dim=64, num_classes=CLASSES),
    'swin': lambda: swin_transformer.SwinTransformer(
        patch_size=[4, 4], embed_dim=8, depths=[2, 2], num_heads=[2, 2], window_size=[4, 4], num_classes=CLASSES),
    'swin-v2': lambda: swin_transformer.SwinTransformer(
        patch_size=[4, 4], embed_dim=8, depths=[2, 2], num_heads=[2, 2], window_size=[4, 4], num_classes=CLASSES,
        block=swin_transformer.SwinTransformerBlockV2, downsample_layer=swin_transformer.PatchMergingV2),
    'maxvit': lambda: maxvit.MaxVit(
        input_size=(SIZE, SIZE), stem_channels=8, partition_size=2, block_channels=[8, 16], block_layers=[1, 1],
        head_dim=8, stochastic_depth_prob=0.0, num_classes=CLASSES),
}

# (opset, constant folding, training mode) per variant; the last two for a representative subset.
VARIANTS = {
    'op13': (13, True, torch.onnx.TrainingMode.EVAL),
    'op17': (17, True, torch.onnx.TrainingMode.EVAL),
    'op17-nofold': (17, False, torch.onnx.TrainingMode.EVAL),
    'op17-keepbn': (17, False, torch.onnx.TrainingMode.PRESERVE),
}
EXTRA = {'op17-nofold': ['resnet', 'vit', 'convnext', 'swin'], 'op17-keepbn': ['resnet', 'densenet', 'mobilenet-v2', 'efficientnet', 'regnet']}


def randomise_constants(model, gen):
    """Every tensor initialised to one value gets seeded random values instead."""
    with torch.no_grad():
        for name, t in list(model.named_parameters()) + list(model.named_buffers()):
            if not t.is_floating_point() or t.numel() == 0 or not bool((t == t.flatten()[0]).all()):
                continue
            if name.endswith('running_var'):
                t.copy_(0.5 + torch.rand(t.shape, generator=gen))
            elif name.endswith('running_mean') or t.dim() != 1 or float(t.flatten()[0]) != 1.0:
                t.copy_(t + 0.2 * torch.randn(t.shape, generator=gen))
            else:  # a scale initialised to one
                t.copy_(0.5 + torch.rand(t.shape, generator=gen))


# ---- ONNX initializers (a minimal protobuf reader: ModelProto.graph.initializer) ----------------

def _fields(buf):
    i = 0
    while i < len(buf):
        key, i = _varint(buf, i)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _varint(buf, i)
        elif wire == 2:
            n, i = _varint(buf, i)
            value, i = buf[i:i + n], i + n
        elif wire == 5:
            value, i = buf[i:i + 4], i + 4
        elif wire == 1:
            value, i = buf[i:i + 8], i + 8
        else:
            raise ValueError(f'wire type {wire}')
        yield field, wire, value


def _varint(buf, i):
    shift = result = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, i
        shift += 7


def onnx_initializers(data):
    """name -> float32 numpy array, for the float initializers of the main graph."""
    graph = next(v for f, w, v in _fields(data) if f == 7)
    out = {}
    for f, _, tensor in _fields(graph):
        if f != 5:
            continue
        dims, dtype, name, raw, floats = [], 0, '', None, []
        for tf, tw, tv in _fields(tensor):
            if tf == 1:
                if tw == 0:
                    dims.append(tv)
                else:
                    j = 0
                    while j < len(tv):
                        d, j = _varint(tv, j)
                        dims.append(d)
            elif tf == 2:
                dtype = tv
            elif tf == 8:
                name = tv.decode()
            elif tf == 9:
                raw = tv
            elif tf == 4:
                floats.extend(struct.unpack(f'<{len(tv) // 4}f', tv) if tw == 2 else struct.unpack('<f', tv))
        if dtype != 1:
            continue
        arr = np.frombuffer(raw, dtype='<f4') if raw is not None else np.array(floats, dtype=np.float32)
        out[name] = arr.reshape(dims)
    return out


# ---- reference and mapping ----------------------------------------------------------------------

def reference(model, x, labels):
    """Logits, d loss / d x and d loss / d parameter of the mean cross-entropy, in float64."""
    m64 = _double_copy(model)
    x64 = x.double().requires_grad_(True)
    logits = m64(x64)
    loss = torch.nn.functional.cross_entropy(logits, labels)
    names = [n for n, _ in m64.named_parameters()]
    grads = torch.autograd.grad(loss, [x64] + [p for _, p in m64.named_parameters()], allow_unused=True)
    pgrads = {n: (g if g is not None else torch.zeros_like(p)).numpy() for n, g, p in zip(names, grads[1:], m64.parameters())}
    return logits.detach().numpy(), grads[0].numpy(), pgrads


def _double_copy(model):
    return copy.deepcopy(model).double().eval()


def fused_candidates(model, pgrads):
    """(kind, conv name, bn name, expected values, gradient) for every Conv -> BatchNorm pair."""
    mods = list(model.named_modules())
    out = []
    for i, (cname, conv) in enumerate(mods):
        if not isinstance(conv, nn.Conv2d):
            continue
        # the BatchNorm that follows the conv in registration order (Conv2dNormActivation, conv1/bn1, downsample)
        for bname, bn in mods[i + 1:i + 3]:
            if isinstance(bn, nn.BatchNorm2d) and bn.num_features == conv.out_channels:
                break
        else:
            continue
        with torch.no_grad():
            s = (bn.weight / torch.sqrt(bn.running_var + bn.eps)).double()
            w = (conv.weight.double() * s.reshape(-1, 1, 1, 1)).numpy()
            b0 = conv.bias.double() if conv.bias is not None else torch.zeros_like(s)
            b = ((b0 - bn.running_mean.double()) * s + bn.bias.double()).numpy()
            s = s.numpy()
        gw = pgrads[cname + '.weight'] / s.reshape(-1, 1, 1, 1)
        out.append(('bn-weight', cname + '.weight', w, gw))
        out.append(('bn-bias', bname + '.bias', b, pgrads[bname + '.bias']))
    return out


def map_initializers(model, inits, pgrads):
    params = {n: p.detach().numpy() for n, p in model.named_parameters()}
    buffers = {n: b.detach().numpy() for n, b in model.named_buffers() if b.is_floating_point()}
    fused = fused_candidates(model, pgrads)
    mapped, unmapped, buffer_names, used = [], [], [], set()
    for name, value in inits.items():
        hit = None
        if name in params and params[name].shape == value.shape and np.array_equal(params[name], value):
            hit = ('same', name, pgrads[name])
        if hit is None:
            for pn, pv in params.items():
                if pv.shape == value.shape and np.array_equal(pv, value):
                    hit = ('renamed', pn, pgrads[pn])
                    break
                if pv.ndim == 2 and pv.T.shape == value.shape and np.array_equal(pv.T, value):
                    hit = ('transposed', pn, pgrads[pn].T)
                    break
        if hit is None:
            for kind, pn, expected, grad in fused:
                if expected.shape == value.shape and np.allclose(value, expected, rtol=1e-5, atol=1e-6):
                    hit = (kind, pn, grad)
                    break
        if hit is not None:
            mapped.append((name,) + hit)
            used.add(hit[1])
        elif any(bv.shape == value.shape and np.array_equal(bv, value) for bv in buffers.values()):
            buffer_names.append(name)
        else:
            unmapped.append({'initializer': name, 'dims': list(value.shape)})
    absorbed = [n for n in params if n not in used]
    return mapped, unmapped, absorbed, buffer_names


# ---- export ------------------------------------------------------------------------------------

def export(model, x, opset, fold, training):
    f = io.BytesIO()
    torch.onnx.export(
        model, x, f, input_names=['x'], output_names=['logits'], opset_version=opset,
        dynamic_axes={'x': {0: 'batch_size'}, 'logits': {0: 'batch_size'}}, do_constant_folding=fold, training=training)
    return f.getvalue()


def build(family, seed):
    torch.manual_seed(seed)
    model = FAMILIES[family]()
    randomise_constants(model, torch.Generator().manual_seed(seed + 1))
    model.eval()
    gen = torch.Generator().manual_seed(seed + 2)
    x = 0.5 + 0.25 * torch.randn((BATCH, 3, SIZE, SIZE), generator=gen)
    labels = torch.randint(0, CLASSES, (BATCH,), generator=gen)
    return model, x, labels


def family_fixture(out_dir, family, seed):
    """Every export of one family, its <name>.onnx files, and <family>.json + <family>.bin."""
    model, x, labels = build(family, seed)
    logits, dx, pgrads = reference(model, x, labels)
    fused = {pn: g for kind, pn, _, g in fused_candidates(model, pgrads) if kind == 'bn-weight'}
    chunks, arrays, offset = [], {}, 0

    def add(key, arr):
        nonlocal offset
        if key not in arrays:
            a = np.ascontiguousarray(arr, dtype='<f4').reshape(-1)
            arrays[key] = {'offset': offset, 'length': int(a.size), 'dims': list(np.shape(arr))}
            chunks.append(a.tobytes())
            offset += a.size
        return key

    add('input', x.numpy())
    add('logits', logits)
    add('inputGradient', dx)
    exports, skipped = [], []
    for variant, (opset, fold, training) in VARIANTS.items():
        if variant in EXTRA and family not in EXTRA[variant]:
            continue
        name = f'{family}-{variant}'
        try:
            onnx_bytes = export(model, x, opset, fold, training)
        except torch.onnx.errors.OnnxExporterError as e:
            skipped.append({'name': name, 'reason': str(e).split('. ')[0]})
            print(f'{name}: not exported: {skipped[-1]["reason"]}', file=sys.stderr)
            continue
        mapped, unmapped, absorbed, buffers = map_initializers(model, onnx_initializers(onnx_bytes), pgrads)
        parameters = []
        for init, kind, pn, _ in mapped:
            # the gradient stored is the parameter's own; 'transposed' and 'bn-weight' say how it maps
            key = add(f'fused:{pn}', fused[pn]) if kind == 'bn-weight' else add(f'grad:{pn}', pgrads[pn])
            parameters.append({'initializer': init, 'parameter': pn, 'mapping': kind, 'array': key})
        with open(os.path.join(out_dir, name + '.onnx'), 'wb') as f:
            f.write(onnx_bytes)
        exports.append({
            'name': name, 'opset': opset, 'constantFolding': fold,
            'batchNorm': 'kept' if training == torch.onnx.TrainingMode.PRESERVE else 'fused',
            'parameters': parameters, 'unmapped': unmapped, 'absorbed': absorbed, 'buffers': buffers,
        })
        print(f'{name}: {len(parameters)} initializers mapped, {len(unmapped)} unmapped, {len(absorbed)} parameters absorbed',
              file=sys.stderr)
    meta = {
        'family': family, 'torch': torch.__version__, 'torchvision': torchvision.__version__,
        'parameterCount': sum(p.numel() for p in model.parameters()),
        'input': {'name': 'x', 'dims': list(x.shape)}, 'labels': [int(v) for v in labels], 'classes': CLASSES,
        'loss': 'mean cross-entropy', 'arrays': arrays, 'exports': exports, 'notExported': skipped,
    }
    with open(os.path.join(out_dir, family + '.bin'), 'wb') as f:
        f.write(b''.join(chunks))
    with open(os.path.join(out_dir, family + '.json'), 'w') as f:
        json.dump(meta, f, separators=(',', ':'))
        f.write('\n')
    return meta


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.join(here, '..', 'test', 'fixtures', 'torchvision'))
    ap.add_argument('--only', action='append', help='family (repeatable); default all, and then manifest.json too')
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    with open(os.path.abspath(__file__), 'rb') as f:
        script_hash = hashlib.sha256(f.read()).hexdigest()
    families = []
    for k, family in enumerate(FAMILIES):
        if args.only and family not in args.only:
            continue
        t0 = time.time()
        meta = family_fixture(args.out, family, 1000 + 17 * k)
        families.append({'family': family, 'parameterCount': meta['parameterCount'],
                         'exports': [e['name'] for e in meta['exports']], 'notExported': meta['notExported']})
        print(f'{family}: {meta["parameterCount"]} parameters, {time.time() - t0:.1f} s', file=sys.stderr)
    if not args.only:
        with open(os.path.join(args.out, 'manifest.json'), 'w') as f:
            json.dump({'script': 'scripts/torchvision_fixtures.py', 'scriptSha256': script_hash, 'torch': torch.__version__,
                       'torchvision': torchvision.__version__, 'families': families}, f, indent=1)
            f.write('\n')


if __name__ == '__main__':
    main()
