"""Corpus statistics and the consistency report.

A string annotated with a label in one place but left out (or labelled
differently) in another is either an annotation slip or a case the
guidelines explain.  The report lists each such string once, with where its
occurrences are (``record id@offset``).  An occurrence that a rule already
written in ``annotations/GUIDELINES.md`` explains is counted under that rule
(``justified``) instead of being left open; nothing is dropped.  Each rule is
a small named check below whose docstring points at its guideline.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from ipie.corpus.records import Record, Span
from ipie.schema import CHANGED_TO, DEVELOPMENT_ZONE

FIGURES = frozenset({"QUANTITY", "GROWTH", "RANK"})
MEASURES = frozenset({"VALUE_OF", "CHANGE_OF", "RANK_OF"})
CLAUSE_BREAKS = "，。；：！？!?;\n"
QUOTE_PAIRS = (("《", "》"), ("〈", "〉"), ("“", "”"))
# kinds of development zone or place that a region's name directly precedes (德阳高新区, 常州市科技城,
# 中国（湖北）自贸试验区, 天津港保税区, 中新天津生态城, 中山广场)
ZONE_AFTER = re.compile(r"[市省]?）?(?:" + DEVELOPMENT_ZONE + r"|生态城|科技城|软件谷|城市圈|直管区|广场)")
# what a comparison base directly follows (较2015年, 比2014年, 是2015年…的2.8倍, 与2014年同比)
COMPARISON_WORDS = ("较", "比", "是", "与")
# what may stand between a comparison word and the base: the first year of a range whose last year
# is the occurrence (是2012―|2015年), the year of a 年底 (较2015年|年底, 比2010|年底), an opening quote (是“|十二五”)
BASE_LEAD = re.compile(r"(?:(?:19|20)\d{2}年?[―—–-]?|“)$")
# change triggers that directly precede a GROWTH (GUIDELINES.md, GROWTH; 新增 after a running total)
CHANGE_TRIGGERS = ("增长", "下降", "减少", "增幅", "提高", "净增", "增加", "新增", "翻", "降幅", "增速", "上升")
# a change to a new level right before a figure (上升至[31.2%]): no trigger of a GROWTH
LEVEL_AFTER_CHANGE = re.compile(CHANGED_TO + "$")
# words that may stand between an INDICATOR and the figure after it (GUIDELINES.md, trigger words)
VALUE_TRIGGERS = re.compile(r"(?:共|累计|总计|合计|共计|全年|仅|已|高达|达到|达|突破|超过|超|实现|为|是|约|近|计)*")
# verbs after a count that introduce the honour or certification counted (8家企业通过[贯标内审])
HONOUR_VERBS = ("通过", "获", "评为", "入选", "列为", "认定为", "成为", "授予")
DIGITS = "0123456789０１２３４５６７８９.．"
NUMERALS = DIGITS + "一二两三四五六七八九十百千万"


def corpus_stats(records: list[Record], splits: dict[str, str] | None = None) -> dict:
    from ipie.training import section_key

    splits = splits or {}
    labels = Counter(s.label for r in records for s in r.spans)
    relations = Counter(rel.label for r in records for rel in r.relations)
    per_split: dict[str, dict] = defaultdict(lambda: {"paragraphs": 0, "characters": 0, "labels": Counter(), "relations": Counter()})
    for r in records:
        entry = per_split[splits.get(section_key(r), "train")]
        entry["paragraphs"] += 1
        entry["characters"] += len(r.text)
        entry["labels"].update(s.label for s in r.spans)
        entry["relations"].update(rel.label for rel in r.relations)
    report = consistency_report(records)
    return {
        "paragraphs": len(records),
        "characters": sum(len(r.text) for r in records),
        "labels": dict(sorted(labels.items())),
        "relations": dict(sorted(relations.items())),
        "splits": {k: {**v, "labels": dict(v["labels"]), "relations": dict(v["relations"])} for k, v in sorted(per_split.items())},
        "inconsistent": len(report["open"]),
        "inconsistencies": report["open"],
        "justified": report["justified"],
        "justified_strings": len(report["justified_cases"]),
        "justified_cases": report["justified_cases"],
    }


# --- occurrences and the rules that explain them -------------------------------------------


@dataclass(frozen=True)
class Occurrence:
    """One place where an annotated surface string occurs without a span of its own."""

    record: Record
    start: int
    end: int
    labels: frozenset[str]  # the labels the string carries where it is annotated

    @property
    def where(self) -> str:
        return f"{self.record.id}@{self.start}"


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: the text between the nearest breaks (，。；：！？) on either side."""
    left = max(text.rfind(ch, 0, start) for ch in CLAUSE_BREAKS) + 1
    rights = [i for i in (text.find(ch, end) for ch in CLAUSE_BREAKS) if i >= 0]
    return left, min(rights, default=len(text))


