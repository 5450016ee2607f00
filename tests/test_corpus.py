"""The gold corpus, its formats and its checks."""
import json
from dataclasses import replace
from pathlib import Path

import pytest

from ipie.cli import main
from ipie.corpus.formats import FormatError, detect_format, read_any, write_any
from ipie.corpus.markup import MarkupError, apply_markup, format_record, parse_markup
from ipie.corpus.records import Record, Relation, Span
from ipie.corpus.stats import consistency_report, corpus_stats, inconsistencies
from ipie.corpus.validate import validate_records
from ipie.schema import LABELS, RELATIONS
from ipie.training import load_splits, read_annotations, split_records

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "annotations"


@pytest.fixture(scope="module")
def corpus():
    return read_annotations([ANNOTATIONS])


@pytest.fixture(scope="module")
def hebei(corpus):
    return next(r for r in corpus if r.text.startswith("2016年，全省专利申请、授权量分别为54838件"))


def test_whole_corpus_validates_against_the_normaliser():
    assert main(["validate", str(ANNOTATIONS)]) == 0


def test_corpus_size_and_every_label_in_the_test_split(corpus):
    splits = load_splits(ANNOTATIONS / "splits.json")
    test = split_records(corpus, splits, "test")
    stats = corpus_stats(corpus, splits)
    assert stats["paragraphs"] == 1583
    written = {r.doc for r in corpus if (ANNOTATIONS / "sources" / f"{r.doc}.txt").exists()}
    assert len(written) == 16  # the written training reports: never in dev or test
    assert {r.doc for r in split_records(corpus, splits, "train")} >= written
    assert not written & {r.doc for r in test + split_records(corpus, splits, "dev")}
    assert stats["labels"]["QUANTITY"] > 1000 and stats["labels"]["POLICY"] > 200
    assert {s.label for r in test for s in r.spans} == set(LABELS)
    assert {rel.label for r in test for rel in r.relations} == set(RELATIONS)
    train_sections = {(r.doc, r.section) for r in split_records(corpus, splits, "train")}
    assert not train_sections & {(r.doc, r.section) for r in test}


def test_a_gold_paragraph_reads_as_expected(hebei):
    spans = {(hebei.span_text(s), s.label) for s in hebei.spans}
    assert {("专利申请", "INDICATOR"), ("54838件", "QUANTITY"), ("24.5%", "GROWTH"), ("2016年", "DATE")} <= spans
    pairs = {(hebei.span_text(hebei.spans[r.head]), hebei.span_text(hebei.spans[r.child]), r.label) for r in hebei.relations}
    assert ("54838件", "专利申请", "VALUE_OF") in pairs and ("31826件", "授权量", "VALUE_OF") in pairs


@pytest.mark.parametrize("fmt, suffix", [("doccano", ".jsonl"), ("labelstudio", ".json"), ("docbin", ".spacy"), ("canonical", ".jsonl")])
def test_round_trip_through_every_format_loses_nothing(corpus, tmp_path, fmt, suffix):
    sample = [r for r in corpus if r.relations][:40]
    path = tmp_path / f"export{suffix}"
    write_any(sample, path, fmt)
    if fmt != "canonical":
        assert detect_format(path) == fmt
    back = read_any(path)
    assert [r.to_json() for r in back] == [r.to_json() for r in sample]


def test_cli_convert_to_doccano_and_back(corpus, tmp_path):
    src = tmp_path / "gold.jsonl"
    write_any(corpus[:10], src, "canonical")
    assert main(["convert", str(src), str(tmp_path / "d.jsonl"), "--to", "doccano"]) == 0
    assert main(["convert", str(tmp_path / "d.jsonl"), str(tmp_path / "c.jsonl"), "--to", "canonical"]) == 0
    assert (tmp_path / "c.jsonl").read_text(encoding="utf-8") == src.read_text(encoding="utf-8")


