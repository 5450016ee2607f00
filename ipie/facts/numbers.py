"""Normalisers for the numeric spans of a report (QUANTITY, GROWTH, RANK, DATE).

The NER model only finds spans such as ``8.8万件``, ``近五成``,
``全国前十名`` or ``2011―2015年``; facts need typed, comparable values
(88000 件; 50 % approx; position 10 top; 2011–2015).  These are pure
functions of the span text (plus the trigger word for growth), so they can be
tested table-driven and reused by the rule-based baseline and the assembler.

Chinese numerals are read by :mod:`cn2an`; arithmetic is done in
:class:`decimal.Decimal` so that 24.9亿 is exactly 2490000000.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

import cn2an

from ipie.schema import DOC_NO_YEAR

from .values import DateValue, Growth, Quantity, Rank, clean_number

__all__ = [
    "normalize_text",
    "parse_number",
    "parse_quantity",
    "parse_growth",
    "parse_rank",
    "parse_date",
]

# ---------------------------------------------------------------------------
# text clean-up

_SPACES = re.compile(r"\s+")
# Punctuation and quotes that may hug a span but are never part of a value.
_EDGE = "“”‘’\"'「」『』《》〈〉、，,。；;：:！!？?·…"


def normalize_text(text: str) -> str:
    """NFKC (full-width digits, ％, （） become ASCII), no whitespace, no
    quotes or punctuation at either end."""
    s = unicodedata.normalize("NFKC", text or "")
    s = _SPACES.sub("", s)
    return s.strip(_EDGE)


# ---------------------------------------------------------------------------
# numbers

_ARABIC = re.compile(r"[+-]?\d+(?:,\d{3})*(?:\.\d+)?|[+-]?\.\d+")
_CN_CHARS = "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
_CN_RUN = re.compile(f"[{_CN_CHARS}]+(?:点[〇零一二两三四五六七八九]+)?")  # 一点二(亿元): a decimal point, 点
# multipliers allowed directly after Arabic digits (8.8万, 5千万, 1.5万亿)
_MULTIPLIERS = {"百": Decimal(100), "千": Decimal(1000), "万": Decimal(10_000), "亿": Decimal(100_000_000)}
# "more than": 300余人, 100多家, 十余万人
_MORE = "余多"


def _cn_to_decimal(run: str, bare_ok: bool = False) -> Decimal | None:
    """Read a run of Chinese numerals with cn2an.  With *bare_ok*, a bare
    千/百/万 (千余家, 百余人) means one thousand/hundred/ten-thousand; it is
    only allowed before 余/多, so that 万元 alone is not read as 10000 元."""
    candidates = (run, "一" + run) if bare_ok else (run,)
    for candidate in candidates:
        try:
            return Decimal(str(cn2an.cn2an(candidate, "normal")))
        except Exception:  # cn2an raises plain ValueError/Exception on odd input
            continue
    return None


# 千克/千米/千瓦/千升/百分点: the 千/百 belongs to the unit, not the number
_UNIT_WORDS = ("百分点", "千克", "千米", "千瓦", "千升", "百分比")


def _is_unit_prefix(s: str, j: int) -> bool:
    return any(s.startswith(w, j) for w in _UNIT_WORDS)


def _scan_number(s: str, i: int = 0, bare_ok: bool = False) -> tuple[Decimal, int, bool] | None:
    """Read a number starting at ``s[i]``; *bare_ok* reads a bare 万/千/百 after 近/逾/不足 (近万名).

    Returns ``(value, end, more)``: the value with 万/亿 multipliers applied,
    the index after it, and whether 余/多 ("more than") was seen inside it.
    """
    more = False
    m = _ARABIC.match(s, i)
    if m:
        try:
            value = Decimal(m.group().replace(",", ""))
        except InvalidOperation:
            return None
        j = m.end()
    else:
        m = _CN_RUN.match(s, i)
        if not m:
            return None
        run = m.group()
        j = m.end()
        value = _cn_to_decimal(run, bare_ok or j == len(s) or s[j] in _MORE)  # 千余家, or a bare 千
        # cn2an refuses some runs (十二万三千万); fall back to the longest
        # readable prefix.
        while value is None and len(run) > 1:
            run = run[:-1]
            j -= 1
            value = _cn_to_decimal(run)
        if value is None:
            return None
    # 余/多 and trailing multipliers, in any order: 100余万元, 2.4万余元
    while j < len(s):
        c = s[j]
        if c in _MULTIPLIERS and not _is_unit_prefix(s, j):
            value *= _MULTIPLIERS[c]
        elif c in _MORE:
            more = True
        else:
            break
        j += 1
    return value, j, more


def parse_number(text: str) -> float | int | None:
    """Parse a bare number: Arabic (thousands separators, full-width digits)
    or Chinese (cn2an), with 万/亿/万亿 multipliers.

    >>> parse_number("8.8万"), parse_number("1.5万亿"), parse_number("两千")
    (88000, 1500000000000, 2000)

    Returns ``None`` when *text* is not just a number.
    """
    s = normalize_text(text)
    if not s:
        return None
    scanned = _scan_number(s)
    if scanned is None:
        return None
    value, end, _more = scanned
    if end != len(s):
        return None
    return clean_number(value)


# ---------------------------------------------------------------------------
# quantities

# Longest first so that 不超过 is tried before 超过 and 超.
_PREFIXES: list[tuple[str, str | None]] = sorted(
    [
        # approx
        ("约", "approx"), ("大约", "approx"), ("大概", "approx"), ("约为", "approx"),
        ("近", "approx"), ("将近", "approx"), ("接近", "approx"), ("约计", "approx"),
        # at least
        ("超过", "at_least"), ("超", "at_least"), ("突破", "at_least"), ("破", "at_least"), ("逾", "at_least"),
        ("多达", "at_least"), ("至少", "at_least"), ("不少于", "at_least"),
        ("不低于", "at_least"), ("不止", "at_least"), ("达到了", None),
        ("≥", "at_least"), (">", "at_least"), ("＞", "at_least"), ("≧", "at_least"),  # a target cell: ≥25
        # at most
        ("不到", "at_most"), ("不足", "at_most"), ("不超过", "at_most"),
        ("未超过", "at_most"), ("低于", "at_most"), ("少于", "at_most"),
        ("不满", "at_most"), ("最多", "at_most"), ("最高", "at_most"),
        ("最高可达", "at_most"), ("至多", "at_most"),
        ("≤", "at_most"), ("<", "at_most"), ("＜", "at_most"), ("≦", "at_most"),
        # exact; only stripped
        ("达到", None), ("达", None), ("高达", None), ("共", None), ("共计", None),
        ("计", None), ("累计", None), ("合计", None), ("总计", None), ("实现", None),
        ("为", None), ("有", None), ("是", None), ("了", None), ("分别为", None),
        ("分别", None), ("仅", None), ("只有", None),
    ],
    key=lambda p: -len(p[0]),
)
_SUFFIXES: list[tuple[str, str]] = sorted(
    [
        ("左右", "approx"), ("上下", "approx"), ("许", "approx"),
        ("以上", "at_least"), ("及以上", "at_least"), ("或以上", "at_least"), ("多", "at_least"), ("有余", "at_least"),
        ("以内", "at_most"), ("之内", "at_most"), ("以下", "at_most"), ("及以下", "at_most"), ("或以下", "at_most"),
    ],
    key=lambda p: -len(p[0]),
)
# a unit is letters/CJK/%/‰ and the / of 元/件; stop at anything else
_UNIT = re.compile(r"[A-Za-z%‰/\u3400-\u9fff]+(?:（套）)?")
_UNITS_OR_SETS = re.compile(r"台\(套\)")
_PER = re.compile(r"^(百分之|千分之)")
_FRACTION = re.compile(r"([\d一二两三四五六七八九十百千]+)分之([\d一二两三四五六七八九十]+)")
# the digits in order, for the neighbours of a rough count (五六家)
CN_DIGITS = "一二三四五六七八九"
# 五六家, 三四成, 二三十人: two neighbouring digits, a rough count; 十几项, 几十家, 数百人, 上亿元: at least the round number
_NEIGHBOUR_DIGITS = re.compile(r"([一二三四五六七八])([二三四五六七八九])(?![一二三四五六七八九〇零])")
_SOME = re.compile(r"(十)几|[几数上]([十百千万亿])")
# a dash or word between the two ends of a range (2011―2015年, 8—10个, 2000～3000万元, 3至5家)
RANGE_DASH = r"[―—–‐‑‒\-~～〜－至到]"
_RANGE_DASH = re.compile(RANGE_DASH + "+")


def _strip_prefixes(s: str) -> tuple[str, str | None]:
    qualifier = None
    changed = True
    while changed and s:
        changed = False
        for word, q in _PREFIXES:
            if s.startswith(word) and len(s) > len(word):
                s = s[len(word):]
                qualifier = qualifier or q
                changed = True
                break
    return s, qualifier


def _strip_suffixes(s: str) -> tuple[str, str | None]:
    qualifier = None
    changed = True
    while changed and s:
        changed = False
        for word, q in _SUFFIXES:
            if s.endswith(word):
                s = s[: -len(word)]
                qualifier = qualifier or q
                changed = True
                break
    return s, qualifier


def _fraction(s: str) -> tuple[Decimal, int] | None:
    """三分之一 → 33.33, 四分之三 → 75 (per cent), and where the fraction ends."""
    m = _FRACTION.match(s)
    if m is None:
        return None
    whole, part = (_scan_number(g) for g in m.groups())
    if whole is None or part is None or not whole[0]:
        return None
    return (part[0] / whole[0] * 100).quantize(Decimal("0.01")).normalize(), m.end()


def _lower_bound(s: str) -> tuple[str, bool]:
    """A range or a rough count read as its lower bound: 五六家 → 五家, 二三十人 → 二十人, 十几项 → 十项,
    几十家 → 十家, 上亿元 → 亿元; and whether it was one."""
    pair = _NEIGHBOUR_DIGITS.match(s)
    if pair and CN_DIGITS.index(pair.group(2)) == CN_DIGITS.index(pair.group(1)) + 1:
        return pair.group(1) + s[pair.end():], True
    some = _SOME.match(s)
    if some:
        return (some.group(1) or some.group(2)) + s[some.end():], True
    return s, False


def _range_end(s: str, value: Decimal, end: int) -> tuple[Decimal, int] | None:
    """8—10个, 3至5家, 2000～3000万元: the lower bound, with the upper bound's 万/亿, and where the range ends."""
    dash = _RANGE_DASH.match(s, end)
    upper = _scan_number(s, dash.end()) if dash else None
    if upper is None:
        return None
    digits = _ARABIC.match(s, dash.end())
    if digits and end == len(_ARABIC.match(s).group()):  # the lower bound has no 万 of its own: the upper one's
        value *= upper[0] / Decimal(digits.group().replace(",", ""))
    return value, upper[1]


