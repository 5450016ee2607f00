"""The rules-only baseline: regexes and gazetteers, no training.

It exists to show, label by label, what the trained model buys. It runs as
two components (``ipie_rules_ner``, ``ipie_rules_relations``) so the same
evaluation code scores both pipelines.
"""
from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ipie.facts.indicators import load_taxonomy
from ipie.pipeline.relations import RELATIONS_KEY
from ipie.regions import find_region_spans

_NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万零〇]+)(?:万亿|亿|万|千)?"
_UNIT = (
    r"(?:%|个百分点|倍|万亿元|亿元|万元|千元|元|人次|件次|家次|场次|余件|件|家|人|项|个|笔|次|所|名|期|场|批|户|份|篇|部|台|套|条|起|"
    r"座|类|只|本|册|亩|平方米|万册)"
)
_PATTERNS = [
    ("DOC_NO", re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[（(](?:19|20)\d{2}[〕\]）)]\d{1,4}号")),
    ("DATE", re.compile(
        r"(?:19|20)\d{2}(?:\s*[-—–―~至到]\s*(?:19|20)\d{2})?年(?:度|末|底|初)?(?:\d{1,2}月(?:\d{1,2}日)?)?"
        r"|\d{1,2}月\d{1,2}日|今年|去年|上年|明年|十[一二三四]五"
    )),
    ("RANK", re.compile(
        r"(?<=[居排列占位])(?:全国|全省|全市|西部地区|中西部|西部|全国高校)?(?:排名|排)?(?:第[一二三四五六七八九十\d]+(?:位|名)?|首位|前[一二三四五六七八九十\d]+(?:名|位)?)"
        r"|(?:全国|全省|中西部|西部)(?:排名)?(?:第[一二三四五六七八九十\d]+(?:位|名)?|首位|第一)"
    )),
    ("GROWTH", re.compile(
        r"(?<=增长|增加|提高|下降|减少|增幅|净增|降低|上升)(?:了|达|超过|超|约)?" + r"(?:近)?" + _NUM + r"(?:%|倍|个百分点|成)?"
    )),
    ("QUANTITY", re.compile(r"(?:约|近)?" + _NUM + r"(?:余|多)?" + _UNIT + r"(?:以上|左右)?")),
    ("POLICY", re.compile(r"(?<=《)[^《》]{4,60}?(?=》)")),
    ("ORG", re.compile(
        r"(?:国家|[\u4e00-\u9fff]{2,8}?(?:省|市|区|县)|省|市|区|县)(?:人民政府|政府|知识产权局|工商局|工商行政管理局|版权局|科技局|科技厅|质监局|公安厅|公安局|法院|检察院|商务厅|财政厅)"
        r"|[\u4e00-\u9fff]{2,12}(?:有限公司|公司|大学|学院|研究院|研究所)"
    )),
]
_NOT_POLICY = re.compile(r"(日报|报告|年鉴|杂志|周刊|晚报|指数|目录|名录|蓝皮书)$")
_ORG_AFTER_REGION = re.compile(r"^(人民政府|政府|知识产权局|工商局|版权局|科技局|科技厅|法院)")
_INDICATOR_LOOKAHEAD = re.compile(r"^[^，。；]{0,10}?(?:为|达|达到|突破|超过|实现|共|累计|分别为|分别达到)?(?:约|近)?\d")


def rule_spans(doc: Doc, labels: frozenset[str] | None = None) -> list:
    """Entities the regexes and the gazetteer find (of the given labels), overlaps allowed."""
    text = doc.text
    spans = []
    for label, pattern in _PATTERNS:
        if labels is not None and label not in labels:
            continue
        for m in pattern.finditer(text):
            if label == "POLICY" and _NOT_POLICY.search(m.group()):
                continue
            span = doc.char_span(m.start(), m.end(), label=label)
            if span is not None:
                spans.append(span)
    if labels is None or "REGION" in labels:
        for start, end, _ in find_region_spans(text):
            if not _ORG_AFTER_REGION.match(text[end:]):
                span = doc.char_span(start, end, label="REGION")
                if span is not None:
                    spans.append(span)
    if labels is None or "INDICATOR" in labels:
        for indicator in load_taxonomy():
            for pattern in indicator.patterns:
                for m in pattern.finditer(text):
                    if m.end() > m.start() and _INDICATOR_LOOKAHEAD.match(text[m.end() :]):
                        span = doc.char_span(m.start(), m.end(), label="INDICATOR")
                        if span is not None:
                            spans.append(span)
    return spans


