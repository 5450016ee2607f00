"""The rules-only baseline: regexes, gazetteers and jieba's dictionary, no training.

It exists to show, label by label, what the trained model buys. It runs as
two components (``ipie_rules_ner``, ``ipie_rules_relations``) so the same
evaluation code scores both pipelines.
"""
# Annotations stay live types (no `from __future__ import annotations`): confection 0.1,
# which spaCy 3.8.7 uses, builds its config schemas from registered functions' signatures.

import re
import re._constants as sre_constants
import re._parser as sre_parser
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ipie.facts.indicators import load_taxonomy
from ipie.facts.numbers import CHANGE_WORD
from ipie.pipeline.doc_text import text_of
from ipie.pipeline.relations import RELATIONS_KEY
from ipie.pipeline.words import CACHED_PARAGRAPHS, tagged_words
from ipie.regions import (
    COUNTED_LEVEL, LIST_COUNTS, NATIONAL_CODE, cities_abbreviated, find_region_names, find_region_spans, level_words, names_a_unit,
    town_region,
)
from ipie.schema import (
    CHANGED_FROM, CHANGED_TO, DEVELOPMENT_ZONE, DOC_NO_YEAR, EARLIER_BASE, FIGURES_YEAR, NOT_POLICY_TITLE, RANK_VERB, RATE_WORD, REGION_GROUPING,
)

_NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万零〇][一二两三四五六七八九十百千万亿零〇]*(?:点[一二两三四五六七八九零〇]+)?)(?:(?:余|多)?(?:万亿|亿|万|千))?"  # 2800余万, 十多万, 七亿九千二百万
_UNIT = (
    r"(?:%|个百分点|倍|万亿元|亿元|万元|千元|元|人次|件次|家次|户次|场次|批次|余件|件|家|人|项|个月|个工作日|个|笔|次|所|名|期|场|批|户|份|篇|部|台(?:[（(]套[）)])?|套|条|起|宗|单(?!位)|"
    r"座|类|只|头|羽|尾|盆|株|本|册|亩|公顷|吨|公斤|平方米|平方公里|平方千米|万册|块|张|种|届|天|辆)"
)
# 9月, 12月底, 4月20日至26日, 1—9月, 1至11月份, 6月-8月
_MONTHS = (
    r"\d{1,2}(?:月(?:\d{1,2}日)?)?\s*[-—–―~至到]\s*\d{1,2}月(?:\d{1,2}日|份|底|末)?"
    r"|\d{1,2}月(?:\d{1,2}日(?:\s*[-—–―~至到]\s*\d{1,2}日)?|份|底|末|初)?"
)
_SCORE_POINTS = r"(?<=\d)分(?![钟之别类析支局会])"  # 82.6分, 提高1.9分; not 十分 ("very"), 30分钟, 三分之一
_CHANGE = r"(?:约|近)?" + _NUM + r"(?:余|多)?(?:成|" + _UNIT + "|" + _SCORE_POINTS + r")?(?:以上|左右)?"  # 24.5%, 263件, 近五成, 10%以上
# a figure with its measure word: 63人/次, 约1.2亿元, 两千余人; a score (满意度82.6分) only in digits, 十分 being "very"
FIGURE = re.compile(
    r"(?:约|近)?" + _NUM + r"(?:余|多)?" + _UNIT + r"(?:/次)?(?:以上|左右|以内)?"
    r"|\d+(?:\.\d+)?" + _SCORE_POINTS
)
_PATTERNS = [
    ("DOC_NO", re.compile(r"[\u4e00-\u9fff]{1,10}" + DOC_NO_YEAR + r"\d{1,4}号")),
    ("DATE", re.compile(
        r"(?:19|20)\d{2}(?:\s*[-—–―~至到]\s*(?:19|20)\d{2})?年(?:度|末|底|初)?(?:" + _MONTHS + ")?"
        r"|(?<![\d.])(?:" + _MONTHS + ")|今年|去年|上年|明年|十[一二三四]五"
    )),
    ("RANK", re.compile(
        r"(?<=[居排列占位])(?:全国|全省|全市|西部地区|中西部|西部|全国高校)?(?:排名|排)?(?:第[一二三四五六七八九十\d]+(?:位|名)?|首位|前[一二三四五六七八九十\d]+(?:名|位)?)"
        r"|(?:全国|全省|中西部|西部)(?:排名)?(?:第[一二三四五六七八九十\d]+(?:位|名)?|首位|第一)"
    )),
    ("GROWTH", re.compile(  # the verb after the trigger (增幅超50%) stays outside the span, as in the guidelines
        r"(?<=增长|增加|提高|下降|减少|增幅|增速|净增|新增|降低|上升)了?(?:为|达到|达|超过|超|突破)?(?P<value>" + _CHANGE + ")"
    )),
    ("QUANTITY", FIGURE),
    ("POLICY", re.compile(r"(?<=《)[^《》]{4,60}?(?=》)")),
]
# Organisations are named by a head word (…中心, …局, …事务所) and the name-like words before it.
_ORG_HEAD = re.compile(
    r"(中心|局|政府|公司|大学|学院|法院|法庭|审判庭|小组|集团|厅|办公室|委员会|委|协会|学会|研究会|联盟|部|研究院|研究所|"
    r"工程院|科院|出版社|银行|分行|支队|总队|交易所|事务所|代办处|分理处|分站|办|司|组织|孵化器|人大|政协|管委会|中院|工作站)$"
)
_NOT_ORG_HEAD = frozenset(
    "举办 创办 承办 主办 协办 督办 格局 布局 大局 结局 开局 当局 内部 全部 西部 东部 中部 局部 干部 总部 南部 北部 外部".split()
)
_BARE_HEAD = frozenset("公司 中心 局 部 办 司 委 厅 银行 协会 联盟 集团 政府 法院 支队 分站".split())
_NAME_POS = frozenset("n nr ns nt nz j l vn eng b nrt nrfg".split())
_NAME_CHAR_POS = frozenset("abfgjmnqsz")  # one-character pieces of unknown names (米老头, 文体广局) come with any of these tags
_NOT_NAME = frozenset("经 委托 依托 会同".split())  # verbs and prepositions jieba tags as nouns
_ORG_MAX_CHARS = 30
# 分别增长138.4%、373.2%、39.4%: the items listed after the first change are changes too
_GROWTH_LIST_ITEM = re.compile(r"[、和及]" + _CHANGE)
# a place naming a grouping of places around it (成都平原经济区, 长株潭城市群, 南京都市圈), whose figures are no one place's
_GROUPING_AFTER_A_NAME = re.compile(r"(?:平原)?(?:经济区|经济带|经济圈|城市群|都市圈)")
_REGION_GROUPING = re.compile(REGION_GROUPING)
_ORG_AFTER_REGION = re.compile(r"(人民政府|政府|知识产权局|工商局|版权局|科技局|科技厅|法院)")
_QUANTITY = dict(_PATTERNS)["QUANTITY"]
_DATE = dict(_PATTERNS)["DATE"]
# 三季度 of 前三季度 (a count of quarters has its 个: 三个季度); the DATE pattern the model's features come from lacks it
_QUARTER = re.compile(r"[一二三四1-4１-４]季度")
_COUNTED_POS = frozenset("n vn nz j l nt b nr ns an ng eng".split())
_COUNTED_MAX_CHARS = 16
# jieba tags some verb-object compounds as status words (调解纠纷/z), which end a counted run as verbs do
_TRAILING_VERB_POS = frozenset(("v", "z"))
# and some nouns of place as place words (公路口岸/s) and a kind's 类 as a measure word (服装鞋帽类/q), which a fact's
# counted run may hold (公路口岸查扣97批次, 服装鞋帽类1.63万件); the features keep to the nouns above, as the shipped model
# was trained on them
_PLACE_WORD_POS = "s"
_KIND_WORD = "类"
_BEFORE_FIGURE = frozenset("达 达到 为 共 累计 突破 超过 实现 约 近 总计 合计 分别 分别为 均".split())
# and those a fact's counted noun is read past as well (…指数平均为67.12分, 都已经突破了一万件, 达到了一千二百四十七件, 也均超过200万件,
# 从事知识产权工作的人员仅4人, 人员仅有8名); the lexicon's features keep the set the model was trained with
_BEFORE_A_FACTS_FIGURE = _BEFORE_FIGURE | frozenset("平均 都 也 已 已经 了 仅 有 仅有 只有".split())
# 我/区: a deictic subject jieba cuts in two, whose level word does not begin what is counted
_LEVEL_WORDS = frozenset("省市区县州")
_DEICTIC_HEADS = frozenset("我本全该")
# 各类/展会: after these a word jieba tags as a verb is used as a noun
_DETERMINERS = frozenset(("各类", "各种", "各项", "等", "各级"))
_SUBJECT_WORD = re.compile(r"^(全省|全市|全区|全县|全国|我省|我市|本市|全年|累计|新增|其中)")
_DIGIT = re.compile(r"\d")
_UNIT_SUBJECT = re.compile(r"全[州盟旗]")
# jieba's dictionary tags 大米 (rice) as a numeral, so many 米 (metres), and 三七 (notoginseng, 文山's herb) as one, thirty-seven;
# what a figure counts may be either (涉案大米86吨, 各有2家三七初加工企业)
_MISTAGGED_NOUNS = frozenset({"大米", "三七"})
_INDICATOR_LOOKAHEAD = re.compile(r"[^，。；]{0,10}?(?:为|达|达到|突破|超过|实现|共|累计|分别为|分别达到)?(?:约|近)?\d")


