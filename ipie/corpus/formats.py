"""Annotation formats: canonical JSONL, doccano, Label Studio and spaCy DocBin.

Everything converts through the canonical Record, so a round trip through any
format gives back the same records (metadata rides along in each tool's own
free-form fields).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from ipie.corpus.records import Record, Relation, Span, read_records, write_records

FORMATS = ("canonical", "doccano", "labelstudio", "docbin")
_META = ("id", "doc", "para", "section", "section_title", "orig_start", "orig_end")


class FormatError(ValueError):
    """An annotation file that is not in the format it claims or seems to be."""


def _meta(record: Record) -> dict:
    return {key: getattr(record, key) for key in _META}


def _record_from(text: str, spans: list[Span], relations: list[Relation], meta: dict | None, fallback_id: str) -> Record:
    meta = dict(meta or {})
    rid = str(meta.get("id", fallback_id))
    return Record(
        id=rid,
        doc=str(meta.get("doc", rid.split(":")[0])),
        para=int(meta.get("para", 0)),
        section=str(meta.get("section", "")),
        section_title=str(meta.get("section_title", "")),
        orig_start=int(meta.get("orig_start", -1)),
        orig_end=int(meta.get("orig_end", -1)),
        text=text,
        spans=spans,
        relations=relations,
    )


# --- doccano ---------------------------------------------------------------------


def to_doccano(record: Record) -> dict:
    return {
        "text": record.text,
        "entities": [
            {"id": i, "label": s.label, "start_offset": s.start, "end_offset": s.end} for i, s in enumerate(record.spans)
        ],
        "relations": [
            {"id": i, "from_id": r.head, "to_id": r.child, "type": r.label} for i, r in enumerate(record.relations)
        ],
        "meta": _meta(record),
    }


def from_doccano(data: dict, fallback_id: str) -> Record:
    """doccano's relation export ("entities"/"relations") or its sequence-labelling export ("label")."""
    if "text" not in data:
        raise FormatError(f"{fallback_id}: a doccano record needs 'text'")
    spans, ids = [], {}
    if "entities" in data:
        for ent in data["entities"]:
            ids[ent["id"]] = len(spans)
            spans.append(Span(int(ent["start_offset"]), int(ent["end_offset"]), ent["label"]))
    else:
        for start, end, label in data.get("label", []):
            spans.append(Span(int(start), int(end), label))
    relations = [
        Relation(ids[rel["from_id"]], ids[rel["to_id"]], rel["type"]) for rel in data.get("relations", [])
    ]
    return _record_from(data["text"], spans, relations, data.get("meta"), fallback_id)


# --- Label Studio ------------------------------------------------------------------


def to_labelstudio(record: Record) -> dict:
    results = []
    for i, span in enumerate(record.spans):
        results.append(
            {
                "id": f"e{i}",
                "from_name": "label",
                "to_name": "text",
                "type": "labels",
                "value": {
                    "start": span.start,
                    "end": span.end,
                    "text": record.text[span.start : span.end],
                    "labels": [span.label],
                },
            }
        )
    for rel in record.relations:
        results.append(
            {"type": "relation", "from_id": f"e{rel.head}", "to_id": f"e{rel.child}", "direction": "right", "labels": [rel.label]}
        )
    return {"data": {"text": record.text, "meta": _meta(record)}, "annotations": [{"result": results}]}


def from_labelstudio(task: dict, fallback_id: str) -> Record:
    """A Label Studio task (JSON export); the last annotation wins, relations follow their direction."""
    data = task.get("data", {})
    if "text" not in data:
        raise FormatError(f"{fallback_id}: a Label Studio task needs data.text")
    annotations = task.get("annotations") or task.get("completions") or []
    results = annotations[-1].get("result", []) if annotations else []
    spans, ids = [], {}
    for item in results:
        if item.get("type") == "labels":
            value = item["value"]
            ids[item["id"]] = len(spans)
            spans.append(Span(int(value["start"]), int(value["end"]), value["labels"][0]))
    relations = []
    for item in results:
        if item.get("type") != "relation":
            continue
        head, child = ids[item["from_id"]], ids[item["to_id"]]
        labels = item.get("labels") or []
        if not labels:
            raise FormatError(f"{fallback_id}: a relation without a label")
        direction = item.get("direction", "right")
        if direction in ("right", "bi"):
            relations.append(Relation(head, child, labels[0]))
        if direction in ("left", "bi"):
            relations.append(Relation(child, head, labels[0]))
    return _record_from(data["text"], spans, relations, data.get("meta"), fallback_id)


