"""Which tokenizer should the NER run on: characters, jieba words or a pkuseg model of our own?

    nice -n 10 python benchmarks/segmentation.py --steps 1000

Why this exists: ipie tokenises Chinese one character per token (NORM = the
character bigram, ``ipie/pipeline/tokenizer.py``). A word segmenter would give
the tok2vec longer units, but spaCy's NER can only predict spans made of whole
tokens, so every gold entity whose start or end falls inside a word is lost
before training starts. This script measures both sides of that trade-off for
three tokenizers:

1. ``char``   - ipie's CharBigramTokenizer (the shipped choice);
2. ``jieba``  - spaCy's ChineseTokenizer with ``segmenter = "jieba"`` and
   jieba's default dictionary;
3. ``pkuseg`` - spaCy's ChineseTokenizer with ``segmenter = "pkuseg"`` and a
   spacy-pkuseg model trained here (spacy-pkuseg ships none). Its training
   text is the TRAIN split only: each train paragraph is segmented by jieba and
   then cut again at every gold span start/end, so entity edges are word edges
   in what pkuseg learns from (whitespace is dropped: it is the file format's
   word separator). Dev and test text are never seen. pkuseg's own "test file"
   (it prints a segmentation score per iteration) is a slice of that same
   train data, so it only reports fit. spaCy loads the model with
   ``pkuseg_user_dict = "default"`` (``None`` makes spaCy pass the model
   folder as a dictionary, which fails), so spacy-pkuseg's bundled
   dictionary post-processing is on, as it would be in a shipped pipeline.

For each tokenizer it reports

* alignment: the share of gold spans whose start and end are both token
  boundaries (``Doc.char_span(..., alignment_mode="strict")`` is not None), per
  label and overall, on train, dev and test;
* NER: the same ``tok2vec`` + ``ner`` blocks as ``configs/ner_rel.cfg`` (no
  relation or lexicon component, and the embedding keeps only the attributes
  the tokenizer determines - ORTH, NORM, SHAPE - so a feature written by
  another component, such as ipie_lexicon's TAG, does not blur the
  comparison; same widths, rows, seed and optimiser), trained for the
  same fixed number of steps on train, then scored on DEV (the decision) and
  TEST (information only) by exact character-offset match against the FULL
  gold span set - a gold span the tokenizer cannot represent is a miss. The
  last checkpoint (``model-last``) is scored, so dev does not pick the
  checkpoint. For word tokenizers NORM is spaCy's default (the word itself);
  for ``char`` it is ipie's character bigram.

Training data are written with ``ipie.corpus.formats.write_any(..., "docbin")``,
exactly as ``ipie train`` does. That function widens a misaligned gold span to
the tokens that cover it (``alignment_mode="expand"``), so word tokenizers
train on some wrong-boundary entities; two widened spans can also overlap,
which would make it raise, so such later spans are dropped first. Both counts
are reported (``train_docbin``).

Results go to ``benchmarks/results/segmentation.json``; a markdown summary is
printed. Each NER training is timed (wall and CPU seconds). The machine this
was written on is shared, so run it under ``nice``.
"""
from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import logging
import os
import shutil
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ipie.corpus.formats import write_any
from ipie.corpus.records import Record
from ipie.training import load_splits, read_annotations, split_records

TOKENIZERS = ("char", "jieba", "pkuseg")
SPLITS = ("train", "dev", "test")
TOKEN_ATTRS = ("ORTH", "NORM", "SHAPE")  # what the tokenizer alone determines


# --- data -----------------------------------------------------------------------------------


def load_data(annotations: Path, splits_path: Path) -> dict[str, list[Record]]:
    records = read_annotations([annotations])
    splits = load_splits(splits_path)
    return {split: split_records(records, splits, split) for split in SPLITS}


# --- tokenizers ----------------------------------------------------------------------------


def tokenizer_settings(name: str, pkuseg_dir: Path | None) -> tuple[dict, dict]:
    """([nlp.tokenizer], [initialize.tokenizer]) config blocks for a tokenizer."""
    if name == "char":
        return {"@tokenizers": "ipie.CharBigramTokenizer.v1"}, {}
    if name == "jieba":
        return {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "jieba"}, {}
    if name == "pkuseg":
        assert pkuseg_dir is not None
        return (
            {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "pkuseg"},
            {"pkuseg_model": str(pkuseg_dir), "pkuseg_user_dict": "default"},
        )
    raise ValueError(f"unknown tokenizer {name!r}")


