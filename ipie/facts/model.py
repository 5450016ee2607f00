"""The typed facts users consume (SCHEMA.md §3), serialisable to JSON and flat CSV rows."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from; start/end index the original file."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class IndicatorFact:
    doc: str
    region: dict | None
    year: int | None
    indicator: dict
    value: float | int | None
    unit: str | None
    qualifier: str | None
    growth: dict | None
    rank: dict | None
    evidence: Evidence
    kind: str = field(default="indicator", init=False)

    def to_json(self) -> dict:
        return {
            "doc": self.doc,
            "kind": self.kind,
            "region": self.region,
            "year": self.year,
            "indicator": self.indicator,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "growth": self.growth,
            "rank": self.rank,
            "evidence": self.evidence.to_json(),
        }


@dataclass(frozen=True)
class PolicyFact:
    doc: str
    title: str
    issuer: str | None
    doc_no: str | None
    date: str | None
    year: int | None
    region: dict | None
    evidence: Evidence
    kind: str = field(default="policy", init=False)

    def to_json(self) -> dict:
        return {
            "doc": self.doc,
            "kind": self.kind,
            "title": self.title,
            "issuer": self.issuer,
            "doc_no": self.doc_no,
            "date": self.date,
            "year": self.year,
            "region": self.region,
            "evidence": self.evidence.to_json(),
        }


Fact = IndicatorFact | PolicyFact


def with_evidence(fact: Fact, evidence: Evidence) -> Fact:
    return replace(fact, evidence=evidence)


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"region": {"code": …}} → {"region.code": …}: the CSV columns."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        else:
            out[name] = value
    return out


CSV_COLUMNS = (
    "doc", "kind", "region.name", "region.code", "region.text", "year", "indicator.text", "indicator.id",
    "value", "unit", "qualifier", "growth.value", "growth.unit", "growth.direction", "growth.qualifier",
    "growth.text", "rank.scope", "rank.position", "rank.top", "rank.text", "title", "issuer", "doc_no", "date",
    "evidence.text", "evidence.start", "evidence.end",
)