def _spans_in(record: Record, a: int, b: int) -> list[Span]:
    return [s for s in record.spans if s.start < b and s.end > a]


def _free_figures(record: Record, a: int, b: int) -> list[Span]:
    """Figures in text[a:b] that measure nothing: no VALUE_OF, CHANGE_OF or RANK_OF from them."""
    measuring = {rel.head for rel in record.relations if rel.label in MEASURES}
    return [s for s in _spans_in(record, a, b) if s.label in FIGURES and record.spans.index(s) not in measuring]


def part_of_longer_name(occ: Occurrence) -> bool:
    """GUIDELINES.md, General rules: spans never overlap and the longer, more specific unit wins.

    An occurrence that crosses the edge of another span (overlaps it without
    being nested in it) belongs to a different, longer name or phrase, e.g.
    ``资金支持`` across the INDICATOR ``专项资金`` in ``[专项资金]支持``.
    """
    return any(not (s.start <= occ.start and occ.end <= s.end) and not (occ.start <= s.start and s.end <= occ.end)
               for s in _spans_in(occ.record, occ.start, occ.end))


def inside_quoted_name(occ: Occurrence) -> bool:
    """GUIDELINES.md, Decisions (Zones, parks, platforms, funds, awards, events): no REGION is
    marked inside a quoted or 《》 name; POLICY: no REGION, DATE or ORG inside a title.

    An occurrence inside (not the whole of) a name between 《》, 〈〉 or “” that is not itself a span
    (reports, forms, newspapers, events, platforms, patent titles:
    《2016年江苏知识产权服务业调查统计分析报告》, “德阳市商标品牌管理平台系统”) is part of that name.
    """
    text = occ.record.text
    for left, right in QUOTE_PAIRS:
        opened = text.rfind(left, 0, occ.start)
        closed = text.find(right, occ.end)
        if opened >= 0 and closed >= 0 and text.rfind(right, opened, occ.start) < 0 and text.find(left, occ.end, closed) < 0:
            return (opened + 1, closed) != (occ.start, occ.end)  # the whole quoted name is no part of a name
    return False


def region_names_a_zone(occ: Occurrence) -> bool:
    """GUIDELINES.md, REGION: not place names of parks, zones or streets (张江, 东湖高新区); Decisions
    (Zones, parks, …): the zone's name is not REGION.

    A REGION string directly followed by the kind of development zone or place
    it names (德阳高新区, 武汉经开区, 常州市科技城, 湖北自贸试验区, 中国（湖北）自由贸易试验区,
    苏州工业园区, 镇江新区, 中山广场) is that zone's place name, as 东湖 is in 东湖高新区.  A
    region in front of a longer phrase stays REGION ([宁国市]战略性新兴产业集聚发展基地,
    [武汉市]东湖新技术开发区).
    """
    return occ.labels == {"REGION"} and ZONE_AFTER.match(occ.record.text, occ.end) is not None


def indicator_without_figure(occ: Occurrence) -> bool:
    """GUIDELINES.md, INDICATOR: annotate it only where a QUANTITY, GROWTH or RANK measures it;
    generic mentions with no figure (``提高专利申请积极性``) are not annotated.

    An INDICATOR string whose clause (text between ，。；：！？) holds no
    QUANTITY, GROWTH or RANK span is such a generic mention.
    """
    if occ.labels != {"INDICATOR"}:
        return False
    a, b = clause_bounds(occ.record.text, occ.start, occ.end)
    return not any(s.label in FIGURES for s in _spans_in(occ.record, a, b))


