"""PyTorch eager reference for the engine bench's ViT-B/16 steps (driven by bench/vit-torch.ts).

torchvision's vit_b_16 with random weights (seed 0; the head too, which torchvision zeroes), exported by torch.onnx.export (opset 17,
dynamic batch) into DIR/model.onnx; the bench's images written to DIR/images.f32 (float32,
BATCH x 3 x 224 x 224, uniform [0, 1), seed 1) and PyTorch's logits for them to DIR/logits.f32. Then it times the steps on the same weights and
images, written the way PyTorch users write them:
  forward        model.eval(), torch.no_grad()
  inputGradient  model.eval(), cross-entropy, torch.autograd.grad to the images
Usage: python3 vit_steps.py DIR BATCH THREADS. Prints "ready TORCH_VERSION BLAS_INFO" once the files are written, then
reads one line per round from stdin ("round") and answers one JSON line of seconds per call;
"quit" ends.
"""
import json
import re
import sys
import time

import torch
import torchvision
from torch import nn


def main():
    out, batch, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    model = torchvision.models.vit_b_16().eval()
    # torchvision zero-initialises the head, which would make every logit and input gradient 0.
    nn.init.normal_(model.heads.head.weight, std=0.02)
    x = torch.rand(batch, 3, 224, 224, generator=torch.Generator().manual_seed(1))
    y = torch.arange(batch) % 1000
    # Outside no_grad: there, eval-mode nn.MultiheadAttention takes its fused fast path, which
    # torch 1.13 cannot export.
    torch.onnx.export(model, x[:2], f"{out}/model.onnx", opset_version=17, input_names=["input"],
                      output_names=["logits"], dynamic_axes={"input": {0: "N"}, "logits": {0: "N"}})
    x.numpy().tofile(f"{out}/images.f32")

    def forward():
        with torch.no_grad():
            model(x)

    def input_gradient():
        xi = x.clone().requires_grad_(True)
        loss = nn.functional.cross_entropy(model(xi), y)
        torch.autograd.grad(loss, xi)

    steps = {"forward": forward, "inputGradient": input_gradient}
    # Warm-up (first-call allocations), which also gives the logits the bench compares. A call
    # takes seconds to minutes here, so the input gradient gets no warm-up of its own.
    with torch.no_grad():
        model(x).numpy().tofile(f"{out}/logits.f32")
    # Linear layers go through the BLAS torch was built against: Debian's links the reference BLAS
    # ("generic"), far slower than MKL or OpenBLAS, so the bench records which.
    blas = re.search(r"BLAS_INFO=(\w+)", torch.__config__.show())
    print(f"ready {torch.__version__} {blas.group(1) if blas else 'unknown'}", flush=True)
    for line in sys.stdin:
        if line.strip() != "round":
            break
        times = {}
        for name, f in steps.items():
            t0 = time.perf_counter()
            f()
            times[name] = time.perf_counter() - t0
        print(json.dumps(times), flush=True)


if __name__ == "__main__":
    main()
