"""ipie: structured, checkable facts from Chinese intellectual-property work reports.

    import ipie
    nlp = ipie.load()                      # the shipped pipeline (models/ipie-zh)
    facts = ipie.extract(text, nlp)        # list of IndicatorFact / PolicyFact
    for result in ipie.annotate_files(["reports/"]):
        ...
"""
from ipie.api import DocumentResult, annotate_files, extract, load
from ipie.facts.model import Evidence, Fact, IndicatorFact, PolicyFact
from ipie.ingest import IngestError

__all__ = [
    "DocumentResult", "Evidence", "Fact", "IndicatorFact", "IngestError", "PolicyFact",
    "annotate_files", "extract", "load",
]
__version__ = "0.1.0"
