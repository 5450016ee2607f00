"""HTML text extraction.

Reports published as web pages keep their paragraphs and tables in block
elements; those become line breaks so that downstream stages see the same
one-paragraph-per-line shape as in the other formats. A table row becomes one
line with its cells apart by tabs, the shape the normaliser reads as a table.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .grid import holds_a_text, table_lines
from .text import decode_bytes, require_text

# Elements whose content never reaches the reader, nor is the page's own: a sidebar (<aside>) lists other articles,
# whose headlines carry figures of their own (相关阅读: 我市2023年新增高新技术企业46家).
_DROP = frozenset({"script", "style", "noscript", "template", "aside"})
# and a box of the same, headed by the words that name such a list
_BOXES = frozenset({"div", "section", "ul", "dl"})
_BOX_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "div", "span", "strong", "p", "dt", "li"})
_OTHER_ARTICLES = re.compile(r"相关(?:阅读|新闻|链接|文章|报道|推荐)|推荐阅读|延伸阅读|热点(?:新闻|推荐|文章)|往期(?:推荐|回顾|精选)|猜你喜欢|热门(?:文章|新闻)|最新(?:新闻|文章)")
# Elements that start and end a line.
_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption",
        "blockquote", "pre", "hr", "section", "article", "header", "footer", "main",
        "nav", "aside", "address", "figure", "figcaption", "form", "fieldset",
        "legend", "details", "summary", "title", "body", "html",
    }
)
_BLOCK_NAMES = sorted(_BLOCK)
# <head> is dropped except for its <title>, which often names the report.
_KEEP_IN_HEAD = "title"
# Sites put their column and name after the article's: 2023年浦东新区知识产权白皮书_知识产权_上海市浦东新区人民政府,
# 深圳市知识产权白皮书（2023年）-深圳市市场监督管理局网站, … - 统计信息 - 江苏省知识产权局. A hyphen between
# digits (2011-2015年) is no separator.
_TITLE_SEPARATOR = re.compile(r"\s*(?:[_|｜]|(?<!\d)\s*[-－]\s*(?!\d))\s*")

# A charset declared in the first bytes: <meta charset="gbk"> or
# <meta http-equiv="Content-Type" content="text/html; charset=gb2312">.
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096

# Source-code whitespace inside a line is not content.
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# A line break in the source between two CJK characters is removed rather
# than turned into a space (CSS Text 3 segment-break rule): Chinese has no
# spaces between words, so a wrapped source line must not add one.
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_SEGMENT_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f\v]*\n[ \t\n\r\f\v]*(?=[{_CJK}])")

_BREAK = object()
_BULLET = object()  # a list item's bullet
_CELL_END = object()
_CELLS = frozenset({"td", "th"})
# a table of <div>s laid out by CSS, its cells marked for screen readers (<div role="row"><div role="cell">…)
_CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})


class _Pre(str):
    """Text from <pre>, whose whitespace is content."""


class _Title(str):
    """The page's title, set apart by a blank line: it is no line of the site's furniture under it."""


class _Rows(tuple):
    """The lines of a table of figures, already laid out (:mod:`ipie.ingest.grid`)."""


def _grid(table) -> list[list[tuple[int, str]]]:
    """The table's rows with every cell at each grid position it spans (colspan, rowspan)."""
    grid: list[list[tuple[int, str]]] = []
    below: dict[int, tuple[int, int, str]] = {}  # column → (rows still to cover, cell, text) of a rowspan above
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    for tr in rows:
        row: list[tuple[int, str]] = []
        cells = iter(tr.find_all(["td", "th"], recursive=False))
        while True:
            column = len(row)
            if column in below:
                left, cell, text = below.pop(column)
                row.append((cell, text))
                if left > 1:
                    below[column] = (left - 1, cell, text)
                continue
            td = next(cells, None)
            if td is None:
                break
            text = _clean(td.get_text())
            for k in range(_span(td, "colspan")):
                row.append((id(td), text))
                if _span(td, "rowspan") > 1:
                    below[column + k] = (_span(td, "rowspan") - 1, id(td), text)
        grid.append(row)
    return grid


def _span(cell, attribute: str) -> int:
    try:
        return max(1, min(int(cell.get(attribute, 1)), 100))
    except (TypeError, ValueError):
        return 1


def declared_charset(data: bytes) -> str | None:
    """The charset named in a meta tag near the top of the page, if any."""
    m = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return m.group(1).decode("ascii") if m else None


