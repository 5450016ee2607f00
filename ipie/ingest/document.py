"""The value the ingest layer hands to the rest of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RawDocument:
    """Decoded text of one report plus where it came from.

    The text is kept as extracted (only line endings are unified) so that
    later stages own every normalisation decision and offsets can be traced
    back to the source.
    """

    doc_id: str
    path: str | None
    text: str
    format: str
