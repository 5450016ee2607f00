"""The character tokenizer: every gold span aligns, and NORM carries the bigram the tok2vec embeds."""
import spacy


def _nlp():
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "ipie.CharBigramTokenizer.v1"}}})


def test_each_character_is_a_token_with_its_bigram_as_norm():
    doc = _nlp()("全市专利申请663件")  # seed 004
    assert [t.text for t in doc] == list("全市专利申请663件")
    assert [t.norm_ for t in doc] == ["全市", "市专", "专利", "利申", "申请", "请6", "66", "63", "3件", "件</s>"]


def test_a_single_space_is_whitespace_and_other_space_is_a_token():
    text = "2015年广汉市 商标申请总量为2290件。\n\n全市"  # seed 004
    doc = _nlp()(text)
    assert doc.text == text
    assert doc[7].text == "市" and doc[7].whitespace_ == " " and doc[7].norm_ == "市商"
    assert [t.text for t in doc if t.is_space] == ["\n", "\n"]


def test_empty_text():
    assert len(_nlp()("")) == 0


def test_the_tokenizer_hands_over_the_text_it_was_given():
    from ipie.pipeline.doc_text import text_of

    text = "  2015年广汉市 商标申请总量为2290件。\u3000\n\n全市 "  # seed 004, with spaces of every kind around it
    doc = _nlp()(text)
    assert text_of(doc) is text and doc.text == text
