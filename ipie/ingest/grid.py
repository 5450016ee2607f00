"""Tables as lines: one line per row, its cells apart by tabs.

Word and HTML tables say which cell spans which columns and rows; a text line
cannot. Each reader lays its table out as a grid, a spanned cell repeated at
every position it covers, and this module writes the grid out. A cell spanning
several rows or columns is written once, at its first position, except a row's
label spanning rows of figures, written on each, and in a
header of several rows (指标 | 年度 over 2018年 2019年 2020年), which becomes one
line naming each column by every label above it, so that the fact stage sees
one header over the rows of figures, as it does in every other format.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator, Sequence

# a grid position: the cell there (any value that tells cells apart) and its text
Position = tuple[Hashable, str]

CELL_SEPARATOR = "\t"
# a cell that holds a figure and nothing else (12345, 1,234, -3.2, 26.5%, and a target's bound, ≥25 or 10以上),
# but for a remark in brackets after it (108.5%（提前完成）)
FIGURE_CELL = re.compile(
    r"(?:[≥>＞≧≤<＜≦]\s*)?[-+−]?\d[\d,]*(?:\.\d+)?%?(?P<bound>以上|以下|左右)?(?P<remark>[（(][^（）()\d]{1,8}[）)])?"
)


# a cell holding this many sentences or more holds a text of its own: an old CMS's article in a layout table's cell, a report in
# a form's 正文 cell
_TEXT_SENTENCES = 5


def holds_a_text(cell: str) -> bool:
    """Whether a table's cell holds a text of its own (an article, a report), read as paragraphs, not as a cell of a row."""
    return cell.count("。") >= _TEXT_SENTENCES


def figure_of(cell: str) -> str:
    """The figure of a figure cell, without its remark."""
    m = FIGURE_CELL.fullmatch(cell)
    return cell[: m.start("remark")] if m and m.group("remark") else cell


def _has_figure(row: Sequence[Position]) -> bool:
    return any(FIGURE_CELL.fullmatch(text) for _, text in row)


def _cells(row: Sequence[Position]) -> int:
    return len({cell for cell, _ in row})


def _merged_header(rows: Sequence[Sequence[Position]]) -> str:
    """Each column named by its labels from the top down, a cell spanning rows counted once."""
    width = min(len(row) for row in rows)
    names = []
    for j in range(width):
        cells: list[Hashable] = []
        parts: list[str] = []
        for row in rows:
            cell, text = row[j]
            if cell not in cells and text:
                cells.append(cell)
                parts.append(text)
        names.append("".join(parts))
    return CELL_SEPARATOR.join(names)


def _groups_rows(grid: Sequence[Sequence[Position]]) -> bool:
    """The first column only groups the rows (城区 over five districts, 县 over five counties, each
    spanning rows beside the column of names): it names no column of figures, so it is left out
    rather than shifting the rows it starts against the header. A first cell spanning the rows of a header
    (考核内容 beside 完成情况 over 数量 | 同比增长（%）) groups nothing."""
    rows = [row for row in grid if len(row) > 2]
    spans_rows = any(a[0][0] == b[0][0] != b[1][0] and _has_figure(b) for a, b in zip(rows, rows[1:]))
    return spans_rows and all(not FIGURE_CELL.fullmatch(row[0][1]) and not FIGURE_CELL.fullmatch(row[1][1]) for row in rows)


def table_lines(grid: Sequence[Sequence[Position]]) -> Iterator[str]:
    """The grid's rows as lines, a header of several rows merged into one; empty rows, and the empty cells
    of rows without figures, are left out."""
    if _groups_rows(grid):
        grid = [row[1:] if len(row) > 1 else row for row in grid]
    # the header: the rows of several cells and no figure right above the first row of figures; rows above them (a caption
    # inside the table, a form's 填报单位 | 报出日期 above a caption) stay lines of their own
    top = next((k for k, row in enumerate(grid) if _has_figure(row)), len(grid))
    start = top
    while start > 0 and _cells(grid[start - 1]) > 1 and not _has_figure(grid[start - 1]):
        start -= 1
    seen: set = set()
    if top - start > 1 and top < len(grid) and _has_figure(grid[top]):
        yield from _lines(grid[:start], seen)
        yield _merged_header(grid[start:top])
        seen.update(cell for row in grid[start:top] for cell, _ in row)
        grid = grid[top:]
    yield from _lines(grid, seen)


# 一、知识产权创造 in a row merged across a table of indicators, under its header or between its rows: the name of the group
# of rows under it, not a note (注：…。)
_GROUP_NAME_MAX = 20
_NOT_IN_A_GROUP_NAME = re.compile(r"[：:。；]")


def _lines(rows: Sequence[Sequence[Position]], seen: set) -> Iterator[str]:
    cells_above = False  # a header's or a row's: a caption at the top is a line of its own
    for row in rows:
        if cells_above and len(row) > 2 and _cells(row) == 1 and 0 < len(row[0][1]) <= _GROUP_NAME_MAX \
                and not _NOT_IN_A_GROUP_NAME.search(row[0][1]):
            seen.add(row[0][0])
            yield row[0][1] + CELL_SEPARATOR * (len(row) - 1)  # as a group's row with blank cells is read
            continue
        cells_above = cells_above or _cells(row) > 1
        cells = []
        for k, (cell, text) in enumerate(row):
            if cell not in seen:
                seen.add(cell)
                cells.append(text)
            elif k == 0 and _has_figure(row):
                cells.append(text)  # 大蒲柴河镇 beside 2020 and 2021: a row label spanning rows of figures names each
        if not _has_figure(row):  # a row of figures keeps its blank cells, so that each figure stays in its column
            cells = [text for text in cells if text]
        if any(cells):
            yield CELL_SEPARATOR.join(cells)
