"""The trained relation component: links entities within a paragraph.

In the spirit of spaCy's relation-extraction tutorial: every ordered pair of
entities whose labels the schema allows becomes a candidate; its vector is the
mean token vector of head and child from the shared tok2vec, plus a few pair
features (distance, order, entities in between, 分别 lists); a small network
scores every relation label. At training time candidates come from the gold
entities; at prediction time from the entity recogniser.
"""
# Annotations stay live types (no `from __future__ import annotations`): confection 0.1,
# which spaCy 3.8.7 uses, builds its config schemas from registered functions' signatures.

import bisect
from itertools import islice
from typing import Callable, Iterable

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline.trainable_pipe import TrainablePipe
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_examples
from spacy.vocab import Vocab
from thinc.api import Model, Optimizer, set_dropout_rate
from thinc.types import Floats2d

from ipie.pipeline.doc_text import text_of
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
    labels = [e.label_ for e in ents]
    bounds = [(e.start, e.end) for e in ents]
    pairs = []
    for i, head in enumerate(labels):
        for j, child in enumerate(labels):
            if i == j or not candidate_relations(head, child):
                continue
            (hs, he), (cs, ce) = bounds[i], bounds[j]
            gap = cs - he if cs >= he else hs - ce
            if gap <= max_distance:
                pairs.append((i, j))
    return pairs


def _bin(value: int) -> int:
    return bisect.bisect_left(_DISTANCE_BINS, value)


N_PAIR_FEATURES = 2 * len(LABELS) + 3 * (len(_DISTANCE_BINS) + 1) + 7


_CLAUSE_END = frozenset("。；！？;!?")


def _prefix_counts(flags) -> numpy.ndarray:
    """counts[k] = how many of flags[:k] are true."""
    return numpy.concatenate([[0], numpy.cumsum(numpy.asarray(flags, dtype="i"))]) if len(flags) else numpy.zeros(1, dtype="i")


def _name_core(name: str) -> str:
    """A name without its administrative suffix (芜湖市 → 芜湖), as titles and organisations quote it."""
    core = name.rstrip("省市区县")
    return core if len(core) >= 2 else name


def pair_features(doc: Doc, ents, pairs: list[tuple[int, int]]) -> numpy.ndarray:
    """Hand-made pair features the classifier weighs: labels, distance, order, 分别 lists, names inside names.

    One row per (head, child) pair. Entities are sorted and disjoint, so those
    between two entities are exactly the ones between their indices; prefix
    counts make every feature O(1) per pair.
    """
    out = numpy.zeros((len(pairs), N_PAIR_FEATURES), dtype="f")
    if not pairs:
        return out
    text = text_of(doc)
    labels = [LABELS.index(e.label_) for e in ents]
    starts = [e.start for e in ents]
    ends = [e.end for e in ents]
    start_chars = [e.start_char for e in ents]
    end_chars = [e.end_char for e in ents]
    written = [text[a:b] for a, b in zip(start_chars, end_chars)]  # Span.text joins the span's tokens anew on each read
    # the clause (text between 。；！？) each entity sits in, and its place among same-label entities there
    marks = numpy.array([doc.vocab.strings[mark] for mark in _CLAUSE_END], dtype="uint64")
    clause_of_token = _prefix_counts(numpy.isin(doc.to_array(ORTH), marks))  # by hash: a Token per character costs more
    clauses = [int(clause_of_token[s]) for s in starts]
    seen: dict[tuple[int, int], int] = {}
    ranks = []
    for label, clause in zip(labels, clauses):
        ranks.append(seen.get((label, clause), 0))
        seen[(label, clause)] = ranks[-1] + 1
    same_label = {label: _prefix_counts([l == label for l in labels]) for label in set(labels)}
    commas = _prefix_counts([ch == "，" for ch in text])
    respectively = _prefix_counts([text.startswith("分别", k) for k in range(len(text))])
    n = len(LABELS)
    nb = len(_DISTANCE_BINS) + 1
    base = 2 * n + 3 * nb
    for row, (i, j) in enumerate(pairs):
        lo, hi = (i, j) if starts[i] < starts[j] else (j, i)
        f = out[row]
        f[labels[i]] = 1
        f[n + labels[j]] = 1
        f[2 * n + _bin(starts[hi] - ends[lo])] = 1
        f[2 * n + nb + _bin(hi - lo - 1)] = 1
        f[2 * n + 2 * nb + _bin(abs(ranks[i] - ranks[j]))] = 1
        f[base] = starts[i] < starts[j]
        f[base + 1] = clauses[i] != clauses[j]
        f[base + 2] = commas[start_chars[hi]] > commas[end_chars[lo]]
        window_start, window_end = max(0, start_chars[lo] - 30), end_chars[hi] - 1  # 分别 wholly inside
        f[base + 3] = window_end > window_start and respectively[window_end] > respectively[window_start]
        f[base + 4] = ranks[i] == ranks[j]
        counts = same_label[labels[i]]
        f[base + 5] = counts[hi] > counts[lo + 1]
        f[base + 6] = _name_core(written[j]) in written[i]  # 《湖南省…规划》 → 湖南省, 中国（芜湖·…）中心 → 芜湖市
    return out


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