def test_doccano_sequence_export_and_label_studio_directions():
    rec = read_any_doccano_line({"text": "全省专利申请54838件", "label": [[2, 6, "INDICATOR"], [6, 12, "QUANTITY"]]})
    assert [rec.span_text(s) for s in rec.spans] == ["专利申请", "54838件"]
    from ipie.corpus.formats import from_labelstudio

    task = {
        "data": {"text": "全省专利申请54838件"},
        "annotations": [{"result": [
            {"id": "a", "type": "labels", "value": {"start": 2, "end": 6, "labels": ["INDICATOR"]}},
            {"id": "b", "type": "labels", "value": {"start": 6, "end": 12, "labels": ["QUANTITY"]}},
            {"type": "relation", "from_id": "a", "to_id": "b", "direction": "left", "labels": ["VALUE_OF"]},
        ]}],
    }
    assert from_labelstudio(task, "t").relations == [Relation(1, 0, "VALUE_OF")]


def read_any_doccano_line(data):
    from ipie.corpus.formats import from_doccano

    return from_doccano(data, "x")


def test_unknown_annotation_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "facts.jsonl"
    bad.write_text(json.dumps({"kind": "indicator"}) + "\n", encoding="utf-8")
    with pytest.raises(FormatError, match="facts.jsonl"):
        detect_format(bad)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda r: replace(r, spans=r.spans + [Span(0, 999, "DATE")]), "outside the text"),
        (lambda r: replace(r, spans=r.spans + [Span(r.spans[0].start, r.spans[0].end + 1, "ORG")]), "overlap"),
        (lambda r: replace(r, spans=[Span(s.start, s.end, "PERSON") for s in r.spans]), "unknown label"),
        (lambda r: replace(r, spans=r.spans[::-1], relations=[]), "not in text order"),
        (lambda r: replace(r, relations=r.relations + [Relation(0, 0, "ISSUED_BY")]), "cannot link"),
        (lambda r: replace(r, relations=r.relations + [r.relations[0]]), "duplicate relation"),
        (lambda r: replace(r, text=r.text.replace("，", ",", 1)), "differs from the normaliser"),
    ],
)
def test_validation_catches_each_kind_of_problem(hebei, change, message):
    source = (ROOT / "examples" / f"{hebei.doc}.txt").read_text(encoding="utf-8")
    assert validate_records([hebei], {hebei.doc: source}) == []
    problems = validate_records([change(hebei)], {hebei.doc: source})
    assert any(message in p for p in problems), problems


def test_duplicate_records_are_reported(hebei):
    assert any("again" in p for p in validate_records([hebei, hebei]))


def test_markup_round_trip_and_errors(hebei):
    text = format_record(hebei)
    (header, plain, spans, relations), = parse_markup(text)
    assert plain == hebei.text and spans == hebei.spans and relations == hebei.relations
    with pytest.raises(MarkupError, match="unknown label"):
        parse_markup(text.replace("|DATE|", "|TIME|", 1))
    with pytest.raises(MarkupError, match="differs"):
        apply_markup([replace(hebei, spans=[], relations=[])], text.replace("2016年", "2017年", 1))


def test_consistency_report_finds_a_string_left_unannotated(hebei):
    other = replace(hebei, id="x:p1", para=99, spans=[], relations=[])
    cases = {c["text"]: c for c in inconsistencies([hebei, other])}
    assert cases["54838件"]["unannotated"] == 1


