"""Word (.docx) text extraction.

Reports put many of their figures in tables, so tables are read as well as
paragraphs, in the order they appear, so a table stays next to the text
that introduces it.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator

from .errors import IngestError
from .grid import holds_a_text, table_lines


def _block_lines(container) -> Iterator[str]:
    """Lines of a document body or table cell, in document order."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            yield from _form_lines(block) if _holds_an_article(block) else _table_lines(block)
        else:
            yield _paragraph_text(block)


def _cell_lines(cell) -> list[str]:
    return [line.strip() for line in _block_lines(cell) if line.strip()]


def _holds_an_article(table) -> bool:
    """A form whose cell holds the report itself (政务信息报送单: 信息标题 | …, 正文 | …), not a table of figures."""
    return any(holds_a_text("".join(_cell_lines(cell))) for row in table.rows for cell in row.cells)


def _form_lines(table) -> Iterator[str]:
    """A form row by row, the cell that holds a text paragraph by paragraph (its headings lines of their own, as in the
    body), the other cells of the row on a line of their own (报送时间	2022年1月14日)."""
    seen = set()
    for row in table.rows:
        pending: list[str] = []
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            lines = _cell_lines(cell)
            if holds_a_text("".join(lines)):
                if pending:
                    yield "\t".join(pending)
                    pending = []
                yield from lines
            elif lines:
                pending.append("".join(lines))
        if pending:
            yield "\t".join(pending)


def _paragraph_text(paragraph) -> str:
    """The paragraph as it reads with its tracked changes accepted: inserted runs (``w:ins``, which
    ``Paragraph.text`` leaves out) and runs inside content controls or smart tags kept, deleted ones
    (``w:del``, ``w:moveFrom``) dropped; a text box's paragraphs are not this paragraph's."""
    from docx.text.run import Run

    p = paragraph._p
    runs = p.xpath(".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom)]")
    return "".join(Run(r, paragraph).text for r in runs if r.xpath("ancestor::w:p[1]")[0] is p)


def _table_lines(table) -> Iterator[str]:
    # python-docx returns a merged cell at each grid position it covers (across columns and down
    # rows), the grid that :func:`ipie.ingest.grid.table_lines` reads. A cell is told apart by its
    # XML element, which the grid holds, keeping lxml's proxy, and so its identity, alive.
    texts: dict = {}
    grid = []
    for row in table.rows:
        positions = []
        for cell in row.cells:
            if cell._tc not in texts:
                texts[cell._tc] = "".join(line.strip() for line in _block_lines(cell))
            positions.append((cell._tc, texts[cell._tc]))
        grid.append(positions)
    yield from table_lines(grid)


def read_docx(path: str | os.PathLike[str]) -> str:
    """Paragraph text, one line each, and table rows, one line each, in document order."""
    p = str(path)
    # A .docx is a ZIP package; legacy binary .doc files renamed to .docx
    # are common and deserve a clearer message than a parser error.
    if not zipfile.is_zipfile(p):
        raise IngestError(p, "not a DOCX file (not a ZIP package; legacy .doc is not supported)")

    import docx

    try:
        document = docx.Document(p)
        lines = list(_block_lines(document))
    except Exception as exc:  # zipfile, lxml and python-docx errors alike
        detail = str(exc).strip()
        reason = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
        raise IngestError(p, f"unreadable DOCX ({reason})") from None
    text = "\n".join(lines)
    if not text.strip():
        raise IngestError(p, "empty document (no text in paragraphs or tables)")
    return text
