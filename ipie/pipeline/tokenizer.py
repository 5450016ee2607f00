"""Character tokens that carry their bigram: the cheapest strong feature for Chinese NER.

Every non-space character is a token (so every gold span aligns); its NORM is
the character and the one after it, so the shared tok2vec can embed ORTH
(unigram) and NORM (bigram) side by side.
"""
from __future__ import annotations

import numpy
from spacy.attrs import NORM
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from ipie.pipeline.doc_text import remember_text


class CharBigramTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for ch in text:
            if ch.isspace():
                if words and not spaces[-1] and ch == " ":
                    spaces[-1] = True
                else:
                    words.append(ch)
                    spaces.append(False)
            else:
                words.append(ch)
                spaces.append(False)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        remember_text(doc, text)
        if words:
            add = self.vocab.strings.add
            norms = [add(a + b) for a, b in zip(words, [*words[1:], "</s>"])]
            doc.from_array([NORM], numpy.array(norms, dtype="uint64").reshape(-1, 1))
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # nothing to save: the tokenizer has no data
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "CharBigramTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> "CharBigramTokenizer":
        return self


@registry.tokenizers("ipie.CharBigramTokenizer.v1")
def create_char_bigram_tokenizer():
    def make(nlp):
        return CharBigramTokenizer(nlp.vocab)

    return make