# 来 after a round number, said for "about" (三百来件, 五十来万元), not 来自 or 来源
_ABOUT_AFTER = re.compile(r"来(?![自源看说的])(?P<times>万|亿)?")
# the spoken forms of a count of months or of 万/亿 (两个半月, 一个多月, 一个多亿)
_SPOKEN_MEASURE = re.compile(r"个(?P<half>半)?(?P<more>多)?(?P<times>[万亿])?")


def _quantity(s: str) -> tuple[Decimal, str | None, str | None] | None:
    """Core of :func:`parse_quantity` on normalised text; value undivided."""
    # 1896人(次), 1896人/次 → 1896人次; 326台(套) keeps its bracket, units or sets, the measure statistics give equipment
    s = _UNITS_OR_SETS.sub("台（套）", s).replace("(", "").replace(")", "").replace("/次", "次")
    s, pre_q = _strip_prefixes(s)
    per = _PER.match(s)  # 百分之五十 → 50 %
    if per:
        s = s[per.end():]
    s, rough = _lower_bound(s)
    fraction = _fraction(s)  # after 百分之 (_PER) none is left
    if fraction is not None:
        (value, end), more = fraction, False
    else:
        scanned = _scan_number(s, bare_ok=rough or pre_q is not None)
        if scanned is None:
            return None
        value, end, more = scanned
        ranged = _range_end(s, value, end) if _ARABIC.match(s) else None
        if ranged is not None:
            (value, end), rough = ranged, True
        about = _ABOUT_AFTER.match(s, end) if value >= 10 and value % 10 == 0 else None
        if about is not None:  # 三百来件, 五十来万元: about so many
            end = about.end()
            value *= _MULTIPLIERS.get(about.group("times") or "", 1)
            pre_q = pre_q or "approx"
    spoken = _SPOKEN_MEASURE.match(s, end)
    if spoken is not None and spoken.group() != "个":  # 两个半月 = 2.5 个月, 一个多月, 一个多亿 = more than 1 亿
        value = (value + Decimal("0.5") if spoken.group("half") else value) * _MULTIPLIERS.get(spoken.group("times") or "", 1)
        more = more or bool(spoken.group("more"))
        s = s[:end] + ("" if spoken.group("times") else "个") + s[spoken.end():]
    rest, suf_q = _strip_suffixes(s[end:])
    if rest[:1] in ("%", "‰"):  # 24.5%和5.6%: the unit ends at the sign
        unit = rest[0]
    else:
        um = _UNIT.match(rest)
        unit = um.group() if um else None
    if unit:
        unit, suf_q2 = _strip_suffixes(unit)
        suf_q = suf_q or suf_q2
        unit = unit or None
    if per:
        unit = "%" if per.group() == "百分之" else "‰"
    elif fraction is not None:
        unit = "%"
    if unit in ("块钱", "元钱"):  # 9万多块钱, 十来块钱: money said aloud, in 元
        unit = "元"
    if unit == "成":  # 五成 = 50 %
        value, unit = value * 10, "%"
    elif unit == "半" and value == 1:  # 一半 = 50 %
        value, unit = value * 50, "%"
    elif unit == "个百分点":
        unit = "百分点"
    qualifier = pre_q or ("at_least" if more or rough else None) or suf_q
    return value, unit, qualifier


