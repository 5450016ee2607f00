"""Text normalisation before the model (SCHEMA.md §4).

Reports arrive as PDF or web extractions: bold text drawn 2–4 times, lines
broken inside words, photo captions dropped into the middle of a paragraph,
Traditional characters, full-width digits. The model and the annotations see
one clean form; every character keeps a link to where it came from so that
evidence offsets point into the original file.

The text moves through the stages as *pieces*: ``(text, ostart, oend)`` where
character ``i`` of ``text`` came from ``ostart + i`` in the original and the
last character ends at ``oend``. A verbatim copy has ``oend - ostart ==
len(text)``; a collapsed bold run keeps its unit as text and spans every copy.
"""
from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Iterator

import cn2an

from ipie.ingest.grid import CELL_SEPARATOR, FIGURE_CELL
from ipie.regions import names_and_stems
from ipie.schema import DOC_NO_YEAR

Piece = tuple[str, int, int]

# --- stage 1: character-level unification (one character in, one out) ------

_KEEP_FULLWIDTH = set("，。、；：！？（）《》〔〕“”‘’【】…—～")
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！"}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》〔〕…—]")


# the share of a text's Chinese characters the converter may change with the text still taken as written in simplified ones
_STRAY_TRADITIONAL_SHARE = 0.05
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _place_names_t2s_changes() -> re.Pattern | None:
    """Place names written with a character that is also a traditional one (乾安县 → 干安县, 乾县): kept as written."""
    changed = sorted((n for n in names_and_stems() if _t2s().convert(n) != n), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, changed))) if changed else None


def _in_traditional_characters(text: str) -> bool:
    """Whether a text is written in traditional characters: more than a few of its Chinese characters are ones the
    converter changes (not a text in simplified ones with a place named by a character it would change: 濛阳街道)."""
    if text.isascii():
        return False
    changed = sum(map(str.__ne__, text, _t2s().convert(text)))
    return changed > _STRAY_TRADITIONAL_SHARE * len(_HAN.findall(text))


def _to_simplified(text: str) -> str:
    """Traditional → Simplified, keeping length so offsets stay one to one, and place names as written."""
    if text.isascii():
        return text
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        # a phrase rule changed the length: fall back to character by character
        converted = "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in text)
    names = _place_names_t2s_changes()
    if names is None:
        return converted
    out, at = [], 0
    for m in names.finditer(text):
        out += [converted[at : m.start()], m.group()]
        at = m.end()
    out.append(converted[at:])
    return "".join(out)


def _unify_char(prev: str, ch: str, nxt: str) -> str:
    code = ord(ch)
    if ch == "\u3000":
        return " "
    if 0xFF01 <= code <= 0xFF5E and ch not in _KEEP_FULLWIDTH:
        return chr(code - 0xFEE0)  # full-width digits, letters, ％ ＋ ．
    if ch in _HALF_TO_FULL:
        digits_around = prev.isdigit() and nxt.isdigit()
        if ch in ",:" and digits_around:
            return ch  # 1,234 (joined in stage 4) and 10:30 stay
        if ch in "()" or _CJK.match(prev) or _CJK.match(nxt):
            return _HALF_TO_FULL[ch]
    return ch


# 二〇二三年, 一九九八年: a year in Chinese numerals, as official documents date themselves, in digits
_CN_YEAR = re.compile(r"(?:二[〇零○]|一九)[〇零○一二三四五六七八九]{2}(?=年)")
_CN_DIGIT = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def years_in_digits(text: str) -> str:
    """二〇二三年 → 2023年 (the same length: offsets stay one to one)."""
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGIT), text)


def unify_characters(text: str, traditional: bool = True) -> str:
    """Simplified characters (for a text ``traditional`` says is written in traditional ones), half-width digits/letters,
    Chinese punctuation in Chinese text, years in digits."""
    text = years_in_digits(_to_simplified(text) if traditional else text)
    if not any(ch in _HALF_TO_FULL or ord(ch) >= 0xFF01 or ch == "\u3000" for ch in text):
        return text
    out = []
    n = len(text)
    for i, ch in enumerate(text):
        out.append(_unify_char(text[i - 1] if i else "", ch, text[i + 1] if i + 1 < n else ""))
    return "".join(out)


# --- stage 2: repeated bold runs ----------------------------------------------

BOLD_COVERAGE = 0.6  # share of a line's non-space characters inside k-fold runs
_MAX_UNIT = 32


@lru_cache(maxsize=None)
def _run_pattern(k: int) -> re.Pattern:
    # the smallest unit repeated k times, then whole further k-fold blocks (研究 drawn 4 times twice)
    return re.compile(r"(.{1,%d}?)(?:\1){%d}(?:(?:\1){%d})*" % (_MAX_UNIT, k - 1, k), re.S)