def test_stats_json_has_the_documented_keys(capsys):
    assert main(["stats", str(ANNOTATIONS), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"labels", "relations", "splits", "inconsistent", "justified"} <= set(data)
    assert data["inconsistent"] == len(data["inconsistencies"])
    for case in data["inconsistencies"]:
        assert case["unannotated"] == len(case["unannotated_at"])
        for place in case["unannotated_at"] + [p for ps in case["annotated"].values() for p in ps]:
            rid, offset = place.rsplit("@", 1)
            assert ":p" in rid and offset.isdigit()


def test_every_open_consistency_case_is_explained_in_the_guidelines(corpus):
    """The report is worked down: what stays open is justified by name in GUIDELINES.md."""
    guidelines = (ANNOTATIONS / "GUIDELINES.md").read_text(encoding="utf-8")
    report = consistency_report(corpus)
    assert len(report["open"]) <= 22
    assert [c["text"] for c in report["open"] if f"`{c['text']}`" not in guidelines] == []


# --- the rules of the consistency report, each on real snippets: one case it explains, one near case it leaves open


def _rec(rid, text, spans, relations=()):
    """A record from (surface, label) pairs, each the first match after the previous one."""
    out, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        out.append(Span(start, start + len(surface), label))
        pos = start + len(surface)
    rels = [Relation(h, c, label) for h, c, label in relations]
    return Record(id=f"t:{rid}", doc="t", para=0, section="s00", section_title="", orig_start=0, orig_end=len(text),
                  text=text, spans=out, relations=rels)


def _where(records, surface):
    """rule name → count for the string's unannotated occurrences, with "open" for those no rule explains."""
    report = consistency_report(records)
    case = next(c for c in report["open"] + report["justified_cases"] if c["text"] == surface)
    found = {rule: len(places) for rule, places in case["justified"].items()}
    if case["unannotated"]:
        found["open"] = case["unannotated"]
    return found


def test_rule_indicator_without_figure():
    ann = _rec("a", "全省专利申请54838件", [("专利申请", "INDICATOR"), ("54838件", "QUANTITY")], [(1, 0, "VALUE_OF")])
    assert _where([ann, _rec("b", "提高专利申请积极性。", [])], "专利申请") == {"indicator_without_figure": 1}
    assert _where([ann, _rec("c", "全年专利申请67779件，", [("67779件", "QUANTITY")])], "专利申请") == {"open": 1}


def test_rule_indicator_figure_measures_another():
    ann = _rec("a", "有380多件专利投保", [("380多件", "QUANTITY"), ("专利", "INDICATOR")], [(0, 1, "VALUE_OF")])
    text = "19件专利获第十八届中国专利奖。"
    linked = _rec("b", text, [("19件", "QUANTITY"), ("中国专利奖", "INDICATOR")], [(0, 1, "VALUE_OF")])
    assert _where([ann, linked], "专利") == {"indicator_figure_measures_another": 1}
    unlinked = _rec("c", text, [("19件", "QUANTITY"), ("中国专利奖", "INDICATOR")])
    assert _where([ann, unlinked], "专利") == {"open": 1}


def test_rule_indicator_beside_lone_figure():
    ann = _rec("a", "举办12期培训班，", [("12期", "QUANTITY"), ("培训班", "INDICATOR")], [(0, 1, "VALUE_OF")])
    lone = _rec("b", "2.举办了为期六天的专利代理人考试考前培训班，共有100人参加。", [("六天", "QUANTITY"), ("100人", "QUANTITY")])
    assert _where([ann, lone], "培训班") == {"indicator_beside_lone_figure": 1}
    exam = _rec("c", "8人通过全国专利代理人资格考试。", [("8人", "QUANTITY"), ("专利代理人资格考试", "INDICATOR")], [(0, 1, "VALUE_OF")])
    honour = _rec("d", "2017年我省共有30人通过全国专利代理人资格考试，", [("2017年", "DATE"), ("30人", "QUANTITY")])
    assert _where([exam, honour], "专利代理人资格考试") == {"open": 1}


def test_rule_indicator_counts_up_a_list():
    ann = _rec("a", "从8个方面规定了专利代理机构星级建设标准", [("8个", "QUANTITY"), ("方面", "INDICATOR")], [(0, 1, "VALUE_OF")])
    summed = _rec("b", "从建立协同推进机制、建立质押融资服务机制和促进知识产权流转四个方面对全省各市州工作强化管理", [("四个", "QUANTITY")])
    assert _where([ann, summed], "方面") == {"indicator_counts_up_a_list": 1}
    counted = _rec("c", "从5个方面评定专利申请文件的撰写质量", [("5个", "QUANTITY")])
    assert _where([ann, counted], "方面") == {"open": 1}


def test_rule_figure_counts_up_a_list():
    ann = _rec("a", "获批国家专利导航实验区两个。", [("国家专利导航实验区", "INDICATOR"), ("两个", "QUANTITY")], [(1, 0, "VALUE_OF")])
    summed = _rec("b", "一是功能区发展不平衡，开发区、高新区两个功能区专利申请量占全区的六成以上", [("六成以上", "QUANTITY")])
    assert _where([ann, summed], "两个") == {"figure_counts_up_a_list": 1}
    counted = _rec("c", "建成知识产权工作站两个、服务站10个", [])
    assert _where([ann, counted], "两个") == {"open": 1}


def test_rule_date_comparison_base():
    ann = _rec("a", "2015年全市专利申请量1796件", [("2015年", "DATE"), ("专利申请量", "INDICATOR"), ("1796件", "QUANTITY")])
    base = _rec("b", "每万人口发明专利拥有量为2.122件，较2015年年底增加0.46件。", [("2.122件", "QUANTITY"), ("0.46件", "GROWTH")])
    assert _where([ann, base], "2015年") == {"date_comparison_base": 1}
    missed = _rec("c", "2015年全市专利申请7556件", [("7556件", "QUANTITY")])
    assert _where([ann, missed], "2015年") == {"open": 1}
    ranged = _rec("d", "专利申请12.36万件，分别是2012―2015年的1.7倍", [("12.36万件", "QUANTITY"), ("1.7倍", "GROWTH")])
    assert _where([ann, ranged], "2015年") == {"date_comparison_base": 1}
    period = _rec("e", "“十二五”期间，全区专利申请量年均增长19.2%", [("十二五", "DATE"), ("专利申请量", "INDICATOR"), ("19.2%", "GROWTH")])
    quoted = _rec("f", "全区申请专利8.6万件，分别是“十二五”时期的1.9倍和2.3倍", [("8.6万件", "QUANTITY"), ("1.9倍", "GROWTH"), ("2.3倍", "GROWTH")])
    assert _where([period, quoted], "十二五") == {"date_comparison_base": 1}
    end = _rec("g", "截至年底，全区14个地州市均已出台专利资助政策", [("年底", "DATE"), ("14个", "QUANTITY"), ("地州市", "INDICATOR")])
    ended = _rec("h", "有效注册商标24.6万件，是2015年底的2.6倍", [("24.6万件", "QUANTITY"), ("2.6倍", "GROWTH")])
    assert _where([end, ended], "年底") == {"date_comparison_base": 1}


def test_rule_part_of_longer_name():
    ann = _rec("a", "给予50%的资金支持，", [("50%", "QUANTITY"), ("资金支持", "INDICATOR")], [(0, 1, "VALUE_OF")])
    crossing = _rec("b", "共安排105万元专项资金支持17个专利项目实施转化。",
                    [("105万元", "QUANTITY"), ("专项资金", "INDICATOR"), ("17个", "QUANTITY"), ("专利项目", "INDICATOR")],
                    [(0, 1, "VALUE_OF"), (2, 3, "VALUE_OF")])
    assert _where([ann, crossing], "资金支持") == {"part_of_longer_name": 1}
    plain = _rec("c", "获得资金支持230万元，", [("230万元", "QUANTITY")])
    assert _where([ann, plain], "资金支持") == {"open": 1}


def test_rule_inside_quoted_name():
    ann = _rec("a", "检查绵阳的企业网站", [("绵阳", "REGION")])
    assert _where([ann, _rec("b", "在《绵阳日报》等媒体上开辟专栏", [])], "绵阳") == {"inside_quoted_name": 1}
    assert _where([ann, _rec("c", "与“绵阳”有关的商品", [])], "绵阳") == {"open": 1}


def test_rule_region_names_a_zone():
    ann = _rec("a", "支持德阳开展试点", [("德阳", "REGION")])
    assert _where([ann, _rec("b", "指导德阳经开区开展专利导航", [])], "德阳") == {"region_names_a_zone": 1}
    assert _where([ann, _rec("c", "首次在德阳知识产权信息网制作主题标语", [])], "德阳") == {"open": 1}
    assert _where([ann, _rec("d", "德阳高新技术产业开发区被确定为试点园区", [])], "德阳") == {"region_names_a_zone": 1}
    tianjin = _rec("e", "北京、天津、河北三地组织举办京津冀知识产权协同发展高层论坛", [("北京", "REGION"), ("天津", "REGION"), ("河北", "REGION")])
    assert _where([tianjin, _rec("f", "天津港保税区、东疆保税港区开展联合执法", [])], "天津") == {"region_names_a_zone": 1}
    assert _where([tianjin, _rec("g", "中新天津生态城入选第二批国家知识产权试点园区", [])], "天津") == {"region_names_a_zone": 1}


def test_rule_part_of_longer_number():
    ann = _rec("a", "共组织开展专利执法检查24次，", [("专利执法检查", "INDICATOR"), ("24次", "QUANTITY")], [(1, 0, "VALUE_OF")])
    assert _where([ann, _rec("b", "经省委全面深化改革领导小组第24次会议审议通过。", [])], "24次") == {"part_of_longer_number": 1}
    assert _where([ann, _rec("c", "开展执法检查24次。", [])], "24次") == {"open": 1}
    rank = _rec("d", "专利申请量居全省第二，", [("专利申请量", "INDICATOR"), ("全省第二", "RANK")], [(1, 0, "RANK_OF")])
    ordinal = _rec("e", "遵义市中级人民法院获批专利纠纷案件管辖权，成为全省第二家具有专利案件管辖权的中级法院。", [])
    assert _where([rank, ordinal], "全省第二") == {"part_of_longer_number": 1}


def test_rule_growth_or_share():
    growth = _rec("a", "国家标准累计88件，新增4件，", [("国家标准", "INDICATOR"), ("88件", "QUANTITY"), ("4件", "GROWTH")],
                  [(1, 0, "VALUE_OF"), (2, 0, "CHANGE_OF")])
    level = _rec("b", "移交专利行政案件4件。", [("专利行政案件", "INDICATOR"), ("4件", "QUANTITY")], [(1, 0, "VALUE_OF")])
    assert _where([growth, level], "4件") == {"growth_or_share": 1}
    untriggered = _rec("c", "驰名商标达到4件。", [("驰名商标", "INDICATOR"), ("4件", "GROWTH")], [(1, 0, "CHANGE_OF")])
    report = consistency_report([untriggered, level])
    assert [c["text"] for c in report["open"]] == ["4件"]
    # a change to a new level is a QUANTITY; a figure right before 的增幅 is a GROWTH
    rate = _rec("e", "专利申请量分别增长24.9%、31.2%和28.5%", [("专利申请量", "INDICATOR"), ("24.9%", "GROWTH"),
                ("31.2%", "GROWTH"), ("28.5%", "GROWTH")])
    new_level = _rec("f", "网络侵权案件占比上升至31.2%，", [("网络侵权案件占比", "INDICATOR"), ("31.2%", "QUANTITY")])
    assert _where([rate, new_level], "31.2%") == {"growth_or_share": 1}
    kept = _rec("g", "连续三年保持20%以上的增幅；", [("20%以上", "GROWTH")])
    share = _rec("h", "使发明专利申请所占比例达到20%以上。", [("发明专利申请", "INDICATOR"), ("20%以上", "QUANTITY")])
    assert _where([kept, share], "20%以上") == {"growth_or_share": 1}