def parse_quantity(text: str) -> Quantity | None:
    """Normalise the text of a QUANTITY span.

    ``24.9亿元`` → 2490000000 元; ``千余家`` → 1000 家 at_least;
    ``近五成`` → 50 % approx; ``一半以上`` → 50 % at_least; ``不到10%`` → 10 % at_most.  The unit is the
    measure word or unit after the number (``None`` if there is none);
    万/亿/千 go into the value, so money always comes out in 元.
    """
    s = normalize_text(text)
    if not s:
        return None
    parsed = _quantity(s)
    if parsed is None:
        return None
    value, unit, qualifier = parsed
    return Quantity(clean_number(value), unit, qualifier)


# ---------------------------------------------------------------------------
# growth

_DOWN_WORDS = ("负增长", "下降", "减少", "降低", "回落", "下滑", "缩减", "缩小", "缩短", "压缩", "压减", "萎缩",
               "降幅", "跌幅", "下跌", "减", "降", "跌")
_UP_WORDS = ("增长率", "增长", "提高", "增加", "上升", "提升", "上涨", "扩大", "攀升",
             "增幅", "增速", "涨幅", "净增", "增", "升", "涨", "翻")
# a word that says a figure rose or fell, longest first (增长率 before 增长), for the fact stage's
# search for the trigger before a change too
CHANGE_WORD = "(?:" + "|".join(sorted(_DOWN_WORDS + _UP_WORDS, key=len, reverse=True)) + ")"
# everything up to and including the last trigger word is context, not value
_TRIGGER_RE = re.compile(CHANGE_WORD + "(?:了|为|达到|达)?")
_DOUBLING = re.compile(r"翻(?:了)?([\d一二两三四五六七八九十]*)番")


