"""The text of a Doc, joined once per Doc.

``Doc.text`` re-joins every token on each call, one token per character here,
and the components and the rules read a paragraph's text a dozen times. A Doc's
text never changes (merging or splitting tokens keeps it), so it is kept for as
long as the Doc lives; a tokenizer that has the text at hand hands it over, and
it is never joined at all.
"""
from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_TEXTS: WeakKeyDictionary = WeakKeyDictionary()


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``text`` as the Doc's text: the caller made the Doc from it, token for token."""
    _TEXTS[doc] = text


def text_of(doc: Doc) -> str:
    """``doc.text``, joined on the first call only."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
