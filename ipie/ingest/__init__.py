"""Reading reports (.txt, .pdf, .docx, .html, .md) into plain text.

This is the only layer that knows about file formats and encodings; every
later stage works on the ``RawDocument.text`` it returns.  All failures are
``IngestError`` so a batch can report a bad file and carry on.
"""

from .document import RawDocument
from .errors import IngestError
from .reader import SUPPORTED_SUFFIXES, iter_documents, iter_sources, read_document, read_source, read_stdin, source_id

__all__ = [
    "IngestError",
    "RawDocument",
    "SUPPORTED_SUFFIXES",
    "iter_documents",
    "iter_sources",
    "read_document",
    "read_source",
    "read_stdin",
    "source_id",
]