def _name_like(word: str, flag: str) -> bool:
    if word in _NOT_NAME:
        return False
    return flag in _NAME_POS or (len(word) == 1 and flag[0] in _NAME_CHAR_POS) or (flag == "m" and word[0].isdigit())


@lru_cache(maxsize=CACHED_PARAGRAPHS)
def placed_words(text: str) -> tuple[tuple[str, str, int], ...]:
    """jieba's (word, part of speech, start offset) for text; cached, as the fact stage asks
    again for every figure the relation model left unlinked."""
    words, start = [], 0
    for word, flag in tagged_words(text):
        words.append((word, flag, start))
        start += len(word)
    return tuple(words)


@lru_cache(maxsize=CACHED_PARAGRAPHS)
def word_starts(text: str) -> dict[int, int]:
    """Word index by start offset."""
    return {start: i for i, (_, _, start) in enumerate(placed_words(text))}


def _is_org_head(word: str, flag: str) -> bool:
    return flag[0] in "nj" and word not in _NOT_ORG_HEAD and bool(_ORG_HEAD.search(word))


def _org_spans(text: str) -> list[tuple[int, int]]:
    """Each head word with the run of name-like words before it; inside （…） anything goes.

    A verb may stand right before the head (知识产权保护中心); leading verbs and brackets are trimmed.
    """
    words = placed_words(text)
    found = []
    for i, (head, flag, start) in enumerate(words):
        if not _is_org_head(head, flag):
            continue
        end, first, in_brackets = start + len(head), i, False
        while first > 0:
            word, flag, word_start = words[first - 1]
            if end - word_start > _ORG_MAX_CHARS or (word in "，。；：、“”《》" and not in_brackets):
                break
            in_brackets = (in_brackets or word == "）") and word != "（"
            verb_before_head = first == i and flag[0] == "v"
            if not (in_brackets or word in "（·" or verb_before_head or _name_like(word, flag)):
                break
            first -= 1
        while first < i and (words[first][0] in "（·" or words[first][1][0] == "v"):
            first += 1
        if first < i or head not in _BARE_HEAD:
            found.append((words[first][2], end))
    return found


_CLOSING_MARKS = {"）": "（", "”": "“"}  # the mark that closes a bracket or a quoted name, and the one that opens it


def _counted_flag(word: str, flag: str) -> str:
    """A word's part of speech as what a figure next to it counts: 大米 a noun (涉案大米86吨), whatever jieba says."""
    return "n" if word in _MISTAGGED_NOUNS else flag


def _noun_run_before(
    words: tuple[tuple[str, str, int], ...], last: int, verbs: bool = False, brackets: bool = False,
    skipped: frozenset[str] = _BEFORE_FIGURE,
) -> tuple[int, int] | None:
    """The noun-like words ending right before word ``last``, past verbs such as 达到/累计,
    with leading place names and 全省/我市-style subjects trimmed; with *verbs*, verbs may
    end the run (专利电子申请率, 专利转移转化, 调解纠纷) but not stand before its nouns (企业捐赠[知识产权书籍]);
    with *brackets*, a short bracket or quoted name may end it (试点示范县（市、区）, 优势产品（技术）, 知识产权质押“惠企贷”)."""
    while last and words[last - 1][0] in skipped:
        last -= 1
    if not last:
        return None
    end = words[last - 1][2] + len(words[last - 1][0])
    first, trailing = last, verbs
    if brackets and words[last - 1][0] in _CLOSING_MARKS:
        opening_mark = _CLOSING_MARKS[words[last - 1][0]]
        opening = [k for k in range(max(0, last - 6), last - 1) if words[k][0] == opening_mark]
        if not opening:
            return None
        first = last = opening[-1]
    while first > 0 and end - words[first - 1][2] <= _COUNTED_MAX_CHARS:
        flag = _counted_flag(*words[first - 1][:2]) if first == last else words[first - 1][1]
        if flag not in _COUNTED_POS and not (trailing and flag in _TRAILING_VERB_POS) \
                and not (verbs and (flag == _PLACE_WORD_POS or words[first - 1][0] == _KIND_WORD)):
            break
        trailing = trailing and flag in _TRAILING_VERB_POS
        first -= 1
    while first < last and (words[first][1] == "ns" or _SUBJECT_WORD.match(words[first][0])
                            or (words[first][1] == "v" and not (first and words[first - 1][0] in _DETERMINERS))
                            or (words[first][0] in _LEVEL_WORDS and first and words[first - 1][0] in _DEICTIC_HEADS)):
        first += 1
    return (words[first][2], end) if first < last else None


def _noun_run_after(words: tuple[tuple[str, str, int], ...], first: int) -> tuple[int, int] | None:
    """The noun-like words starting at word ``first`` (18家[机构]获批), place names excluded."""
    last = first
    while (
        last < len(words)
        and _counted_flag(*words[last][:2]) in _COUNTED_POS
        and words[last][1] != "ns"
        and words[last][2] + len(words[last][0]) - words[first][2] <= _COUNTED_MAX_CHARS
    ):
        last += 1
    return (words[first][2], words[last - 1][2] + len(words[last - 1][0])) if last > first else None


def counted_noun_spans(text: str) -> list[tuple[int, int]]:
    """The run of noun-like words right before each figure (捐赠知识产权书籍500余册 → 知识产权书籍).

    On the train split 91 % of these end where a gold INDICATOR ends, though only
    about half start there too.
    """
    words, index_at = placed_words(text), word_starts(text)
    found = (_noun_run_before(words, index_at.get(m.start()) or 0) for m in _QUANTITY.finditer(text))
    return [span for span in found if span]


def counted_noun(text: str, start: int, end: int) -> tuple[int, int] | None:
    """What the figure at [start, end) counts: the noun run before it (verbs allowed inside),
    else the one right after it."""
    words, index_at = placed_words(text), word_starts(text)
    last = index_at.get(start) or 0
    before = _noun_run_before(words, last, verbs=True, brackets=True, skipped=_BEFORE_A_FACTS_FIGURE)
    if before and _UNIT_SUBJECT.match(text, before[0]):  # 全盟专利授权量: not a word the model's features trim
        before = (before[0] + 2, before[1]) if before[1] - before[0] > 2 else None
    if before:
        return before
    return noun_counted_after(text, end)


