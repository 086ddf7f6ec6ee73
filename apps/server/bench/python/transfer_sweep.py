"""Plain PyTorch eager references for the transfer bench's sweep (run by bench/transfer/torch-sweep.ts).

The same trials as the bench (the zoo's ONNX weights in a torchvision-layout ResNet, the same
stratified samples, SGD with momentum and weight decay, the step schedule, test after every epoch),
trained two ways:
  careful:   the frozen prefix runs once per image of the trial under no_grad; only the tail trains.
  reference: the reference study's loop: the whole model runs every step (frozen parameters
             requires_grad=False, frozen BatchNorm in eval mode), the test set through the whole model.
Usage: python3 transfer_sweep.py INPUT.json MODE WORKERS THREADS  -> one JSON line on stdout.
"""
import json
import multiprocessing as mp
import sys
import time

import numpy as np
import torch
from torch import nn
from torchvision.models.resnet import BasicBlock

SPEC = None
DATA = {}
MODELS = {}


def load(spec):
    """Weights per source and images per target, read once per worker before any trial."""
    for s in spec["sources"]:
        raw = np.fromfile(s["weights"], dtype=np.float32)
        MODELS[s["id"]] = {t["name"]: torch.from_numpy(raw[t["offset"]:t["offset"] + int(np.prod(t["dims"]))].reshape(t["dims"]).copy()) for t in s["tensors"]}
    for name, t in spec["targets"].items():
        c, h, w = t["shape"]
        DATA[name] = {
            split: (torch.from_numpy(np.fromfile(t[split]["images"], dtype=np.float32).reshape(-1, c, h, w)),
                    torch.from_numpy(np.fromfile(t[split]["labels"], dtype=np.int32).astype(np.int64)))
            for split in ("train", "test")
        }


class ZooResNet(nn.Module):
    """torchvision's BasicBlock ResNet as the zoo builds it: 3x3 stem, no max-pool, one block per stage."""

    def __init__(self, widths, in_channels, classes, mean, std):
        super().__init__()
        self.register_buffer("mean", torch.tensor(mean).view(1, -1, 1, 1))
        self.register_buffer("std", torch.tensor(std).view(1, -1, 1, 1))
        self.conv1 = nn.Conv2d(in_channels, widths[0], 3, 1, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(widths[0])
        self.relu = nn.ReLU(inplace=True)
        stages, cin = [], widths[0]
        for i, wd in enumerate(widths):
            stride = 1 if i == 0 else 2
            down = None if stride == 1 and cin == wd else nn.Sequential(nn.Conv2d(cin, wd, 1, stride, bias=False), nn.BatchNorm2d(wd))
            stages.append(nn.Sequential(BasicBlock(cin, wd, stride, down)))
            cin = wd
        self.layer1, self.layer2, self.layer3 = stages
        self.fc = nn.Linear(cin, classes)



class Stem(nn.Module):
    """The model's normalisation, first convolution, BatchNorm and ReLU as one stage."""

    def __init__(self, m):
        super().__init__()
        self.conv1, self.bn1, self.relu = m.conv1, m.bn1, m.relu
        self.register_buffer("mean", m.mean)
        self.register_buffer("std", m.std)

    def forward(self, x):
        return self.relu(self.bn1(self.conv1((x - self.mean) / self.std)))


def build(source, classes, seed):
    s = next(x for x in SPEC["sources"] if x["id"] == source)
    w = MODELS[source]
    widths = [w[f"layer{i}.0.conv1.weight"].shape[0] for i in (1, 2, 3)]
    m = ZooResNet(widths, w["conv1.weight"].shape[1], w["fc.weight"].shape[0], s["mean"], s["std"])
    missing, unexpected = m.load_state_dict(w, strict=False)
    assert not unexpected and all(k in ("mean", "std") or k.endswith("num_batches_tracked") for k in missing), (missing, unexpected)
    torch.manual_seed(seed)
    m.fc = nn.Linear(m.fc.in_features, classes)
    return m


def split(m, depth):
    """(frozen prefix, trained blocks): depth 0 trains the final layer only, k the last k blocks too."""
    stages = [Stem(m), m.layer1, m.layer2, m.layer3]
    cut = len(stages) - depth
    return nn.Sequential(*stages[:cut]), nn.Sequential(*stages[cut:])


def lr_at(t, epoch):
    if t["schedule"] != "step":
        return t["lr"]
    marks = [m for m in (round(t["epochs"] / 3), round(2 * t["epochs"] / 3)) if m > 0]
    return t["lr"] * 0.1 ** sum(1 for m in marks if epoch >= m)


def run_trial(t):
    torch.set_num_threads(SPEC["threads"])
    x_all, y_all = DATA[t["target"]]["train"]
    x_test, y_test = DATA[t["target"]]["test"]
    rows = torch.tensor(t["rows"], dtype=torch.long)
    x, y = x_all[rows], y_all[rows]
    m = build(t["source"], t["classes"], t["seed"])
    prefix, tail = split(m, t["depth"])
    for p in prefix.parameters():
        p.requires_grad_(False)
    prefix.eval()

    def tail_logits(f):
        return m.fc(torch.flatten(nn.functional.adaptive_avg_pool2d(tail(f), 1), 1))

    careful = SPEC["mode"] == "careful"
    if careful:
        with torch.no_grad():
            f_train = torch.cat([prefix(x[i:i + 256]) for i in range(0, len(x), 256)])
            f_test = torch.cat([prefix(x_test[i:i + 256]) for i in range(0, len(x_test), 256)])
    params = list(tail.parameters()) + list(m.fc.parameters())
    opt = torch.optim.SGD(params, lr=t["lr"], momentum=t["momentum"], weight_decay=t["weightDecay"])
    g = torch.Generator().manual_seed(t["seed"])
    acc = 0.0
    for epoch in range(t["epochs"]):
        for group in opt.param_groups:
            group["lr"] = lr_at(t, epoch)
        tail.train()
        order = torch.randperm(len(x), generator=g)
        for s in range(0, len(x), t["batchSize"]):
            b = order[s:s + t["batchSize"]]
            inp = f_train[b] if careful else prefix(x[b])
            loss = nn.functional.cross_entropy(tail_logits(inp), y[b])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
        tail.eval()
        correct = 0
        with torch.no_grad():
            for i in range(0, len(x_test), 256):
                f = f_test[i:i + 256] if careful else prefix(x_test[i:i + 256])
                correct += (tail_logits(f).argmax(1) == y_test[i:i + 256]).sum().item()
        acc = correct / len(x_test)
    return acc


def init(spec):
    global SPEC
    SPEC = spec
    torch.set_num_threads(spec["threads"])
    load(spec)


def main():
    spec = json.load(open(sys.argv[1]))
    spec["mode"], spec["threads"] = sys.argv[2], int(sys.argv[4])
    workers = int(sys.argv[3])
    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=init, initargs=(spec,)) as pool:
        # Start-up (imports, reading the data) is not a trial's cost: one tiny task per worker first.
        pool.map(time.sleep, [0.5] * workers)
        t0 = time.perf_counter()
        cpu0 = time.process_time()
        accuracies = pool.map(run_trial, spec["trials"], chunksize=1)
        seconds = time.perf_counter() - t0
    print(json.dumps({"mode": spec["mode"], "seconds": seconds, "accuracies": accuracies, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
