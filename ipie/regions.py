"""The region gazetteer: names, short forms and GB/T 2260 codes.

Built once, lazily, from cpca's bundled administrative-division table so that
no code table is typed by hand. Used before the model (section subjects) and
after it (fact regions).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

NATIONAL_CODE = "100000"
NATIONAL_NAMES = ("中国", "全国", "我国", "国家", "中华人民共和国")
_SUFFIXES = (
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区", "省", "市", "盟",
)
_DEICTIC = {
    "province": ("全省", "我省", "本省", "该省", "省"),
    "city": ("全市", "我市", "本市", "该市", "市"),
    "region": ("全区", "我区", "本区", "自治区"),
    "county": ("全县", "我县", "本县"),
    "country": ("全国", "我国"),
}


@dataclass(frozen=True)
class Region:
    """A resolved region: official name, 6-digit code, and the words in the report."""

    name: str
    code: str
    text: str

    @property
    def level(self) -> str:
        if self.code == NATIONAL_CODE:
            return "country"
        if self.code.endswith("0000"):
            return "province"
        if self.code.endswith("00"):
            return "city"
        return "county"

    def contains(self, other: "Region") -> bool:
        if self.code == NATIONAL_CODE:
            return True
        keep = {"province": 2, "city": 4, "county": 6}[self.level]
        return other.code[:keep] == self.code[:keep]

    def to_json(self) -> dict:
        return {"name": self.name, "code": self.code, "text": self.text}


@dataclass(frozen=True)
class _Entry:
    name: str
    code: str
    rank: int  # 0 province, 1 city, 2 county


def _short_form(name: str) -> str | None:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[_Entry, ...]]:
    """Surface form → candidate divisions, provinces before cities before counties."""
    import cpca  # heavy import (pandas): only when a region is first needed

    table: dict[str, list[_Entry]] = {}
    for info in cpca.ad_2_addr_dict.values():
        if info.name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        entry = _Entry(info.name, info.adcode, info.rank)
        table.setdefault(info.name, []).append(entry)
        short = _short_form(info.name)
        if short and info.rank < 2:  # county short forms are too often ordinary words
            table.setdefault(short, []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: (e.rank, e.code))) for k, v in table.items()}


@lru_cache(maxsize=1)
def _automaton():
    import ahocorasick  # installed with cpca

    auto = ahocorasick.Automaton()
    for surface in _gazetteer():
        auto.add_word(surface, surface)
    for surface in NATIONAL_NAMES[:1]:
        auto.add_word(surface, surface)
    auto.make_automaton()
    return auto


def _choose(candidates: tuple[_Entry, ...], within: Region | None) -> _Entry:
    if within is not None and within.code != NATIONAL_CODE:
        inside = [c for c in candidates if within.contains(Region(c.name, c.code, ""))]
        if inside:
            return inside[0]
    return candidates[0]


def resolve_region(text: str, within: Region | None = None) -> Region | None:
    """The region a REGION span names, or None when the text is not a region name.

    ``within`` breaks ties between namesakes (鼓楼区 in 南京市 or 福州市).
    """
    surface = re.sub(r"\s+", "", text).strip("《》“”\"'（）()")
    if not surface:
        return None
    if surface in NATIONAL_NAMES:
        return Region("中国", NATIONAL_CODE, text)
    candidates = _gazetteer().get(surface)
    if not candidates:
        return None
    entry = _choose(candidates, within)
    return Region(entry.name, entry.code, text)


def find_region_spans(text: str, within: Region | None = None) -> list[tuple[int, int, Region]]:
    """Every region named in the text with its offsets: longest match first, left to right, no overlaps."""
    matches = []
    for end, surface in _automaton().iter(text):
        matches.append((end - len(surface) + 1, end + 1, surface))
    matches.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, last_end = [], 0
    for start, end, surface in matches:
        if start >= last_end:
            region = resolve_region(surface, within)
            if region:
                out.append((start, end, region))
                last_end = end
    return out


def find_regions(text: str, within: Region | None = None) -> list[Region]:
    return [region for _, _, region in find_region_spans(text, within)]


def deictic_level(text: str) -> str | None:
    """全省 → "province", 我市 → "city", 全区 → "region", 全国 → "country"; None otherwise."""
    for level, words in _DEICTIC.items():
        if text in words:
            return level
    return None
