"""Word segmentation and part of speech as token features for the trained recogniser.

Tokens are characters, so on its own the tok2vec sees no word boundaries. A
dictionary segmenter knows that 华夏银行 is one organisation-like word (nt) and
广汉 a place (ns), which a few thousand annotated spans cannot teach. ``ipie_words``
runs jieba's dictionary part-of-speech tagger (no HMM: deterministic and fast)
and writes, for each character token, the word it belongs to into ``Token.lemma_``
and the word's tag with the character's place in it into ``Token.morph``
(``Pos=ns|Seg=B``), two attributes ``MultiHashEmbed`` can embed. The model learns
how far to trust them; nothing is decided here.
"""
from __future__ import annotations

import logging
import warnings
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, MORPH
from spacy.language import Language
from spacy.tokens import Doc

from ipie.pipeline.doc_text import text_of


@lru_cache(maxsize=1)
def _tagger():
    with warnings.catch_warnings():  # jieba imports the deprecated pkg_resources
        warnings.simplefilter("ignore", UserWarning)
        import jieba
        import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


@lru_cache(maxsize=None)
def _places(flag: str, n: int) -> tuple[str, ...]:
    """The MORPH strings of the n characters of a word tagged flag: Pos=ns|Seg=B, …I, …E (or S)."""
    if n == 1:
        return (f"Pos={flag}|Seg=S",)
    return (f"Pos={flag}|Seg=B", *[f"Pos={flag}|Seg=I"] * (n - 2), f"Pos={flag}|Seg=E")


# More paragraphs than a pipe batch (nlp.batch_size is 128), so that the lexicon,
# this component and the fact stage segment each paragraph once, not three times.
CACHED_PARAGRAPHS = 1024


@lru_cache(maxsize=CACHED_PARAGRAPHS)
def tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's (word, part of speech) pairs for text; cached, as the lexicon and the fact stage ask for the same text."""
    return tuple((pair.word, pair.flag) for pair in _tagger().cut(text, HMM=False))


@Language.component("ipie_words")
def words(doc: Doc) -> Doc:
    """A token spanning several characters takes its first character's features."""
    strings, morphology = doc.vocab.strings, doc.vocab.morphology
    hashes: dict[str, int] = {}
    word_by_char: list[int] = []
    morph_by_char: list[int] = []
    for word, flag in tagged_words(text_of(doc)):
        if word not in hashes:
            hashes[word] = strings.add(word)
        word_by_char.extend([hashes[word]] * len(word))
        for morph in _places(flag, len(word)):
            if morph not in hashes:
                hashes[morph] = morphology.add(morph)
            morph_by_char.append(hashes[morph])
    starts = doc.to_array("IDX")
    by_char = numpy.array([word_by_char, morph_by_char], dtype="uint64").T
    doc.from_array([LEMMA, MORPH], numpy.ascontiguousarray(by_char[starts]))
    return doc