def indicator_figure_measures_another(occ: Occurrence) -> bool:
    """GUIDELINES.md, INDICATOR: annotate it only where a QUANTITY, GROWTH or RANK measures it, and
    Relation labels (VALUE_OF, CHANGE_OF, RANK_OF): each figure points at what it measures.

    An INDICATOR string whose clause has figures, every one of them already
    linked to what it measures (``[19件]专利获[中国专利奖]``: 19件 → 中国专利奖), is
    not measured by any of them.
    """
    if occ.labels != {"INDICATOR"}:
        return False
    a, b = clause_bounds(occ.record.text, occ.start, occ.end)
    return any(s.label in FIGURES for s in _spans_in(occ.record, a, b)) and not _free_figures(occ.record, a, b)


def _in_slot_of(occ: Occurrence, figure: Span) -> bool:
    """Whether the occurrence stands where a figure's INDICATOR stands (GUIDELINES.md, INDICATOR and
    Decisions): right before it, trigger words apart (``[专利申请]达[5件]``); right after it
    (``[21家][企业]``, ``[10个左右]的[项目]``); or after it past an honour verb (``8家企业通过[贯标内审]``)."""
    text = occ.record.text
    if occ.end <= figure.start:
        gap = text[occ.end : figure.start]
        return VALUE_TRIGGERS.fullmatch(gap) is not None
    gap = text[figure.end : occ.start]
    return gap in ("", "的") or any(verb in gap for verb in HONOUR_VERBS)


def indicator_beside_lone_figure(occ: Occurrence) -> bool:
    """GUIDELINES.md, INDICATOR: when nothing names what a number counts (``300余人参加本次会议``),
    annotate the QUANTITY alone; Decisions: a count that only sums up a list (``四个方面``,
    ``三个片区``) is not a measured fact.

    An INDICATOR string in a clause whose figures measure nothing (no VALUE_OF,
    CHANGE_OF, RANK_OF from them) is not what they count unless it stands in the
    place of what a figure counts: right before it (trigger words apart), right
    after it, or after it past an honour verb.  Those places stay open.
    (``举办了为期[六天]的专利代理人考试考前培训班`` — 培训班 is not what 六天 counts.)
    """
    if occ.labels != {"INDICATOR"}:
        return False
    a, b = clause_bounds(occ.record.text, occ.start, occ.end)
    free = _free_figures(occ.record, a, b)
    return bool(free) and not any(_in_slot_of(occ, f) for f in free)


def indicator_counts_up_a_list(occ: Occurrence) -> bool:
    """GUIDELINES.md, Decisions (Counted nouns after a number): a count that only sums up a list
    (``四个方面``, ``三个片区``) is not annotated as a measured fact.

    An INDICATOR string right after a figure that measures nothing, where the
    figure closes a 、-list of the items it sums up (``A、B、C等[5个]方面``,
    ``从A、B和C[四个]方面``: 等, or 和/及 and no other number after the last 、), is that
    summary noun, not a counted INDICATOR.
    """
    if occ.labels != {"INDICATOR"}:
        return False
    text = occ.record.text
    a, _ = clause_bounds(text, occ.start, occ.end)
    return any(f.end == occ.start and f.label == "QUANTITY" and _list_summed_at(text, a, f.start)
               for f in _free_figures(occ.record, a, occ.start))


def figure_counts_up_a_list(occ: Occurrence) -> bool:
    """GUIDELINES.md, Decisions (Counted nouns after a number): a count that only sums up a list
    (``开发区、高新区两个功能区``, ``创造、运用、保护、管理四个环节``) is not annotated.

    A QUANTITY string between a 、-list it closes (as for ``indicator_counts_up_a_list``, or a
    list with no number in it at all) and the noun it sums the items up as counts the items of the
    list; one before punctuation or a conjunction (``申请、授权量分别为[54838件]和…``) is a value.
    """
    text = occ.record.text
    after = text[occ.end : occ.end + 1]
    if occ.labels != {"QUANTITY"} or not ("\u4e00" <= after <= "\u9fff") or after in "和及与或并":
        return False
    a, _ = clause_bounds(text, occ.start, occ.end)
    return _list_summed_at(text, a, occ.start)


