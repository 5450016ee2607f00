"""Inference speed and memory of the shipped pipeline and the rules-only baseline.

    python benchmarks/speed.py [--repeat 3] [--runs 3] [--model models/ipie-zh]

Runs the whole path (normalise → sections → model → facts) over the bundled
examples, repeated, in one process and with --n-process 2, and prints
characters per second (the best of --runs timings: on a shared virtual machine
single runs vary by a quarter) and peak memory (max RSS of this process and its
children). BLAS is held to one thread per process, so one process is one core.
Run it on an otherwise idle machine.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy loads OpenBLAS
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ipie  # noqa: E402
from ipie.baseline import rules_pipeline  # noqa: E402


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def run(nlp, folder: Path, n_process: int) -> tuple[float, int, int]:
    start = time.perf_counter()
    chars = facts = 0
    for result in ipie.annotate_files([folder], nlp, n_process=n_process):
        chars += result.characters
        facts += len(result.facts)
    return time.perf_counter() - start, chars, facts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3, help="copies of the examples in the batch")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per setting; the best is reported")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for k in range(args.repeat):
            for path in sorted((ROOT / "examples").glob("*.txt")):
                shutil.copy(path, folder / f"{k}_{path.name}")
        pipelines = [("rules baseline", rules_pipeline()), ("trained pipeline", ipie.load(args.model))]
        print(f"{'pipeline':18s} {'processes':>9s} {'chars':>9s} {'seconds':>8s} {'chars/s':>9s} {'facts':>6s}")
        for name, nlp in pipelines:
            run(nlp, folder, 1)  # warm-up: lazy tables, caches
            for n_process in (1, 2):
                seconds, chars, facts = min(run(nlp, folder, n_process) for _ in range(args.runs))
                print(f"{name:18s} {n_process:9d} {chars:9d} {seconds:8.2f} {chars / seconds:9.0f} {facts:6d}")
    print(f"peak memory (max RSS): {_peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
