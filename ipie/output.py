"""Writing facts: JSON Lines or CSV, atomically, resumable."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Iterable

from ipie.facts.model import CSV_COLUMNS, Fact, flatten


def output_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".json"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    raise ValueError(f"{path}: output must end in .jsonl or .csv")


def existing_rows(path: str | Path) -> tuple[list[dict], set[str]]:
    """Rows already in an output file and the documents they cover (for --resume)."""
    path = Path(path)
    if not path.exists():
        return [], set()
    if output_format(path) == "jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    return rows, {row["doc"] for row in rows}


class FactWriter:
    """Writes fact rows to an open handle in the output's format."""

    def __init__(self, handle: IO[str], fmt: str):
        self.handle = handle
        self.fmt = fmt
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            self._csv.writeheader()

    def write_row(self, row: dict) -> None:
        if self._csv is not None:
            flat = row if "evidence.text" in row else flatten(row)
            self._csv.writerow({k: ("" if v is None else v) for k, v in flat.items()})
        else:
            self.handle.write(json.dumps(row, ensure_ascii=False) + "\n")

    def write_facts(self, facts: Iterable[Fact]) -> int:
        n = 0
        for fact in facts:
            self.write_row(fact.to_json())
            n += 1
        return n
