"""The gazetteer and pattern features that ipie_lexicon hands to the tok2vec."""
import spacy

import ipie.pipeline.components  # noqa: F401
from ipie.baseline import counted_noun_spans
from ipie.pipeline.lexicon import OUTSIDE, lexicon_tags


def _nlp():
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "ipie.CharBigramTokenizer.v1"}}})


def test_marks_cover_candidates_with_their_position():
    doc = _nlp()("2016年，云南省专利申请量达到18922件，同比增长23.5%。")  # seed 001, 云南省
    tags = dict(zip(range(len(doc)), lexicon_tags(doc)))
    start = doc.text.index("云南省")
    assert [tags[start + k] for k in range(3)] == ["REGION-B", "REGION-I", "REGION-I"]
    assert tags[doc.text.index("专利申请量")] == "COUNTED-B|INDICATOR-B"  # taxonomy hit and counted noun
    assert tags[doc.text.index("18922")].startswith("QUANTITY-B")
    assert "GROWTH-B" in tags[doc.text.index("23.5")]  # overlapping candidates are all kept
    assert tags[doc.text.index("，")] == OUTSIDE


def test_component_writes_tags_for_the_embedding():
    nlp = _nlp()
    nlp.add_pipe("ipie_lexicon")
    doc = nlp("按照广汉市委、市政府创建国家知识产权示范城市的要求")  # seed 004
    assert all(t.tag_ for t in doc)
    assert doc[doc.text.index("广汉")].tag_ != OUTSIDE


def test_a_region_name_other_cities_share_is_marked():
    # the thirtieth round (r133): the recogniser left 鼓楼区 untagged where no finder marked it
    doc = _nlp()("鼓楼区知识产权服务业集聚发展态势明显，区内集聚服务机构43家。")
    assert lexicon_tags(doc)[:3] == ["REGION-B", "REGION-I", "REGION-I"]


def test_counted_nouns_before_figures_are_marked():
    text = "活动开展期间，向乡镇（街道）、企业捐赠知识产权书籍500余册；举办大型专利成果展1期"  # seed 004
    assert [text[a:b] for a, b in counted_noun_spans(text)] == ["知识产权书籍", "大型专利成果展"]
    doc = _nlp()(text)
    tags = lexicon_tags(doc)
    start = text.index("知识产权书籍")
    assert tags[start] == "COUNTED-B" and tags[start + 5] == "COUNTED-I"


def test_counted_nouns_skip_verbs_and_drop_the_subject():
    text = "2016年，全省专利申请量达到18922件"  # not verbatim in the seeds: 全省 is the subject, 达到 the verb
    assert [text[a:b] for a, b in counted_noun_spans(text)] == ["专利申请量"]
