"""Scores: entities (exact span) and relations (with gold entities, and end to end).

The metric names follow spaCy's scorer: ents_p/r/f, ents_per_type, and
rel_micro_p/r/f, rel_per_type for relations.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from spacy.scorer import PRFScore
from spacy.training import Example

from ipie.pipeline.relations import RELATIONS_KEY


def _relation_set(doc) -> set[tuple]:
    return {tuple(r[:5]) for r in doc.user_data.get(RELATIONS_KEY, [])}


def score_relations(examples: Iterable[Example], prefix: str = "rel") -> dict:
    """Micro and per-label P/R/F of relations, matched on both spans' offsets and the label."""
    micro = PRFScore()
    per_type: dict[str, PRFScore] = defaultdict(PRFScore)
    for eg in examples:
        gold, pred = _relation_set(eg.reference), _relation_set(eg.predicted)
        for rel in pred:
            hit = rel in gold
            micro.tp += hit
            micro.fp += not hit
            per_type[rel[4]].tp += hit
            per_type[rel[4]].fp += not hit
        for rel in gold - pred:
            micro.fn += 1
            per_type[rel[4]].fn += 1
    return {
        f"{prefix}_micro_p": micro.precision,
        f"{prefix}_micro_r": micro.recall,
        f"{prefix}_micro_f": micro.fscore,
        f"{prefix}_per_type": {k: v.to_dict() for k, v in sorted(per_type.items())},
    }


def common_errors(examples: Iterable[Example], limit: int = 15) -> list[tuple[str, int]]:
    """The commonest entity errors as 'kind: text (LABEL)' with counts."""
    counts: Counter = Counter()
    for eg in examples:
        gold = {(e.start_char, e.end_char): e.label_ for e in eg.reference.ents}
        pred = {(e.start_char, e.end_char): e.label_ for e in eg.predicted.ents}
        text = eg.reference.text
        for span, label in pred.items():
            if span not in gold:
                counts[f"spurious {label}: {text[span[0]:span[1]]}"] += 1
            elif gold[span] != label:
                counts[f"{gold[span]} tagged {label}: {text[span[0]:span[1]]}"] += 1
        for span, label in gold.items():
            if span not in pred:
                counts[f"missed {label}: {text[span[0]:span[1]]}"] += 1
    return counts.most_common(limit)
