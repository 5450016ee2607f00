"""Seconds per pipeline component on the bundled examples, to see where the time goes.

    python benchmarks/components.py [--runs 3] [--model models/ipie-zh]

Each example paragraph is one doc, as in ``ipie annotate``; the paragraphs go
through the pipeline in batches of 128, one component at a time, and each
component's time is summed over the batches. The best of --runs passes is
printed per component. BLAS is held to one thread, so this is one core.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy loads OpenBLAS
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

import ipie  # noqa: E402
from ipie.ingest import read_document  # noqa: E402
from ipie.normalize import normalize  # noqa: E402

BATCH = 128


def paragraphs() -> list[str]:
    texts = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        texts += [p.text for p in normalize(read_document(path).text).paragraphs() if p.text.strip()]
    return texts


def component_seconds(nlp, texts: list[str]) -> dict[str, float]:
    seconds = dict.fromkeys(["make_doc", *nlp.pipe_names], 0.0)
    for b in range(0, len(texts), BATCH):
        start = time.perf_counter()
        docs = [nlp.make_doc(t) for t in texts[b : b + BATCH]]
        seconds["make_doc"] += time.perf_counter() - start
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=BATCH)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            seconds[name] += time.perf_counter() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3, help="passes; the best time of each component is reported")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    nlp = ipie.load(args.model)
    texts = paragraphs()
    component_seconds(nlp, texts)  # warm-up: lazy tables, caches
    runs = [component_seconds(nlp, texts) for _ in range(args.runs)]
    chars = sum(map(len, texts))
    print(f"spaCy {spacy.__version__}, {len(texts)} paragraphs, {chars} characters")
    for name in runs[0]:
        best = min(run[name] for run in runs)
        print(f"{name:20s} {best:7.2f} s  {best / chars * 1e6:6.2f} µs/char")
    best_total = min(sum(run.values()) for run in runs)
    print(f"{'total':20s} {best_total:7.2f} s  {chars / best_total:,.0f} chars/s")


if __name__ == "__main__":
    main()
