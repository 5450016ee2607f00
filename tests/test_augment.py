"""Training variants (ipie.augment) on gold paragraphs of the seeds."""
import random

import pytest
import spacy

from ipie.augment import vary_record
from ipie.pipeline.relations import get_relations
from ipie.regions import resolve_region
from ipie.training import read_annotations


@pytest.fixture(scope="module")
def records():
    return {r.id: r for r in read_annotations(["annotations"])}


def _texts(record):
    return [(record.span_text(s), s.label) for s in record.spans]


ANHUI = "000_25a18dc7584b1dbe:p0033"  # 省政府印发《加快知识产权强省建设实施方案》…安徽知识产权综合实力居全国第10位…
SHANGHAI = "000_25a18dc7584b1dbe:p0024"  # 上海：国家知识产权局与上海市人民政府…合作会商议定书…
PLAN_TITLE = "001_4ffbcce60c8fa929:p0000"  # 上海市2016-2017年工作绩效及2018年工作计划


@pytest.mark.parametrize("seed", range(5))
def test_a_region_becomes_another_of_the_same_level_and_form(records, seed):
    record = records[ANHUI]
    varied = vary_record(record, random.Random(seed), regions=1.0, unquote=0.0, years=0.0)
    before, after = _texts(record), _texts(varied)
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(changed) == 1 and changed[0][0] == ("安徽", "REGION")
    new = changed[0][1][0]
    assert new != "安徽" and resolve_region(new).code.endswith("0000")  # a province, written short
    assert not new.endswith(("省", "市", "区"))
    assert varied.relations == record.relations
    assert varied.text == record.text.replace("安徽", new)


def test_a_region_an_org_begins_with_is_swapped_too(records):
    record = records[SHANGHAI]
    varied = vary_record(record, random.Random(0), regions=1.0, unquote=0.0, years=0.0)
    orgs = [varied.span_text(s) for s in varied.spans if s.label == "ORG"]
    assert orgs[0] == "国家知识产权局"  # no region in it
    assert orgs[1].endswith("人民政府") and orgs[1] != "上海市人民政府"
    assert resolve_region(orgs[1][: -len("人民政府")]).code in {"110000", "120000", "500000"}  # another municipality
    assert [s.label for s in varied.spans] == [s.label for s in record.spans]


def test_titles_lose_their_marks_but_other_quoted_names_keep_them(records):
    record = records[ANHUI]
    varied = vary_record(record, random.Random(0), regions=0.0, unquote=1.0, years=0.0)
    assert varied.text.startswith("省政府印发加快知识产权强省建设实施方案。《中国知识产权指数报告2016》显示")
    assert _texts(varied) == _texts(record)  # every span still covers the same words
    assert varied.spans[1].start == record.spans[1].start - 1


def test_titles_next_to_each_other_keep_their_marks(records):
    record = next(
        r for r in records.values() if "《关于本市开展知识产权纠纷人民调解工作的若干意见》《知识产权纠纷人民调解操作指引》" in r.text
    )
    varied = vary_record(record, random.Random(0), regions=0.0, unquote=1.0, years=0.0)
    assert "《关于本市开展知识产权纠纷人民调解工作的若干意见》《知识产权纠纷人民调解操作指引》" in varied.text


@pytest.mark.parametrize("seed", range(5))
def test_every_year_moves_by_the_same_shift(records, seed):
    record = records[PLAN_TITLE]
    varied = vary_record(record, random.Random(seed), regions=0.0, unquote=0.0, years=1.0)
    dates = [varied.span_text(s) for s in varied.spans if s.label == "DATE"]
    first, last = (int(y) for y in dates[0].rstrip("年").split("-"))
    shift = first - 2016
    assert shift != 0 and last == 2017 + shift and dates[1] == f"{2018 + shift}年"
    assert varied.text.endswith("工作计划") and "上海市" in varied.text


def test_figures_that_are_not_years_stay(records):
    record = records[ANHUI]  # 6.37件, 1180件, 135.5%, and 2016 at the end of a report's title
    varied = vary_record(record, random.Random(0), regions=0.0, unquote=0.0, years=1.0)
    assert varied.text == record.text


def test_the_registered_augmenter_keeps_entities_and_relations(records):
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "ipie.CharBigramTokenizer.v1"}}})
    from ipie.corpus.formats import records_to_docs
    from spacy.training import Example

    reference = records_to_docs(nlp, [records[ANHUI]])[0]
    example = Example(nlp.make_doc(reference.text), reference)
    make = spacy.registry.augmenters.get("ipie.report_variants.v1")
    random.seed(3)
    [varied] = list(make(level=1.0, regions=1.0, unquote=1.0, years=1.0)(nlp, example))
    assert varied.reference.text != reference.text
    assert [e.label_ for e in varied.reference.ents] == [e.label_ for e in reference.ents]
    links = [(h.text, c.text, label) for h, c, label, _ in get_relations(varied.reference)]
    assert ("加快知识产权强省建设实施方案", "省政府", "ISSUED_BY") in links
    assert len(links) == len(get_relations(reference))
    [same] = list(make(level=0.0, regions=1.0, unquote=1.0, years=1.0)(nlp, example))
    assert same is example
