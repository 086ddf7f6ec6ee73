"""PyTorch eager on a device, the reference for gpu/device-timing.ts.

The bench's ResNet-18 and its three steps (bench/python/resnet_spec.py) on DEVICE. Tensors live
on the device; each call ends with torch.cuda.synchronize() on CUDA, so a time is the whole step. Usage: python3 device_steps.py SPEC.json DEVICE THREADS. Reads "round" lines
from stdin and answers one JSON line of seconds per step; "quit" ends.
"""
import json
import os
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "python"))
from resnet_spec import load, whole_steps  # noqa: E402


def main():
    device = torch.device(sys.argv[2])
    torch.set_num_threads(int(sys.argv[3]))
    model, x, y = load(sys.argv[1], device)
    steps = whole_steps(model, x, y)
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
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
