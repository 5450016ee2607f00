"""The trained relation component: links entities within a paragraph.

In the spirit of spaCy's relation-extraction tutorial: every ordered pair of
entities whose labels the schema allows becomes a candidate; its vector is the
mean token vector of head and child from the shared tok2vec, plus a few pair
features (distance, order, entities in between, 分别 lists); a small network
scores every relation label. At training time candidates come from the gold
entities; at prediction time from the entity recogniser.
"""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable

import numpy
from spacy.language import Language
from spacy.pipeline.trainable_pipe import TrainablePipe
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_examples
from spacy.vocab import Vocab
from thinc.api import Model, Optimizer, set_dropout_rate
from thinc.types import Floats2d

from ipie.schema import LABELS, RELATIONS, candidate_relations

RELATIONS_KEY = "ipie_relations"  # doc.user_data key: list of (head_start, head_end, child_start, child_end, label[, score])
# a head takes at most one child of these relations; ISSUED_BY may name several issuers
FUNCTIONAL = frozenset(RELATIONS) - {"ISSUED_BY"}
_DISTANCE_BINS = (0, 1, 2, 3, 5, 8, 12, 20, 35, 60, 100)


def get_relations(doc: Doc) -> list[tuple]:
    """Relations on a doc as (head_span, child_span, label, score)."""
    out = []
    for item in doc.user_data.get(RELATIONS_KEY, []):
        hs, he, cs, ce, label = item[:5]
        score = item[5] if len(item) > 5 else 1.0
        head, child = doc.char_span(hs, he), doc.char_span(cs, ce)
        if head is not None and child is not None:
            out.append((head, child, label, score))
    return out


def set_gold_relations(doc: Doc, relations: Iterable[tuple[int, int, int, int, str]]) -> None:
    doc.user_data[RELATIONS_KEY] = [tuple(r) for r in relations]


def candidate_pairs(ents: tuple[Span, ...] | list[Span], max_distance: int) -> list[tuple[int, int]]:
    """Indices (head, child) of entity pairs that some relation label allows."""
    pairs = []
    for i, head in enumerate(ents):
        for j, child in enumerate(ents):
            if i == j or not candidate_relations(head.label_, child.label_):
                continue
            gap = child.start - head.end if child.start >= head.end else head.start - child.end
            if gap <= max_distance:
                pairs.append((i, j))
    return pairs


def _bin(value: int) -> int:
    for k, edge in enumerate(_DISTANCE_BINS):
        if value <= edge:
            return k
    return len(_DISTANCE_BINS)


N_PAIR_FEATURES = 2 * len(LABELS) + 3 * (len(_DISTANCE_BINS) + 1) + 6


_CLAUSE_END = frozenset("。；！？;!?")


def clause_ids(doc: Doc, ents) -> list[int]:
    """The clause (text between 。；！？) each entity sits in."""
    ends = numpy.cumsum([token.text in _CLAUSE_END for token in doc]) if len(doc) else numpy.zeros(0)
    return [int(ends[e.start - 1]) if e.start else 0 for e in ents]


def pair_features(doc: Doc, ents, i: int, j: int, clauses: list[int]) -> numpy.ndarray:
    """Hand-made pair features the classifier weighs: labels, distance, order, 分别 lists."""
    head, child = ents[i], ents[j]
    f = numpy.zeros((N_PAIR_FEATURES,), dtype="f")
    f[LABELS.index(head.label_)] = 1
    f[len(LABELS) + LABELS.index(child.label_)] = 1
    base = 2 * len(LABELS)
    lo, hi = (head, child) if head.start < child.start else (child, head)
    f[base + _bin(hi.start - lo.end)] = 1
    base += len(_DISTANCE_BINS) + 1
    inside = [e for e in ents if e.start >= lo.end and e.end <= hi.start]
    f[base + _bin(len(inside))] = 1
    base += len(_DISTANCE_BINS) + 1
    # position among entities of the same label in the clause: pairs up 分别 lists in order
    rank_head = sum(1 for k in range(i) if ents[k].label_ == head.label_ and clauses[k] == clauses[i])
    rank_child = sum(1 for k in range(j) if ents[k].label_ == child.label_ and clauses[k] == clauses[j])
    f[base + _bin(abs(rank_head - rank_child))] = 1
    base += len(_DISTANCE_BINS) + 1
    text_between = doc.text[lo.end_char : hi.start_char]
    f[base] = head.start < child.start
    f[base + 1] = clauses[i] != clauses[j]
    f[base + 2] = "，" in text_between
    f[base + 3] = "分别" in doc.text[max(0, lo.start_char - 30) : hi.end_char]
    f[base + 4] = rank_head == rank_child
    f[base + 5] = any(e.label_ == head.label_ for e in inside)
    return f


