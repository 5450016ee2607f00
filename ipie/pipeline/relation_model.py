"""The network behind ipie_relations: pooled entity vectors + pair features → label scores."""
# Annotations stay live types (no `from __future__ import annotations`): confection 0.1,
# which spaCy 3.8.7 uses, builds its config schemas from registered functions' signatures.

import numpy
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Linear, Model, Relu, chain

from ipie.pipeline.relations import N_PAIR_FEATURES, candidate_pairs, pair_features
from ipie.schema import RELATIONS


@registry.architectures("ipie.RelationModel.v1")
def build_relation_model(tok2vec: Model, hidden_width: int = 128, dropout: float = 0.1) -> Model:
    scorer = chain(Relu(nO=hidden_width, dropout=dropout), Linear(nO=len(RELATIONS)))
    return Model(
        "ipie_relation_model",
        _forward,
        init=_init,
        layers=[tok2vec, scorer],
        refs={"tok2vec": tok2vec, "scorer": scorer},
        attrs={"max_distance": 80},
    )


def _init(model: Model, X: list[Doc] | None = None, Y=None) -> None:
    tok2vec, scorer = model.get_ref("tok2vec"), model.get_ref("scorer")
    if X is not None:
        tok2vec.initialize(X=X)
    width = tok2vec.get_dim("nO")
    sample = model.ops.alloc2f(2, 2 * width + N_PAIR_FEATURES)
    scorer.initialize(X=sample, Y=model.ops.alloc2f(2, len(RELATIONS)))


def _forward(model: Model, docs: list[Doc], is_train: bool):
    ops, xp = model.ops, model.ops.xp
    tok2vec, scorer = model.get_ref("tok2vec"), model.get_ref("scorer")
    tokvecs, bp_tokvecs = tok2vec(docs, is_train)
    width = tok2vec.get_dim("nO")
    pairs_per_doc, index, features = [], [], []
    for d, doc in enumerate(docs):
        ents = doc.ents
        pairs = candidate_pairs(ents, model.attrs["max_distance"])
        pairs_per_doc.append(pairs)
        if pairs:
            bounds = [(e.start, e.end) for e in ents]
            index += [(d, *bounds[i], *bounds[j]) for i, j in pairs]
            features.append(pair_features(doc, ents, pairs))

    def zero_grads():
        return [ops.alloc2f(*t.shape) for t in tokvecs]

    if not index:
        return (ops.alloc2f(0, len(RELATIONS)), pairs_per_doc), lambda d_scores: bp_tokvecs(zero_grads())
    # mean vector of a span = difference of cumulative sums, gathered for all pairs at once
    sums = xp.vstack([xp.vstack([xp.zeros((1, width), dtype="f"), xp.cumsum(t, axis=0)]) for t in tokvecs])
    offsets = numpy.cumsum([0] + [len(t) + 1 for t in tokvecs])
    rows = numpy.asarray(index, dtype="i")
    at = offsets[rows[:, 0]]
    hs, he, cs, ce = (at + rows[:, k] for k in range(1, 5))
    pooled = ops.alloc2f(len(index), 2 * width + N_PAIR_FEATURES)
    pooled[:, :width] = (sums[he] - sums[hs]) / ops.asarray2f((he - hs)[:, None])
    pooled[:, width : 2 * width] = (sums[ce] - sums[cs]) / ops.asarray2f((ce - cs)[:, None])
    pooled[:, 2 * width :] = ops.asarray2f(xp.asarray(numpy.vstack(features)))
    logits, bp_scorer = scorer(pooled, is_train)
    probs = 1.0 / (1.0 + xp.exp(-logits))

    def backprop(d_logits):
        """Receives the gradient with respect to the logits (probability minus truth)."""
        d_pooled = bp_scorer(d_logits)
        grads = zero_grads()
        for r, (d, hs, he, cs, ce) in enumerate(index):
            grads[d][hs:he] += d_pooled[r, :width] / (he - hs)
            grads[d][cs:ce] += d_pooled[r, width : 2 * width] / (ce - cs)
        return bp_tokvecs(grads)

    return (probs, pairs_per_doc), backprop
