"""Bytes to text: encoding detection shared by .txt, stdin and HTML.

Government reports arrive as UTF-8, UTF-8 with BOM, UTF-16 exported from
Word, or legacy GB/Big5 files.  Decoding is strict everywhere: a wrong guess
must fail loudly rather than yield mojibake that would silently poison
every fact extracted downstream.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from .errors import IngestError

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 controls that never occur in text.  Tab, LF, VT, FF, CR and ESC are
# allowed; NUL is rejected on its own before this share is computed.
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NON_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
# Above this share of control bytes a file is treated as binary.
_MAX_CONTROL_SHARE = 0.10

# Every GB label is decoded as GB18030, the superset: a file labelled or
# detected as GB2312/GBK often contains characters outside that set.
_GB_CODECS = frozenset({"gb2312", "gbk", "gb18030", "cp936", "euc_cn", "hz"})
_BIG5_CODECS = ("big5", "cp950", "big5hkscs")
_BIG5_NAMES = frozenset(_BIG5_CODECS)

# Tolerance under which two charset-normalizer candidates count as a tie.
_TIE = 0.01


def normalize_newlines(text: str) -> str:
    """Unify CRLF and lone CR to LF so line-based stages see one convention."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _candidates_for(label: str) -> list[str]:
    """Codecs to try, in order, for an encoding label."""
    name = _codec_name(label)
    if name is None:
        return []
    if name in _GB_CODECS:
        return ["gb18030"]
    if name in _BIG5_NAMES:
        return list(_BIG5_CODECS)
    return [name]


def _check_not_binary(data: bytes, path: str) -> None:
    if b"\x00" in data:
        raise IngestError(path, "binary file (contains NUL bytes)")
    controls = len(data.translate(None, _NON_CONTROL_BYTES))
    if controls and controls / len(data) > _MAX_CONTROL_SHARE:
        share = 100 * controls / len(data)
        raise IngestError(path, f"binary file ({share:.0f}% control characters)")


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _preference(codec: str) -> int:
    # Mainland reports come first, then Taiwan/Hong Kong, then the rest.
    if codec in _GB_CODECS:
        return 0
    if codec in _BIG5_NAMES:
        return 1
    return 2


def _detected_codecs(data: bytes) -> list[str]:
    """Codecs proposed by charset-normalizer, best first.

    On short inputs several CJK codecs decode the bytes equally well; among
    candidates that tie with the best one, Chinese codecs win because this
    library reads Chinese reports.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return []
    best = matches[0]
    tied = [
        m
        for m in matches
        if m.chaos <= best.chaos + _TIE and m.coherence >= best.coherence - _TIE
    ]
    tied.sort(key=lambda m: _preference(_codec_name(m.encoding) or m.encoding))
    # Identity, not ==: CharsetMatch equality hashes the whole decoded payload.
    tied_ids = {id(m) for m in tied}
    ordered = tied + [m for m in matches if id(m) not in tied_ids]
    out: list[str] = []
    for m in ordered:
        for codec in _candidates_for(m.encoding):
            if codec not in out:
                out.append(codec)
    return out


def decode_bytes(data: bytes, path: str, *, declared: str | None = None) -> str:
    """Decode a whole file, raising IngestError when no encoding fits.

    Order: byte-order mark, strict UTF-8, ``declared`` (an encoding named
    by the document itself, such as an HTML meta charset), then detection.
    A declaration that does not decode is ignored, since mislabelled pages
    are common.  Line endings are unified.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return normalize_newlines(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise IngestError(
                    path, f"undecodable text: invalid {codec} after its byte-order mark ({exc.reason})"
                ) from None

    _check_not_binary(data, path)

    # Valid UTF-8 comes first even over a declaration: real GB or Big5 text
    # is practically never valid UTF-8, while pages that declare a legacy
    # charset but were re-saved as UTF-8 are common.
    try:
        return normalize_newlines(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        utf8_error = f"invalid UTF-8 at byte {exc.start}"
    tried = ["utf-8"]

    for codec in _candidates_for(declared) if declared else ():
        text = _strict(data, codec)
        if text is not None:
            return normalize_newlines(text)
        tried.append(codec)

    for codec in _detected_codecs(data):
        if codec in tried:
            continue
        text = _strict(data, codec)
        if text is not None:
            return normalize_newlines(text)
        tried.append(codec)

    raise IngestError(path, f"undecodable text ({utf8_error}, and no other known encoding fits)")


def require_text(text: str, path: str, what: str = "empty file (only whitespace)") -> str:
    """Reject documents with nothing to extract from."""
    if not text.strip():
        raise IngestError(path, what)
    return text


def read_text_file(path: str | os.PathLike[str]) -> str:
    """Read and decode a .txt file."""
    p = str(path)
    data = Path(path).read_bytes()
    return require_text(decode_bytes(data, p), p)