def noun_counted_after(text: str, end: int) -> tuple[int, int] | None:
    """The noun run right after a figure ending at ``end`` (15家企业 → 企业)."""
    index_at = word_starts(text)
    return _noun_run_after(placed_words(text), index_at[end]) if end in index_at else None


def rule_spans(doc: Doc, labels: frozenset[str] | None = None) -> list:
    """Entities the regexes and the gazetteer find (of the given labels), overlaps allowed."""
    text = text_of(doc)
    spans = []
    for label, pattern in _PATTERNS:
        if labels is not None and label not in labels:
            continue
        for m in pattern.finditer(text):
            if label == "POLICY" and NOT_POLICY_TITLE.search(m.group()):
                continue
            found = [m.span("value" if "value" in pattern.groupindex else 0)]
            while label == "GROWTH" and (item := _GROWTH_LIST_ITEM.match(text, found[-1][1])):
                found.append((item.start() + 1, item.end()))
            for start, end in found:
                span = doc.char_span(start, end, label=label)
                if span is not None:
                    spans.append(span)
    if labels is None or "ORG" in labels:
        for start, end in _org_spans(text):
            span = doc.char_span(start, end, label="ORG")
            if span is not None:
                spans.append(span)
    if labels is None or "REGION" in labels:
        for start, end in find_region_names(text):
            if not _ORG_AFTER_REGION.match(text, end):
                span = doc.char_span(start, end, label="REGION")
                if span is not None:
                    spans.append(span)
    # an indicator is only a candidate before a figure, so a paragraph without digits has none
    if (labels is None or "INDICATOR" in labels) and _DIGIT.search(text):
        for pattern, required in _indicator_patterns():
            if required in text:
                for m in pattern.finditer(text):
                    if m.end() > m.start() and _INDICATOR_LOOKAHEAD.match(text, m.end()):
                        span = doc.char_span(m.start(), m.end(), label="INDICATOR")
                        if span is not None:
                            spans.append(span)
    return spans


@lru_cache(maxsize=1)
def _indicator_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """Every pattern of the indicator taxonomy with the text all its matches contain: a paragraph
    without that text is skipped unsearched. A pattern opening with an optional group
    ((三种)?专利申请…) gives the regex engine no first character to look for, so it is tried at
    every character of every paragraph, and the taxonomy's patterns were a twentieth of the run."""
    return tuple((pattern, required_text(pattern)) for indicator in load_taxonomy() for pattern in indicator.patterns)


def required_text(pattern: re.Pattern) -> str:
    """The longest run of characters that every match of the pattern holds, read from its parse by the
    standard library's regex parser: literals in sequence, through groups that must match; a repeat,
    a branch or a character class ends a run, and so does a cased letter, which IGNORECASE lets match
    in either case. Empty where there is none."""
    best = run = ""

    def walk(items) -> None:
        nonlocal best, run
        for op, arg in items:
            if op == sre_constants.LITERAL and chr(arg).lower() == chr(arg).upper():
                run += chr(arg)
                best = max(best, run, key=len)
            elif op == sre_constants.SUBPATTERN:
                walk(arg[-1])
            else:
                run = ""

    walk(sre_parser.parse(pattern.pattern, pattern.flags))
    return best


@Language.component("ipie_rules_ner")
def rules_ner(doc: Doc) -> Doc:
    """Entities by regex and gazetteer, longest match wins."""
    doc.ents = filter_spans(rule_spans(doc))
    return doc


# 近五成, 超过七成, 四成以上的企业, 占全省的一半以上, 约占五分之一: tenths, halves and simple fractions, which the model has
# too few examples of; not 一成不变
_SHARES_IN_WORDS = re.compile(r"(?:约|近)?(?:(?:[一二两三四五六七八九]成|一半)(?:以上|左右|多)?(?=[^\u4e00-\u9fff]|的|$)"
                              r"|[二三四五六七八九十]分之[一二三四五六七八九](?:以上|左右|多)?)")
# 两万三千多件, 一万件, 二百件: a count in Chinese numerals with its order of magnitude, which the model has too few
# examples of (a spoken report's; the normaliser writes percentages in words as figures); not 两个, 四次, 每万人
_COUNT_IN_WORDS = re.compile(r"[零〇一二两三四五六七八九十]+[百千万亿]")
# 县政府办公室先后印发《…》, 行署出台《…》: a government or its office, named by its level alone (a prefecture's 行政公署 by its short
# name), opening a clause that issues a title or listed after another issuer (地委办公室、行署办公室联合印发, …印发的《…》和地区
# 行署办公室印发的《…》) (the model tags 市政府办公室 and 区政府办公室, and misses the county's)
_ISSUING_NEXT = r"(?=(?:先后|相继|分别|联合|还|又)?(?:印发|出台|发布|制定|下发|颁布))"
_GOVERNMENT_ISSUING = re.compile(
    r"(?:^|(?<=[，。；：,;:\s、和及与]))([省市县区州旗](?:人民)?政府(?:办公厅|办公室)?|(?:地区)?(?:行署|行政公署)(?:办公室)?)" + _ISSUING_NEXT
)
# 用好娄底市人民政府办公室印发的《…》: a named region's government or its office, right after the region's name, issuing a title
_GOVERNMENT_AFTER_ITS_REGION = re.compile(r"(?:人民)?政府(?:办公厅|办公室)?" + _ISSUING_NEXT)
# 中共中央、国务院印发《…》: the Party's centre listed before the State Council, which the model tags alone
_PARTY_CENTRE = re.compile(r"中共中央(?:办公厅)?(?=[、和与]国务院)")
# 较2020年实现翻番, 比上年翻了一番: a doubling, a change (2 倍) the model may miss; the count after 翻 is the span, as the
# guidelines mark it, and the whole word where there is none
_DOUBLED = re.compile(r"(?<=翻)[一两二三四五]番|(?<=翻了)[一两二三四五]番|翻番")
# （1）数量指标：专利授权量，年度目标值≥600件，实际完成712件: the measure a budget's performance table names, alone in
# its clause before its target, an INDICATOR the model may miss
_EVALUATED_MEASURE = re.compile(r"(?:^|(?<=指标[：:]))(?P<name>[^，,：:。；;\n]{2,30}?)[，,]\s*(?:年度)?(?:目标值|指标值)", re.M)
# 考核满分100分，我市自评得分94.5分，共扣5.5分: the score a figure in points is, the word right before it, an INDICATOR the
# model, which learned from no scoring report, leaves out where the sentence names no other measure before it (知识产权保护
# 社会满意度得分81.92分 scores the 满意度); not a scale's bare 满分为100分, which measures nothing
_SCORE_NAME = re.compile(r"(?P<name>(?:考核|自评|综合|评估|评价|绩效|测评)(?:得分|满分|总分)|得分|扣)(?:为|了|达到?|是)?(?=\d+(?:\.\d+)?分)")
# 我局年初预算5386.72万元, 调整后全年预算数为698.83万元: a budget named before its amount, an INDICATOR the model, which
# learned from no budget report, leaves out or reads as a date (年初)
_BUDGET_NAME = re.compile(r"(?P<name>(?:年初|调整后的?|全年|追加)*预算(?:数|总额)?)(?:为|是|达到?|共计|安排)?(?=\d+(?:\.\d+)?[万亿]?元)")
# 上年全区商标注册量为4.15万件, …，上年末这一数字为82件: last year named at a clause's opening, a DATE (guidelines) the model
# may miss; not 上年同期 (a base, read with its figure), nor 去年以来
_LAST_YEAR_OPENING = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?:上一?年|去年)(?:[底末]|全年)?(?!同期|以来|[底末])")
# 约2.1亿美元, 1630万港元: an amount in a foreign currency, which the training reports hardly have
_FOREIGN_MONEY = re.compile(r"(?:约|近|超过|逾)?\d+(?:\.\d+)?[万亿]?(?:美元|港元|澳门元|欧元|日元|英镑|澳元|卢布)(?:以上|左右)?")
# 居珠三角第6, 保持苏北第一: a rank after its verb whose scope the model left untagged, and it with it
_RANK_VERB_OR_KEPT = "(?:" + RANK_VERB + "于?|保持|稳居)"
_RANK_AFTER_ITS_VERB = re.compile(_RANK_VERB_OR_KEPT + r"(?P<rank>[^，,。；;：:\d第首]{1,10}?(?:第[一二三四五六七八九十\d]+[位名]?|首位))")
# 是上年的1.5倍, 是2015年全年总额的2.8倍, 是“十一五”末的3.4倍: a multiple of an earlier figure is a change (guidelines)
_MULTIPLE_OF_EARLIER = re.compile(r"(?:是|为|相当于)" + EARLIER_BASE + r"[^，。；,;]{0,8}?的$")

