"""Checks of a gold corpus: offsets, labels, overlaps, relation endpoints, duplicates, normalised text."""
from __future__ import annotations

from pathlib import Path

from ipie.corpus.records import Record
from ipie.schema import LABELS, RELATIONS, relation_allowed


def validate_records(records: list[Record], sources: dict[str, str] | None = None) -> list[str]:
    """Problems found, one line each naming the record; empty when the corpus is valid.

    ``sources`` maps a document id to its original text; when given, each
    record's text must be exactly what the normaliser makes of that paragraph.
    """
    problems = []
    seen_ids: set[str] = set()
    seen_paragraphs: dict[tuple[str, int], str] = {}
    expected = _expected_paragraphs(sources) if sources else {}
    for record in records:
        rid = record.id
        if rid in seen_ids:
            problems.append(f"{rid}: duplicate record id")
        seen_ids.add(rid)
        key = (record.doc, record.para)
        if key in seen_paragraphs:
            problems.append(f"{rid}: paragraph {record.para} of {record.doc} again (first as {seen_paragraphs[key]})")
        seen_paragraphs.setdefault(key, rid)
        for n, span in enumerate(record.spans):
            if not (0 <= span.start < span.end <= len(record.text)):
                problems.append(f"{rid}: span {n} [{span.start}, {span.end}) is outside the text")
                continue
            if span.label not in LABELS:
                problems.append(f"{rid}: span {n} has unknown label {span.label!r}")
            surface = record.text[span.start : span.end]
            if _bad_edges(surface):
                problems.append(f"{rid}: span {n} {surface!r} has surrounding space or punctuation")
        ordered = sorted(range(len(record.spans)), key=lambda k: (record.spans[k].start, record.spans[k].end))
        if ordered != list(range(len(record.spans))):
            problems.append(f"{rid}: spans are not in text order")
        for a, b in zip(ordered, ordered[1:]):
            if record.spans[b].start < record.spans[a].end:
                problems.append(f"{rid}: spans {a} and {b} overlap")
        seen_rel = set()
        for rel in record.relations:
            if rel.label not in RELATIONS:
                problems.append(f"{rid}: unknown relation {rel.label!r}")
                continue
            if not (0 <= rel.head < len(record.spans) and 0 <= rel.child < len(record.spans)):
                problems.append(f"{rid}: relation {rel} points outside the spans")
                continue
            head, child = record.spans[rel.head], record.spans[rel.child]
            if not relation_allowed(rel.label, head.label, child.label):
                problems.append(f"{rid}: {rel.label} cannot link {head.label} → {child.label}")
            if (rel.head, rel.child, rel.label) in seen_rel:
                problems.append(f"{rid}: duplicate relation {rel}")
            seen_rel.add((rel.head, rel.child, rel.label))
        if expected:
            text = expected.get(rid)
            if text is None:
                problems.append(f"{rid}: no such paragraph in the normalised source of {record.doc}")
            elif text != record.text:
                problems.append(f"{rid}: text differs from the normaliser's output for this paragraph")
    return problems


def _bad_edges(surface: str) -> bool:
    """Spaces, 《》 and punctuation never start or end a span; a quote may, when it pairs inside (“十三五”规划)."""
    if surface != surface.strip() or surface[0] in "《》，。、；：”" or surface[-1] in "《》，。、；：“":
        return True
    return (surface[0] == "“" and "”" not in surface) or (surface[-1] == "”" and "“" not in surface)


def _expected_paragraphs(sources: dict[str, str]) -> dict[str, str]:
    from ipie.corpus.paragraphs import paragraph_records

    out = {}
    for doc_id, text in sources.items():
        out.update({r.id: r.text for r in paragraph_records(doc_id, text)})
    return out


def find_sources(annotation_dir: Path, doc_ids: set[str]) -> dict[str, str]:
    """Original texts of the annotated documents, looked up in <dir>/sources/ then examples/."""
    sources = {}
    for doc_id in doc_ids:
        for folder in (annotation_dir / "sources", annotation_dir.parent / "examples"):
            path = folder / f"{doc_id}.txt"
            if path.exists():
                sources[doc_id] = path.read_text(encoding="utf-8")
                break
    return sources
