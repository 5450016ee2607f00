"""The text of a paragraph Doc is joined once and stays right for as long as the Doc lives."""
import gc

import spacy

from ipie.pipeline import doc_text
from ipie.pipeline.doc_text import text_of

# seed 002 (绵阳市)
SENTENCE = "全市专利申请量达到8893件，同比增长25.7%。"


def test_text_of_is_the_docs_text_and_is_kept_while_the_doc_lives():
    nlp = spacy.blank("zh")
    doc = nlp.make_doc(SENTENCE)
    assert text_of(doc) == doc.text == SENTENCE
    assert text_of(doc) is text_of(doc)
    other = nlp.make_doc(SENTENCE[:12])
    assert text_of(other) == SENTENCE[:12]
    held = len(doc_text._TEXTS)
    del doc, other
    gc.collect()
    assert len(doc_text._TEXTS) == held - 2