# a column of changes either way (增减（%）, 升降, ±): the figure's sign gives the direction
_EITHER_WAY = re.compile(r"增[（(]?减[）)]?|升降|涨跌|±|\+/-")


def _direction(word: str) -> str | None:
    if _EITHER_WAY.search(word):
        return None
    if any(w in word for w in ("负增长", "降幅", "跌幅")):
        return "down"
    for w in sorted(_DOWN_WORDS + _UP_WORDS, key=len, reverse=True):
        if w in word:
            return "down" if w in _DOWN_WORDS else "up"
    return None


def parse_growth(text: str, trigger: str | None = None) -> Growth | None:
    """Normalise the text of a GROWTH span and the trigger word before it.

    ``24.5%`` → 24.5 % up; ``3.2个百分点`` with 下降 → 3.2 百分点 down;
    ``0.46件`` → 0.46 件 (absolute increase); ``翻一番`` → 2 倍 up.  Without a
    trigger the text itself is searched for one (较上年下降5%); the
    direction defaults to ``"up"``.  ``Growth.text`` is the trigger plus the
    span text as written.
    """
    raw = (text or "").strip()
    trig = normalize_text(trigger) if trigger else ""
    s = normalize_text(raw)
    display = raw
    if trigger and trigger.strip() and not raw.startswith(trigger.strip()):
        display = trigger.strip() + raw
    if not s and not trig:
        return None

    doubling = _DOUBLING.search(trig + s)
    if doubling:
        n = parse_number(doubling.group(1)) if doubling.group(1) else 1
        if n is None:
            return None
        before = (trig + s)[: doubling.start()]
        q = next((q for w, q in _PREFIXES if q and before.endswith(w)), None)
        return Growth(clean_number(2 ** int(n)), "倍", "up", q, display)

    direction = _direction(trig) if trig else None
    body = s
    last = None
    for last in _TRIGGER_RE.finditer(s):
        pass
    if last is not None:
        if direction is None:
            direction = _direction(last.group())
        body = s[last.end():]
    body = body.lstrip("了")
    parsed = _quantity(body)
    if parsed is None:
        return None
    value, unit, qualifier = parsed
    if value < 0:
        value = -value
        direction = "down"
    return Growth(clean_number(value), unit, direction or "up", qualifier, display)