# 增速分别为[62.3%]、[47.8%]和[71.5%], 年均增速[37.64%]: a rate of growth is a change (guidelines), however
# the model tagged it
_RATE_OF_GROWTH = re.compile(RATE_WORD + r"(?:分别)?(?:为|达到|达|是)?(?:\s*[\d.]+%[、和及与])*\s*$")


# 分别占全国总量的35.6%、10.6%和[8.6%]: the items of a list of shares are shares (QUANTITY), however the
# model tagged them
_LISTED_SHARE = re.compile(r"占(?:(?!" + CHANGE_WORD + r")[^，。；,;%]){0,12}?(?:\s*[\d.]+%[、和及与])+\s*$")
# 线上销售额占比超过[35%], 专利密集型产业增加值比重达[12.3%]: a share named by its word, a level (QUANTITY), not a change
_NAMED_SHARE = re.compile(r"(?:占比|比重)(?:为|是|达到?|已达|超过|约|近|接近|逾|不足|不到)?\s*$")


# 由2020年的[3.86万件]增加到2022年的[6.88万件], 已增加到[76家], 比2022年的[1.85亿元]增加1.35亿元: the figures
# a change goes from and to are levels (QUANTITY), not changes, whatever their trigger
_LEVEL_OF_A_CHANGE = re.compile(
    r"(?:(?:" + CHANGED_FROM + "|" + CHANGED_TO + ")" + FIGURES_YEAR
    + r"|[比较](?:(?:19|20)\d{2}年|上一?年|去年)[底末]?(?:同期)?的)$"
)


# a region that directly names a zone or a place is no REGION (guidelines: 德阳高新区, 苏州工业园区),
# nor one that begins the name of a body the organisation heads miss (昆明市中院, 义乌市委)
_ZONE_OR_BODY_AFTER_REGION = re.compile(r"(高新|经开|开发区|工业园|园区|新区|自贸|试验区|保税|科技城|港区|广场|中院|中级|检察|海关|公安|委)")


# a quoted name: 《2016云南省专利统计分析报告》, “2016年天津市知识产权创新创业发明与设计大赛”, “一窗口，两中心”
_QUOTED_NAME = re.compile(r"《([^《》]{1,60})》|“([^“”]{1,60})”")


def _quoted_names(text: str) -> list[tuple[int, int]]:
    """Where the words inside 《…》 and “…” are: nothing is marked inside a quoted name (guidelines)."""
    return [m.span(1) if m.group(1) is not None else m.span(2) for m in _QUOTED_NAME.finditer(text)]


def _inside_quoted_names(text: str, ents: list[Span]) -> set[int]:
    """The entities that are only part of a quoted name; the whole of a quote (“十三五”, 《…条例》) stays."""
    names = _quoted_names(text)
    return {
        k for k, e in enumerate(ents)
        if any(a <= e.start_char and e.end_char <= b and (e.start_char, e.end_char) != (a, b) for a, b in names)
    }


def missed_region_spans(doc: Doc, ents: list[Span]) -> list[Span]:
    """Full official region names (寿光市, 岳麓区) that the model left untagged or took for an
    indicator: a region of a report it never saw is often a name it never saw. Only whole
    words (not 范县 in 示范县, nor 和县 in 市级和县级); not where the name begins an organisation,
    a zone or a quoted name, as the guidelines say; and never 中国, which begins the names of
    awards and centres (中国专利奖, 中国（义乌）…中心)."""
    text = text_of(doc)
    quoted = _quoted_names(text)
    candidates = [
        (start, end) for start, end, region in find_region_spans(text)
        if text[start:end] == region.name and region.code != NATIONAL_CODE
        and not any(a <= start and end <= b for a, b in quoted)
        and not _ORG_AFTER_REGION.match(text, end) and not _ZONE_OR_BODY_AFTER_REGION.match(text, end)
    ]
    if not candidates:
        return []
    words = placed_words(text)
    starts = {start for _, _, start in words}
    ends = {start + len(word) for word, _, start in words}
    orgs = _org_spans(text)
    found = []
    for start, end in candidates:
        if start not in starts or end not in ends:
            continue
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b in orgs):
            continue
        touching = [e for e in ents if e.start_char < end and start < e.end_char]
        if touching and not (len(touching) == 1 and touching[0].label_ == "INDICATOR"
                             and (touching[0].start_char, touching[0].end_char) == (start, end)):
            continue
        span = doc.char_span(start, end, label="REGION")
        if span is not None:
            found.append(span)
    return found


# 丰台、昌平、大兴三区, 银川、吴忠两市: short names counted by the level word after them
_SHORT_NAME_LENGTHS = (4, 3, 2)
_LIST_JOIN = "、和及与"


