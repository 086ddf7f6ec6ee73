"""PyTorch eager reference for the engine bench's steps (driven by bench/torch-steps.ts).

torchvision's resnet18 with the bench graph's weights (the same initializers, torchvision
names), the same batch; the steps written the way PyTorch users write them:
  forward        model.eval(), torch.no_grad()
  inputGradient  model.eval(), cross-entropy, torch.autograd.grad to the images
  trainingStep   model.train() (BatchNorm in training mode), SGD momentum 0.9, weight decay 5e-4, all layers
  tailStep       the same on the last block and fc only, from features of the frozen prefix cached once
Usage: python3 resnet_steps.py SPEC.json THREADS. Reads one line per round from stdin
("round"), answers one JSON line of seconds per call; "quit" ends.
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
    torch.set_num_threads(int(sys.argv[2]))
    raw = np.fromfile(spec["weights"], dtype=np.float32)
    state = {t["name"]: torch.from_numpy(raw[t["offset"]:t["offset"] + int(np.prod(t["dims"]))].reshape(t["dims"]).copy()) for t in spec["tensors"]}
    model = torchvision.models.resnet18(num_classes=spec["classes"])
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not unexpected and all(k.endswith("num_batches_tracked") for k in missing), (missing, unexpected)
    n, c, h, w = spec["inputShape"]
    x = torch.from_numpy(np.fromfile(spec["images"], dtype=np.float32).reshape(n, c, h, w).copy())
    y = torch.arange(n) % spec["classes"]
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=5e-4)

    last = model.layer4[-1]
    prefix = nn.Sequential(model.conv1, model.bn1, model.relu, model.maxpool, model.layer1, model.layer2, model.layer3, model.layer4[:-1])
    prefix.eval()
    with torch.no_grad():
        feats = prefix(x)
    tail_params = list(last.parameters()) + list(model.fc.parameters())
    tail_opt = torch.optim.SGD(tail_params, lr=0.01, momentum=0.9, weight_decay=5e-4)

    def forward():
        model.eval()
        with torch.no_grad():
            model(x)

    def input_gradient():
        model.eval()
        xi = x.clone().requires_grad_(True)
        loss = nn.functional.cross_entropy(model(xi), y)
        torch.autograd.grad(loss, xi)

    def training_step():
        model.train()
        opt.zero_grad(set_to_none=True)
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()

    def tail_step():
        last.train()
        tail_opt.zero_grad(set_to_none=True)
        logits = model.fc(torch.flatten(model.avgpool(last(feats)), 1))
        nn.functional.cross_entropy(logits, y).backward()
        tail_opt.step()

    steps = {"forward": forward, "inputGradient": input_gradient, "trainingStep": training_step, "tailStep": tail_step}
    for f in steps.values():
        f()  # warm-up: first-call allocations
    for line in sys.stdin:
        if line.strip() != "round":
            break
        out = {}
        for name, f in steps.items():
            t0 = time.perf_counter()
            f()
            out[name] = time.perf_counter() - t0
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