# --- spaCy DocBin ---------------------------------------------------------------------


def records_to_docs(nlp, records: Iterable[Record]):
    """spaCy Docs carrying the gold entities and relations (relations in user_data)."""
    from ipie.pipeline.relations import set_gold_relations

    docs = []
    for record in records:
        doc = nlp.make_doc(record.text)
        ents = []
        for span in record.spans:
            ent = doc.char_span(span.start, span.end, label=span.label, alignment_mode="expand")
            if ent is None:
                raise FormatError(f"{record.id}: span {span} does not align to tokens")
            ents.append(ent)
        doc.ents = ents
        set_gold_relations(
            doc,
            [
                (record.spans[r.head].start, record.spans[r.head].end, record.spans[r.child].start, record.spans[r.child].end, r.label)
                for r in record.relations
            ],
        )
        doc.user_data["ipie_meta"] = _meta(record)
        docs.append(doc)
    return docs


def docs_to_records(docs) -> list[Record]:
    from ipie.pipeline.relations import RELATIONS_KEY

    records = []
    for n, doc in enumerate(docs):
        spans = [Span(e.start_char, e.end_char, e.label_) for e in doc.ents]
        index = {(s.start, s.end): i for i, s in enumerate(spans)}
        relations = [
            Relation(index[(hs, he)], index[(cs, ce)], label)
            for hs, he, cs, ce, label, *_ in doc.user_data.get(RELATIONS_KEY, [])
            if (hs, he) in index and (cs, ce) in index
        ]
        records.append(_record_from(doc.text, spans, relations, doc.user_data.get("ipie_meta"), f"doc{n}"))
    return records


# --- files ---------------------------------------------------------------------------------


def detect_format(path: str | Path) -> str:
    path = Path(path)
    if path.is_dir():
        return "canonical"
    if path.suffix == ".spacy":
        return "docbin"
    if path.suffix == ".json":
        return "labelstudio"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    first = json.loads(line)
                except ValueError as err:
                    raise FormatError(f"{path}: not JSON Lines ({err})") from err
                if "spans" in first:
                    return "canonical"
                if "entities" in first or "label" in first:
                    return "doccano"
                raise FormatError(f"{path}: unknown annotation format (no 'spans', 'entities' or 'label')")
    raise FormatError(f"{path}: empty annotation file")


def read_any(path: str | Path, fmt: str | None = None) -> list[Record]:
    """Records from a file in any supported format (detected when fmt is None)."""
    path = Path(path)
    fmt = fmt or detect_format(path)
    if fmt == "canonical":
        return list(read_records(path))
    if fmt == "doccano":
        with path.open(encoding="utf-8") as handle:
            return [from_doccano(json.loads(line), f"{path.stem}:{n}") for n, line in enumerate(handle) if line.strip()]
    if fmt == "labelstudio":
        tasks = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(tasks, dict):
            tasks = [tasks]
        return [from_labelstudio(task, f"{path.stem}:{n}") for n, task in enumerate(tasks)]
    if fmt == "docbin":
        import spacy
        from spacy.tokens import DocBin

        nlp = spacy.blank("zh")
        return docs_to_records(DocBin().from_disk(path).get_docs(nlp.vocab))
    raise FormatError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")


def write_any(records: list[Record], path: str | Path, fmt: str, nlp=None) -> None:
    from ipie.io import atomic_writer

    path = Path(path)
    if fmt == "canonical":
        write_records(records, path)
    elif fmt == "doccano":
        with atomic_writer(path) as handle:
            for record in records:
                handle.write(json.dumps(to_doccano(record), ensure_ascii=False) + "\n")
    elif fmt == "labelstudio":
        with atomic_writer(path) as handle:
            json.dump([to_labelstudio(r) for r in records], handle, ensure_ascii=False, indent=1)
    elif fmt == "docbin":
        import spacy
        from spacy.tokens import DocBin

        nlp = nlp or spacy.blank("zh")
        with atomic_writer(path, "wb") as handle:
            handle.write(DocBin(store_user_data=True, docs=records_to_docs(nlp, records)).to_bytes())
    else:
        raise FormatError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
