"""PyTorch eager reference for the engine bench's steps (driven by bench/torch-steps.ts).

torchvision's resnet18 with the bench graph's weights (the same initializers, torchvision
names), the same batch (resnet_spec.py); the steps written the way PyTorch users write them:
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

import torch
from torch import nn

from resnet_spec import load, whole_steps


def main():
    torch.set_num_threads(int(sys.argv[2]))
    model, x, y = load(sys.argv[1])
    steps = whole_steps(model, x, y)

    last = model.layer4[-1]
    prefix = nn.Sequential(model.conv1, model.bn1, model.relu, model.maxpool, model.layer1, model.layer2, model.layer3, model.layer4[:-1])
    prefix.eval()
    with torch.no_grad():
        feats = prefix(x)
    tail_params = list(last.parameters()) + list(model.fc.parameters())
    tail_opt = torch.optim.SGD(tail_params, lr=0.01, momentum=0.9, weight_decay=5e-4)

    def tail_step():
        last.train()
        tail_opt.zero_grad(set_to_none=True)
        logits = model.fc(torch.flatten(model.avgpool(last(feats)), 1))
        nn.functional.cross_entropy(logits, y).backward()
        tail_opt.step()

    steps["tailStep"] = tail_step
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
