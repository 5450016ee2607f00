"""What the transformer backbone costs: inference and training speed with a random encoder.

    python benchmarks/transformer_speed.py [--layers 12 --hidden 768] [--doc 000_25a18dc7584b1dbe]

Builds a randomly initialised BERT of the given shape (random weights cost the
same as trained ones; nothing is downloaded) with a vocabulary of the corpus
characters padded to --vocab-size, in a temporary directory; assembles
configs/ner_rel_transformer.cfg on it; then times (1) the model pipeline
(tok2vec, ner, ipie_relations) over every paragraph of one seed document, as
characters per second, next to the shipped CNN pipeline on the same paragraphs,
and (2) nlp.update on batches of about --batch-chars characters, the config's
batch size. Run it on an otherwise idle machine.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
import torch  # noqa: E402
from spacy.training import Example  # noqa: E402
from thinc.api import Config  # noqa: E402
from transformers import BertConfig, BertModel  # noqa: E402

import ipie  # noqa: E402
from ipie.api import model_only  # noqa: E402
from ipie.corpus.formats import records_to_docs  # noqa: E402
from ipie.training import TRANSFORMER_CONFIG, read_annotations  # noqa: E402


def build_backbone(folder: Path, chars: list[str], args) -> None:
    """A random BertModel and its character vocab.txt, saved like a downloaded checkpoint."""
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + chars
    vocab += [f"[unused{i}]" for i in range(args.vocab_size - len(vocab))]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=args.hidden, num_hidden_layers=args.layers,
        num_attention_heads=args.hidden // 64 or 1, intermediate_size=4 * args.hidden, max_position_embeddings=512,
    )
    BertModel(config).save_pretrained(folder)


def chars_per_second(nlp, texts: list[str], repeat: int) -> float:
    list(nlp.pipe(texts[:8]))  # warm-up
    start = time.perf_counter()
    for _ in range(repeat):
        for _doc in nlp.pipe(texts):
            pass
    return repeat * sum(map(len, texts)) / (time.perf_counter() - start)


def batches(examples: list[Example], size: int):
    batch, n = [], 0
    for eg in examples:
        batch.append(eg)
        n += len(eg.reference)
        if n >= size:
            yield batch
            batch, n = [], 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--layers", type=int, default=12)
    parser.add_argument("--hidden", type=int, default=768)
    parser.add_argument("--vocab-size", type=int, default=21128, help="bert-base-chinese has 21,128 entries")
    parser.add_argument("--doc", default="000_25a18dc7584b1dbe", help="seed document to time inference on (the others give the training batches)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--batch-chars", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=3)
    args = parser.parse_args()

    records = read_annotations([ROOT / "annotations"])
    texts = [r.text for r in records if r.doc == args.doc]
    chars = sorted({ch for r in records for ch in r.text if not ch.isspace()})
    with tempfile.TemporaryDirectory() as tmp:
        build_backbone(Path(tmp), chars, args)
        config = Config().from_disk(TRANSFORMER_CONFIG, overrides={"paths.backbone": tmp})
        nlp = spacy.util.load_model_from_config(config, auto_fill=True)
        train = [Example(nlp.make_doc(d.text), d) for d in records_to_docs(nlp, [r for r in records if r.doc != args.doc])]
        optimizer = nlp.initialize(lambda: train)
    print(f"encoder: {args.layers} layers, hidden {args.hidden}; torch threads {torch.get_num_threads()}")
    print(f"inference, {args.doc} ({len(texts)} paragraphs, {sum(map(len, texts))} characters), model components only:")
    print(f"  transformer pipeline {chars_per_second(nlp, texts, args.repeat):9.0f} characters/s")
    shipped = ipie.load()
    with shipped.select_pipes(disable=model_only(shipped)):
        print(f"  shipped CNN pipeline {chars_per_second(shipped, texts, args.repeat):9.0f} characters/s")
    losses: dict = {}
    grads, updates, sizes = [], [], []
    for k, batch in enumerate(batches(train, args.batch_chars)):
        if k > args.steps:
            break
        start = time.perf_counter()
        nlp.update(batch, drop=0.1, sgd=False, losses=losses)  # forward and backward only
        middle = time.perf_counter()
        for _, proc in nlp.pipeline:  # every component of this pipeline is trainable
            proc.finish_update(optimizer)
        if k:  # step 0 is a warm-up
            grads.append(middle - start)
            updates.append(time.perf_counter() - middle)
            sizes.append(sum(len(eg.reference) for eg in batch))
    n = len(sizes)
    step = (sum(grads) + sum(updates)) / n
    print(f"training: {step:.2f} s per step of ~{sum(sizes) / n:.0f} characters ({sum(sizes) / n / step:.0f} characters/s): "
          f"{sum(grads) / n:.2f} s forward + backward, {sum(updates) / n:.2f} s optimizer; mean of {n} steps")

if __name__ == "__main__":
    main()
