"""Map INDICATOR span text to a canonical indicator id.

Reports word the same measure many ways (专利申请量, 三种专利申请受理量,
新增专利申请, 申请专利…); facts carry a stable id from a taxonomy so that
figures can be compared across regions and years.  The taxonomy lives in
``indicators.json`` next to this module so that it can be extended without
touching code: a list of entries

``{"id", "name_zh", "patterns": [regex…], "exclude": [regex…],
"priority": int (optional, default 0),
"context_patterns": [{"pattern": regex, "context": regex}…] (optional)}``

``patterns`` are searched in the indicator text; ``exclude`` vetoes the entry
when found in the text; a ``context_patterns`` item applies when its
``pattern`` matches the *whole* text and its ``context`` regex is found in
the surrounding sentence (授权量 → patent_grants only when the sentence is
about 专利).  The most specific entry wins: highest ``priority``, then the
longest match.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = ["match_indicator", "indicator_ids", "indicator_name", "load_taxonomy", "Indicator"]

_TAXONOMY_FILE = "indicators.json"
_DROP = re.compile(r"[\s()（）《》“”\"'‘’「」【】\[\]]+")


@dataclass(frozen=True)
class Indicator:
    """One compiled taxonomy entry."""

    id: str
    name_zh: str
    patterns: tuple[re.Pattern, ...]
    exclude: tuple[re.Pattern, ...]
    context_patterns: tuple[tuple[re.Pattern, re.Pattern], ...]
    priority: int = 0


def _read_taxonomy() -> str:
    try:
        return resources.files(__package__).joinpath(_TAXONOMY_FILE).read_text(encoding="utf-8")
    except (TypeError, ModuleNotFoundError, FileNotFoundError, AttributeError):
        # e.g. imported from a plain source tree without package metadata
        return Path(__file__).with_name(_TAXONOMY_FILE).read_text(encoding="utf-8")


def _compile(rx: str) -> re.Pattern:
    return re.compile(rx, re.IGNORECASE)


@functools.cache
def load_taxonomy() -> tuple[Indicator, ...]:
    """The taxonomy, compiled once on first use."""
    entries = json.loads(_read_taxonomy())
    out = []
    seen = set()
    for e in entries:
        if e["id"] in seen:
            raise ValueError(f"duplicate indicator id in {_TAXONOMY_FILE}: {e['id']}")
        seen.add(e["id"])
        out.append(
            Indicator(
                id=e["id"],
                name_zh=e.get("name_zh", ""),
                patterns=tuple(_compile(p) for p in e.get("patterns", ())),
                exclude=tuple(_compile(p) for p in e.get("exclude", ())),
                context_patterns=tuple(
                    (_compile(c["pattern"]), _compile(c["context"])) for c in e.get("context_patterns", ())
                ),
                priority=int(e.get("priority", 0)),
            )
        )
    return tuple(out)


def indicator_ids() -> list[str]:
    """All canonical ids, in taxonomy order."""
    return [i.id for i in load_taxonomy()]


def indicator_name(indicator_id: str) -> str | None:
    """The Chinese display name of an id (``None`` if unknown)."""
    return next((i.name_zh for i in load_taxonomy() if i.id == indicator_id), None)


def _norm(text: str) -> str:
    return _DROP.sub("", unicodedata.normalize("NFKC", text or ""))


@functools.lru_cache(maxsize=4096)
def _candidates(text: str) -> tuple[tuple[Indicator, int, tuple[re.Pattern, ...]], ...]:
    """The entries that can take *text* (normalised), in taxonomy order, each with the length of the
    best match of its patterns (0: none) and the context regexes of those of its context patterns
    that match the whole text. Read once per wording: the rules ask about the same words with every
    sentence they stand in."""
    found = []
    for ind in load_taxonomy():
        if any(rx.search(text) for rx in ind.exclude):
            continue
        length = max((len(m.group()) for rx in ind.patterns if (m := rx.search(text))), default=0)
        contexts = tuple(context for rx, context in ind.context_patterns if rx.fullmatch(text))
        if length or contexts:
            found.append((ind, length, contexts))
    return tuple(found)


def match_indicator(text: str, context: str = "") -> str | None:
    """The canonical id for an INDICATOR span, or ``None`` when none fits.

    *context* is the surrounding sentence; it is only used to settle bare
    words such as 授权量 (→ patent_grants when the sentence is about 专利)
    or 贷款总额 (→ pledge_financing_amount next to 质押).

    >>> match_indicator("三种专利申请受理量")
    'patent_applications'
    >>> match_indicator("授权量", context="全省专利申请、授权量分别为54838件和31826件")
    'patent_grants'
    """
    s = _norm(text)
    if not s:
        return None
    candidates = _candidates(s)
    ctx = _norm(context) if any(contexts for _, _, contexts in candidates) else ""
    best_id, best_key = None, (0, 0)
    for ind, length, contexts in candidates:
        # a context-settled match counts as the whole text, plus a fraction for the length of the
        # context match, so that a more specific context wins
        settled = [len(s) + len(m.group()) / 1000 for rx in contexts if ctx and (m := rx.search(ctx))]
        length = max([length, *settled])
        if length == 0:
            continue
        key = (ind.priority, length)
        if key > best_key:
            best_id, best_key = ind.id, key
    return best_id
