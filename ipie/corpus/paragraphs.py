"""Unannotated records for a document: the paragraphs the annotators and the model see."""
from __future__ import annotations

from ipie.corpus.records import Record
from ipie.normalize import NormalizedText, normalize
from ipie.structure import split_sections


def paragraph_records(doc_id: str, original: str, normalized: NormalizedText | None = None) -> list[Record]:
    """One empty record per non-empty paragraph, with its section and original offsets."""
    normalized = normalized or normalize(original)
    paragraphs = normalized.paragraphs()
    records = []
    for section in split_sections(paragraphs):
        for para in paragraphs[section.start_paragraph : section.end_paragraph]:
            if not para.text:
                continue
            ostart, oend = normalized.to_original(para.start, para.end)
            records.append(
                Record(
                    id=f"{doc_id}:p{para.index:04d}",
                    doc=doc_id,
                    para=para.index,
                    section=section.id,
                    section_title=section.title,
                    orig_start=ostart,
                    orig_end=oend,
                    text=para.text,
                )
            )
    return records