def _runs(line: str, k: int) -> list[tuple[int, int, int]]:
    """(start, unit length, count) of every k-fold repetition in the line."""
    out = []
    for m in _run_pattern(k).finditer(line):
        unit = len(m.group(1))
        out.append((m.start(), unit, (m.end() - m.start()) // unit))
    return out


def _run_near_start(line: str, k: int) -> bool:
    """A k-fold run starts in the line's first nine characters (matched there, not searched for along the line)."""
    head = line[: k * _MAX_UNIT + 8]
    return any(_run_pattern(k).match(head, start) for start in range(9))


def bold_factor(line: str) -> int:
    """How many times this line's text was drawn (1 for ordinary text).

    A PDF that fakes bold draws each glyph run k times, so nearly the whole line
    is k-fold repetition, starting at its first characters. Genuine doubling
    (谢谢, 研究研究, 1111件) is a small part of an ordinary line and never
    reaches the coverage threshold.
    """
    stripped = line.strip()
    if len(stripped) < 4:
        return 1
    if not _run_near_start(stripped, 2):  # every k-fold run is a doubled one too: an ordinary line
        return 1
    nonspace = sum(1 for ch in stripped if not ch.isspace())
    best, best_cover = 1, 0
    for k in (4, 3, 2):
        if not _run_near_start(stripped, k):
            continue
        runs = [r for r in _runs(stripped, k) if not stripped[r[0] : r[0] + r[1]].isspace()]
        if k == 2 and len(runs) < 3:
            continue  # two doubled words are ordinary Chinese
        cover = sum(u * c for _, u, c in runs)
        if cover >= BOLD_COVERAGE * nonspace and cover > best_cover:
            best, best_cover = k, cover
    return best


def collapse_bold(line: str, ostart: int) -> tuple[list[Piece], int]:
    """Pieces of one line with k-fold runs collapsed; also the number of runs collapsed."""
    k = bold_factor(line)
    if k == 1:
        return [(line, ostart, ostart + len(line))], 0
    pieces: list[Piece] = []
    pos = 0
    runs = _runs(line, k)
    for s, u, c in runs:
        if s > pos:
            pieces.append((line[pos:s], ostart + pos, ostart + s))
        pieces.append((line[s : s + u] * (c // k), ostart + s, ostart + s + u * c))
        pos = s + u * c
    if pos < len(line):
        pieces.append((line[pos:], ostart + pos, ostart + len(line)))
    return pieces, len(runs)


# --- piece helpers --------------------------------------------------------------


def _slice(piece: Piece, i: int, j: int) -> Piece:
    text, ostart, oend = piece
    return (text[i:j], ostart + i, oend if j == len(text) else ostart + j)


def _text(pieces: list[Piece]) -> str:
    return "".join(p[0] for p in pieces)


def _edit(pieces: list[Piece], keep: list[bool], replace: dict[int, str]) -> list[Piece]:
    """Drop characters whose keep flag is False, substitute single characters."""
    out: list[Piece] = []
    offset = 0
    for piece in pieces:
        n = len(piece[0])
        i = 0
        while i < n:
            if not keep[offset + i]:
                i += 1
                continue
            j = i
            while j < n and keep[offset + j] and (offset + j) not in replace:
                j += 1
            if j == i:  # a replaced character
                sub = _slice(piece, i, i + 1)
                out.append((replace[offset + i], sub[1], sub[2]))
                i += 1
            else:
                out.append(_slice(piece, i, j))
                i = j
        offset += n
    return out


_ASCII_WORD = re.compile(r"[A-Za-z0-9%.+&/_-]")


def _is_thousands_gap(text: str, i: int) -> bool:
    """The space at ``i`` sets off a group of three digits after one to three others (2 847件, 12 486件)."""
    k = i
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    before, after = i - k, text[i + 1 : i + 5]
    return 1 <= before <= 3 and (k == 0 or text[k - 1] not in ".,") and len(after) >= 3 and after[:3].isdigit() \
        and (len(after) == 3 or not (after[3].isdigit() or after[3] == "."))


def tidy_spaces(pieces: list[Piece], keep_tabs: bool = False) -> list[Piece]:
    """Strip the line; drop spaces next to Chinese text; keep one between Latin words;
    with *keep_tabs*, keep the tabs between the cells of a table row."""
    text = _text(pieces)
    n = len(text)
    keep = [True] * n
    replace: dict[int, str] = {}
    i = 0
    while i < n:
        if not text[i].isspace() or (keep_tabs and text[i] == CELL_SEPARATOR):
            i += 1
            continue
        j = i
        while j < n and text[j].isspace() and not (keep_tabs and text[j] == CELL_SEPARATOR):
            j += 1
        left = text[i - 1] if i else ""
        right = text[j] if j < n else ""
        between_words = bool(left and right and _ASCII_WORD.match(left) and _ASCII_WORD.match(right))
        # "iPhone6 Plus" keeps its space; "2017 年", "汇 编 材 料" lose theirs, and so does a
        # thousands group set off by a space ("2 847件", as OCR and typeset text write it)
        if between_words and not (j - i == 1 and _is_thousands_gap(text, i)):
            for m in range(i, j):
                keep[m] = m == i
            if text[i] != " ":
                replace[i] = " "
        else:
            for m in range(i, j):
                keep[m] = False
        i = j
    return _edit(pieces, keep, replace)


# --- table rows -------------------------------------------------------------------
# A table comes out of a PDF or a text export as lines of cells set apart by tabs
# or wide spaces (地区  申请量  增长%), or by single spaces when a label is followed by
# figures only (南京市 12345 23.4). Such a line stays one paragraph with its cells
# joined by one tab, so that neither the space rules nor the line joiner merge
# 12345 and 23.4, and the fact stage can read the table by column.

# a header cell that only gives its column's unit, on a line under the columns' names: （件）, (%)
UNIT_CELL = re.compile(r"[（(][^（）()\s]{1,6}[）)]")
_WIDE_CELL = re.compile(r"\S+(?: \S+)*")  # cells apart by a tab or two spaces or more
_NARROW_CELL = re.compile(r"\S+")
_CELL_MAX = 30
# a row laid out by ipie.ingest.grid holds text cells too (a list of policies: 文件名称, 发文单位, 文号)
_TABBED_CELL = re.compile(r"[^\t]*[^\t ][^\t]*")
_TEXT_CELL_MAX = 60


def _cells(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _spaced_cells(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    """The cells of a line set apart by spaces, a label spaced out letter by letter at its start (全  省,
    合  计, 地  区) kept as one cell."""
    cells = _cells(text, pattern)
    run = 0
    while run < len(cells) and cells[run][1] - cells[run][0] == 1 and "\u4e00" <= text[cells[run][0]] <= "\u9fff":
        run += 1
    return [(cells[0][0], cells[run - 1][1]), *cells[run:]] if run >= 2 else cells


def row_cells(text: str, continuing: bool = False) -> list[tuple[int, int]] | None:
    """The cells of a table row with figures in at least two cells (one, right after
    another row: a row with gaps); None for prose."""
    least = 2 if continuing else 3
    tabbed = _tabbed_cells(text)
    if tabbed and (continuing or any(FIGURE_CELL.fullmatch(text[a:b]) for a, b in tabbed)):
        return tabbed
    cells = _spaced_cells(text, _WIDE_CELL)
    if len(cells) < least:
        cells = _spaced_cells(text, _NARROW_CELL)
        if len(cells) < least or not all(FIGURE_CELL.fullmatch(text[a:b]) for a, b in cells[1:]):
            return None
    if any(b - a > _CELL_MAX or ends_sentence(text[a:b]) for a, b in cells):
        return None
    figures = sum(1 for a, b in cells if FIGURE_CELL.fullmatch(text[a:b]))
    return cells if figures >= least - 1 else None


def _tabbed_cells(text: str) -> list[tuple[int, int]] | None:
    """The cells of a Word or web table's row (:mod:`ipie.ingest.grid` sets them apart by tabs), which may
    hold text only (文件名称, 发文单位, 文号); None for a line of fewer than three such cells.

    A row of figures keeps its empty cells (兰州市	1264		17.6, a last cell left blank), one per tab,
    so that its figures stay under their headers; the fact stage falls back to the filled cells where
    tabs were typed to align the columns (:mod:`ipie.facts.tables`)."""
    if text.strip().count(CELL_SEPARATOR) < 2:
        return None
    cells = _cells(text, _TABBED_CELL)
    if any(FIGURE_CELL.fullmatch(text[a:b].strip(" ")) for a, b in cells):
        cells = _tab_fields(text)
    return cells if all(b - a <= _TEXT_CELL_MAX and not ends_sentence(text[a:b]) for a, b in cells) else None


def _tab_fields(text: str) -> list[tuple[int, int]]:
    """Every cell between the tabs of a line, empty ones too, without the spaces around its text."""
    end = len(text.rstrip(" "))
    bounds = [len(text) - len(text.lstrip(" ")) - 1] + [i for i in range(end) if text[i] == CELL_SEPARATOR] + [end]
    cells = []
    for a, b in zip(bounds, bounds[1:]):
        a += 1
        while a < b and text[a] == " ":
            a += 1
        while b > a and text[b - 1] == " ":
            b -= 1
        cells.append((a, b))
    return cells


def _text_row_under_header(text: str, above: str) -> list[tuple[int, int]] | None:
    """The first row of a table of text cells, under a header of as many cells (序号 | 文件名称 | …)."""
    cells, header = _tabbed_cells(text), _tabbed_cells(above)
    if cells is None and header and _same_columns(text, above):
        fields = _tab_fields(text)  # 发明专利授权量 | 8 | 年度目标70件… | 全年授权发明专利78件…（a long account） | 8
        return fields if any(FIGURE_CELL.fullmatch(text[a:b]) for a, b in fields) else None
    return cells if cells and header and len(cells) == len(header) else None


def _same_columns(text: str, above: str) -> bool:
    """Whether a line has as many tab-separated cells as the table line above it, three or more: a row of the same table,
    however long its cells' accounts run (a scoring table's 完成情况)."""
    tabs = text.strip(" ").count(CELL_SEPARATOR)
    return tabs >= 2 and tabs == above.strip(" ").count(CELL_SEPARATOR)


def header_cells(text: str, columns: int) -> list[tuple[int, int]] | None:
    """The cells of the line above a table's first row, if it names its columns
    (as many cells as the row, or one fewer when the corner is empty): as many as the row's by single spaces before one
    fewer by wide ones (同比增长（%） 贵港市排位, two names one space apart over a row of six cells)."""
    for size, pattern in ((columns, _WIDE_CELL), (columns, _NARROW_CELL), (columns - 1, _WIDE_CELL), (columns - 1, _NARROW_CELL)):
        cells = _spaced_cells(text, pattern)
        if len(cells) == size and not any(
            b - a > _CELL_MAX or ends_sentence(text[a:b]) or FIGURE_CELL.fullmatch(text[a:b]) for a, b in cells
        ):
            return cells
    return None


def _join_cells(pieces: list[Piece], cells: list[tuple[int, int]]) -> list[Piece]:
    """The row's text with the space between cells replaced by one tab."""
    n = len(_text(pieces))
    keep = [False] * n
    replace: dict[int, str] = {}
    for k, (a, b) in enumerate(cells):
        keep[a:b] = [True] * (b - a)
        if k:
            gap = cells[k - 1][1]
            keep[gap] = True
            replace[gap] = CELL_SEPARATOR
    return _edit(pieces, keep, replace)


def _is_group_row(text: str) -> bool:
    """A row that only names the group of rows under it (区县, then its cells left empty)."""
    cells = text.strip(" ").split(CELL_SEPARATOR)
    return len(cells) >= 3 and bool(cells[0].strip()) and not any(cell.strip() for cell in cells[1:])


def _mark_tables(lines: list[_Line]) -> None:
    """Turn table rows, and the header line right above each run of rows, into tab-joined cells."""
    previous_row = False
    for k, line in enumerate(lines):
        cells = row_cells(line.text, continuing=previous_row)
        if cells is None and k and not previous_row and not lines[k - 1].table:
            cells = _text_row_under_header(line.text, lines[k - 1].text)
        if cells is None and previous_row and _same_columns(line.text, lines[k - 1].text):
            cells = _tab_fields(line.text)
        if cells is None and previous_row and _is_group_row(line.text):
            line.table = True  # 开发区 over the zones' rows, inside the table
            continue
        if cells is None:
            previous_row = False
            continue
        if not previous_row and k and not lines[k - 1].table:
            above = lines[k - 1]
            if _is_group_row(above.text) and k > 1 and not lines[k - 2].table:
                above.table = True  # 区县 over the counties' rows: the header is the line above it
                above = lines[k - 2]
            header = header_cells(above.text, len(cells)) or header_cells(above.text, _next_rows_width(lines, k + 1))
            if header is not None and len(header) > 1:
                above.table = True
                above.pieces = _join_cells(above.pieces, header)
                labels = header_cells(lines[k - 2].text, len(cells)) if k > 1 and not lines[k - 2].table else None
                if labels is not None and all(UNIT_CELL.fullmatch(above.text[a:b]) for a, b in header):
                    lines[k - 2].table = True  # 地区  专利授权量 …, then （件） …: the header's names above its units
                    lines[k - 2].pieces = _join_cells(lines[k - 2].pieces, labels)
        line.table = True
        line.pieces = _join_cells(line.pieces, cells)
        previous_row = True


def _next_rows_width(lines: list[_Line], start: int) -> int:
    """The cells of the widest of the rows right after a table's first, which may be short of the header's by a label
    merged across columns (预算执行率 over 二级指标 and 三级指标, then 数量指标 | 资助国内发明专利授权 | …)."""
    widths = [0]
    for line in lines[start : start + _ROWS_LOOKED_AHEAD]:
        cells = row_cells(line.text, continuing=True)
        if cells is None:
            break
        widths.append(len(cells))
    return max(widths)


_ROWS_LOOKED_AHEAD = 3
_PAIR_LABEL_MAX = 30


def _pair_label_end(line: _Line) -> int | None:
    """Where the label of a two-cell row ends (its tab), or None for any other line."""
    text = line.text
    if line.table or text.count(CELL_SEPARATOR) != 1:
        return None
    label, value = (cell.strip() for cell in text.split(CELL_SEPARATOR))
    if not 2 <= len(label) <= _PAIR_LABEL_MAX or not value or ends_sentence(label) or _MARKER.match(label):
        return None
    return text.index(CELL_SEPARATOR)


def _mark_pairs(lines: list[_Line]) -> None:
    """A run of two-cell rows (a Word or web table of 指标 | 2024年完成情况, its cells text: 2386件，增长8.6%), each a
    paragraph of its own, read as the sentence it says (专利授权量：2386件，增长8.6%), not joined into one line of
    words; a lone line with one tab is left as it is, and so is a table of bare figures under a header (乡镇 | 有效注册商标（件）,
    then 黔城镇 | 4215), whose unit is the header's."""
    ends = [_pair_label_end(line) for line in lines]
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and ends[run] is not None:
            run += 1
        values = [lines[j].text[ends[j] + 1 :].strip() for j in range(k, run)]
        if len(values) > 2 and not FIGURE_CELL.fullmatch(values[0]) and all(FIGURE_CELL.fullmatch(v) for v in values[1:]):
            ends[k:run] = [None] * (run - k)
            for line in lines[k:run]:
                line.table = True
        k = max(run, k + 1)
    for k, (line, end) in enumerate(zip(lines, ends)):
        if end is None or not ((k and ends[k - 1] is not None) or (k + 1 < len(lines) and ends[k + 1] is not None)):
            continue
        line.pair = True
        labelled = line.text[:end].rstrip().endswith(("：", ":"))
        line.pieces = _edit(line.pieces, [not labelled or i != end for i in range(len(line.text))], {} if labelled else {end: "："})
        line.text = _text(line.pieces)


# a figure written large on a card of its own line (786件, 1.03万件, 46.3%), its caption on the next (全年专利授权量，同比下降3.9%);
# not a year or a day (2022年, 3月)
_CARD_FIGURE = re.compile(r"[≥≤]?\d[\d,]*(?:\.\d+)?(?:%|(?![年月日])[万亿千]?[\u4e00-\u9fff]{1,3})")
_CARDS_MIN = 3


def _join_figure_cards(lines: list[_Line]) -> list[_Line]:
    """A run of cards of a graphic explainer or a post (• 786件 / 全年专利授权量，同比下降3.9%), each a figure on a line and
    its caption on the next, as rows of two cells in their order (786件	全年专利授权量，同比下降3.9%), which the fact stage
    reads as a card of figures; a lone figure line and its neighbour stay as they are."""
    cards = [k for k in range(len(lines) - 1) if _is_card(lines[k], lines[k + 1])]
    runs: list[list[int]] = []
    for k in cards:
        if runs and runs[-1][-1] == k - 2:
            runs[-1].append(k)
        else:
            runs.append([k])
    joined = {k for run in runs if len(run) >= _CARDS_MIN for k in run}
    out: list[_Line] = []
    for k, line in enumerate(lines):
        if k - 1 in joined:
            continue
        if k in joined:
            caption = lines[k + 1]
            end = line.pieces[-1][2] if line.pieces else 0
            pieces = [*line.pieces, (CELL_SEPARATOR, end, end), *caption.pieces]
            line = _Line(pieces, _text(pieces), line.gap_before, caption.trailing_space, table=True, item=True)
        out.append(line)
    return out


def _is_card(figure: _Line, caption: _Line) -> bool:
    """A line of a figure alone, then a short caption of words that is no sentence of its own, no row and no figure."""
    return bool(_CARD_FIGURE.fullmatch(figure.text.strip())) and not caption.table and CELL_SEPARATOR not in caption.text \
        and not _CARD_FIGURE.fullmatch(caption.text.strip()) and len(caption.text) <= HEADING_MAX \
        and not caption.text.endswith("。") and bool(_CAPTION_OPENING.match(caption.text.strip()))


_CAPTION_OPENING = re.compile(r"[\u4e00-\u9fff“]")  # 全年专利授权量…, “栖霞苹果”种植面积


# --- stage 3: lines into paragraphs --------------------------------------------

_TERMINAL = set("。！？；!?;…：:")
_CLOSERS = set("”’）)】」』")
_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:[、．]|\.(?!\d))"
    r"|第[一二三四五六七八九十百\d]+[章节条部分篇]|[①-⑳]|[一二三四五六七八九十]是)"
)
# 三、, （五）: the numbers of a report's sections, not of the items of a list (1., ①)
_SECTION_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
# a list item's bullet, as a web page's list is drawn (•) or a text typed (●, ■, ◆, ▪): the item is a line of its own
_BULLET = re.compile(r"[•●○◆◇■□▪▸►◦]\s*")
_REGION_HEADING = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:省|市|自治区|特别行政区|兵团|地区|自治州|盟)$")
_DATE_LINE = re.compile(r"^(?:\d{4}|[〇一二三四五六七八九零]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日)?$")
# a newsletter's masthead: its issue (2023年第4期（总第36期）) and the body that edits it (…市场监督管理局 编印); a
# newspaper's: its name, day and page (沧州日报　2025年2月18日　第3版　县域经济); a WeChat post's, copied: its account, day,
# time and province (原创 福安市场监管 福安市场监管 2025年01月16日 18:02 福建, 景洪市场监管 2025年04月26日 09:30 云南), which
# also dates the post (the document structure reads it), or written the way the app now shows it (楚雄市场监管 2024-03-12 08:30
# 发表于云南)
POST_LINE = (r"^[^，。；]{2,40}?\s*(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})"
             r"(?:\s*\d{1,2}:\d{2}(?:\s*(?:发表于)?[\u4e00-\u9fff]{2,3})?|\s*发表于[\u4e00-\u9fff]{2,3})$")  # or no time: …2023-01-16 发表于湖南
_MASTHEAD_LINE = re.compile(r"^(?:(?:19|20)\d{2}年)?第\s*[\d一二三四五六七八九十]+\s*期|(?:编印|编发|主办)\s*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?$"
                           r"|^[\u4e00-\u9fff]{1,8}(?:日报|晚报|时报|商报)\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:星期[一二三四五六日天]\s*)?第\s*[\d一二三四五六七八九十]+\s*版"
                           r"|" + POST_LINE)
_CLAUSE = re.compile(r"[，。；]")
_CAPTION = re.compile(r"^[\u4e00-\u9fff]{2,6}：")
# 表1　2023年刚察县专利申请及授权情况（按乡镇）: a table's caption, which opens a line of its own
_TABLE_CAPTION_LINE = re.compile(r"附?表\s*\d{1,2}[\s\u3000：:]")
# a web page's lines about the article (来源：满洲里日报 作者：…, 发布时间：…, （来源：…，2020年12月）) and where it sits (当前位置：首页 > 本地新闻):
# lines of their own, not a photo's caption nor part of the sentence around them
# 绥市监发〔2021〕4号: a document's number alone on its line, under or over its issuer's name
_DOC_NO_LINE = re.compile(r"\s*[\u4e00-\u9fff]{1,12}" + DOC_NO_YEAR + r"\d{1,4}号\s*")
_PAGE_INFO_LINE = re.compile(
    r"^(?:[（(]?(?:(?:信息|文章)?来源|作者|编辑|责任编辑|发布(?:时间|日期|机构)|浏览次数|点击数|(?:当前|您的|您现在的)位置)[：:]"
    r"|(?:发布|编辑|更新)于\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}"  # a post's line: 发布于 2020-12-28 09:41 · 原文来源：…
    r"|首页\s*[>＞»›]\s*\S)"  # a breadcrumb with no words before it: 首页 > 政务公开 > 意见征集
)
HEADING_MAX = 40
TITLE_MAX = 60  # a report title line (…知识产权局“十三五”知识产权工作总结和“十四五”工作思路) may be longer than a heading
# the words that end a report's title (…知识产权工作总结, …工作思路, …前三季度工作情况, …白皮书, …统计公报, …新闻发布会实录), for this stage (a title line
# ends there) and the document structure, which also takes looser ones (总结, 汇编, 讲话, 发布会) inside a title
# line it already knows to be one: here they would end broken lines of running text (…四川省汇编)
REPORT_KIND = r"(?:工作总结|工作计划|工作要点|工作思路|工作打算|工作情况|报告|年报|公报|通报|白皮书|实录|简报)"
# “…再培育2家用标企业。”——东方红镇分管负责人: a quote and, after a dash, who said it, ending its paragraph
_QUOTE_ATTRIBUTED = re.compile(r"[”」]\s*——[^，。；“”]{2,30}$")
# a line wholly in brackets under a title (its occasion, its audience), and a body's name with the day it signed
_BRACKETED_LINE = re.compile(r"[（(][^（）()。，\d]{2,40}[）)]")  # not （2013年3月22日）, which stays with its title
_SIGNED_LINE = re.compile(r"[^，。；\s]{2,40}?(?:局|院|会|政府|办公室|中心|[）)])[\s\u3000]*(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?")
# a title line that names the report ends there (…2015年知识产权工作总结, …2025年上半年知识产权工作新闻发布会, a feature's
# …保护工作纪实), even when the first paragraph (or a web page's 发布时间：… line) follows without a blank line
_REPORT_TITLE_END = re.compile(r"^[^，。；：:]{2,%d}(?:%s|新闻发布会|纪实|综述|侧记)$" % (TITLE_MAX - 4, REPORT_KIND))


def is_page_info(text: str) -> bool:
    """A web page's line about the article or where it sits on the site (来源：…, 当前位置：首页 > 新闻中心): no title."""
    return bool(_PAGE_INFO_LINE.match(text))


def is_masthead(text: str) -> bool:
    """A newsletter's, newspaper's or WeChat post's masthead line (2023年第4期, 沧州日报　2025年2月18日　第3版, 原创 福安市场监管
    2025年01月16日 18:02 福建): no title, no text."""
    return bool(_MASTHEAD_LINE.search(text))


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip("".join(_CLOSERS))
    return bool(stripped) and stripped[-1] in _TERMINAL


def is_heading(text: str, following: str = "") -> bool:
    """A short line that stands alone: a region, a date line, a numbered heading.

    A numbered line is a heading when it is at most half as long as the line after it (a PDF's
    六、区域知识产权发展协调推进 above a wrapped line of 28 characters);
    a numbered item wrapped in a narrow column is about as long as its next line.
    """
    if len(text) > HEADING_MAX or ends_sentence(text):
        return False
    if _REGION_HEADING.match(text) or _DATE_LINE.match(text):
        return True
    return bool(_MARKER.match(text)) and (not following or len(text) <= 0.5 * len(following))


def is_caption(text: str) -> bool:
    """Photo captions in yearbooks: '吉林：2016中国-东北亚博览会…'."""
    return len(text) <= 60 and bool(_CAPTION.match(text)) and not is_page_info(text)


@dataclass
class _Line:
    pieces: list[Piece]
    text: str
    gap_before: int  # blank lines between this line and the previous content line
    trailing_space: bool  # the original line ended in whitespace
    table: bool = False  # a table row or header: a paragraph of its own, cells apart by tabs
    pair: bool = False  # a two-cell table row, a label and its text (专利授权量：2386件，增长8.6%): a paragraph of its own
    item: bool = False  # a list item, its bullet dropped: it starts a paragraph, whatever the line before ends with
    indented: bool = False  # opens with an ideographic indent (　　): a paragraph's first line


@dataclass
class RepairStats:
    """What the normaliser repaired, for reports and tests."""

    repeated_runs: int = 0  # bold runs collapsed
    bold_lines: int = 0  # lines that were drawn several times
    joined_lines: int = 0  # line breaks removed inside a paragraph
    moved_captions: int = 0  # captions lifted out of a broken paragraph
    page_numbers: int = 0  # page-number lines dropped (— 3 —, 第3页)
    running_heads: int = 0  # running headers or footers dropped beside a page number
    digit_groups: int = 0  # numbers written with thousands separators (38,612)
    change_arrows: int = 0  # arrows written for a change (同比↑12.3%), read as 增长 / 下降
    percents_in_words: int = 0  # 百分之十二点三, 千分之五: read as 12.3%, 0.5%
    quoted_passages: int = 0  # an official's words in quotation marks (“…，…”，某某介绍), read as plain text
    other_script_lines: int = 0  # a bilingual page's lines in Tibetan, Mongolian, Uyghur or Yi, left unread


# a page number on a line of its own, as PDF extractions leave them between pages: — 3 —, - 3 -,
# ·3·, 第3页, 第3页 共12页, 3/12 (a bare figure is not taken: it may be a table cell)
_PAGE_NUMBER = re.compile(
    r"[—–\-－―~～]+\s*\d{1,4}\s*[—–\-－―~～]+|[·•]\s*\d{1,4}\s*[·•]"
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}"
)


# a running footer and the page's number after it on one line (晴隆县市场监督管理局（晴隆县知识产权局） 2 / 14), as slides are
_FOOTER_WITH_PAGE_NUMBER = re.compile(r"\s*(?P<head>[^，。；！？\d\s][^，。；！？\d]{1,59}?)\s+(?:\d{1,4}\s*/\s*\d{1,4}|第\s*\d{1,4}\s*页)\s*")
# a text table drawn with box characters (│ 268 │ 712.5 │) or ASCII (| 268 | 712.5 |): its rules are no
# text, and its bars set its cells apart as a Word table's tabs do
_TABLE_RULE = re.compile(r"[\s\u2500-\u257f+|=\-]*[\u2500-\u257f+|=\-]{3}[\s\u2500-\u257f+|=\-]*")
_COLUMN_BAR = re.compile(r"[\u2502\u2503\u2551|]")


def _bars_to_cells(pieces: list[Piece]) -> list[Piece]:
    """A row drawn with bars as tab-separated cells; the bars at its ends are dropped."""
    text = _text(pieces)
    bars = [m.start() for m in _COLUMN_BAR.finditer(text)]
    if len(bars) < 2:
        return pieces
    outer = {i for i in bars if i == len(text) - len(text.lstrip()) or i == len(text.rstrip()) - 1}
    if len(bars) == len(outer):
        return pieces
    return _edit(pieces, [True] * len(text), {i: " " if i in outer else CELL_SEPARATOR for i in bars})


# a running header or footer (兰州市知识产权局 at the top of each page, or the office and the report's title:
# 宿迁市知识产权局 宿迁市2024年知识产权工作总结和2025年工作思路): a line of a title's length, no sentence, that
# stands beside a page number and is written more than once
_RUNNING_HEAD_MAX = 60


def _drop_running_heads(lines: list[_Line | None], stats: RepairStats) -> list[_Line]:
    """The lines without the running headers and footers next to page breaks (``None`` in ``lines``),
    which would otherwise be read into the sentence the break cuts (专利授权1.28|兰州市知识产权局|万件)."""
    counts = Counter(line.text.strip() for line in lines if line is not None)
    kept = []
    for k, line in enumerate(lines):
        if line is None:
            continue
        beside_break = (k > 0 and lines[k - 1] is None) or (k + 1 < len(lines) and lines[k + 1] is None)
        text = line.text.strip()
        # the first page's header right above the title it repeats: a line written twice in a row
        above_itself = k + 1 < len(lines) and lines[k + 1] is not None and lines[k + 1].text.strip() == text
        if (beside_break or above_itself) and counts[text] > 1 and len(text) <= _RUNNING_HEAD_MAX and not _CLAUSE.search(text) \
                and not ends_sentence(text):
            stats.running_heads += 1
            continue
        kept.append(line)
    return kept


# the letters of the other scripts China's bilingual pages are written in (Uyghur's Arabic, Tibetan, Mongolian, Yi): a
# translation of the Chinese text beside it, whose figures the model does not read
_OTHER_SCRIPTS = "\u0600-\u06ff\u0750-\u077f\u0f00-\u0fff\u1800-\u18af\ua000-\ua4cf\ufb50-\ufdff\ufe70-\ufefc"
_OTHER_SCRIPT_LETTER = re.compile(f"[{_OTHER_SCRIPTS}]")
# a run of them in a line of Chinese, with the figures and brackets written inside it (表头 2021年2021ལོ།, 同比增长（%）ལོ་…ཚད（%）)
_OTHER_SCRIPT_RUN = re.compile(
    rf"[\d.,%]*[{_OTHER_SCRIPTS}](?:[\s\d.,%()（）\-]*[{_OTHER_SCRIPTS}])*(?:[（(][^）)\u4e00-\u9fff]{{0,4}}[）)])?"
)


def _without_other_scripts(pieces: list[Piece], text: str) -> list[Piece] | None:
    """A line without its runs of another script, or ``None`` for a line other than a table's row written mostly in one
    (the translation of a paragraph of a bilingual page, which would otherwise run into the Chinese one after it)."""
    letters = len(_OTHER_SCRIPT_LETTER.findall(text))
    if not letters:
        return pieces
    if letters > len(_HAN.findall(text)) and CELL_SEPARATOR not in text:  # not a table's row, its cells' words in both
        return None
    keep = [True] * len(text)
    for m in _OTHER_SCRIPT_RUN.finditer(text):
        keep[m.start() : m.end()] = [False] * (m.end() - m.start())
    return _edit(pieces, keep, {})


def _opens_a_title(text: str) -> bool:
    """A line whose last 《 is not closed on it."""
    return text.rfind("《") > text.rfind("》")


def _should_join(a: _Line, b: _Line, gap_mode: int, trailing_marks_end: bool, indent_marks_start: bool = False,
                 wrap_width: float | None = None) -> bool:
    if a.table or b.table or a.pair or b.pair or b.item:
        return False
    if (ends_sentence(a.text) and not (indent_marks_start and not b.indented)) or (trailing_marks_end and a.trailing_space):
        return False  # …的1.4倍。 | 其中，发明专利授权量…: in a text hard-wrapped with indented paragraphs, a line ending a sentence
    if b.text[0] in "，、）)》”。；：" :
        return True
    if _opens_a_title(a.text) and "》" in b.text:
        return True  # 市政府印发《大同市知识产权强市建设 | 实施方案（2021—2025年）》…: a title broken across the lines
    if b.indented:
        return False  # （四）知识产权管理和服务体系日趋完善 | 　　政策体系方面。…: an indent opens a paragraph
    if _MARKER.match(b.text) or _DATE_LINE.match(b.text) or _DATE_LINE.match(a.text) or _TABLE_CAPTION_LINE.match(b.text):
        return False
    if any(_BRACKETED_LINE.fullmatch(line.text) or _SIGNED_LINE.fullmatch(line.text) for line in (a, b)):
        return False  # （向省知识产权局调研组汇报材料）, 集安市市场监督管理局（集安市知识产权局）　2021年1月18日: lines of their own
    if is_masthead(a.text) or is_masthead(b.text) or is_page_info(a.text) or is_page_info(b.text):
        return False
    if _DOC_NO_LINE.fullmatch(a.text) or _DOC_NO_LINE.fullmatch(b.text):
        return False  # 绥市监发〔2021〕4号 | 绥芬河市市场监督管理局: a red-headed document's number, a line of its own
    if _CAPTION.match(a.text) and (_CAPTION.match(b.text) or _REPORT_TITLE_END.search(b.text)):
        return False  # a cover's fields, one a line (项目名称：… / 项目编号：… / 填报日期：2025年1月), then its title
    if a.text.startswith("——") or b.text.startswith("——") or _QUOTE_ATTRIBUTED.search(a.text):
        return False  # a speech's occasion under its title (——2024年1月9日在…会议上), a line of its own; a quote and who said it
    if is_heading(a.text, b.text) or _REGION_HEADING.match(b.text) or _REPORT_TITLE_END.search(a.text):
        return False
    if wrap_width is not None and _SECTION_MARKER.match(a.text) and _width(a.text) < _SHORT_OF_THE_MARGIN * wrap_width:
        return False  # （五）坚持特色发展，重点区域和特色产业亮点纷呈 ending well short of a hard-wrapped text's margin: a heading
    if b.gap_before > gap_mode and len(b.text) <= HEADING_MAX and not _CLAUSE.search(b.text):
        return False  # a visibly larger gap, then a title
    short = len(a.text) <= HEADING_MAX
    if short and b.gap_before > gap_mode:
        return False  # a title followed by a visibly larger gap
    if short and len(a.text) < 0.5 * len(b.text):
        return False  # a title line above a full paragraph
    return True


def _indent_marks_start(lines: list[_Line]) -> bool:
    """A text hard-wrapped in the middle of sentences whose paragraphs open with an indent (　　), nearly every one: there
    a line that ends a sentence ends no paragraph unless the next is indented."""
    prose = [ln for ln in lines if not (ln.table or ln.pair or ln.item)]
    wrapped = sum(not ends_sentence(ln.text) and len(ln.text) >= _WRAPPED_LINE_MIN for ln in prose)
    after_stops = [b for a, b in zip(prose, prose[1:]) if ends_sentence(a.text)]
    return wrapped >= _WRAPPED_LINES_MIN and len(after_stops) >= _WRAPPED_LINES_MIN \
        and sum(b.indented for b in after_stops) >= _INDENTED_SHARE * len(after_stops)


def _width(text: str) -> float:
    """How wide a line is set, in Chinese characters: a digit or a letter takes half of one."""
    return sum(0.5 if ch.isascii() else 1 for ch in text)


def _wrap_width(lines: list[_Line]) -> float | None:
    """How long the lines of a text hard-wrapped at one width in the middle of sentences run (the median of those cut
    mid-sentence, most of them within a few characters of it, as a page's are); ``None`` for a text whose lines are its
    paragraphs, or one cut at many widths (a table's cells)."""
    cut = [_width(ln.text) for ln in lines if not (ln.table or ln.pair or ln.item)
           and not ends_sentence(ln.text) and len(ln.text) >= _WRAPPED_LINE_MIN]
    if len(cut) < _WRAPPED_LINES_MIN:
        return None
    width = statistics.median(cut)
    return width if sum(abs(n - width) <= _WRAP_SPREAD for n in cut) >= _ONE_WIDTH_SHARE * len(cut) else None


# how long a line cut in mid-sentence is, how many make a text hard-wrapped, and the share of the lines after a sentence's end
# that must open with an indent for indents to mark paragraphs; a numbered line ending before this share of the wrapped lines'
# length stops short of the margin, as a heading does
_WRAPPED_LINE_MIN = 20
_WRAPPED_LINES_MIN = 5
_INDENTED_SHARE = 0.8
_SHORT_OF_THE_MARGIN = 0.8
_WRAP_SPREAD = 3
_ONE_WIDTH_SHARE = 0.6


def _paragraphs(lines: list[_Line], stats: RepairStats) -> Iterator[list[Piece]]:
    if not lines:
        return
    gaps = [ln.gap_before for ln in lines[1:]] or [0]
    gap_mode = statistics.mode(gaps)
    trailing_share = sum(ln.trailing_space for ln in lines) / len(lines)
    trailing_marks_end = 0 < trailing_share < 0.5
    indent_marks_start = _indent_marks_start(lines)
    wrap_width = _wrap_width(lines)
    i = 0
    n = len(lines)
    while i < n:
        current = list(lines[i].pieces)
        last = lines[i]
        held: list[_Line] = []  # captions that interrupted this paragraph
        j = i + 1
        while j < n:
            nxt = lines[j]
            if is_caption(nxt.text) and not ends_sentence(last.text) and j + 1 < n and len(last.text) > HEADING_MAX:
                after = lines[j + 1]
                if not is_caption(after.text) and _should_join(last, _Line([], after.text, 0, False), gap_mode, trailing_marks_end,
                                                                indent_marks_start, wrap_width):
                    held.append(nxt)
                    j += 1
                    continue
            if not _should_join(last, nxt, gap_mode, trailing_marks_end, indent_marks_start, wrap_width):
                break
            current.extend(nxt.pieces)
            stats.joined_lines += 1
            last = nxt
            j += 1
        yield current
        for caption in held:
            stats.moved_captions += 1
            yield list(caption.pieces)
        i = j


# --- stage 4: inside a paragraph ---------------------------------------------------

# a bold phrase inside an ordinary line, drawn twice glyph by glyph (全全市市专专利利申申请请量量), which
# stage 2 leaves, as the line as a whole is not bold, and which a line break may cut (专专|利利权权…);
# three doubled characters in a row, two of them Chinese: natural doubling (扎扎实实, 1100件) is two at most
_DOUBLED_RUN = re.compile(r"(?:(\S)\1){3,}")
# 38,612件, 1,234.5万元: a number with thousands separators, read as one figure; also with a full-width
# comma (2，346件, as Word text typed in a Chinese input method has it) where a word or unit follows
_GROUPED_DIGITS = re.compile(
    r"(?<![\d.,，])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,，第])\d{1,3}(?:，\d{3})+(?=[\u4e00-\u9fff%.])"
)

# 同比↑12.3%, ↓4.2个百分点: an arrow before a figure is the word for the change it draws, as cards and
# posts write it; the model has learnt the words. (▲ and ▼ are bullets as often as arrows.)
_CHANGE_ARROW = re.compile(r"[↑⬆↗](?=\s*\d)|(?P<down>[↓⬇↘])(?=\s*\d)")


# 百分之十二点三, 千分之五: a percentage or a per-mille written in words, read as the figure (12.3%, 0.5%)
_FRACTION_IN_WORDS = re.compile(r"(百|千)分之([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)")


# “‘十四五’以来，全市累计授权专利6.42万件，…”，副局长某某介绍 / 他说：“…。”: a passage quoted as someone's words
# holds a clause break, which a quoted name, title or slogan (“安吉白茶”, “十四五”) does not, and stands as a clause
# of its own (after a colon, or its closing mark ends a clause), which a slogan inside a sentence (开展“…，…”活动)
# does not; the corpus has no such passages and the model tags nothing inside quotation marks that long, so the
# marks go and the words are read as they stand. A name quoted inside (《淮安市“十四五”…规划》) is part of the passage.
_QUOTED_WORDS = r"(?:[^“”]|“[^“”，；。！？]{1,30}”)"
_QUOTED_PASSAGE = re.compile(
    r"“(?=%s{0,200}?[，；。！？])%s{12,}”(?:(?=[，。；！？]|$)|(?<=[。！？]”))|(?<=：)“%s{12,}”" % ((_QUOTED_WORDS,) * 3)
)


def _fraction_in_digits(m: re.Match) -> str | None:
    try:
        value = Decimal(str(cn2an.cn2an(m.group(2), "normal")))
    except Exception:  # cn2an raises plain ValueError/Exception on what is no numeral
        return None
    percent = value if m.group(1) == "百" else value / 10
    return f"{percent.normalize():f}%"


def _substitute(pieces: list[Piece], found: list[tuple[int, int, str]]) -> tuple[list[Piece], int]:
    """The pieces with text[a:b] written as s for each (a, b, s) inside one piece, mapped back to all of a..b
    (one a line break cuts is left as written), and how many were written."""
    out: list[Piece] = []
    pos = written_count = 0
    for piece in pieces:
        n, cut = len(piece[0]), 0
        for a, b, written in found:
            if pos + cut <= a and b <= pos + n:
                i, j = a - pos, b - pos
                if i > cut:
                    out.append(_slice(piece, cut, i))
                out.append((written, _slice(piece, i, i + 1)[1], _slice(piece, j - 1, j)[2]))
                cut = j
                written_count += 1
        if cut < n:
            out.append(_slice(piece, cut, n))
        pos += n
    return out, written_count


def repair_paragraph(pieces: list[Piece], stats: RepairStats) -> list[Piece]:
    """A paragraph with its doubled bold phrases collapsed, its thousands separators dropped, the
    quotation marks of quoted passages dropped, the arrows of its changes written as words and its
    percentages written in words as figures."""
    text = _text(pieces)
    keep = [True] * len(text)
    for m in _DOUBLED_RUN.finditer(text):
        run = m.group(0)
        if sum("\u4e00" <= run[i] <= "\u9fff" for i in range(0, len(run), 2)) >= 2:
            keep[m.start() + 1 : m.end() : 2] = [False] * ((m.end() - m.start()) // 2)
            stats.repeated_runs += 1
    for m in _GROUPED_DIGITS.finditer(text):
        for i in range(m.start(), m.end()):
            keep[i] = keep[i] and text[i] not in ",，"
        stats.digit_groups += 1
    for m in _QUOTED_PASSAGE.finditer(text):
        keep[m.start()] = keep[m.end() - 1] = False
        stats.quoted_passages += 1
    words = {m.start(): "下降" if m.group("down") else "增长" for m in _CHANGE_ARROW.finditer(text)}
    stats.change_arrows += len(words)
    pieces = pieces if all(keep) and not words else _edit(pieces, keep, words)
    fractions = [(m.start(), m.end(), d) for m in _FRACTION_IN_WORDS.finditer(_text(pieces)) if (d := _fraction_in_digits(m))]
    if not fractions:
        return pieces
    pieces, written = _substitute(pieces, fractions)
    stats.percents_in_words += written
    return pieces


# --- the result ------------------------------------------------------------------


@dataclass
class Paragraph:
    """One paragraph of normalised text and where it sits in the document text."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class NormalizedText:
    """Normalised text with a map back to offsets in the original."""

    text: str
    original: str
    stats: RepairStats = field(default_factory=RepairStats)
    _nstarts: list[int] = field(default_factory=list, repr=False)
    _ostarts: list[int] = field(default_factory=list, repr=False)
    _oends: list[int] = field(default_factory=list, repr=False)
    _nlens: list[int] = field(default_factory=list, repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised span [start, end)."""
        if not self._nstarts:
            return (0, 0)
        if end <= start:
            o = self._ostart_of(start)
            return (o, o)
        return (self._ostart_of(start), self._oend_of(end - 1))

    def _piece_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._nstarts, pos) - 1)

    def _ostart_of(self, pos: int) -> int:
        if pos >= len(self.text):
            return self._oends[-1]
        k = self._piece_at(pos)
        return self._ostarts[k] + (pos - self._nstarts[k])

    def _oend_of(self, pos: int) -> int:
        k = self._piece_at(pos)
        offset = pos - self._nstarts[k]
        if offset >= self._nlens[k] - 1:
            return self._oends[k]
        return self._ostarts[k] + offset + 1

    def paragraphs(self) -> list[Paragraph]:
        out = []
        start = 0
        for i, para in enumerate(self.text.split("\n")):
            out.append(Paragraph(i, start, start + len(para), para))
            start += len(para) + 1
        return out


def _assemble(paragraphs: list[list[Piece]], original: str, stats: RepairStats) -> NormalizedText:
    result = NormalizedText(text="", original=original, stats=stats)
    chunks = []
    pos = 0
    first = True
    for para in paragraphs:
        if not para:
            continue
        if not first:
            # the paragraph break maps to the character just after the previous piece
            last_end = result._oends[-1]
            result._nstarts.append(pos)
            result._ostarts.append(last_end)
            result._oends.append(last_end)
            result._nlens.append(1)
            chunks.append("\n")
            pos += 1
        first = False
        for text, ostart, oend in para:
            if not text:
                continue
            result._nstarts.append(pos)
            result._ostarts.append(ostart)
            result._oends.append(oend)
            result._nlens.append(len(text))
            chunks.append(text)
            pos += len(text)
    result.text = "".join(chunks)
    return result


def _unify_pieces(pieces: list[Piece], traditional: bool) -> list[Piece]:
    """Apply unify_characters to a line, keeping piece boundaries (it is one to one)."""
    text = _text(pieces)
    unified = unify_characters(text, traditional)
    if unified == text:
        return pieces
    out, pos = [], 0
    for piece_text, ostart, oend in pieces:
        out.append((unified[pos : pos + len(piece_text)], ostart, oend))
        pos += len(piece_text)
    return out


def normalize(original: str) -> NormalizedText:
    """Normalise a report: the one entry point used by ingestion, annotation and the model."""
    stats = RepairStats()
    lines: list[_Line | None] = []  # None: a page number
    gap = 0
    pos = 0
    traditional = _in_traditional_characters(original)
    for raw in original.split("\n"):
        line_start = pos
        pos += len(raw) + 1
        if not raw.strip():
            gap += 1
            continue
        # bold runs first: unifying punctuation needs the collapsed neighbours (接接接接,,,, → 接，)
        pieces, collapsed = collapse_bold(raw, line_start)
        if collapsed:
            stats.repeated_runs += collapsed
            stats.bold_lines += 1
        pieces = _without_other_scripts(pieces, _text(pieces))
        if pieces is None:  # a translation: the Chinese lines on either side of it are not one wrapped paragraph
            stats.other_script_lines += 1
            gap += 1
            continue
        pieces = _unify_pieces(pieces, traditional)
        text = _text(pieces)
        if not text.strip():
            gap += 1
            continue
        if _PAGE_NUMBER.fullmatch(text.strip()):
            stats.page_numbers += 1  # a page break, often inside a sentence: as if it were not there
            lines.append(None)
            continue
        footer = _FOOTER_WITH_PAGE_NUMBER.fullmatch(text)
        if footer is not None:  # 晴隆县市场监督管理局 2 / 14: a running footer beside the break, dropped with the others
            stats.page_numbers += 1
            head = _edit(pieces, [k < footer.end("head") for k in range(len(text))], {})
            lines.extend((_Line(head, _text(head), gap, False), None))
            gap = 0
            continue
        if _TABLE_RULE.fullmatch(text):
            gap += 1
            continue
        pieces = _bars_to_cells(pieces)
        text = _text(pieces)
        bullet = _BULLET.match(text)
        if bullet:
            pieces = _edit(pieces, [k >= bullet.end() for k in range(len(text))], {})
            text = _text(pieces)
        # untidied, so that a table row's cells can still be told apart
        lines.append(_Line(pieces, text, gap, raw != raw.rstrip(), item=bullet is not None, indented=raw.startswith("\u3000\u3000")))
        gap = 0
    lines = _drop_running_heads(lines, stats)
    lines = _join_figure_cards(lines)
    _mark_tables(lines)
    _mark_pairs(lines)
    for line in lines:
        line.pieces = tidy_spaces(line.pieces, keep_tabs=line.table)
        line.text = _text(line.pieces)
    return _assemble([repair_paragraph(para, stats) for para in _paragraphs(lines, stats)], original, stats)
