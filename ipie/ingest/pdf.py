"""PDF text layer extraction.

Only the embedded text layer is read; there is no OCR.  Scanned reports and
fonts without a Unicode mapping are reported as errors instead of yielding
an empty or garbage document.
"""

from __future__ import annotations

import os
import re

from .errors import IngestError

# pdfminer writes a glyph it cannot map to Unicode as "(cid:123)".
_CID = re.compile(r"\(cid:\d+\)")
# pdfminer accepts some junk before the header; so do we, up to this point.
_HEADER_WINDOW = 1024


def _check_header(path: str) -> None:
    with open(path, "rb") as fh:
        head = fh.read(_HEADER_WINDOW)
    if b"%PDF-" not in head:
        raise IngestError(path, "not a PDF file (no %PDF- header)")


def _page_text(page) -> str:
    # Reports often fake bold type by drawing each glyph 2-4 times at a
    # tiny offset; without dedupe every character of a heading repeats.
    return page.dedupe_chars().extract_text() or ""


def _unwrap(exc: BaseException) -> BaseException:
    # pdfplumber re-raises pdfminer errors as PdfminerException(original).
    if exc.args and isinstance(exc.args[0], BaseException):
        return exc.args[0]
    return exc


def _describe(exc: BaseException) -> str:
    detail = str(exc).strip()
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def read_pdf(path: str | os.PathLike[str]) -> str:
    """Text of every page, pages joined by a newline."""
    p = str(path)
    _check_header(p)

    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError

    pages: list[str] = []
    try:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                try:
                    pages.append(_page_text(page))
                finally:
                    # Drop the per-page layout cache: long reports would
                    # otherwise keep every page's objects in memory.
                    page.close()
    except Exception as exc:  # pdfminer raises many unrelated types on bad input
        cause = _unwrap(exc)
        if isinstance(cause, PDFEncryptionError):
            raise IngestError(p, f"encrypted PDF ({_describe(cause)})") from None
        raise IngestError(p, f"unreadable PDF ({_describe(cause)})") from None

    if not pages:
        raise IngestError(p, "PDF has no pages")
    text = "\n".join(pages)
    if not text.strip():
        raise IngestError(p, "no text layer (scanned PDF?)")
    if not _CID.sub("", text).strip():
        raise IngestError(p, "text layer has no Unicode mapping (only (cid:N) glyph codes)")
    return text