# ---------------------------------------------------------------------------
# ranks

_RANK_VERBS = r"(?:位居|位列|名列|排名|排行|排位|排在|排列|位于|处于|居于|蝉联|保持|稳居|跃居|升至|跃升至|列|居|排|位|在|为|是|获)"
_ORD_CHAR = r"[\d一二两三四五六七八九十百〇零]"
_ORD = _ORD_CHAR + "+"
_RANK_RE = re.compile(
    rf"(?P<scope>.*?){_RANK_VERBS}*"
    rf"(?:(?P<first>首位|榜首|首名|冠军)"
    rf"|(?P<back>倒数)?第(?P<ord>{_ORD})(?!{_ORD_CHAR})(?:位|名|(?![届批次轮章条款期号年天个家件项]))"
    rf"|前(?P<top>{_ORD})(?!{_ORD_CHAR})(?:位|名|强|(?![年月天日季届批次轮个家件项]))"
    rf"|(?P<front>前列|前茅))"
)
_SCOPE_LEAD = re.compile(rf"^(?:连续{_ORD}年)?{_RANK_VERBS}+")
# 全省排名由第七位上升至第四位: a rank that moved, whose place is where it moved to
_RANK_MOVED = r"(?:上升|提升|提高|前移|跃升|攀升|升|下降|下滑|后移|回落|降)了?(?:至|到|为)"
_RANK_PLACE = rf"(?:首位|第{_ORD}[位名]?)"
MOVED_TO_A_RANK = _RANK_MOVED + _RANK_PLACE  # 上升至第四位: where it moved to, after its old place
_MOVED_RANK_RE = re.compile(rf"(?P<scope>.*?)(?:由|从)?{_RANK_PLACE}{_RANK_MOVED}(?P<to>{_RANK_PLACE}.*)")


