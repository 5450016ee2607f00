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
from spacy.vocab import Vocab

from ipie.pipeline.doc_text import text_of


@lru_cache(maxsize=1)
def _tagger():
    with warnings.catch_warnings():  # jieba imports the deprecated pkg_resources
        warnings.simplefilter("ignore", UserWarning)
        import jieba
        import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


@lru_cache(maxsize=1 << 15)
def _word_rows(vocab: Vocab, word: str, flag: str) -> numpy.ndarray:
    """The (LEMMA, MORPH) rows of a word's characters (Pos=ns|Seg=B, …I, …E, or S alone), its
    strings added to the vocab once: a report repeats its words, and a row per character built
    afresh each time cost more than the segmentation."""
    n = len(word)
    places = ["S"] if n == 1 else ["B", *["I"] * (n - 2), "E"]
    lemma = vocab.strings.add(word)
    rows = numpy.array([(lemma, vocab.morphology.add(f"Pos={flag}|Seg={place}")) for place in places], dtype="uint64")
    rows.flags.writeable = False
    return rows


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
    rows = [_word_rows(doc.vocab, word, flag) for word, flag in tagged_words(text_of(doc))]
    if not rows:
        return doc
    by_char = numpy.concatenate(rows)
    doc.from_array([LEMMA, MORPH], by_char[doc.to_array("IDX")])
    return doc
