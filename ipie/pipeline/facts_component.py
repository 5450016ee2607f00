"""ipie_facts: the rule-based fact assembler as a pipeline component (doc._.facts)."""
# Annotations stay live types (no `from __future__ import annotations`): confection 0.1,
# which spaCy 3.8.7 uses, builds its config schemas from registered functions' signatures.

from spacy.language import Language
from spacy.tokens import Doc

from ipie.facts.assemble import assemble_facts

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", getter=lambda doc: doc.user_data.get("ipie_facts_cache", []))


@Language.factory("ipie_facts")
def make_fact_assembler(nlp: Language, name: str):
    return FactAssembler(name)


class FactAssembler:
    """Sets doc._.facts from the doc's entities, relations and context."""

    def __init__(self, name: str = "ipie_facts"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data["ipie_facts_cache"] = [fact.to_json() for fact in assemble_facts(doc)]
        return doc
