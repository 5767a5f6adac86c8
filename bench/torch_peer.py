#!/usr/bin/python3
"""PyTorch peer of network_bench: trains the bn-paper network (784-100-100-100-10
sigmoid MLP, float32, N(0, 1) weights, plain SGD) on one thread and prints
training steps per second for the same batch sizes, with and without batch norm.

Usage: /usr/bin/python3 bench/torch_peer.py (Debian python3-torch) [--seconds 2]
"""
import argparse
import time

import torch


def build(batch_norm: bool) -> torch.nn.Module:
    layers = []
    width_in = 784
    for _ in range(3):
        layers.append(torch.nn.Linear(width_in, 100, bias=not batch_norm))
        if batch_norm:
            layers.append(torch.nn.BatchNorm1d(100))
        layers.append(torch.nn.Sigmoid())
        width_in = 100
    layers.append(torch.nn.Linear(width_in, 10))
    net = torch.nn.Sequential(*layers)
    with torch.no_grad():
        for module in net:
            if isinstance(module, torch.nn.Linear):
                module.weight.normal_(0.0, 1.0)
                if module.bias is not None:
                    module.bias.zero_()
    return net


def steps_per_second(batch: int, batch_norm: bool, seconds: float) -> float:
    torch.manual_seed(1)
    net = build(batch_norm)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.01)
    loss_fn = torch.nn.CrossEntropyLoss()
    x = torch.rand(batch, 784)
    labels = torch.arange(batch) % 10

    def step():
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(net(x), labels)
        loss.backward()
        optimizer.step()

    for _ in range(20):  # warm-up
        step()
    steps = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        step()
        steps += 1
    return steps / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="CPU seconds per case")
    args = parser.parse_args()
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, CPU-time rates")
    for batch in (60, 256):
        for batch_norm in (False, True):
            rate = steps_per_second(batch, batch_norm, args.seconds)
            print(f"batch {batch:4d} bn {int(batch_norm)}: {rate:8.0f} steps/s")


if __name__ == "__main__":
    main()
