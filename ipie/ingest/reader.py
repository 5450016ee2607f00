"""Entry points: one file, standard input, or a batch of files and folders."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .docx import read_docx
from .document import RawDocument
from .errors import IngestError
from .html import read_html
from .markdown import read_markdown
from .pdf import read_pdf
from .text import decode_bytes, normalize_newlines, read_text_file, require_text

STDIN_ID = "stdin"
STDIN_PATH = "<stdin>"

# suffix -> (format name, reader)
_READERS: dict[str, tuple[str, Callable[[str], str]]] = {
    ".txt": ("txt", read_text_file),
    ".pdf": ("pdf", read_pdf),
    ".docx": ("docx", read_docx),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
    ".shtml": ("html", read_html),  # a page saved with its server-side-include suffix (wget keeps it)
    ".xhtml": ("html", read_html),
    ".md": ("markdown", read_markdown),
    ".markdown": ("markdown", read_markdown),
}

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_READERS)
_SUPPORTED_LIST = ", ".join(sorted(SUPPORTED_SUFFIXES))


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def read_document(path: str | os.PathLike[str]) -> RawDocument:
    """Read one report, choosing the reader by file suffix (case-insensitive).

    Every failure is an IngestError naming the file and the problem, so
    callers need to handle exactly one exception type.
    """
    p = Path(path)
    name = str(p)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise IngestError(name, "no such file") from None
    except OSError as exc:
        raise IngestError(name, f"cannot access file ({_os_reason(exc)})") from None
    if p.is_dir():
        raise IngestError(name, "is a directory (pass it to iter_documents to read its files)")

    suffix = p.suffix.lower()
    if suffix not in _READERS:
        shown = f"'{suffix}'" if suffix else "(no suffix)"
        raise IngestError(name, f"unsupported file type {shown}; supported: {_SUPPORTED_LIST}")
    if st.st_size == 0:
        raise IngestError(name, "empty file (0 bytes)")

    fmt, reader = _READERS[suffix]
    try:
        text = reader(name)
    except IngestError:
        raise
    except OSError as exc:
        raise IngestError(name, f"cannot read file ({_os_reason(exc)})") from None
    except Exception as exc:
        # A parser bug on one odd file must not end a batch of thousands;
        # the original traceback stays attached for debugging.
        raise IngestError(name, f"unexpected error ({type(exc).__name__}: {exc})") from exc
    return RawDocument(doc_id=source_id(p), path=name, text=normalize_newlines(text), format=fmt)


def read_stdin(stream: BinaryIO | None = None) -> RawDocument:
    """Read a report piped on standard input, decoded like a .txt file.

    ``stream`` defaults to ``sys.stdin.buffer``; a text stream is accepted
    too, in which case its text is taken as already decoded.
    """
    if stream is None:
        stream = sys.stdin.buffer
    try:
        data = stream.read()
    except OSError as exc:
        raise IngestError(STDIN_PATH, f"cannot read standard input ({_os_reason(exc)})") from None
    if not data:
        raise IngestError(STDIN_PATH, "empty input (0 bytes)")
    text = data if isinstance(data, str) else decode_bytes(data, STDIN_PATH)
    text = require_text(normalize_newlines(text), STDIN_PATH, "empty input (only whitespace)")
    return RawDocument(doc_id=STDIN_ID, path=None, text=text, format="txt")


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(root: Path) -> Iterator[Path | IngestError]:
    """Supported, non-hidden files under ``root`` in sorted path order.

    Sorting each directory by name and descending depth-first orders files
    by their relative path, so a batch reads in the same order everywhere.
    Symbolic links to directories are not followed (no cycles).
    """
    try:
        with os.scandir(root) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield IngestError(str(root), f"cannot list directory ({_os_reason(exc)})")
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file()
        except OSError:
            continue
        if is_dir:
            yield from _walk(Path(entry.path))
        elif is_file and Path(entry.name).suffix.lower() in SUPPORTED_SUFFIXES:
            yield Path(entry.path)


def iter_documents(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[RawDocument | IngestError]:
    """Read a batch of inputs without letting one bad file stop it.

    Directories are expanded recursively (sorted, only SUPPORTED_SUFFIXES,
    hidden files and folders skipped); '-' means standard input.  A failure
    is yielded as an IngestError in place of the document, so the caller
    decides whether to log, count or abort.
    """
    return map(read_source, iter_sources(inputs))


def iter_sources(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Path | RawDocument | IngestError]:
    """The documents a batch names, in order and not yet read: each file (directories expanded), standard
    input (read, as it can be read once only), or the IngestError of what cannot be listed or read. Workers
    read the files themselves (:func:`read_source`), so a batch of PDFs is not read one by one."""
    for item in inputs:
        if isinstance(item, str) and item == "-":
            try:
                yield read_stdin()
            except IngestError as err:
                yield err
            continue
        p = Path(item)
        yield from _walk(p) if p.is_dir() else (p,)


def source_id(source: Path | RawDocument | IngestError) -> str | None:
    """The id a source's document has, known before it is read (a file's: its name's stem); none for an error."""
    if isinstance(source, Path):
        return source.stem
    return source.doc_id if isinstance(source, RawDocument) else None


def read_source(source: Path | RawDocument | IngestError) -> RawDocument | IngestError:
    """A source of :func:`iter_sources` read, or its IngestError."""
    if not isinstance(source, Path):
        return source
    try:
        return read_document(source)
    except IngestError as err:
        return err