def counted_short_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Short names of counties or cities the model missed in a list counted by the level word after
    it (丰台、昌平、大兴三区; 瑞金、于都、兴国三县（市）): as many names as the count, joined by 、 or 和,
    each a unit's name with one of those words (丰台区, 瑞金市) or a short form, none touching an entity
    but a REGION the model found on the very same name (赣县 in 章贡、南康、赣县三区); or cities named by a
    character each (苏锡常三市)."""
    text = text_of(doc)
    found = []
    for m in COUNTED_LEVEL.finditer(text):
        count, level = LIST_COUNTS[m.group(1)], level_words(m)
        if level == "市" and m.start() >= count and cities_abbreviated(text[m.start() - count : m.start()]):
            abbreviated = [doc.char_span(k, k + 1, label="REGION") for k in range(m.start() - count, m.start())]
            if all(s is not None and not any(e.start < s.end and s.start < e.end for e in ents) for s in abbreviated):
                found.extend(abbreviated)
            continue
        names, end = [], m.start()
        for k in range(count):
            last = k == count - 1
            if last:
                start = next((end - n for n in _SHORT_NAME_LENGTHS if n <= end and names_a_unit(text[end - n : end], level)), None)
            else:  # the nearest join that leaves a unit's name after it (和龙 in 图们、龙井、和龙三市 begins with 和)
                joins = (j for j in range(end - 2, max(-1, end - 6), -1) if text[j] in _LIST_JOIN)
                start = next((j + 1 for j in joins if names_a_unit(text[j + 1 : end], level)), None)
            if start is None:
                break
            names.append((start, end))
            end = start - 1
            if not last and (end < 0 or text[end] not in _LIST_JOIN):
                break
        else:
            spans = [doc.char_span(a, b, label="REGION") for a, b in reversed(names)]
            tagged = {(e.start, e.end) for e in ents if e.label_ == "REGION"}
            if all(s is not None and ((s.start, s.end) in tagged or not any(e.start < s.end and s.start < e.end for e in ents))
                   for s in spans):
                found.extend(s for s in spans if (s.start, s.end) not in tagged)
    return found


_NAME_AFTER_REGION_MAX_CHARS = 16
# prepositions, conjunctions, particles, adverbs, pronouns, numerals: a clause, not a name (芜湖市依托…中心, 泉州三市…法院)
_NOT_IN_A_NAME = frozenset("pcudrm")
_CLAUSE_OR_LIST_BREAK = re.compile(r"[\s，。；：、（）()《》“”]")


def region_led_orgs(doc: Doc, ents: list[Span]) -> list[Span]:
    """A region the model tagged that begins a body's name (昆明市中院, 重庆志合专利事务所,
    合肥国家高新区管委会) starts one ORG, as the guidelines mark it, with no REGION inside. The name
    runs to the farthest organisation head word in its clause with no function word, numeral or verb
    of two characters before it, and holds no ORG the model found right after the region (平顶山市[平高集团]
    stays two; 重庆紫光华山智安[科技有限公司], a name the model cut, becomes one)."""
    text = text_of(doc)
    quoted = _quoted_names(text)
    found = []
    for region in ents:
        start, end = region.start_char, region.end_char
        if region.label_ != "REGION" or any(a <= start and end <= b for a, b in quoted) \
                or (found and start < found[-1].end_char):  # 玉树州 inside [青海省玉树州前方指挥部], the name one before it began
            continue
        stop = _CLAUSE_OR_LIST_BREAK.search(text, end)
        limit = min(stop.start() if stop else len(text), end + _NAME_AFTER_REGION_MAX_CHARS)
        name_end = None
        for word, flag, word_start in placed_words(text):
            word_end = word_start + len(word)
            if word_end <= end:
                continue
            if word_start < end or word_end > limit or flag[0] in _NOT_IN_A_NAME or (flag[0] == "v" and len(word) > 1):
                break
            if _is_org_head(word, flag) and not any(
                e.start_char < word_end < e.end_char or (e.label_ == "ORG" and e.start_char == end and e.end_char <= word_end)
                for e in ents
            ):
                name_end = word_end
        span = doc.char_span(start, name_end, label="ORG") if name_end else None
        if span is not None:
            found.append(span)
    return found


# 同比分别增长3.4%、-2.6%、1.8%: the items of a list of changes after their trigger; 分别增长-8.1%、…: the first, signed
_LISTED_CHANGE = re.compile(CHANGE_WORD + r"(?:\s*[-−]?[\d.]+%[、和及与])+\s*$")
_SIGNED_CHANGE = re.compile(CHANGE_WORD + r"\s*$")


def listed_changes(doc: Doc, ents: list[Span]) -> dict[int, Span]:
    """An item of a list of changes, a minus sign and all (同比分别增长3.4%、[-2.6%]、1.8%; 分别增长[-8.1%]、-5.9%), which
    the model took for a share or cut before its sign, or an item of a list after a change word whose other items it
    took for changes (分别新增[8家]、21家): a GROWTH, by the index of the span."""
    text, found = text_of(doc), {}
    for k, (first, second) in enumerate(zip(ents, ents[1:])):
        between = text[first.end_char : second.start_char].strip()
        if {first.label_, second.label_} == {"QUANTITY", "GROWTH"} and len(between) == 1 and between in _LIST_JOIN \
                and _SIGNED_CHANGE.search(text, max(0, first.start_char - 8), first.start_char):
            j = k if first.label_ == "QUANTITY" else k + 1
            found[j] = Span(doc, ents[j].start, ents[j].end, label="GROWTH")
    for k, e in enumerate(ents):
        signed = e.start_char > 0 and text[e.start_char - 1] in "-−"
        start = e.start - 1 if signed else e.start
        if e.label_ in ("QUANTITY", "GROWTH") and e.text.endswith("%") and (signed or e.label_ == "QUANTITY") \
                and (_LISTED_CHANGE.search(text, max(0, e.start_char - 40), doc[start].idx)
                     or signed and _SIGNED_CHANGE.search(text, max(0, e.start_char - 10), doc[start].idx)):
            found[k] = Span(doc, start, e.end, label="GROWTH")
    return found


# 居[金华市]首位, 居[宁波]各区县（市）第一, 居[湖州市]第二位: a rank whose scope the model took for a region
_RANK_AFTER_A_SCOPE = re.compile(r"[^，,。；;：:\d]{0,10}?(?:第[一二三四五六七八九十\d]+[位名]?|首位|前[一二三四五六七八九十\d]+[位名])")


def _widened(doc: Doc, ents: list[Span], takes, rest: re.Pattern, label: str, gives_way: frozenset = frozenset()) -> dict[int, Span]:
    """Each span ``takes`` accepts, widened over the text ``rest`` matches right after it to a ``label`` span, by its
    index, where every other span it reaches has a label that ``gives_way`` and lies wholly inside it (those are
    dropped, :func:`covered_by_replacements`)."""
    text, found = text_of(doc), {}
    for k, e in enumerate(ents):
        m = rest.match(text, e.end_char) if takes(e) else None
        span = doc.char_span(e.start_char, m.end(), label=label, alignment_mode="expand") if m else None
        if span is not None and all(o.label_ in gives_way and span.start <= o.start and o.end <= span.end
                                    for o in ents if o is not e and o.start < span.end and span.start < o.end):
            found[k] = span
    return found


def ranks_read_as_regions(doc: Doc, ents: list[Span]) -> dict[int, Span]:
    """A rank the model missed, tagging only the region or the body that scopes it (居[金华市]首位, 居[邢台市基层法院]第二位):
    a RANK from the region to the rank's end, by the index of the REGION (or ORG), where no other entity lies in it."""
    text = text_of(doc)

    def after_a_rank_verb(e: Span) -> bool:
        return e.label_ in ("REGION", "ORG") and bool(re.search(_RANK_VERB_OR_KEPT + "$", text[max(0, e.start_char - 3) : e.start_char]))

    return _widened(doc, ents, after_a_rank_verb, _RANK_AFTER_A_SCOPE, "RANK")


# 一个[多亿], 两个[半月左右]: the rest of a spoken count the model cut after its 个
_SPOKEN_MEASURE_REST = re.compile(r"[半多](?:[万亿]元?|月|小时|工作日)(?:左右)?")


def spoken_measures_cut_short(doc: Doc, ents: list[Span]) -> dict[int, Span]:
    """A spoken count the model cut after its 个 (现场签约金额[一个]多亿, 压缩到[两个]半月左右): the whole figure, by the
    index of the QUANTITY."""
    return _widened(doc, ents, lambda e: e.label_ == "QUANTITY" and e.text.endswith("个"), _SPOKEN_MEASURE_REST, "QUANTITY")


# 120[余公斤], 4[款], 1.2万[瓶], 1200[余盒], 2160[双]: measure words the model cut off a figure, which the figure pattern its
# features come from lacks (changing that pattern would change what the shipped model sees)
_MEASURE_CUT_OFF_WORD = r"(?:公斤|千克|款|瓶|箱|头(?!部)|株|盒|双|枚|袋)"
_MEASURE_CUT_OFF = re.compile(r"[余多]?" + _MEASURE_CUT_OFF_WORD)
# and a count with one of them that the model left untagged (两千多双, 1.2万枚); in words only with 百, 千 or 万 (not 一双, 一袋)
_FIGURE_OF_A_MEASURE_CUT_OFF = re.compile(
    r"(?<![\d.])(?:约|近)?(?:\d+(?:\.\d+)?(?:万|亿)?|[一二两三四五六七八九十]+[百千万][一二两三四五六七八九十百千万]*)[余多]?" + _MEASURE_CUT_OFF_WORD
)


def measures_cut_off(doc: Doc, ents: list[Span]) -> dict[int, Span]:
    """A figure the model ended before its measure word (下架侵权假冒草果产品[120]余公斤, 专属信贷产品[4]款), or took for a date
    for its four digits (查扣[1200]余盒): the whole figure, by the index of the QUANTITY or DATE."""
    return _widened(doc, ents, lambda e: (e.label_ == "QUANTITY" and (e.text[-1:].isdigit() or e.text.endswith("万")))
                    or (e.label_ == "DATE" and e.text.isdigit()), _MEASURE_CUT_OFF, "QUANTITY")