def _is_a_box_of_other_articles(node) -> bool:
    """A sidebar box not marked up as <aside>: a block whose first child heads it 相关阅读 (or 相关新闻, 推荐阅读, 往期推荐) and
    lists other articles, whose headlines carry figures of their own."""
    if node.name not in _BOXES:
        return False
    first = next((child for child in node.children if getattr(child, "name", None) or str(child).strip()), None)
    return getattr(first, "name", None) in _BOX_HEADINGS and _OTHER_ARTICLES.fullmatch(first.get_text().strip()) is not None


def _holds_an_article(table) -> bool:
    """A layout table whose cell holds the article itself (an old CMS's page: <td><div id="zoom">…<br><br>…</div></td>),
    not a table of figures."""
    return any(holds_a_text(cell.get_text()) for cell in table.find_all(["td", "th"]))


def _article_title(title: str) -> str:
    """The article's part of a page title, without the site's column and name."""
    return _TITLE_SEPARATOR.split(title.strip(), maxsplit=1)[0]


def _pieces(soup) -> list:
    """Text pieces and _BREAK markers in document order.

    Iterative, because reports exported from Word nest deeply enough to hit
    Python's recursion limit.
    """
    from bs4 import CData, NavigableString, Tag

    out: list = []
    stack: list = [soup]
    while stack:
        node = stack.pop()
        if node is _BREAK:
            out.append(_BREAK)
        elif node is _BULLET:
            out.append("• ")
        elif isinstance(node, Tag):
            name = node.name
            if name == "head":
                # Keep only the title of the head.
                title = node.find(_KEEP_IN_HEAD)
                if title is not None:
                    out.append(_Title(_article_title(title.get_text())))
                continue
            if name in _DROP or _is_a_box_of_other_articles(node):
                continue
            if name == "pre":
                out.extend((_BREAK, _Pre(node.get_text()), _BREAK))
                continue
            if name == "table" and node.find("table") is None and not _holds_an_article(node):
                caption = node.find("caption")
                out.extend((_BREAK, caption.get_text() if caption is not None else "", _BREAK, _Rows(table_lines(_grid(node))), _BREAK))
                continue
            if (name in _CELLS or node.get("role") in _CELL_ROLES) and node.find(_BLOCK_NAMES) is None:
                # a cell of a layout table (tables of figures are laid out above) with no blocks inside: one
                # piece of its row; one that holds blocks (an old CMS puts the whole article in one) is read
                # block by block below
                out.extend((node.get_text(), _CELL_END))
                continue
            if name in _BLOCK:
                out.append(_BREAK)
                stack.append(_BREAK)
            stack.extend(reversed(node.contents))
            if name == "li":
                stack.append(_BULLET)  # drawn as a browser draws it: an item is a line of its own, whatever it ends with
        elif type(node) in (NavigableString, CData):
            # Comments, doctypes and processing instructions are subclasses
            # and are skipped by the exact type test.
            out.append(str(node))
    return out


def _clean(line: str) -> str:
    line = _CJK_SEGMENT_BREAK.sub("", line)
    return _ASCII_SPACE.sub(" ", line).strip()


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document, one block per line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    lines: list[str] = []
    current: list[str] = []
    cells: list[str] = []  # the finished cells of the current table row

    def end_cell() -> None:
        cell = _clean("".join(current))
        if cell:
            cells.append(cell)
        current.clear()

    def flush() -> None:
        end_cell()
        if cells:
            lines.append("\t".join(cells))
            cells.clear()

    for piece in _pieces(soup):
        if piece is _CELL_END:
            end_cell()
        elif piece is _BREAK:
            flush()
        elif isinstance(piece, _Rows):
            flush()
            lines.extend(piece)
        elif isinstance(piece, _Title):
            flush()
            if piece:
                lines.extend((piece, ""))
        elif isinstance(piece, _Pre):
            flush()
            if piece.strip():
                lines.extend(l.rstrip() for l in piece.strip("\n").split("\n"))
        else:
            current.append(piece)
    flush()
    return "\n".join(lines)


def read_html(path: str | os.PathLike[str]) -> str:
    """Decode an HTML file (meta charset, else detection) and extract its text."""
    p = str(path)
    data = Path(path).read_bytes()
    markup = decode_bytes(data, p, declared=declared_charset(data))
    # A BOM that survived a declared-charset decode is not content.
    markup = markup.lstrip("\ufeff")
    return require_text(html_to_text(markup), p, "empty document (no visible text)")