@Language.factory(
    "ipie_relations",
    default_config={
        "threshold": 0.5,
        "max_distance": 80,
        "model": {
            "@architectures": "ipie.RelationModel.v1",
            "hidden_width": 128,
            "dropout": 0.1,
            "tok2vec": {
                "@architectures": "spacy.Tok2VecListener.v1",
                "width": "${components.tok2vec.model.encode.width}",
                "upstream": "tok2vec",
            },
        },
    },
    default_score_weights={"rel_micro_f": 1.0, "rel_micro_p": 0.0, "rel_micro_r": 0.0},
)
def make_relation_extractor(nlp: Language, name: str, model: Model, threshold: float, max_distance: int):
    return RelationExtractor(nlp.vocab, model, name, threshold=threshold, max_distance=max_distance)


class RelationExtractor(TrainablePipe):
    """Scores candidate entity pairs for each relation label of the schema."""

    def __init__(self, vocab: Vocab, model: Model, name: str = "ipie_relations", *, threshold: float, max_distance: int):
        self.vocab = vocab
        self.model = model
        self.name = name
        self.cfg = {"labels": list(RELATIONS), "threshold": threshold, "max_distance": max_distance}
        self.model.attrs["max_distance"] = max_distance

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.cfg["labels"])

    def predict(self, docs: Iterable[Doc]):
        docs = list(docs)
        scores, pairs = self.model.predict(docs)
        return scores, pairs

    def set_annotations(self, docs: Iterable[Doc], predictions) -> None:
        scores, pairs_per_doc = predictions
        threshold = self.cfg["threshold"]
        row = 0
        for doc, pairs in zip(docs, pairs_per_doc):
            ents = doc.ents
            best: dict[tuple[int, str], tuple[float, int]] = {}
            found = []
            for i, j in pairs:
                allowed = candidate_relations(ents[i].label_, ents[j].label_)
                for label in allowed:
                    score = float(scores[row, self.labels.index(label)])
                    if score < threshold:
                        continue
                    if label in FUNCTIONAL:
                        key = (i, label)
                        if key not in best or score > best[key][0]:
                            best[key] = (score, j)
                    else:
                        found.append((i, j, label, score))
                row += 1
            found += [(i, j, label, score) for (i, label), (score, j) in best.items()]
            doc.user_data[RELATIONS_KEY] = sorted(
                (ents[i].start_char, ents[i].end_char, ents[j].start_char, ents[j].end_char, label, round(score, 4))
                for i, j, label, score in found
            )

    def _gold_matrix(self, examples: list[Example], pairs_per_doc) -> tuple[Floats2d, Floats2d]:
        """Targets and a mask that leaves out labels the schema forbids for a pair."""
        rows = sum(len(p) for p in pairs_per_doc)
        truth = numpy.zeros((rows, len(self.labels)), dtype="f")
        mask = numpy.zeros((rows, len(self.labels)), dtype="f")
        row = 0
        for eg, pairs in zip(examples, pairs_per_doc):
            gold = {tuple(r[:5]) for r in eg.reference.user_data.get(RELATIONS_KEY, [])}
            ents = eg.predicted.ents
            for i, j in pairs:
                head, child = ents[i], ents[j]
                for label in candidate_relations(head.label_, child.label_):
                    k = self.labels.index(label)
                    mask[row, k] = 1
                    truth[row, k] = (head.start_char, head.end_char, child.start_char, child.end_char, label) in gold
                row += 1
        return self.model.ops.asarray2f(truth), self.model.ops.asarray2f(mask)

    def update(self, examples: Iterable[Example], *, drop: float = 0.0, sgd: Optimizer | None = None, losses=None):
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        examples = list(examples)
        validate_examples(examples, "RelationExtractor.update")
        # learn from gold entities: the recogniser is still learning its own
        for eg in examples:
            eg.predicted.ents = [
                eg.predicted.char_span(e.start_char, e.end_char, label=e.label_) for e in eg.reference.ents
            ]
        set_dropout_rate(self.model, drop)
        (scores, pairs), backprop = self.model.begin_update([eg.predicted for eg in examples])
        if not sum(len(p) for p in pairs):
            return losses
        truth, mask = self._gold_matrix(examples, pairs)
        d_scores = (scores - truth) * mask
        loss = float((d_scores**2).sum())
        backprop(d_scores)
        if sgd is not None:
            self.finish_update(sgd)
        losses[self.name] += loss
        return losses

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None, labels=None):
        sample = list(islice(get_examples(), 20))
        docs = []
        for eg in sample:
            doc = eg.reference.copy()
            docs.append(doc)
        self.model.initialize(X=docs)

    def score(self, examples: Iterable[Example], **kwargs) -> dict:
        from ipie.evaluate import score_relations

        return score_relations(examples)
