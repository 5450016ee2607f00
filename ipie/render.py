"""An HTML report of one document: entities highlighted (displaCy), relations listed, facts tabled."""
from __future__ import annotations

import html

from spacy import displacy
from spacy.language import Language

from ipie.api import in_text_order, model_only, prepare_document, to_original
from ipie.facts.assemble import assemble_facts
from ipie.facts.model import CSV_COLUMNS, flatten
from ipie.normalize import normalize
from ipie.pipeline.relations import get_relations

_COLORS = {
    "REGION": "#a6e3e9", "INDICATOR": "#ffd6a5", "QUANTITY": "#caffbf", "GROWTH": "#9bf6ff", "RANK": "#bdb2ff",
    "DATE": "#fdffb6", "POLICY": "#ffc6ff", "ORG": "#e0e0e0", "DOC_NO": "#ffadad",
}


def render_document(nlp: Language, doc_id: str, text: str) -> str:
    normalized = normalize(text)
    parts = [f"<h1>{html.escape(doc_id)}</h1>"]
    pairs, facts = prepare_document(nlp, doc_id, normalized)
    for (para, _), doc in zip(pairs, nlp.pipe((doc for _, doc in pairs), disable=model_only(nlp))):
        facts.extend((para.start, to_original(fact, normalized, para.start)) for fact in assemble_facts(doc))
        if not doc.ents:
            continue
        parts.append(displacy.render(doc, style="ent", options={"colors": _COLORS}, page=False))
        rels = get_relations(doc)
        if rels:
            items = "".join(
                f"<li>{html.escape(h.text)} <b>{label}</b> → {html.escape(c.text)}</li>" for h, c, label, _ in rels
            )
            parts.append(f"<ul class='rels'>{items}</ul>")
    rows = [flatten(f.to_json()) for f in in_text_order(facts)]
    head = "".join(f"<th>{c}</th>" for c in CSV_COLUMNS)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if r.get(c) is None else str(r.get(c)))}</td>" for c in CSV_COLUMNS) + "</tr>"
        for r in rows
    )
    parts.append(f"<h2>Facts ({len(rows)})</h2><table border='1' cellspacing='0'><tr>{head}</tr>{body}</table>")
    return "<!DOCTYPE html><html><head><meta charset='utf-8'><title>ipie</title></head><body>" + "".join(parts) + "</body></html>"
