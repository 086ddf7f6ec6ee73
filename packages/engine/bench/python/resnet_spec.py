"""The bench's ResNet-18 in PyTorch, shared by resnet_steps.py (CPU) and gpu/python/device_steps.py.

load(): torchvision's resnet18 with the engine graph's weights (spec written by
bench/torch-steps.ts's writeSpec: the same initializers under torchvision names) and the same
batch, on a device. whole_steps(): forward, input gradient and an SGD training step of every
layer, written the way PyTorch users write them.
"""
import json

import numpy as np
import torch
import torchvision
from torch import nn


def load(spec_path, device="cpu"):
    spec = json.load(open(spec_path))
    raw = np.fromfile(spec["weights"], dtype=np.float32)
    state = {t["name"]: torch.from_numpy(raw[t["offset"]:t["offset"] + int(np.prod(t["dims"]))].reshape(t["dims"]).copy()) for t in spec["tensors"]}
    model = torchvision.models.resnet18(num_classes=spec["classes"])
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not unexpected and all(k.endswith("num_batches_tracked") for k in missing), (missing, unexpected)
    n, c, h, w = spec["inputShape"]
    x = torch.from_numpy(np.fromfile(spec["images"], dtype=np.float32).reshape(n, c, h, w).copy())
    y = torch.arange(n) % spec["classes"]
    return model.to(device), x.to(device), y.to(device)


def whole_steps(model, x, y):
    """forward (eval, no_grad), inputGradient (eval, cross-entropy, autograd.grad to the images),
    trainingStep (train mode, SGD momentum 0.9, weight decay 5e-4, all layers)."""
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=5e-4)

    def forward():
        model.eval()
        with torch.no_grad():
            model(x)

    def input_gradient():
        model.eval()
        xi = x.clone().requires_grad_(True)
        torch.autograd.grad(nn.functional.cross_entropy(model(xi), y), xi)

    def training_step():
        model.train()
        opt.zero_grad(set_to_none=True)
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()

    return {"forward": forward, "inputGradient": input_gradient, "trainingStep": training_step}