# 在全省13个设区市中位列第3: the 中 after those ranked among, not the one of a place (华中, 鲁中)
_AMONG_AT_END = re.compile(r"(?<=[市区县州省盟旗）)类业家校])(?:之)?中$")


def parse_rank(text: str) -> Rank | None:
    """Normalise the text of a RANK span: ``全国第六位`` → (全国, 6);
    ``全国首位`` → 1; ``全国前十名`` → 10 with ``top``; ``中西部第一`` →
    (中西部, 1); ``第17位`` → scope ``None``.  ``位居全国前列`` gives a
    top rank with an unknown position.  Lists (第4和第6位) give the first, and
    a rank that moved (全省排名由第七位上升至第四位) where it moved to."""
    raw = (text or "").strip()
    s = normalize_text(raw)
    moved = _MOVED_RANK_RE.fullmatch(s)
    if moved:
        s = moved.group("scope") + moved.group("to")
    m = _RANK_RE.search(s)
    if not m:
        return None
    scope = _SCOPE_LEAD.sub("", m.group("scope") or "")
    scope = _AMONG_AT_END.sub("", re.sub(rf"{_RANK_VERBS}+$", "", scope)) or None
    top = False
    position: int | None
    if m.group("first"):
        position = 1
    elif m.group("ord"):
        n = parse_number(m.group("ord"))
        position = int(n) if n is not None else None
        if m.group("back"):
            position = None  # 倒数第N: not a position from the top
    elif m.group("top"):
        n = parse_number(m.group("top"))
        position = int(n) if n is not None else None
        top = True
    else:  # 前列
        position, top = None, True
    return Rank(scope, position, top, raw)


# 第一、二、三位, 第一、第二和第三位, 第三位和第一位, 首位和第二位: the places of a list of ranks, in order;
# 第二至第四位: a run of them
_RANK_LIST_RE = re.compile(rf"(?:首位|第{_ORD}[位名]?)(?:[、和及与](?:首位|第?{_ORD}[位名]?))+")
_RANK_RUN_RE = re.compile(rf"第({_ORD})[位名]?{RANGE_DASH}第?({_ORD})[位名]")


def parse_rank_list(text: str) -> list[int]:
    """The places a list of ranks gives, one for each item ranked (``全省第一、二、三位`` → [1, 2, 3];
    ``第三位和第一位`` → [3, 1]; ``第二至第四位`` → [2, 3, 4]); empty where the text lists no places
    (``第一、二季度``)."""
    text = normalize_text(text or "")
    run = _RANK_RUN_RE.search(text)
    if run:
        first, last = parse_number(run.group(1)), parse_number(run.group(2))
        if first is not None and last is not None and 0 < last - first < 20:
            return list(range(int(first), int(last) + 1))
    m = _RANK_LIST_RE.search(text)
    if not m or not m.group(0).endswith(("位", "名")):
        return []
    places = [1 if item == "首位" else parse_number(item.lstrip("第")) for item in re.findall(rf"首位|第?{_ORD}", m.group(0))]
    return [int(p) for p in places if p is not None]


# ---------------------------------------------------------------------------
# dates

_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
_RANGE_RE = re.compile(rf"(?P<y1>{_YEAR})年?(?:度)?{RANGE_DASH}+(?P<y2>{_YEAR}|\d{{2}})年?")
_YMD_RE = re.compile(
    rf"(?:(?P<y>{_YEAR})年(?:度)?)?"
    r"(?:(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?)?"
    r"(?:(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?"
)
_BARE_YEAR = re.compile(r"^(?P<y>(?:19|20)\d{2})$")
_PLAN_RE = re.compile(
    r"(?P<n>十[一二三四五六七八九]?|[一二三四五六七八九])五"
    r"(?:规划|时期|期间|期|以来|末|初|末期|初期)?"
)
_ISO_RE = re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?")
_RELATIVE = [
    ("year_before_last", ("前年",)),
    ("last_year", ("去年", "上年", "上一年", "上年度", "去年同期", "上年同期")),
    ("this_year", ("今年", "本年", "本年度", "今年以来")),
    ("that_year", ("当年", "同年")),  # the year named before it, which the reader of the text resolves
    ("next_year", ("明年", "下一年", "次年", "来年")),
]


