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


@lru_cache(maxsize=1)
def _tagger():
    with warnings.catch_warnings():  # jieba imports the deprecated pkg_resources
        warnings.simplefilter("ignore", UserWarning)
        import jieba
        import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


def _place(i: int, n: int) -> str:
    if n == 1:
        return "S"
    return "B" if i == 0 else ("E" if i == n - 1 else "I")


@lru_cache(maxsize=64)
def tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's (word, part of speech) pairs for text; cached, as the lexicon asks for the same text."""
    return tuple((pair.word, pair.flag) for pair in _tagger().cut(text, HMM=False))


def _char_features(text: str):
    """(word, 'Pos=TAG|Seg=B/I/E/S') for each character of text."""
    for word, flag in tagged_words(text):
        n = len(word)
        for i in range(n):
            yield word, f"Pos={flag}|Seg={_place(i, n)}"


@Language.component("ipie_words")
def words(doc: Doc) -> Doc:
    """A token spanning several characters takes its first character's features."""
    strings, morphology = doc.vocab.strings, doc.vocab.morphology
    hashes: dict[str, int] = {}
    by_char = []
    for word, morph in _char_features(doc.text):
        if word not in hashes:
            hashes[word] = strings.add(word)
        if morph not in hashes:
            hashes[morph] = morphology.add(morph)
        by_char.append((hashes[word], hashes[morph]))
    starts = doc.to_array("IDX")
    doc.from_array([LEMMA, MORPH], numpy.array(by_char, dtype="uint64")[starts].reshape(len(doc), 2))
    return doc
