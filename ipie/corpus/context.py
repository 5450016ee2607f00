"""Section context (region, year) for annotated paragraphs, as the API computes it for whole documents."""
from __future__ import annotations

from collections import defaultdict

from ipie.corpus.records import Record
from ipie.normalize import Paragraph
from ipie.structure import paragraph_context, split_sections


def section_contexts(records: list[Record]) -> dict[str, dict]:
    """record id → the assembler context, from the sections the records themselves contain."""
    from ipie.api import report_year

    by_doc: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        by_doc[record.doc].append(record)
    out = {}
    for doc_id, recs in by_doc.items():
        recs.sort(key=lambda r: r.para)
        paragraphs = [Paragraph(i, 0, 0, r.text) for i, r in enumerate(recs)]
        default_year = report_year("\n".join(r.text for r in recs))
        for section in split_sections(paragraphs, default_year=default_year):
            for i in range(section.start_paragraph, section.end_paragraph):
                out[recs[i].id] = paragraph_context(doc_id, section, i)
    return out
