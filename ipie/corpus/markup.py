"""Inline markup: a plain-text annotation format for people (and reviewers) to edit.

Each paragraph is a block::

    ### 000_25a18dc7584b1dbe:p0007 s03 河北省
    [[2016年|DATE|d1]]，全省[[专利申请|INDICATOR|i1]]、…分别为[[54838件|QUANTITY|q1]]…
    > VALUE_OF q1 i1
    > TIME_OF i1 d1

A span is ``[[text|LABEL|id]]`` with an id unique in its paragraph; a relation
line is ``> LABEL head_id child_id``. Removing the markup must give back the
paragraph text exactly.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from ipie.corpus.records import Record, Relation, Span
from ipie.schema import LABELS, RELATIONS, relation_allowed

_SPAN = re.compile(r"\[\[(.+?)\|([A-Z_]+)\|([A-Za-z0-9_]+)\]\]")
_HEADER = re.compile(r"^### (\S+)(?: (\S+))?(?: (.*))?$")
_RELATION_LINE = re.compile(r"^> [A-Z_]+ \S+ \S+\s*$")  # a text line may itself start with '>'



class MarkupError(ValueError):
    """A problem in a markup block, with the record id it belongs to."""


def format_record(record: Record) -> str:
    ids = {}
    out = []
    pos = 0
    for i, span in sorted(enumerate(record.spans), key=lambda item: item[1].start):
        ids[i] = f"{span.label[0].lower()}{i}"
        out.append(record.text[pos : span.start])
        out.append(f"[[{record.text[span.start:span.end]}|{span.label}|{ids[i]}]]")
        pos = span.end
    out.append(record.text[pos:])
    lines = [f"### {record.id} {record.section} {record.section_title}".rstrip(), "".join(out)]
    lines += [f"> {r.label} {ids[r.head]} {ids[r.child]}" for r in record.relations]
    return "\n".join(lines)


def parse_block(record_id: str, body: str, relation_lines: list[str]) -> tuple[str, list[Span], list[Relation]]:
    """Plain text, spans and relations of one block; raises MarkupError on any inconsistency."""
    spans: list[Span] = []
    ids: dict[str, int] = {}
    plain = []
    pos = 0
    length = 0
    for m in _SPAN.finditer(body):
        before = body[pos : m.start()]
        if "[[" in before or "]]" in before:
            raise MarkupError(f"{record_id}: malformed markup near {before[-20:]!r}")
        plain.append(before)
        length += len(before)
        text, label, sid = m.groups()
        if label not in LABELS:
            raise MarkupError(f"{record_id}: unknown label {label!r} on {text!r}")
        if sid in ids:
            raise MarkupError(f"{record_id}: duplicate span id {sid!r}")
        if text != text.strip():
            raise MarkupError(f"{record_id}: span {text!r} has surrounding spaces")
        ids[sid] = len(spans)
        spans.append(Span(length, length + len(text), label))
        plain.append(text)
        length += len(text)
        pos = m.end()
    rest = body[pos:]
    if "[[" in rest or "]]" in rest:
        raise MarkupError(f"{record_id}: malformed markup near {rest[:20]!r}")
    plain.append(rest)
    relations = []
    for line in relation_lines:
        parts = line[1:].split()
        if len(parts) != 3:
            raise MarkupError(f"{record_id}: relation line {line!r} is not '> LABEL head child'")
        label, head, child = parts
        if label not in RELATIONS:
            raise MarkupError(f"{record_id}: unknown relation {label!r}")
        for sid in (head, child):
            if sid not in ids:
                raise MarkupError(f"{record_id}: relation {line!r} names unknown span id {sid!r}")
        h, c = ids[head], ids[child]
        if not relation_allowed(label, spans[h].label, spans[c].label):
            raise MarkupError(
                f"{record_id}: {label} cannot go from {spans[h].label} {head!r} to {spans[c].label} {child!r}"
            )
        rel = Relation(h, c, label)
        if rel in relations:
            raise MarkupError(f"{record_id}: duplicate relation {line!r}")
        relations.append(rel)
    return "".join(plain), spans, relations


def parse_markup(text: str) -> list[tuple[dict, str, list[Span], list[Relation]]]:
    """(header fields, plain text, spans, relations) for every block in a markup file."""
    blocks = []
    header = None
    body: list[str] = []
    rels: list[str] = []

    def flush():
        if header is None:
            return
        rid = header["id"]
        if len(body) != 1:
            raise MarkupError(f"{rid}: expected exactly one text line, found {len(body)}")
        blocks.append((header, *parse_block(rid, body[0], rels)))

    for line in text.splitlines():
        if line.startswith("### "):
            flush()
            m = _HEADER.match(line)
            header = {"id": m.group(1), "section": m.group(2) or "", "section_title": m.group(3) or ""}
            body, rels = [], []
        elif _RELATION_LINE.match(line):
            rels.append(line)
        elif line.strip():
            body.append(line)
    flush()
    return blocks


def apply_markup(records: list[Record], markup: str) -> list[Record]:
    """Records carrying the spans and relations of the markup; the texts must match."""
    by_id = {r.id: r for r in records}
    out = []
    for header, plain, spans, relations in parse_markup(markup):
        record = by_id.get(header["id"])
        if record is None:
            raise MarkupError(f"{header['id']}: no such paragraph")
        if plain != record.text:
            at = next((i for i, (a, b) in enumerate(zip(plain, record.text)) if a != b), min(len(plain), len(record.text)))
            raise MarkupError(
                f"{record.id}: text differs from the paragraph at {at}: "
                f"markup {plain[max(0, at - 10):at + 10]!r} vs text {record.text[max(0, at - 10):at + 10]!r}"
            )
        record.spans, record.relations = spans, relations
        out.append(record)
    return out


def build_corpus(markup_dir: Path, sources_dir: Path, out_dir: Path) -> dict[str, int]:
    """Canonical JSONL per document from markup files and the original texts (paragraphs and offsets recomputed)."""
    from ipie.corpus.paragraphs import paragraph_records
    from ipie.corpus.records import write_records

    blocks_by_doc: dict[str, list[str]] = {}
    for path in sorted(markup_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        first = next((line for line in text.splitlines() if line.startswith("### ")), None)
        if first is None:
            continue
        doc_id = first[4:].split(":")[0]
        blocks_by_doc.setdefault(doc_id, []).append(text)
    counts = {}
    for doc_id, texts in blocks_by_doc.items():
        records = paragraph_records(doc_id, (sources_dir / f"{doc_id}.txt").read_text(encoding="utf-8"))
        annotated = {r.id: r for text in texts for r in apply_markup(records, text)}
        missing = [r.id for r in records if r.id not in annotated]
        if missing:
            raise MarkupError(f"{doc_id}: {len(missing)} paragraphs have no markup, e.g. {missing[0]}")
        write_records([annotated[r.id] for r in records], out_dir / f"{doc_id}.jsonl")
        counts[doc_id] = len(records)
    return counts


def check_markup(path: Path, sources_dir: Path) -> list[Record]:
    """Records of one markup file, checked against the normalised source text and the schema."""
    from ipie.corpus.paragraphs import paragraph_records
    from ipie.corpus.validate import validate_records

    text = path.read_text(encoding="utf-8")
    blocks = parse_markup(text)
    if not blocks:
        return []
    doc_id = blocks[0][0]["id"].split(":")[0]
    records = apply_markup(paragraph_records(doc_id, (sources_dir / f"{doc_id}.txt").read_text(encoding="utf-8")), text)
    problems = validate_records(records)
    if problems:
        raise MarkupError("; ".join(problems))
    return records


def _main(argv: list[str]) -> int:
    """python -m ipie.corpus.markup check SOURCES_DIR FILE... | build MARKUP_DIR SOURCES_DIR OUT_DIR"""
    if argv[:1] == ["build"] and len(argv) == 4:
        print(build_corpus(*(Path(a) for a in argv[1:4])))
        return 0
    if argv[:1] != ["check"] or len(argv) < 3:
        print(_main.__doc__, file=sys.stderr)
        return 2
    status = 0
    for name in argv[2:]:
        try:
            records = check_markup(Path(name), Path(argv[1]))
            print(f"{name}: OK, {len(records)} paragraphs, {sum(len(r.spans) for r in records)} spans, "
                  f"{sum(len(r.relations) for r in records)} relations")
        except (MarkupError, OSError) as err:
            print(f"{name}: ERROR {err}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
