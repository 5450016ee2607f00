"""Gold annotations: the canonical JSONL records, tool formats, validation and statistics."""
from ipie.corpus.records import Record, Relation, Span, read_records, write_records

__all__ = ["Record", "Relation", "Span", "read_records", "write_records"]