# 居[全省9个]市（州）第6位: a rank cut before the rest of its scope and its place
_RANK_MARK = re.compile(r"第[一二三四五六七八九十\d]+|首位|前[一二三四五六七八九十\d]+")


def ranks_cut_short(doc: Doc, ents: list[Span]) -> dict[int, Span]:
    """A rank the model cut inside its scope (居[全省9个]市（州）第6位, the rest taken for an indicator): the whole
    rank, by the index of the RANK, the indicator inside it dropped."""
    return _widened(doc, ents, lambda e: e.label_ == "RANK" and not _RANK_MARK.search(e.text), _RANK_AFTER_A_SCOPE, "RANK",
                    frozenset({"INDICATOR"}))


def covered_by_replacements(ents: list[Span], replaced: dict[int, Span]) -> set[int]:
    """The spans a replacement now covers, which give way to it."""
    return {j for j, o in enumerate(ents) for k, span in replaced.items()
            if j != k and span.start <= o.start and o.end <= span.end}


# a count in words at the end of what the model took for an indicator: 开放许可[二十七项], 商标品牌指导站[四个]; not 一 and a
# measure word (一个, 一批: "a"), nor an ordinal (第三批)
_COUNT_DIGIT = "一二两三四五六七八九十百千万"
_COUNT_AT_THE_END = re.compile(
    rf"(?<![第{_COUNT_DIGIT}])(?!一[^{_COUNT_DIGIT}余多]$)[{_COUNT_DIGIT}]+(?:余|多)?" + _UNIT + "$"
)


def counts_read_into_indicators(doc: Doc, ents: list[Span]) -> list[Span]:
    """An INDICATOR the model read on into the count in words after it ([开放许可二十七项], [商标品牌指导站四个]):
    the indicator and the QUANTITY apart, to replace it."""
    found = []
    for e in ents:
        m = _COUNT_AT_THE_END.search(e.text) if e.label_ == "INDICATOR" else None
        if m is None or m.start() < 2:
            continue
        indicator = doc.char_span(e.start_char, e.start_char + m.start(), label="INDICATOR")
        count = doc.char_span(e.start_char + m.start(), e.end_char, label="QUANTITY")
        if indicator is not None and count is not None:
            found += [indicator, count]
    return found


# 平均审理周期缩短到78天, 发明专利审查周期压减至16.0个月, 兑现周期缩短到30天以内: how long something takes, named right before
# its duration (and the verb that sets it), which the model leaves untagged
_DURATION = re.compile(r"(?:天|日|个月|个工作日|工作日|小时|周)(?:以内|以上|左右)?$")
_TIME_TAKEN_BEFORE = re.compile(r"(?P<indicator>[\u4e00-\u9fff]{1,20}?(?:周期|用时|时长|时限|耗时))"
                                r"(?:[缩压减降控稳保][\u4e00-\u9fff]{0,2}?)?(?:至|到|在|为|是)?(?:平均)?(?:仅|只有)?$")
_CLAUSE_START_BEFORE = re.compile(r"[，,。；;：:！？\n]")


def times_taken(doc: Doc, ents: list[Span]) -> list[Span]:
    """The measure of a duration with no INDICATOR before it in its clause (案件平均审理周期缩短到[78天]): an INDICATOR over the
    words naming how long what takes, from the clause's start or the last entity before them."""
    text = text_of(doc)
    found = []
    for e in ents:
        if e.label_ != "QUANTITY" or not _DURATION.search(e.text):
            continue
        breaks = [m.end() for m in _CLAUSE_START_BEFORE.finditer(text, 0, e.start_char)]
        start = max([breaks[-1] if breaks else 0] + [x.end_char for x in ents if x.end_char <= e.start_char])
        if any(x.label_ == "INDICATOR" and start <= x.start_char < e.start_char for x in ents):
            continue
        m = _TIME_TAKEN_BEFORE.search(text, start, e.start_char)
        span = doc.char_span(m.start("indicator"), m.end("indicator"), label="INDICATOR") if m else None
        if span is not None:
            found.append(span)
    return found


def places_read_as_indicators(doc: Doc, ents: list[Span]) -> dict[int, Span]:
    """A town's name the model took for what is counted (天子湖镇新增…示范企业2家, 天子湖镇、梅溪镇通过
    认证的企业), or a region's after 同期 (同期河南省专利授权量约17.7万件): a REGION over the name, by the index of the
    INDICATOR, where another INDICATOR follows it before any figure (a town is never measured itself, 中心镇5个 is)."""
    found = {}
    for k, e in enumerate(ents):
        if e.label_ != "INDICATOR":
            continue
        name = e.text.removeprefix("同期")
        if town_region(e.text) is None and not (name != e.text and find_region_names(name) == ((0, len(name)),)):
            continue
        after = next((n for n in ents[k + 1 :] if n.label_ in ("INDICATOR", "QUANTITY", "GROWTH", "RANK")), None)
        region = doc.char_span(e.end_char - len(name), e.end_char, label="REGION")
        if after is not None and after.label_ == "INDICATOR" and region is not None:
            found[k] = region
    return found


# what may follow a region's name inside a longer one (朝阳|区 read as 朝阳 and 区; 浦东|新区)
_LEVEL_AFTER_A_NAME = re.compile(r"[省市区县州盟旗镇乡街新]")


def regions_read_past_their_name(doc: Doc, ents: list[Span]) -> dict[int, Span]:
    """A REGION the model read past the region's name into what follows it ([赵县雪花梨]产业综合产值):
    the name, or chain of names, alone, by the index of the REGION; not where a zone's or a body's
    name follows (苏州工业园区, 昆明市中院), which the guidelines do not split."""
    found = {}
    for k, e in enumerate(ents):
        if e.label_ != "REGION":
            continue
        end = 0
        for a, b, _ in find_region_spans(e.text):
            if a != end:
                break
            end = b
        rest = e.text[end:]
        if end and len(rest) >= 2 and not (_LEVEL_AFTER_A_NAME.match(rest) or _ORG_AFTER_REGION.match(rest)
                                            or _ZONE_OR_BODY_AFTER_REGION.match(rest)):
            span = doc.char_span(e.start_char, e.start_char + end, label="REGION")
            if span is not None:
                found[k] = span
    return found


# the verbs that open a clause after its subject (汇川区作为中心城区, 芜湖市依托…中心): never inside a name
CLAUSE_VERBS = frozenset(("作为", "依托", "围绕", "通过", "按照", "借助", "立足", "面向", "针对", "聚焦", "结合"))


_ZONE_OR_NAME_MARK = re.compile(DEVELOPMENT_ZONE + r"|[（(“《]")


def _names_no_body(rest: str) -> bool:
    """What follows a region inside an ORG names no body, zone or bracketed part (陕西[专利商标质押融资金额],
    not 武汉[知识产权交易所交易额] or 中国[（上海）自由贸易试验区临港新片区])."""
    return (
        len(rest) >= 4 and not _ZONE_OR_BODY_AFTER_REGION.match(rest) and not _ZONE_OR_NAME_MARK.search(rest)
        and not any(_is_org_head(w, f) for w, f in tagged_words(rest))
    )


