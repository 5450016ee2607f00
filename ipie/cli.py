"""The ipie command line: a thin layer over the Python API."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEFAULT_ANNOTATIONS = Path(__file__).resolve().parent.parent / "annotations"


def _err(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


# --- annotate ---------------------------------------------------------------------


def cmd_annotate(args) -> int:
    from tqdm import tqdm

    from ipie.api import annotate_files, load
    from ipie.ingest import IngestError
    from ipie.io import atomic_writer
    from ipie.output import FactWriter, existing_rows, output_format

    fmt = output_format(args.output)
    kept, done = existing_rows(args.output) if args.resume else ([], set())
    nlp = load(args.model)
    failures = 0
    with atomic_writer(args.output) as handle:
        writer = FactWriter(handle, fmt)
        for row in kept:
            writer.write_row(row)
        results = annotate_files(args.inputs, nlp, n_process=args.n_process, skip=done)
        bar = tqdm(results, unit="doc", disable=not sys.stderr.isatty() and not args.progress, desc="annotate")
        n_docs = n_facts = 0
        for result in bar:
            if isinstance(result, IngestError):
                failures += 1
                _err(str(result))
                continue
            n_docs += 1
            n_facts += writer.write_facts(result.facts)
    skipped = f", {len(done)} already in {args.output}" if done else ""
    print(f"{n_docs} documents, {n_facts} facts → {args.output}{skipped}; {failures} failed", file=sys.stderr)
    return 1 if failures else 0


# --- train / evaluate ---------------------------------------------------------------


def cmd_train(args) -> int:
    from ipie.training import train

    overrides = {}
    for item in args.set or []:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value) if value[:1] in "0123456789-[{tfn\"" else value
    out = train(
        args.annotations, args.output, config=args.config, base_model=args.base_model,
        splits_path=args.splits, overrides=overrides, use_gpu=args.gpu, backbone=args.backbone,
        include_dev=args.include_dev,
    )
    print(f"saved pipeline to {out}", file=sys.stderr)
    return 0


def cmd_evaluate(args) -> int:
    from ipie.evaluate import evaluate_facts, evaluate_model, format_report
    from ipie.training import load_splits, read_annotations, split_records

    records = split_records(read_annotations(args.annotations), load_splits(args.splits), args.split)
    if not records:
        _err(f"no records of split {args.split!r} in {', '.join(map(str, args.annotations))}")
        return 2
    if args.rules:
        from ipie.baseline import rules_pipeline

        nlp = rules_pipeline()
    else:
        from ipie.api import load

        nlp = load(args.model)
    if args.facts:
        gold_facts = Path(args.gold_facts) if args.gold_facts else DEFAULT_ANNOTATIONS / f"facts_{args.split}.jsonl"
        metrics = evaluate_facts(nlp, records, gold_facts)
    else:
        metrics = evaluate_model(nlp, records)
    print(format_report(metrics))
    if args.output:
        from ipie.io import atomic_writer

        with atomic_writer(args.output) as handle:
            json.dump(metrics, handle, ensure_ascii=False, indent=2)
    return 0


# --- corpus tools ------------------------------------------------------------------------


def cmd_convert(args) -> int:
    from ipie.corpus.formats import read_any, write_any

    records = read_any(args.input, args.from_format)
    write_any(records, args.output, args.to)
    print(f"{len(records)} records → {args.output} ({args.to})", file=sys.stderr)
    return 0


def cmd_validate(args) -> int:
    from ipie.corpus.validate import find_sources, validate_records
    from ipie.training import read_annotations

    path = Path(args.path)
    records = read_annotations([path])
    folder = path if path.is_dir() else path.parent
    sources = find_sources(folder, {r.doc for r in records})
    problems = validate_records(records, sources)
    for line in problems:
        print(line)
    checked = f"; text checked against the normaliser for {len(sources)} documents" if sources else ""
    print(f"{len(records)} records, {len(problems)} problems{checked}", file=sys.stderr)
    return 1 if problems else 0


def cmd_stats(args) -> int:
    from ipie.corpus.stats import corpus_stats
    from ipie.training import load_splits, read_annotations

    path = Path(args.path)
    splits_path = args.splits or (path if path.is_dir() else path.parent) / "splits.json"
    stats = corpus_stats(read_annotations([path]), load_splits(splits_path))
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
        return 0
    print(f"{stats['paragraphs']} paragraphs, {stats['characters']} characters")
    print("labels:    " + ", ".join(f"{k} {v}" for k, v in stats["labels"].items()))
    print("relations: " + ", ".join(f"{k} {v}" for k, v in stats["relations"].items()))
    for name, split in stats["splits"].items():
        print(f"{name:6s} {split['paragraphs']} paragraphs, {split['characters']} characters, {sum(split['labels'].values())} spans")
    print(f"inconsistent strings: {stats['inconsistent']}")
    for case in stats["inconsistencies"][: args.show]:
        print(f"  {case['text']}: {case['labels']}, unannotated {case['unannotated']}")
    return 0


def cmd_render(args) -> int:
    from ipie.api import load
    from ipie.ingest import IngestError, read_document
    from ipie.io import atomic_writer
    from ipie.render import render_document

    try:
        raw = read_document(args.input)
    except IngestError as err:
        _err(str(err))
        return 1
    page = render_document(load(args.model), raw.doc_id, raw.text)
    with atomic_writer(args.output) as handle:
        handle.write(page)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


# --- parser ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ipie", description="Facts from Chinese IP work reports.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("annotate", help="extract facts from reports (files, folders, '-' for stdin)")
    p.add_argument("inputs", nargs="+")
    p.add_argument("-o", "--output", required=True, help="OUT.jsonl or OUT.csv (written atomically)")
    p.add_argument("--model", default=None, help="pipeline directory (default: the shipped model)")
    p.add_argument("--n-process", type=int, default=1)
    p.add_argument("--resume", action="store_true", help="keep documents already in OUT and skip them")
    p.add_argument("--progress", action="store_true", help="show the progress bar even when not on a terminal")
    p.set_defaults(func=cmd_annotate)

    p = sub.add_parser("train", help="train or fine-tune the NER + relation pipeline")
    p.add_argument("--annotations", nargs="+", default=[str(DEFAULT_ANNOTATIONS)],
                   help="canonical JSONL, doccano JSONL, Label Studio JSON, DocBin, or folders of JSONL")
    p.add_argument("--output", required=True)
    p.add_argument("--config", default=None)
    p.add_argument("--base-model", default=None, help="fine-tune this pipeline instead of training from scratch")
    p.add_argument("--backbone", default=None,
                   help="local Hugging Face encoder directory (config, weights, vocab.txt): train on it "
                        "(default config: configs/ner_rel_transformer.cfg)")
    p.add_argument("--splits", default=str(DEFAULT_ANNOTATIONS / "splits.json"))
    p.add_argument("--set", action="append", help="config override, e.g. training.max_steps=500")
    p.add_argument("--gpu", type=int, default=-1)
    p.add_argument("--include-dev", action="store_true",
                   help="final fit: train on the dev split too and save the last step (choose settings on dev first)")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="precision/recall/F1 on a split")
    p.add_argument("--model", default=None)
    p.add_argument("--rules", action="store_true", help="evaluate the rules-only baseline instead of a model")
    p.add_argument("--annotations", nargs="+", default=[str(DEFAULT_ANNOTATIONS)])
    p.add_argument("--splits", default=str(DEFAULT_ANNOTATIONS / "splits.json"))
    p.add_argument("--split", default="test", choices=["train", "dev", "test"])
    p.add_argument("--facts", action="store_true", help="fact-level evaluation against gold facts")
    p.add_argument("--gold-facts", default=None, help="hand-written gold facts (default: annotations/facts_SPLIT.jsonl)")
    p.add_argument("--output", default=None, help="metrics.json")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("convert", help="convert annotations between canonical, doccano, labelstudio, docbin")
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--to", required=True, choices=["canonical", "doccano", "labelstudio", "docbin"])
    p.add_argument("--from", dest="from_format", default=None, choices=["canonical", "doccano", "labelstudio", "docbin"])
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser("validate", help="check a gold corpus")
    p.add_argument("path")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("stats", help="label counts, splits, consistency report")
    p.add_argument("path")
    p.add_argument("--json", action="store_true")
    p.add_argument("--splits", default=None)
    p.add_argument("--show", type=int, default=30)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("render", help="HTML view of one report: entities, relations, facts")
    p.add_argument("input")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--model", default=None)
    p.set_defaults(func=cmd_render)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (FileNotFoundError, ValueError) as err:
        _err(str(err))
        return 2


if __name__ == "__main__":
    sys.exit(main())