def blank_nlp(name: str, pkuseg_dir: Path | None):
    import spacy

    import ipie.pipeline.tokenizer  # noqa: F401  (registers ipie.CharBigramTokenizer.v1)

    tokenizer_cfg, init_cfg = tokenizer_settings(name, pkuseg_dir)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer_cfg}})
    if init_cfg:
        nlp.tokenizer.initialize(**init_cfg)
    return nlp


def pkuseg_training_lines(records: list[Record]) -> list[str]:
    """jieba's words, cut again at every gold span edge; one paragraph a line, words joined by spaces."""
    import jieba

    lines = []
    for record in records:
        text = record.text
        cuts = {0, len(text)}
        offset = 0
        for word in jieba.cut(text, cut_all=False):
            offset += len(word)
            cuts.add(offset)
        for span in record.spans:
            cuts.update((span.start, span.end))
        bounds = sorted(cuts)
        words = []
        for start, end in itertools.pairwise(bounds):
            # whitespace separates words in pkuseg's format, so it cannot be part of one
            words.extend(w for w in text[start:end].split() if w)
        if words:
            lines.append(" ".join(words))
    return lines


def train_pkuseg(records: list[Record], workdir: Path, iterations: int) -> tuple[Path, float]:
    import spacy_pkuseg

    workdir.mkdir(parents=True, exist_ok=True)
    lines = pkuseg_training_lines(records)
    train_file, fit_file, model_dir = workdir / "seg_train.txt", workdir / "seg_fit.txt", workdir / "model"
    train_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fit_file.write_text("\n".join(lines[:: 10]) + "\n", encoding="utf-8")  # a train slice: reports fit only
    if model_dir.exists():
        shutil.rmtree(model_dir)
    start = time.perf_counter()
    with open(workdir / "pkuseg_train.log", "w", encoding="utf-8") as log, contextlib.redirect_stdout(log):
        spacy_pkuseg.train(str(train_file), str(fit_file), str(model_dir), train_iter=iterations)
    return model_dir, time.perf_counter() - start


# --- alignment -----------------------------------------------------------------------------


def _share(aligned: int, total: int) -> dict:
    return {"aligned": aligned, "total": total, "share": round(aligned / total, 4) if total else None}


def alignment(nlp, records: list[Record]) -> dict:
    aligned, total = Counter(), Counter()
    tokens = chars = 0
    for record, doc in zip(records, nlp.pipe(r.text for r in records)):
        tokens += sum(1 for t in doc if not t.is_space)
        chars += sum(1 for ch in record.text if not ch.isspace())
        for span in record.spans:
            total[span.label] += 1
            if doc.char_span(span.start, span.end, alignment_mode="strict") is not None:
                aligned[span.label] += 1
    return {
        "overall": _share(sum(aligned.values()), sum(total.values())),
        "per_label": {label: _share(aligned[label], total[label]) for label in sorted(total)},
        "chars_per_token": round(chars / tokens, 3) if tokens else None,
    }


def docbin_records(nlp, records: list[Record]) -> tuple[list[Record], dict]:
    """Records safe for write_any's "expand" mode: spans whose widened extent overlaps an earlier one are dropped."""
    out, misaligned, dropped = [], 0, 0
    for record, doc in zip(records, nlp.pipe(r.text for r in records)):
        kept, taken = [], set()
        for span in sorted(record.spans):
            if doc.char_span(span.start, span.end, alignment_mode="strict") is None:
                misaligned += 1
            widened = doc.char_span(span.start, span.end, alignment_mode="expand")
            cover = set(range(widened.start, widened.end)) if widened is not None else set()
            if widened is None or cover & taken:
                dropped += 1
                continue
            taken |= cover
            kept.append(span)
        out.append(replace(record, spans=kept, relations=[]))
    total = sum(len(r.spans) for r in records)
    return out, {"gold_spans": total, "misaligned_widened": misaligned, "dropped_overlap": dropped}


# --- NER training and scoring --------------------------------------------------------------


