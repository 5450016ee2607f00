"""PDF text layer extraction.

Only the embedded text layer is read; there is no OCR.  Scanned reports and
fonts without a Unicode mapping are reported as errors instead of yielding
an empty or garbage document.
"""

from __future__ import annotations

import itertools
import os
import re
import statistics

from .errors import IngestError
from .grid import FIGURE_CELL, Position, table_lines

# pdfminer writes a glyph it cannot map to Unicode as "(cid:123)".
_CID = re.compile(r"\(cid:\d+\)")
# pdfminer accepts some junk before the header; so do we, up to this point.
_HEADER_WINDOW = 1024
# a line break inside a table cell between two Latin letters or digits is a space (PCT\napplications)
_CELL_WRAP = re.compile(r"(?<=[A-Za-z])\n(?=[A-Za-z])")
# a table set without rules (:func:`_aligned_tables`): words whose tops are this close stand on one line;
# columns nearer than this are one; a header is a few lines of short labels close above the body, under
# its caption (表1 …), the unit note (单位：件) or a note (注：)
_SAME_LINE = 2.0
_COLUMN_SLACK = 2.0
_MIN_ROWS = 3
_HEADER_LINES_MAX = 3
_HEADER_WORD_MAX = 12
_HEADER_GAP_MAX = 12.0
_NOT_HEADER = re.compile(r"^(?:附?表\s*\d|注[：:])|单位[：:]")
# a cell with nothing to report in a row of figures
_BLANK_CELLS = frozenset("—–-－/／")
# two columns of text: lines with text either side of a gap in the middle, which few lines cross, and
# long enough to be prose (a table's cells are short)
_COLUMN_LINES_MIN = 8
_COLUMN_CROSSING_SHARE = 0.2
_COLUMN_TEXT_MIN = 10
_GUTTER_GAP_MIN = 8.0
# a table ruled across but open at its sides (a yearbook's table with rules between its columns): this many horizontal
# rules or more of the same extent, ends this close
_OPEN_SIDED_RULES_MIN = 2
_RULE_END_SLACK = 1.5


def _check_header(path: str) -> None:
    with open(path, "rb") as fh:
        head = fh.read(_HEADER_WINDOW)
    if b"%PDF-" not in head:
        raise IngestError(path, "not a PDF file (no %PDF- header)")


def _page_text(page) -> str:
    """The page's text with its fake-bold lines apart (:func:`_bold_lines`) and its tables laid out
    (:func:`_laid_out_text`)."""
    # Reports often fake bold type by drawing each glyph 2-4 times at a
    # tiny offset; without dedupe every character of a heading repeats.
    drawn = page
    page = page.dedupe_chars()
    return _apart(_bold_lines(drawn, page), _laid_out_text(page))


def _bold_lines(drawn, page) -> set[str]:
    """The lines of ``page`` (``drawn`` before its repeated glyphs were dropped) drawn fake bold, every glyph twice
    or more, that end short of the right margin: headings, which text wrapped short below them would otherwise
    run into (（三）协同保护格局加快形成), not the first lines of a bold sentence that runs on."""
    kept = {id(c) for c in page.chars}
    tops = {round(c["top"]) for c in drawn.chars if id(c) not in kept}
    margin = max((c["x1"] for c in page.chars), default=0)
    lines = set()
    for top in tops:
        line = sorted((c for c in page.chars if abs(c["top"] - top) < _SAME_LINE), key=lambda c: c["x0"])
        if not line or sum(abs(c["top"] - top) < _SAME_LINE for c in drawn.chars) < 2 * len(line):
            continue
        if margin - line[-1]["x1"] > 2 * (line[-1]["x1"] - line[-1]["x0"]):
            lines.add("".join(c["text"] for c in line if not c["text"].isspace()))
    return lines


def _apart(bold: set[str], text: str) -> str:
    """``text`` with a blank line after each line drawn bold, a paragraph of its own."""
    if not bold:
        return text
    return "\n".join(line + "\n" if re.sub(r"\s", "", line) in bold else line for line in text.split("\n"))


