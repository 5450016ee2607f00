"""Typed, normalised values that make up a fact (SCHEMA.md §3).

The normalisers in :mod:`ipie.facts.numbers` and :mod:`ipie.regions`
return these frozen dataclasses rather than loose dicts, so that the fact
assembler gets one well-defined shape per kind of value and the JSON that
users consume is produced in exactly one place (``to_json``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ipie.regions import Region  # noqa: F401  (one Region class for the whole package)

__all__ = [
    "Quantity",
    "Growth",
    "Rank",
    "DateValue",
    "Region",
    "clean_number",
    "QUALIFIERS",
    "DIRECTIONS",
]

#: allowed values of ``qualifier`` (``None`` means exact)
QUALIFIERS = (None, "approx", "at_least", "at_most")
#: allowed values of ``Growth.direction``
DIRECTIONS = (None, "up", "down")


def clean_number(value: float | int | Decimal | None) -> float | int | None:
    """Return *value* as an ``int`` when it is whole, else a float rounded to
    6 decimals.

    Multiplying decimals by 万/亿 in binary floating point leaves noise
    (24.9 * 1e8 = 2490000000.0000005); JSON users must see 2490000000.
    """
    if value is None:
        return None
    if isinstance(value, bool):  # bool is an int subclass; not a number here
        return int(value)
    if isinstance(value, int):
        return value
    d = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    if not d.is_finite():
        return float(d)
    rounded = round(d, 6)
    if rounded == rounded.to_integral_value():
        return int(rounded)
    return float(rounded)


@dataclass(frozen=True)
class Quantity:
    """An absolute amount: ``8.8万件`` → ``Quantity(88000, "件", None)``.

    ``qualifier`` is ``None`` (exact), ``"approx"`` (约/近/左右),
    ``"at_least"`` (余/多/超过/突破/以上) or ``"at_most"`` (不到/以内).
    """

    value: float | int
    unit: str | None
    qualifier: str | None = None

    def to_json(self) -> dict:
        return {
            "value": clean_number(self.value),
            "unit": self.unit,
            "qualifier": self.qualifier,
        }


@dataclass(frozen=True)
class Growth:
    """A change against an earlier period: a rate (%), a multiple (倍), a
    difference of rates (百分点) or an absolute increase (quantity unit)."""

    value: float | int
    unit: str | None
    direction: str | None
    qualifier: str | None
    text: str

    def to_json(self) -> dict:
        out = {
            "value": clean_number(self.value),
            "unit": self.unit,
            "direction": self.direction,
            "text": self.text,
        }
        if self.qualifier is not None:
            out["qualifier"] = self.qualifier
        return out


@dataclass(frozen=True)
class Rank:
    """A ranking position with its scope: 全国第六位 → (全国, 6);
    前十名 → position 10 with ``top=True`` ("among the first 10")."""

    scope: str | None
    position: int | None
    top: bool
    text: str

    def to_json(self) -> dict:
        out = {"scope": self.scope, "position": self.position, "text": self.text}
        if self.top:
            out["top"] = True
        return out


@dataclass(frozen=True)
class DateValue:
    """A point or period of time as written in a report.

    ``year_end`` is set for periods (2011―2015年, 十三五); ``relative`` is set
    instead of ``year`` for 今年/去年/明年…, which only the assembler can
    resolve against the report's own year (see :meth:`resolve`).
    """

    year: int | None = None
    year_end: int | None = None
    month: int | None = None
    day: int | None = None
    relative: str | None = None

    #: year offsets of the ``relative`` values
    OFFSETS = {"this_year": 0, "last_year": -1, "year_before_last": -2, "next_year": 1}

    def resolve(self, report_year: int | None) -> "DateValue":
        """Return a copy with a relative year turned into an absolute one."""
        if self.relative is None or report_year is None or self.year is not None:
            return self
        offset = self.OFFSETS.get(self.relative)
        if offset is None:
            return self
        return DateValue(report_year + offset, None, self.month, self.day, self.relative)

    def iso(self) -> str | None:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` for a point in time with a
        known year; ``None`` otherwise (periods, relative or yearless dates)."""
        if self.year is None or self.year_end is not None:
            return None
        s = f"{self.year:04d}"
        if self.month is not None:
            s += f"-{self.month:02d}"
            if self.day is not None:
                s += f"-{self.day:02d}"
        return s

    def to_json(self) -> dict:
        return {
            "year": self.year,
            "year_end": self.year_end,
            "month": self.month,
            "day": self.day,
            "relative": self.relative,
        }


