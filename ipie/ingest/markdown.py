"""Markdown text extraction.

Analysts often get a report as Markdown written by a PDF converter (MinerU,
marker): headings as ``#`` lines, tables as pipe tables or as raw HTML tables,
image links, and figures the converter read as inline LaTeX (``$12.3\\%$``,
``$2 0 2 4$年``). The Markdown is rendered to HTML by markdown-it and read by
the HTML reader, so that tables and blocks become the same lines as in a web
page; the math is turned back into the plain text it stands for.
"""

from __future__ import annotations

import functools
import html
import os
import re

from .html import html_to_text
from .text import read_text_file, require_text

# A superscript on an empty base (``{ }^{1}``) is a converter's footnote mark, not a figure.
_FOOTNOTE_MARK = re.compile(r"\s*(?:\{\s*\})?\s*\^\s*\{[^{}]*\}\s*|\s*\^\s*\S\s*")
_SPACE = re.compile(r"\s+")
# Bold marks carry nothing a fact needs, and CommonMark leaves them as text where Chinese punctuation
# closes the bold run before more text (**专利创造量质齐升。**全市…), so they are taken out first.
_BOLD_MARK = re.compile(r"(?<!\\)\*\*")
# A footnote's mark (拥有量[^1]达33.6件) and the label of its note ([^1]: …) are no text; CommonMark has no
# footnotes and would leave them in the sentence.
_FOOTNOTE_LABEL = re.compile(r"\[\^[^\]\s]{1,10}\]:?")
# A page number a converter left on a line of its own (- 3 -) is no list item: escaped, it stays a line the
# normaliser drops as a page break, joining the sentence the break cut.
_PAGE_NUMBER_LINE = re.compile(r"^(\s*)-(?=\s*\d{1,4}\s*-\s*$)", re.MULTILINE)
# The title in a static-site page's front matter (--- title: … date: … ---); the rest is metadata.
_FRONT_MATTER_TITLE = re.compile(r"^title[ \t]*:[ \t]*[\"']?(.*?)[\"']?[ \t]*$", re.MULTILINE)


def _math_text(latex: str, _options: dict | None = None) -> str:
    """The plain text a converter's inline math stands for: ``1 2 . 3 \\%`` → ``12.3%``.

    Whitespace in TeX math is layout, never content, so it is dropped.
    """
    if _FOOTNOTE_MARK.fullmatch(latex):
        return ""
    return html.escape(_SPACE.sub("", _latex_to_text().latex_to_text(latex)))


@functools.cache
def _latex_to_text():
    """One converter for every math span of a batch (math read as text, not as Unicode symbols' names)."""
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(math_mode="text")


def _front_matter(_renderer, tokens, idx, _options, _env) -> str:
    """A page's title from its front matter, as its first line, where its body does not give it already; read as
    text, the block's ``---`` lines would make its last line a heading and hide the report's title. The rest (a
    date: 2024-03-18 set before the body's title would run into it) is the site's metadata, not the report's text."""
    body = "".join(token.content for token in tokens if token.type == "inline")
    title = _FRONT_MATTER_TITLE.search(tokens[idx].content)
    return f"<h1>{html.escape(title.group(1))}</h1>\n" if title and title.group(1) and title.group(1) not in body else ""


def markdown_to_html(markdown: str) -> str:
    """CommonMark with pipe tables, raw HTML (converters write merged-cell tables as HTML), $-math and front matter."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    md.use(dollarmath_plugin, double_inline=True, renderer=_math_text).use(front_matter_plugin)
    md.add_render_rule("front_matter", _front_matter)
    markdown = _PAGE_NUMBER_LINE.sub(r"\1\\-", _FOOTNOTE_LABEL.sub("", _BOLD_MARK.sub("", markdown)))
    return md.render(markdown)


def read_markdown(path: str | os.PathLike[str]) -> str:
    """Decode a Markdown file as plain text is decoded and extract its visible text."""
    p = str(path)
    return require_text(html_to_text(markdown_to_html(read_text_file(path))), p, "empty document (no visible text)")