def _laid_out_text(page) -> str:
    """The text of a page whose repeated glyphs are dropped, each table in it laid out as one line per row
    (:mod:`ipie.ingest.grid`) where it stands: its wrapped header cells (专利授权量（ / 件）) would otherwise break into
    lines of fragments that no longer name the columns. A ruled table is read cell by cell; a table set without rules,
    by where its words stand (:func:`_aligned_tables`)."""
    settings = {"explicit_vertical_lines": _open_sides(page)}
    ruled = [(t.bbox[1], t.bbox[3], _grid(t)) for t in page.find_tables(settings) if len(t.rows) > 1 and len(t.rows[0].cells) > 1]
    aligned = [t for t in _aligned_tables(page) if not any(top < t[1] and t[0] < bottom for top, bottom, _ in ruled)]
    tables = sorted(ruled + aligned, key=lambda t: t[0])
    if not tables:
        return _text_between(page, page.bbox[1], page.bbox[3])
    parts: list[str] = []
    top = page.bbox[1]
    for table_top, table_bottom, grid in tables:
        parts.append(_text_between(page, top, table_top))
        parts.extend(table_lines(grid))
        top = table_bottom
    parts.append(_text_between(page, top, page.bbox[3]))
    return "\n".join(part for part in parts if part)


def _open_sides(page) -> list[dict]:
    """The sides of each table ruled across, with rules between its columns, but left open at its sides: a rule down each
    end of its horizontal rules, as far as its column rules reach, without which its first and last columns, bounded by
    no rule, would be lost (类别 | 申请量 | … | 同比增长 of a yearbook's table). A page's header rule as wide as the table
    is no rule of it: the column rules do not reach it."""
    stacks: list[list[dict]] = []
    for rule in sorted((e for e in page.horizontal_edges if e["x1"] > e["x0"]), key=lambda e: (e["x0"], e["x1"], e["top"])):
        stack = next((s for s in stacks if abs(s[0]["x0"] - rule["x0"]) <= _RULE_END_SLACK
                      and abs(s[0]["x1"] - rule["x1"]) <= _RULE_END_SLACK), None)
        if stack is None:
            stacks.append([rule])
        else:
            stack.append(rule)
    sides = []
    for stack in stacks:
        x0, x1 = stack[0]["x0"], stack[0]["x1"]
        tops = [e["top"] for e in stack]

        def on_a_rule(y: float) -> bool:
            return any(abs(y - top) <= _RULE_END_SLACK for top in tops)

        inner = [e for e in page.vertical_edges if x0 + _RULE_END_SLACK < e["x0"] < x1 - _RULE_END_SLACK
                 and on_a_rule(e["top"]) and on_a_rule(e["bottom"])]
        if len(stack) < _OPEN_SIDED_RULES_MIN:
            continue
        spans: list[list[float]] = []  # the column rules' reach, a table at a time (two tables of one width on a page)
        for e in sorted(inner, key=lambda e: e["top"]):
            if spans and e["top"] <= spans[-1][1] + _RULE_END_SLACK:
                spans[-1][1] = max(spans[-1][1], e["bottom"])
            else:
                spans.append([e["top"], e["bottom"]])
        sides += [{"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0, "height": bottom - top}
                  for top, bottom in spans for x in (x0, x1)]
    return sides


def _word_lines(page) -> list[list[dict]]:
    """The page's words (runs of glyphs apart by less than pdfplumber's 3 pt) grouped into lines, left to right."""
    lines: list[list[dict]] = []
    for word in sorted(page.extract_words(), key=lambda w: w["top"]):
        if lines and word["top"] - lines[-1][0]["top"] <= _SAME_LINE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _is_row(line: list[dict]) -> bool:
    """A line of a table's body: three words or more, two of them figures or more, as many as the words
    after the last that is none (路南区 1326 8.4 142 712; 1 发明专利授权量 件 2400 2716)."""
    trailing = 0
    for word in reversed(line):
        if not (FIGURE_CELL.fullmatch(word["text"]) or word["text"] in _BLANK_CELLS):
            break
        trailing += 1
    return len(line) >= 3 and trailing >= 2


def _columns(lines: list[list[dict]]) -> list[tuple[float, float]]:
    """The columns of a table's body: the spans across the page its rows' words cover, overlapping ones
    merged (right-aligned figures of several widths, left-aligned names of several lengths)."""
    columns: list[list[float]] = []
    for x0, x1 in sorted((w["x0"], w["x1"]) for line in lines for w in line):
        if columns and x0 <= columns[-1][1] + _COLUMN_SLACK:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return [(a, b) for a, b in columns]


def _column_of(word: dict, columns: list[tuple[float, float]]) -> int:
    middle = (word["x0"] + word["x1"]) / 2
    return min(range(len(columns)), key=lambda c: 0 if columns[c][0] <= middle <= columns[c][1]
               else min(abs(middle - columns[c][0]), abs(middle - columns[c][1])))


def _is_header(line: list[dict]) -> bool:
    """A line of a table's header: short labels, no caption (表1 …, 单位：件) and no note."""
    text = "".join(w["text"] for w in line)
    return all(len(w["text"]) <= _HEADER_WORD_MAX for w in line) and not _NOT_HEADER.search(text) \
        and not any(FIGURE_CELL.fullmatch(w["text"]) for w in line)


def _aligned_tables(page) -> list[tuple[float, float, list[list[Position]]]]:
    """Tables set without rules, each cell drawn where its column stands: a run of three lines or more of
    words apart by wide gaps, ending in figures, as (top, bottom, grid), the grid's header made of the short
    lines right above the run, each label under the column it stands over (a label set between two header
    lines, 地区 beside 专利授权量 over （件）, names the first column)."""
    lines = _word_lines(page)
    tables = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and _is_row(lines[end]):
            end += 1
        if end - k < _MIN_ROWS:
            k = max(end, k + 1)
            continue
        columns = _columns(lines[k:end])
        if len(columns) < 3:
            k = end
            continue
        start = k
        while start > 0 and k - start < _HEADER_LINES_MAX and _is_header(lines[start - 1]) \
                and lines[start][0]["top"] - lines[start - 1][0]["bottom"] < _HEADER_GAP_MAX:
            start -= 1
        grid = []
        for n, line in enumerate(lines[start:end]):
            cells = [""] * len(columns)
            for word in line:
                cells[_column_of(word, columns)] += word["text"]
            grid.append([((start + n, c), text) for c, text in enumerate(cells)])
        top = min(w["top"] for w in lines[start]) - 1
        bottom = max(w["bottom"] for w in lines[end - 1]) + 1
        tables.append((top, bottom, grid))
        k = end
    return tables


def _text_between(page, top: float, bottom: float) -> str:
    """The text of the band of the page from ``top`` to ``bottom`` (the page's own coordinates); where the band
    is set in two columns (a newsletter, a 简报), the left column's lines before the right one's."""
    x0, page_top, x1, page_bottom = page.bbox
    top, bottom = max(top, page_top), min(bottom, page_bottom)
    if bottom <= top:
        return ""
    band = page.within_bbox((x0, top, x1, bottom))
    lines = _word_lines(band)
    gutter = _gutter(lines, x0, x1)
    if gutter is None:
        return band.extract_text() or ""
    parts = []
    for crossing, run in itertools.groupby(lines, key=lambda line: _spans_the_gutter(line, gutter)):
        run = list(run)
        run_top, run_bottom = min(w["top"] for w in run[0]) - 0.5, max(w["bottom"] for w in run[-1]) + 0.5
        boxes = [(x0, run_top, x1, run_bottom)] if crossing else [(x0, run_top, gutter, run_bottom), (gutter, run_top, x1, run_bottom)]
        parts.extend(page.within_bbox(box).extract_text() or "" for box in boxes)
    return "\n".join(part for part in parts if part)


def _spans_the_gutter(line: list[dict], gutter: float) -> bool:
    """A line across both columns (a masthead, a page number): a word over the gutter, or words either side
    of it no further apart there than elsewhere in the line (两 江 新 区 知 识 产 权, — 1 —)."""
    if any(w["x0"] < gutter < w["x1"] for w in line):
        return True
    left = [w for w in line if w["x1"] <= gutter]
    if not left or len(left) == len(line):
        return False
    gaps = [b["x0"] - a["x1"] for a, b in zip(line, line[1:])]
    at_gutter = gaps.pop(len(left) - 1)
    return at_gutter < max(_GUTTER_GAP_MIN, 2 * max(gaps, default=0.0))


def _gutter(lines: list[list[dict]], x0: float, x1: float) -> float | None:
    """The x of the gap between two columns of text: in the middle of the page, crossed by few lines and
    with lines of text on both sides of it, side by side or not (not the gap between a table's columns of short cells)."""
    if len(lines) < _COLUMN_LINES_MIN:
        return None
    width = x1 - x0
    best, best_crossing = None, len(lines)
    for x in range(int(x0 + 0.35 * width), int(x0 + 0.65 * width)):
        crossing = sum(any(w["x0"] < x < w["x1"] for w in line) for line in lines)
        if crossing < best_crossing:
            best, best_crossing = x, crossing
    if best is None or best_crossing > _COLUMN_CROSSING_SHARE * len(lines):
        return None
    # the two columns' lines may stand side by side or, where their baselines do not line up, one after the other
    left = [len("".join(w["text"] for w in line if w["x1"] <= best)) for line in lines if any(w["x1"] <= best for w in line)]
    right = [len("".join(w["text"] for w in line if w["x0"] >= best)) for line in lines if any(w["x0"] >= best for w in line)]
    if min(len(left), len(right)) < _COLUMN_LINES_MIN or min(statistics.median(left), statistics.median(right)) < _COLUMN_TEXT_MIN:
        return None
    return float(best)


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