def regions_read_as_orgs(doc: Doc, ents: list[Span]) -> dict[int, Span]:
    """An ORG that is a region's name alone (其中[哈尔滨]、牡丹江两市, a name the model has seen
    inside a body's name) or that the model read across a region and the clause it opens
    ([汇川区作为中心]城区) or the indicator a figure then measures ([陕西专利商标质押融资金额]达到168.5亿元,
    no body's head word at its end): the region alone, by the index of the ORG, where the ORG is the
    name and nothing more, where the word after the region is a preposition or a verb that opens a
    clause, or where a figure follows an ORG that names no body."""
    text = text_of(doc)
    found = {}
    for k, org in enumerate(ents):
        if org.label_ != "ORG":
            continue
        named = [(a, b) for a, b, _ in find_region_spans(org.text) if a == 0]
        if not named:
            continue
        if named[0][1] == len(org.text):
            found[k] = Span(doc, org.start, org.end, label="REGION")
            continue
        end = org.start_char + named[0][1]
        index = word_starts(text).get(end)
        after = placed_words(text)[index] if index is not None else None
        opens_a_clause = after is not None and (after[1][0] == "p" or after[0] in CLAUSE_VERBS) and end + len(after[0]) <= org.end_char
        measured = _names_no_body(org.text[named[0][1]:]) and _INDICATOR_LOOKAHEAD.match(text, org.end_char)
        if opens_a_clause or measured:
            span = doc.char_span(org.start_char, end, label="REGION")
            if span is not None:
                found[k] = span
    return found


# 增幅达19.3%: the trigger taken for what is measured (guidelines: trigger words stay outside)
_BARE_TRIGGER = re.compile(RATE_WORD)
# 在15个[副省级城市中居]第6位: the scope of a rank and its verb, taken for an indicator
_RANK_SCOPE = re.compile(r".{0,10}(?:中|内)" + RANK_VERB)


_ISSUING_VERBS = "出台|印发|发布|制定|颁布|下发"
_ISSUE = re.compile(f"({_ISSUING_VERBS})")
_ISSUE_OR_CITE = _ISSUING_VERBS + "|依据|根据|按照"
# 联合出台义乌市专利和商标奖励资金管理办法（义市监发〔2021〕45号）, 依据青岛市专利保险补贴资金管理办法（青市监发〔2022〕41号）,
# 出台广西重点商标保护名录管理办法（试行）（桂市监规〔2023〕3号）: a title without 《》, told by the verb that
# issues or cites it before it and its document number right after it
_UNQUOTED_TITLE = re.compile(
    r"(" + _ISSUE_OR_CITE + r")[了的]?((?:(?!" + _ISSUE_OR_CITE + r")[^，。；：、《》“”（）]){4,40}?(?:办法|意见|方案|规定|条例|细则|规划|通知|决定|措施|计划|纲要|指南|规则|制度)"
    r"(?:[（(](?:试行|暂行|修订|修订稿)[）)])?)[（(]$"
)


# the words a document number's span may run on back into (并以安政办发〔2023〕41号文件出台…): none begins a prefix
_BEFORE_A_DOC_NO = re.compile(r"(?:并以|并|以|根据|依据|按照)(?=[\u4e00-\u9fff]{2})")


def _unquoted_titles(doc: Doc, ents: list[Span]) -> list[Span]:
    """Policy titles written without 《》 right before their document number, and those the model
    found without their （试行）."""
    text = text_of(doc)
    found = []
    for number in (e for e in ents if e.label_ == "DOC_NO"):
        m = _UNQUOTED_TITLE.search(text, max(0, number.start_char - 50), number.start_char)
        if m is None or any(
            e.start_char < m.end(2) and m.start(2) < e.end_char and not (e.label_ == "POLICY" and m.start(2) <= e.start_char)
            for e in ents
        ):
            continue  # a title the model found is only widened (…管理办法 → …管理办法（试行）)
        span = doc.char_span(m.start(2), m.end(2), label="POLICY")
        if span is not None:
            found.append(span)
    return found


def _merged(ents: list[Span], added: list[Span]) -> list[Span]:
    """The entities with ``added`` in, replacing any they overlap."""
    if not added:
        return ents
    kept = [e for e in ents if not any(e.start < a.end and a.start < e.end for a in added)]
    return sorted(kept + added, key=lambda s: s.start)


def _closing_bracket(doc: Doc, ent: Span) -> Span | None:
    """市市场监督管理局（市知识产权局 → …局）: a span cut before the bracket it opened."""
    text = text_of(doc)
    written = text[ent.start_char : ent.end_char]  # Span.text joins the span's tokens anew on each read
    if written.count("（") > written.count("）") and text.startswith("）", ent.end_char):
        return doc.char_span(ent.start_char, ent.end_char + 1, label=ent.label_)
    return None


