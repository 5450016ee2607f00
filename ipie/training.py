"""Training: annotations in any supported format → spaCy DocBins → spacy train.

The split is fixed in ``annotations/splits.json`` by section; records from
sections it does not list (a user's new annotations) go to training. The test
split is never read here.
"""
from __future__ import annotations

import json
import random
import shutil
import tempfile
from pathlib import Path

from ipie.corpus.formats import read_any, write_any
from ipie.corpus.records import Record

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "configs" / "ner_rel.cfg"
TRANSFORMER_CONFIG = DEFAULT_CONFIG.with_name("ner_rel_transformer.cfg")
SPLITS = ("train", "dev", "test")


def section_key(record: Record) -> str:
    return f"{record.doc}:{record.section}"


def load_splits(path: str | Path | None) -> dict[str, str]:
    """section key → split name."""
    if path is None or not Path(path).exists():
        return {}
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {key: split for split in SPLITS for key in data.get(split, [])}


def read_annotations(paths: list[str | Path]) -> list[Record]:
    """Records from every path: a canonical JSONL, a doccano or Label Studio export, a DocBin, or a folder."""
    records: list[Record] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():  # every *.jsonl but the gold facts (facts_*.jsonl) is a corpus file
            for file in sorted(path.glob("*.jsonl")):
                if not file.name.startswith("facts_"):
                    records.extend(read_any(file))
        else:
            records.extend(read_any(path))
    return records


def split_records(records: list[Record], splits: dict[str, str], split: str) -> list[Record]:
    if split == "train":
        return [r for r in records if splits.get(section_key(r), "train") == "train"]
    return [r for r in records if splits.get(section_key(r)) == split]


def train(
    annotation_paths: list[str | Path],
    output: str | Path,
    config: str | Path | None = None,
    base_model: str | Path | None = None,
    splits_path: str | Path | None = None,
    overrides: dict | None = None,
    use_gpu: int = -1,
    backbone: str | Path | None = None,
    include_dev: bool = False,
) -> Path:
    """Train (or fine-tune ``base_model``) and save the best pipeline, with ipie_facts, to ``output``.

    ``backbone`` is a local Hugging Face encoder directory for the config's
    ``[paths] backbone``; without ``config`` it selects the transformer config.
    ``include_dev`` is the final fit once every choice has been made on dev: the
    dev split trains too, and as its scores can no longer pick a step, the last
    step's pipeline is saved.
    """
    import spacy
    from spacy.cli.train import train as spacy_train
    from thinc.api import Config

    import ipie.pipeline.components  # noqa: F401  (registers the components)
    from ipie.backend import cpu_blas_ops

    records = read_annotations(annotation_paths)
    splits = load_splits(splits_path)
    train_records = split_records(records, splits, "train")
    dev_records = split_records(records, splits, "dev")
    if not dev_records:  # no fixed split: hold out a tenth of the training paragraphs
        shuffled = train_records[:]
        random.Random(0).shuffle(shuffled)
        cut = max(1, len(shuffled) // 10)
        dev_records, train_records = shuffled[:cut], shuffled[cut:]
    if include_dev:
        train_records = train_records + dev_records
    if not train_records:
        raise ValueError("no training records found in " + ", ".join(map(str, annotation_paths)))
    cfg = Config().from_disk(config or (TRANSFORMER_CONFIG if backbone else DEFAULT_CONFIG), interpolate=False)
    if base_model is not None:
        for name in cfg["nlp"]["pipeline"]:
            cfg["components"][name] = {"source": str(base_model)}
    output = Path(output)
    with tempfile.TemporaryDirectory(prefix="ipie-train-") as tmp:
        tmp = Path(tmp)
        nlp = spacy.blank("zh", config={"nlp": {"tokenizer": dict(cfg["nlp"]["tokenizer"])}})  # the config's tokenizer
        write_any(train_records, tmp / "train.spacy", "docbin", nlp=nlp)
        write_any(dev_records, tmp / "dev.spacy", "docbin", nlp=nlp)
        cfg_path = tmp / "config.cfg"
        cfg.to_disk(cfg_path)
        all_overrides = {"paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy")}
        if backbone is not None:
            all_overrides["paths.backbone"] = str(Path(backbone).resolve())
        all_overrides.update(overrides or {})
        with cpu_blas_ops():
            spacy_train(cfg_path, tmp / "out", overrides=all_overrides, use_gpu=use_gpu)
        trained = spacy.load(tmp / "out" / ("model-last" if include_dev else "model-best"))
        trained.config["paths"].update({"train": None, "dev": None})  # the temporary corpora are gone
        if include_dev:  # its dev scores were measured on training data
            trained.meta.pop("performance", None)
            trained.meta["description"] = "final fit on the train and dev splits: no held-out dev scores"
        if "ipie_entity_rules" not in trained.pipe_names and "ner" in trained.pipe_names:
            trained.add_pipe("ipie_entity_rules", after="ner")
        if "ipie_facts" not in trained.pipe_names:
            trained.add_pipe("ipie_facts")
        if output.exists():
            shutil.rmtree(output)
        trained.to_disk(output)
    return output
