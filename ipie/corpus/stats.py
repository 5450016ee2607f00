"""Corpus statistics and the consistency report.

A string annotated with a label in one place but left out (or labelled
differently) in another is either an annotation slip or a case the
guidelines must explain; the report lists each such string once.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ipie.corpus.records import Record


def corpus_stats(records: list[Record], splits: dict[str, str] | None = None) -> dict:
    from ipie.training import section_key

    splits = splits or {}
    labels = Counter(s.label for r in records for s in r.spans)
    relations = Counter(rel.label for r in records for rel in r.relations)
    per_split: dict[str, dict] = defaultdict(lambda: {"paragraphs": 0, "characters": 0, "labels": Counter(), "relations": Counter()})
    for r in records:
        entry = per_split[splits.get(section_key(r), "train")]
        entry["paragraphs"] += 1
        entry["characters"] += len(r.text)
        entry["labels"].update(s.label for s in r.spans)
        entry["relations"].update(rel.label for rel in r.relations)
    cases = inconsistencies(records)
    return {
        "paragraphs": len(records),
        "characters": sum(len(r.text) for r in records),
        "labels": dict(sorted(labels.items())),
        "relations": dict(sorted(relations.items())),
        "splits": {k: {**v, "labels": dict(v["labels"]), "relations": dict(v["relations"])} for k, v in sorted(per_split.items())},
        "inconsistent": len(cases),
        "inconsistencies": cases,
    }


def inconsistencies(records: list[Record], min_length: int = 2) -> list[dict]:
    """Surface strings annotated somewhere whose other occurrences differ in label or are unannotated."""
    labelled: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        for s in r.spans:
            surface = r.text[s.start : s.end]
            if len(surface) >= min_length:
                labelled[surface][s.label] += 1
    cases = []
    for surface, labels in labelled.items():
        pattern = re.compile(re.escape(surface))
        unannotated = 0
        for r in records:
            covered = [(s.start, s.end) for s in r.spans]
            for m in pattern.finditer(r.text):
                inside = any(a <= m.start() and m.end() <= b for a, b in covered)
                if not inside:
                    unannotated += 1
        if len(labels) > 1 or unannotated:
            cases.append({"text": surface, "labels": dict(labels), "unannotated": unannotated})
    return sorted(cases, key=lambda c: (-(c["unannotated"] + sum(c["labels"].values())), c["text"]))