@Language.component("ipie_rules_ner")
def rules_ner(doc: Doc) -> Doc:
    """Entities by regex and gazetteer, longest match wins."""
    doc.ents = filter_spans(rule_spans(doc))
    return doc


@Language.factory("ipie_entity_rules", default_config={"labels": ["DOC_NO", "POLICY"]})
def make_entity_rules(nlp: Language, name: str, labels: list[str]):
    """Support for the trained recogniser where a pattern is exact: 〔〕 document numbers, 《》 titles."""
    wanted = frozenset(labels)

    def entity_rules(doc: Doc) -> Doc:
        found = filter_spans(rule_spans(doc, wanted))
        if not found:
            return doc
        taken = [(s.start, s.end) for s in found]
        kept = [e for e in doc.ents if not any(e.start < b and a < e.end for a, b in taken)]
        doc.ents = sorted(kept + found, key=lambda s: s.start)
        return doc

    return entity_rules


_CLAUSE = re.compile(r"[。；！？]")
_ISSUE = re.compile(r"(出台|印发|发布|制定|颁布|下发)")


def _nearest_before(ents, i: int, label: str, text: str, limit: int = 60, same_clause: bool = True):
    best = None
    for k in range(i - 1, -1, -1):
        if ents[k].label_ != label:
            continue
        between = text[ents[k].end_char : ents[i].start_char]
        if len(between) > limit or (same_clause and _CLAUSE.search(between)):
            break
        best = k
        break
    return best


@Language.component("ipie_rules_relations")
def rules_relations(doc: Doc) -> Doc:
    """Relations by proximity: each value to the closest indicator before it in its clause."""
    ents = list(doc.ents)
    text = doc.text
    out = []

    def add(h, c, label):
        out.append((ents[h].start_char, ents[h].end_char, ents[c].start_char, ents[c].end_char, label))

    for i, ent in enumerate(ents):
        if ent.label_ in ("QUANTITY", "GROWTH", "RANK"):
            k = _nearest_before(ents, i, "INDICATOR", text)
            if k is not None:
                add(i, k, {"QUANTITY": "VALUE_OF", "GROWTH": "CHANGE_OF", "RANK": "RANK_OF"}[ent.label_])
        elif ent.label_ == "INDICATOR":
            k = _nearest_before(ents, i, "DATE", text, limit=40)
            if k is not None:
                add(i, k, "TIME_OF")
            k = _nearest_before(ents, i, "REGION", text, limit=2)
            if k is not None:
                add(i, k, "REGION_OF")
        elif ent.label_ == "POLICY":
            k = _nearest_before(ents, i, "ORG", text, limit=30)
            if k is not None and _ISSUE.search(text[ents[k].end_char : ent.start_char]):
                add(i, k, "ISSUED_BY")
        elif ent.label_ == "DOC_NO":
            k = _nearest_before(ents, i, "POLICY", text, limit=4)
            if k is not None:
                add(i, k, "DOC_NO_OF")
    doc.user_data[RELATIONS_KEY] = out
    return doc


def rules_pipeline() -> Language:
    """The baseline as a pipeline: character tokens, rules NER, rules relations, fact assembly."""
    from ipie.pipeline import facts_component  # noqa: F401  (registers ipie_facts)

    nlp = spacy.blank("zh")
    nlp.add_pipe("ipie_rules_ner")
    nlp.add_pipe("ipie_rules_relations")
    nlp.add_pipe("ipie_facts")
    return nlp