def _year(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    n = parse_number(token)  # 二〇一六 → 2016 (cn2an reads digit by digit)
    return int(n) if n is not None else None


def _small(token: str | None) -> int | None:
    if not token:
        return None
    n = parse_number(token)
    return int(n) if n is not None else None


def _five_year_plan(n: int) -> tuple[int, int]:
    """Years of the n-th five-year plan (the 3rd started in 1966 after the
    1963–65 adjustment; the 1st and 2nd were 1953 and 1958)."""
    start = {1: 1953, 2: 1958}.get(n, 1966 + 5 * (n - 3))
    return start, start + 4


def parse_date(text: str) -> DateValue | None:
    """Normalise the text of a DATE span.

    ``2017年1月13日``; ``12月17日`` (no year); ``2011―2015年`` and
    ``2016-2017`` (period, any dash or 至/到); ``十三五`` → 2016–2020;
    ``二〇一六年``; ``今年``/``去年``/``上年``/``明年`` → ``relative``;
    ``当年``/``同年`` → ``that_year``, the year the text named last.
    ``None`` when no date can be read.
    """
    s = normalize_text(text)
    s = re.sub(r"^(?:截至|截止到|截止|截止至|到|至|自|从|于|在)", "", s)
    if not s:
        return None

    m = _PLAN_RE.fullmatch(re.sub("[“”\"'‘’]", "", s))
    if m:
        n = parse_number(m.group("n"))
        if n is not None and 1 <= n <= 30:
            start, end = _five_year_plan(int(n))
            return DateValue(start, end, None, None, None)

    m = _ISO_RE.fullmatch(s)
    if m and 1 <= int(m.group("m")) <= 12:
        return DateValue(int(m.group("y")), None, int(m.group("m")), _small(m.group("d")), None)

    m = _RANGE_RE.search(s)
    if m:
        y1 = _year(m.group("y1"))
        y2tok = m.group("y2")
        y2 = int(y2tok) if len(y2tok) == 2 and y2tok.isdigit() else _year(y2tok)
        if y1 is not None and y2 is not None:
            if y2 < 100:
                y2 += y1 // 100 * 100
            if y2 >= y1:
                return DateValue(y1, y2, None, None, None)

    for rel, words in _RELATIVE:
        if any(s.startswith(w) for w in words):
            # 去年12月: keep month/day if written
            rest = s[max(len(w) for w in words if s.startswith(w)):]
            md = _YMD_RE.match(rest)
            month = _small(md.group("m")) if md else None
            day = _small(md.group("d")) if md else None
            return DateValue(None, None, month, day, rel)

    m = _BARE_YEAR.match(s)
    if m:
        return DateValue(int(m.group("y")), None, None, None, None)

    for m in _YMD_RE.finditer(s):
        if not m.group():
            continue
        year = _year(m.group("y")) if m.group("y") else None
        month = _small(m.group("m"))
        day = _small(m.group("d"))
        if month is not None and not 1 <= month <= 12:
            continue
        if day is not None and not 1 <= day <= 31:
            day = None
        if year is None and month is None and day is None:
            continue
        return DateValue(year, None, month, day, None)
    return None


_DOC_NO_YEAR = re.compile(DOC_NO_YEAR)


def policy_year(doc_no: str | None, date: DateValue | None) -> int | None:
    """A policy's year: its document number's (〔2019〕), which dates the issue itself, else its date's."""
    numbered = _DOC_NO_YEAR.search(doc_no) if doc_no else None
    return int(numbered.group(1)) if numbered else (date.year if date else None)
