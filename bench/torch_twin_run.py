#!/usr/bin/python3
"""PyTorch twin of `normlab-cli run bn-paper --steps N`: the same experiment end
to end on one thread. Loads Fashion-MNIST from the Debian package's gzip files,
min-max scales the pixels (fitted on the training split), builds the BN and the
plain 784-100-100-100-10 sigmoid MLPs from the same N(0, 1) weights (biases 0,
none before BN), trains both on the same shuffled batches of 60 with SGD at lr
0.5, and evaluates both on the whole test set (chunks of 1,000, BN on running
statistics) and on the first 2,000 training rows (the engine's fixed subset
for the training accuracy) every 200 steps (the preset's interval) and after
the last. Prints the wall time of each phase and of the whole run, for the
ratio against normlab-cli's --profile.

The engine's run also computes its per-step probes (layer percentiles,
histograms); this twin does not, so the comparison flatters PyTorch.

Usage: /usr/bin/python3 bench/torch_twin_run.py [--steps 3000] [--eval-interval 200]
"""
import argparse
import gzip
import time

START = time.perf_counter()
START_CPU = time.process_time()

import numpy as np  # noqa: E402
import torch  # noqa: E402

DATA = "/usr/share/datasets/fashion-mnist"
TRAIN_EVAL_ROWS = 2000  # TwinConfig::trainEvalSamples


def idx(name: str, header: int) -> np.ndarray:
    with gzip.open(f"{DATA}/{name}.gz", "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=header)


def build(batch_norm: bool, weights: list) -> torch.nn.Module:
    layers = []
    for i, w in enumerate(weights):
        linear = torch.nn.Linear(w.shape[1], w.shape[0], bias=not (batch_norm and i < 3))
        with torch.no_grad():
            linear.weight.copy_(w)
            if linear.bias is not None:
                linear.bias.zero_()
        layers.append(linear)
        if i < 3:
            if batch_norm:
                layers.append(torch.nn.BatchNorm1d(w.shape[0], momentum=0.1, eps=1e-5))
            layers.append(torch.nn.Sigmoid())
    return torch.nn.Sequential(*layers)


def evaluate(net, x, y):
    net.eval()
    loss_sum, correct = 0.0, 0
    with torch.no_grad():
        for start in range(0, x.shape[0], 1000):
            logits = net(x[start:start + 1000])
            labels = y[start:start + 1000]
            loss_sum += torch.nn.functional.cross_entropy(logits, labels, reduction="sum").item()
            correct += (logits.argmax(1) == labels).sum().item()
    net.train()
    return loss_sum / x.shape[0], correct / x.shape[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--eval-interval", type=int, default=200)
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(1)
    times = {"data loading": 0.0, "training steps": 0.0, "evaluation": 0.0}

    t = time.perf_counter()
    train_x = idx("train-images-idx3-ubyte", 16).reshape(-1, 784)
    train_y = torch.from_numpy(idx("train-labels-idx1-ubyte", 8).astype(np.int64))
    test_x = idx("t10k-images-idx3-ubyte", 16).reshape(-1, 784)
    test_y = torch.from_numpy(idx("t10k-labels-idx1-ubyte", 8).astype(np.int64))
    lo = train_x.min(axis=0).astype(np.float32)
    span = train_x.max(axis=0).astype(np.float32) - lo
    span[span == 0] = 1
    train_x = torch.from_numpy((train_x.astype(np.float32) - lo) / span)
    test_x = torch.from_numpy((test_x.astype(np.float32) - lo) / span)
    times["data loading"] += time.perf_counter() - t

    sizes = [(100, 784), (100, 100), (100, 100), (10, 100)]
    weights = [torch.randn(*s) for s in sizes]
    nets = [build(True, weights), build(False, weights)]
    optimizers = [torch.optim.SGD(n.parameters(), lr=0.5) for n in nets]
    generator = torch.Generator().manual_seed(1)
    order, cursor = torch.randperm(60000, generator=generator), 0
    results = []
    for step in range(1, args.steps + 1):
        t = time.perf_counter()
        if cursor + 60 > 60000:
            order, cursor = torch.randperm(60000, generator=generator), 0
        rows = order[cursor:cursor + 60]
        cursor += 60
        x, y = train_x[rows], train_y[rows]
        for net, optimizer in zip(nets, optimizers):
            optimizer.zero_grad(set_to_none=True)
            loss = torch.nn.functional.cross_entropy(net(x), y)
            loss.backward()
            optimizer.step()
        times["training steps"] += time.perf_counter() - t
        if step % args.eval_interval == 0 or step == args.steps:
            t = time.perf_counter()
            results.append([evaluate(net, test_x, test_y) for net in nets])
            for net in nets:
                evaluate(net, train_x[:TRAIN_EVAL_ROWS], train_y[:TRAIN_EVAL_ROWS])
            times["evaluation"] += time.perf_counter() - t

    total = time.perf_counter() - START
    cpu = time.process_time() - START_CPU
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, steps {args.steps}, "
          f"{len(results)} evaluations")
    for name, seconds in times.items():
        print(f"  {name:16s} {seconds:8.3f} s")
    print(f"  {'total':16s} {total:8.3f} s wall, {cpu:.3f} s CPU (from the start of this script)")
    print(f"  final test accuracy bn {results[-1][0][1]:.3f} plain {results[-1][1][1]:.3f}")


if __name__ == "__main__":
    main()