def _list_summed_at(text: str, a: int, at: int) -> bool:
    """Whether text[a:at] (a clause up to a count) is a 、-list that the count at ``at`` sums up: its
    last item ends in 等, or joins with 和/及 and has no number, or no item has a number."""
    if "、" not in text[a:at]:
        return False
    last_item = text[text.rfind("、", a, at) + 1 : at]
    return (last_item.endswith("等") or (("和" in last_item or "及" in last_item) and not _has_number(last_item))
            or not _has_number(text[a:at]))


def _has_number(part: str) -> bool:
    return any(ch in NUMERALS for ch in part)


def date_comparison_base(occ: Occurrence) -> bool:
    """GUIDELINES.md, Decisions taken while annotating the seeds: comparison bases are not DATE
    (``较2015年年底增加0.46件``, ``比2014年增加263件``, ``是2015年全年总额的2.8倍``), and DATE:
    ``较上年``/``同比`` in a growth trigger are not DATE.

    A DATE string directly after 较/比/是/与, or ending a range, a year or a quote
    that does (``是2012―2015年的1.7倍``, ``比2010年底``, ``是“十二五”时期的1.9倍``), and
    followed in its clause by a GROWTH span is the base of that growth.
    """
    if occ.labels != {"DATE"}:
        return False
    text = occ.record.text
    if not BASE_LEAD.sub("", text[: occ.start]).endswith(COMPARISON_WORDS):
        return False
    _, b = clause_bounds(text, occ.start, occ.end)
    return any(s.label == "GROWTH" and s.start >= occ.end for s in _spans_in(occ.record, occ.end, b))


def part_of_longer_number(occ: Occurrence) -> bool:
    """GUIDELINES.md, QUANTITY: not QUANTITY are ordinals (``第27届``, ``第二批``) and numbers inside
    other numbers.

    A QUANTITY, GROWTH or RANK string glued to more digits (``4次`` in ``第24次``), after
    第 (``第24次会议``), or whose measure word goes on (``2个`` in ``2个月``, ``全省第二`` in
    ``全省第二批``, ``全省第二家``) is a different number from the annotated one.
    """
    if not occ.labels <= FIGURES:
        return False
    text = occ.record.text
    before = text[occ.start - 1] if occ.start else ""
    after = text[occ.end] if occ.end < len(text) else ""
    return (before != "" and before in DIGITS + "第") or (after != "" and after in DIGITS + "%％月批届家")


UNANNOTATED_RULES: dict[str, Callable[[Occurrence], bool]] = {
    "part_of_longer_name": part_of_longer_name,
    "inside_quoted_name": inside_quoted_name,
    "region_names_a_zone": region_names_a_zone,
    "indicator_without_figure": indicator_without_figure,
    "indicator_figure_measures_another": indicator_figure_measures_another,
    "indicator_beside_lone_figure": indicator_beside_lone_figure,
    "indicator_counts_up_a_list": indicator_counts_up_a_list,
    "figure_counts_up_a_list": figure_counts_up_a_list,
    "date_comparison_base": date_comparison_base,
    "part_of_longer_number": part_of_longer_number,
}


def _after_change_trigger(record: Record, span: Span) -> bool:
    """Whether a change trigger governs the figure: before it, across a 、/和 list of figures of its
    label, unless the change is to a new level (上升至[31.2%]); or right after it (保持[20%以上]的增幅)."""
    a, _ = clause_bounds(record.text, span.start, span.end)
    earlier = [s for s in record.spans if a <= s.end <= span.start]
    previous = max(earlier, key=lambda s: s.end, default=None)
    gap = record.text[previous.end if previous else a : span.start]
    if previous is not None and previous.label == span.label and gap in ("、", "和", "及", "与"):
        return _after_change_trigger(record, previous)
    if record.text.startswith("的", span.end) and record.text.startswith(CHANGE_TRIGGERS, span.end + 1):
        return True
    if "倍" in record.text[span.start : span.end]:
        return True
    return any(t in gap for t in CHANGE_TRIGGERS) and not LEVEL_AFTER_CHANGE.search(gap)