@Language.factory(
    "ipie_entity_rules",
    default_config={"labels": ["DOC_NO", "POLICY"], "extend_labels": ["GROWTH", "QUANTITY"], "fill_regions": True},
)
def make_entity_rules(nlp: Language, name: str, labels: list[str], extend_labels: list[str], fill_regions: bool):
    """Support for the trained recogniser where a pattern is exact: 〔〕 document numbers, 《》 titles
    (``labels``); a figure the model cut short or broke up (下降[1.5个]百分点, 提高2.[1个][百分点]),
    replaced by the pattern's span over it (``extend_labels``, the first listed winning a tie);
    tenths and fractions, counts in Chinese numerals and amounts in a foreign currency it missed or read as a place (近五成, 约占五分之一,
    两万三千多件, 约2.1亿美元,
    约2.46亿澳门元, QUANTITY), a government's office issuing a title that it missed (县政府办公室先后印发…, 娄底市人民政府办公室印发的…,
    ORG) or the Party's centre before the State Council (中共中央、国务院印发…, ORG), and
    ranks after their verb with a scope it left untagged (居[珠三角第6], RANK); a doubling it missed (较2020年实现[翻番], GROWTH);
    the measure a budget's performance line names before its target
    (数量指标：[专利授权量]，年度目标值≥600件, INDICATOR) and the score a figure in points is ([自评得分]94.5分, INDICATOR); a month or span of months, or a quarter, read as a figure (1—9月, 前[三季度]), a DATE;
    a region that begins an award's name (中国外观设计银奖), joined to the INDICATOR; a multiple of an
    earlier year's figure (是上年的1.5倍) and a rate of growth (增速分别为62.3%、47.8%), which are GROWTH; the figures a change goes from and to (由…的3.86万件增加到
    …的6.88万件) the items of a list of shares (占全国总量的35.6%、10.6%和8.6%) and a share named by its word (占比超过35%), which are QUANTITY; a growth trigger or a rank's scope taken for an indicator (增幅, 副省级城市中居), dropped;
    a region naming a grouping of places (成都[平原经济区]) or a grouping of the country's (中部地区, taken for an
    indicator or a region), dropped; a span cut before its closing bracket; a span run on into the full stop that ends it
    (珠三角第6。), cut back to it; a span across a title's 《 or 》 (…评价报告》和) or a full
    stop (…融资难题。积极推进专利保险工作) or inside a quoted name (《2016云南省专利统计分析报告》), dropped;
    a title without 《》 before its document number;
    with ``fill_regions``, full region names from the gazetteer that the model missed
    (:func:`missed_region_spans`); a region that begins a body's name, widened to the ORG
    (:func:`region_led_orgs`); an ORG that is a region's name alone or is read across a region
    and its clause, cut back to the region (:func:`regions_read_as_orgs`); a town's name, or a
    region's after 同期, taken for an indicator, a REGION (:func:`places_read_as_indicators`); a REGION read past the name,
    cut back to it (:func:`regions_read_past_their_name`); a rank's scope taken for a region, widened to the RANK
    (:func:`ranks_read_as_regions`), and one cut inside its scope, widened to its place (:func:`ranks_cut_short`); and a spoken
    count cut after its 个, widened to the whole (:func:`spoken_measures_cut_short`), as is a figure cut before a measure word
    its features lack (:func:`measures_cut_off`); and an indicator read on into the count in
    words after it, the two apart (:func:`counts_read_into_indicators`)."""
    wanted = frozenset(labels)
    priority = {label: k for k, label in enumerate(extend_labels)}

    def covering(span: Span, ents: list[Span]) -> bool:
        """The pattern's figure holds every entity it touches, and is longer than each."""
        inside = [e for e in ents if e.start < span.end and span.start < e.end]
        return bool(inside) and all(span.start <= e.start and e.end <= span.end and len(e) < len(span) for e in inside)

    def entity_rules(doc: Doc) -> Doc:
        text = text_of(doc)
        rules = rule_spans(doc, wanted | priority.keys())
        ents = list(doc.ents)
        tagged = {(e.start, e.end) for e in ents}
        figures = sorted(
            (s for s in rules if s.label_ in priority and (s.start, s.end) not in tagged), key=lambda s: priority[s.label_]
        )
        repairs = filter_spans([s for s in figures if covering(s, ents)])
        shares = [doc.char_span(*m.span(), label="QUANTITY") for m in _SHARES_IN_WORDS.finditer(text)]
        spoken = [s for s in rules if s.label_ == "QUANTITY" and _COUNT_IN_WORDS.match(s.text)]
        foreign = [doc.char_span(*m.span(), label="QUANTITY") for m in _FOREIGN_MONEY.finditer(text)]
        measured = [doc.char_span(*m.span(), label="QUANTITY") for m in _FIGURE_OF_A_MEASURE_CUT_OFF.finditer(text)]
        offices = [doc.char_span(*m.span(1), label="ORG") for m in _GOVERNMENT_ISSUING.finditer(text)]
        if "政府" in text:  # the gazetteer's scan only where a government may be named
            offices += [doc.char_span(start, m.end(), label="ORG") for start, end, _ in find_region_spans(text)
                        if (m := _GOVERNMENT_AFTER_ITS_REGION.match(text, end)) is not None]
        offices += [doc.char_span(*m.span(), label="ORG") for m in _PARTY_CENTRE.finditer(text)]
        last_year = [doc.char_span(*m.span(), label="DATE") for m in _LAST_YEAR_OPENING.finditer(text)]
        doubled = [doc.char_span(*m.span(), label="GROWTH") for m in _DOUBLED.finditer(text)]
        evaluated = [doc.char_span(*m.span("name"), label="INDICATOR") for m in _EVALUATED_MEASURE.finditer(text)]
        scores = [doc.char_span(*m.span("name"), label="INDICATOR") for m in _SCORE_NAME.finditer(text)
                  if not any(e.label_ == "INDICATOR" and e.end_char <= m.start() and not _CLAUSE.search(text, e.end_char, m.start())
                             for e in ents)]
        ranks = [doc.char_span(*m.span("rank"), label="RANK") for m in _RANK_AFTER_ITS_VERB.finditer(text)]
        budgets = [s for m in _BUDGET_NAME.finditer(text) if (s := doc.char_span(*m.span("name"), label="INDICATOR")) is not None]
        missed = [s for s in shares + spoken + foreign + measured + ranks + offices + last_year + doubled + evaluated + scores
                  + budgets
                  if s is not None and not any(e.start < s.end and s.start < e.end for e in ents)]
        # 约2.46亿澳门元 with 澳门元 taken for a region: the amount over it
        # 年初 of 年初预算 read as a date: the budget's name over it
        repairs = filter_spans(repairs + [s for s in foreign + budgets if s is not None and covering(s, ents)])
        found = filter_spans([s for s in rules if s.label_ in wanted] + repairs + missed)
        ents = _merged(ents, found)
        titles = _unquoted_titles(doc, ents)
        ents = _merged(ents, titles)
        regions = missed_region_spans(doc, ents) + counted_short_names(doc, ents) if fill_regions else []
        ents = _merged(ents, regions)
        orgs = region_led_orgs(doc, ents)
        ents = _merged(ents, orgs)
        counts = counts_read_into_indicators(doc, ents) + times_taken(doc, ents)
        ents = _merged(ents, counts)
        multiples = {
            k for k, e in enumerate(ents)
            if e.label_ == "QUANTITY" and text.endswith("倍", 0, e.end_char)
            and _MULTIPLE_OF_EARLIER.search(text, max(0, e.start_char - 20), e.start_char)
        }
        rates = {
            k for k, e in enumerate(ents)
            if e.label_ == "QUANTITY" and e.text.endswith("%")
            and _RATE_OF_GROWTH.search(text, max(0, e.start_char - 40), e.start_char)
        }
        dates = {k for k, e in enumerate(ents) if e.label_ == "QUANTITY" and (_DATE.fullmatch(e.text) or _QUARTER.fullmatch(e.text))}
        awards = {  # [中国][外观设计银奖], [广东][专利奖金奖]: the region names the award
            k: Span(doc, e.start, ents[k + 1].end, label="INDICATOR") for k, e in enumerate(ents[:-1])
            if e.label_ == "REGION" and ents[k + 1].label_ == "INDICATOR" and ents[k + 1].start == e.end
            and "奖" in ents[k + 1].text
        }
        levels = {
            k for k, e in enumerate(ents)
            if e.label_ == "GROWTH" and (_LEVEL_OF_A_CHANGE.search(text, max(0, e.start_char - 12), e.start_char)
                                         or _LISTED_SHARE.search(text, max(0, e.start_char - 40), e.start_char)
                                         or (e.text[:1].isdigit() and _NAMED_SHARE.search(text, max(0, e.start_char - 6), e.start_char)))
        }
        triggers = {k for k, e in enumerate(ents) if e.label_ == "INDICATOR" and (_BARE_TRIGGER.fullmatch(e.text) or _RANK_SCOPE.fullmatch(e.text))}
        groupings = {k for k, e in enumerate(ents) if (e.label_ == "REGION" and _GROUPING_AFTER_A_NAME.match(text, e.end_char))
                     or (e.label_ in ("REGION", "INDICATOR") and _REGION_GROUPING.fullmatch(e.text))}
        replaced = regions_read_as_orgs(doc, ents) | places_read_as_indicators(doc, ents) | regions_read_past_their_name(doc, ents) \
            | listed_changes(doc, ents) | ranks_read_as_regions(doc, ents) | spoken_measures_cut_short(doc, ents) | ranks_cut_short(doc, ents) \
            | measures_cut_off(doc, ents)
        # a span run on into the full stop that ends it ([珠三角第6。]), cut back to it; a document number run on back into
        # the words before it (并以[安政办发〔2023〕41号]), cut to its prefix
        trimmed = {k: Span(doc, e.start, e.end - 1, label=e.label_) for k, e in enumerate(ents)
                   if len(e) > 1 and e.text.endswith("。") and e.text.count("。") == 1 and e.text.count("《") == e.text.count("》")}
        trimmed.update({k: span for k, e in enumerate(ents) if e.label_ == "DOC_NO" and (m := _BEFORE_A_DOC_NO.match(e.text))
                        and (span := doc.char_span(e.start_char + m.end(), e.end_char, label="DOC_NO")) is not None})
        crossing = {k for k, e in enumerate(ents) if k not in trimmed
                    and ((written := text[e.start_char : e.end_char]).count("《") != written.count("》") or "。" in written)}
        quoted = _inside_quoted_names(text, ents)
        closed = {k: span for k, e in enumerate(ents) if (span := _closing_bracket(doc, e)) is not None
                  and (k + 1 == len(ents) or ents[k + 1].start_char >= span.end_char)}
        dropped = triggers | groupings | crossing | quoted | {k + 1 for k in awards} | covered_by_replacements(ents, replaced)
        relabelled = {  # by index; GROWTH wins a tie, as it did when each had its own branch
            **dict.fromkeys(dates, "DATE"), **dict.fromkeys(levels, "QUANTITY"), **dict.fromkeys(multiples | rates, "GROWTH"),
        }
        if found or titles or regions or orgs or counts or relabelled or dropped or closed or replaced or trimmed:  # setting doc.ents rewrites every token's tags: only when needed
            doc.ents = [
                Span(doc, e.start, e.end, label=relabelled[k]) if k in relabelled
                else replaced.get(k) or awards.get(k) or closed.get(k) or trimmed.get(k, e)
                for k, e in enumerate(ents) if k not in dropped
            ]
        return doc

    return entity_rules


_CLAUSE = re.compile(r"[。；！？]")


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
    text = text_of(doc)
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
