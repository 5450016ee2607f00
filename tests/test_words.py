"""The word and part-of-speech features that ipie_words hands to the tok2vec."""
import spacy

import ipie.pipeline.components  # noqa: F401


def _nlp():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "ipie.CharBigramTokenizer.v1"}}})
    nlp.add_pipe("ipie_words")
    return nlp


def _features(doc, text):
    start = doc.text.index(text)
    return [(t.lemma_, str(t.morph)) for t in doc.char_span(start, start + len(text))]


def test_each_character_gets_its_word_and_place():
    doc = _nlp()("建立广汉市科技企业债权融资风险补偿资金池，联合华夏银行推出“科创贷”")  # seed 004
    assert _features(doc, "华夏银行") == [
        ("华夏银行", "POS=nt|Seg=B"), ("华夏银行", "POS=nt|Seg=I"), ("华夏银行", "POS=nt|Seg=I"), ("华夏银行", "POS=nt|Seg=E")
    ]
    assert _features(doc, "广汉市")[0] == ("广汉市", "POS=ns|Seg=B")
    assert all(t.lemma_ and str(t.morph) for t in doc)


def test_tokens_after_collapsed_spaces_stay_aligned():
    # a single space is a token's trailing whitespace, not a token: offsets must still line up
    doc = _nlp()("2015年广汉市 商标申请总量为2290件。\n\n全市专利申请663件")  # seed 004
    for token in doc:
        assert token.text in token.lemma_ or token.text.isspace()
    assert _features(doc, "663")[0][0] == "663"
    assert _features(doc, "商标") == [("商标", "POS=n|Seg=B"), ("商标", "POS=n|Seg=E")]


def test_a_pipe_batch_segments_each_paragraph_once():
    # the lexicon, ipie_words and the fact stage all read jieba's words; a cache smaller
    # than a batch would make each of them segment the paragraph again
    from pathlib import Path

    from ipie.baseline import counted_noun
    from ipie.pipeline.words import tagged_words

    text = (Path(__file__).resolve().parent.parent / "examples" / "004_d9f4be199116ba61.txt").read_text(encoding="utf-8")
    paragraphs = list(dict.fromkeys(p.strip() for p in text.splitlines() if len(p.strip()) > 20))[:200]
    nlp = _nlp()
    nlp.add_pipe("ipie_lexicon", first=True)
    tagged_words.cache_clear()
    docs = list(nlp.pipe(paragraphs, batch_size=128))
    for doc in docs:
        counted_noun(doc.text, 0, 1)
    assert len(paragraphs) == 200
    assert tagged_words.cache_info().misses == len(paragraphs)
