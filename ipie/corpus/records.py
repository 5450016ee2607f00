"""The canonical annotation record: one paragraph of normalised text.

One JSON object per line::

    {"id": "000_25a18dc7584b1dbe:p0007", "doc": "000_25a18dc7584b1dbe", "para": 7,
     "section": "s03", "section_title": "河北省", "orig_start": 812, "orig_end": 1100,
     "text": "2016年，全省专利申请…",
     "spans": [{"start": 6, "end": 10, "label": "INDICATOR"}, …],
     "relations": [{"head": 2, "child": 0, "label": "VALUE_OF"}, …]}

``start``/``end`` are character offsets into ``text``; relation ``head`` and
``child`` index ``spans``; ``orig_start``/``orig_end`` locate the paragraph in
the original file.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Relation:
    head: int
    child: int
    label: str


@dataclass
class Record:
    id: str
    doc: str
    para: int
    section: str
    section_title: str
    orig_start: int
    orig_end: int
    text: str
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "Record":
        data = dict(data)
        data["spans"] = [Span(**s) for s in data.get("spans", [])]
        data["relations"] = [Relation(**r) for r in data.get("relations", [])]
        return cls(**data)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]


def read_records(path: str | Path) -> Iterator[Record]:
    """Records from a JSONL file, or from every *.jsonl file under a directory."""
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    for file in files:
        with file.open(encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield Record.from_json(json.loads(line))
                    except (TypeError, ValueError, KeyError) as err:
                        raise ValueError(f"{file}:{lineno}: not a canonical record: {err}") from err


def write_records(records: Iterable[Record], path: str | Path) -> None:
    from ipie.io import atomic_writer

    with atomic_writer(path) as handle:
        for record in records:
            handle.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