def ner_config(base_config: Path, name: str, pkuseg_dir: Path | None, steps: int, seed: int):
    """configs/ner_rel.cfg reduced to tok2vec + ner on ORTH/NORM/SHAPE, with the given tokenizer."""
    from thinc.api import Config

    cfg = Config().from_disk(base_config, interpolate=False)
    cfg["nlp"]["pipeline"] = ["tok2vec", "ner"]
    cfg["components"] = {name: cfg["components"][name] for name in ("tok2vec", "ner")}
    cfg["training"]["annotating_components"] = []
    cfg["training"]["frozen_components"] = []
    # Only the token's own features: attributes written by other components (TAG from
    # ipie_lexicon, LEMMA and MORPH from ipie_words) are not part of a tokenizer comparison.
    embed = cfg["components"]["tok2vec"]["model"]["embed"]
    keep = [i for i, attr in enumerate(embed["attrs"]) if attr in TOKEN_ATTRS]
    embed["attrs"] = [embed["attrs"][i] for i in keep]
    embed["rows"] = [embed["rows"][i] for i in keep]
    tokenizer_cfg, init_cfg = tokenizer_settings(name, pkuseg_dir)
    cfg["nlp"]["tokenizer"] = tokenizer_cfg
    cfg["initialize"]["tokenizer"] = init_cfg
    cfg["system"]["seed"] = seed
    cfg["training"]["max_steps"] = steps
    cfg["training"]["max_epochs"] = 0
    cfg["training"]["patience"] = 0  # a fixed budget: no early stop
    cfg["training"]["eval_frequency"] = max(1, steps // 4)
    cfg["training"]["score_weights"] = {"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None}
    return cfg


def train_ner(cfg, train_path: Path, dev_path: Path, out_dir: Path) -> tuple[Path, float, float]:
    from spacy.cli.train import train as spacy_train

    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    cfg_path = out_dir / "config.cfg"
    cfg.to_disk(cfg_path)
    wall, cpu = time.perf_counter(), time.process_time()
    spacy_train(cfg_path, out_dir, overrides={"paths.train": str(train_path), "paths.dev": str(dev_path)}, use_gpu=-1)
    return out_dir / "model-last", time.perf_counter() - wall, time.process_time() - cpu


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def score(nlp, records: list[Record]) -> dict:
    """Exact (start, end, label) match in character offsets against every gold span."""
    tp, pred, gold = Counter(), Counter(), Counter()
    for record, doc in zip(records, nlp.pipe(r.text for r in records)):
        gold_set = {(s.start, s.end, s.label) for s in record.spans}
        pred_set = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        for _, _, label in gold_set:
            gold[label] += 1
        for item in pred_set:
            pred[item[2]] += 1
            if item in gold_set:
                tp[item[2]] += 1
    labels = sorted(set(gold) | set(pred))
    return {
        **_prf(sum(tp.values()), sum(pred.values()), sum(gold.values())),
        "per_label": {label: _prf(tp[label], pred[label], gold[label]) for label in labels},
    }


# --- report --------------------------------------------------------------------------------


def _pct(x) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def markdown(results: dict) -> str:
    toks = [t for t in TOKENIZERS if t in results["tokenizers"]]
    res = results["tokenizers"]
    lines = ["### Gold spans on token boundaries (%)", ""]
    lines.append("| tokenizer | chars/token (dev) | train | dev | test |")
    lines.append("|---|---:|---:|---:|---:|")
    for t in toks:
        a = res[t]["alignment"]
        lines.append(
            f"| {t} | {a['dev']['chars_per_token']} | "
            + " | ".join(f"{_pct(a[s]['overall']['share'])}" for s in SPLITS)
            + " |"
        )
    lines += ["", "### Per label, dev + test (%; worst first for the worst word tokenizer)", ""]
    merged: dict[str, dict[str, list[int]]] = {}
    for t in toks:
        counts = defaultdict(lambda: [0, 0])
        for s in ("dev", "test"):
            for label, v in res[t]["alignment"][s]["per_label"].items():
                counts[label][0] += v["aligned"]
                counts[label][1] += v["total"]
        merged[t] = counts
    labels = sorted(merged[toks[0]])
    worst = min(toks, key=lambda t: res[t]["alignment"]["dev"]["overall"]["share"])
    labels.sort(key=lambda lab: merged[worst][lab][0] / merged[worst][lab][1])
    lines.append("| label | n | " + " | ".join(toks) + " |")
    lines.append("|---|---:|" + "---:|" * len(toks))
    for label in labels:
        n = merged[toks[0]][label][1]
        lines.append(
            f"| {label} | {n} | " + " | ".join(_pct(merged[t][label][0] / merged[t][label][1]) for t in toks) + " |"
        )
    if any("dev" in res[t] for t in toks):
        lines += ["", f"### NER ({results['settings']['steps']} steps, seed {results['settings']['seed']}; exact spans vs all gold)", ""]
        lines.append("| tokenizer | dev P | dev R | dev F1 | test F1 | train wall s | train CPU s | misaligned train spans (widened / dropped) |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---|")
        for t in toks:
            if "dev" not in res[t]:
                continue
            d, e, tr, db = res[t]["dev"], res[t]["test"], res[t]["training"], res[t]["train_docbin"]
            lines.append(
                f"| {t} | {_pct(d['p'])} | {_pct(d['r'])} | {_pct(d['f'])} | {_pct(e['f'])} | "
                f"{tr['wall_s']:.0f} | {tr['cpu_s']:.0f} | {db['misaligned_widened']} / {db['dropped_overlap']} |"
            )
    if "pkuseg_model" in results:
        model = results["pkuseg_model"]
        lines += ["", f"pkuseg model trained in {model['train_s']:.0f} s ({model['iterations']} iterations, {model['lines']} train paragraphs)."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=1000, help="NER training steps, the same for every tokenizer")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--tokenizers", nargs="+", default=list(TOKENIZERS), choices=TOKENIZERS)
    parser.add_argument("--annotations", type=Path, default=ROOT / "annotations")
    parser.add_argument("--splits", type=Path, default=ROOT / "annotations" / "splits.json")
    parser.add_argument("--config", type=Path, default=ROOT / "configs" / "ner_rel.cfg")
    parser.add_argument("--pkuseg-iter", type=int, default=10, help="spacy-pkuseg training iterations (its fit plateaus by ~10 here)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/ipie-segmentation-bench"))
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "segmentation.json")
    parser.add_argument("--alignment-only", action="store_true", help="skip NER training")
    args = parser.parse_args()

    import jieba
    import spacy

    import ipie.pipeline.tokenizer  # noqa: F401

    jieba.setLogLevel(logging.WARNING)
    spacy.util.logger.setLevel(logging.WARNING)
    data = load_data(args.annotations, args.splits)
    args.workdir.mkdir(parents=True, exist_ok=True)
    results: dict = {
        "command": "python benchmarks/segmentation.py " + " ".join(sys.argv[1:]),
        "settings": {
            "steps": args.steps,
            "seed": args.seed,
            "base_config": str(args.config.relative_to(ROOT) if args.config.is_relative_to(ROOT) else args.config),
            "checkpoint": "model-last",
            "paragraphs": {s: len(data[s]) for s in SPLITS},
            "gold_spans": {s: sum(len(r.spans) for r in data[s]) for s in SPLITS},
            "versions": {"spacy": spacy.__version__, "jieba": jieba.__version__},
        },
        "tokenizers": {},
    }

    pkuseg_dir = None
    if "pkuseg" in args.tokenizers:
        import importlib.metadata

        pkuseg_dir, seconds = train_pkuseg(data["train"], args.workdir / "pkuseg", args.pkuseg_iter)
        results["settings"]["versions"]["spacy-pkuseg"] = importlib.metadata.version("spacy-pkuseg")
        results["pkuseg_model"] = {
            "source": "jieba segmentation of the train split, cut again at gold span edges",
            "iterations": args.pkuseg_iter,
            "lines": len(data["train"]),
            "train_s": round(seconds, 1),
            "user_dict": "default",
        }
        print(f"pkuseg model trained in {seconds:.0f} s", file=sys.stderr)

    for name in args.tokenizers:
        nlp = blank_nlp(name, pkuseg_dir)
        entry: dict = {"alignment": {s: alignment(nlp, data[s]) for s in SPLITS}}
        results["tokenizers"][name] = entry
        print(f"{name}: dev alignment {entry['alignment']['dev']['overall']}", file=sys.stderr)
        if args.alignment_only:
            continue
        folder = args.workdir / name
        folder.mkdir(parents=True, exist_ok=True)
        train_records, entry["train_docbin"] = docbin_records(nlp, data["train"])
        dev_records, _ = docbin_records(nlp, data["dev"])
        write_any(train_records, folder / "train.spacy", "docbin", nlp=nlp)
        write_any(dev_records, folder / "dev.spacy", "docbin", nlp=nlp)
        cfg = ner_config(args.config, name, pkuseg_dir, args.steps, args.seed)
        model_path, wall, cpu = train_ner(cfg, folder / "train.spacy", folder / "dev.spacy", folder / "out")
        entry["training"] = {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1)}
        trained = spacy.load(model_path)
        entry["dev"] = score(trained, data["dev"])
        entry["test"] = score(trained, data["test"])
        print(f"{name}: dev F1 {entry['dev']['f']:.4f} test F1 {entry['test']['f']:.4f} ({wall:.0f} s)", file=sys.stderr)

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(markdown(results))


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
