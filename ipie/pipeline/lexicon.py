"""Gazetteer and pattern hits as token features for the trained recogniser.

A thousand paragraphs cannot teach a character model every county, every
indicator wording or every organisation suffix; the rules baseline knows them.
``ipie_lexicon`` runs the baseline's candidate finders (overlaps kept) and writes,
for each token, which candidates cover it and where (``REGION-B|INDICATOR-I``)
into ``Token.tag_`` — Chinese characters carry no part-of-speech tag here, and
spaCy's ``MultiHashEmbed`` can embed the TAG attribute next to ORTH and NORM.
The model learns when to trust each finder; nothing is decided by the rules.
"""
from __future__ import annotations

import numpy
from spacy.attrs import TAG
from spacy.language import Language
from spacy.tokens import Doc

from ipie.baseline import counted_noun_spans, rule_spans
from ipie.pipeline.doc_text import text_of

OUTSIDE = "O"
COUNTED = "COUNTED"  # the noun words a figure counts: where an INDICATOR usually ends


def lexicon_tags(doc: Doc) -> list[str]:
    """One feature string per token: the sorted set of LABEL-B / LABEL-I marks covering it."""
    marks: list[set[str]] = [set() for _ in range(len(doc))]
    counted = (doc.char_span(start, end, label=COUNTED) for start, end in counted_noun_spans(text_of(doc)))
    for span in [*rule_spans(doc), *filter(None, counted)]:
        marks[span.start].add(f"{span.label_}-B")
        for i in range(span.start + 1, span.end):
            marks[i].add(f"{span.label_}-I")
    return ["|".join(sorted(m)) if m else OUTSIDE for m in marks]


@Language.component("ipie_lexicon")
def lexicon(doc: Doc) -> Doc:
    tags = lexicon_tags(doc)
    hashes = {tag: doc.vocab.strings.add(tag) for tag in set(tags)}
    doc.from_array([TAG], numpy.array([hashes[t] for t in tags], dtype="uint64").reshape(len(doc), 1))
    return doc
