"""The gold corpus, its formats and its checks."""
import json
from dataclasses import replace
from pathlib import Path

import pytest

from ipie.cli import main
from ipie.corpus.formats import FormatError, detect_format, read_any, write_any
from ipie.corpus.markup import MarkupError, apply_markup, format_record, parse_markup
from ipie.corpus.records import Relation, Span
from ipie.corpus.stats import corpus_stats, inconsistencies
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
    assert stats["paragraphs"] == 1107
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
    assert {"labels", "relations", "splits", "inconsistent"} <= set(data)
