"""PyTorch eager on a device, the reference for gpu/device-timing.ts.

torchvision's resnet18 with the engine graph's weights (spec written by bench/torch-steps.ts's
writeSpec: the same initializers under torchvision names, and the same batch), on DEVICE:
  forward        model.eval(), torch.no_grad()
  inputGradient  model.eval(), cross-entropy, torch.autograd.grad to the images
  trainingStep   model.train(), SGD momentum 0.9, weight decay 5e-4, all layers
Tensors live on the device; each call ends with torch.cuda.synchronize() on CUDA, so a time is
the whole step. Usage: python3 device_steps.py SPEC.json DEVICE THREADS. Reads "round" lines
from stdin and answers one JSON line of seconds per step; "quit" ends.
"""
import json
import sys
import time

import numpy as np
import torch
import torchvision
from torch import nn


def main():
    spec = json.load(open(sys.argv[1]))
    device = torch.device(sys.argv[2])
    torch.set_num_threads(int(sys.argv[3]))
    raw = np.fromfile(spec["weights"], dtype=np.float32)
    state = {t["name"]: torch.from_numpy(raw[t["offset"]:t["offset"] + int(np.prod(t["dims"]))].reshape(t["dims"]).copy()) for t in spec["tensors"]}
    model = torchvision.models.resnet18(num_classes=spec["classes"])
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not unexpected and all(k.endswith("num_batches_tracked") for k in missing), (missing, unexpected)
    model.to(device)
    n, c, h, w = spec["inputShape"]
    x = torch.from_numpy(np.fromfile(spec["images"], dtype=np.float32).reshape(n, c, h, w).copy()).to(device)
    y = (torch.arange(n) % spec["classes"]).to(device)
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=5e-4)
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)

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

    steps = {"forward": forward, "inputGradient": input_gradient, "trainingStep": training_step}
    for _ in range(3):
        for f in steps.values():
            f()  # warm-up: allocator, cuDNN algorithm choice
    sync()
    print(json.dumps({"device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu"}), flush=True)
    for line in sys.stdin:
        if line.strip() != "round":
            break
        out = {}
        for name, f in steps.items():
            sync()
            t0 = time.perf_counter()
            f()
            sync()
            out[name] = time.perf_counter() - t0
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