def growth_or_share(labelled: dict[str, list[tuple[Record, Span]]]) -> bool:
    """GUIDELINES.md, QUANTITY and Hard cases (Growth vs share): the same figure is a GROWTH after a
    change trigger (``增长[5件]``, ``增幅[50%]``, ``累计[88件]，新增[4件]``, ``保持[20%以上]的增幅``) and
    a QUANTITY as a level or share (``达到[5件]``, ``占比达[50%]``, ``占比上升至[31.2%]``).

    A QUANTITY/GROWTH split is explained when every GROWTH occurrence follows a
    change trigger (增长/下降/减少/增幅/提高/净增/增加/新增/…) in its clause and no
    QUANTITY occurrence does.
    """
    if set(labelled) != {"QUANTITY", "GROWTH"}:
        return False
    return all(_after_change_trigger(r, s) for r, s in labelled["GROWTH"]) and not any(
        _after_change_trigger(r, s) for r, s in labelled["QUANTITY"])


LABEL_RULES: dict[str, Callable[[dict[str, list[tuple[Record, Span]]]], bool]] = {
    "growth_or_share": growth_or_share,
}


def consistency_report(records: list[Record], min_length: int = 2) -> dict:
    """Every annotated surface string whose other occurrences differ in label or are unannotated.

    Returns ``open`` (cases with at least one difference no rule explains),
    ``justified_cases`` (cases whose every difference a rule explains) and
    ``justified`` (per rule, how many occurrences or label splits it explains).
    A case names the string, its ``labels`` (label → count), ``unannotated``
    (open unannotated occurrences), and where each occurrence is:
    ``annotated`` (label → ["id@offset", …]), ``unannotated_at`` and
    ``justified`` (rule → ["id@offset", …], or ["labels"] for a label split).
    """
    labelled: dict[str, dict[str, list[tuple[Record, Span]]]] = defaultdict(lambda: defaultdict(list))
    for r in records:
        for s in r.spans:
            surface = r.text[s.start : s.end]
            if len(surface) >= min_length:
                labelled[surface][s.label].append((r, s))
    totals: Counter = Counter({name: 0 for name in (*UNANNOTATED_RULES, *LABEL_RULES)})
    open_cases, justified_cases = [], []
    for surface, by_label in labelled.items():
        labels = frozenset(by_label)
        left_open: list[str] = []
        justified: dict[str, list[str]] = defaultdict(list)
        for r in records:
            if surface not in r.text:
                continue
            start = r.text.find(surface)
            while start >= 0:
                end = start + len(surface)
                if not any(s.start <= start and end <= s.end for s in r.spans):
                    occ = Occurrence(r, start, end, labels)
                    rule = next((name for name, check in UNANNOTATED_RULES.items() if check(occ)), None)
                    (justified[rule] if rule else left_open).append(occ.where)
                start = r.text.find(surface, end)
        label_split_open = False
        if len(by_label) > 1:
            rule = next((name for name, check in LABEL_RULES.items() if check(by_label)), None)
            if rule:
                justified[rule].append("labels")
            else:
                label_split_open = True
        if not (left_open or justified or label_split_open):
            continue
        for name, places in justified.items():
            totals[name] += len(places)
        case = {
            "text": surface,
            "labels": {label: len(items) for label, items in by_label.items()},
            "unannotated": len(left_open),
            "annotated": {label: [f"{r.id}@{s.start}" for r, s in items] for label, items in by_label.items()},
            "unannotated_at": left_open,
            "justified": dict(justified),
        }
        (open_cases if left_open or label_split_open else justified_cases).append(case)
    return {
        "open": _ordered(open_cases),
        "justified": dict(totals),
        "justified_cases": _ordered(justified_cases),
    }


def _ordered(cases: list[dict]) -> list[dict]:
    return sorted(cases, key=lambda c: (-(c["unannotated"] + sum(c["labels"].values())), c["text"]))


def inconsistencies(records: list[Record], min_length: int = 2) -> list[dict]:
    """The open cases of :func:`consistency_report`: differences no guideline rule explains."""
    return consistency_report(records, min_length)["open"]
