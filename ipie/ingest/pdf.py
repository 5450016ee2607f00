"""PDF text layer extraction.

Only the embedded text layer is read; there is no OCR.  Scanned reports and
fonts without a Unicode mapping are reported as errors instead of yielding
an empty or garbage document.
"""

from __future__ import annotations

import os
import re

from .errors import IngestError
from .grid import Position, table_lines

# pdfminer writes a glyph it cannot map to Unicode as "(cid:123)".
_CID = re.compile(r"\(cid:\d+\)")
# pdfminer accepts some junk before the header; so do we, up to this point.
_HEADER_WINDOW = 1024
# a line break inside a table cell between two Latin letters or digits is a space (PCT\napplications)
_CELL_WRAP = re.compile(r"(?<=[A-Za-z])\n(?=[A-Za-z])")


def _check_header(path: str) -> None:
    with open(path, "rb") as fh:
        head = fh.read(_HEADER_WINDOW)
    if b"%PDF-" not in head:
        raise IngestError(path, "not a PDF file (no %PDF- header)")


def _page_text(page) -> str:
    """The page's text, each ruled table in it laid out as one line per row (:mod:`ipie.ingest.grid`)
    where it stands: its wrapped header cells (专利授权量（ / 件）) would otherwise break into lines
    of fragments that no longer name the columns."""
    # Reports often fake bold type by drawing each glyph 2-4 times at a
    # tiny offset; without dedupe every character of a heading repeats.
    page = page.dedupe_chars()
    tables = sorted((t for t in page.find_tables() if len(t.rows) > 1 and len(t.rows[0].cells) > 1), key=lambda t: t.bbox[1])
    if not tables:
        return page.extract_text() or ""
    parts: list[str] = []
    top = page.bbox[1]
    for table in tables:
        parts.append(_text_between(page, top, table.bbox[1]))
        parts.extend(table_lines(_grid(table)))
        top = table.bbox[3]
    parts.append(_text_between(page, top, page.bbox[3]))
    return "\n".join(part for part in parts if part)


def _text_between(page, top: float, bottom: float) -> str:
    """The text of the band of the page from ``top`` to ``bottom`` (the page's own coordinates)."""
    x0, page_top, x1, page_bottom = page.bbox
    top, bottom = max(top, page_top), min(bottom, page_bottom)
    if bottom <= top:
        return ""
    return page.within_bbox((x0, top, x1, bottom)).extract_text() or ""


def _cell_text(text: str | None) -> str:
    """A cell's lines joined: wrapped Chinese runs on, wrapped Latin words keep a space."""
    return _CELL_WRAP.sub(" ", text or "").replace("\n", "")


def _grid(table) -> list[list[Position]]:
    """The table as a grid of (cell, text), a merged cell at every position it covers: pdfplumber
    gives a covered position no box, so it belongs to the cell on its left if that reaches over
    the column's middle, else to the cell above."""
    texts = table.extract()
    boxes = [row.cells for row in table.rows]
    middles = [next(((box[0] + box[2]) / 2 for row in boxes if c < len(row) and (box := row[c])), None)
               for c in range(max(len(row) for row in boxes))]
    owners: dict = {}
    grid: list[list[Position]] = []
    for r, (row, row_texts) in enumerate(zip(boxes, texts)):
        positions: list[Position] = []
        for c, box in enumerate(row):
            if box is None:
                left = positions[c - 1][0] if c else None
                reaches = left is not None and middles[c] is not None and left[2] > middles[c]
                box = left if reaches or r == 0 or c >= len(grid[r - 1]) else grid[r - 1][c][0]
                box = box if box is not None else (r, c)
            else:
                owners[box] = _cell_text(row_texts[c])
            positions.append((box, owners.get(box, "")))
        grid.append(positions)
    return grid


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
