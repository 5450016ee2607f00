"""Training, fine-tuning and evaluation end to end on a slice of the gold corpus (a few steps, CPU)."""
import json
from pathlib import Path

import pytest
import spacy
from thinc.api import get_current_ops

import ipie
from ipie.cli import main
from ipie.corpus.formats import write_any
from ipie.evaluate import misplaced_indicator_facts, score_facts, unmatched_indicator_facts
from ipie.pipeline.relations import RELATIONS_KEY, candidate_pairs, pair_features
from ipie.training import read_annotations

ROOT = Path(__file__).resolve().parent.parent
FAST = ["--set", "training.max_steps=12", "--set", "training.eval_frequency=6"]


@pytest.fixture(scope="module")
def slice_dir(tmp_path_factory):
    records = [r for r in read_annotations([ROOT / "annotations"]) if r.relations][:60]
    folder = tmp_path_factory.mktemp("slice")
    write_any(records[:50], folder / "train.jsonl", "doccano")  # a tool export, auto-detected
    write_any(records[50:], folder / "dev.json", "labelstudio")
    return folder


@pytest.fixture(scope="module")
def tiny_model(slice_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("model") / "m"
    assert main(["train", "--annotations", str(slice_dir / "train.jsonl"), str(slice_dir / "dev.json"),
                 "--output", str(out), "--splits", str(slice_dir / "none.json")] + FAST) == 0
    return out


def test_trained_pipeline_has_every_component_and_predicts(tiny_model):
    nlp = spacy.load(tiny_model)
    assert nlp.pipe_names == ["ipie_lexicon", "ipie_words", "tok2vec", "ner", "ipie_entity_rules", "ipie_relations", "ipie_facts"]
    assert set(nlp.get_pipe("ner").labels) <= {"REGION", "INDICATOR", "QUANTITY", "GROWTH", "RANK", "DATE", "POLICY", "ORG", "DOC_NO"}
    doc = nlp("2016年，全省专利申请量18922件，专利授权量9995件。")
    assert isinstance(doc.user_data[RELATIONS_KEY], list)
    assert doc[0].tag_ == "DATE-B"  # the lexicon features reached the tok2vec's input
    assert nlp.config["paths"]["train"] is None  # the saved config names no deleted temporary corpus


def test_load_builds_cpu_models_on_numpy_blas(tiny_model):
    nlp = ipie.load(tiny_model)
    assert not any(node.ops.use_blis for node in nlp.get_pipe("tok2vec").model.walk())
    assert not nlp.get_pipe("ner").model.ops.use_blis
    assert get_current_ops().use_blis  # the caller's backend is restored afterwards


def test_fine_tune_from_a_base_model(tiny_model, slice_dir, tmp_path):
    out = tmp_path / "tuned"
    assert main(["train", "--annotations", str(slice_dir / "train.jsonl"), "--output", str(out),
                 "--base-model", str(tiny_model), "--splits", str(slice_dir / "none.json")] + FAST) == 0
    assert spacy.load(out).pipe_names[-1] == "ipie_facts"


def test_evaluate_writes_spacy_metric_names(tiny_model, tmp_path, capsys):
    metrics_path = tmp_path / "metrics.json"
    assert main(["evaluate", "--model", str(tiny_model), "--split", "dev", "--output", str(metrics_path)]) == 0
    metrics = json.loads(metrics_path.read_text(encoding="utf-8"))
    assert {"ents_p", "ents_r", "ents_f", "ents_per_type", "rel_micro_p", "rel_micro_r", "rel_micro_f", "rel_per_type"} <= set(metrics)
    assert "relations (gold entities)" in capsys.readouterr().out


def test_rules_baseline_fact_evaluation(tmp_path, capsys):
    assert main(["evaluate", "--rules", "--facts", "--split", "test", "--output", str(tmp_path / "m.json")]) == 0
    metrics = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert {"facts_strict_p", "facts_strict_r", "facts_strict_f", "facts_loose_f", "growth_acc", "policy_f"} <= set(metrics)
    assert 0.3 < metrics["facts_strict_f"] < 1.0


def test_fact_scoring_rules():
    gold = [
        {"doc": "d", "kind": "indicator", "value": 54838, "unit": "件", "region": {"code": "130000"}, "year": 2016,
         "indicator": {"text": "专利申请"}, "growth": {"value": 24.5, "direction": "up"}},
        {"doc": "d", "kind": "indicator", "value": 31826, "unit": "件", "region": {"code": "130000"}, "year": 2016, "growth": None},
        {"doc": "d", "kind": "indicator", "value": 12, "unit": "家", "region": {"code": "130000"}, "year": 2016,
         "indicator": {"text": "示范企业"}, "rank": {"scope": "全省", "position": 1}},
        {"doc": "d", "kind": "policy", "title": "河北省专利条例", "issuer": "河北省人民代表大会常务委员会"},
    ]
    pred = [
        {"doc": "d", "kind": "indicator", "value": 54838.0, "unit": "件", "region": {"code": "130000"}, "year": 2016,
         "indicator": {"text": "全省专利申请量"}, "growth": {"value": 24.5, "direction": "up"}},
        {"doc": "d", "kind": "indicator", "value": 31826, "unit": "件", "region": {"code": "130000"}, "year": 2015},
        {"doc": "d", "kind": "indicator", "value": 12, "unit": "家", "region": {"code": "130000"}, "year": 2016,
         "indicator": {"text": "服务机构"}},
        {"doc": "d", "kind": "policy", "title": "河北省专利条例"},
        {"doc": "d", "kind": "policy", "title": "其他"},
    ]
    m = score_facts(gold, pred)
    assert round(m["facts_strict_f"], 3) == 0.667 and m["facts_loose_f"] == 1.0
    assert m["facts_indicator_agreement"] == 0.5  # 专利申请 inside 全省专利申请量; 服务机构 is not 示范企业
    assert m["growth_acc"] == 1.0 and m["policy_p"] == 0.5 and m["policy_r"] == 1.0
    assert m["policy_issuer_acc"] == 0.0  # the matched title's issuer was not found
    assert (m["rank_acc"], m["rank_n"]) == (0.0, 1)  # the gold's 全省首位 was not found
    pred[2]["rank"] = {"scope": "全省各市", "position": 1}
    assert score_facts(gold, pred)["rank_acc"] == 1.0  # the position, whatever the scope's wording
    # a figure a summary repeats without its change: the gold fact pairs with the prediction from its own sentence
    fact = {"doc": "d", "kind": "indicator", "value": 49200, "unit": "件", "region": {"code": "440600"}, "year": 2022}
    said = "截至2022年底，全市发明专利拥有量49,200件，同比增长17.3%，居全省第3位。"
    gold_said = dict(fact, growth={"value": 17.3, "direction": "up"}, evidence={"text": said})
    summary = dict(fact, growth=None, evidence={"text": "全市有效发明专利49200件。"})
    repeated = dict(fact, growth={"value": 17.3, "direction": "up"}, evidence={"text": said})
    assert score_facts([gold_said], [summary, repeated])["growth_acc"] == 1.0
    extra = {"doc": "d", "kind": "indicator", "value": 7, "unit": "项", "region": {"code": "130000"}, "year": 2016}
    missed, spurious = unmatched_indicator_facts(gold + [dict(extra, value=8)], pred + [extra])
    assert [f["value"] for f in missed] == [8] and [f["value"] for f in spurious] == [7]
    assert [(g["year"], p["year"]) for g, p in misplaced_indicator_facts(gold, pred)] == [(2016, 2015)]
    # the normaliser's full-width brackets are the source's half-width ones (the twentieth round, r77)
    title = {"doc": "d", "kind": "policy", "title": "延边州知识产权强州建设实施方案(2019—2022年)"}
    assert score_facts([title], [dict(title, title="延边州知识产权强州建设实施方案（2019—2022年）")])["policy_f"] == 1.0


def test_candidate_pairs_follow_the_schema():
    nlp = spacy.blank("zh")
    doc = nlp("全省专利申请54838件")
    doc.ents = [doc.char_span(2, 6, label="INDICATOR"), doc.char_span(6, 12, label="QUANTITY")]
    assert candidate_pairs(doc.ents, 80) == [(1, 0)]  # only QUANTITY → INDICATOR is allowed


def test_pair_feature_marks_a_region_named_inside_the_head():
    nlp = spacy.blank("zh")
    text = "芜湖市依托市产业创新中心，已向国家局申报建立中国（芜湖·汽车及高端装备制造）知识产权保护中心。"  # seed 001
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 3, label="REGION"), doc.char_span(5, 12, label="ORG"),
                doc.char_span(text.index("中国（"), len(text) - 1, label="ORG")]
    pairs = candidate_pairs(doc.ents, 80)
    named_inside = dict(zip(pairs, pair_features(doc, doc.ents, pairs)[:, -1]))
    assert named_inside[(2, 0)] == 1  # 中国（芜湖·…）知识产权保护中心 quotes 芜湖(市)
    assert named_inside[(1, 0)] == 0  # 市产业创新中心 does not


def test_a_final_fit_trains_on_dev_too_and_claims_no_dev_scores(slice_dir, tmp_path, monkeypatch):
    import ipie.training

    records = read_annotations([slice_dir])
    dev_section = f"{records[-1].doc}:{records[-1].section}"
    splits = tmp_path / "splits.json"
    splits.write_text(json.dumps({"dev": [dev_section]}), encoding="utf-8")
    written = {}
    real_write = ipie.training.write_any

    def spy(recs, path, *args, **kwargs):
        written[Path(path).stem] = len(recs)
        return real_write(recs, path, *args, **kwargs)

    monkeypatch.setattr(ipie.training, "write_any", spy)
    out = tmp_path / "final"
    assert main(["train", "--annotations", str(slice_dir), "--output", str(out), "--splits", str(splits),
                 "--include-dev"] + FAST) == 0
    n_dev = sum(1 for r in records if f"{r.doc}:{r.section}" == dev_section)
    assert written == {"train": len(records), "dev": n_dev}
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert "performance" not in meta and "final fit" in meta["description"]
